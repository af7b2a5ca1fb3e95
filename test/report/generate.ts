import { chained, ESCALATION_CAUSES, GENESIS, type EscalationCause, type OutcomeRecord } from "../../src/outcomes/record.js";

type Unchained = Omit<OutcomeRecord, "prev" | "hash">;

const BLUEPRINTS: Array<[name: string, share: number]> = [
  ["issue-to-pr", 0.45],
  ["fix-failing-ci", 0.2],
  ["dependency-upgrade", 0.15],
  ["review-pr", 0.1],
  ["implement-from-spec", 0.06],
  ["fix-flaky-test", 0.04],
];
const REASONS: Record<EscalationCause, string> = {
  budget: "the budget of 2.00 USD ran out",
  gate: "a gate refused: the change touches .github/workflows",
  sandbox: "the sandbox denied a write outside the workspace",
  ci: "CI still failed after 3 rounds",
  review: "the review asked for changes 3 times",
  timeout: "the execute stage ran past its 30 minutes",
  conflict: "the branch conflicts with main",
  failure: "the plan node failed",
  forge: "pushing the branch failed: 503",
};
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/**
 * A store of `runs` runs over the `days` days before `now`, chained in time order: several
 * blueprints, every outcome class, escalations of every cause, a third of them merged later
 * by a second record (so costs grow between a run's records), success improving over time.
 * Seeded: the same arguments give the same store.
 */
export function generateRecords(runs: number, { now = "2026-12-01T00:00:00.000Z", days = 90, seed = 1 } = {}): OutcomeRecord[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const between = (lo: number, hi: number) => lo + rand() * (hi - lo);
  const end = Date.parse(now);
  const out: Unchained[] = [];
  for (let n = 1; n <= runs; ) {
    let roll = rand();
    const blueprint = BLUEPRINTS.find(([, share]) => (roll -= share) < 0)?.[0] ?? "issue-to-pr";
    // Runs start across the window and end within it: the newest ones quickly.
    const startMs = end - days * DAY + rand() * (days - 0.5) * DAY;
    const progress = (startMs - (end - days * DAY)) / (days * DAY);
    const ciRounds = Math.min(8, Math.floor(-Math.log(1 - rand() * 0.999) * 1.2));
    const reviewRounds = blueprint === "review-pr" ? 1 : Math.min(5, Math.floor(-Math.log(1 - rand() * 0.999) * 0.7));
    const usd = Math.round(Math.exp(between(-3, 1)) * (1 + ciRounds * 0.3) * 10_000) / 10_000;
    const stageMs: Record<string, number> = {
      plan: Math.round(between(20, 120) * 1000),
      execute: Math.round(between(2, 20) * MIN),
      ci: Math.round((ciRounds + 1) * between(3, 15) * MIN),
      review: Math.round((reviewRounds + 1) * between(1, 5) * MIN),
      publish: Math.round(between(2, 10) * 1000),
    };
    const took = between(0.5, 30) * HOUR * (1 + ciRounds / 2);
    // Still running at `now`: not in the store.
    if (startMs + took + MIN > end) continue;
    const issue = n++;
    const endedAt = new Date(startMs + took);
    const startedAt = new Date(startMs).toISOString();
    const base: Unchained = {
      version: 1,
      at: new Date(endedAt.getTime() + 5000).toISOString(),
      run: `${blueprint}#${issue}@${startedAt}`,
      blueprint,
      trigger: blueprint === "review-pr" ? "review" : pick(["issue", "comment", "ci"]),
      actor: pick(["alice", "bob", "carol"]),
      issue,
      outcome: "merged",
      ciRounds,
      reviewRounds,
      turns: Math.round(between(3, 40)),
      tokens: Math.round(usd * 180_000),
      usd,
      stageMs,
      startedAt,
      endedAt: endedAt.toISOString(),
      decisions: [],
      ...(issue % 97 === 0 ? { unpriced: true as const } : {}),
    };
    if (blueprint === "review-pr") {
      out.push({ ...base, outcome: rand() < 0.9 ? "reviewed" : "escalated", ...(rand() < 0.1 ? { cause: "failure" as const, reason: "the review node failed" } : {}) });
      continue;
    }
    const r = rand();
    const pMerged = 0.45 + 0.25 * progress;
    if (r < pMerged) out.push({ ...base, pull: issue + 100_000, outcome: "merged" });
    else if (r < pMerged + 0.08) out.push({ ...base, pull: issue + 100_000, outcome: "closed" });
    else if (r < pMerged + 0.15) out.push({ ...base, outcome: "rejected", decisions: [{ by: "alice", at: base.endedAt, what: "reject", note: "not what the issue asked" }] });
    else {
      const cause = pick(ESCALATION_CAUSES);
      const escalated: Unchained = { ...base, outcome: "escalated", cause, reason: REASONS[cause] };
      out.push(escalated);
      // A person fixed a third of them up and the run merged later: its second record carries the grown totals.
      const laterMs = Date.parse(escalated.at) + between(2, 72) * HOUR;
      if (rand() < 0.33 && laterMs < end) {
        const extra = Math.round(between(0.05, 1) * 10_000) / 10_000;
        out.push({ ...base, pull: issue + 100_000, outcome: "merged", at: new Date(laterMs).toISOString(), endedAt: new Date(laterMs - 5000).toISOString(), usd: Math.round((usd + extra) * 10_000) / 10_000, tokens: Math.round((usd + extra) * 180_000), ciRounds: ciRounds + 1 });
      }
    }
  }
  out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const records: OutcomeRecord[] = [];
  for (const r of out) records.push(chained(r, records.at(-1)?.hash ?? GENESIS));
  return records;
}

/** A small seeded PRNG: reproducible stores without a dependency. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
