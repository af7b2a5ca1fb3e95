import type { NoticeEvent } from "../blueprint/types.js";
import { outcomeClass } from "./outcome.js";
import type { RunState } from "./state.js";

/** A transition worth telling people about, as the state says it; the action adds where (URLs) and sends it. */
export interface Transition {
  event: NoticeEvent;
  issue: number;
  pull?: number;
  /** Escalation or rejection reason: may quote an agent's output, so untrusted text. */
  reason?: string;
  cost?: { usd: number; tokens: number };
  runUrl?: string;
}

/**
 * The transition from `before` to `after` that people are told about, or undefined: a run
 * waiting for `/approve`, its pull request opened, and every ending (merged, closed,
 * rejected, escalated, reviewed).
 */
export function transitionOf(before: RunState | undefined, after: RunState): Transition | undefined {
  const event = eventOf(before, after);
  if (!event) return undefined;
  const reason = event === "escalated" ? after.escalation : event === "rejected" ? after.rejection?.reason : undefined;
  return {
    event,
    issue: after.issue,
    ...(after.pull !== undefined ? { pull: after.pull } : {}),
    ...(reason ? { reason } : {}),
    ...(after.cost ? { cost: { usd: after.cost.usd, tokens: after.cost.tokens } } : {}),
    ...(after.runUrl ? { runUrl: after.runUrl } : {}),
  };
}

function eventOf(before: RunState | undefined, after: RunState): NoticeEvent | undefined {
  const changed = !before || before.status !== after.status;
  if (changed && after.status === "awaiting-approval") return "awaiting-approval";
  const ended = changed ? outcomeClass(after) : undefined;
  if (ended) return ended;
  return after.metrics?.pullAt && !before?.metrics?.pullAt ? "pull-request" : undefined;
}
