import type { OutcomeRecord } from "../../src/outcomes/record.js";

/** A record as a publish job would build it, for run `n`. */
export function sampleRecord(n: number, at = "2026-12-01T10:00:00.000Z"): Omit<OutcomeRecord, "prev" | "hash"> {
  return {
    version: 1,
    at,
    run: `issue-to-pr#${n}@2026-12-01T09:00:00.000Z`,
    blueprint: "issue-to-pr",
    trigger: "issue",
    actor: "alice",
    issue: n,
    outcome: n % 3 === 0 ? "escalated" : "merged",
    ...(n % 3 === 0 ? { cause: "gate" as const, reason: "a gate refused" } : {}),
    ciRounds: n % 2,
    reviewRounds: 0,
    turns: 3,
    tokens: 1000 + n,
    usd: 0.01,
    stageMs: { plan: 1000, execute: 2000 },
    startedAt: "2026-12-01T09:00:00.000Z",
    endedAt: at,
    decisions: [],
  };
}
