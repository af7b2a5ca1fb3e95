/** Commit statuses (both forges) and check runs (GitHub only: Forgejo has none). */
import { emit, intParam, repoRoute, type RepoCtx, type RouteDef } from "./context.js";
import { resolveCommit } from "./git.js";
import { runAutoMerges } from "./merging.js";
import { paged } from "./paging.js";
import { asObject, created, notFound, ok, requiredStr, str, unprocessable } from "./reply.js";
import type { CheckRunRecord } from "./state.js";

/** States a status may take: GitHub's four; Forgejo adds `warning` and `skipped` (swagger CommitStatusState). */
const STATUS_STATES = {
  github: ["error", "failure", "pending", "success"],
  forgejo: ["error", "failure", "pending", "success", "warning", "skipped"],
} as const;

async function commitOf(ctx: RepoCtx, param: string): Promise<string> {
  const ref = ctx.params[param]!;
  const sha = await resolveCommit(ctx.repo.gitDir, ref);
  if (!sha) throw param === "sha" ? unprocessable(`No commit found for SHA: ${ref}`) : notFound(`No commit found for SHA: ${ref}`);
  return sha;
}

async function listStatuses(ctx: RepoCtx, param: string) {
  const sha = await commitOf(ctx, param);
  return paged(ctx, ctx.core.state.statusesOf(ctx.repo, sha), (s) => ctx.core.present.status(ctx.repo, s));
}

const CHECK_STATUSES = ["queued", "in_progress", "completed"] as const;
const CONCLUSIONS = ["action_required", "cancelled", "failure", "neutral", "success", "skipped", "stale", "timed_out"];

/** Applies a create or update body to a check run, validating as GitHub does. */
function applyCheckRun(ctx: RepoCtx, run: CheckRunRecord, body: Record<string, unknown>): void {
  const invalid = (field: string) => unprocessable("Invalid request.", [{ resource: "CheckRun", field, code: "invalid" }]);
  const status = str(body, "status", "CheckRun");
  const conclusion = str(body, "conclusion", "CheckRun");
  if (status !== undefined && !(CHECK_STATUSES as readonly string[]).includes(status)) throw invalid("status");
  if (conclusion !== undefined && !CONCLUSIONS.includes(conclusion)) throw invalid("conclusion");
  if (status !== undefined) run.status = status as CheckRunRecord["status"];
  if (conclusion !== undefined) {
    // Giving a conclusion completes the run.
    run.conclusion = conclusion;
    run.status = "completed";
  }
  if (run.status === "completed" && run.conclusion === null) throw invalid("conclusion");
  if (run.status !== "queued" && run.startedAt === null) run.startedAt = ctx.core.state.now();
  if (run.status === "completed" && run.completedAt === null) run.completedAt = str(body, "completed_at", "CheckRun") ?? ctx.core.state.now();
  run.name = str(body, "name", "CheckRun") ?? run.name;
  run.detailsUrl = str(body, "details_url", "CheckRun") ?? run.detailsUrl;
  run.externalId = str(body, "external_id", "CheckRun") ?? run.externalId;
  const output = body.output === undefined ? undefined : asObject(body.output);
  if (output) {
    run.title = str(output, "title", "CheckRun") ?? run.title;
    run.summary = str(output, "summary", "CheckRun") ?? run.summary;
    run.text = str(output, "text", "CheckRun") ?? run.text;
  }
}

export const commitRoutes: RouteDef[] = [
  repoRoute("POST", "/repos/{owner}/{repo}/statuses/{sha}", "write", async (ctx) => {
    const body = asObject(ctx.body);
    const state = requiredStr(body, "state", "Status");
    if (!(STATUS_STATES[ctx.core.flavour] as readonly string[]).includes(state))
      throw unprocessable("Validation Failed", [{ resource: "Status", field: "state", code: "invalid" }]);
    const sha = await commitOf(ctx, "sha");
    const status = ctx.core.state.addStatus(ctx.repo, {
      sha,
      state,
      context: str(body, "context", "Status") || "default",
      description: str(body, "description", "Status") ?? "",
      targetUrl: str(body, "target_url", "Status") ?? "",
      login: ctx.user.login,
    });
    // GitHub sends a status event; Forgejo's Actions have no such trigger.
    if (ctx.core.flavour === "github") emit(ctx, { type: "status", action: "", payload: ctx.core.hooks.status(ctx.repo, status, ctx.user) });
    // Both forges re-check merges waiting for this commit's checks.
    await runAutoMerges(ctx, { sha });
    return created(ctx.core.present.status(ctx.repo, status));
  }),

  // GitHub's description lists statuses under /commits/{ref}/statuses only; the older
  // /statuses/{ref} form is Forgejo's.
  repoRoute("GET", "/repos/{owner}/{repo}/statuses/{sha}", "read", (ctx) => listStatuses(ctx, "sha"), ["forgejo"]),
  repoRoute("GET", "/repos/{owner}/{repo}/commits/{ref}/statuses", "read", (ctx) => listStatuses(ctx, "ref")),

  repoRoute("GET", "/repos/{owner}/{repo}/commits/{ref}/status", "read", async (ctx) => {
    const sha = await commitOf(ctx, "ref");
    return ok(ctx.core.present.combinedStatus(ctx.repo, sha, ctx.core.state.latestStatuses(ctx.repo, sha)));
  }),

  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/commits/{ref}/check-runs",
    "read",
    async (ctx) => {
      const sha = await commitOf(ctx, "ref");
      const name = ctx.query.get("check_name");
      const status = ctx.query.get("status");
      const runs = [...ctx.repo.checkRuns.values()]
        .filter((c) => c.headSha === sha && (!name || c.name === name) && (!status || c.status === status))
        .sort((a, b) => b.id - a.id);
      return ok({ total_count: runs.length, check_runs: runs.map((c) => ctx.core.present.checkRun(ctx.repo, c)) });
    },
    ["github"],
  ),

  repoRoute(
    "POST",
    "/repos/{owner}/{repo}/check-runs",
    "write",
    async (ctx) => {
      const body = asObject(ctx.body);
      const name = requiredStr(body, "name", "CheckRun");
      const headSha = requiredStr(body, "head_sha", "CheckRun");
      const sha = /^[0-9a-f]{40}$/i.test(headSha) ? await resolveCommit(ctx.repo.gitDir, headSha) : undefined;
      if (!sha) throw unprocessable("Validation Failed", [{ resource: "CheckRun", field: "head_sha", code: "invalid" }]);
      const run: CheckRunRecord = {
        id: ctx.core.state.nextId(),
        headSha: sha,
        name,
        status: "queued",
        conclusion: null,
        detailsUrl: null,
        externalId: null,
        title: null,
        summary: null,
        text: null,
        startedAt: str(body, "started_at", "CheckRun") ?? null,
        completedAt: null,
      };
      applyCheckRun(ctx, run, body);
      ctx.repo.checkRuns.set(run.id, run);
      emit(ctx, { type: "check_run", action: "created", payload: ctx.core.hooks.checkRun(ctx.repo, run, "created", ctx.user) });
      if (run.status === "completed") emit(ctx, { type: "check_run", action: "completed", payload: ctx.core.hooks.checkRun(ctx.repo, run, "completed", ctx.user) });
      if (run.status === "completed") await runAutoMerges(ctx, { sha });
      return created(ctx.core.present.checkRun(ctx.repo, run));
    },
    ["github"],
  ),

  repoRoute(
    "PATCH",
    "/repos/{owner}/{repo}/check-runs/{check_run_id}",
    "write",
    async (ctx) => {
      const run = ctx.repo.checkRuns.get(intParam(ctx, "check_run_id"));
      if (!run) throw notFound();
      const wasCompleted = run.status === "completed";
      applyCheckRun(ctx, run, asObject(ctx.body));
      if (run.status === "completed" && !wasCompleted) {
        emit(ctx, { type: "check_run", action: "completed", payload: ctx.core.hooks.checkRun(ctx.repo, run, "completed", ctx.user) });
        await runAutoMerges(ctx, { sha: run.headSha });
      }
      return ok(ctx.core.present.checkRun(ctx.repo, run));
    },
    ["github"],
  ),
];
