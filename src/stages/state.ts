import type { Stage } from "../blueprint/types.js";

/** Where a run is. Advanced only by `advance`, so every transition is explicit and idempotent. */
export type RunStatus =
  | "planned"
  | "awaiting-approval"
  | "executing"
  | "in-review"
  | "awaiting-merge"
  | "merged"
  | "closed"
  | "escalated";

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
  cost?: { turns: number; tokens: number; usd: number };
}

/** Events that move a run. */
export type RunEvent =
  | { type: "planned"; awaitApproval: boolean }
  | { type: "approved" }
  | { type: "rejected" }
  | { type: "executing" }
  | { type: "pull-opened"; pull: number }
  | { type: "review-approved" }
  | { type: "changes-requested" }
  | { type: "ci-failed" }
  | { type: "merged" }
  | { type: "closed" }
  | { type: "escalate"; reason: string };

const FINAL: RunStatus[] = ["merged", "closed"];

/**
 * The state machine: planned → awaiting approval → executing → in review →
 * awaiting merge → merged / closed / escalated. Returns the same object when an
 * event does not apply, so a rerun of the same job changes nothing.
 */
export function advance(state: RunState, event: RunEvent, now: string, ciRoundBudget: number): RunState {
  if (FINAL.includes(state.status)) return state;
  const next = (patch: Partial<RunState>): RunState => {
    const merged = { ...state, ...patch };
    const changed = (Object.keys(patch) as Array<keyof RunState>).some((k) => JSON.stringify(state[k]) !== JSON.stringify(merged[k]));
    return changed ? { ...merged, updatedAt: now } : state;
  };
  switch (event.type) {
    case "planned":
      return state.status === "planned" || state.status === "awaiting-approval"
        ? next({ status: event.awaitApproval ? "awaiting-approval" : "planned" })
        : state;
    case "approved":
      return state.status === "awaiting-approval" ? next({ status: "executing" }) : state;
    case "rejected":
      return state.status === "awaiting-approval" || state.status === "in-review" ? next({ status: "closed" }) : state;
    case "executing":
      return state.status === "planned" || state.status === "in-review" || state.status === "escalated" ? next({ status: "executing" }) : state;
    case "pull-opened":
      return next({ status: "in-review", pull: event.pull });
    case "review-approved":
      return state.status === "in-review" ? next({ status: "awaiting-merge" }) : state;
    case "changes-requested":
    case "ci-failed":
      if (state.status !== "in-review" && state.status !== "awaiting-merge") return state;
      if (state.ciRounds >= ciRoundBudget) {
        return next({ status: "escalated", escalation: `the CI-round budget (${ciRoundBudget}) is spent` });
      }
      return next({ status: "executing", ciRounds: state.ciRounds + 1 });
    case "merged":
      return next({ status: "merged" });
    case "closed":
      return next({ status: "closed" });
    case "escalate":
      return next({ status: "escalated", escalation: event.reason });
  }
}

export function newRunState(blueprint: string, issue: number, branch: string, nodeIds: string[], now: string): RunState {
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
  };
}
