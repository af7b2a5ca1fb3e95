/**
 * `.crustyclaw/policy.yml`: priority-ordered allow and deny rules over who may start what
 * (actors, events, commands, blueprints) and what agents may use (tools, run_command
 * commands, paths they write, MCP tools). Read from the default branch only: the route job
 * reads its checkout of the default branch and hands the agent rules to the work jobs.
 *
 * Each question is answered by the first rule that matches it; the rules that
 * `authorize:` and the blueprint's nodes imply come after the file's (decide.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { schemaProblems } from "../blueprint/schema-errors.js";
import { parseYamlSource, positionOf, type PathSegment, type YamlSource } from "../blueprint/yaml-source.js";
import * as validators from "../generated/validators.js";
import type { Problem } from "../util/problem.js";
import { parseCommandPattern } from "./command-patterns.js";
import { wildcard } from "./wildcard.js";
import { POLICY_PATH } from "./decide.js";

export { POLICY_PATH };

export type Effect = "allow" | "deny";
/** What a rule decides: who starts runs, or what an agent may use. */
export type RuleKind = "start" | "tool" | "run" | "path" | "mcp";

export const EVENT_KINDS = ["issue", "comment", "review", "review_comment", "pull_request", "ci", "schedule", "dispatch"] as const;
export const ROLES = ["admin", "write", "read", "none"] as const;

export interface Rule {
  effect: Effect;
  /** Why, in the rule's own words. */
  why: string;
  kind: RuleKind;
  /** Where the rule comes from: `.crustyclaw/policy.yml:7:5`, `config authorize.users`, a node's allow-list. */
  source: string;
  actors?: string[];
  events?: string[];
  commands?: string[];
  blueprints?: string[];
  nodes?: string[];
  /** The thing the rule is about, for the kinds other than start. */
  tools?: string[];
  run?: string[];
  paths?: string[];
  mcp?: string[];
}

export interface Policy {
  rules: Rule[];
}

const SUBJECTS = ["tools", "run", "paths", "mcp"] as const;
const KIND_OF: Record<(typeof SUBJECTS)[number], RuleKind> = { tools: "tool", run: "run", paths: "path", mcp: "mcp" };
const START_ONLY = ["actors", "events", "commands"] as const;
const MATCHERS = ["actors", "events", "commands", "blueprints", "nodes", ...SUBJECTS] as const;

type RawRule = Partial<Record<"allow" | "deny", string> & Record<(typeof MATCHERS)[number], string[]>>;

/** Parse policy text (`file` as the user names it); an empty file has no rules. */
export function parsePolicy(file: string, text: string): { policy?: Policy; problems: Problem[] } {
  const parsed = parseYamlSource(file, text);
  if (!parsed.source) return { problems: parsed.problems };
  const source = parsed.source;
  const data = source.data ?? { rules: [] };
  if (typeof data !== "object" || Array.isArray(data)) {
    return { problems: [{ file, line: 1, column: 1, message: "the policy must be a YAML mapping with a `rules:` list", code: "not-a-mapping", hint: "start the file with `rules:`" }] };
  }
  if (!validators.policy(data)) return { problems: schemaProblems(source, validators.policy.errors ?? []) };
  const problems: Problem[] = [];
  const rules: Rule[] = [];
  (data as { rules: RawRule[] }).rules.forEach((raw, i) => {
    const rule = ruleOf(raw, i, source, problems);
    if (rule) rules.push(rule);
  });
  return problems.length > 0 ? { problems } : { policy: { rules }, problems: [] };
}

function ruleOf(raw: RawRule, i: number, source: YamlSource, problems: Problem[]): Rule | undefined {
  const at = (p: PathSegment[], preferKey = false) => positionOf(source, ["rules", i, ...p], preferKey);
  const problem = (p: PathSegment[], message: string, hint: string, code: string) => {
    const { line, column } = at(p, p.length === 1);
    problems.push({ file: source.file, line, column, message: `rules[${i}]: ${message}`, hint, code });
  };
  const before = problems.length;
  if ((raw.allow === undefined) === (raw.deny === undefined)) {
    problem([], raw.allow === undefined ? "says neither `allow` nor `deny`" : "says both `allow` and `deny`", "give each rule one of `allow: <why>` or `deny: <why>`", "rule-effect");
  }
  const subjects = SUBJECTS.filter((k) => raw[k] !== undefined);
  if (subjects.length > 1) {
    problem([subjects[1]!], `is about both \`${subjects[0]}\` and \`${subjects[1]}\``, "write one rule for each: a rule decides one kind of question", "rule-kind");
  }
  const kind: RuleKind = subjects[0] ? KIND_OF[subjects[0]] : "start";
  if (kind !== "start") {
    for (const k of START_ONLY) {
      if (raw[k] !== undefined) problem([k], `\`${k}\` cannot narrow a \`${subjects[0]}\` rule: agents' tools, commands, paths and MCP tools are decided per blueprint and node`, "narrow it with `blueprints` and `nodes`, or move the condition to a rule without tools, run, paths or mcp", "rule-matcher");
    }
  } else if (raw.nodes !== undefined) {
    problem(["nodes"], "`nodes` narrows only rules about tools, run, paths or mcp", "remove `nodes`, or add the tools, run, paths or mcp the rule is about", "rule-matcher");
  }
  raw.actors?.forEach((a, j) => {
    const bad = actorProblem(a);
    if (bad) problem(["actors", j], bad.message, bad.hint, "actor-pattern");
  });
  raw.events?.forEach((e, j) => {
    if (!e.includes("*") && !(EVENT_KINDS as readonly string[]).includes(e)) problem(["events", j], `'${e}' is not an event`, `use one of ${EVENT_KINDS.join(", ")}`, "event");
  });
  raw.commands?.forEach((c, j) => {
    if (!/^[/@]/.test(c) && c !== "*") problem(["commands", j], `'${c}' is not a command`, "commands start with `/` (`/claw`, `/approve`) or `@` (a mention)", "command");
  });
  raw.run?.forEach((r, j) => {
    const p = parseCommandPattern(r);
    if ("error" in p) problem(["run", j], `'${r}' ${p.error}`, p.hint ?? "write one program and its arguments, such as `npm test`", "run-pattern");
  });
  raw.paths?.forEach((p, j) => {
    if (p.startsWith("/") || p.split("/").includes("..")) problem(["paths", j], `'${p}' leads outside the repository`, "write paths relative to the repository root, such as `secrets/**`", "path-pattern");
  });
  raw.mcp?.forEach((m, j) => {
    if (m.split("/").length > 2 || m.startsWith("/") || m.endsWith("/")) problem(["mcp", j], `'${m}' is not an MCP server or tool`, "write `server` or `server/tool` (wildcards allowed: `github/get_*`)", "mcp-pattern");
  });
  if (problems.length > before) return undefined;
  const { line, column } = at([]);
  const rule: Rule = { effect: raw.allow !== undefined ? "allow" : "deny", why: (raw.allow ?? raw.deny)!, kind, source: `${source.file}:${line}:${column}` };
  for (const k of MATCHERS) if (raw[k] !== undefined) rule[k] = raw[k];
  return rule;
}

function actorProblem(a: string): { message: string; hint: string } | undefined {
  const [prefix, rest] = a.includes(":") ? [a.slice(0, a.indexOf(":")), a.slice(a.indexOf(":") + 1)] : ["", a];
  if (prefix === "role") {
    return (ROLES as readonly string[]).includes(rest) ? undefined : { message: `'${a}' names no role`, hint: `use role:${ROLES.join(", role:")}` };
  }
  if (prefix === "team") {
    return /^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/.test(rest) ? undefined : { message: `'${a}' is not a team`, hint: "write team:<organisation>/<team>, such as team:acme/maintainers (no wildcards: membership is asked of the forge)" };
  }
  if (prefix === "bot" || prefix === "") {
    return /^[A-Za-z0-9*][A-Za-z0-9._*[\]-]*$/.test(rest) ? undefined : { message: `'${a}' is not a login pattern`, hint: "logins are letters, digits, '.', '_', '-' and `*` for any characters" };
  }
  return { message: `'${a}' has the unknown prefix '${prefix}:'`, hint: "actors are logins, `team:org/team`, `role:<role>` or `bot:<login>`" };
}

/** The policy in `root`'s checkout; no file means no rules. */
export function readPolicy(root: string): { policy?: Policy; problems: Problem[] } {
  const file = path.join(root, POLICY_PATH);
  if (!existsSync(file)) return { policy: { rules: [] }, problems: [] };
  return parsePolicy(POLICY_PATH, readFileSync(file, "utf8"));
}

/** The agent-side rules that can apply to a blueprint, as the route hands them to its work jobs. */
export function agentRulesFor(policy: Policy, blueprint: string): Rule[] {
  return policy.rules.filter((r) => r.kind !== "start" && (r.blueprints === undefined || r.blueprints.some((b) => wildcard(b)(blueprint))));
}

/** Read agent rules back from the route's `policy` output (JSON); what is not a rule is an error, never ignored. */
export function agentRulesFromJson(text: string): Rule[] {
  if (text.trim() === "") return [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error("the policy input is not JSON; it must be the route job's `policy` output");
  }
  const list = Array.isArray(data) ? data : undefined;
  const strings = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((s) => typeof s === "string"));
  const ok = list?.every(
    (r: Partial<Rule>) =>
      typeof r === "object" && r !== null && (r.effect === "allow" || r.effect === "deny") && typeof r.why === "string" && typeof r.source === "string" &&
      (r.kind === "tool" || r.kind === "run" || r.kind === "path" || r.kind === "mcp") && MATCHERS.every((k) => strings(r[k])),
  );
  if (!list || !ok) throw new Error("the policy input is not a list of agent rules; it must be the route job's `policy` output");
  return list as Rule[];
}
