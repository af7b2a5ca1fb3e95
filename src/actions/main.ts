import { readFileSync } from "node:fs";
import * as core from "@actions/core";
import type { Stage } from "../blueprint/types.js";
import { timeScaleFrom } from "../forge/client.js";
import { createForge } from "../forge/create.js";
import { normaliseEvent, isIgnored } from "../forge/events.js";
import { basicAuth } from "../git/git.js";
import { readRunEnv, StageError, type RunEnv } from "../stages/env.js";
import { loadPinnedBlueprint, loadRepoConfig } from "../stages/pinned.js";
import { publish } from "../stages/publish.js";
import { route } from "../stages/route.js";
import { applyIncoming, jobResultDirs, recordResult, runCommand, type NodeResult } from "../stages/run-node.js";
import { getInputs, type ActionInputs } from "./inputs.js";

const now = () => new Date().toISOString();

function forgeFor(env: RunEnv, token: string) {
  return createForge({ kind: env.forge, repo: env.repo, baseUrl: env.apiUrl, token, timeScale: timeScaleFrom(process.env) });
}

function needToken(inputs: ActionInputs, what: string): string {
  if (!inputs.token) throw new StageError(`the ${what} step needs a token: pass 'token: \${{ github.token }}' (the compiled workflow does)`);
  core.setSecret(basicAuth(inputs.token));
  return inputs.token;
}

async function runRoute(env: RunEnv, inputs: ActionInputs): Promise<void> {
  const blueprint = loadPinnedBlueprint(env.workspace, inputs.blueprint, inputs.blueprintSha256);
  const config = loadRepoConfig(env.workspace);
  const payload = JSON.parse(readFileSync(env.eventPath, "utf8")) as unknown;
  const trigger = normaliseEvent(env.forge, env.eventName, payload, {
    repository: `${env.repo.owner}/${env.repo.repo}`,
    ...(env.actor ? { actor: env.actor } : {}),
  });
  if (isIgnored(trigger)) {
    core.info(`nothing to do: ${trigger.ignored}`);
    core.setOutput("stage", "");
    return;
  }
  const result = await route({
    forge: forgeFor(env, needToken(inputs, "route")),
    blueprint,
    config,
    trigger,
    sha: env.sha,
    ...(env.runUrl ? { runUrl: env.runUrl } : {}),
    repoUrl: env.repoUrl,
    now,
  });
  core.info(result.reason);
  // Outputs are values we produced (a stage name, digits, a hex sha), never event text.
  core.setOutput("stage", result.stage);
  core.setOutput("issue", result.issue === undefined ? "" : String(result.issue));
  core.setOutput("ref", result.ref ?? "");
}

async function runNode(env: RunEnv, inputs: ActionInputs, stage: Stage): Promise<void> {
  const blueprint = loadPinnedBlueprint(env.workspace, inputs.blueprint, inputs.blueprintSha256);
  const node = blueprint.nodes.find((n) => n.id === inputs.node);
  if (!node) throw new StageError(`Invalid node '${inputs.node ?? ""}'. Expected one of: ${blueprint.nodes.map((n) => n.id).join(", ")}.`);
  if (node.stage !== stage) throw new StageError(`node '${node.id}' belongs to the ${node.stage} stage, not ${stage}; recompile the workflow`);
  if (!inputs.outDir) throw new StageError("the out-dir input is required to run a node");
  await applyIncoming(inputs.inDir, env.workspace);
  let result: NodeResult;
  if (node.kind === "agent") {
    const key = process.env.CRUSTYCLAW_MODEL_API_KEY;
    if (key) core.setSecret(key);
    const issue = issueFromEvent(env);
    // Loaded on demand: the model SDKs are most of a bundle, and route, publish and command nodes need none of them.
    const { runAgentNode } = await import("../agent/runner.js");
    result = await runAgentNode(node, {
      blueprint,
      workspace: env.workspace,
      outDir: inputs.outDir,
      resultDirs: [...jobResultDirs(inputs.inDir), inputs.outDir],
      ...(issue ? { issue } : {}),
      // Feedback runs check out the pull request's head: its instruction files are not trusted.
      workspaceIsBase: stage !== "feedback",
      // MCP servers from the config only when the checkout is the base branch (a pull request could change their commands).
      ...(stage !== "feedback" && Object.keys(node.agent!.mcp).length > 0 ? { configMcpServers: loadRepoConfig(env.workspace).mcpServers } : {}),
      env: process.env,
      ...(inputs.model ? { modelInput: inputs.model } : {}),
      ...(inputs.modelBaseUrl ? { modelBaseUrlInput: inputs.modelBaseUrl } : {}),
    });
  } else {
    for (const s of node.secrets) if (process.env[s]) core.setSecret(process.env[s]!);
    result = await runCommand(node, env.workspace, process.env);
  }
  await recordResult(inputs.outDir, env.workspace, result);
  core.startGroup(`output of ${node.id}`);
  core.info(result.output);
  core.endGroup();
  if (result.status === "failed") {
    core.setFailed(`node '${node.id}' failed${result.timedOut ? ": out of time" : result.escalation ? `: ${result.escalation}` : ` with exit code ${result.exitCode}`}`);
  }
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

async function runPublish(env: RunEnv, inputs: ActionInputs): Promise<void> {
  const token = needToken(inputs, "publish");
  if (!inputs.issue) throw new StageError("the publish step needs the issue input from the route job");
  if (!inputs.inDir) throw new StageError("the publish step needs in-dir (the work jobs' downloaded results)");
  const blueprint = loadPinnedBlueprint(env.workspace, inputs.blueprint, inputs.blueprintSha256);
  const result = await publish({
    forge: forgeFor(env, token),
    blueprint,
    config: loadRepoConfig(env.workspace),
    issue: inputs.issue,
    inDir: inputs.inDir,
    workspace: env.workspace,
    remote: `${env.repoUrl}.git`,
    token,
    repoUrl: env.repoUrl,
    now,
  });
  const summary = `${result.outcome}${result.pull ? ` #${result.pull}` : ""}${result.reasons.length ? `: ${result.reasons.join("; ")}` : ""}`;
  if (result.outcome === "escalated") core.warning(`run escalated to a human (see the tracking comment): ${summary}`);
  else core.info(summary);
  core.setOutput("outcome", result.outcome);
  core.setOutput("pull", result.pull === undefined ? "" : String(result.pull));
}

/** Entry point shared by every action: one try/catch ending in setFailed. */
export async function run(action: Stage | "route"): Promise<void> {
  try {
    const inputs = getInputs();
    const env = readRunEnv(process.env);
    if (action === "route") await runRoute(env, inputs);
    else if (inputs.phase === "publish") await runPublish(env, inputs);
    else await runNode(env, inputs, action);
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err));
  }
}
