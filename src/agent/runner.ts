import { tmpdir } from "node:os";
import path from "node:path";
import type { AgentNode, Blueprint, ToolName } from "../blueprint/types.js";
import { decideAgent, type Verdict } from "../policy/decide.js";
import type { Rule } from "../policy/rules.js";
import { wildcard } from "../policy/wildcard.js";
import { mapsRepo, REPO_MAP_CACHE } from "../pipeline/runs.js";
import { readInstructionFiles, type InstructionFile } from "../context/instructions.js";
import { redact } from "../policy/secrets.js";
import { readNodeResults, type NodeResult } from "../stages/run-node.js";
import { mergeMcpServers } from "../blueprint/mcp.js";
import type { McpServer } from "../blueprint/types.js";
import type { Sandbox } from "../policy/sandbox.js";
import { runAgentLoop, type LoopBudget, type LoopResult } from "./loop.js";
import type { McpConnection } from "./mcp.js";
import { ALL_TASKS, checkPlan, latestPlan, PLAN_SCHEMA, taskOrder, type Plan, type PlanTask } from "./plan.js";
import { postsReview, REVIEW_SCHEMA } from "./review.js";
import { systemPrompt, taskMessage, type TaskInput } from "./prompt.js";
import { callCost, createProvider, priceTable, type Price, type PriceTable } from "./providers/index.js";
import { createTools } from "./tools/index.js";
import { Transcript, type TranscriptEntry } from "./transcript.js";
import type { EventLog } from "../observe/events.js";
import type { SpanRef, Spans } from "../observe/tracing.js";
import type { ModelRequest, Provider, Tool } from "./types.js";

export interface AgentNodeContext {
  blueprint: Blueprint;
  workspace: string;
  /** Where the transcript goes (uploaded with the job's results). */
  outDir: string;
  /** Directories holding earlier nodes' results (in-dir jobs and this job's out-dir). */
  resultDirs: string[];
  issue?: TaskInput["issue"];
  /** Instruction files come from the base branch only; false when the workspace is a pull request's head. */
  workspaceIsBase: boolean;
  /** The base branch's instruction files as the route job read them, for a workspace that is not the base (checked by the caller). */
  baseInstructions?: InstructionFile[];
  env: NodeJS.ProcessEnv;
  /** Overrides the blueprint's model (the action's `model` input). */
  modelInput?: string;
  /**
   * MCP servers from .crustyclaw/config.yml. Pass them only when the config was read
   * from the base branch: a pull request's head could change their commands.
   */
  configMcpServers?: Record<string, McpServer>;
  /** Model prices from .crustyclaw/config.yml (`prices:`), read from the base branch like its MCP servers. */
  prices?: Record<string, Price>;
  /** Overrides CRUSTYCLAW_MODEL_BASE_URL (the action's `model-base-url` input). */
  modelBaseUrlInput?: string;
  /** Where the agent's commands and MCP servers run (policy/sandbox.ts). Default: unsandboxed. */
  sandbox?: Sandbox;
  /** The plan `/approve` approved, already checked against its hash: an execute-stage agent carries out this one. */
  approvedPlan?: Plan;
  /** A feedback round's review, inline comments and follow-ups, already checked against their schema. */
  feedback?: TaskInput["feedback"];
  /** A fan-out job's task: the id of the one plan task this job carries out, or "all". */
  task?: string;
  /** Where the node's model calls report (observe/): spans under the step's span, agent events in the structured log. */
  observe?: { spans: Spans; parent: SpanRef; log: EventLog };
  /** The default branch's policy rules for agents (policy/rules.ts), as the route job handed them over. */
  rules?: readonly Rule[];
  /** A review run's pull request, head and diff (review-data.ts), already checked against its hash: a review agent reviews it. */
  pull?: TaskInput["pull"];
}

/** Earlier nodes' summaries and results, as recorded in result directories. */
export function previousResults(dirs: string[], before: string): TaskInput["previous"] {
  return readNodeResults(dirs)
    .filter((r) => r.node !== before && r.status === "done")
    .map((r) => ({ node: r.node, summary: r.summary ?? r.output.slice(-2000), ...(r.result ? { result: r.result } : {}) }));
}

/**
 * The plan an execute-stage agent carries out: the approved plan when the run was handed
 * one (checked against its hash by the caller), otherwise the last plan-stage agent's
 * result that is a valid plan. Results are files from earlier jobs, so check again.
 */
export function planFrom(dirs: string[], approved?: Plan): Plan | undefined {
  return approved ?? latestPlan(readNodeResults(dirs));
}

/**
 * The repo map for an agent that can read files, ranked by the issue and any plan.
 * A map that cannot be built is noted in the transcript; the agent works without it.
 */
async function mapFor(node: AgentNode, ctx: AgentNodeContext, plan: Plan | undefined, transcript: Transcript): Promise<string | undefined> {
  if (!mapsRepo(node)) return undefined;
  const task = [ctx.issue?.title, ctx.issue?.body, ...(plan?.tasks ?? []).flatMap((t) => [t.title, t.description, ...t.files])].filter(Boolean).join("\n");
  try {
    const { buildRepoMap } = await import("../context/repomap/index.js");
    const map = await buildRepoMap({ workspace: ctx.workspace, task, cacheFile: path.join(ctx.env.RUNNER_TEMP || tmpdir(), REPO_MAP_CACHE) });
    transcript.add({ type: "repo-map", files: map.files, parsed: map.parsed, cached: map.cached, included: map.included, omitted: map.omitted });
    return map.text || undefined;
  } catch (err) {
    transcript.add({ type: "repo-map", error: (err as Error).message });
    return undefined;
  }
}

/** Counts turns and usage as they happen, so a budget stop still reports what was spent. */
class MeteredProvider implements Provider {
  costs: ReturnType<typeof callCost>[] = [];
  constructor(
    private readonly inner: Provider,
    private readonly prices?: PriceTable,
    private readonly observe?: AgentNodeContext["observe"],
  ) {}
  get id() {
    return this.inner.id;
  }
  async complete(req: ModelRequest) {
    // One span per model call, under the node's (GenAI semantic conventions' names for the usual attributes).
    const span = this.observe?.spans.start(`chat ${this.inner.id}`, { parent: this.observe.parent, attrs: { "gen_ai.operation.name": "chat", "gen_ai.system": this.inner.id.split(/[/:]/, 1)[0], "crustyclaw.call": this.costs.length + 1 } });
    let turn;
    try {
      turn = await this.inner.complete(req);
    } catch (err) {
      span?.end({ error: (err as Error).message });
      throw err;
    }
    const cost = callCost(this.inner.id, turn.usage, turn.model, this.prices);
    this.costs.push(cost);
    span?.set({ "gen_ai.response.model": turn.model, "gen_ai.usage.input_tokens": turn.usage.inputTokens, "gen_ai.usage.output_tokens": turn.usage.outputTokens, ...(cost.priced ? { "crustyclaw.usd": cost.usd } : {}) });
    span?.end();
    return turn;
  }
}

/** Run one agent node: provider, granted tools, prompts, budgets, transcript. */
export async function runAgentNode(node: AgentNode, ctx: AgentNodeContext): Promise<NodeResult> {
  const agent = node.agent;
  const started = Date.now();
  const apiKey = ctx.env.CRUSTYCLAW_MODEL_API_KEY;
  const secrets = apiKey ? [apiKey] : [];
  const transcript = new Transcript(path.join(ctx.outDir, "transcripts", `${node.id}.jsonl`), secrets, Date.now, ctx.observe && agentEvents(ctx.observe.log));
  const base: Pick<NodeResult, "node" | "stage" | "kind" | "timedOut"> = { node: node.id, stage: node.stage, kind: "agent", timedOut: false };
  const refuse = (reason: string): NodeResult => {
    transcript.add({ type: "escalate", reason });
    return { ...base, status: "failed", exitCode: null, durationMs: Date.now() - started, output: reason, escalation: reason };
  };
  let provider: MeteredProvider;
  try {
    provider = new MeteredProvider(createProvider(agent.model, ctx.env, { cwd: ctx.workspace, node: ctx.task !== undefined && ctx.task !== ALL_TASKS ? `${node.id}.${ctx.task}` : node.id, ...(ctx.modelInput ? { input: ctx.modelInput } : {}), ...(ctx.modelBaseUrlInput ? { baseUrlInput: ctx.modelBaseUrlInput } : {}) }), ctx.prices ? priceTable(ctx.prices) : undefined, ctx.observe);
  } catch (err) {
    return refuse(`cannot start the model: ${(err as Error).message}`);
  }
  // A plan-stage agent's result is a plan, a review agent's a review: validated, one retry with the errors, then escalation.
  // (Where a review's comments point is publish's to check, on the diff as the forge serves it then.)
  const planning =
    node.stage === "plan"
      ? { resultSchema: PLAN_SCHEMA, resultCheck: checkPlan, finishRejections: 1 }
      : postsReview(ctx.blueprint, node)
        ? { resultSchema: REVIEW_SCHEMA, finishRejections: 1 }
        : {};
  // The policy narrows what the node lists: denied tools and MCP tools are not offered at all.
  const granted = grantedByPolicy(node, ctx, transcript);
  const tools = createTools(granted.tools, {
    workspace: ctx.workspace,
    // Shown to the model: what the policy allows this node to run, then its own list (the policy decides each call).
    commands: [...policyCommands(node, ctx), ...agent.commands],
    decide: (q) => decideAgent({ ...q, blueprint: ctx.blueprint.name, node: node.id }, ctx.rules ?? [], ctx.blueprint, node),
    allowProtectedPaths: ctx.blueprint.allowProtectedPaths,
    secrets,
    env: ctx.env,
    ...(ctx.sandbox ? { sandbox: ctx.sandbox } : {}),
    ...planning,
  });
  // MCP servers' allow-listed tools join the granted ones, under the same budgets and transcript.
  let mcp: McpConnection | undefined;
  if (Object.keys(granted.mcp).length > 0) {
    try {
      // Loaded on demand: the MCP SDK is most of a bundle's start-up time, and most nodes use no server.
      const { connectMcpServers } = await import("./mcp.js");
      mcp = await connectMcpServers(granted.mcp, mergeMcpServers(ctx.configMcpServers ?? {}, ctx.blueprint.mcpServers), {
        workspace: ctx.workspace,
        env: ctx.env,
        secrets,
        node: node.id,
        ...(ctx.sandbox ? { sandbox: ctx.sandbox } : {}),
      });
    } catch (err) {
      const trust = ctx.workspaceIsBase ? "" : " (on pull-request heads only the blueprint's own mcp-servers are used: the config there is not trusted)";
      return refuse(redact(`cannot start MCP servers: ${(err as Error).message}${trust}`, secrets));
    }
    tools.push(...mcp.tools);
  }
  try {
    return await runLoops(node, ctx, { provider, tools, transcript, secrets, started, base });
  } finally {
    await mcp?.close();
  }
}

/** The structured log's agent events, from the transcript's entries: turns, tool calls, the end. */
function agentEvents(log: EventLog): (e: TranscriptEntry) => void {
  return (e) => {
    const usage = e.usage as { inputTokens?: number; outputTokens?: number } | undefined;
    const call = e.call as { name?: string } | undefined;
    if (e.type === "model") log.event("agent.turn", { turn: e.turn as number, model: e.model as string | undefined, inputTokens: usage?.inputTokens, outputTokens: usage?.outputTokens, stop: e.stop as string | undefined });
    else if (e.type === "tool") log.event("agent.tool", { turn: e.turn as number, tool: call?.name?.slice(0, 100), isError: e.isError as boolean }, e.isError ? "warning" : "info");
    else if (e.type === "finish" || e.type === "escalate" || e.type === "policy") log.event(`agent.${e.type}`, { turns: e.turns as number | undefined, reason: e.reason as string | undefined, removed: e.removed as string | undefined });
  };
}

/**
 * The node's budget within what config spend caps leave (the route job's `spend` output): tokens clipped, and a dollar
 * limit added. Several agents running at once each get what is left, so together they may pass a cap by that much.
 */
export function clippedBudget(budget: AgentNode["agent"]["budget"], spend: string | undefined, transcript?: Transcript): LoopBudget {
  if (!spend?.trim()) return budget;
  let left: { tokens?: unknown; usd?: unknown };
  try {
    left = JSON.parse(spend) as typeof left;
  } catch {
    left = {};
  }
  const count = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined);
  const tokens = count(left.tokens);
  const usd = count(left.usd);
  // What cannot be read clips to nothing: the caps were set, and guessing would pass them.
  const unreadable = tokens === undefined && usd === undefined;
  const capTokens = unreadable ? 0 : Math.min(budget.tokens, Math.floor(tokens ?? Infinity));
  const clipped: LoopBudget = { ...budget, tokens: capTokens, ...(capTokens < budget.tokens ? { capped: true } : {}), ...(usd !== undefined ? { usd } : {}) };
  if (clipped.tokens !== budget.tokens || clipped.usd !== undefined) transcript?.add({ type: "budget", reason: unreadable ? "the spend caps' figures could not be read" : "spend caps", tokens: clipped.tokens, ...(usd !== undefined ? { usd } : {}) });
  return clipped;
}

/** Commands the policy's allow rules give this node. */
function policyCommands(node: AgentNode, ctx: AgentNodeContext): string[] {
  const mine = (patterns: string[] | undefined, value: string) => patterns === undefined || patterns.some((p) => wildcard(p)(value));
  return (ctx.rules ?? []).filter((r) => r.kind === "run" && r.effect === "allow" && mine(r.blueprints, ctx.blueprint.name) && mine(r.nodes, node.id)).flatMap((r) => r.run ?? []);
}

/** The node's tools and MCP tools less what the policy denies; each removal is written to the transcript. */
function grantedByPolicy(node: AgentNode, ctx: AgentNodeContext, transcript: Transcript): { tools: ToolName[]; mcp: Record<string, string[]> } {
  const rules = ctx.rules ?? [];
  const where = { blueprint: ctx.blueprint.name, node: node.id };
  const removed = (what: string, v: Verdict) => transcript.add({ type: "policy", removed: what, rule: v.rule.source, why: v.rule.why });
  const tools = node.agent.tools.filter((tool) => {
    const v = decideAgent({ kind: "tool", tool, ...where }, rules, ctx.blueprint, node);
    if (!v.allowed) removed(tool, v);
    return v.allowed;
  });
  const mcp: Record<string, string[]> = {};
  for (const [server, names] of Object.entries(node.agent.mcp)) {
    const kept = names.filter((tool) => {
      const v = decideAgent({ kind: "mcp", server, tool, ...where }, rules, ctx.blueprint, node);
      if (!v.allowed) removed(`${server}/${tool}`, v);
      return v.allowed;
    });
    if (kept.length > 0) mcp[server] = kept;
  }
  return { tools, mcp };
}

interface LoopDeps {
  provider: MeteredProvider;
  tools: Tool[];
  transcript: Transcript;
  secrets: string[];
  started: number;
  base: Pick<NodeResult, "node" | "stage" | "kind" | "timedOut">;
}

/** The node's agent loop, or one loop per plan task, and the node's result. */
async function runLoops(node: AgentNode, ctx: AgentNodeContext, { provider, tools, transcript, secrets, started, base }: LoopDeps): Promise<NodeResult> {
  const agent = node.agent;
  const files = ctx.baseInstructions ?? (ctx.workspaceIsBase ? readInstructionFiles(ctx.workspace) : []);
  const system = systemPrompt(node, files, { review: postsReview(ctx.blueprint, node) });
  const previous = previousResults(ctx.resultDirs, node.id);
  const plan = planFrom(ctx.resultDirs, ctx.approvedPlan);
  const repoMap = await mapFor(node, ctx, plan, transcript);
  // An execute-stage agent after a plan carries out its tasks in dependency order, one loop each, within one budget;
  // a fan-out job only the one task it was given.
  const one = ctx.task !== undefined && ctx.task !== ALL_TASKS ? ctx.task : undefined;
  const ordered = node.stage === "execute" && plan ? taskOrder(plan) : undefined;
  const tasks = one === undefined ? ordered : ordered?.filter((t) => t.id === one);
  if (one !== undefined && !tasks?.length) {
    const why = plan ? `task '${one}' is not a task of the plan; refusing to run` : `this job was given task '${one}', but no plan arrived; refusing to run`;
    return { ...base, status: "failed", exitCode: null, durationMs: Date.now() - started, output: why, escalation: why };
  }
  const steps: Array<PlanTask | undefined> = tasks ?? [undefined];
  const carried = { turns: 0, tokens: 0, startedAt: started };
  const budget = clippedBudget(agent.budget, ctx.env.CRUSTYCLAW_SPEND_LEFT, transcript);
  const usage = { inputTokens: 0, outputTokens: 0 };
  const done: Array<{ id: string; summary: string }> = [];
  let result: LoopResult | undefined;
  for (const [i, task] of steps.entries()) {
    if (task) transcript.add({ type: "task", id: task.id, index: i + 1, total: steps.length });
    result = await runAgentLoop({
      provider,
      tools,
      system,
      task: taskMessage({
        ...(ctx.issue ? { issue: ctx.issue } : {}),
        previous,
        ...(ctx.feedback ? { feedback: ctx.feedback } : {}),
        ...(ctx.pull ? { pull: ctx.pull } : {}),
        // The execute stage gets the plan task by task; agents after it (a conformance check) get it whole.
        ...(ctx.approvedPlan && node.stage !== "execute" ? { approvedPlan: ctx.approvedPlan } : {}),
        ...(repoMap ? { repoMap } : {}),
        ...(task ? { task: { task, index: i + 1, total: steps.length } } : {}),
      }),
      budget,
      spentUsd: () => provider.costs.reduce((sum, c) => sum + c.usd, 0),
      escalation: { failedToolCalls: ctx.blueprint.escalation.failedToolCalls, repeatedActions: ctx.blueprint.escalation.repeatedActions },
      transcript,
      carried,
    });
    carried.turns += result.turns;
    carried.tokens += result.usage.inputTokens + result.usage.outputTokens;
    usage.inputTokens += result.usage.inputTokens;
    usage.outputTokens += result.usage.outputTokens;
    if (result.status !== "finished") {
      if (task) result = { ...result, reason: `task '${task.id}' (${i + 1} of ${steps.length}): ${result.reason ?? "escalated"}` };
      break;
    }
    if (task) done.push({ id: task.id, summary: result.summary });
  }
  result = result!;
  if (tasks && result.status === "finished") {
    result = { ...result, summary: done.map((d) => `${d.id}: ${d.summary}`).join("\n"), result: { tasks: done } };
  }
  // What the agent says about its work is published (logs, results): redact it like tool output.
  const summary = redact(result.summary, secrets);
  const finishedResult = JSON.parse(redact(JSON.stringify(result.result), secrets)) as Record<string, unknown>;
  const reason = result.reason === undefined ? undefined : redact(result.reason, secrets);
  const cost = provider.costs.reduce((a, c) => ({ usd: a.usd + c.usd, priced: a.priced && c.priced }), { usd: 0, priced: true });
  return {
    ...base,
    status: result.status === "finished" ? "done" : "failed",
    exitCode: null,
    durationMs: Date.now() - started,
    output: result.status === "finished" ? summary : (reason ?? "escalated"),
    summary,
    result: finishedResult,
    ...(reason ? { escalation: reason } : {}),
    usage: { turns: carried.turns, inputTokens: usage.inputTokens, outputTokens: usage.outputTokens, usd: cost.usd, priced: cost.priced },
  };
}
