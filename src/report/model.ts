import { ESCALATION_CAUSES, OUTCOME_CLASSES, type EscalationCause, type OutcomeClass, type OutcomeRecord } from "../outcomes/record.js";

/**
 * What `crustyclaw report` shows, computed from the outcome store's records: plain data,
 * the JSON format as it is, and what the Markdown and HTML renderers draw from.
 *
 * A run's outcome is its latest record; a run counts in the window when that record was
 * written in it. A run succeeded when it did its blueprint's job: merged, or for a
 * blueprint that reviews pull requests, `reviewed` (counting only merges would draw a
 * review blueprint at 0% however well it works). Costs in a record are the run's totals so far, so spend is counted as
 * each record's increase over the run's earlier records, on the day the record was written.
 */
export interface ReportModel {
  version: 1;
  /** The time the report was made for (ISO 8601): the window ends here. */
  now: string;
  /** With `days`: the window's first instant. Without, the report covers the whole store. */
  since?: string;
  days?: number;
  totals: Totals;
  /** Per blueprint, most runs first. */
  blueprints: BlueprintFigures[];
  /** Every week from the first with a record to the week of `now` (weeks start on Monday, UTC). */
  weeks: WeekFigures[];
  /** Runs by outcome class, every class listed. */
  outcomes: Array<{ outcome: OutcomeClass; runs: number }>;
  /** Escalated runs by cause, every cause listed; `unspecified` for a record without one. */
  causes: Array<{ cause: EscalationCause | "unspecified"; runs: number }>;
  ciRounds: Distribution;
  reviewRounds: Distribution;
  /** From `startedAt` to `endedAt` of merged runs; null without any. */
  timeToMerge: Spread | null;
  cost: CostFigures;
  /** Spend per day, every day from the first with a record (or `since`) to the day of `now`. */
  spend: DaySpend[];
  /** Stages by mean wall time, slowest first (each run's stageMs: the sum over its rounds). */
  stages: StageFigures[];
  /** The latest escalated runs, newest first: what a person should look at. */
  escalations: Escalation[];
}

export interface Totals {
  /** Runs whose outcome was recorded in the window. */
  runs: number;
  /** Records read (in the window), several per run when a run ended more than once. */
  records: number;
  /** Runs that merged, or posted their review: see SUCCESS. */
  succeeded: number;
  merged: number;
  /** succeeded / runs; null without runs. */
  successRate: number | null;
  /** Spend dated in the window: the sum of `spend` (and of any spend older than the ten years `spend` reaches back). */
  usd: number;
  tokens: number;
  /** Runs with a model call of unknown price: their `usd` is too low. */
  unpricedRuns: number;
  /** Records dated after `now` (a runner's clock ahead, a forged record) or not dated at all: left out. */
  leftOut: number;
  firstAt?: string;
  lastAt?: string;
}

export interface BlueprintFigures {
  name: string;
  runs: number;
  succeeded: number;
  merged: number;
  successRate: number | null;
  /** The runs' total cost. */
  usd: number;
  /** usd / merged: each merged pull request's share of everything the blueprint spent; null without merges. */
  usdPerMerged: number | null;
  medianTimeToMergeMs: number | null;
  /** Aligned with the report's `weeks`. */
  weeks: Array<{ finished: number; succeeded: number; rate: number | null }>;
}

export interface WeekFigures {
  /** The Monday the week starts on (yyyy-mm-dd). */
  week: string;
  finished: number;
  succeeded: number;
  merged: number;
  /** succeeded / finished; null for a week without runs. */
  rate: number | null;
  /** Spend dated in the week. */
  usd: number;
}

/** Runs by number of rounds: `buckets[i]` holds the runs with i rounds, the last bucket those with `cap` or more. */
export interface Distribution {
  buckets: Array<{ label: string; runs: number }>;
  mean: number | null;
  max: number;
}

export interface Spread {
  runs: number;
  medianMs: number;
  p90Ms: number;
  meanMs: number;
}

export interface CostFigures {
  /** The counted runs' total cost (each run's latest totals), spend before the window included. */
  runsUsd: number;
  runsTokens: number;
  mergedRuns: number;
  /** runsUsd / mergedRuns: what a merged pull request cost, the runs that did not merge included. */
  usdPerMerged: number | null;
  tokensPerMerged: number | null;
  /** The mean cost of a run that merged, by itself. */
  meanMergedRunUsd: number | null;
}

export interface DaySpend {
  day: string;
  usd: number;
  tokens: number;
  /** Records written that day. */
  records: number;
}

export interface StageFigures {
  stage: string;
  runs: number;
  meanMs: number;
  maxMs: number;
  totalMs: number;
}

export interface Escalation {
  run: string;
  blueprint: string;
  issue: number;
  pull?: number;
  cause?: EscalationCause;
  reason?: string;
  at: string;
}

export interface ReportOptions {
  /** The report's time (ISO 8601). */
  now: string;
  /** Only the last `days` days before `now`. */
  days?: number;
}

/** The outcomes that are a run doing its job. */
export const SUCCESS: readonly OutcomeClass[] = ["merged", "reviewed"];

const DAY = 86_400_000;
/** Buckets of the rounds histograms: 0 … CAP-1, then CAP or more. */
const ROUNDS_CAP = 10;
const ESCALATIONS_LISTED = 10;
/** The longest daily series drawn: a record dated decades ago (a wrong clock, a forged record) must not make a million days. */
const MAX_SERIES_DAYS = 3660;

/** What one pass over the records keeps of a run. */
interface RunState {
  latest: OutcomeRecord;
  latestMs: number;
  /** The highest totals any of its records reported: costs only grow, so this is the run's cost. */
  usd: number;
  tokens: number;
}

/**
 * The report's figures. Records in store order (the chain's order); each is looked at once,
 * then each run once: linear in the store but for sorting durations and runs.
 */
export function reportModel(records: readonly OutcomeRecord[], opts: ReportOptions): ReportModel {
  const nowMs = Date.parse(opts.now);
  if (!Number.isFinite(nowMs)) throw new Error(`reportModel: 'now' is not a time: '${opts.now}'`);
  const sinceMs = opts.days !== undefined ? nowMs - opts.days * DAY : -Infinity;

  const runs = new Map<string, RunState>();
  const spendByDay = new Map<number, DaySpend>();
  let leftOut = 0;
  let recordsInWindow = 0;
  let firstMs = Infinity;
  let lastMs = -Infinity;
  for (const r of records) {
    const atMs = Date.parse(r.at);
    if (!(atMs <= nowMs)) {
      leftOut++;
      continue;
    }
    let run = runs.get(r.run);
    const usdDelta = Math.max(0, r.usd - (run?.usd ?? 0));
    const tokenDelta = Math.max(0, r.tokens - (run?.tokens ?? 0));
    if (!run) runs.set(r.run, (run = { latest: r, latestMs: atMs, usd: r.usd, tokens: r.tokens }));
    else {
      if (atMs >= run.latestMs) {
        run.latest = r;
        run.latestMs = atMs;
      }
      run.usd += usdDelta;
      run.tokens += tokenDelta;
    }
    // An earlier record before the window is still the baseline its run's later records grow from.
    if (atMs < sinceMs) continue;
    recordsInWindow++;
    firstMs = Math.min(firstMs, atMs);
    lastMs = Math.max(lastMs, atMs);
    const day = Math.floor(atMs / DAY);
    let spent = spendByDay.get(day);
    if (!spent) spendByDay.set(day, (spent = { day: isoDay(day), usd: 0, tokens: 0, records: 0 }));
    spent.usd += usdDelta;
    spent.tokens += tokenDelta;
    spent.records++;
  }

  const nowDay = Math.floor(nowMs / DAY);
  const firstDay = Math.max(nowDay - MAX_SERIES_DAYS + 1, Number.isFinite(sinceMs) ? Math.floor(sinceMs / DAY) : Number.isFinite(firstMs) ? Math.floor(firstMs / DAY) : nowDay);
  const firstWeek = mondayOf(firstDay);
  const weekCount = Math.floor((mondayOf(nowDay) - firstWeek) / 7) + 1;
  const weekIndex = (ms: number) => Math.min(weekCount - 1, Math.max(0, Math.floor((Math.floor(ms / DAY) - firstWeek) / 7)));
  const weeks: WeekFigures[] = Array.from({ length: weekCount }, (_, i) => ({ week: isoDay(firstWeek + 7 * i), finished: 0, succeeded: 0, merged: 0, rate: null, usd: 0 }));

  const spend: DaySpend[] = [];
  let spentUsd = 0;
  let spentTokens = 0;
  for (let day = firstDay; day <= nowDay; day++) spend.push(spendByDay.get(day) ?? { day: isoDay(day), usd: 0, tokens: 0, records: 0 });
  for (const [day, s] of spendByDay) {
    spentUsd += s.usd;
    spentTokens += s.tokens;
    // Spend the series does not reach (only past MAX_SERIES_DAYS) still counts in the totals; the first week takes it.
    weeks[weekIndex(day * DAY)]!.usd += s.usd;
  }

  const outcomes = new Map<OutcomeClass, number>(OUTCOME_CLASSES.map((o) => [o, 0]));
  const causes = new Map<EscalationCause | "unspecified", number>([...ESCALATION_CAUSES, "unspecified" as const].map((c) => [c, 0]));
  const ci = new Rounds();
  const review = new Rounds();
  const stages = new Map<string, StageFigures>();
  const mergeMs: number[] = [];
  const byBlueprint = new Map<string, { figures: BlueprintFigures; mergeMs: number[] }>();
  const escalated: RunState[] = [];
  let counted = 0;
  let merged = 0;
  let succeeded = 0;
  let unpricedRuns = 0;
  let runsUsd = 0;
  let runsTokens = 0;
  let mergedUsd = 0;
  for (const run of runs.values()) {
    if (run.latestMs < sinceMs) continue;
    const r = run.latest;
    counted++;
    runsUsd += run.usd;
    runsTokens += run.tokens;
    if (r.unpriced) unpricedRuns++;
    outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
    ci.add(r.ciRounds);
    review.add(r.reviewRounds);
    for (const [stage, ms] of Object.entries(r.stageMs)) {
      if (ms === undefined) continue;
      let s = stages.get(stage);
      if (!s) stages.set(stage, (s = { stage, runs: 0, meanMs: 0, maxMs: 0, totalMs: 0 }));
      s.runs++;
      s.totalMs += ms;
      s.maxMs = Math.max(s.maxMs, ms);
    }
    let bp = byBlueprint.get(r.blueprint);
    if (!bp) {
      bp = { figures: { name: r.blueprint, runs: 0, succeeded: 0, merged: 0, successRate: null, usd: 0, usdPerMerged: null, medianTimeToMergeMs: null, weeks: weeks.map(() => ({ finished: 0, succeeded: 0, rate: null })) }, mergeMs: [] };
      byBlueprint.set(r.blueprint, bp);
    }
    const w = weekIndex(run.latestMs);
    bp.figures.runs++;
    bp.figures.usd += run.usd;
    bp.figures.weeks[w]!.finished++;
    weeks[w]!.finished++;
    if (SUCCESS.includes(r.outcome)) {
      succeeded++;
      bp.figures.succeeded++;
      bp.figures.weeks[w]!.succeeded++;
      weeks[w]!.succeeded++;
    }
    if (r.outcome === "merged") {
      merged++;
      mergedUsd += run.usd;
      bp.figures.merged++;
      weeks[w]!.merged++;
      const took = Date.parse(r.endedAt) - Date.parse(r.startedAt);
      if (took >= 0) {
        mergeMs.push(took);
        bp.mergeMs.push(took);
      }
    }
    if (r.outcome === "escalated") {
      const cause = r.cause ?? "unspecified";
      causes.set(cause, (causes.get(cause) ?? 0) + 1);
      escalated.push(run);
    }
  }

  for (const w of weeks) w.rate = ratio(w.succeeded, w.finished);
  const blueprints = [...byBlueprint.values()]
    .map(({ figures, mergeMs: ms }) => {
      for (const w of figures.weeks) w.rate = ratio(w.succeeded, w.finished);
      return { ...figures, successRate: ratio(figures.succeeded, figures.runs), usdPerMerged: ratio(figures.usd, figures.merged), medianTimeToMergeMs: ms.length > 0 ? quantile(ms.sort(byNumber), 0.5) : null };
    })
    .sort((a, b) => b.runs - a.runs || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  mergeMs.sort(byNumber);
  const escalations = escalated
    .sort((a, b) => b.latestMs - a.latestMs)
    .slice(0, ESCALATIONS_LISTED)
    // `at` as the time it reads as, not its text: a record's time may be any text Date.parse takes, comments in parentheses included.
    .map(({ latest: r, latestMs }): Escalation => ({ run: r.run, blueprint: r.blueprint, issue: r.issue, ...(r.pull ? { pull: r.pull } : {}), ...(r.cause ? { cause: r.cause } : {}), ...(r.reason ? { reason: r.reason } : {}), at: new Date(latestMs).toISOString() }));

  return {
    version: 1,
    now: new Date(nowMs).toISOString(),
    ...(opts.days !== undefined ? { since: new Date(sinceMs).toISOString(), days: opts.days } : {}),
    totals: {
      runs: counted,
      records: recordsInWindow,
      succeeded,
      merged,
      successRate: ratio(succeeded, counted),
      usd: spentUsd,
      tokens: spentTokens,
      unpricedRuns,
      leftOut,
      ...(Number.isFinite(firstMs) ? { firstAt: new Date(firstMs).toISOString(), lastAt: new Date(lastMs).toISOString() } : {}),
    },
    blueprints,
    weeks,
    outcomes: [...outcomes].map(([outcome, n]) => ({ outcome, runs: n })),
    causes: [...causes].map(([cause, n]) => ({ cause, runs: n })),
    ciRounds: ci.distribution(),
    reviewRounds: review.distribution(),
    timeToMerge: mergeMs.length > 0 ? { runs: mergeMs.length, medianMs: quantile(mergeMs, 0.5), p90Ms: quantile(mergeMs, 0.9), meanMs: mergeMs.reduce((a, b) => a + b, 0) / mergeMs.length } : null,
    cost: {
      runsUsd,
      runsTokens,
      mergedRuns: merged,
      usdPerMerged: ratio(runsUsd, merged),
      tokensPerMerged: ratio(runsTokens, merged),
      meanMergedRunUsd: ratio(mergedUsd, merged),
    },
    spend,
    stages: [...stages.values()].map((s) => ({ ...s, meanMs: s.totalMs / s.runs })).sort((a, b) => b.meanMs - a.meanMs || (a.stage < b.stage ? -1 : 1)),
    escalations,
  };
}

/** A histogram of round counts, the last bucket open-ended. */
class Rounds {
  private counts = new Array<number>(ROUNDS_CAP + 1).fill(0);
  private sum = 0;
  private n = 0;
  private max = 0;
  add(rounds: number): void {
    this.counts[Math.min(rounds, ROUNDS_CAP)]!++;
    this.sum += rounds;
    this.n++;
    this.max = Math.max(this.max, rounds);
  }
  distribution(): Distribution {
    // Buckets up to the largest seen, so a store with at most two rounds draws three bars, not eleven.
    const shown = Math.min(this.max, ROUNDS_CAP);
    const buckets = this.counts.slice(0, shown + 1).map((runs, i) => ({ label: i === ROUNDS_CAP ? `${ROUNDS_CAP}+` : String(i), runs }));
    return { buckets, mean: this.n > 0 ? this.sum / this.n : null, max: this.max };
  }
}

const byNumber = (a: number, b: number) => a - b;
const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** The q-quantile of sorted values, interpolated between neighbours (the median of an even count is the mean of the middle two). */
export function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (b - a) * (h - lo);
}

/** Days since the epoch → yyyy-mm-dd. */
function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The day number of the Monday on or before `day` (1970-01-01 was a Thursday). */
function mondayOf(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}
