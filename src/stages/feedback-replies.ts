/**
 * What the publish job says on the pull request after a feedback round: an answer to each
 * inline comment the round was given (GitHub: in the comment's thread; Forgejo: one comment
 * quoting each location), or, when the round changed nothing, that it did not. The agent's
 * words in them are hostile text: made inert (policy/posted-text.ts) before they are posted.
 * Each answer carries a marker of ours, so a rerun of the job posts nothing twice.
 */
import path from "node:path";
import { selfLogin, type Forge, type ReviewReply } from "../forge/forge.js";
import { inert, inertCode } from "../policy/posted-text.js";
import { FEEDBACK_FILE, readFeedback, type FeedbackData } from "./feedback-data.js";
import { ROUTE_ARTIFACT } from "./results.js";
import type { NodeResult } from "./run-node.js";

/** The most of an agent's words posted per answer, and of a reviewer's comment quoted. */
const MAX_NOTE = 1000;
const MAX_QUOTE = 200;

const replyMarker = (comment: number, sha: string) => `<!-- crustyclaw:reply ${comment} ${sha} -->`;
const noChangesMarker = (pull: number, round: number) => `<!-- crustyclaw:no-changes ${pull} ${round} -->`;

/** What CrustyClaw has already posted on the pull request (comments and review comments). */
async function postedBy(forge: Forge, pull: number): Promise<string> {
  const self = (await selfLogin(forge)).toLowerCase();
  const mine = [...(await forge.listComments(pull)), ...(await forge.listReviewComments(pull))].filter((c) => c.author.toLowerCase() === self);
  return mine.map((c) => c.body).join("\n");
}

/** The round's summary from its feedback agents, and each one's answer per inline comment (`result.replies`). */
function agentWords(results: NodeResult[]): { summary?: string; replies: Map<number, string> } {
  const agents = results.filter((r) => r.stage === "feedback" && r.kind === "agent" && r.status === "done");
  const replies = new Map<number, string>();
  for (const r of agents) {
    const list = r.result?.replies;
    if (!Array.isArray(list)) continue;
    for (const item of list as unknown[]) {
      const o = item as { comment?: unknown; reply?: unknown } | null;
      if (o && typeof o === "object" && Number.isSafeInteger(o.comment) && typeof o.reply === "string" && o.reply.trim()) replies.set(o.comment as number, o.reply);
    }
  }
  const summary = agents.map((r) => r.summary ?? "").find((s) => s.trim());
  return { ...(summary ? { summary } : {}), replies };
}

const note = (text: string) => inert(text.length > MAX_NOTE ? `${text.slice(0, MAX_NOTE)}…` : text);

/**
 * Answer each inline comment of the round the route job recorded (`feedback.json` in its
 * artifact, re-checked against its schema here) after the round pushed `sha`. Returns a
 * problem for the tracking comment when the recorded round is unusable.
 */
export async function answerInlineComments(forge: Forge, o: { pull: number; inDir: string; results: NodeResult[]; sha: string }): Promise<string | undefined> {
  const read = readFeedback(path.join(o.inDir, ROUTE_ARTIFACT, FEEDBACK_FILE));
  if (read.problem) return `no answers were posted to the review's comments: ${read.problem}`;
  const feedback: FeedbackData | undefined = read.data;
  // Only the round's own pull request, and only comments the route job gathered: an agent cannot name others.
  if (!feedback || feedback.pull !== o.pull || feedback.comments.length === 0) return undefined;
  const { summary, replies } = agentWords(o.results);
  const posted = await postedBy(forge, o.pull);
  const short = o.sha.slice(0, 12);
  const answers: ReviewReply[] = [];
  for (const c of feedback.comments) {
    const marker = replyMarker(c.id, o.sha);
    if (posted.includes(marker)) continue;
    const said = replies.get(c.id) ?? summary;
    const quote = c.body.length > MAX_QUOTE ? `${c.body.slice(0, MAX_QUOTE)}…` : c.body;
    answers.push({
      // GitHub threads are one level deep: a reply's thread is the comment it answers.
      commentId: c.inReplyTo ?? c.id,
      location: `On ${inertCode(c.path)}${c.line !== undefined ? ` line ${c.line}` : ""}${c.side === "LEFT" ? " (base version)" : ""}, ${inert(c.author)} wrote: ${inert(quote)}`,
      body: `${marker}\nAddressed in ${short}${said ? `: ${note(said)}` : "."}`,
    });
  }
  await forge.replyToReviewComments(o.pull, answers);
  return undefined;
}

/** A feedback round that changed nothing says so on the pull request, once per round. */
export async function sayNoChanges(forge: Forge, o: { pull: number; round: number; results: NodeResult[] }): Promise<void> {
  const marker = noChangesMarker(o.pull, o.round);
  if ((await postedBy(forge, o.pull)).includes(marker)) return;
  const { summary } = agentWords(o.results);
  await forge.createComment(
    o.pull,
    `${marker}\nThis feedback round made no changes to the pull request${summary ? `. The agent said: ${note(summary)}` : "."}\n\nThe pull request is waiting for review again.`,
  );
}
