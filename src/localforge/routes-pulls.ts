/** Pull requests, requested reviewers, reviews and review comments. */
import { intParam, repoRoute, type RepoCtx, type RouteDef } from "./context.js";
import { pullEvent, pullGit, reviewEvent } from "./emit.js";
import { branchSha, diffStats, isSafeRef, pullDiff, setRef } from "./git.js";
import { mayMerge, mergeNow, runAutoMerges, unmetRequirements } from "./merging.js";
import { parseUnifiedDiff } from "../util/unified-diff.js";
import { paged } from "./paging.js";
import type { PullGit } from "./present.js";
import {
  ApiError,
  asObject,
  bool,
  created,
  forbidden,
  noContent,
  notFound,
  ok,
  requiredStr,
  str,
  stringList,
  unprocessable,
  type Reply,
} from "./reply.js";
import { issueOf, labelsFromRequest } from "./routes-issues.js";
import { labelEvents } from "./emit.js";
import type { IssueRecord, ReviewRecord, ReviewState } from "./state.js";
import { atLeast } from "./types.js";

function pullOf(ctx: RepoCtx): IssueRecord {
  const issue = issueOf(ctx);
  if (!issue.pull) throw notFound();
  return issue;
}

async function presentPull(ctx: RepoCtx, issue: IssueRecord, withStats = true, status = 200): Promise<Reply> {
  return ok(ctx.core.present.pull(ctx.repo, issue, await pullGit(ctx, issue, withStats)), status);
}

const isSelf = (ctx: RepoCtx, login: string) => login.toLowerCase() === ctx.user.login.toLowerCase();

/** Pending reviews are visible to their author only, on both forges. */
function visibleReviews(ctx: RepoCtx, number: number): ReviewRecord[] {
  return ctx.core.state
    .reviewsOf(ctx.repo, number)
    .filter((r) => r.state !== "pending" || isSelf(ctx, r.login))
    .filter((r) => r.state !== "review_requested" || ctx.core.flavour === "forgejo");
}

function reviewOf(ctx: RepoCtx, issue: IssueRecord): ReviewRecord {
  const review = ctx.repo.reviews.get(intParam(ctx, "review_id"));
  if (!review || review.number !== issue.number) throw notFound();
  if (review.state === "pending" && !isSelf(ctx, review.login) && !ctx.user.siteAdmin) throw notFound();
  return review;
}

/**
 * The review state an `event` asks for, or an error, in the flavour's rules.
 *
 * GitHub: `APPROVE`, `REQUEST_CHANGES`, `COMMENT`; no event means a pending review;
 * anything else is a 422.
 *
 * Forgejo (routers/api/v1/repo/pull_review.go, preparePullReviewType): `APPROVED`,
 * `REQUEST_CHANGES`, `COMMENT`; any other value, GitHub's `APPROVE` included, falls to
 * the default case and makes a PENDING review, which still needs a body (422 "review
 * event APPROVE requires a body" without one). Creating answers 200 with the pending
 * review, so a caller that only checks the status thinks it approved.
 */
function reviewState(ctx: RepoCtx, issue: IssueRecord, event: string | undefined, body: string, hasComments: boolean): ReviewState {
  const own = isSelf(ctx, issue.login);
  const hasBody = body.trim() !== "";
  if (ctx.core.flavour === "github") {
    switch (event) {
      case undefined:
      case "":
      case "PENDING":
        return "pending";
      case "APPROVE":
        if (own) throw unprocessable("Unprocessable Entity", ["Can not approve your own pull request"]);
        return "approved";
      case "REQUEST_CHANGES":
        if (own) throw unprocessable("Unprocessable Entity", ["Can not request changes on your own pull request"]);
        if (!hasBody) throw unprocessable("Unprocessable Entity", ["Body is required when requesting changes"]);
        return "changes_requested";
      case "COMMENT":
        if (!hasBody && !hasComments) throw unprocessable("Unprocessable Entity", ["Body is required when commenting"]);
        return "commented";
      default:
        // Review errors are plain sentences on GitHub (validation-error-simple); a value
        // outside the enum fails its request schema, which names no field errors.
        throw unprocessable(`Invalid request.\n\nFor 'properties/event', ${JSON.stringify(event)} is not a member of enum.`);
    }
  }
  let state: ReviewState;
  let needsBody = true;
  switch (event) {
    case "APPROVED":
      if (own) throw unprocessable("approve your own pull is not allowed");
      state = "approved";
      needsBody = false;
      break;
    case "REQUEST_CHANGES":
      if (own) throw unprocessable("reject your own pull is not allowed");
      state = "changes_requested";
      break;
    case "COMMENT":
      if (!hasBody && !hasComments) throw unprocessable(`review event ${event} requires a body or a comment`);
      state = "commented";
      needsBody = false;
      break;
    default:
      state = "pending";
  }
  if (needsBody && !hasBody) throw unprocessable(`review event ${event ?? ""} requires a body`);
  return state;
}

interface NewComment {
  path: string;
  line: number;
  side: "LEFT" | "RIGHT";
  body: string;
}

const positive = (v: unknown): v is number => typeof v === "number" && v > 0;

/**
 * Inline comments of a review: GitHub `{path, body, line|position, side}` (side `RIGHT`
 * unless given), Forgejo `{path, body, new_position|old_position}` (a line on the new side,
 * else on the old: routers/api/v1/repo/pull_review.go).
 */
function reviewComments(ctx: RepoCtx, raw: unknown): NewComment[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) throw unprocessable("Validation Failed", [{ resource: "PullRequestReview", field: "comments", code: "invalid" }]);
  return raw.map((c) => {
    const o = asObject(c);
    const path = requiredStr(o, "path", "PullRequestReviewComment");
    const body = requiredStr(o, "body", "PullRequestReviewComment");
    if (ctx.core.flavour === "github") {
      const line = [o.line, o.position].find(positive) ?? 1;
      return { path, line, side: o.side === "LEFT" ? "LEFT" : "RIGHT", body };
    }
    if (positive(o.new_position)) return { path, line: o.new_position, side: "RIGHT", body };
    return { path, line: positive(o.old_position) ? o.old_position : 1, side: positive(o.old_position) ? "LEFT" : "RIGHT", body };
  });
}

/** A submitted review answers the request for it, on both forges. */
function clearRequest(ctx: RepoCtx, issue: IssueRecord, login: string): void {
  const key = login.toLowerCase();
  issue.pull!.requestedReviewers = issue.pull!.requestedReviewers.filter((l) => l.toLowerCase() !== key);
  for (const r of ctx.core.state.reviewsOf(ctx.repo, issue.number)) {
    if (r.state === "review_requested" && r.login.toLowerCase() === key) ctx.repo.reviews.delete(r.id);
  }
}

function submit(ctx: RepoCtx, issue: IssueRecord, review: ReviewRecord, state: ReviewState, body: string): void {
  review.state = state;
  if (body) review.body = body;
  if (state !== "pending") {
    review.submittedAt = ctx.core.state.now();
    clearRequest(ctx, issue, review.login);
  }
}

/** `owner:branch` or `branch`, for this repository (no forks here). */
function headBranch(ctx: RepoCtx, head: string): string | undefined {
  const colon = head.indexOf(":");
  if (colon < 0) return head;
  return head.slice(0, colon).toLowerCase() === ctx.repo.owner.toLowerCase() ? head.slice(colon + 1) : undefined;
}

export const pullRoutes: RouteDef[] = [
  repoRoute("GET", "/repos/{owner}/{repo}/pulls", "read", (ctx) => {
    const state = ctx.query.get("state") ?? "open";
    // GitHub filters by `head` only in `owner:branch` form (a bare branch name is ignored)
    // and by `base`. Forgejo's list has neither filter; it ignores both parameters and
    // offers GET /pulls/{base}/{head} instead.
    const headParam = ctx.core.flavour === "github" ? ctx.query.get("head") : null;
    const head = headParam?.includes(":") ? headBranch(ctx, headParam) ?? "\0" : undefined;
    const base = ctx.core.flavour === "github" ? ctx.query.get("base") : null;
    const poster = ctx.core.flavour === "forgejo" ? ctx.query.get("poster")?.toLowerCase() : undefined;
    const pulls = [...ctx.repo.issues.values()]
      .filter((i) => i.pull && (state === "all" || i.state === state))
      .filter((i) => head === undefined || i.pull!.headRef === head)
      .filter((i) => !base || i.pull!.baseRef === base)
      .filter((i) => !poster || i.login.toLowerCase() === poster)
      .sort((a, b) => b.number - a.number);
    return pagedPulls(ctx, pulls);
  }),

  repoRoute("POST", "/repos/{owner}/{repo}/pulls", "read", async (ctx) => {
    const { flavour, state } = ctx.core;
    const body = asObject(ctx.body);
    const title = requiredStr(body, "title", "PullRequest");
    const headRaw = requiredStr(body, "head", "PullRequest");
    const base = requiredStr(body, "base", "PullRequest");
    const head = headBranch(ctx, headRaw);
    const invalid = (field: string) => unprocessable("Validation Failed", [{ resource: "PullRequest", field, code: "invalid" }]);
    if (head === base) {
      if (flavour === "forgejo") throw unprocessable("Invalid PullRequest: There are no changes between the head and the base");
      throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "base", code: "custom", message: "head and base must be different" }]);
    }
    const headSha = head && isSafeRef(head) ? await branchSha(ctx.repo.gitDir, head) : undefined;
    const baseSha = isSafeRef(base) ? await branchSha(ctx.repo.gitDir, base) : undefined;
    if (!headSha) throw flavour === "forgejo" ? notFound("head branch does not exist") : invalid("head");
    if (!baseSha) throw flavour === "forgejo" ? notFound("base branch does not exist") : invalid("base");
    const dup = [...ctx.repo.issues.values()].find(
      (i) => i.pull && i.state === "open" && i.pull.headRef === head && i.pull.baseRef === base,
    );
    if (dup) {
      if (flavour === "forgejo") throw new ApiError(409, `pull request already exists for these targets [id: ${dup.pull!.id}, issue_id: ${dup.number}, head_branch: ${head}, base_branch: ${base}]`);
      throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "head", code: "custom", message: `A pull request already exists for ${ctx.repo.owner}:${head}.` }]);
    }
    if (flavour === "github" && (await diffStats(ctx.repo.gitDir, baseSha, headSha)).commits === 0) {
      throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "head", code: "custom", message: `No commits between ${base} and ${head}` }]);
    }
    // Forgejo's CreatePullRequestOption has no `draft` (templates/swagger/v1_json.tmpl): the
    // field is dropped, and a `WIP:` title prefix is how a PR becomes a draft there.
    const draft = flavour === "github" ? (bool(body, "draft", "PullRequest") ?? false) : false;
    const labels = flavour === "forgejo" && body.labels !== undefined && atLeast(ctx.permission, "write") ? labelsFromRequest(ctx, body.labels) : [];
    const issue = state.createIssue(ctx.repo, {
      title,
      body: str(body, "body", "PullRequest") ?? "",
      login: ctx.user.login,
      labelIds: labels.map((l) => l.id),
      pull: { headRef: head!, baseRef: base, draft, requestedReviewers: [], merged: false, mergedAt: null },
    });
    // Both forges keep refs/pull/<n>/head pointing at the head branch's commit.
    await setRef(ctx.repo.gitDir, `refs/pull/${issue.number}/head`, headSha);
    await pullEvent(ctx, issue, "opened");
    await labelEvents(ctx, issue, [], "add", labels);
    return presentPull(ctx, issue, true, 201);
  }),

  // GitHub serves the pull request as a diff when asked for its diff media type (application/vnd.github.v3.diff).
  repoRoute("GET", "/repos/{owner}/{repo}/pulls/{number}", "read", async (ctx) =>
    ctx.core.flavour === "github" && /application\/vnd\.github(\.v3)?\.diff/.test(ctx.accept) ? diffReply(ctx, pullOf(ctx)) : presentPull(ctx, pullOf(ctx)),
  ),

  // Forgejo: repoDownloadPullDiffOrPatch. Only `.diff` here; `.patch` (a mail per commit) is not served.
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/pulls/{number}.{diffType}",
    "read",
    async (ctx) => {
      if (ctx.params.diffType !== "diff") throw notFound();
      return diffReply(ctx, pullOf(ctx));
    },
    ["forgejo"],
  ),

  repoRoute("PATCH", "/repos/{owner}/{repo}/pulls/{number}", "read", async (ctx) => {
    const issue = pullOf(ctx);
    if (!isSelf(ctx, issue.login) && !atLeast(ctx.permission, "write")) throw forbidden("Must have write access to edit what others wrote");
    const body = asObject(ctx.body);
    const title = str(body, "title", "PullRequest");
    const text = str(body, "body", "PullRequest");
    const state = str(body, "state", "PullRequest");
    const base = str(body, "base", "PullRequest");
    if (state !== undefined && state !== "open" && state !== "closed")
      throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "state", code: "invalid" }]);
    if (base !== undefined && !(isSafeRef(base) && (await branchSha(ctx.repo.gitDir, base))))
      throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "base", code: "invalid" }]);
    const before = { title: issue.title, body: issue.body, base: issue.pull!.baseRef, state: issue.state };
    if (title !== undefined) issue.title = title;
    if (text !== undefined) issue.body = text;
    if (base !== undefined) issue.pull!.baseRef = base;
    ctx.core.state.touch(issue);
    if (state !== undefined) ctx.core.state.setIssueState(issue, state);
    if (issue.title !== before.title || issue.body !== before.body || issue.pull!.baseRef !== before.base) await pullEvent(ctx, issue, "edited");
    if (issue.state !== before.state) await pullEvent(ctx, issue, issue.state === "closed" ? "closed" : "reopened");
    // Forgejo answers an edit with 201 (swagger repoEditPullRequest).
    return presentPull(ctx, issue, true, ctx.core.flavour === "forgejo" ? 201 : 200);
  }),

  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/pulls/{base}/{head+}",
    "read",
    async (ctx) => {
      const base = ctx.params.base!;
      const head = headBranch(ctx, ctx.params.head!);
      const match = [...ctx.repo.issues.values()]
        .filter((i) => i.pull && i.pull.baseRef === base && i.pull.headRef === head)
        .sort((a, b) => b.number - a.number)[0];
      if (!match) throw notFound();
      return presentPull(ctx, match);
    },
    ["forgejo"],
  ),

  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/pulls/{number}/requested_reviewers",
    "read",
    (ctx) => {
      const issue = pullOf(ctx);
      return ok({ users: issue.pull!.requestedReviewers.map((l) => ctx.core.present.user(ctx.core.state.user(l)!)), teams: [] });
    },
    ["github"],
  ),

  repoRoute("POST", "/repos/{owner}/{repo}/pulls/{number}/requested_reviewers", "read", async (ctx) => {
    const { state, flavour, present } = ctx.core;
    const issue = pullOf(ctx);
    if (!isSelf(ctx, issue.login) && !atLeast(ctx.permission, "write")) throw forbidden("Resource not accessible by integration");
    const logins = stringList(asObject(ctx.body), "reviewers", "PullRequest") ?? [];
    const requests: ReviewRecord[] = [];
    for (const login of logins) {
      const user = state.user(login);
      if (!user) {
        if (flavour === "forgejo") throw notFound(`User '${login}' not exist`);
        throw unprocessable("Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the " + `${ctx.repo.fullName} repository.`);
      }
      if (user.login.toLowerCase() === issue.login.toLowerCase())
        throw unprocessable(flavour === "forgejo" ? "reviewer is the poster" : "Review cannot be requested from pull request author.");
      if (!atLeast(state.permission(ctx.repo, user.login), "read"))
        throw unprocessable(flavour === "forgejo" ? "reviewer cannot read the repository" : "Reviews may only be requested from collaborators.");
      if (!issue.pull!.requestedReviewers.some((l) => l.toLowerCase() === user.login.toLowerCase())) {
        issue.pull!.requestedReviewers.push(user.login);
        // Forgejo keeps a review request as a review of type "request" (state REQUEST_REVIEW),
        // and lists it among the PR's reviews.
        if (flavour === "forgejo") {
          requests.push(state.addReview(ctx.repo, { number: issue.number, login: user.login, state: "review_requested", body: "", commitId: "" }));
        }
      }
    }
    state.touch(issue);
    if (flavour === "forgejo") return created(requests.map((r) => present.review(ctx.repo, r)));
    return presentPull(ctx, issue, false, 201);
  }),

  repoRoute("DELETE", "/repos/{owner}/{repo}/pulls/{number}/requested_reviewers", "read", async (ctx) => {
    const issue = pullOf(ctx);
    if (!isSelf(ctx, issue.login) && !atLeast(ctx.permission, "write")) throw forbidden("Resource not accessible by integration");
    for (const login of stringList(asObject(ctx.body), "reviewers", "PullRequest") ?? []) clearRequest(ctx, issue, login);
    return ctx.core.flavour === "forgejo" ? noContent() : presentPull(ctx, issue, false);
  }),

  repoRoute("GET", "/repos/{owner}/{repo}/pulls/{number}/reviews", "read", (ctx) => {
    const issue = pullOf(ctx);
    return paged(ctx, visibleReviews(ctx, issue.number), (r) => ctx.core.present.review(ctx.repo, r));
  }),

  repoRoute("POST", "/repos/{owner}/{repo}/pulls/{number}/reviews", "read", async (ctx) => {
    const { state, present } = ctx.core;
    const issue = pullOf(ctx);
    const body = asObject(ctx.body);
    const text = str(body, "body", "PullRequestReview") ?? "";
    const comments = reviewComments(ctx, body.comments);
    const target = reviewState(ctx, issue, str(body, "event", "PullRequestReview"), text, comments.length > 0);
    if (
      ctx.core.flavour === "github" &&
      target === "pending" &&
      state.reviewsOf(ctx.repo, issue.number).some((r) => r.state === "pending" && isSelf(ctx, r.login))
    ) {
      throw unprocessable("Unprocessable Entity", ["User can only have one pending review per pull request"]);
    }
    const commitId = str(body, "commit_id", "PullRequestReview") ?? (await branchSha(ctx.repo.gitDir, issue.pull!.headRef)) ?? "";
    if (ctx.core.flavour === "github" && comments.length > 0) await linesInDiff(ctx, issue, comments);
    const review = state.addReview(ctx.repo, { number: issue.number, login: ctx.user.login, state: "pending", body: text, commitId });
    for (const c of comments) {
      state.addReviewComment(ctx.repo, { reviewId: review.id, number: issue.number, login: ctx.user.login, commitId, ...c });
    }
    submit(ctx, issue, review, target, text);
    if (target !== "pending") await reviewEvent(ctx, issue, review);
    // An approval may be what a waiting merge needed.
    if (target === "approved") await runAutoMerges(ctx, { pull: issue.number });
    return ok(present.review(ctx.repo, review));
  }),

  repoRoute("GET", "/repos/{owner}/{repo}/pulls/{number}/reviews/{review_id}", "read", (ctx) =>
    ok(ctx.core.present.review(ctx.repo, reviewOf(ctx, pullOf(ctx)))),
  ),

  // Forgejo has no GET /pulls/{n}/comments: review comments are listed per review.
  repoRoute("GET", "/repos/{owner}/{repo}/pulls/{number}/reviews/{review_id}/comments", "read", (ctx) => {
    const review = reviewOf(ctx, pullOf(ctx));
    const comments = [...ctx.repo.reviewComments.values()].filter((c) => c.reviewId === review.id);
    return ctx.core.flavour === "forgejo"
      ? ok(comments.map((c) => ctx.core.present.reviewComment(ctx.repo, c)))
      : paged(ctx, comments, (c) => ctx.core.present.reviewComment(ctx.repo, c, true));
  }),

  // Submitting a pending review: GitHub POST .../reviews/{id}/events, Forgejo POST .../reviews/{id}.
  repoRoute("POST", "/repos/{owner}/{repo}/pulls/{number}/reviews/{review_id}/events", "read", (ctx) => submitPending(ctx), ["github"]),
  repoRoute("POST", "/repos/{owner}/{repo}/pulls/{number}/reviews/{review_id}", "read", (ctx) => submitPending(ctx), ["forgejo"]),

  // Merging: GitHub PUT .../merge (`merge_method`), Forgejo POST .../merge (`Do`).
  repoRoute("PUT", "/repos/{owner}/{repo}/pulls/{number}/merge", "write", (ctx) => mergePull(ctx), ["github"]),
  repoRoute("POST", "/repos/{owner}/{repo}/pulls/{number}/merge", "write", (ctx) => mergePull(ctx), ["forgejo"]),

  /**
   * A reply in a review comment's thread (GitHub only; Forgejo's API has no thread replies).
   * GitHub threads are one level deep: a reply to a reply joins its thread. Like a single
   * comment, it is a review of its own, `commented`, with the events of a submitted review.
   */
  repoRoute(
    "POST",
    "/repos/{owner}/{repo}/pulls/{number}/comments/{comment_id}/replies",
    "read",
    async (ctx) => {
      const { state, present } = ctx.core;
      const issue = pullOf(ctx);
      const parent = ctx.repo.reviewComments.get(intParam(ctx, "comment_id"));
      if (!parent || parent.number !== issue.number) throw notFound();
      const text = requiredStr(asObject(ctx.body), "body", "PullRequestReviewComment");
      const review = state.addReview(ctx.repo, { number: issue.number, login: ctx.user.login, state: "pending", body: "", commitId: parent.commitId });
      const reply = state.addReviewComment(ctx.repo, {
        reviewId: review.id,
        number: issue.number,
        login: ctx.user.login,
        path: parent.path,
        line: parent.line,
        side: parent.side,
        inReplyTo: parent.inReplyTo ?? parent.id,
        body: text,
        commitId: parent.commitId,
      });
      submit(ctx, issue, review, "commented", "");
      await reviewEvent(ctx, issue, review);
      return created(present.reviewComment(ctx.repo, reply));
    },
    ["github"],
  ),

  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/pulls/{number}/comments",
    "read",
    (ctx) => {
      const issue = pullOf(ctx);
      const visible = new Set(visibleReviews(ctx, issue.number).map((r) => r.id));
      const comments = [...ctx.repo.reviewComments.values()].filter((c) => c.number === issue.number && visible.has(c.reviewId));
      return paged(ctx, comments, (c) => ctx.core.present.reviewComment(ctx.repo, c));
    },
    ["github"],
  ),
];

async function diffReply(ctx: RepoCtx, issue: IssueRecord): Promise<Reply> {
  const { headSha, baseSha } = await pullGit(ctx, issue, false);
  if (!headSha || !baseSha) throw notFound();
  return { status: 200, text: { content: await pullDiff(ctx.repo.gitDir, baseSha, headSha), type: "text/plain; charset=utf-8" } };
}

/**
 * GitHub refuses the whole review (422) when an inline comment's line is outside every hunk
 * of the pull request's diff, or its file is not in it. Forgejo takes such a comment.
 */
async function linesInDiff(ctx: RepoCtx, issue: IssueRecord, comments: NewComment[]): Promise<void> {
  const { headSha, baseSha } = await pullGit(ctx, issue, false);
  const files = parseUnifiedDiff(headSha && baseSha ? await pullDiff(ctx.repo.gitDir, baseSha, headSha) : "");
  for (const c of comments) {
    const file = files.get(c.path);
    if (!file) throw unprocessable("Unprocessable Entity", ["Path could not be resolved"]);
    if (!(c.side === "LEFT" ? file.left : file.right).has(c.line)) {
      throw unprocessable("Unprocessable Entity", ["Pull request review thread line must be part of the diff and Pull request review thread diff hunk can't be blank"]);
    }
  }
}

async function submitPending(ctx: RepoCtx): Promise<Reply> {
  const issue = pullOf(ctx);
  const review = reviewOf(ctx, issue);
  if (!isSelf(ctx, review.login)) throw notFound();
  if (review.state !== "pending") throw unprocessable("only a pending review can be submitted");
  const body = asObject(ctx.body);
  const text = str(body, "body", "PullRequestReview") ?? review.body;
  const hasComments = [...ctx.repo.reviewComments.values()].some((c) => c.reviewId === review.id);
  const event = str(body, "event", "PullRequestReview");
  if (ctx.core.flavour === "github" && !event)
    throw unprocessable(`Invalid request.\n\n"event" wasn't supplied.`);
  const target = reviewState(ctx, issue, event, text, hasComments);
  if (target === "pending") throw unprocessable("review stay pending");
  submit(ctx, issue, review, target, text);
  await reviewEvent(ctx, issue, review);
  if (target === "approved") await runAutoMerges(ctx, { pull: issue.number });
  return ok(ctx.core.present.review(ctx.repo, review));
}

async function pagedPulls(ctx: RepoCtx, pulls: IssueRecord[]): Promise<Reply> {
  // Resolve branch shas up front so the synchronous presenter can use them.
  const git = new Map<number, PullGit>();
  for (const p of pulls) git.set(p.number, await pullGit(ctx, p, false));
  return paged(ctx, pulls, (p) => ctx.core.present.pull(ctx.repo, p, git.get(p.number)!));
}

/**
 * Merges a pull request: the caller must be allowed to merge into the base and branch
 * protection's requirements met (GitHub answers 405 naming the first unmet one). Forgejo's
 * `merge_when_checks_succeed` schedules the merge instead while the head's checks have not
 * passed (201, no body), and merges at once when they have (200), as
 * routers/api/v1/repo/pull.go does.
 */
async function mergePull(ctx: RepoCtx): Promise<Reply> {
  const { flavour } = ctx.core;
  const issue = pullOf(ctx);
  const p = issue.pull!;
  const body = asObject(ctx.body ?? {});
  // GitHub's 405 here is `{message, documentation_url}` (its description), without the `status` its other errors carry.
  const refused = (message: string): Reply => ({ status: 405, body: { message, documentation_url: "https://docs.github.com/rest/pulls/pulls#merge-a-pull-request" } });
  if (issue.state !== "open" || p.merged) {
    if (flavour === "forgejo") throw notFound();
    return refused("Pull Request is not mergeable");
  }
  const method = flavour === "github" ? (str(body, "merge_method", "PullRequest") ?? "merge") : (str(body, "Do", "PullRequest") ?? "");
  if (!["merge", "squash"].includes(method)) {
    if (flavour === "github" && method !== "rebase") throw unprocessable("Validation Failed", [{ resource: "PullRequest", field: "merge_method", code: "invalid" }]);
    throw new ApiError(405, `merge method '${method}' is not supported by the local forge; use merge or squash`);
  }
  const { headSha } = await pullGit(ctx, issue, false);
  const expected = flavour === "github" ? str(body, "sha", "PullRequest") : str(body, "head_commit_id", "PullRequest");
  if (expected && expected !== headSha) throw new ApiError(409, "Head branch was modified. Review and try the merge again.");
  const title = flavour === "github" ? str(body, "commit_title", "PullRequest") : str(body, "MergeTitleField", "PullRequest");
  const extra = flavour === "github" ? str(body, "commit_message", "PullRequest") : str(body, "MergeMessageField", "PullRequest");
  if (!mayMerge(ctx.repo, issue, ctx.user.login)) {
    if (flavour === "forgejo") throw new ApiError(405, "User not allowed to merge PR");
    return refused("You're not authorized to push to this branch. Visit https://docs.github.com/articles/about-protected-branches/ for more information.");
  }
  const m = { method: method as "merge" | "squash", ...(title ? { title } : {}), ...(extra ? { message: extra } : {}) };
  if (flavour === "forgejo" && bool(body, "merge_when_checks_succeed", "PullRequest")) {
    if (p.autoMerge) throw new ApiError(409, `pull request is already scheduled to auto merge when checks succeed [PullID: ${p.id}]`);
    p.autoMerge = { method: m.method, enabledBy: ctx.user.login, ...(ctx.token.job ? { job: ctx.token.job } : {}), ...(title ? { commitTitle: title } : {}), ...(extra ? { commitMessage: extra } : {}), at: ctx.core.state.now() };
    await runAutoMerges(ctx, { pull: issue.number });
    // Scheduled: the merge happens when the checks pass. Already passing: merged just now.
    return p.merged ? ok(undefined) : { status: 201 };
  }
  const unmet = unmetRequirements(ctx.repo, issue, headSha, flavour);
  if (unmet.length > 0) {
    if (flavour === "github") return refused(unmet[0]!);
    throw new ApiError(405, `not allowed to merge [reason: ${unmet.join(" ")}]`);
  }
  const sha = await mergeNow(ctx, issue, m);
  if (!sha) {
    if (flavour === "github") return refused("Pull Request is not mergeable");
    throw new ApiError(409, "merge conflict");
  }
  if (flavour === "forgejo") return ok(undefined);
  return ok({ sha, merged: true, message: "Pull Request successfully merged" });
}
