import type { Forge } from "../forge/forge.js";
import type { Trigger } from "../forge/types.js";

export interface AuthorizePolicy {
  /** Users allowed to start runs whatever their permission (and the Forgejo fallback). */
  users: string[];
  /** Bot accounts allowed to start runs. Bots are refused unless listed. */
  bots: string[];
}

export type Decision =
  | { allowed: true; why: string }
  | {
      allowed: false;
      why: string;
      /** Say nothing on the forge: the actor could not see a reply anyway, or replying would invite noise. */
      silent: boolean;
    };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Decide whether the event's actor may start an agent, before anything else runs.
 * Fails closed: any doubt (unknown permission, unknown account type for a bot-like
 * actor) is a refusal with a reason.
 */
export async function authorize(trigger: Trigger, forge: Forge, policy: AuthorizePolicy): Promise<Decision> {
  if (trigger.kind === "schedule") return { allowed: true, why: "scheduled run" };
  const login = trigger.actor.login;

  // Fork pull requests never get credentials, whoever opened them.
  if ((trigger.kind === "review" || trigger.kind === "review_comment" || trigger.kind === "pull_request") && trigger.pull.fromFork) {
    return { allowed: false, why: `pull request #${trigger.pull.number} comes from a fork; forks never get credentials`, silent: false };
  }

  // A command on a pull request's conversation: the pull request must not come from a fork either.
  if (trigger.kind === "comment" && trigger.isPullRequest && (await forge.getPull(trigger.issue.number)).fromFork) {
    return { allowed: false, why: `pull request #${trigger.issue.number} comes from a fork; forks never get credentials`, silent: false };
  }

  // Account type from the payload, else from the API; never from a `[bot]` suffix in the name.
  const type = trigger.actor.type ?? (await forge.getUserType(login).catch(() => undefined));
  if (type === "Bot") {
    return policy.bots.some((b) => same(b, login))
      ? { allowed: true, why: `bot ${login} is listed in authorize.bots` }
      : { allowed: false, why: `${login} is a bot account and is not listed in authorize.bots`, silent: true };
  }

  if (policy.users.some((u) => same(u, login))) return { allowed: true, why: `${login} is listed in authorize.users` };

  const permission = await forge.getPermission(login);
  if (permission === "admin" || permission === "write") return { allowed: true, why: `${login} has ${permission} access` };
  if (permission === "unknown") {
    return {
      allowed: false,
      why: `the token cannot read ${login}'s permission (Forgejo's automatic token cannot); add ${login} to authorize.users in .crustyclaw/config.yml, or give the workflow a token that can`,
      silent: false,
    };
  }
  return {
    allowed: false,
    why: `${login} has ${permission} access; starting an agent needs write access`,
    // Someone without access may not see the repository's replies; a short note is still useful on public repos.
    silent: false,
  };
}
