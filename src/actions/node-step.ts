/** A work step: run one node of the blueprint in the workspace and record its result. No forge token here. */
import { readFileSync } from "node:fs";
import * as core from "@actions/core";
import type { Blueprint, Node, Stage } from "../blueprint/types.js";
import { isIgnored, normaliseEvent } from "../forge/events.js";
import { openSandbox, SandboxRefused, type Sandbox } from "../policy/sandbox.js";
import { StageError, type RunEnv } from "../stages/env.js";
import { loadPinnedBlueprint, loadRepoConfig } from "../stages/pinned.js";
import { applyIncoming, jobResultDirs, recordResult, runCommand, type NodeResult } from "../stages/run-node.js";
import type { ActionInputs } from "./inputs.js";
import { logUntrusted } from "./log.js";

export async function runNode(env: RunEnv, inputs: ActionInputs, stage: Stage): Promise<void> {
  const blueprint = loadPinnedBlueprint(env.workspace, inputs.blueprint, inputs.blueprintSha256);
  const node = blueprint.nodes.find((n) => n.id === inputs.node);
  if (!node) throw new StageError(`Invalid node '${inputs.node ?? ""}'. Expected one of: ${blueprint.nodes.map((n) => n.id).join(", ")}.`);
  if (node.stage !== stage) throw new StageError(`node '${node.id}' belongs to the ${node.stage} stage, not ${stage}; recompile the workflow`);
  if (!inputs.outDir) throw new StageError("the out-dir input is required to run a node");
  await applyIncoming(inputs.inDir, env.workspace);

  const result = await recordResult(inputs.outDir, env.workspace, await runSandboxed(env, inputs, blueprint, node), jobSecrets(node));
  core.startGroup(`output of ${node.id}`);
  logUntrusted(result.output);
  core.endGroup();
  for (const w of result.warnings ?? []) core.warning(w);
  if (result.status === "failed") {
    core.setFailed(`node '${node.id}' failed${result.timedOut ? ": out of time" : result.escalation ? `: ${result.escalation}` : result.exitCode === null ? `: ${result.output}` : ` with exit code ${result.exitCode}`}`);
  }
}

/** The node's result, its commands run in the sandbox; what the sandbox reports joins the result's warnings. */
async function runSandboxed(env: RunEnv, inputs: ActionInputs, blueprint: Blueprint, node: Node): Promise<NodeResult> {
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
    result = await runIn(sandbox, env, inputs, blueprint, node);
    return result;
  } finally {
    const { warnings } = await sandbox.close();
    if (result && warnings.length > 0) result.warnings = [...(result.warnings ?? []), ...warnings];
  }
}

async function runIn(sandbox: Sandbox, env: RunEnv, inputs: ActionInputs, blueprint: Blueprint, node: Node): Promise<NodeResult> {
  if (node.kind !== "agent") {
    for (const s of node.secrets) if (process.env[s]) core.setSecret(process.env[s]!);
    return runCommand(node, env.workspace, process.env, { sandbox });
  }
  const key = process.env.CRUSTYCLAW_MODEL_API_KEY;
  if (key) core.setSecret(key);
  const issue = issueFromEvent(env);
  // Loaded on demand: the model SDKs are most of a bundle, and route, publish and command nodes need none of them.
  const { runAgentNode } = await import("../agent/runner.js");
  const stage = node.stage;
  return runAgentNode(node, {
    blueprint,
    workspace: env.workspace,
    outDir: inputs.outDir!,
    resultDirs: [...jobResultDirs(inputs.inDir), inputs.outDir!],
    ...(issue ? { issue } : {}),
    // Feedback runs check out the pull request's head: its instruction files are not trusted.
    workspaceIsBase: stage !== "feedback",
    // MCP servers from the config only when the checkout is the base branch (a pull request could change their commands).
    ...(stage !== "feedback" && Object.keys(node.agent!.mcp).length > 0 ? { configMcpServers: loadRepoConfig(env.workspace).mcpServers } : {}),
    env: process.env,
    sandbox,
    ...(inputs.model ? { modelInput: inputs.model } : {}),
    ...(inputs.modelBaseUrl ? { modelBaseUrlInput: inputs.modelBaseUrl } : {}),
  });
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
