import type { Cap, Limits } from "../config/config.js";
import type { OutcomeRecord } from "../outcomes/record.js";
import { spendBetween } from "../outcomes/spend.js";

/**
 * Why no more work may start now, with the figures, or undefined. Caps are checked for
 * the repository and for the blueprint, per UTC day and month, against what the runs that
 * ended in that period spent (the outcome store).
 */
export function capReached(limits: Limits, blueprint: string, records: readonly OutcomeRecord[], now: string): string | undefined {
  for (const c of capsNow(limits, blueprint, records, now)) {
    const { cap, spent, p, scope } = c;
    const over = [
      ...(cap.usd !== undefined && spent.usd >= cap.usd ? [`$${spent.usd.toFixed(2)} of $${cap.usd.toFixed(2)}`] : []),
      ...(cap.tokens !== undefined && spent.tokens >= cap.tokens ? [`${spent.tokens} of ${cap.tokens} tokens`] : []),
    ];
    if (over.length === 0) continue;
    const since = p.key === "day" ? p.from.toISOString().slice(0, 10) : p.from.toISOString().slice(0, 7);
    return `${scope.what} ${p.name} spend cap is reached: ${over.join(" and ")} spent by ${spent.runs} run${spent.runs === 1 ? "" : "s"} that ended in ${since} (UTC). Work starts again from ${p.to.toISOString().slice(0, 16).replace("T", " ")} UTC, or raise ${scope.key}.${p.key} in .crustyclaw/config.yml`;
  }
  return undefined;
}

/** What the tightest caps leave to spend now (tokens, US dollars), for clipping agents' budgets; a part no cap sets is absent. */
export function spendLeft(limits: Limits, blueprint: string, records: readonly OutcomeRecord[], now: string): { tokens?: number; usd?: number } {
  const left: { tokens?: number; usd?: number } = {};
  for (const { cap, spent } of capsNow(limits, blueprint, records, now)) {
    if (cap.tokens !== undefined) left.tokens = Math.max(0, Math.min(left.tokens ?? Infinity, cap.tokens - spent.tokens));
    if (cap.usd !== undefined) left.usd = Math.max(0, Math.min(left.usd ?? Infinity, cap.usd - spent.usd));
  }
  return left;
}

/** Every cap that applies now, with what the runs that ended in its period spent. */
function capsNow(limits: Limits, blueprint: string, records: readonly OutcomeRecord[], now: string) {
  const t = new Date(now);
  const day = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()));
  const month = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1));
  const periods = [
    { name: "daily", key: "day" as const, from: day, to: new Date(day.getTime() + 86_400_000) },
    { name: "monthly", key: "month" as const, from: month, to: new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1)) },
  ];
  const scopes: Array<{ what: string; caps: { day?: Cap; month?: Cap }; blueprint?: string; key: string }> = [
    { what: "this repository's", caps: limits, key: "limits" },
    { what: `the ${blueprint} blueprint's`, caps: limits.blueprints[blueprint] ?? {}, blueprint, key: `limits.blueprints.${blueprint}` },
  ];
  return scopes.flatMap((scope) =>
    periods.flatMap((p) => {
      const cap = scope.caps[p.key];
      return cap ? [{ cap, scope, p, spent: spendBetween(records, p.from.toISOString(), p.to.toISOString(), scope.blueprint) }] : [];
    }),
  );
}
