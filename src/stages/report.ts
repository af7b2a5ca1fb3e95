/**
 * A report blueprint's job (`report:`): the outcome store's report for the last days, posted as an
 * issue. One report issue stays open: posting a new one closes the one before; a rerun for the same
 * window edits its issue instead of posting twice.
 */
import type { Blueprint } from "../blueprint/types.js";
import { selfLogin, type Forge } from "../forge/forge.js";
import type { OutcomeRecord } from "../outcomes/record.js";
import { SWEEP_MAX_ISSUES } from "./sweep.js";
import { renderHtml, renderMarkdown, reportModel, type ReportModel } from "../report/index.js";
import { plural } from "../util/text.js";

/** GitHub refuses issue bodies over 65,536 characters; Forgejo takes more. The HTML artifact has everything. */
const MAX_BODY = 60_000;

export interface ReportDeps {
  forge: Forge;
  blueprint: Blueprint & { report: { days: number } };
  records: OutcomeRecord[];
  /** How many problems `audit verify` would name (edited, removed or unreadable records). */
  problems: number;
  now: string;
  /** The workflow run, whose `crustyclaw-report` artifact holds the HTML page. */
  runUrl?: string;
}

export interface PostedReport {
  issue: number;
  /** Whether an issue was opened (false: a rerun for the same window edited its own). */
  opened: boolean;
  /** Earlier report issues this one closed. */
  closed: number[];
  model: ReportModel;
  markdown: string;
  html: string;
}

/** The first line of every report issue of a blueprint: how its next report finds it. */
const marker = (blueprint: string) => `<!-- crustyclaw:report ${blueprint} -->`;

export async function postReport(deps: ReportDeps): Promise<PostedReport> {
  const { forge, blueprint } = deps;
  const model = reportModel(deps.records, { now: deps.now, days: blueprint.report.days });
  const markdown = renderMarkdown(model);
  const title = `CrustyClaw report: ${model.since!.slice(0, 10)} to ${model.now.slice(0, 10)}`;
  const body = issueBody(deps, markdown);

  // Only issues this token's account opened with the marker: anyone can write the marker into an issue of their own.
  const self = (await selfLogin(forge)).toLowerCase();
  const earlier = (await forge.listOpenIssues(SWEEP_MAX_ISSUES)).filter((i) => !i.isPullRequest && i.author.toLowerCase() === self && i.body.startsWith(`${marker(blueprint.name)}\n`));
  const same = earlier.find((i) => i.title === title)?.number;

  let issue: number;
  if (same !== undefined) {
    await forge.updateIssue(same, { body });
    issue = same;
  } else issue = (await forge.createIssue({ title, body })).number;
  const closed: number[] = [];
  for (const i of earlier.filter((e) => e.number !== issue)) {
    await forge.createComment(i.number, `Superseded by #${issue}, the report for the ${plural(blueprint.report.days, "day")} to ${model.now.slice(0, 10)}.`);
    await forge.updateIssue(i.number, { state: "closed" });
    closed.push(i.number);
  }
  return { issue, opened: same === undefined, closed, model, markdown, html: renderHtml(model) };
}

/** The Markdown report with where the charts are and what to distrust; cut to what a forge takes. */
function issueBody(deps: ReportDeps, markdown: string): string {
  const notes: string[] = [];
  if (deps.problems > 0) {
    notes.push(`> **Warning:** the outcome store has ${plural(deps.problems, "problem")} (records edited, removed, reordered or unreadable); these figures count the records that read. Run \`crustyclaw audit verify\` to see them.`, "");
  }
  const where = deps.runUrl ? `the \`crustyclaw-report\` artifact of [its workflow run](${deps.runUrl})` : "the `crustyclaw-report` artifact of its workflow run";
  const footer = `The page with charts (report.html), and the figures as JSON, are in ${where}. \`crustyclaw report --api --days ${deps.blueprint.report.days}\` prints this report anywhere.`;
  let text = markdown.trimEnd();
  const room = MAX_BODY - footer.length - notes.join("\n").length - 200;
  if (text.length > room) text = `${text.slice(0, text.lastIndexOf("\n", room))}\n\n…the rest is in the artifact.`;
  return [marker(deps.blueprint.name), "", ...notes, text, "", "---", "", footer, ""].join("\n");
}
