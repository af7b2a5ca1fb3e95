/**
 * Is an event that reached the route addressed to this blueprint? The compiled workflow's
 * `if:` filters cheaply (an expression has `contains()`, no parser); these are the exact
 * checks, made before anyone is authorised or answered, so a remark that merely looks like
 * a request (`@crustyclaw-bot`, an e-mail address, an issue assigned to someone else)
 * neither starts a run nor draws a refusal.
 */
import type { Triggers } from "../blueprint/types.js";
import { mentions } from "../forge/mention.js";
import type { Trigger } from "../forge/types.js";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The command a comment gives this blueprint, or undefined: `/approve`, `/reject` or the
 * blueprint's own command as the first word, else `@<mention>` when the comment mentions
 * the blueprint's handle anywhere (a mention starts a run as the command does).
 */
export function commandFor(body: string, triggers: Triggers): string | undefined {
  const first = body.trimStart().split(/\s/, 1)[0] ?? "";
  if (first === "/approve" || first === "/reject" || (triggers.command !== undefined && first === triggers.command)) return first;
  return triggers.mention !== undefined && mentions(body, triggers.mention) ? `@${triggers.mention}` : undefined;
}

/** Why an issue event is not this blueprint's to act on (an assignment to anyone but its assignee), or undefined. */
export function assignmentRefusal(trigger: Trigger, triggers: Triggers): string | undefined {
  if (trigger.kind !== "issue" || trigger.action !== "assigned") return undefined;
  if (triggers.assignee === undefined) return `#${trigger.issue.number} was assigned, and this blueprint has no assignee trigger`;
  const wanted = triggers.assignee;
  return (trigger.assignees ?? []).some((login) => same(login, wanted)) ? undefined : `#${trigger.issue.number} was not assigned to ${wanted}`;
}
