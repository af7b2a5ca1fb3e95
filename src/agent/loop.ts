import type { Message, Provider, Tool, ToolCall, ToolResult, Usage } from "./types.js";
import { ProviderError } from "./types.js";
import type { Transcript } from "./transcript.js";

export interface LoopBudget {
  turns: number;
  tokens: number;
  minutes: number;
  /** US dollars this loop may spend (what config spend caps leave); absent: no limit. */
  usd?: number;
  /** `tokens` was lowered to what config spend caps leave. */
  capped?: boolean;
}

export interface LoopOptions {
  provider: Provider;
  tools: Tool[];
  system: string;
  /** The first user message: the task, with untrusted text already delimited. */
  task: string;
  budget: LoopBudget;
  /** Stop after this many consecutive failing tool calls, or identical consecutive actions. */
  escalation: { failedToolCalls: number; repeatedActions: number };
  transcript: Transcript;
  /** Output tokens per model call. */
  maxTokensPerTurn?: number;
  clock?: () => number;
  /**
   * What earlier loops of the same node already spent (a plan's earlier tasks):
   * the budget covers them all. Results still report this loop's own spending.
   */
  carried?: { turns: number; tokens: number; startedAt: number };
  /** What the node has spent so far, in US dollars (priced calls), for `budget.usd`. */
  spentUsd?: () => number;
}

export interface LoopResult {
  status: "finished" | "escalated";
  /** Why it escalated, for the tracking comment. */
  reason?: string;
  summary: string;
  result: Record<string, unknown>;
  turns: number;
  usage: Usage;
}

/**
 * The agent loop: model → tool calls → results → … until the model finishes or a
 * budget runs out. Each stop that is not a finish is an escalation with a reason;
 * everything is in the transcript.
 */
export async function runAgentLoop(o: LoopOptions): Promise<LoopResult> {
  const clock = o.clock ?? Date.now;
  const carried = o.carried ?? { turns: 0, tokens: 0, startedAt: clock() };
  const deadline = carried.startedAt + o.budget.minutes * 60_000;
  const tools = new Map(o.tools.map((t) => [t.spec.name, t]));
  const messages: Message[] = [{ role: "user", content: o.task }];
  const usage: Usage = { inputTokens: 0, outputTokens: 0 };
  let turns = 0;
  let failures = 0;
  let lastAction = "";
  let repeats = 0;
  o.transcript.add({ type: "start", provider: o.provider.id, system: o.system, task: o.task, tools: [...tools.keys()], budget: o.budget });

  const stop = (reason: string, summary = ""): LoopResult => {
    o.transcript.add({ type: "escalate", reason, turns, usage });
    return { status: "escalated", reason, summary, result: {}, turns, usage };
  };

  for (;;) {
    if (carried.turns + turns >= o.budget.turns) return stop(`the turn budget (${o.budget.turns}) is spent`);
    const spent = carried.tokens + usage.inputTokens + usage.outputTokens;
    if (spent >= o.budget.tokens) return stop(`the token budget (${o.budget.tokens}${o.budget.capped ? ", what config limits' spend caps leave" : ""}) is spent (${spent} used)`);
    const left = deadline - clock();
    if (left <= 0) return stop(`the time budget (${o.budget.minutes} min) is spent`);
    const usd = o.spentUsd?.() ?? 0;
    if (o.budget.usd !== undefined && usd >= o.budget.usd) return stop(`the spend caps leave $${o.budget.usd.toFixed(2)} for this stage's agents, and this one has spent $${usd.toFixed(2)}`);

    let turn;
    try {
      turn = await o.provider.complete({
        system: o.system,
        messages,
        tools: o.tools.map((t) => t.spec),
        maxTokens: Math.max(256, Math.min(o.maxTokensPerTurn ?? 8192, o.budget.tokens - spent)),
        signal: AbortSignal.timeout(left),
      });
    } catch (err) {
      if (clock() >= deadline) return stop(`the time budget (${o.budget.minutes} min) is spent`);
      if (err instanceof ProviderError) return stop(`the model provider failed: ${err.message}`);
      throw err;
    }
    turns++;
    usage.inputTokens += turn.usage.inputTokens;
    usage.outputTokens += turn.usage.outputTokens;
    o.transcript.add({ type: "model", turn: turns, content: turn.content, toolCalls: turn.toolCalls, usage: turn.usage, stop: turn.stop, model: turn.model });
    messages.push({ role: "assistant", content: turn.content, toolCalls: turn.toolCalls });

    if (turn.toolCalls.length === 0) {
      // No tool to call: the model says it is done. A `finish` tool, when granted, is the proper way.
      if (tools.has("finish")) {
        messages.push({ role: "user", content: "Call the finish tool with your summary and result to end the task." });
        continue;
      }
      o.transcript.add({ type: "finish", summary: turn.content });
      return { status: "finished", summary: turn.content, result: {}, turns, usage };
    }

    for (const call of turn.toolCalls) {
      const action = `${call.name} ${JSON.stringify(call.arguments)}`;
      repeats = action === lastAction ? repeats + 1 : 1;
      lastAction = action;
      const result = await runTool(tools, call);
      o.transcript.add({ type: "tool", turn: turns, call: { id: call.id, name: call.name, arguments: call.arguments }, isError: result.isError, content: result.content });
      messages.push({ role: "tool", toolCallId: call.id, name: call.name, content: result.content, isError: result.isError });
      if (result.finished) {
        o.transcript.add({ type: "finish", summary: result.finished.summary, result: result.finished.result, turns, usage });
        return { status: "finished", summary: result.finished.summary, result: result.finished.result, turns, usage };
      }
      if (result.escalate) return stop(result.escalate);
      failures = result.isError ? failures + 1 : 0;
      if (failures >= o.escalation.failedToolCalls) return stop(`${failures} tool calls failed in a row; last: ${call.name}: ${result.content.slice(0, 200)}`);
      if (repeats >= o.escalation.repeatedActions) return stop(`the agent repeated the same action ${repeats} times: ${action.slice(0, 200)}`);
    }
  }
}

async function runTool(tools: Map<string, Tool>, call: ToolCall): Promise<ToolResult> {
  const tool = tools.get(call.name);
  if (!tool) return { isError: true, content: `unknown tool '${call.name}'; available: ${[...tools.keys()].join(", ") || "none"}` };
  if (call.argumentsError) return { isError: true, content: call.argumentsError };
  try {
    return await tool.run(call.arguments);
  } catch (err) {
    return { isError: true, content: `tool ${call.name} failed: ${(err as Error).message}` };
  }
}
