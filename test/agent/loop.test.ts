import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clippedBudget } from "../../src/agent/runner.js";
import { runAgentLoop, type LoopOptions } from "../../src/agent/loop.js";
import { Transcript } from "../../src/agent/transcript.js";
import type { ModelRequest, ModelTurn, Provider, Tool, ToolCall } from "../../src/agent/types.js";

/** A provider that answers from a list of turns (or a function), recording requests. */
class ListProvider implements Provider {
  readonly id = "test/list";
  readonly requests: ModelRequest[] = [];
  private i = 0;
  constructor(private readonly next: (i: number) => Partial<ModelTurn> & { toolCalls?: ToolCall[] }) {}
  async complete(req: ModelRequest): Promise<ModelTurn> {
    this.requests.push({ ...req, messages: [...req.messages] }); // the loop keeps appending to its array
    const t = this.next(this.i++);
    return { content: "", toolCalls: [], usage: { inputTokens: 100, outputTokens: 10 }, stop: t.toolCalls?.length ? "tool_use" : "end", model: "m", ...t };
  }
}

const call = (name: string, args: Record<string, unknown> = {}, id = Math.random().toString(36).slice(2)): ToolCall => ({ id, name, arguments: args });

const echo: Tool = { spec: { name: "echo", description: "echo", parameters: { type: "object" } }, run: async (a) => ({ content: String(a.text ?? ""), isError: false }) };
const broken: Tool = { spec: { name: "broken", description: "fails", parameters: { type: "object" } }, run: async () => ({ content: "no such file", isError: true }) };
const finish: Tool = {
  spec: { name: "finish", description: "done", parameters: { type: "object" } },
  run: async (a) => ({ content: "ok", isError: false, finished: { summary: String(a.summary), result: (a.result as Record<string, unknown>) ?? {} } }),
};

function options(provider: Provider, extra: Partial<LoopOptions> = {}): LoopOptions {
  return {
    provider,
    tools: [echo, broken, finish],
    system: "be useful",
    task: "do the thing",
    budget: { turns: 10, tokens: 100_000, minutes: 5 },
    escalation: { failedToolCalls: 3, repeatedActions: 3 },
    transcript: new Transcript(undefined),
    ...extra,
  };
}

describe("agent loop", () => {
  it("runs tools and finishes with the validated result", async () => {
    const p = new ListProvider((i) => (i === 0 ? { toolCalls: [call("echo", { text: "hi" })] } : { toolCalls: [call("finish", { summary: "did it", result: { files: 1 } })] }));
    const r = await runAgentLoop(options(p));
    expect(r).toMatchObject({ status: "finished", summary: "did it", result: { files: 1 }, turns: 2, usage: { inputTokens: 200, outputTokens: 20 } });
    // The tool's result went back to the model.
    expect(p.requests[1]!.messages.at(-1)).toMatchObject({ role: "tool", name: "echo", content: "hi", isError: false });
  });

  it("stops a looping agent at its turn budget and keeps the transcript", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "crustyclaw-t-")), "transcript.jsonl");
    const p = new ListProvider((i) => ({ toolCalls: [call("echo", { text: `n${i}` })] }));
    const r = await runAgentLoop(options(p, { budget: { turns: 4, tokens: 1e6, minutes: 5 }, transcript: new Transcript(file) }));
    expect(r).toMatchObject({ status: "escalated", reason: "the turn budget (4) is spent", turns: 4 });
    const lines = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { type: string });
    expect(lines.map((l) => l.type)).toEqual(["start", "model", "tool", "model", "tool", "model", "tool", "model", "tool", "escalate"]);
  });

  it("stops at its token budget", async () => {
    const p = new ListProvider((i) => ({ toolCalls: [call("echo", { text: `n${i}` })], usage: { inputTokens: 400, outputTokens: 100 } }));
    const r = await runAgentLoop(options(p, { budget: { turns: 100, tokens: 1200, minutes: 5 } }));
    expect(r).toMatchObject({ status: "escalated", reason: "the token budget (1200) is spent (1500 used)", turns: 3 });
  });

  it("stops at the dollars spend caps leave, and says the clipped token budget is the caps'", async () => {
    let usd = 0;
    const p = new ListProvider((i) => {
      usd += 0.4;
      return { toolCalls: [call("echo", { text: `n${i}` })] };
    });
    const r = await runAgentLoop(options(p, { budget: { turns: 100, tokens: 1e6, minutes: 5, usd: 1 }, spentUsd: () => usd }));
    expect(r).toMatchObject({ status: "escalated", reason: "the spend caps leave $1.00 for this stage's agents, and this one has spent $1.20", turns: 3 });
    const q = new ListProvider(() => ({ toolCalls: [call("echo")], usage: { inputTokens: 400, outputTokens: 100 } }));
    const capped = await runAgentLoop(options(q, { budget: { turns: 100, tokens: 900, minutes: 5, capped: true } }));
    expect(capped.reason).toBe("the token budget (900, what config limits' spend caps leave) is spent (1000 used)");
  });

  it("clips a node's budget to the route job's figures; figures it cannot read clip it to nothing", () => {
    const budget = { turns: 10, tokens: 50_000, minutes: 5 };
    expect(clippedBudget(budget, undefined)).toEqual(budget);
    expect(clippedBudget(budget, "")).toEqual(budget);
    expect(clippedBudget(budget, '{"tokens":1234.9,"usd":0.5}')).toEqual({ ...budget, tokens: 1234, capped: true, usd: 0.5 });
    expect(clippedBudget(budget, '{"tokens":90000}')).toEqual(budget);
    for (const hostile of ["{", '{"tokens":-5}', '{"usd":"lots"}', "[]", '{"tokens":1e999}']) expect(clippedBudget(budget, hostile)).toMatchObject({ tokens: 0 });
  });

  it("stops at its time budget", async () => {
    let now = 0;
    const p = new ListProvider((i) => {
      now += 2 * 60_000; // each model call takes two minutes
      return { toolCalls: [call("echo", { text: `n${i}` })] };
    });
    const r = await runAgentLoop(options(p, { budget: { turns: 100, tokens: 1e6, minutes: 5 }, clock: () => now }));
    expect(r).toMatchObject({ status: "escalated", reason: "the time budget (5 min) is spent", turns: 3 });
  });

  it("escalates after consecutive failing tool calls", async () => {
    const p = new ListProvider((i) => ({ toolCalls: [call("broken", { attempt: i })] }));
    const r = await runAgentLoop(options(p));
    expect(r.status).toBe("escalated");
    expect(r.reason).toBe("3 tool calls failed in a row; last: broken: no such file");
  });

  it("escalates when the agent repeats the same action", async () => {
    const p = new ListProvider(() => ({ toolCalls: [call("echo", { text: "same" })] }));
    const r = await runAgentLoop(options(p));
    expect(r.reason).toMatch(/^the agent repeated the same action 3 times: echo \{"text":"same"\}/);
  });

  it("tells the model about unknown tools instead of crashing", async () => {
    const p = new ListProvider((i) => (i === 0 ? { toolCalls: [call("rm_rf")] } : { toolCalls: [call("finish", { summary: "ok" })] }));
    const r = await runAgentLoop(options(p));
    expect(r.status).toBe("finished");
    expect(p.requests[1]!.messages.at(-1)).toMatchObject({ isError: true, content: "unknown tool 'rm_rf'; available: echo, broken, finish" });
  });

  it("asks for finish when the model stops talking without it", async () => {
    const p = new ListProvider((i) => (i === 0 ? { content: "I think I'm done" } : { toolCalls: [call("finish", { summary: "done" })] }));
    const r = await runAgentLoop(options(p));
    expect(r).toMatchObject({ status: "finished", turns: 2 });
  });

  it("redacts secrets the model prints before they reach the transcript", async () => {
    const fake = `ghp_${"Zx9".repeat(12)}`;
    const file = path.join(mkdtempSync(path.join(tmpdir(), "crustyclaw-t-")), "t.jsonl");
    const p = new ListProvider((i) => (i === 0 ? { content: `my token is ${fake} and sk-known-secret-value`, toolCalls: [call("echo", { text: fake })] } : { toolCalls: [call("finish", { summary: fake })] }));
    const transcript = new Transcript(file, ["sk-known-secret-value"]);
    const r = await runAgentLoop(options(p, { transcript }));
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain(fake);
    expect(text).not.toContain("sk-known-secret-value");
    expect(text).toContain("my token is *** and ***");
    expect(JSON.stringify(transcript.entries)).not.toContain(fake);
    expect(r.status).toBe("finished");
  });
});
