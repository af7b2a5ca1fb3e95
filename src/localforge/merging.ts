/**
 * Merging a pull request, what branch protection asks of it first, and merging it later
 * when its checks pass: GitHub's auto-merge (enabled through GraphQL,
 * `enablePullRequestAutoMerge`) and Forgejo's scheduled merge (`merge_when_checks_succeed`,
 * services/automerge/automerge.go). Both merge as whoever asked, so a merge asked for with
 * an Actions job token emits events that start no workflow, on both forges.
 */
import { emit, type EventCtx } from "./context.js";
import { pullEvent, pullGit } from "./emit.js";
import { mergeCommit, setRef } from "./git.js";
import type { BranchProtection, IssueRecord, RepoRecord, TokenRecord } from "./state.js";
import type { Flavour } from "./types.js";

/**
 * GitHub's `mergeable_state` as far as statuses, checks and reviews decide it (conflicts are
 * found when merging): `blocked` while protection's requirements are unmet, `unstable` while
 * another check is pending or failed, `clean` otherwise.
 */
export type MergeState = "clean" | "unstable" | "blocked" | "draft";

const passed = (state: string) => state === "success";

/** The latest result per check on a commit: commit statuses by context, GitHub check runs by name. */
function checksOf(repo: RepoRecord, sha: string, flavour: Flavour): Map<string, "success" | "pending" | "failure"> {
  const out = new Map<string, "success" | "pending" | "failure">();
  const seen = new Set<string>();
  for (const s of [...repo.statuses].reverse()) {
    if (s.sha !== sha || seen.has(s.context)) continue;
    seen.add(s.context);
    // Forgejo's `skipped` counts as passed; `warning` does not (its IsSuccess is success only).
    out.set(s.context, passed(s.state) || s.state === "skipped" ? "success" : s.state === "pending" ? "pending" : "failure");
  }
  if (flavour === "github") {
    for (const c of [...repo.checkRuns.values()].sort((a, b) => b.id - a.id)) {
      if (c.headSha !== sha || out.has(c.name)) continue;
      out.set(c.name, c.status !== "completed" ? "pending" : ["success", "neutral", "skipped"].includes(c.conclusion ?? "") ? "success" : "failure");
    }
  }
  return out;
}

/** Approving reviews by people other than the author, each reviewer's latest that is not a comment. */
function approvals(repo: RepoRecord, issue: IssueRecord): number {
  const latest = new Map<string, string>();
  for (const r of [...repo.reviews.values()].filter((r) => r.number === issue.number).sort((a, b) => a.id - b.id)) {
    if (r.login.toLowerCase() === issue.login.toLowerCase() || r.state === "commented" || r.state === "pending" || r.state === "review_requested") continue;
    latest.set(r.login.toLowerCase(), r.state);
  }
  return [...latest.values()].filter((s) => s === "approved").length;
}

export function protectionOf(repo: RepoRecord, branch: string): BranchProtection | undefined {
  return repo.protections.get(branch);
}

/** What protection still asks of a pull request before it may merge, in GitHub's words (REST merge, 405); empty when nothing. */
export function unmetRequirements(repo: RepoRecord, issue: IssueRecord, headSha: string, flavour: Flavour): string[] {
  const p = protectionOf(repo, issue.pull!.baseRef);
  if (!p) return [];
  const checks = checksOf(repo, headSha, flavour);
  const out: string[] = [];
  for (const name of p.requiredChecks) {
    const state = checks.get(name);
    if (state !== "success") out.push(`Required status check "${name}" is ${state === undefined || state === "pending" ? "expected" : "failing"}.`);
  }
  const have = approvals(repo, issue);
  if (have < p.requiredApprovals) out.push(`At least ${p.requiredApprovals} approving review${p.requiredApprovals === 1 ? " is" : "s are"} required by reviewers with write access.`);
  return out;
}

/** GitHub's mergeable_state of an open pull request (see MergeState). */
export function githubMergeState(repo: RepoRecord, issue: IssueRecord, headSha: string): MergeState {
  if (issue.pull!.draft) return "draft";
  if (unmetRequirements(repo, issue, headSha, "github").length > 0) return "blocked";
  const required = new Set(protectionOf(repo, issue.pull!.baseRef)?.requiredChecks ?? []);
  return [...checksOf(repo, headSha, "github")].some(([name, state]) => !required.has(name) && state !== "success") ? "unstable" : "clean";
}

/**
 * Forgejo's combined commit status for a scheduled merge (services/pull/commit_status.go,
 * MergeRequiredContextsCommitStatus): with required contexts, each must be there and
 * successful; without, every status must be, and a commit with no status at all is not
 * successful (the merge waits for one).
 */
function forgejoChecksPass(repo: RepoRecord, issue: IssueRecord, headSha: string): boolean {
  const checks = checksOf(repo, headSha, "forgejo");
  const required = protectionOf(repo, issue.pull!.baseRef)?.requiredChecks ?? [];
  if (required.length > 0) return required.every((c) => checks.get(c) === "success");
  return checks.size > 0 && [...checks.values()].every((s) => s === "success");
}

/** Whether `login` may merge into the pull request's base: protection's list of mergers, when it has one. */
export function mayMerge(repo: RepoRecord, issue: IssueRecord, login: string): boolean {
  const mergers = protectionOf(repo, issue.pull!.baseRef)?.mergers;
  return !mergers || mergers.some((m) => m.toLowerCase() === login.toLowerCase());
}

/**
 * Merges a pull request into its base without a work tree: a merge commit (or a squash),
 * the base branch moved, the pull request closed as merged; then the base branch's push
 * and the pull request's `closed` event, as both forges send them. Undefined on a conflict.
 */
export async function mergeNow(ctx: EventCtx, issue: IssueRecord, m: { method: "merge" | "squash"; title?: string; message?: string }): Promise<string | undefined> {
  const { state } = ctx.core;
  const p = issue.pull!;
  const { headSha, baseSha } = await pullGit(ctx, issue, false);
  const title = m.title ?? `Merge pull request #${issue.number} from ${p.headRef}`;
  const when = `${Math.floor(new Date(state.now()).getTime() / 1000)} +0000`;
  const author = { name: ctx.user.name, email: ctx.user.email, date: when };
  const sha = await mergeCommit(ctx.repo.gitDir, baseSha, headSha, m.message ? `${title}\n\n${m.message}` : title, author, m.method === "squash");
  if (!sha) return undefined;
  await setRef(ctx.repo.gitDir, `refs/heads/${p.baseRef}`, sha);
  p.merged = true;
  p.mergedAt = state.now();
  p.mergedBy = ctx.user.login;
  p.mergeCommitSha = sha;
  delete p.autoMerge;
  state.setIssueState(issue, "closed");
  emit(ctx, {
    type: "push",
    action: "",
    push: { ref: `refs/heads/${p.baseRef}`, before: baseSha, after: sha },
    payload: ctx.core.hooks.push(ctx.repo, { ref: `refs/heads/${p.baseRef}`, before: baseSha, after: sha, commits: [{ sha, message: title, author }], pusher: ctx.user, compare: `${ctx.core.urls.web}/${ctx.repo.fullName}/compare/${baseSha}...${sha}` }),
  });
  await pullEvent(ctx, issue, "closed", { commitId: sha });
  return sha;
}

/**
 * Merges the open pull requests waiting for their checks whose requirements are now met
 * (`sha`: only those whose head it is; a status or check run on it changed), as whoever
 * asked for the merge. Called after statuses, check runs and reviews change, as both forges
 * re-check scheduled merges then. A merge that cannot happen now (a conflict, a merger no
 * longer allowed) leaves the pull request waiting, as both forges do, silently.
 */
export async function runAutoMerges(ctx: Pick<EventCtx, "core" | "repo">, only?: { sha?: string; pull?: number }): Promise<void> {
  const { core, repo } = ctx;
  for (const issue of [...repo.issues.values()]) {
    const p = issue.pull;
    const auto = p?.autoMerge;
    if (!p || !auto || issue.state !== "open" || p.merged) continue;
    if (only?.pull !== undefined && issue.number !== only.pull) continue;
    const user = core.state.user(auto.enabledBy);
    if (!user) continue;
    const token: TokenRecord = { login: user.login, cap: "write", ...(auto.job ? { job: auto.job } : {}) };
    const as: EventCtx = { core, repo, user, token };
    const { headSha } = await pullGit(as, issue, false);
    if (only?.sha !== undefined && headSha !== only.sha) continue;
    const ready =
      core.flavour === "github"
        ? githubMergeState(repo, issue, headSha) === "clean"
        : forgejoChecksPass(repo, issue, headSha) && unmetRequirements(repo, issue, headSha, "forgejo").length === 0 && mayMerge(repo, issue, auto.enabledBy);
    if (!ready) continue;
    await mergeNow(as, issue, { method: auto.method, ...(auto.commitTitle ? { title: auto.commitTitle } : {}), ...(auto.commitMessage ? { message: auto.commitMessage } : {}) });
  }
}
