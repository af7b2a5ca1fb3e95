import type { Blueprint } from "../blueprint/types.js";
import { RUN_BRANCHES } from "../compile/triggers.js";
import type { Forge, PullRequest } from "../forge/forge.js";

/**
 * The pull request a run of an adopting blueprint (only feedback nodes: fix-failing-ci)
 * works on, read from the forge: `number` must be a pull request whose head branch is in
 * this repository and belongs to no CrustyClaw run (those have their own CI rounds).
 * Otherwise why not, in words for the person who asked.
 */
export async function adoptablePull(forge: Forge, blueprint: Blueprint, number: number): Promise<PullRequest | string> {
  if (!(await forge.getIssue(number)).isPullRequest) {
    return `#${number} is an issue, not a pull request: ${blueprint.name} works on the pull request whose checks fail (comment on that pull request)`;
  }
  const pull = await forge.getPull(number);
  if (pull.fromFork) return `pull request #${number} comes from a fork: CrustyClaw never pushes to a fork's branch (forks get no credentials)`;
  if (pull.headRef.startsWith(RUN_BRANCHES)) return `pull request #${number} is a CrustyClaw run's own (branch ${pull.headRef}): the blueprint that opened it fixes its checks in its own CI rounds`;
  return pull;
}
