import type { Blueprint } from "../blueprint/types.js";
import { ForgeError } from "../forge/client.js";
import { findMarkedComment, selfLogin, type Forge } from "../forge/forge.js";
import { runTarget } from "./adopted.js";
import { closeRunPull, runPull } from "./run-pull.js";
import { outcomeOf, type UnchainedOutcome } from "./outcome.js";
import { advance, type RunState, type RunStatus } from "./state.js";
import { isLogin, readState, renderTracking, trackingMarker } from "./tracking.js";

/**
 * How many open issues and pull requests a sweep looks at, newest first: both forges list
 * them together, and each one with comments costs a request for them. A run on an older
 * issue is not swept (docs/forges.md says so).
 */
export const SWEEP_MAX_ISSUES = 300;

/** Where a run waits for people, and so where `review-timeout` counts. */
const WAITING: readonly RunStatus[] = ["awaiting-approval", "in-review", "awaiting-merge"];

export interface SweepDeps {
  forge: Forge;
  blueprint: Blueprint;
  repoUrl: string;
  now: () => string;
  /** sha256 of the blueprint file, for outcome records. */
  blueprintSha256?: string;
}

/** What one run waits for, in words for its issue. */
function waitingFor(state: RunState): string {
  const pull = state.pull !== undefined ? `pull request #${state.pull}` : "the pull request";
  switch (state.status) {
    case "awaiting-approval":
      return "`/approve`";
    case "in-review":
      return `a review of ${pull}`;
    default:
      return state.autoMerge ? `the checks of ${pull} to pass, so that the forge merges it` : `${pull} to be merged`;
  }
}

/**
 * The scheduled sweep of one blueprint's runs. It records the merges the forge made by
 * itself (`review-policy: auto`: a merge the job token asked for starts no workflow, so no
 * `closed` event tells the route), then acts on each run that has waited for people longer
 * than the blueprint's `review-timeout`: the escalation label and a comment, or with
 * `review-timeout-action: reject`, the run closed as `/reject` closes it. Idempotent: a run
 * it escalated or closed waits no longer. Returns what it did, for the log, and the records
 * of the runs it ended, for the outcome store.
 */
export async function sweep(deps: SweepDeps): Promise<{ said: string; outcomes: UnchainedOutcome[] }> {
  const { forge, blueprint } = deps;
  const marker = trackingMarker(blueprint.name);
  const self = await selfLogin(forge);
  const now = deps.now();
  const budget = blueprint.budgets.ciRounds;
  const open = await forge.listOpenIssues(SWEEP_MAX_ISSUES);
  const did: string[] = [];
  const outcomes: UnchainedOutcome[] = [];
  for (const summary of open) {
    // The tracking comment is a comment: an issue with none has no run.
    if (summary.comments === 0) continue;
    try {
      const done = await sweepOne(deps, summary.number, { marker, self, now, budget });
      if (done) did.push(done.said);
      if (done?.outcome) outcomes.push(done.outcome);
    } catch (err) {
      // One run the forge will not answer for (a pull request deleted, a request failing after retries) does not stop the others.
      if (!(err instanceof ForgeError)) throw err;
      did.push(`#${summary.number} not swept (${err.message})`);
    }
  }
  const bound = open.length >= SWEEP_MAX_ISSUES ? ` (the newest ${SWEEP_MAX_ISSUES} open issues and pull requests)` : "";
  return { said: `sweep of ${open.length} open issues and pull requests${bound}: ${did.length > 0 ? did.join(", ") : "no run to act on"}`, outcomes };
}

/** Sweeps the blueprint's run on one issue, if it has one; what changed (and the run's record when it ended), or undefined. */
async function sweepOne(deps: SweepDeps, issue: number, c: { marker: string; self: string; now: string; budget: number }): Promise<{ said: string; outcome?: UnchainedOutcome } | undefined> {
  const { forge, blueprint } = deps;
  const { marker, self, now, budget } = c;
  const limit = blueprint.reviewTimeout;
  const tracking = await findMarkedComment(forge, issue, marker, self);
  const read = tracking ? readState(tracking.body, { blueprint: blueprint.name, issue }) : undefined;
  // An escalated run is looked at too: the forge may still merge its pull request.
  if (!tracking || !read || !(WAITING.includes(read.status) || read.status === "escalated")) return undefined;
  // The branch is derived, never read from the comment: state is data, not authority (an adopted pull request's: its head branch).
  const target = await runTarget(forge, blueprint, issue);
  if (typeof target === "string") return undefined;
  const previous: RunState = { ...read, branch: target.branch };
  let state = previous;
  let said: string | undefined;

  if (state.pull !== undefined) {
    const pull = await runPull(forge, state);
    if (pull?.merged) state = advance(state, { type: "merged" }, now, budget);
    else if (pull?.state === "closed") state = advance(state, { type: "closed" }, now, budget);
  }

  const waited = (Date.parse(now) - Date.parse(state.updatedAt)) / 3_600_000;
  if (limit && WAITING.includes(state.status) && Number.isFinite(waited) && waited >= limit.hours) {
    const why = `it waited ${Math.floor(waited)}h for ${waitingFor(state)}, longer than the blueprint's review-timeout (${limit.text})`;
    if (limit.action === "reject") {
      state = advance(state, { type: "rejected", by: isLogin(self) ? self : "unknown", reason: `review-timeout: ${why}` }, now, budget);
      await closeRunPull(forge, state);
      said = `CrustyClaw closed this run: ${why}. Start it again with what started it.`;
    } else {
      await forge.addLabels(issue, [blueprint.escalation.label]);
      state = advance(state, { type: "escalate", reason: `review-timeout: ${why}`, cause: "timeout" }, now, budget);
      said = `CrustyClaw escalated this run: ${why}. Everything is kept; \`/reject\` closes it.`;
    }
  }

  if (state === previous) return undefined;
  await forge.updateComment(tracking.id, renderTracking(state, { now, repoUrl: deps.repoUrl }));
  if (said) await forge.createComment(issue, said);
  const outcome = outcomeOf(previous, state, { now, ...(deps.blueprintSha256 ? { blueprintSha256: deps.blueprintSha256 } : {}) });
  return { said: `#${issue} ${state.status}`, ...(outcome ? { outcome } : {}) };
}
