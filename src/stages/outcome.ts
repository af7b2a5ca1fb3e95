import type { OutcomeClass, OutcomeRecord } from "../outcomes/record.js";
import type { RunState } from "./state.js";

export type UnchainedOutcome = Omit<OutcomeRecord, "prev" | "hash">;

/** The longest reason a record keeps. */
const MAX_REASON = 2000;

/** A time as the store writes times (ISO 8601, UTC, milliseconds): state times are read leniently. */
const iso = (t: string) => new Date(t).toISOString();

/**
 * The outcome record of a transition that ends the run (merged, closed, rejected,
 * escalated, reviewed), or undefined when `after` does not end it anew. The state is the
 * tracking comment's, which CrustyClaw wrote and validated on reading.
 */
export function outcomeOf(before: RunState | undefined, after: RunState, ctx: { now: string; blueprintSha256?: string }): UnchainedOutcome | undefined {
  const outcome = outcomeClass(after);
  if (!outcome || (before && before.status === after.status)) return undefined;
  const m = after.metrics;
  const reviewRounds = m?.reviewRounds ?? 0;
  const reason = outcome === "escalated" ? after.escalation : outcome === "rejected" ? after.rejection?.reason : undefined;
  return {
    version: 1,
    at: ctx.now,
    run: `${after.blueprint}#${after.issue}@${after.startedAt}`,
    blueprint: after.blueprint,
    ...(ctx.blueprintSha256 ? { blueprintSha256: ctx.blueprintSha256 } : {}),
    trigger: m?.trigger ?? "unknown",
    ...(m?.actor ? { actor: m.actor } : {}),
    issue: after.issue,
    ...(after.pull !== undefined ? { pull: after.pull } : {}),
    outcome,
    ...(outcome === "escalated" ? { cause: after.escalationCause ?? "failure" } : {}),
    ...(reason ? { reason: reason.slice(0, MAX_REASON) } : {}),
    ciRounds: Math.max(0, after.ciRounds - reviewRounds),
    reviewRounds,
    turns: Math.round(after.cost?.turns ?? 0),
    tokens: Math.round(after.cost?.tokens ?? 0),
    usd: after.cost?.usd ?? 0,
    ...(after.cost?.unpriced ? { unpriced: true as const } : {}),
    stageMs: { ...(m?.stageMs ?? {}) },
    startedAt: iso(after.startedAt),
    ...(m?.pullAt ? { pullAt: iso(m.pullAt) } : {}),
    endedAt: ctx.now,
    ...(m?.files !== undefined ? { files: m.files } : {}),
    decisions: (m?.decisions ?? []).map((d) => ({ ...d, at: iso(d.at) })),
    ...(after.runUrl ? { runUrl: after.runUrl } : {}),
    ...(m?.transcripts?.length ? { transcripts: m.transcripts.map((t) => ({ ...t })) } : {}),
  };
}

/** How a run in `state` ended, or undefined while it goes on. */
export function outcomeClass(state: RunState): OutcomeClass | undefined {
  switch (state.status) {
    case "merged":
      return "merged";
    case "closed":
      return state.rejection ? "rejected" : "closed";
    case "escalated":
      return "escalated";
    case "reviewed":
      return "reviewed";
    default:
      return undefined;
  }
}
