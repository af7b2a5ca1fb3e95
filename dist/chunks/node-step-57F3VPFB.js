import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  applyIncoming,
  jobResultDirs,
  recordResult,
  runCommand
} from "./chunk-BTH2EBBX.js";
import "./chunk-5VMCJCJB.js";
import {
  isIgnored,
  normaliseEvent
} from "./chunk-LTWDBSVV.js";
import {
  loadPinnedBlueprint,
  loadRepoConfig
} from "./chunk-S33T7K26.js";
import "./chunk-SCLM4RR7.js";
import "./chunk-QD6OUUMI.js";
import "./chunk-7QFBIDX4.js";
import "./chunk-QEMWQKBK.js";
import {
  StageError,
  endGroup,
  info,
  setFailed,
  setSecret,
  startGroup
} from "./chunk-JKLF5DCQ.js";
import "./chunk-4DPI2Y3G.js";
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
  let result;
  if (node.kind === "agent") {
    const key = process.env.CRUSTYCLAW_MODEL_API_KEY;
    if (key) setSecret(key);
    const issue = issueFromEvent(env);
    const { runAgentNode } = await import("./runner-MC7G7G3R.js");
    result = await runAgentNode(node, {
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
      ...inputs.model ? { modelInput: inputs.model } : {},
      ...inputs.modelBaseUrl ? { modelBaseUrlInput: inputs.modelBaseUrl } : {}
    });
  } else {
    for (const s of node.secrets) if (process.env[s]) setSecret(process.env[s]);
    result = await runCommand(node, env.workspace, process.env);
  }
  await recordResult(inputs.outDir, env.workspace, result);
  startGroup(`output of ${node.id}`);
  info(result.output);
  endGroup();
  if (result.status === "failed") {
    setFailed(`node '${node.id}' failed${result.timedOut ? ": out of time" : result.escalation ? `: ${result.escalation}` : ` with exit code ${result.exitCode}`}`);
  }
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
