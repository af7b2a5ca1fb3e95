import type { Blueprint } from "../blueprint/types.js";
import { adoptsPullRequests, branchPrefix, RUN_BRANCHES } from "../pipeline/runs.js";
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

/**
 * The branch a run pushes, derived from the forge and the blueprint, never read from the
 * tracking comment (state is data, not authority): `crustyclaw/<blueprint>-<issue>` for a run
 * that opens its own pull request; for an adopting blueprint, the head branch of the pull
 * request it works on (`adopted`), or why that pull request cannot be worked on.
 */
export async function runTarget(forge: Forge, blueprint: Blueprint, issue: number): Promise<{ branch: string; adopted?: PullRequest } | string> {
  if (!adoptsPullRequests(blueprint)) return { branch: `${branchPrefix(blueprint)}${issue}` };
  const pull = await adoptablePull(forge, blueprint, issue);
  return typeof pull === "string" ? pull : { branch: pull.headRef, adopted: pull };
}
