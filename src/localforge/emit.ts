/**
 * Which events a change emits, per flavour. GitHub: one event name per kind of object
 * (`issues`, `pull_request`, …) with the action. Forgejo (services/actions/notifier.go):
 * hook types per change (`issue_label`, `pull_request_sync`, review types), one event
 * per label added, and on replacing labels one per new and one per old label.
 */
import { emit, type EventCtx } from "./context.js";
import { FORGEJO_REVIEW_TYPES } from "./hooks.js";
import { branchSha, diffStats, newCommits, setRef } from "./git.js";
import type { PullGit } from "./present.js";
import type { CommentRecord, IssueRecord, LabelRecord, ReviewRecord, UserRecord } from "./state.js";

/** A pull request's head and base commits (and diff counts, for single answers). */
export async function pullGit(ctx: EventCtx, issue: IssueRecord, withStats: boolean): Promise<PullGit> {
  const p = issue.pull!;
  const headSha = (await branchSha(ctx.repo.gitDir, p.headRef)) ?? "";
  const baseSha = (await branchSha(ctx.repo.gitDir, p.baseRef)) ?? "";
  if (!withStats || !headSha || !baseSha) return { headSha, baseSha };
  return { headSha, baseSha, stats: await diffStats(ctx.repo.gitDir, baseSha, headSha) };
}

const FORGEJO_PULL_TYPES: Record<string, string> = {
  label_updated: "pull_request_label",
  label_cleared: "pull_request_label",
  synchronized: "pull_request_sync",
  review_requested: "pull_request_review_request",
  review_request_removed: "pull_request_review_request",
  assigned: "pull_request_assign",
  unassigned: "pull_request_assign",
};
const FORGEJO_ISSUE_TYPES: Record<string, string> = { label_updated: "issue_label", label_cleared: "issue_label", assigned: "issue_assign", unassigned: "issue_assign" };

export async function pullEvent(ctx: EventCtx, issue: IssueRecord, action: string, extra: { label?: LabelRecord; commitId?: string; assignee?: UserRecord } = {}): Promise<void> {
  const git = await pullGit(ctx, issue, true);
  const type = ctx.core.flavour === "github" ? "pull_request" : (FORGEJO_PULL_TYPES[action] ?? "pull_request");
  emit(ctx, { type, action, pull: issue.number, payload: ctx.core.hooks.pullRequest(ctx.repo, issue, git, action, ctx.user, extra) });
}

/** An issue changed (a pull request's issue-side changes are pull request events). */
export async function issueEvent(ctx: EventCtx, issue: IssueRecord, action: string, label?: LabelRecord): Promise<void> {
  if (issue.pull) return pullEvent(ctx, issue, action, label ? { label } : {});
  const type = ctx.core.flavour === "github" ? "issues" : (FORGEJO_ISSUE_TYPES[action] ?? "issues");
  emit(ctx, { type, action, payload: ctx.core.hooks.issues(ctx.repo, issue, action, ctx.user, label) });
}

/**
 * Assignee changes: `assigned`/`unassigned` per user added or removed, on both forges
 * (Forgejo: IssueChangeAssignee in services/actions/notifier.go, once per user toggled,
 * as hook type issue_assign or pull_request_assign). GitHub names the user (`assignee`);
 * Forgejo's payload is the issue as it is afterwards.
 */
export async function assigneeEvents(ctx: EventCtx, issue: IssueRecord, before: string[]): Promise<void> {
  const user = (login: string) => ctx.core.state.user(login);
  const added = issue.assignees.filter((l) => !before.includes(l));
  const removed = before.filter((l) => !issue.assignees.includes(l));
  const changes = [...added.map((l) => ["assigned", l] as const), ...removed.map((l) => ["unassigned", l] as const)];
  for (const [action, login] of changes) {
    const assignee = user(login);
    if (issue.pull) {
      await pullEvent(ctx, issue, action, assignee ? { assignee } : {});
      continue;
    }
    const type = ctx.core.flavour === "github" ? "issues" : FORGEJO_ISSUE_TYPES[action]!;
    emit(ctx, { type, action, payload: ctx.core.hooks.issues(ctx.repo, issue, action, ctx.user, undefined, assignee) });
  }
}

export function commentEvent(ctx: EventCtx, issue: IssueRecord, comment: CommentRecord, action: "created" | "edited" | "deleted", previousBody?: string): void {
  const type = ctx.core.flavour === "forgejo" && issue.pull ? "pull_request_comment" : "issue_comment";
  emit(ctx, { type, action, ...(issue.pull ? { pull: issue.number } : {}), payload: ctx.core.hooks.issueComment(ctx.repo, issue, comment, action, ctx.user, previousBody) });
}

/** A submitted review; on GitHub also one pull_request_review_comment per inline comment. */
export async function reviewEvent(ctx: EventCtx, issue: IssueRecord, review: ReviewRecord): Promise<void> {
  const git = await pullGit(ctx, issue, true);
  const { hooks, flavour } = ctx.core;
  if (flavour === "github") {
    emit(ctx, { type: "pull_request_review", action: "submitted", pull: issue.number, commit: review.commitId, payload: hooks.review(ctx.repo, issue, git, review, ctx.user) });
    for (const c of ctx.repo.reviewComments.values()) {
      if (c.reviewId === review.id) emit(ctx, { type: "pull_request_review_comment", action: "created", pull: issue.number, payload: hooks.reviewComment(ctx.repo, issue, git, c, ctx.user) });
    }
    return;
  }
  const type = FORGEJO_REVIEW_TYPES[review.state as keyof typeof FORGEJO_REVIEW_TYPES];
  if (!type) return;
  emit(ctx, { type, action: "reviewed", pull: issue.number, commit: review.commitId, payload: hooks.review(ctx.repo, issue, git, review, ctx.user) });
}

/**
 * Label changes. GitHub: `labeled`/`unlabeled` for what actually changed. Forgejo: adding
 * notifies every label in the request; replacing notifies every new label and every old
 * one (services/issue/label.go, ReplaceLabels); removing notifies the label named.
 */
export async function labelEvents(ctx: EventCtx, issue: IssueRecord, before: number[], mode: "add" | "replace" | "remove", requested: LabelRecord[]): Promise<void> {
  const label = (id: number) => ctx.repo.labels.get(id);
  if (ctx.core.flavour === "github") {
    for (const id of issue.labelIds.filter((x) => !before.includes(x))) await issueEvent(ctx, issue, "labeled", label(id));
    for (const id of before.filter((x) => !issue.labelIds.includes(x))) await issueEvent(ctx, issue, "unlabeled", label(id));
    return;
  }
  if (mode === "add") for (const l of requested) await issueEvent(ctx, issue, "label_updated", l);
  if (mode === "replace") {
    for (const id of issue.labelIds) await issueEvent(ctx, issue, "label_updated", label(id));
    for (const id of before) await issueEvent(ctx, issue, "label_cleared", label(id));
  }
  if (mode === "remove") for (const l of requested) await issueEvent(ctx, issue, "label_cleared", l);
}

/**
 * What a git push announces: one `push` per changed branch or tag, and for each open pull
 * request whose head branch moved, its refs/pull/<n>/head updated and `synchronize`
 * (GitHub) / `synchronized` (Forgejo, hook type pull_request_sync).
 */
export async function pushEvents(ctx: EventCtx, before: Map<string, string>, after: Map<string, string>): Promise<void> {
  const zero = "0".repeat(40);
  const refs = new Set([...before.keys(), ...after.keys()]);
  for (const ref of [...refs].sort()) {
    const from = before.get(ref) ?? zero;
    const to = after.get(ref) ?? zero;
    if (from === to) continue;
    const commits = to === zero ? [] : await newCommits(ctx.repo.gitDir, from === zero ? undefined : from, to);
    emit(ctx, {
      type: "push",
      action: "",
      push: { ref, before: from, after: to },
      payload: ctx.core.hooks.push(ctx.repo, {
        ref,
        before: from,
        after: to,
        commits: commits.map((c) => ({ sha: c.sha, message: c.message, author: c.author })),
        pusher: ctx.user,
        compare: `${ctx.core.urls.web}/${ctx.repo.fullName}/compare/${from.slice(0, 12)}...${to.slice(0, 12)}`,
      }),
    });
    if (!ref.startsWith("refs/heads/") || to === zero) continue;
    const branch = ref.slice("refs/heads/".length);
    for (const issue of ctx.repo.issues.values()) {
      if (!issue.pull || issue.state !== "open" || issue.pull.headRef !== branch) continue;
      await setRef(ctx.repo.gitDir, `refs/pull/${issue.number}/head`, to);
      await pullEvent(ctx, issue, ctx.core.flavour === "github" ? "synchronize" : "synchronized");
    }
  }
}
