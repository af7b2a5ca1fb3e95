import type { Blueprint, Node } from "../blueprint/types.js";

/*
 * What a blueprint's runs are, as both the compiler (which writes the triggers) and the
 * stages (which act on events at run time) need to know it. Nothing here writes workflows.
 */

/** Comments that move a run forward when a human approves or rejects (DESIGN: human review). */
export const APPROVAL_COMMANDS = ["/approve", "/reject"] as const;

/**
 * The sweep's schedule: hourly, at a minute off the hour (both forges' schedulers are busiest
 * on the hour, and GitHub may drop runs then). Its runs find the runs waiting for people
 * past `review-timeout`, and the pull requests the forge merged by itself (`review-policy:
 * auto`, whose merges start no workflow: they are the job token's).
 */
export const SWEEP_CRON = "41 * * * *";

/** A blueprint whose compiled workflow sweeps: it has a `review-timeout`, or merges with no human (`auto`). */
export function sweeps(blueprint: Blueprint): boolean {
  return blueprint.reviewTimeout !== undefined || (blueprint.reviewPolicy === "auto" && opensPullRequests(blueprint));
}

/** Prefix of the branches of every CrustyClaw run that opens its own pull request. */
export const RUN_BRANCHES = "crustyclaw/";

/** Prefix of every branch a blueprint's runs push: `crustyclaw/<blueprint>-<issue>`. */
export function branchPrefix(blueprint: Blueprint): string {
  return `${RUN_BRANCHES}${blueprint.name}-`;
}

/** A blueprint whose segments change code opens pull requests and follows them. */
export function opensPullRequests(blueprint: Blueprint): boolean {
  return blueprint.nodes.some((n) => n.stage === "execute");
}

/**
 * A blueprint whose nodes are all feedback nodes works on pull requests it did not open
 * (fix-failing-ci): a run adopts the pull request it starts on, checks out its head and
 * pushes to its branch; it never opens one.
 */
export function adoptsPullRequests(blueprint: Blueprint): boolean {
  return blueprint.nodes.length > 0 && blueprint.nodes.every((n) => n.stage === "feedback");
}

/** Runs that push to a pull request and follow it to its end: those that open one, and those that adopt one. */
export function followsPullRequests(blueprint: Blueprint): boolean {
  return opensPullRequests(blueprint) || adoptsPullRequests(blueprint);
}

/** An agent that may read files starts with a repo map of its checkout (context/repomap/). */
export function mapsRepo(node: Node): boolean {
  return node.kind === "agent" && node.agent.tools.includes("read_file");
}

/** The repo map's cache, in the runner's temp directory; compiled workflows restore and save it with actions/cache. */
export const REPO_MAP_CACHE = "crustyclaw-repomap.json";
