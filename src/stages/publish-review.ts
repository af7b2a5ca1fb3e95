/**
 * Publishing a review run (review-pr): the review agent's result, checked again, posted as a
 * review of the pull request on the commit the run reviewed, with inline comments on the
 * lines they concern. Nothing is pushed and no pull request is opened.
 *
 * The agent's words are hostile text: the review's text and every comment are made inert
 * (policy/posted-text.ts). Each inline comment must point at a line the pull request's diff
 * shows, as the forge serves it to this job; one that does not (or every one, when the pull
 * request moved on while it was reviewed) is listed in the review's text instead, saying why.
 */
import { outsideDiff, parseReview, postsReview, type ReviewComment } from "../agent/review.js";
import type { Blueprint } from "../blueprint/types.js";
import type { Segment } from "../pipeline/segments.js";
import { ForgeError } from "../forge/client.js";
import type { Forge, NewReviewComment } from "../forge/forge.js";
import { git } from "../git/git.js";
import { inert, inertCode, inertLines } from "../policy/posted-text.js";
import { parseUnifiedDiff, type DiffFile } from "../util/unified-diff.js";
import type { NodeResult } from "./run-node.js";

/** GitHub's limit on a review's text is a comment's (65536 characters); a margin for our own lines. */
const MAX_BODY = 60_000;
const MAX_MOVED_CHARS = 1000;

export type ReviewOutcome = { posted: true; pull: number; inline: number; moved: number } | { posted: false; reasons: string[] };

export interface ReviewDeps {
  forge: Forge;
  blueprint: Blueprint;
  segment: Segment;
  issue: number;
  results: NodeResult[];
  /** The publish job's checkout: the commit the route job handed the review job, its HEAD. */
  workspace: string;
}

/** Post the review; or the reasons it cannot be, for the run to escalate with. */
export async function postReview(deps: ReviewDeps): Promise<ReviewOutcome> {
  const { forge, blueprint, issue } = deps;
  const mine = deps.results.filter((r) => r.status === "done" && postsReview(blueprint, deps.segment.nodes.find((n) => n.id === r.node)!));
  const result = mine.at(-1);
  if (!result) return { posted: false, reasons: ["the review agent produced no review"] };
  const parsed = parseReview(result.result);
  if ("errors" in parsed) return { posted: false, reasons: [`the result of node '${result.node}' is not a review:\n${parsed.errors.join("\n")}`] };
  const { review } = parsed;

  const reviewed = (await git(["rev-parse", "HEAD"], { cwd: deps.workspace })).trim();
  const files = await diffOf(forge, issue, reviewed);
  const inline: ReviewComment[] = [];
  const moved: Moved[] = [];
  for (const c of review.comments) {
    const why = typeof files === "string" ? files : outsideDiff(c, files);
    if (why) moved.push({ comment: c, why });
    else inline.push(c);
  }
  const asked = review.verdict === "request-changes" ? "request_changes" : "comment";
  const post = async (event: typeof asked, comments: ReviewComment[], away: Moved[], note?: string): Promise<ReviewOutcome> => {
    await forge.submitReview(issue, { event, body: reviewBody(result, blueprint, reviewed, away, note), comments: comments.map(toForge), commitId: reviewed });
    return { posted: true, pull: issue, inline: comments.length, moved: away.length };
  };
  // What a forge may refuse, each retry giving up one thing and saying so in the text: requesting changes (neither
  // forge lets an account request changes on its own pull request), then the inline comments (GitHub refuses a whole
  // review over one line it places otherwise than the diff read here).
  let last: unknown;
  const why = () => (last as Error).message.slice(0, 300);
  try {
    return await post(asked, inline, moved);
  } catch (err) {
    if (!refusal(err)) throw err;
    last = err;
  }
  let note: string | undefined;
  if (asked === "request_changes") {
    note = `This review asks for changes; the forge would not record it as requesting them (${why()}).`;
    try {
      return await post("comment", inline, moved, note);
    } catch (err) {
      if (!refusal(err)) throw err;
      last = err;
    }
  }
  if (inline.length === 0) throw last;
  const refused = `the forge refused the inline comments (${why()})`;
  return post("comment", [], [...moved, ...inline.map((comment) => ({ comment, why: refused }))], note);
}

type Moved = { comment: ReviewComment; why: string };

/** The forge understood the review and refused it (422 on both forges); other failures are not retried. */
const refusal = (err: unknown): err is ForgeError => err instanceof ForgeError && err.status === 422;

/** Files of the pull request's diff as the forge serves it now; why not, when it is no longer the diff of the commit reviewed. */
async function diffOf(forge: Forge, issue: number, reviewed: string): Promise<ReadonlyMap<string, DiffFile> | string> {
  const moved = (head: string) => `the pull request moved on from commit ${reviewed.slice(0, 12)} to ${head.slice(0, 12)} while it was reviewed`;
  const before = await forge.getPull(issue);
  if (before.headSha !== reviewed) return moved(before.headSha);
  const diff = await forge.getPullDiff(issue);
  const after = await forge.getPull(issue);
  return after.headSha === reviewed ? parseUnifiedDiff(diff) : moved(after.headSha);
}

function toForge(c: ReviewComment): NewReviewComment {
  return { path: c.path, line: c.line, ...(c.side ? { side: c.side } : {}), body: inertLines(c.body, 4000) };
}

/** The review's text: the agent's summary, the comments that could not be placed, and a line of ours. */
function reviewBody(result: NodeResult, blueprint: Blueprint, reviewed: string, moved: Moved[], note?: string): string {
  const lines = [inertLines(result.summary ?? result.output) || "(no summary)"];
  if (note) lines.push("", `_${inert(note)}_`);
  if (moved.length > 0) {
    lines.push("", `**${moved.length === 1 ? "A comment" : `${moved.length} comments`} not on a line of the diff, so here instead:**`);
    for (const { comment: c, why } of moved) {
      const text = c.body.length > MAX_MOVED_CHARS ? `${c.body.slice(0, MAX_MOVED_CHARS)}…` : c.body;
      lines.push(`- ${inertCode(c.path)} line ${c.line}${c.side === "LEFT" ? " (base version)" : ""}: ${inert(text)} _(${inert(why)})_`);
    }
  }
  const body = lines.join("\n");
  const cut = body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}\n\n[… cut at ${MAX_BODY} characters]` : body;
  return `${cut}\n\n<sub>Review by CrustyClaw (\`${blueprint.name}\`) of commit ${reviewed.slice(0, 12)}. It only reads the pull request: approving and merging are for people.</sub>`;
}
