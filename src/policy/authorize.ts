import type { Forge } from "../forge/forge.js";
import type { Trigger } from "../forge/types.js";
import { decideStart, type ActorFacts, type Verdict } from "./decide.js";
import type { Rule } from "./rules.js";

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

export interface AuthorizeInput {
  /** `authorize:` of `.crustyclaw/config.yml`. */
  authorize: AuthorizePolicy;
  /** The start rules of `.crustyclaw/policy.yml` on the default branch. */
  rules: readonly Rule[];
  blueprint: string;
  /** The command the comment gives, if any. */
  command?: string;
}

/** The actor's facts, each asked of the forge once and only when a rule needs it. */
export function forgeActor(forge: Forge, login: string, bot: boolean): ActorFacts {
  let role: ReturnType<Forge["getPermission"]> | undefined;
  const teams = new Map<string, Promise<boolean | "unknown">>();
  return {
    login,
    bot,
    role: () => (role ??= forge.getPermission(login)),
    inTeam: (org, team) => {
      const key = `${org}/${team}`.toLowerCase();
      if (!teams.has(key)) teams.set(key, forge.isTeamMember(org, team, login));
      return teams.get(key)!;
    },
  };
}

/**
 * Decide whether the event's actor may start an agent, before anything else runs: forks
 * never, then the policy's first matching rule (policy/decide.ts). Fails closed: any doubt
 * (unknown permission, unknown team) is a refusal with a reason.
 */
export async function authorize(trigger: Trigger, forge: Forge, input: AuthorizeInput): Promise<Decision> {
  // Fork pull requests never get credentials, whoever opened them: no rule can allow them.
  if ((trigger.kind === "review" || trigger.kind === "review_comment" || trigger.kind === "pull_request") && trigger.pull.fromFork) {
    return { allowed: false, why: `pull request #${trigger.pull.number} comes from a fork; forks never get credentials`, silent: false };
  }
  // A command on a pull request's conversation: the pull request must not come from a fork either.
  if (trigger.kind === "comment" && trigger.isPullRequest && (await forge.getPull(trigger.issue.number)).fromFork) {
    return { allowed: false, why: `pull request #${trigger.issue.number} comes from a fork; forks never get credentials`, silent: false };
  }
  let actor: ActorFacts | undefined;
  if (trigger.kind !== "schedule") {
    const login = trigger.actor.login;
    // Account type from the payload, else from the API; never from a `[bot]` suffix in the name.
    const type = trigger.actor.type ?? (await forge.getUserType(login).catch(() => undefined));
    actor = forgeActor(forge, login, type === "Bot");
  }
  const verdict = await decideStart({ kind: "start", blueprint: input.blueprint, event: trigger.kind, ...(input.command ? { command: input.command } : {}), ...(actor ? { actor } : {}) }, input.rules, input.authorize);
  return decision(verdict, actor);
}

async function decision(v: Verdict, actor: ActorFacts | undefined): Promise<Decision> {
  const login = actor?.login ?? "the event";
  const rule = v.rule;
  if (v.allowed) {
    if (rule.source === "default") return { allowed: true, why: actor ? `${login} has ${await actor.role()} access` : rule.why };
    if (rule.source.startsWith("config ")) return { allowed: true, why: `${actor?.bot ? "bot " : ""}${login} is ${rule.why}` };
    return { allowed: true, why: `${rule.why} (policy rule at ${rule.source}: ${v.because})` };
  }
  if (rule.source !== "default") return { allowed: false, why: `${rule.why} (policy rule at ${rule.source})`, silent: actor?.bot ?? false };
  if (actor?.bot) return { allowed: false, why: `${login} is a bot account and is not listed in authorize.bots`, silent: true };
  const permission = actor ? await actor.role() : "none";
  if (permission === "unknown") {
    return {
      allowed: false,
      why: `the token cannot read ${login}'s permission (Forgejo's automatic token cannot); add ${login} to authorize.users in .crustyclaw/config.yml, or give the workflow a token that can`,
      silent: false,
    };
  }
  // Someone without access may not see the repository's replies; a short note is still useful on public repos.
  return { allowed: false, why: `${login} has ${permission} access; starting an agent needs write access`, silent: false };
}
