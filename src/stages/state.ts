import type { Plan } from "../agent/plan.js";
import type { Stage } from "../blueprint/types.js";
import type { MergeMethod } from "../forge/forge.js";
import type { Decision, EscalationCause } from "../outcomes/record.js";
import type { TranscriptLink } from "../outcomes/transcripts.js";

/** Where a run is. Advanced only by `advance`, so every transition is explicit and idempotent. */
export type RunStatus =
  | "planned"
  | "awaiting-approval"
  | "executing"
  | "in-review"
  | "awaiting-merge"
  | "merged"
  | "closed"
  | "escalated"
  /** A review run (review-pr) posted its review on the pull request: done; another command starts a new one. */
  | "reviewed";

export type NodeStatus = "pending" | "running" | "done" | "failed" | "skipped";

export interface RunState {
  version: 1;
  blueprint: string;
  issue: number;
  status: RunStatus;
  /** The segment (named by its first stage) most recently started. */
  segment?: Stage;
  branch: string;
  pull?: number;
  ciRounds: number;
  nodes: Record<string, NodeStatus>;
  startedAt: string;
  updatedAt: string;
  runUrl?: string;
  /** Why the run escalated, for people. */
  escalation?: string;
  /** What the nodes of the latest segment reported that people should know (isolation missing, connections blocked). */
  warnings?: string[];
  /** Costs, filled in by agent nodes. */
  /** `unpriced`: some model call had no known price, so `usd` counts only the priced ones. */
  cost?: { turns: number; tokens: number; usd: number; unpriced?: true };
  /** The plan a plan-stage agent produced, as publish recorded it (normalised), shown in the tracking comment. */
  plan?: Plan;
  /** sha256 of `plan`'s canonical JSON when publish recorded it (agent/plan.ts planSha256). Set exactly when `plan` is. */
  planSha256?: string;
  /** Who approved the run with `/approve`, when, and (when the run has a plan) the plan hash that approval is for. */
  approval?: { by: string; at: string; sha256?: string };
  /** Who closed the run with `/reject`, when, and why, in their words. */
  rejection?: { by: string; at: string; reason?: string };
  /**
   * What feedback rounds have been given so far: the newest review (a review at or below
   * it is answered; another event for it starts nothing) and the newest issue or pull
   * request comment (the next round's follow-ups are the comments above it).
   */
  feedbackSeen?: { review: number; comment: number };
  /** While the run is `awaiting-approval`: the segment (named by its first stage) that `/approve` starts, for the tracking comment. */
  awaiting?: Stage;
  /** `review-policy: auto`: the forge merges the pull request with this method once its checks pass. */
  autoMerge?: MergeMethod;
  /** Why the run escalated, by kind (the outcome store's cause), with `escalation`. */
  escalationCause?: EscalationCause;
  /** What the outcome store records when the run ends. */
  metrics?: RunMetrics;
}

/** What a run's outcome record is built from, gathered as the run goes. */
export interface RunMetrics {
  /** The event kind that started the run, and who. */
  trigger: string;
  actor?: string;
  /** Feedback rounds a review started (`ciRounds` counts them too: it is the rounds budget). */
  reviewRounds: number;
  /** Wall time of each stage's nodes, summed over rounds (milliseconds). */
  stageMs: Partial<Record<Stage, number>>;
  /** When the pull request was opened. */
  pullAt?: string;
  /** Files the latest push changed. */
  files?: number;
  /** What people decided: the newest MAX_DECISIONS. */
  decisions: Decision[];
  /** The transcript archives publish jobs stored on the outcome branch (the newest MAX_LINKS), for the run's records. */
  transcripts?: TranscriptLink[];
}

/** Decisions a run's state keeps (the tracking comment holds them). */
export const MAX_DECISIONS = 30;

/** Events that move a run. */
export type RunEvent =
  /** `next`: the segment `/approve` starts, shown while the run waits. */
  | { type: "planned"; awaitApproval: boolean; next?: Stage }
  /** A segment before the last one finished (approve-every-step): its work is on the branch, and the next segment waits for `/approve`. */
  | { type: "await-approval"; next: Stage }
  /** `review-policy: auto`: the forge will merge the pull request when its checks pass. */
  | { type: "auto-merge"; method: MergeMethod }
  | { type: "approved"; by: string; sha256?: string }
  | { type: "rejected"; by: string; reason?: string }
  | { type: "executing" }
  | { type: "pull-opened"; pull: number }
  | { type: "review-approved"; by?: string }
  | { type: "changes-requested"; by?: string }
  | { type: "ci-failed" }
  /** A feedback round changed nothing: the pull request waits for review again. */
  | { type: "no-changes" }
  /** A review run posted its review on `pull`. */
  | { type: "reviewed"; pull: number }
  | { type: "merged"; by?: string }
  | { type: "closed"; by?: string }
  | { type: "escalate"; reason: string; cause: EscalationCause };

const FINAL: RunStatus[] = ["merged", "closed"];
/** Where `/reject` closes a run: it waits for people, nothing is running. */
export const REJECTABLE: readonly RunStatus[] = ["awaiting-approval", "in-review", "awaiting-merge", "escalated"];

/**
 * The state machine: planned → awaiting approval → executing → in review →
 * awaiting merge → merged / closed / escalated. Returns the same object when an
 * event does not apply, so a rerun of the same job changes nothing.
 */
export function advance(state: RunState, event: RunEvent, now: string, ciRoundBudget: number): RunState {
  if (FINAL.includes(state.status)) return state;
  const moved = step(state, event, now, ciRoundBudget);
  return moved === state ? state : { ...moved, metrics: measured(state, moved, event, now) };
}

/** The metrics after a transition: rounds, when the pull request opened, and who decided what. */
function measured(before: RunState, after: RunState, event: RunEvent, now: string): RunMetrics {
  const m: RunMetrics = before.metrics ? { ...before.metrics, decisions: [...before.metrics.decisions] } : { trigger: "unknown", reviewRounds: 0, stageMs: {}, decisions: [] };
  const decide = (what: Decision["what"], by: string | undefined, note?: string) => {
    if (by === undefined) return;
    m.decisions = [...m.decisions, { by, at: now, what, ...(note ? { note: note.slice(0, 200) } : {}) }].slice(-MAX_DECISIONS);
  };
  switch (event.type) {
    case "approved":
      decide("approve", event.by);
      break;
    case "rejected":
      decide("reject", event.by, event.reason);
      break;
    case "review-approved":
      decide("review-approved", event.by);
      break;
    case "changes-requested":
      decide("changes-requested", event.by);
      if (after.status === "executing") m.reviewRounds += 1;
      break;
    case "merged":
      decide("merge", event.by);
      break;
    case "closed":
      decide("close", event.by);
      break;
    case "pull-opened":
      m.pullAt ??= now;
      break;
    default:
      break;
  }
  return m;
}

function step(state: RunState, event: RunEvent, now: string, ciRoundBudget: number): RunState {
  const next = (patch: Partial<RunState>): RunState => {
    const merged = { ...state, ...patch };
    // A field patched to undefined is dropped, as the state block would drop it.
    for (const k of Object.keys(patch) as Array<keyof RunState>) if (merged[k] === undefined) delete merged[k];
    const changed = (Object.keys(patch) as Array<keyof RunState>).some((k) => JSON.stringify(state[k]) !== JSON.stringify(merged[k]));
    return changed ? { ...merged, updatedAt: now } : state;
  };
  switch (event.type) {
    case "planned":
      return state.status === "planned" || state.status === "awaiting-approval"
        ? next({ status: event.awaitApproval ? "awaiting-approval" : "planned", awaiting: event.awaitApproval ? event.next : undefined })
        : state;
    case "await-approval":
      return state.status === "executing" ? next({ status: "awaiting-approval", awaiting: event.next }) : state;
    case "approved":
      return state.status === "awaiting-approval"
        ? next({ status: "executing", awaiting: undefined, approval: { by: event.by, at: now, ...(event.sha256 ? { sha256: event.sha256 } : {}) } })
        : state;
    case "rejected":
      // Only a run waiting for people: while work is in flight its publish job would still push and open a pull request.
      return REJECTABLE.includes(state.status) ? next({ status: "closed", rejection: { by: event.by, at: now, ...(event.reason ? { reason: event.reason } : {}) } }) : state;
    case "executing":
      return state.status === "planned" || state.status === "in-review" || state.status === "escalated" ? next({ status: "executing" }) : state;
    case "pull-opened":
      return next({ status: "in-review", pull: event.pull, awaiting: undefined });
    case "review-approved":
      return state.status === "in-review" ? next({ status: "awaiting-merge" }) : state;
    case "auto-merge":
      return state.status === "in-review" || state.status === "awaiting-merge" ? next({ status: "awaiting-merge", autoMerge: event.method }) : state;
    case "changes-requested":
    case "ci-failed":
      if (state.status !== "in-review" && state.status !== "awaiting-merge") return state;
      if (state.ciRounds >= ciRoundBudget) {
        return next({ status: "escalated", escalation: `the CI-round budget (${ciRoundBudget}) is spent`, escalationCause: event.type === "ci-failed" ? "ci" : "review" });
      }
      return next({ status: "executing", ciRounds: state.ciRounds + 1 });
    case "no-changes":
      return state.status === "executing" && state.pull !== undefined ? next({ status: "in-review" }) : state;
    case "reviewed":
      return state.status === "executing" ? next({ status: "reviewed", pull: event.pull }) : state;
    case "merged":
      return next({ status: "merged" });
    case "closed":
      return next({ status: "closed" });
    case "escalate":
      return next({ status: "escalated", escalation: event.reason, escalationCause: event.cause });
  }
}

export function newRunState(blueprint: string, issue: number, branch: string, nodeIds: string[], now: string, started?: { trigger: string; actor?: string }): RunState {
  return {
    version: 1,
    blueprint,
    issue,
    status: "planned",
    branch,
    ciRounds: 0,
    nodes: Object.fromEntries(nodeIds.map((id) => [id, "pending" as const])),
    startedAt: now,
    updatedAt: now,
    metrics: { trigger: started?.trigger ?? "unknown", ...(started?.actor ? { actor: started.actor } : {}), reviewRounds: 0, stageMs: {}, decisions: [] },
  };
}
