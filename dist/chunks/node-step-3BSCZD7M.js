import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  logUntrusted
} from "./chunk-QAEGE4IM.js";
import {
  IncomingError,
  applyIncoming,
  jobResultDirs,
  recordResult,
  resume,
  runCommand
} from "./chunk-C5ZJJAV2.js";
import "./chunk-6UHCUDA3.js";
import {
  fuseNodes
} from "./chunk-JBRZ5G6P.js";
import {
  SandboxRefused,
  openSandbox
} from "./chunk-IMVBBNRL.js";
import {
  isIgnored,
  normaliseEvent
} from "./chunk-FJNDWOJ3.js";
import {
  loadPinnedBlueprint,
  loadRepoConfig
} from "./chunk-7YFGSRZZ.js";
import {
  readPullData
} from "./chunk-P2IP76WI.js";
import {
  readFeedback,
  segmentsOf
} from "./chunk-BSI7JWQ6.js";
import {
  readBaseInstructions
} from "./chunk-MIML4RH4.js";
import {
  MAX_RESULT_BYTES,
  checkApprovedPlan,
  fanOutTasks,
  postsReview
} from "./chunk-UNI2HRDF.js";
import "./chunk-ERHXKVEK.js";
import "./chunk-IFMW6CY3.js";
import {
  StageError,
  endGroup,
  info,
  setFailed,
  setOutput,
  setSecret,
  startGroup,
  warning
} from "./chunk-R4H3NZ2E.js";
import "./chunk-T4LF76S4.js";
import "./chunk-4BX6NHJ2.js";

// src/actions/node-step.ts
import { existsSync, lstatSync, readFileSync } from "node:fs";
async function runNode(env, inputs, stage) {
  const blueprint = loadPinnedBlueprint(env.workspace, inputs.blueprint, inputs.blueprintSha256);
  const node = blueprint.nodes.find((n) => n.id === inputs.node);
  if (!node) throw new StageError(`Invalid node '${inputs.node ?? ""}'. Expected one of: ${blueprint.nodes.map((n) => n.id).join(", ")}.`);
  if (node.stage !== stage) throw new StageError(`node '${node.id}' belongs to the ${node.stage} stage, not ${stage}; recompile the workflow`);
  if (!inputs.outDir) throw new StageError("the out-dir input is required to run a node");
  const ran = await runAfterIncoming(env, inputs, blueprint, node);
  const result = await recordResult(inputs.outDir, env.workspace, ran.result, jobSecrets(node));
  if (node.stage === "plan" && node.kind === "agent") setOutput("tasks", JSON.stringify(fanOutTasks(result.status === "done" ? result.result : void 0)));
  if (!ran.resumed) {
    startGroup(`output of ${node.id}`);
    logUntrusted(result.output);
    endGroup();
  }
  for (const w of result.warnings ?? []) warning(w);
  if (result.status === "failed") {
    setFailed(`node '${node.id}' failed${result.timedOut ? ": out of time" : result.escalation ? `: ${result.escalation}` : result.exitCode === null ? `: ${result.output}` : ` with exit code ${result.exitCode}`}`);
  }
}
async function runAfterIncoming(env, inputs, blueprint, node) {
  const segment = segmentsOf(blueprint).find((s) => s.nodes.includes(node));
  const jobs = fuseNodes(segment);
  const job = jobs.find((j) => j.nodes.includes(node));
  if (inputs.inDir) {
    try {
      await applyIncoming(inputs.inDir, env.workspace, jobs, job);
    } catch (err) {
      if (!(err instanceof IncomingError)) throw err;
      return { result: { node: node.id, stage: node.stage, kind: node.kind, status: "failed", exitCode: null, timedOut: false, durationMs: 0, output: err.message } };
    }
  }
  const earlier = await resume(inputs.outDir, env.workspace, job, node, Number(process.env.GITHUB_RUN_ATTEMPT ?? "1"), (line) => info(line));
  if (earlier) return { result: earlier, resumed: true };
  return { result: await runSandboxed(env, inputs, blueprint, node) };
}
async function runSandboxed(env, inputs, blueprint, node) {
  const started = Date.now();
  let sandbox;
  try {
    sandbox = await openSandbox({ workspace: env.workspace, trust: node.trust, network: node.network, env: process.env, log: (line) => info(line) });
  } catch (err) {
    if (!(err instanceof SandboxRefused)) throw err;
    return { node: node.id, stage: node.stage, kind: node.kind, status: "failed", exitCode: null, timedOut: false, durationMs: Date.now() - started, output: err.message };
  }
  let result;
  try {
    result = await runIn(sandbox, env, inputs, blueprint, node);
    return result;
  } finally {
    const { warnings } = await sandbox.close();
    if (result && warnings.length > 0) result.warnings = [...result.warnings ?? [], ...warnings];
  }
}
async function runIn(sandbox, env, inputs, blueprint, node) {
  if (node.kind !== "agent") {
    for (const s of node.secrets) if (process.env[s]) setSecret(process.env[s]);
    return runCommand(node, env.workspace, process.env, { sandbox });
  }
  const key = process.env.CRUSTYCLAW_MODEL_API_KEY;
  if (key) setSecret(key);
  const approved = inputs.planSha256 ? readApprovedPlan(inputs.planFile, inputs.planSha256) : void 0;
  if (approved && "refused" in approved) {
    return { node: node.id, stage: node.stage, kind: node.kind, status: "failed", exitCode: null, timedOut: false, durationMs: 0, output: approved.refused, escalation: approved.refused };
  }
  const feedback = readFeedback(inputs.feedbackFile);
  if (feedback.problem) {
    const why = `the feedback round's data from the route job is not usable: ${feedback.problem}; refusing to run (re-run the whole workflow run, so that its route job writes it again)`;
    return { node: node.id, stage: node.stage, kind: node.kind, status: "failed", exitCode: null, timedOut: false, durationMs: 0, output: why, escalation: why };
  }
  const reviewing = postsReview(blueprint, node);
  const pull = reviewing ? inputs.pullSha256 ? readPullData(inputs.pullFile, inputs.pullSha256) : { refused: "this review agent was given no pull request to review (the route job's review output is empty); recompile the workflow" } : void 0;
  if (pull && "refused" in pull) {
    return { node: node.id, stage: node.stage, kind: node.kind, status: "failed", exitCode: null, timedOut: false, durationMs: 0, output: pull.refused, escalation: pull.refused };
  }
  const onHead = node.stage === "feedback" || reviewing;
  const base = onHead && inputs.instructionsSha256 ? readBaseInstructions(inputs.instructionsFile, inputs.instructionsSha256) : void 0;
  if (base && "refused" in base) {
    return { node: node.id, stage: node.stage, kind: node.kind, status: "failed", exitCode: null, timedOut: false, durationMs: 0, output: base.refused, escalation: base.refused };
  }
  const issue = pull ? void 0 : issueFromEvent(env);
  const { runAgentNode } = await import("./runner-TF2AK5EO.js");
  return runAgentNode(node, {
    blueprint,
    workspace: env.workspace,
    outDir: inputs.outDir,
    resultDirs: [...jobResultDirs(inputs.inDir), inputs.outDir],
    ...issue ? { issue } : {},
    // Feedback runs and reviews check out the pull request's head: its instruction files are not trusted.
    workspaceIsBase: !onHead,
    ...base ? { baseInstructions: base.files } : {},
    // MCP servers from the config only when the checkout is the base branch (a pull request could change their commands).
    ...!onHead && Object.keys(node.agent.mcp).length > 0 ? { configMcpServers: loadRepoConfig(env.workspace).mcpServers } : {},
    env: process.env,
    sandbox,
    ...inputs.model ? { modelInput: inputs.model } : {},
    ...inputs.modelBaseUrl ? { modelBaseUrlInput: inputs.modelBaseUrl } : {},
    ...approved ? { approvedPlan: approved.plan } : {},
    ...inputs.task !== void 0 ? { task: inputs.task } : {},
    ...feedback.data ? { feedback: feedback.data } : {},
    ...pull ? { pull: pull.data } : {}
  });
}
function readApprovedPlan(file, sha256) {
  let text;
  if (file && existsSync(file)) {
    const st = lstatSync(file);
    if (!st.isFile()) return { refused: `the approved plan from the route job (${file}) is not a regular file; refusing to run` };
    if (st.size > MAX_RESULT_BYTES) return { refused: `the approved plan from the route job is ${st.size} bytes; the limit is ${MAX_RESULT_BYTES}; refusing to run` };
    text = readFileSync(file, "utf8");
  }
  return checkApprovedPlan(text, sha256);
}
function jobSecrets(node) {
  const names = ["CRUSTYCLAW_MODEL_API_KEY", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "GITHUB_TOKEN", "GITEA_TOKEN", "FORGEJO_TOKEN", ...node.secrets];
  return names.map((n) => process.env[n]).filter((v) => Boolean(v));
}
function issueFromEvent(env) {
  try {
    const t = normaliseEvent(env.forge, env.eventName, JSON.parse(readFileSync(env.eventPath, "utf8")));
    if (isIgnored(t)) return void 0;
    if (t.kind === "issue" || t.kind === "comment") return { number: t.issue.number, title: t.issue.title, body: t.issue.body };
    if (t.kind === "review" || t.kind === "review_comment" || t.kind === "pull_request") return { number: t.pull.number, title: t.pull.title, body: t.pull.body };
  } catch {
  }
  return void 0;
}
export {
  runNode
};
