/** A work step: run one node of the blueprint in the workspace and record its result. No forge token here. */
import { existsSync, lstatSync, readFileSync } from "node:fs";
import * as core from "@actions/core";
import { checkApprovedPlan, fanOutTasks } from "../agent/plan.js";
import { postsReview } from "../agent/review.js";
import type { Blueprint, Node, Stage } from "../blueprint/types.js";
import { fuseNodes } from "../pipeline/fuse.js";
import { segmentsOf } from "../pipeline/segments.js";
import { isIgnored, normaliseEvent } from "../forge/events.js";
import { readBaseInstructions } from "../context/instructions.js";
import { openSandbox, SandboxRefused, type Sandbox } from "../policy/sandbox.js";
import { StageError, type RunEnv } from "../stages/env.js";
import { readFeedback } from "../stages/feedback-data.js";
import { readPullData } from "../stages/review-data.js";
import { loadCommittedConfig, loadPinnedBlueprint } from "../stages/pinned.js";
import { MAX_RESULT_BYTES } from "../stages/results.js";
import { applyIncoming, IncomingError, jobResultDirs, recordResult, resume, runCommand, type NodeResult } from "../stages/run-node.js";
import type { ActionInputs } from "./inputs.js";
import { logUntrusted } from "./log.js";
import { agentRulesFromJson, type Rule } from "../policy/rules.js";
import type { Observed } from "../observe/observe.js";

export async function runNode(env: RunEnv, inputs: ActionInputs, stage: Stage, o?: Observed): Promise<void> {
  const blueprint = loadPinnedBlueprint(env.workspace, inputs.blueprint, inputs.blueprintSha256);
  const node = blueprint.nodes.find((n) => n.id === inputs.node);
  if (!node) throw new StageError(`Invalid node '${inputs.node ?? ""}'. Expected one of: ${blueprint.nodes.map((n) => n.id).join(", ")}.`);
  if (node.stage !== stage) throw new StageError(`node '${node.id}' belongs to the ${node.stage} stage, not ${stage}; recompile the workflow`);
  if (!inputs.outDir) throw new StageError("the out-dir input is required to run a node");
  const ran = await runAfterIncoming(env, inputs, blueprint, node, o);
  const result = await recordResult(inputs.outDir, env.workspace, ran.result, jobSecrets(node));
  o?.log.event("node.end", { kind: node.kind, status: result.status, durationMs: result.durationMs, exitCode: result.exitCode, timedOut: result.timedOut, resumed: ran.resumed }, result.status === "failed" ? "warning" : "info");
  o?.step.set({ "crustyclaw.status": result.status, "crustyclaw.kind": node.kind });
  // A plan tells the fan-outs after it which tasks to run as parallel jobs.
  if (node.stage === "plan" && node.kind === "agent") core.setOutput("tasks", JSON.stringify(fanOutTasks(result.status === "done" ? result.result : undefined)));
  if (!ran.resumed) {
    core.startGroup(`output of ${node.id}`);
    logUntrusted(result.output);
    core.endGroup();
  }
  for (const w of result.warnings ?? []) core.warning(w);
  if (result.status === "failed") {
    core.setFailed(`node '${node.id}' failed${result.timedOut ? ": out of time" : result.escalation ? `: ${result.escalation}` : result.exitCode === null ? `: ${result.output}` : ` with exit code ${result.exitCode}`}`);
  }
}

/**
 * The first node of a job applies the change sets of the jobs it builds on; when they
 * cannot be used (a conflict between parallel branches, a refused result) the node fails
 * saying why, and its job records no change.
 */
async function runAfterIncoming(env: RunEnv, inputs: ActionInputs, blueprint: Blueprint, node: Node, o?: Observed): Promise<{ result: NodeResult; resumed?: boolean }> {
  const segment = segmentsOf(blueprint).find((s) => s.nodes.includes(node))!;
  const jobs = fuseNodes(segment);
  const job = jobs.find((j) => j.nodes.includes(node))!;
  if (inputs.inDir) {
    try {
      await applyIncoming(inputs.inDir, env.workspace, jobs, job);
    } catch (err) {
      if (!(err instanceof IncomingError)) throw err;
      return { result: { node: node.id, stage: node.stage, kind: node.kind, status: "failed", exitCode: null, timedOut: false, durationMs: 0, output: err.message } };
    }
  }
  // A re-run of the job: what an earlier attempt finished stands (run-node.ts, resume).
  const earlier = await resume(inputs.outDir!, env.workspace, job, node, Number(process.env.GITHUB_RUN_ATTEMPT ?? "1"), (line) => core.info(line));
  if (earlier) return { result: earlier, resumed: true };
  return { result: await runSandboxed(env, inputs, blueprint, node, o) };
}

/** The node's result, its commands run in the sandbox; what the sandbox reports joins the result's warnings. */
async function runSandboxed(env: RunEnv, inputs: ActionInputs, blueprint: Blueprint, node: Node, o?: Observed): Promise<NodeResult> {
  const started = Date.now();
  let sandbox: Sandbox;
  try {
    sandbox = await openSandbox({ workspace: env.workspace, trust: node.trust, network: node.network, env: process.env, log: (line) => core.info(line) });
  } catch (err) {
    if (!(err instanceof SandboxRefused)) throw err;
    return { node: node.id, stage: node.stage, kind: node.kind, status: "failed", exitCode: null, timedOut: false, durationMs: Date.now() - started, output: err.message };
  }
  let result: NodeResult | undefined;
  try {
    result = await runIn(sandbox, env, inputs, blueprint, node, o);
    return result;
  } finally {
    const { warnings } = await sandbox.close();
    if (result && warnings.length > 0) result.warnings = [...(result.warnings ?? []), ...warnings];
  }
}

async function runIn(sandbox: Sandbox, env: RunEnv, inputs: ActionInputs, blueprint: Blueprint, node: Node, o?: Observed): Promise<NodeResult> {
  if (node.kind !== "agent") {
    for (const s of node.secrets) if (process.env[s]) core.setSecret(process.env[s]!);
    return runCommand(node, env.workspace, process.env, { sandbox });
  }
  const key = process.env.CRUSTYCLAW_MODEL_API_KEY;
  if (key) core.setSecret(key);
  const approved = inputs.planSha256 ? readApprovedPlan(inputs.planFile, inputs.planSha256) : undefined;
  if (approved && "refused" in approved) {
    return { node: node.id, stage: node.stage, kind: node.kind, status: "failed", exitCode: null, timedOut: false, durationMs: 0, output: approved.refused, escalation: approved.refused };
  }
  // The review and comments the route job gathered crossed a job boundary: schema-checked, or the node refuses.
  const feedback = readFeedback(inputs.feedbackFile);
  if (feedback.problem) {
    const why = `the feedback round's data from the route job is not usable: ${feedback.problem}; refusing to run (re-run the whole workflow run, so that its route job writes it again)`;
    return { node: node.id, stage: node.stage, kind: node.kind, status: "failed", exitCode: null, timedOut: false, durationMs: 0, output: why, escalation: why };
  }
  // A review agent reviews the pull request the route job read (its head is this checkout), checked by the route job's hash.
  const reviewing = postsReview(blueprint, node);
  const pull = reviewing
    ? inputs.pullSha256
      ? readPullData(inputs.pullFile, inputs.pullSha256)
      : { refused: "this review agent was given no pull request to review (the route job's review output is empty); recompile the workflow" }
    : undefined;
  if (pull && "refused" in pull) {
    return { node: node.id, stage: node.stage, kind: node.kind, status: "failed", exitCode: null, timedOut: false, durationMs: 0, output: pull.refused, escalation: pull.refused };
  }
  // Feedback runs and reviews check out the pull request's head: the instruction files are the base branch's, as the route job read them.
  const onHead = node.stage === "feedback" || reviewing;
  const base = onHead && inputs.instructionsSha256 ? readBaseInstructions(inputs.instructionsFile, inputs.instructionsSha256) : undefined;
  if (base && "refused" in base) {
    return { node: node.id, stage: node.stage, kind: node.kind, status: "failed", exitCode: null, timedOut: false, durationMs: 0, output: base.refused, escalation: base.refused };
  }
  // The default branch's policy rules for agents, as the route job read them (this checkout may be a pull request's head).
  let rules: Rule[];
  try {
    rules = agentRulesFromJson(inputs.policy ?? "");
  } catch (err) {
    const why = `${(err as Error).message}; recompile the workflow`;
    return { node: node.id, stage: node.stage, kind: node.kind, status: "failed", exitCode: null, timedOut: false, durationMs: 0, output: why, escalation: why };
  }
  // A review's pull request data carries its title and text: the event's copy would say it twice.
  const issue = pull ? undefined : issueFromEvent(env);
  // Loaded on demand: the model SDKs are most of a bundle, and route, publish and command nodes need none of them.
  const { runAgentNode } = await import("../agent/runner.js");
  const config = onHead ? undefined : await loadCommittedConfig(env.workspace);
  return runAgentNode(node, {
    blueprint,
    rules,
    ...(o ? { observe: { spans: o.spans, parent: o.step.ref, log: o.log } } : {}),
    workspace: env.workspace,
    outDir: inputs.outDir!,
    resultDirs: [...jobResultDirs(inputs.inDir), inputs.outDir!],
    ...(issue ? { issue } : {}),
    // Feedback runs and reviews check out the pull request's head: its instruction files are not trusted.
    workspaceIsBase: !onHead,
    ...(base ? { baseInstructions: base.files } : {}),
    // MCP servers from the config only when the checkout is the base branch (a pull request could change their commands).
    // MCP servers and prices from the config as committed on the base branch: the work tree may hold what earlier jobs' change sets wrote.
    ...(config ? { configMcpServers: config.mcpServers, prices: config.prices } : {}),
    env: process.env,
    sandbox,
    ...(inputs.model ? { modelInput: inputs.model } : {}),
    ...(inputs.modelBaseUrl ? { modelBaseUrlInput: inputs.modelBaseUrl } : {}),
    ...(approved ? { approvedPlan: approved.plan } : {}),
    ...(inputs.task !== undefined ? { task: inputs.task } : {}),
    ...(feedback.data ? { feedback: feedback.data } : {}),
    ...(pull ? { pull: pull.data } : {}),
  });
}

/**
 * The plan `/approve` approved, from the file the route job handed over, checked against
 * the approved hash (the route job's output, which no earlier step of this job can change):
 * a missing file, another plan, or anything that is not a plan is refused.
 */
function readApprovedPlan(file: string | undefined, sha256: string): ReturnType<typeof checkApprovedPlan> {
  let text: string | undefined;
  if (file && existsSync(file)) {
    const st = lstatSync(file);
    if (!st.isFile()) return { refused: `the approved plan from the route job (${file}) is not a regular file; refusing to run` };
    if (st.size > MAX_RESULT_BYTES) return { refused: `the approved plan from the route job is ${st.size} bytes; the limit is ${MAX_RESULT_BYTES}; refusing to run` };
    text = readFileSync(file, "utf8");
  }
  return checkApprovedPlan(text, sha256);
}

/** The secret values this step holds: what its change set and result must not carry. */
function jobSecrets(node: Node): string[] {
  const names = ["CRUSTYCLAW_MODEL_API_KEY", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "GITHUB_TOKEN", "GITEA_TOKEN", "FORGEJO_TOKEN", ...node.secrets];
  return names.map((n) => process.env[n]).filter((v): v is string => Boolean(v));
}

/** The issue or pull request the run is about, from the event payload (work jobs have no token). */
function issueFromEvent(env: RunEnv): { number: number; title: string; body: string } | undefined {
  try {
    const t = normaliseEvent(env.forge, env.eventName, JSON.parse(readFileSync(env.eventPath, "utf8")) as unknown);
    if (isIgnored(t)) return undefined;
    if (t.kind === "issue" || t.kind === "comment") return { number: t.issue.number, title: t.issue.title, body: t.issue.body };
    if (t.kind === "review" || t.kind === "review_comment" || t.kind === "pull_request") return { number: t.pull.number, title: t.pull.title, body: t.pull.body };
  } catch {
    /* no usable event: the agent works from its instructions */
  }
  return undefined;
}
