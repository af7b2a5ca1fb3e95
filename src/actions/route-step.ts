/** The route step: authorise, load the run's state, decide what this event starts. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import { readInstructionFiles, writeBaseInstructions } from "../context/instructions.js";
import { isIgnored } from "../forge/events.js";
import type { RunEnv } from "../stages/env.js";
import { loadPinnedBlueprint, loadRepoConfig } from "../stages/pinned.js";
import { writeFeedback } from "../stages/feedback-data.js";
import { APPROVED_PLAN_FILE } from "../stages/results.js";
import { writePullData } from "../stages/review-data.js";
import { route } from "../stages/route.js";
import { readStore } from "../outcomes/store.js";
import { agentRulesFor, readPolicy } from "../policy/rules.js";
import { formatProblem } from "../util/problem.js";
import { forgeFor, needToken, now, triggerOf } from "./forge-step.js";
import { formatStageTrace, runTrace, stageSpanId } from "../observe/ids.js";
import type { Observed } from "../observe/observe.js";
import type { ActionInputs } from "./inputs.js";

export async function runRoute(env: RunEnv, inputs: ActionInputs, o?: Observed): Promise<void> {
  const blueprint = loadPinnedBlueprint(env.workspace, inputs.blueprint, inputs.blueprintSha256);
  const config = loadRepoConfig(env.workspace);
  const trigger = triggerOf(env);
  if (isIgnored(trigger)) {
    core.info(`nothing to do: ${trigger.ignored}`);
    core.setOutput("stage", "");
    core.setOutput("trace", "");
    core.setOutput("spend", "");
    return;
  }
  const token = needToken(inputs, "route");
  // This job's checkout is the default branch: a policy.yml anywhere else (a pull request's head) has no say.
  const read = readPolicy(env.workspace);
  const policy = read.policy ?? { invalid: `.crustyclaw/policy.yml is invalid; fix it on the default branch:\n${read.problems.map(formatProblem).join("\n")}` };
  const result = await route({
    policy,
    forge: forgeFor(env, token),
    secrets: [token],
    blueprint,
    config,
    trigger,
    sha: env.sha,
    ...(env.runUrl ? { runUrl: env.runUrl } : {}),
    repoUrl: env.repoUrl,
    now,
    blueprintSha256: inputs.blueprintSha256,
    readOutcomes: async () => (await readStore({ remote: `${env.repoUrl}.git`, token })).records.map((r) => r.record),
  });
  core.info(result.reason);
  o?.log.event("route", { stage: result.stage || undefined, issue: result.issue, reason: result.reason, ended: result.outcomes?.length });
  // The run's trace, for the spans of the jobs after this one: derived from the run (repository, blueprint, issue, start).
  let trace = "";
  if (result.stage && result.issue !== undefined && result.startedAt) {
    const ids = runTrace(`${env.repo.owner}/${env.repo.repo}`, `${blueprint.name}#${result.issue}@${result.startedAt}`);
    const stage = { ...ids, stageSpanId: stageSpanId(ids.traceId, `${process.env.GITHUB_RUN_ID ?? ""}.${process.env.GITHUB_RUN_ATTEMPT ?? "1"}`, result.stage), startMs: o?.started ?? Date.now(), stage: result.stage };
    trace = formatStageTrace(stage);
    if (o) o.trace = stage;
  }
  core.setOutput("trace", trace);
  // What spend caps leave, which agents' budgets are clipped to (numbers only).
  core.setOutput("spend", result.spendLeft ? JSON.stringify(result.spendLeft) : "");
  // Runs this event ended, for the record job (which holds the write token the outcome store needs).
  core.setOutput("outcomes", result.outcomes?.length ? JSON.stringify(result.outcomes) : "");
  // Outputs are values we produced (a stage name, digits, a hex sha), never event text.
  core.setOutput("stage", result.stage);
  core.setOutput("issue", result.issue === undefined ? "" : String(result.issue));
  core.setOutput("ref", result.ref ?? "");
  // The policy's rules for this blueprint's agents, which the work jobs cannot read themselves (they check out the run's branch).
  const agentRules = result.stage && read.policy ? agentRulesFor(read.policy, blueprint.name) : [];
  core.setOutput("policy", agentRules.length > 0 ? JSON.stringify(agentRules) : "");
  // The approved plan goes to the work jobs as a file (the route job uploads out-dir) and its sha256 as an output,
  // which the execute step checks the file against.
  if (result.plan) {
    if (!inputs.outDir) throw new Error("the out-dir input is required to hand the approved plan to the work jobs; recompile the workflow");
    mkdirSync(inputs.outDir, { recursive: true });
    writeFileSync(path.join(inputs.outDir, APPROVED_PLAN_FILE), `${JSON.stringify(result.plan.plan, null, 2)}\n`);
  }
  core.setOutput("plan", result.plan?.sha256 ?? "");
  // A feedback round's review, inline comments and follow-ups travel the same way, as schema-checked data.
  if (result.feedback) {
    if (!inputs.outDir) throw new Error("the out-dir input is required to hand the review's comments to the feedback round; recompile the workflow");
    writeFeedback(inputs.outDir, result.feedback);
  }
  // A review run's pull request and diff, for the review agent, checked by its sha256 (the `review` output).
  if (result.review) {
    if (!inputs.outDir) throw new Error("the out-dir input is required to hand the pull request to review to the work jobs; recompile the workflow");
    core.setOutput("review", writePullData(inputs.outDir, result.review));
  } else core.setOutput("review", "");
  // Feedback rounds and reviews check out the pull request's head, whose instruction files anyone who pushed to it wrote: the
  // agent gets the base branch's instead, read from this job's checkout of the default branch, with their sha256.
  const onHead = result.stage === "feedback" || result.review !== undefined;
  const instructions = onHead && inputs.outDir ? writeBaseInstructions(inputs.outDir, readInstructionFiles(env.workspace)) : undefined;
  core.setOutput("instructions", instructions ?? "");
}

