/**
 * Answering a question with the policy: the file's rules first, in order, then the rules
 * `authorize:` and the blueprint imply, then CrustyClaw's defaults; the first rule that
 * matches decides. Every answer says which rule decided and what was checked before it,
 * so `crustyclaw policy explain` and a refusal on the forge tell the same story.
 *
 * A fact that cannot be read (a permission Forgejo's automatic token may not ask for, a
 * team the token cannot see) fails closed: allow rules that need it do not match, deny
 * rules that need it do.
 */
import type { AgentNode, Blueprint } from "../blueprint/types.js";
import type { Permission } from "../forge/forge.js";
import { parseCommandPattern, patternMatches, type CommandPattern } from "./command-patterns.js";
import { isAllowedPath, isProtectedPath } from "./gates.js";
import type { Rule } from "./rules.js";
import { wildcard } from "./wildcard.js";

export const POLICY_PATH = ".crustyclaw/policy.yml";

/** A rule written in the repository's policy file (not one `authorize:`, a blueprint or the defaults imply). */
export function fromPolicyFile(rule: Rule): boolean {
  return rule.source.startsWith(`${POLICY_PATH}:`);
}

/** What is known, or can be asked, about the actor of an event. */
export interface ActorFacts {
  login: string;
  bot: boolean;
  role(): Promise<Permission | "unknown">;
  inTeam(org: string, team: string): Promise<boolean | "unknown">;
}

export interface StartQuestion {
  kind: "start";
  blueprint: string;
  event: string;
  /** The command the comment gives (`/claw`, `/approve`), if any. */
  command?: string;
  /** Absent for scheduled runs. */
  actor?: ActorFacts;
}

interface AgentBase {
  blueprint: string;
  node: string;
}
export type AgentQuestion =
  | (AgentBase & { kind: "tool"; tool: string })
  | (AgentBase & { kind: "run"; argv: readonly string[] })
  | (AgentBase & { kind: "path"; path: string })
  | (AgentBase & { kind: "mcp"; server: string; tool: string });

type Tri = boolean | "unknown";
interface Match {
  m: Tri;
  because: string;
}

export interface Step {
  rule: Rule;
  matched: boolean;
  because: string;
}

export interface Verdict {
  allowed: boolean;
  /** The rule that decided. */
  rule: Rule;
  because: string;
  /** Every rule looked at, the deciding one last. */
  checked: Step[];
}

interface Candidate<Q> {
  rule: Rule;
  match: (q: Q) => Match | Promise<Match>;
}

const yes = (because: string): Match => ({ m: true, because });
const no = (because: string): Match => ({ m: false, because });
const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(", ");

/** AND of a rule's matchers: the first that fails says why; unknown when one cannot be told and none fails. */
function all(parts: Match[]): Match {
  const failed = parts.find((p) => p.m === false);
  if (failed) return failed;
  const unknown = parts.find((p) => p.m === "unknown");
  if (unknown) return unknown;
  return yes(parts.map((p) => p.because).join("; ") || "it has no conditions");
}

function names(what: string, patterns: readonly string[] | undefined, value: string | undefined, absent: string): Match | undefined {
  if (patterns === undefined) return undefined;
  if (value === undefined) return no(absent);
  const hit = patterns.find((p) => wildcard(p)(value));
  return hit !== undefined ? yes(`${what} ${value} matches '${hit}'`) : no(`${what} ${value} matches none of ${list(patterns)}`);
}

async function actorMatch(patterns: readonly string[], actor: ActorFacts): Promise<Match> {
  const unknowns: string[] = [];
  for (const p of patterns) {
    const colon = p.indexOf(":");
    const prefix = colon > 0 ? p.slice(0, colon) : "";
    const rest = colon > 0 ? p.slice(colon + 1) : p;
    if (prefix === "role") {
      const role = await actor.role();
      if (role === "unknown") unknowns.push(`${actor.login}'s permission cannot be read with this token`);
      else if (role === rest) return yes(`${actor.login} has ${role} access ('${p}')`);
    } else if (prefix === "team") {
      const [org, team] = rest.split("/") as [string, string];
      const member = await actor.inTeam(org, team);
      if (member === "unknown") unknowns.push(`whether ${actor.login} is in team ${rest} cannot be read with this token`);
      else if (member) return yes(`${actor.login} is in team ${rest}`);
    } else if (prefix === "bot") {
      if (actor.bot && wildcard(rest, { caseless: true })(actor.login)) return yes(`bot ${actor.login} matches '${p}'`);
    } else if (!actor.bot && wildcard(rest, { caseless: true })(actor.login)) {
      return yes(`${actor.login} matches '${p}'`);
    }
  }
  if (unknowns.length > 0) return { m: "unknown", because: unknowns.join("; ") };
  return no(`${actor.bot ? "bot " : ""}${actor.login} matches none of ${list(patterns)}${actor.bot ? " (bots match only bot: patterns)" : ""}`);
}

async function startMatch(rule: Rule, q: StartQuestion): Promise<Match> {
  const parts: Match[] = [];
  const add = (m: Match | undefined) => m && parts.push(m);
  add(names("blueprint", rule.blueprints, q.blueprint, ""));
  add(names("event", rule.events, q.event, ""));
  add(names("command", rule.commands, q.command, "the event gives no command"));
  if (rule.actors) {
    if (!q.actor) parts.push(no(`a ${q.event} event has no actor`));
    else if (!parts.some((p) => p.m === false)) parts.push(await actorMatch(rule.actors, q.actor));
  }
  return all(parts);
}

const commandPatterns = new Map<string, CommandPattern | undefined>();
function commandPattern(entry: string): CommandPattern | undefined {
  if (!commandPatterns.has(entry)) {
    const p = parseCommandPattern(entry);
    commandPatterns.set(entry, "pattern" in p ? p.pattern : undefined);
  }
  return commandPatterns.get(entry);
}

function subjectMatch(rule: Rule, q: AgentQuestion): Match {
  switch (q.kind) {
    case "tool":
      return names("tool", rule.tools, q.tool, "")!;
    case "run": {
      const hit = rule.run!.find((e) => {
        const p = commandPattern(e);
        return p !== undefined && patternMatches(p, q.argv);
      });
      const shown = q.argv.join(" ");
      return hit !== undefined ? yes(`\`${shown}\` matches '${hit}'`) : no(`\`${shown}\` matches none of ${list(rule.run!)}`);
    }
    case "path": {
      const hit = rule.paths!.find((p) => wildcard(p, { path: true })(q.path));
      return hit !== undefined ? yes(`path ${q.path} matches '${hit}'`) : no(`path ${q.path} matches none of ${list(rule.paths!)}`);
    }
    case "mcp": {
      const full = `${q.server}/${q.tool}`;
      const hit = rule.mcp!.find((p) => (p.includes("/") ? wildcard(p)(full) : wildcard(p)(q.server)));
      return hit !== undefined ? yes(`MCP tool ${full} matches '${hit}'`) : no(`MCP tool ${full} matches none of ${list(rule.mcp!)}`);
    }
  }
}

const SUBJECT_KEY = { tool: "tools", run: "run", path: "paths", mcp: "mcp" } as const;

function agentMatch(rule: Rule, q: AgentQuestion): Match {
  const parts: Match[] = [];
  const add = (m: Match | undefined) => m && parts.push(m);
  add(names("blueprint", rule.blueprints, q.blueprint, ""));
  add(names("node", rule.nodes, q.node, ""));
  if (rule[SUBJECT_KEY[q.kind]] !== undefined) parts.push(subjectMatch(rule, q));
  return all(parts);
}

async function first<Q>(q: Q, candidates: Candidate<Q>[]): Promise<Verdict> {
  const checked: Step[] = [];
  for (const c of candidates) {
    const { m, because } = await c.match(q);
    // Fail closed on what cannot be read: it matches a deny rule and no allow rule.
    const matched = m === true || (m === "unknown" && c.rule.effect === "deny");
    const said = m === "unknown" ? `${because}, so ${c.rule.effect === "deny" ? "this deny rule applies" : "this allow rule does not"}` : because;
    checked.push({ rule: c.rule, matched, because: said });
    if (matched) return { allowed: c.rule.effect === "allow", rule: c.rule, because: said, checked };
  }
  throw new Error("no rule decided: the defaults always end with a rule that matches");
}

function firstSync<Q>(q: Q, candidates: Candidate<Q>[]): Verdict {
  const checked: Step[] = [];
  for (const c of candidates) {
    const { m, because } = c.match(q) as Match;
    const matched = m === true;
    checked.push({ rule: c.rule, matched, because });
    if (matched) return { allowed: c.rule.effect === "allow", rule: c.rule, because, checked };
  }
  throw new Error("no rule decided: the defaults always end with a rule that matches");
}

const always = (because: string) => () => yes(because);

/** Who may start or continue runs: the file's start rules, then `authorize:`, then the defaults. */
export function decideStart(q: StartQuestion, rules: readonly Rule[], authorize: { users: readonly string[]; bots: readonly string[] }): Promise<Verdict> {
  const candidates: Candidate<StartQuestion>[] = rules.filter((r) => r.kind === "start").map((rule) => ({ rule, match: (x) => startMatch(rule, x) }));
  const implied = (effect: Rule["effect"], why: string, source: string, actors: string[]): Candidate<StartQuestion> => {
    const rule: Rule = { effect, why, kind: "start", source, actors };
    return { rule, match: (x) => startMatch(rule, x) };
  };
  if (authorize.users.length > 0) candidates.push(implied("allow", "listed in authorize.users", "config authorize.users", [...authorize.users]));
  if (authorize.bots.length > 0) candidates.push(implied("allow", "listed in authorize.bots", "config authorize.bots", authorize.bots.map((b) => `bot:${b}`)));
  const schedule: Rule = { effect: "allow", why: "a scheduled run", kind: "start", source: "default", events: ["schedule"] };
  candidates.push(
    { rule: schedule, match: (x) => startMatch(schedule, x) },
    implied("deny", "bots start runs only when listed in authorize.bots or allowed by a rule", "default", ["bot:*"]),
    implied("allow", "write access to the repository", "default", ["role:admin", "role:write"]),
    { rule: { effect: "deny", why: "starting an agent needs write access", kind: "start", source: "default" }, match: always("no rule before it allowed the actor") },
  );
  return first(q, candidates);
}

/**
 * What an agent node may use. Tools and MCP tools: only what the node lists, less what the
 * file's rules deny. Commands: the file's rules, then the node's `agent.commands`. Paths it
 * writes: protected paths stay read-only unless `allow-protected-paths` lists them, then the
 * file's rules.
 */
export function decideAgent(q: AgentQuestion, rules: readonly Rule[], blueprint: Blueprint, node: AgentNode | undefined): Verdict {
  const fileRules: Candidate<AgentQuestion>[] = rules.filter((r) => r.kind === q.kind).map((rule) => ({ rule, match: (x) => agentMatch(rule, x) }));
  const where = `blueprint ${blueprint.name}, node ${q.node}`;
  const builtin = (effect: Rule["effect"], why: string, source: string, match: (x: AgentQuestion) => Match): Candidate<AgentQuestion> => ({ rule: { effect, why, kind: q.kind, source }, match });
  const agent = node?.agent;
  switch (q.kind) {
    case "tool": {
      const listed = agent?.tools.includes(q.tool as never) ?? false;
      return firstSync(q, [
        builtin("deny", "the node does not list it in agent.tools", where, () => (listed ? no(`node ${q.node} lists ${q.tool}`) : yes(`node ${q.node} does not list ${q.tool}`))),
        ...fileRules,
        builtin("allow", "the node lists it in agent.tools", where, always(`node ${q.node} lists ${q.tool}`)),
      ]);
    }
    case "mcp": {
      const granted = agent?.mcp[q.server]?.includes(q.tool) ?? false;
      const full = `${q.server}/${q.tool}`;
      return firstSync(q, [
        builtin("deny", "the node does not grant it in agent.mcp", where, () => (granted ? no(`node ${q.node} grants ${full}`) : yes(`node ${q.node} does not grant ${full}`))),
        ...fileRules,
        builtin("allow", "the node grants it in agent.mcp", where, always(`node ${q.node} grants ${full}`)),
      ]);
    }
    case "run": {
      const entries = agent?.commands ?? [];
      const rule: Rule = { effect: "allow", why: "on the node's allow-list (agent.commands)", kind: "run", source: where, run: entries };
      const listed: Candidate<AgentQuestion> = { rule, match: (x) => (entries.length > 0 ? subjectMatch(rule, x) : no(`node ${q.node} lists no commands`)) };
      return firstSync(q, [...fileRules, listed, builtin("deny", "not on the node's allow-list (agent.commands)", where, always("no rule before it allowed the command"))]);
    }
    case "path": {
      const allowed = blueprint.allowProtectedPaths;
      const prot = isProtectedPath(q.path) && !isAllowedPath(q.path, allowed);
      return firstSync(q, [
        builtin("deny", "protected path (workflows, forge and CrustyClaw config, action metadata, agent instructions, MCP configs, git hooks)", "default, unless the blueprint's allow-protected-paths lists it", () =>
          prot ? yes(`${q.path} is protected and not in allow-protected-paths`) : no(`${q.path} is not a protected path${isProtectedPath(q.path) ? " the blueprint leaves read-only" : ""}`),
        ),
        ...fileRules,
        builtin("allow", "agents may change files of the checkout", "default", always("no rule before it denied the path")),
      ]);
    }
  }
}

/** One line naming a rule: effect, where it comes from, and its own words. */
export function describeRule(rule: Rule): string {
  const conditions = (["actors", "events", "commands", "blueprints", "nodes", "tools", "run", "paths", "mcp"] as const)
    .filter((k) => rule[k] !== undefined)
    .map((k) => `${k} [${rule[k]!.join(", ")}]`)
    .join(" ");
  return `${rule.effect} (${rule.source})${conditions ? ` ${conditions}` : ""}: ${rule.why}`;
}
