import type { Usage } from "../types.js";

/** USD per million tokens. */
export interface Price {
  input: number;
  output: number;
}

/**
 * List prices of well-known models, USD per million tokens, as published by
 * OpenAI and Anthropic (checked 2026). Prices change and new models appear:
 * `priceTable(extra)` adds or overrides entries, e.g. from configuration.
 *
 * Keys are a model name (any provider serving it), `provider/model` (that
 * provider only), or `provider/*` (every model of that provider). Dated
 * snapshots (`gpt-4.1-2025-04-14`, `claude-sonnet-4-5-20250929`) and `-latest`
 * are looked up under their base name.
 */
export const DEFAULT_PRICES: Readonly<Record<string, Price>> = {
  "gpt-5": { input: 1.25, output: 10 },
  "gpt-5-mini": { input: 0.25, output: 2 },
  "gpt-5-nano": { input: 0.05, output: 0.4 },
  "gpt-5.1": { input: 1.25, output: 10 },
  "gpt-4.1": { input: 2, output: 8 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4 },
  "gpt-4o": { input: 2.5, output: 10 },
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  o3: { input: 2, output: 8 },
  "o4-mini": { input: 1.1, output: 4.4 },
  "claude-opus-5-5": { input: 4, output: 20 },
  "claude-opus-5": { input: 5, output: 25 },
  "claude-sonnet-5-5": { input: 2, output: 10 },
  "claude-opus-4-5": { input: 5, output: 25 },
  "claude-opus-4-1": { input: 15, output: 75 },
  "claude-opus-4-0": { input: 15, output: 75 },
  "claude-opus-4": { input: 15, output: 75 },
  "claude-sonnet-4-5": { input: 3, output: 15 },
  "claude-sonnet-4-0": { input: 3, output: 15 },
  "claude-sonnet-4": { input: 3, output: 15 },
  "claude-haiku-4-5": { input: 1, output: 5 },
  "claude-3-5-haiku": { input: 0.8, output: 4 },
  // Self-hosted servers and replays bill nothing per token.
  "ollama/*": { input: 0, output: 0 },
  "vllm/*": { input: 0, output: 0 },
  "llamacpp/*": { input: 0, output: 0 },
  "scripted/*": { input: 0, output: 0 },
};

export type PriceTable = ReadonlyMap<string, Price>;

/**
 * The default prices with `extra` entries added; an extra entry with the same
 * key replaces the default. Throws on a negative or non-numeric price, naming
 * the entry.
 */
export function priceTable(extra: Record<string, Price> = {}): PriceTable {
  const table = new Map(Object.entries(DEFAULT_PRICES));
  for (const [key, price] of Object.entries(extra)) {
    for (const side of ["input", "output"] as const) {
      const v = (price as Partial<Price> | undefined)?.[side];
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
        throw new Error(`price for '${key}': ${side} must be a non-negative number of USD per million tokens, not ${JSON.stringify(v)}`);
    }
    table.set(key, { input: price.input, output: price.output });
  }
  return table;
}

const DEFAULT_TABLE = priceTable();

/** Token usage and estimated cost of one model call (or a sum of calls). */
export interface CallCost {
  inputTokens: number;
  outputTokens: number;
  usd: number;
  /** False when no price was found for the model: `usd` is then 0, not "free". */
  priced: boolean;
}

/**
 * Cost of one call. `providerId` is the Provider's `provider/model`;
 * `reportedModel` is the model the response named (often a dated snapshot),
 * tried after the configured name.
 */
export function callCost(providerId: string, usage: Usage, reportedModel?: string, table: PriceTable = DEFAULT_TABLE): CallCost {
  const price = lookupPrice(providerId, reportedModel, table);
  const usd = price ? (usage.inputTokens * price.input + usage.outputTokens * price.output) / 1_000_000 : 0;
  return { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens, usd, priced: price !== undefined };
}

/** Sum of calls; priced only if every call was. */
export function sumCosts(costs: Iterable<CallCost>): CallCost {
  const total: CallCost = { inputTokens: 0, outputTokens: 0, usd: 0, priced: true };
  for (const c of costs) {
    total.inputTokens += c.inputTokens;
    total.outputTokens += c.outputTokens;
    total.usd += c.usd;
    total.priced &&= c.priced;
  }
  return total;
}

export function lookupPrice(providerId: string, reportedModel: string | undefined, table: PriceTable = DEFAULT_TABLE): Price | undefined {
  const slash = providerId.indexOf("/");
  const provider = slash > 0 ? providerId.slice(0, slash) : "";
  const configured = slash > 0 ? providerId.slice(slash + 1) : providerId;
  for (const model of [configured, reportedModel]) {
    if (!model) continue;
    for (const name of new Set([model, baseName(model)])) {
      const price = (provider && table.get(`${provider}/${name}`)) || table.get(name);
      if (price) return price;
    }
  }
  return provider ? table.get(`${provider}/*`) : undefined;
}

/** `gpt-4.1-2025-04-14` → `gpt-4.1`; `claude-sonnet-4-5-20250929` → `claude-sonnet-4-5`; `-latest` dropped. */
function baseName(model: string): string {
  return model.replace(/-(\d{4}-\d{2}-\d{2}|\d{8}|latest)$/, "");
}
