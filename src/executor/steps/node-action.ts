/**
 * JavaScript actions (`runs.using: node*`), read with GitHub's action.yml parser and
 * run as the runner does: `node <main>` in the workspace with INPUT_* variables,
 * defaults from action.yml (expressions evaluated), and the runner's variables.
 * Whatever Node.js version the action asks for, the host's runs it.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { convertActionTemplate, parseAction } from "@actions/workflow-parser/actions/index";
import { NoOperationTraceWriter } from "@actions/workflow-parser";
import { stringOf } from "../evaluate.js";
import { runProcess } from "../process.js";
import type { ActionRef } from "../workflow.js";
import type { StepDone, StepRun } from "./index.js";

export async function nodeAction(run: StepRun, action: Exclude<ActionRef, { kind: "builtin" }>): Promise<StepDone> {
  const { runtime } = run;
  const dir =
    action.kind === "workspace"
      ? path.resolve(runtime.dirs.workspace, action.path)
      : runtime.host.resolveAction(action.repo, action.path, action.ref);
  if (!dir) return { ok: false, outputs: {}, message: `Unable to resolve action '${action.uses}': the local executor runs only actions it has on this machine` };
  const file = ["action.yml", "action.yaml"].map((f) => path.join(dir, f)).find((f) => existsSync(f));
  if (!file) return { ok: false, outputs: {}, message: `Can't find 'action.yml' or 'action.yaml' for action '${action.uses}'` };

  const parsed = parseAction({ name: file, content: readFileSync(file, "utf8") }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors();
  const template = errors.length === 0 && parsed.value ? convertActionTemplate(parsed.context, parsed.value) : undefined;
  if (!template) return { ok: false, outputs: {}, message: `invalid action.yml for '${action.uses}': ${errors.map((e) => e.message).join("; ")}` };
  const runs = template.runs;
  if (runs.using === "composite" || runs.using === "docker") {
    return { ok: false, outputs: {}, message: `'${action.uses}' is a ${runs.using} action; the local executor runs JavaScript actions only` };
  }
  if (runs.pre || runs.post) return { ok: false, outputs: {}, message: `'${action.uses}' has pre or post steps, which the local executor does not run` };

  const declared = template.inputs ?? [];
  const unexpected = Object.keys(run.inputs).filter((k) => !declared.some((d) => d.id.toLowerCase() === k.toLowerCase()));
  if (unexpected.length) run.line(`##[warning]Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.map((d) => d.id).join("', '")}']`);
  const inputEnv: Record<string, string> = {};
  for (const d of declared) {
    const given = Object.entries(run.inputs).find(([k]) => k.toLowerCase() === d.id.toLowerCase())?.[1];
    const value = given ?? (d.default ? stringOf(d.default, run.scope) : "");
    inputEnv[`INPUT_${d.id.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  for (const [k, v] of Object.entries(run.inputs)) inputEnv[`INPUT_${k.replace(/ /g, "_").toUpperCase()}`] ??= v;

  const main = path.resolve(dir, runs.main);
  const r = await runProcess(
    {
      command: process.execPath,
      args: [main],
      cwd: runtime.dirs.workspace,
      env: {
        ...run.env,
        ...inputEnv,
        GITHUB_ACTION_PATH: dir,
        GITHUB_ACTION_REPOSITORY: action.kind === "remote" ? action.repo : "",
        GITHUB_ACTION_REF: action.kind === "remote" ? action.ref : "",
        ACTIONS_RUNTIME_TOKEN: run.runtimeToken,
        ACTIONS_RUNTIME_URL: `${runtime.host.serverUrl}/_runtime/`,
        ACTIONS_RESULTS_URL: `${runtime.host.serverUrl}/_results/`,
      },
      onLine: run.line,
      signal: run.signal,
    },
    runtime.groups,
  );
  if (r.killed) return { ok: false, outputs: {}, message: r.killed };
  return r.code === 0 ? { ok: true, outputs: {} } : { ok: false, outputs: {}, message: `Process completed with exit code ${r.code ?? "unknown"}.` };
}
