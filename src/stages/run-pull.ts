import { RUN_BRANCHES } from "../pipeline/runs.js";
import type { Forge, PullRequest } from "../forge/forge.js";
import type { RunState } from "./state.js";

/**
 * The run's own pull request, if it has one: its head the run's branch, in this repository.
 * `state.pull` is data from a comment, so a pull request it names that is not the run's counts for nothing.
 */
export async function runPull(forge: Forge, state: RunState): Promise<PullRequest | undefined> {
  const pull = state.pull !== undefined ? await forge.getPull(state.pull) : await forge.findPullByHead(state.branch);
  return pull && !pull.fromFork && pull.headRef === state.branch ? pull : undefined;
}

/**
 * Close the run's own pull request, if it has one open: one CrustyClaw opened, on a run
 * branch. A pull request a run adopted (fix-failing-ci) is its author's, and stays open.
 */
export async function closeRunPull(forge: Forge, state: RunState): Promise<void> {
  const pull = await runPull(forge, state);
  if (pull && pull.state === "open" && pull.headRef.startsWith(RUN_BRANCHES)) await forge.closePull(pull.number);
}
