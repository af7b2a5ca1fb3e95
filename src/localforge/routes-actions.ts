/** Actions routes: starting a workflow by hand (`workflow_dispatch`). */
import { existsSync, readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { emit, intParam, repoRoute, type RouteDef } from "./context.js";
import { branchSha, listTree, readBlob } from "./git.js";
import { ApiError, asObject, noContent, notFound, requiredStr, unprocessable } from "./reply.js";

const DIRS = { github: [".github/workflows"], forgejo: [".forgejo/workflows", ".gitea/workflows", ".github/workflows"] } as const;

export const actionsRoutes: RouteDef[] = [
  // GitHub: a job's log as plain text (GitHub answers 302 to a download URL, which clients follow; this serves the
  // text directly). A job's id is its check run's id. 404 for a check run that is not an Actions job's; 410 once gone.
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/actions/jobs/{job_id}/logs",
    "read",
    async (ctx) => {
      const run = ctx.repo.checkRuns.get(intParam(ctx, "job_id"));
      if (!run?.logFile) throw notFound();
      if (!existsSync(run.logFile)) throw new ApiError(410, "Gone");
      return { status: 200, text: { content: readFileSync(run.logFile, "utf8"), type: "text/plain; charset=utf-8" } };
    },
    ["github"],
  ),

  // GitHub names the workflow by id or file name; Forgejo by file name. Both answer 204.
  repoRoute("POST", "/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", "write", async (ctx) => {
    const body = asObject(ctx.body);
    const ref = requiredStr(body, "ref", "WorkflowDispatch").replace(/^refs\/heads\//, "");
    const rawInputs = body.inputs === undefined ? {} : asObject(body.inputs);
    const inputs: Record<string, string> = {};
    for (const [k, v] of Object.entries(rawInputs)) {
      if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") throw unprocessable(`input '${k}' must be a string`);
      inputs[k] = String(v);
    }
    const sha = await branchSha(ctx.repo.gitDir, ref);
    if (!sha) throw unprocessable(`No ref found for: ${ref}`);
    const name = ctx.params.workflow_id!;
    let file: string | undefined;
    for (const dir of DIRS[ctx.core.flavour]) {
      const files = await listTree(ctx.repo.gitDir, sha, dir);
      if (files === undefined) continue;
      file = files.find((f) => f === `${dir}/${name}`);
      break;
    }
    if (!file) throw notFound();
    let on: unknown;
    try {
      on = (parseYaml(await readBlob(ctx.repo.gitDir, sha, file)) as { on?: unknown } | null)?.on;
    } catch {
      on = undefined;
    }
    const dispatchable = on === "workflow_dispatch" || (Array.isArray(on) && on.includes("workflow_dispatch")) || (typeof on === "object" && on !== null && "workflow_dispatch" in on);
    if (!dispatchable) throw new ApiError(422, "Workflow does not have 'workflow_dispatch' trigger");
    emit(ctx, { type: "workflow_dispatch", action: "", dispatch: { workflow: file, ref }, payload: ctx.core.hooks.workflowDispatch(ctx.repo, `refs/heads/${ref}`, inputs, file, ctx.user) });
    return noContent();
  }),
];
