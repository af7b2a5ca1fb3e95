/**
 * The route job's side of a feedback round: which review an event is about, whether it
 * asks for a round, and what the round is given (written as feedback-data.ts describes).
 * Everything is read from the forge as it is now, never from the event's text: a review
 * or comment edited or deleted since it was posted counts as it now stands.
 */
import type { CiCheck, Comment, Forge, Review, ReviewComment } from "../forge/forge.js";
import type { Trigger } from "../forge/types.js";
import { redact } from "../policy/secrets.js";
import { keepBody, logTail, MAX_CI_CHECKS, MAX_FOLLOW_UPS, MAX_INLINE_COMMENTS, type CiFailure, type FeedbackData } from "./feedback-data.js";
import type { RunState } from "./state.js";

export type ReviewTrigger = Extract<Trigger, { kind: "review" | "review_comment" }>;

/** A review and its inline comments. */
export interface ReviewAsk {
  review: Review;
  comments: ReviewComment[];
}

export type FeedbackSeen = NonNullable<RunState["feedbackSeen"]>;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Text that opens with the command, as a command comment does: the command alone, or followed by a space or line break. */
export function opensWithCommand(text: string, command: string): boolean {
  const t = text.trimStart();
  return t.startsWith(command) && (t.length === command.length || /\s/.test(t[command.length]!));
}

/**
 * What the run's feedback rounds have been given so far. Before the first round: no
 * review, and the comments up to the tracking comment (the run's start).
 */
export function feedbackSeen(state: RunState, trackingCommentId: number): FeedbackSeen {
  return state.feedbackSeen ?? { review: 0, comment: trackingCommentId };
}

/**
 * The review an event is about, with its inline comments, or why there is none to act on.
 * GitHub names it: the review's id, or the review comment's `pull_request_review_id`.
 * Forgejo's review payload has no id (DESIGN: two forges): it is the oldest review not yet
 * answered by the event's actor, in the event's state, with the event's body.
 */
export async function reviewOf(forge: Forge, trigger: ReviewTrigger, pull: number, seen: FeedbackSeen): Promise<ReviewAsk | string> {
  const reviews = await forge.listReviews(pull);
  let review: Review | undefined;
  let inline: ReviewComment[] | undefined;
  if (trigger.kind === "review_comment") {
    inline = await forge.listReviewComments(pull);
    const comment = inline.find((c) => c.id === trigger.commentId);
    if (!comment) return `review comment ${trigger.commentId} has been deleted`;
    review = reviews.find((r) => r.id === comment.reviewId);
    if (!review) return `review comment ${trigger.commentId} belongs to no review the forge lists`;
  } else if (trigger.reviewId !== undefined) {
    review = reviews.find((r) => r.id === trigger.reviewId);
    if (!review) return `review ${trigger.reviewId} is no longer on pull request #${pull}`;
  } else {
    review = reviews
      .filter((r) => r.id > seen.review && same(r.author, trigger.actor.login) && r.state === trigger.state && r.body.trim() === trigger.body.trim())
      .sort((a, b) => a.id - b.id)[0];
    if (!review) return `no unanswered ${trigger.state.replace("_", " ")} review by ${trigger.actor.login} on pull request #${pull}`;
  }
  if (review.id <= seen.review) return `review ${review.id} was given to an earlier feedback round`;
  const comments = inline ? inline.filter((c) => c.reviewId === review.id) : await forge.listReviewCommentsOf(pull, review.id);
  return { review, comments: comments.sort((a, b) => a.id - b.id) };
}

/**
 * Why a review does not start a round, or undefined when it does. Requested changes
 * always do. A comment review does when its body or one of its inline comments opens with
 * the blueprint's command; an inline comment's event, when that comment (as it is now) does.
 */
export function noRoundBecause(ask: ReviewAsk, trigger: ReviewTrigger, command: string | undefined): string | undefined {
  if (trigger.kind === "review_comment") {
    const comment = ask.comments.find((c) => c.id === trigger.commentId);
    if (!command || !comment || !opensWithCommand(comment.body, command)) return `review comment ${trigger.commentId} does not start with ${command ?? "a command"}`;
    return undefined;
  }
  if (ask.review.state === "changes_requested") return undefined;
  if (ask.review.state !== "commented") return `review ${ask.review.id} is ${ask.review.state}`;
  if (command && [ask.review.body, ...ask.comments.map((c) => c.body)].some((t) => opensWithCommand(t, command))) return undefined;
  return `review ${ask.review.id} comments without ${command ?? "a command"}: no feedback round`;
}

/**
 * What a round is given: the review and its inline comments, and the comments on the issue
 * and the pull request since the last round that are not CrustyClaw's own (`self`). Returns
 * the data and what the run has now been given.
 */
export async function gatherFeedback(
  forge: Forge,
  o: { issue: number; pull: number; ask?: ReviewAsk; ci?: FeedbackData["ci"]; seen: FeedbackSeen; self: string },
): Promise<{ data: FeedbackData; seen: FeedbackSeen }> {
  const on = (number: number) => (c: Comment) => ({ ...c, on: number });
  const conversation = [...(await forge.listComments(o.issue)).map(on(o.issue)), ...(o.pull !== o.issue ? (await forge.listComments(o.pull)).map(on(o.pull)) : [])];
  const followUps = conversation
    .filter((c) => c.id > o.seen.comment && !same(c.author, o.self))
    .sort((a, b) => a.id - b.id)
    .slice(-MAX_FOLLOW_UPS)
    .map((c) => ({ id: c.id, author: c.author || "ghost", on: c.on, body: keepBody(c.body) }));
  const data: FeedbackData = { version: 1, pull: o.pull, comments: [], followUps, ...(o.ci ? { ci: o.ci } : {}) };
  if (o.ask) {
    const { review, comments } = o.ask;
    if (review.state === "changes_requested" || review.state === "commented") {
      data.review = { id: review.id, author: review.author || "ghost", state: review.state, body: keepBody(review.body) };
    }
    data.comments = comments.slice(0, MAX_INLINE_COMMENTS).map((c) => ({
      id: c.id,
      author: c.author || "ghost",
      path: c.path || "(no file)",
      ...(c.line !== undefined && c.line > 0 ? { line: c.line } : {}),
      side: c.side,
      body: keepBody(c.body),
      ...(c.inReplyTo !== undefined ? { inReplyTo: c.inReplyTo } : {}),
    }));
  }
  const seen = {
    review: Math.max(o.seen.review, o.ask?.review.id ?? 0),
    comment: Math.max(o.seen.comment, ...conversation.map((c) => c.id)),
  };
  return { data, seen };
}

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The checks of commit `sha` that failed. */
export async function failingChecks(forge: Forge, sha: string): Promise<CiCheck[]> {
  return (await forge.listChecks(sha)).filter((c) => c.state === "failure");
}

/**
 * The failing checks of commit `sha` (failingChecks), as a CI round is given them: each
 * one's name, the forge's word for its outcome, link and description, and on GitHub the tail
 * of its job's log (the job logs API; a check run of another app has none), redacted.
 * `known`: the secrets the job holds. Forgejo has no logs API: its statuses' descriptions and links.
 */
export async function gatherCi(forge: Forge, ci: { sha: string; failing: CiCheck[] }, known: readonly string[] = []): Promise<NonNullable<FeedbackData["ci"]>> {
  const checks: CiFailure[] = [];
  for (const c of ci.failing.slice(0, MAX_CI_CHECKS)) {
    const log = c.checkRunId !== undefined ? await forge.getJobLog(c.checkRunId) : undefined;
    checks.push({
      name: cut(c.name || "(unnamed check)", 1024),
      conclusion: cut(c.conclusion || "failure", 64),
      ...(c.url ? { url: cut(c.url, 4096) } : {}),
      ...(c.description ? { description: cut(redact(c.description, known), 4096) } : {}),
      ...(log ? { log: logTail(redact(log, known)) } : {}),
    });
  }
  return { sha: ci.sha, checks };
}
