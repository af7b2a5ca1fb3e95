/** A report blueprint's step: authorise the schedule or dispatch, read the outcome store through the API, post the report. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import { isIgnored } from "../forge/events.js";
import { readStoreViaApi } from "../outcomes/api.js";
import { authorize } from "../policy/authorize.js";
import { readPolicy } from "../policy/rules.js";
import { StageError, type RunEnv } from "../stages/env.js";
import { loadPinnedBlueprint, loadRepoConfig } from "../stages/pinned.js";
import { postReport } from "../stages/report.js";
import { formatProblem } from "../util/problem.js";
import { forgeFor, needToken, now, triggerOf } from "./forge-step.js";
import type { ActionInputs } from "./inputs.js";
import type { Observed } from "../observe/observe.js";

export async function runReport(env: RunEnv, inputs: ActionInputs, o?: Observed): Promise<void> {
  const blueprint = loadPinnedBlueprint(env.workspace, inputs.blueprint, inputs.blueprintSha256);
  const report = blueprint.report;
  if (!report) throw new StageError(`${inputs.blueprint} is not a report blueprint (it has no 'report:'); recompile the workflow with crustyclaw compile`);
  if (!inputs.outDir) throw new StageError("the report step needs out-dir, where it writes report.html for the crustyclaw-report artifact; recompile the workflow");
  const config = loadRepoConfig(env.workspace);
  const trigger = triggerOf(env);
  if (isIgnored(trigger)) return core.info(`nothing to do: ${trigger.ignored}`);
  if (trigger.kind !== "schedule" && trigger.kind !== "dispatch") return core.info(`nothing to do: a report blueprint runs on its schedule or by hand, not on a ${trigger.kind} event`);
  const token = needToken(inputs, "report");
  const forge = forgeFor(env, token);
  // The default branch's policy, as for every run: a deny rule can stop reports too.
  const read = readPolicy(env.workspace);
  if (!read.policy) throw new StageError(`.crustyclaw/policy.yml is invalid; fix it on the default branch:\n${read.problems.map(formatProblem).join("\n")}`);
  const decision = await authorize(trigger, forge, { authorize: config.authorize, rules: read.policy.rules, blueprint: blueprint.name });
  if (!decision.allowed) return core.info(`not reporting: ${decision.why}`);

  const store = await readStoreViaApi(forge);
  const posted = await postReport({
    forge,
    blueprint: { ...blueprint, report },
    records: store.records.map((r) => r.record),
    problems: store.problems.length,
    now: now(),
    ...(env.runUrl ? { runUrl: env.runUrl } : {}),
  });
  mkdirSync(inputs.outDir, { recursive: true });
  writeFileSync(path.join(inputs.outDir, "report.html"), posted.html);
  writeFileSync(path.join(inputs.outDir, "report.md"), posted.markdown);
  writeFileSync(path.join(inputs.outDir, "report.json"), `${JSON.stringify(posted.model, null, 2)}\n`);
  const closed = posted.closed.length ? `; closed ${posted.closed.map((n) => `#${n}`).join(", ")}` : "";
  core.info(`report of ${posted.model.totals.runs} runs in the last ${report.days} days ${posted.opened ? "posted as" : "updated in"} issue #${posted.issue}${closed}`);
  o?.log.event("report", { issue: posted.issue, runs: posted.model.totals.runs, closed: posted.closed.length });
  core.setOutput("issue", String(posted.issue));
}
