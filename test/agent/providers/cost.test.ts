import { describe, expect, it } from "vitest";
import { callCost, lookupPrice, priceTable, sumCosts } from "../../../src/agent/providers/index.js";

describe("cost", () => {
  it("prices a call from the default table, per million tokens", () => {
    expect(callCost("openai/gpt-4.1", { inputTokens: 1_000_000, outputTokens: 500_000 })).toEqual({ inputTokens: 1_000_000, outputTokens: 500_000, usd: 2 + 4, priced: true });
    expect(callCost("anthropic/claude-sonnet-4-5", { inputTokens: 2000, outputTokens: 1000 }).usd).toBeCloseTo(0.006 + 0.015, 10);
  });

  it("finds dated snapshots under their base name, without mixing up sizes", () => {
    expect(lookupPrice("openai/gpt-4.1-2025-04-14", undefined)).toEqual({ input: 2, output: 8 });
    expect(lookupPrice("openai/gpt-4.1-mini-2025-04-14", undefined)).toEqual({ input: 0.4, output: 1.6 });
    expect(lookupPrice("anthropic/claude-haiku-4-5-20251001", undefined)).toEqual({ input: 1, output: 5 });
    // The model a response reports is tried after the configured one.
    expect(lookupPrice("openai/my-alias", "gpt-4o-2024-08-06")).toEqual({ input: 2.5, output: 10 });
  });

  it("counts local servers and replays as free, and unknown models as unpriced", () => {
    expect(callCost("ollama/llama3", { inputTokens: 5000, outputTokens: 5000 })).toMatchObject({ usd: 0, priced: true });
    expect(callCost("scripted/turns.yml", { inputTokens: 1, outputTokens: 1 })).toMatchObject({ usd: 0, priced: true });
    expect(callCost("openai-compatible/mystery-7b", { inputTokens: 5000, outputTokens: 5000 })).toEqual({ inputTokens: 5000, outputTokens: 5000, usd: 0, priced: false });
  });

  it("takes extra prices, which override defaults and can be per provider", () => {
    const table = priceTable({ "mystery-7b": { input: 0.5, output: 1 }, "gpt-4.1": { input: 1, output: 4 }, "vllm/big": { input: 3, output: 3 } });
    expect(callCost("openai-compatible/mystery-7b", { inputTokens: 2_000_000, outputTokens: 1_000_000 }, undefined, table)).toMatchObject({ usd: 2, priced: true });
    expect(lookupPrice("openai/gpt-4.1", undefined, table)).toEqual({ input: 1, output: 4 });
    expect(lookupPrice("vllm/big", undefined, table)).toEqual({ input: 3, output: 3 });
    expect(lookupPrice("vllm/small", undefined, table)).toEqual({ input: 0, output: 0 });
    expect(() => priceTable({ bad: { input: -1, output: 1 } })).toThrow("price for 'bad': input must be a non-negative number of USD per million tokens, not -1");
  });

  it("sums calls, priced only when every call was", () => {
    const a = callCost("openai/gpt-4.1", { inputTokens: 1_000_000, outputTokens: 0 });
    const b = callCost("openai-compatible/x", { inputTokens: 10, outputTokens: 5 });
    expect(sumCosts([a, a])).toEqual({ inputTokens: 2_000_000, outputTokens: 0, usd: 4, priced: true });
    expect(sumCosts([a, b])).toMatchObject({ inputTokens: 1_000_010, outputTokens: 5, usd: 2, priced: false });
  });
});
