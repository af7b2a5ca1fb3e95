import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  logUntrusted
} from "./chunk-EYAFJLXE.js";
import {
  applyIncoming,
  jobResultDirs,
  recordResult,
  runCommand
} from "./chunk-MQMOMNB3.js";
import "./chunk-L7MBRZIX.js";
import {
  SandboxRefused,
  openSandbox
} from "./chunk-AA3MZDPT.js";
import "./chunk-344JHAY3.js";
import {
  isIgnored,
  normaliseEvent
} from "./chunk-LTWDBSVV.js";
import {
  loadPinnedBlueprint,
  loadRepoConfig
} from "./chunk-NXU3HPIB.js";
import "./chunk-K37G33SW.js";
import "./chunk-7YGELG4G.js";
import "./chunk-V4AWPB5G.js";
import "./chunk-CR3TS4Y4.js";
import {
  StageError,
  endGroup,
  info,
  setFailed,
  setSecret,
  startGroup,
  warning
} from "./chunk-WDOADNXC.js";
import "./chunk-JLDBKXVZ.js";
import "./chunk-4BX6NHJ2.js";

// src/actions/node-step.ts
import { readFileSync } from "node:fs";
async function runNode(env, inputs, stage) {
  const blueprint = loadPinnedBlueprint(env.workspace, inputs.blueprint, inputs.blueprintSha256);
  const node = blueprint.nodes.find((n) => n.id === inputs.node);
  if (!node) throw new StageError(`Invalid node '${inputs.node ?? ""}'. Expected one of: ${blueprint.nodes.map((n) => n.id).join(", ")}.`);
  if (node.stage !== stage) throw new StageError(`node '${node.id}' belongs to the ${node.stage} stage, not ${stage}; recompile the workflow`);
  if (!inputs.outDir) throw new StageError("the out-dir input is required to run a node");
  await applyIncoming(inputs.inDir, env.workspace);
  const result = await recordResult(inputs.outDir, env.workspace, await runSandboxed(env, inputs, blueprint, node), jobSecrets(node));
  startGroup(`output of ${node.id}`);
  logUntrusted(result.output);
  endGroup();
  for (const w of result.warnings ?? []) warning(w);
  if (result.status === "failed") {
    setFailed(`node '${node.id}' failed${result.timedOut ? ": out of time" : result.escalation ? `: ${result.escalation}` : result.exitCode === null ? `: ${result.output}` : ` with exit code ${result.exitCode}`}`);
  }
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
  const issue = issueFromEvent(env);
  const { runAgentNode } = await import("./runner-AK7NBW4F.js");
  const stage = node.stage;
  return runAgentNode(node, {
    blueprint,
    workspace: env.workspace,
    outDir: inputs.outDir,
    resultDirs: [...jobResultDirs(inputs.inDir), inputs.outDir],
    ...issue ? { issue } : {},
    // Feedback runs check out the pull request's head: its instruction files are not trusted.
    workspaceIsBase: stage !== "feedback",
    // MCP servers from the config only when the checkout is the base branch (a pull request could change their commands).
    ...stage !== "feedback" && Object.keys(node.agent.mcp).length > 0 ? { configMcpServers: loadRepoConfig(env.workspace).mcpServers } : {},
    env: process.env,
    sandbox,
    ...inputs.model ? { modelInput: inputs.model } : {},
    ...inputs.modelBaseUrl ? { modelBaseUrlInput: inputs.modelBaseUrl } : {}
  });
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
