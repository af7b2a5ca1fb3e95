import type { OutcomeRecord } from "./record.js";

export interface Spend {
  usd: number;
  tokens: number;
  /** Runs whose records added to it. */
  runs: number;
}

/**
 * What the runs spent whose records were written in [from, to), optionally of one
 * blueprint. A record holds its run's totals so far, so each counts what its run added
 * since that run's record before it (a run escalated, then merged, is not counted twice).
 * `records` in store order.
 */
export function spendBetween(records: readonly OutcomeRecord[], from: string, to: string, blueprint?: string): Spend {
  const last = new Map<string, { usd: number; tokens: number }>();
  const counted = new Set<string>();
  const spend: Spend = { usd: 0, tokens: 0, runs: 0 };
  const [lo, hi] = [Date.parse(from), Date.parse(to)];
  for (const r of records) {
    const before = last.get(r.run) ?? { usd: 0, tokens: 0 };
    last.set(r.run, { usd: Math.max(before.usd, r.usd), tokens: Math.max(before.tokens, r.tokens) });
    const at = Date.parse(r.at);
    if (at < lo || at >= hi || (blueprint !== undefined && r.blueprint !== blueprint)) continue;
    spend.usd += Math.max(0, r.usd - before.usd);
    spend.tokens += Math.max(0, r.tokens - before.tokens);
    counted.add(r.run);
  }
  spend.runs = counted.size;
  return spend;
}
