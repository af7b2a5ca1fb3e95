import type { AgentNode, Blueprint } from "../blueprint/types.js";
import { splitCommandLine } from "../policy/command-line.js";
import { decideAgent, decideStart, describeRule, POLICY_PATH, type ActorFacts, type AgentQuestion, type StartQuestion, type Verdict } from "../policy/decide.js";
import { EVENT_KINDS, readPolicy, ROLES, type Policy } from "../policy/rules.js";
import { printJson, printProblems } from "./output.js";
import { blueprintPaths, openProject, readBlueprint, type Project } from "./project.js";
import { oneOf, UsageError, type Command } from "./usage.js";

const AGENT_FLAGS = ["tool", "run", "path", "mcp"] as const;

export const policyCommand: Command = {
  name: "policy",
  summary: `Explain what ${POLICY_PATH} decides: which rule answers a question (who may start a blueprint, which tools, commands, paths and MCP tools its agents get) and why.`,
  usage: [
    "crustyclaw policy explain --blueprint NAME --actor LOGIN [--role ROLE] [--team ORG/TEAM]... [--bot] [--event KIND] [--command /CMD] [--json]",
    "       crustyclaw policy explain --blueprint NAME --node ID (--tool TOOL | --run 'COMMAND' | --path PATH | --mcp SERVER/TOOL) [--json]",
  ].join("\n"),
  options: {
    blueprint: { type: "string" },
    actor: { type: "string" },
    role: { type: "string" },
    team: { type: "string", multiple: true },
    bot: { type: "boolean" },
    event: { type: "string" },
    command: { type: "string" },
    node: { type: "string" },
    tool: { type: "string" },
    run: { type: "string" },
    path: { type: "string" },
    mcp: { type: "string" },
    json: { type: "boolean" },
  },
  help: [
    "  --blueprint NAME    the blueprint (its `name`, found in the project's blueprint directory)",
    "Who may start or continue a run:",
    "  --actor LOGIN       who acts (not needed for --event schedule)",
    `  --role ROLE         the actor's access to the repository: ${ROLES.join(", ")}; without it the`,
    "                      permission counts as unreadable, as with Forgejo's automatic token",
    "  --team ORG/TEAM     a team the actor is in (repeat for more); other teams count as not joined",
    "  --bot               the actor is a bot account",
    `  --event KIND        ${EVENT_KINDS.join(", ")} (default: comment with --command, else issue)`,
    "  --command /CMD      the command the comment gives: /claw, /approve, /reject, @bot",
    "What an agent node may use:",
    "  --node ID           the agent node",
    "  --tool TOOL         a tool (read_file, write_file, run_command, …)",
    "  --run 'COMMAND'     a command line for run_command",
    "  --path PATH         a file the agent would write",
    "  --mcp SERVER/TOOL   an MCP tool",
    "  --json              print the answer as JSON",
    "",
    `Rules are read from ${POLICY_PATH} in this checkout; runs read it from the default branch only.`,
    "Exit code 0: allowed; 1: denied (or the policy or blueprint has problems); 2: usage error.",
  ],
  async run({ values, positionals, cwd }, io) {
    if (positionals[0] !== "explain" || positionals.length > 1) throw new UsageError(`policy takes one subcommand: explain (got ${positionals.join(" ") || "none"})`);
    const flag = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
    const name = flag("blueprint");
    if (!name) throw new UsageError("--blueprint is required: policy rules are decided per blueprint");
    const project = openProject(cwd);
    const read = readPolicy(project.root);
    if (!read.policy) {
      printProblems(io, read.problems);
      return 1;
    }
    const blueprint = findBlueprint(project, name);
    const agentFlags = AGENT_FLAGS.filter((f) => flag(f) !== undefined);
    let question: StartQuestion | AgentQuestion;
    let verdict: Verdict;
    let facts: string[] = [];
    if (agentFlags.length > 0) {
      if (agentFlags.length > 1) throw new UsageError(`ask one thing at a time: --${agentFlags.join(" and --")} were both given`);
      const startOnly = ["actor", "role", "team", "bot", "event", "command"].filter((f) => values[f] !== undefined);
      if (startOnly.length > 0) throw new UsageError(`--${startOnly[0]} is about who starts runs; --${agentFlags[0]} asks what an agent may use`);
      const node = agentNode(blueprint, flag("node"));
      question = agentQuestion(agentFlags[0]!, flag(agentFlags[0]!)!, blueprint.name, node.id);
      verdict = decideAgent(question, agentRules(read.policy), blueprint, node);
    } else {
      if (values.node !== undefined) throw new UsageError("--node goes with --tool, --run, --path or --mcp");
      const command = flag("command");
      if (command !== undefined && !/^[/@]\S+$/.test(command)) throw new UsageError(`--command must be a command such as /claw or @bot, not '${command}'`);
      const event = oneOf("event", flag("event"), EVENT_KINDS) ?? (command ? "comment" : "issue");
      const login = flag("actor");
      if (!login && event !== "schedule") throw new UsageError("--actor is required (or --event schedule, which has no actor)");
      const actor = login ? offlineActor(login, values) : undefined;
      facts = actor ? actorFacts(login!, values) : [];
      question = { kind: "start", blueprint: blueprint.name, event, ...(command ? { command } : {}), ...(actor ? { actor } : {}) };
      verdict = await decideStart(question, read.policy.rules, project.config.authorize);
    }
    if (values.json) {
      const { actor: _actor, ...asked } = question as StartQuestion;
      printJson(io, {
        allowed: verdict.allowed,
        question: { ...asked, ...(flag("actor") ? { actor: flag("actor") } : {}) },
        facts,
        decidedBy: verdict.rule,
        because: verdict.because,
        checked: verdict.checked.map((s) => ({ rule: s.rule, matched: s.matched, because: s.because })),
      });
    } else {
      io.out(explanation(question, verdict, facts));
    }
    return verdict.allowed ? 0 : 1;
  },
};

function findBlueprint(project: Project, name: string): Blueprint {
  const found: string[] = [];
  for (const file of blueprintPaths(project, [], project.root)) {
    const b = readBlueprint(project, file).blueprint;
    if (!b) continue;
    if (b.name === name) return b;
    found.push(b.name);
  }
  throw new UsageError(`no blueprint named '${name}' in ${project.config.blueprints}${found.length ? `; there are: ${found.join(", ")}` : ""}`);
}

function agentNode(blueprint: Blueprint, id: string | undefined): AgentNode {
  const agents = blueprint.nodes.filter((n): n is AgentNode => n.kind === "agent");
  if (!id) throw new UsageError(`--node is required: name one of ${blueprint.name}'s agent nodes (${agents.map((n) => n.id).join(", ") || "it has none"})`);
  const node = blueprint.nodes.find((n) => n.id === id);
  if (!node) throw new UsageError(`blueprint ${blueprint.name} has no node '${id}'; its nodes: ${blueprint.nodes.map((n) => n.id).join(", ")}`);
  if (node.kind !== "agent") throw new UsageError(`node '${id}' runs a command, not an agent; the policy's tool, run, path and mcp rules are about agents (${agents.map((n) => n.id).join(", ") || "none here"})`);
  return node;
}

function agentQuestion(kind: (typeof AGENT_FLAGS)[number], value: string, blueprint: string, node: string): AgentQuestion {
  const at = { blueprint, node };
  switch (kind) {
    case "tool":
      return { kind: "tool", tool: value, ...at };
    case "path":
      return { kind: "path", path: value.replace(/^\.\//, ""), ...at };
    case "mcp": {
      const [server, tool, more] = value.split("/");
      if (!server || !tool || more !== undefined) throw new UsageError(`--mcp must be SERVER/TOOL, such as github/get_issue, not '${value}'`);
      return { kind: "mcp", server, tool, ...at };
    }
    case "run": {
      const split = splitCommandLine(value);
      if ("error" in split) throw new UsageError(`--run is not one command: ${split.error}`);
      return { kind: "run", argv: split.words.map((w) => w.text), ...at };
    }
  }
}

function agentRules(policy: Policy) {
  return policy.rules.filter((r) => r.kind !== "start");
}

/** The actor as the flags describe it; what they do not say is what a run could not read either. */
function offlineActor(login: string, values: Record<string, unknown>): ActorFacts {
  const role = oneOf("role", values.role, ROLES);
  const teams = ((values.team as string[] | undefined) ?? []).map((t) => {
    if (!/^[^/\s]+\/[^/\s]+$/.test(t)) throw new UsageError(`--team must be ORG/TEAM, such as acme/maintainers, not '${t}'`);
    return t.toLowerCase();
  });
  return {
    login,
    bot: values.bot === true,
    role: async () => role ?? "unknown",
    inTeam: async (org, team) => teams.includes(`${org}/${team}`.toLowerCase()),
  };
}

function actorFacts(login: string, values: Record<string, unknown>): string[] {
  const teams = (values.team as string[] | undefined) ?? [];
  return [
    `${login} is ${values.bot === true ? "a bot account" : "not a bot"}`,
    values.role !== undefined ? `${login} has ${String(values.role)} access` : `${login}'s access is unknown (no --role): rules on roles fail closed`,
    teams.length > 0 ? `${login} is in ${teams.join(", ")}; no other team` : `${login} is in no team (no --team)`,
  ];
}

function explanation(q: StartQuestion | AgentQuestion, v: Verdict, facts: string[]): string {
  const asked = describeQuestion(q);
  const lines = [`${v.allowed ? "allowed" : "denied"}: ${asked}`, `decided by: ${describeRule(v.rule)}`, `because: ${v.because}`];
  const before = v.checked.slice(0, -1);
  if (before.length > 0) {
    lines.push("rules checked before it, none of which matched:");
    before.forEach((s, i) => lines.push(`  ${i + 1}. ${describeRule(s.rule)}`, `     ${s.because}`));
  }
  if (facts.length > 0) lines.push("facts used:", ...facts.map((f) => `  ${f}`));
  return lines.join("\n");
}

function describeQuestion(q: StartQuestion | AgentQuestion): string {
  switch (q.kind) {
    case "start": {
      const who = q.actor ? `${q.actor.bot ? "bot " : ""}${q.actor.login}` : "a scheduled run";
      return `${who} starting ${q.blueprint} on ${/^[aeiou]/.test(q.event) ? "an" : "a"} ${q.event} event${q.command ? ` with ${q.command}` : ""}`;
    }
    case "tool":
      return `tool ${q.tool} for node ${q.node} of ${q.blueprint}`;
    case "run":
      return `run_command \`${q.argv.join(" ")}\` in node ${q.node} of ${q.blueprint}`;
    case "path":
      return `node ${q.node} of ${q.blueprint} changing ${q.path}`;
    case "mcp":
      return `MCP tool ${q.server}/${q.tool} for node ${q.node} of ${q.blueprint}`;
  }
}
