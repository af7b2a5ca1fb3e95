import type { ForgeKind, RepoRef } from "./types.js";

export interface Comment {
  id: number;
  body: string;
  author: string;
  url: string;
  /** ISO 8601, as the forge reports it. */
  createdAt: string;
  /** Equal to `createdAt` until someone edits the comment. */
  updatedAt: string;
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  author: string;
  url: string;
  isPullRequest: boolean;
}

export interface PullRequest {
  number: number;
  title: string;
  body: string;
  headRef: string;
  headSha: string;
  baseRef: string;
  state: "open" | "closed";
  merged: boolean;
  draft: boolean;
  url: string;
  /** The head branch lives in another repository (a fork, or a deleted one): never given credentials. */
  fromFork: boolean;
}

export type ReviewState = "approved" | "changes_requested" | "commented" | "pending" | "dismissed";

export interface Review {
  id: number;
  author: string;
  state: ReviewState;
  body: string;
}

/** Which version of the file an inline comment points into: the base's (`LEFT`) or the pull request's (`RIGHT`). */
export type DiffSide = "LEFT" | "RIGHT";

export interface ReviewComment {
  id: number;
  reviewId?: number;
  author: string;
  body: string;
  path: string;
  line?: number;
  /** GitHub says; Forgejo's comment has a line on one side only (`position` new, `original_position` old). */
  side: DiffSide;
  /** The comment this one answers in its thread (GitHub); Forgejo has no threads in its API. */
  inReplyTo?: number;
}

/** A reply to an inline review comment, as CrustyClaw posts it after a feedback round. */
export interface ReviewReply {
  /** The inline comment answered. */
  commentId: number;
  /** Where it was, in Markdown the caller made safe: where a forge cannot reply in the thread, the reply quotes it. */
  location: string;
  /** The reply, Markdown the caller made safe. */
  body: string;
}

/** CI results for a commit: statuses on both forges, check runs on GitHub. */
export interface CiCheck {
  name: string;
  state: "success" | "failure" | "pending";
  url?: string;
  /** The forge's own word for the outcome (a check run's conclusion, a status's state). */
  conclusion?: string;
  /** A status's description (both forges), or a check run's output title. */
  description?: string;
  /** GitHub check runs: the check run's id, which for GitHub Actions is its job's id (getJobLog). */
  checkRunId?: number;
}

export type Permission = "admin" | "write" | "read" | "none";

export type Reaction = "+1" | "-1" | "eyes" | "rocket" | "confused" | "heart" | "hooray" | "laugh";

/** What a submitted review says, in neutral words (each forge spells the event its own way). */
export type ReviewEvent = "approve" | "request_changes" | "comment";

export interface NewReviewComment {
  path: string;
  /** Line in the file's version on `side`; it must be in the pull request's diff (GitHub refuses the whole review otherwise). */
  line: number;
  /** `RIGHT` (the default): the pull request's version; `LEFT`: the base's, for a line it removed. */
  side?: DiffSide;
  body: string;
}

export type MergeMethod = "merge" | "squash";

/** What asking the forge to merge a pull request when its checks pass came to. */
export type AutoMergeResult = "merged" | "scheduled";

/** A self-hosted runner the repository's jobs may run on, as the forge lists it. */
export interface Runner {
  name: string;
  labels: string[];
  online: boolean;
}

/** An open issue or pull request as the forge lists it: enough to choose which ones to read. */
export interface IssueSummary {
  number: number;
  title: string;
  isPullRequest: boolean;
  /** Issue comments (not review comments). */
  comments: number;
  /** Who opened it, and its text: a run's own issue is found by both (route.ts `runIssue`). */
  author: string;
  body: string;
}

/**
 * What the stages need from a forge. Implementations hide the differences
 * (labels by id, draft vs `WIP:`, review event names, review comments) so the
 * stages never branch on the forge.
 */
export interface Forge {
  readonly kind: ForgeKind;
  readonly repo: RepoRef;
  getIssue(number: number): Promise<Issue>;
  listComments(issue: number): Promise<Comment[]>;
  /** One issue or pull request comment by id, as it is now; undefined once deleted. */
  getComment(id: number): Promise<Comment | undefined>;
  createComment(issue: number, body: string): Promise<Comment>;
  updateComment(id: number, body: string): Promise<Comment>;
  deleteComment(id: number): Promise<void>;
  addReaction(target: { issue: number } | { comment: number }, reaction: Reaction): Promise<void>;
  /** Adds labels, creating missing ones first where the forge does not. */
  addLabels(issue: number, names: string[]): Promise<void>;
  removeLabel(issue: number, name: string): Promise<void>;
  /** Head commit of a branch, or undefined when it does not exist. */
  getBranchSha(branch: string): Promise<string | undefined>;
  findPullByHead(branch: string): Promise<PullRequest | undefined>;
  getPull(number: number): Promise<PullRequest>;
  /** `draft` becomes a `WIP:` title prefix on Forgejo, which has no draft pull requests. */
  createPull(p: { title: string; body: string; head: string; base: string; draft: boolean }): Promise<PullRequest>;
  updatePull(number: number, p: { title?: string; body?: string }): Promise<PullRequest>;
  /** Closes a pull request without merging it. */
  closePull(number: number): Promise<void>;
  requestReviewers(number: number, logins: string[]): Promise<void>;
  listReviews(number: number): Promise<Review[]>;
  listReviewComments(number: number): Promise<ReviewComment[]>;
  /** The inline comments of one review. */
  listReviewCommentsOf(number: number, reviewId: number): Promise<ReviewComment[]>;
  /**
   * Answers inline review comments: GitHub replies in each comment's thread; Forgejo,
   * whose API has no thread replies, posts one pull request comment quoting each location.
   */
  replyToReviewComments(number: number, replies: ReviewReply[]): Promise<void>;
  listChecks(ref: string): Promise<CiCheck[]>;
  /**
   * The log of a GitHub Actions job (a check run's id is its job's id), or undefined where
   * there is none: another app's check run, a log expired, Forgejo (no logs API).
   */
  getJobLog(jobId: number): Promise<string | undefined>;
  /** The actor's permission, or "unknown" when the token may not read it (Forgejo): callers fail closed. */
  getPermission(login: string): Promise<Permission | "unknown">;
  /**
   * Whether `login` is an active member of the organisation's team, or "unknown" when the token
   * may not read the team (GitHub's and Forgejo's automatic tokens usually cannot): callers fail closed.
   */
  isTeamMember(org: string, team: string, login: string): Promise<boolean | "unknown">;
  /** What a directory holds at a ref (a branch, tag or sha), or undefined when the directory (or the ref) is not there. */
  listDirectory(dir: string, ref: string): Promise<Array<{ name: string; path: string; type: "file" | "dir" }> | undefined>;
  /** A file's text at a ref, or undefined when it is not there. */
  readFileAt(file: string, ref: string): Promise<string | undefined>;
  /** A file's bytes at a ref, exactly as stored (a gzip archive, say), or undefined when it is not there. */
  readBytesAt(file: string, ref: string): Promise<Uint8Array | undefined>;
  /** Login the token acts as, or undefined where the token may not ask (GitHub's workflow token). */
  getSelfLogin(): Promise<string | undefined>;
  /** Account type, or undefined where the forge does not say. */
  getUserType(login: string): Promise<"User" | "Bot" | "Organization" | undefined>;
  /** Opens an issue; labels by name (created where the forge does not create them). */
  createIssue(i: { title: string; body: string; labels?: string[] }): Promise<Issue>;
  /** Edit an issue's text, or close or reopen it. */
  updateIssue(number: number, i: { title?: string; body?: string; state?: "open" | "closed" }): Promise<void>;
  /**
   * Submits a review with optional inline comments. `commitId` is the commit reviewed (the
   * comments' lines are in its diff); without it, the pull request's head as the forge sees it.
   */
  submitReview(pull: number, r: { event: ReviewEvent; body: string; comments?: NewReviewComment[]; commitId?: string }): Promise<Review>;
  /** The pull request's changes as a unified diff, from the merge base to its head (GitHub's diff media type, Forgejo's `.diff`). */
  getPullDiff(number: number): Promise<string>;
  mergePull(pull: number, method: MergeMethod): Promise<void>;
  /**
   * Merges the pull request once its checks pass, with no human in between: GitHub enables
   * auto-merge (GraphQL), or merges now when the pull request is already mergeable; Forgejo
   * schedules the merge (`merge_when_checks_succeed`), or merges now when the checks have
   * passed. `headSha`: the head this was decided for; a newer one is not merged. Throws a
   * ForgeError carrying the forge's reason when it refuses (a setting, branch protection).
   */
  enableAutoMerge(pull: number, o: { method: MergeMethod; headSha: string }): Promise<AutoMergeResult>;
  /** Open issues and pull requests, newest first, at most `max` (bounded pages). */
  listOpenIssues(max: number): Promise<IssueSummary[]>;
  /** Starts a workflow that has a `workflow_dispatch` trigger, by file name, on a branch. */
  dispatchWorkflow(file: string, ref: string, inputs?: Record<string, string>): Promise<void>;
  /**
   * The runners the repository's jobs may use, as far as the token may see them: GitHub lists
   * the repository's own (and, with an organisation admin's token, the organisation's), Forgejo
   * every runner visible to the repository. Hosted runners are not listed.
   */
  listRunners(): Promise<Runner[]>;
}

/** GitHub's workflow token cannot read `/user` (403); its comments are written as this app. */
const GITHUB_ACTIONS_LOGIN = "github-actions[bot]";

/** CrustyClaw cannot tell which comments are its own: it refuses to read run state at all. */
export class UnknownIdentityError extends Error {
  override name = "UnknownIdentityError";
}

/**
 * The login CrustyClaw's own comments carry: the token's user (`GET /user`), else, on
 * GitHub, the workflow token's app, which is the only token that cannot ask. Forgejo's
 * Actions token answers `GET /user` as `forgejo-actions`; a token there that may not ask
 * (a personal token without the `read:user` scope) leaves no safe guess: any fallback
 * ("whoever wrote the marker") would let anyone forge the run's state, so this fails.
 */
export async function selfLogin(forge: Forge): Promise<string> {
  const login = await forge.getSelfLogin();
  if (login !== undefined) return login;
  if (forge.kind === "github") return GITHUB_ACTIONS_LOGIN;
  throw new UnknownIdentityError(
    "cannot tell which account the token acts as: the forge refused GET /user. CrustyClaw reads a run's state only from comments it wrote itself. " +
      "Use the job's automatic token (Forgejo answers GET /user for it as forgejo-actions), or give the token the read:user scope.",
  );
}

/**
 * The tracking comment: the first comment `author` wrote that starts with `marker`.
 * Anyone can paste the marker and a state block into a comment of their own, or quote
 * CrustyClaw's comment in theirs; only the account CrustyClaw acts as counts, and only
 * where the marker opens the comment (DESIGN: run state lives on the forge).
 */
export async function findMarkedComment(forge: Forge, issue: number, marker: string, author: string | Promise<string>): Promise<Comment | undefined> {
  // The comments are read while the login is still being looked up (selfLogin): one round trip, not two.
  const [comments, login] = await Promise.all([forge.listComments(issue), author]);
  if (!login) throw new UnknownIdentityError("findMarkedComment needs the login CrustyClaw's comments carry");
  const same = login.toLowerCase();
  return comments.find((c) => c.author.toLowerCase() === same && c.body.startsWith(marker));
}
