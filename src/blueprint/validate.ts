import type { ValidateFunction } from "ajv";
import type { Problem } from "../util/problem.js";
import { sortProblems } from "../util/problem.js";
import { findCycles } from "../util/order.js";
import { didYouMean } from "../util/suggest.js";
import { parseCommandPattern } from "../policy/command-patterns.js";
import { cronProblem } from "./cron.js";
import { mcpToolNameProblem, resolveMcpServers, type RawMcpServer } from "./mcp.js";
import { DEFAULT_BUDGETS, MCP_SERVER_PATTERN, MCP_TOOL_PATTERN, NOTICE_EVENTS, STAGES } from "./schema.js";
import * as validators from "../generated/validators.js";
import { schemaProblems } from "./schema-errors.js";
import type { Blueprint, IssueEventType, Node, NoticeEvent, ReviewTimeoutAction, Stage, ToolName } from "./types.js";
import { parseYamlSource, positionOf, positionWithin, type PathSegment, type YamlSource } from "./yaml-source.js";

function schemaValidator(): ValidateFunction {
  return validators.blueprint;
}

/**
 * A blueprint of only feedback nodes works on pull requests it did not open (fix-failing-ci):
 * it must start on one (failing checks, or a command, mention or dispatch naming it), and
 * never merges one (its author does).
 */
function adoptionProblems(source: YamlSource, data: Record<string, unknown>, nodes: unknown[]): Problem[] {
  const stages = nodes.map((n) => (isMapping(n) ? n.stage : undefined));
  if (stages.length === 0 || !stages.every((st) => st === "feedback")) return [];
  const problems: Problem[] = [];
  const add = (path: PathSegment[], message: string, code: string, hint: string) => {
    const { line, column } = positionOf(source, path, true);
    problems.push({ file: source.file, line, column, message, code, hint });
  };
  const what = "a blueprint of only feedback nodes works on pull requests someone else opened";
  const triggers = isMapping(data.triggers) ? data.triggers : {};
  for (const key of ["issue", "assignee", "schedule", "review"]) {
    if (triggers[key] === undefined) continue;
    add(["triggers", key], `${what}, and trigger '${key}' starts no run on one`, "adopting-trigger", "start it with 'ci-failure', 'command', 'mention' or 'dispatch', or add plan or execute nodes so that its runs open a pull request of their own");
  }
  if (!["ci-failure", "command", "mention", "dispatch"].some((k) => triggers[k] !== undefined) && isMapping(data.triggers)) {
    add(["triggers"], `${what}; nothing in 'triggers' starts it on one`, "adopting-trigger", "add 'ci-failure' (GitHub) or 'command', commented on the pull request");
  }
  if (data["review-policy"] === "auto") {
    add(["review-policy"], `${what}; review-policy 'auto' would merge one without its author`, "adopting-auto", "use 'approve-before-merge': the pull request's author merges it");
  }
  return problems;
}

/** Raw node shape as written; only trusted after schema validation. */
interface RawNode {
  id?: unknown;
  stage?: unknown;
  needs?: unknown;
  run?: unknown;
  agent?: { tools?: string[]; commands?: string[]; mcp?: unknown; budget?: Partial<Record<string, number>> } & Record<string, unknown>;
  secrets?: unknown;
  minutes?: unknown;
  [k: string]: unknown;
}

export interface LoadOptions {
  /**
   * Names of the MCP servers `.crustyclaw/config.yml` defines. Given, a node's `agent.mcp`
   * must name a server of the blueprint or of the config; absent (the config is not
   * known), servers the blueprint does not define are left for the run to resolve.
   */
  configMcpServers?: readonly string[];
}

export interface LoadResult {
  blueprint?: Blueprint;
  problems: Problem[];
  source?: YamlSource;
}

/**
 * Parse and validate a blueprint. Reports every problem it can find at once,
 * each with file:line:column; returns a resolved blueprint only when there are none.
 */
export function loadBlueprint(file: string, text: string, options: LoadOptions = {}): LoadResult {
  const parsed = parseYamlSource(file, text);
  if (!parsed.source) return { problems: parsed.problems };
  const source = parsed.source;
  const data = source.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    // Point at the content (not at a leading comment); an empty file has none.
    const empty = data === null || data === undefined;
    const { line, column } = empty ? { line: 1, column: 1 } : positionOf(source, []);
    const kind = empty ? "the file is empty" : Array.isArray(data) ? "this file holds a list" : `this file holds a ${typeof data}`;
    return {
      problems: [
        {
          file,
          line,
          column,
          message: `a blueprint must be a YAML mapping with name, triggers and nodes; ${kind}`,
          hint: "see docs/blueprints.md or run `crustyclaw init` for an example",
          code: "not-a-mapping",
        },
      ],
      source,
    };
  }
  const validate = schemaValidator();
  const problems: Problem[] = [];
  if (!validate(data)) problems.push(...schemaProblems(source, validate.errors ?? []));
  problems.push(...graphProblems(source, data as Record<string, unknown>, options));
  if (problems.length > 0) return { problems: sortProblems(problems), source };
  return { blueprint: resolve(data as Record<string, unknown>), problems: [], source };
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function stageIndex(stage: unknown): number {
  return STAGES.indexOf(stage as Stage);
}

/** Triggers a report blueprint runs on: it reports on a schedule, or when someone starts it by hand. */
const REPORT_TRIGGERS = ["schedule", "dispatch"];

/** A blueprint has nodes, or is a report blueprint (`report:`), which has none and runs only on a schedule or by hand. */
function reportProblems(source: YamlSource, data: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  const add = (path: PathSegment[], message: string, code: string, hint: string) => {
    const { line, column } = positionOf(source, path, path.length > 0);
    problems.push({ file: source.file, line, column, message, code, hint });
  };
  if (data.report === undefined) {
    if (data.nodes === undefined) add([], "missing required key 'nodes': the steps of the blueprint's pipeline", "no-nodes", "add 'nodes:', or 'report:' for a blueprint that posts the outcome report (see docs/outcomes.md)");
    return problems;
  }
  if (data.nodes !== undefined) add(["nodes"], "a report blueprint ('report:') has no nodes", "report-nodes", "remove 'nodes', or 'report' to make it a pipeline");
  if (isMapping(data.triggers)) {
    for (const key of Object.keys(data.triggers).filter((k) => !REPORT_TRIGGERS.includes(k))) {
      add(["triggers", key], `a report blueprint runs on its schedule or by hand, and trigger '${key}' would start it otherwise`, "report-trigger", "use 'schedule' and 'dispatch' only");
    }
  }
  return problems;
}

/**
 * Checks across nodes that a JSON Schema cannot express: exactly one of run/agent,
 * duplicate ids, unknown needs, cycles, stage order, tool/command consistency,
 * command patterns that do not parse (policy/command-patterns.ts).
 * Runs on partially valid data so all problems surface in one pass.
 */
function graphProblems(source: YamlSource, data: Record<string, unknown>, options: LoadOptions): Problem[] {
  const problems: Problem[] = [];
  const add = (path: PathSegment[], message: string, code: string, hint?: string, preferKey = false) => {
    const { line, column } = positionOf(source, path, preferKey);
    problems.push({ file: source.file, line, column, message, code, ...(hint ? { hint } : {}) });
  };
  const nodes = Array.isArray(data.nodes) ? (data.nodes as unknown[]) : [];
  const byId = new Map<string, { index: number; node: RawNode }>();
  const servers = isMapping(data["mcp-servers"]) ? Object.keys(data["mcp-servers"]) : [];

  // Cron fields, ranges and names as the forges accept them; a count other than five is the schema's to report.
  const schedule = isMapping(data.triggers) && Array.isArray(data.triggers.schedule) ? (data.triggers.schedule as unknown[]) : [];
  schedule.forEach((cron, i) => {
    if (typeof cron !== "string") return;
    const problem = cronProblem(cron);
    if (!problem || (!/^(\S+\s+){4}\S+$/.test(cron) && !/\$\{\{/.test(cron))) return;
    const { line, column } = positionWithin(source, ["triggers", "schedule", i], problem.index);
    problems.push({ file: source.file, line, column, message: problem.message, code: "cron", hint: problem.hint });
  });

  if (data["review-timeout-action"] !== undefined && data["review-timeout"] === undefined) {
    add(["review-timeout-action"], "'review-timeout-action' is set but 'review-timeout' is not, so no run ever times out", "review-timeout-action", "add 'review-timeout', for example 'review-timeout: 72h', or remove 'review-timeout-action'", true);
  }

  problems.push(...adoptionProblems(source, data, nodes), ...reportProblems(source, data));

  nodes.forEach((raw, index) => {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) return;
    const node = raw as RawNode;
    const label = typeof node.id === "string" ? `node '${node.id}'` : `nodes[${index}]`;
    if (typeof node.id === "string" && /^(route|publish)(-|$)/.test(node.id)) {
      add(["nodes", index, "id"], `node id '${node.id}' is reserved for a job the compiler generates`, "reserved-id", "choose another id; 'route', 'publish' and 'publish-*' are reserved");
    }
    if (typeof node.id === "string") {
      const prev = byId.get(node.id);
      if (prev) {
        const { line } = positionOf(source, ["nodes", prev.index, "id"]);
        add(["nodes", index, "id"], `duplicate node id '${node.id}' (first defined on line ${line})`, "duplicate-id", "give each node a unique id");
      } else byId.set(node.id, { index, node });
    }
    const hasRun = node.run !== undefined;
    const hasAgent = node.agent !== undefined;
    if (hasRun === hasAgent) {
      add(
        ["nodes", index],
        hasRun ? `${label} sets both 'run' and 'agent'` : `${label} has neither 'run' nor 'agent'`,
        "node-kind",
        "a node is either deterministic (`run: <command>`) or an agent loop (`agent: {instructions: ...}`)",
      );
    }
    if (hasAgent && node.secrets !== undefined) {
      add(
        ["nodes", index, "secrets"],
        `${label} is an agent and cannot receive secrets`,
        "agent-secrets",
        "give the secret to a deterministic `run` node that runs before the agent (its output reaches the agent as a result); nodes after an agent cannot hold secrets",
        true,
      );
    }
    if (hasAgent && node.minutes !== undefined) {
      add(["nodes", index, "minutes"], `${label} is an agent; set its time budget in agent.budget.minutes`, "agent-minutes", undefined, true);
    }
    if (typeof node.run === "string" && node.run.includes("${{")) {
      add(
        ["nodes", index, "run"],
        `${label} uses a workflow expression ('\${{ ... }}') in 'run'; blueprint commands are run by CrustyClaw, not expanded by the forge`,
        "expression-in-run",
        "read values from environment variables instead (for secrets, list them under 'secrets')",
      );
    }
    const agent = node.agent;
    if (agent && typeof agent === "object") {
      const tools = Array.isArray(agent.tools) ? agent.tools : [];
      const commands = Array.isArray(agent.commands) ? agent.commands : [];
      if (commands.length > 0 && !tools.includes("run_command")) {
        add(["nodes", index, "agent", "commands"], `${label} allows commands but does not grant the 'run_command' tool`, "commands-without-tool", "add run_command to agent.tools, or remove agent.commands", true);
      }
      if (tools.includes("run_command") && commands.length === 0) {
        add(["nodes", index, "agent", "tools"], `${label} grants 'run_command' but allows no commands`, "tool-without-commands", "list the commands it may run under agent.commands, such as 'npm test'");
      }
      commands.forEach((entry, j) => {
        // Non-strings are the schema's to report.
        if (typeof entry !== "string") return;
        const parsed = parseCommandPattern(entry);
        if (!("error" in parsed)) return;
        const path: PathSegment[] = ["nodes", index, "agent", "commands", j];
        const { line, column } = positionWithin(source, path, parsed.offset);
        problems.push({
          file: source.file,
          line,
          column,
          // One line per problem: an entry spanning lines is shown escaped.
          message: `${label}: the command pattern ${/[\r\n]/.test(entry) ? JSON.stringify(entry) : `'${entry}'`} ${parsed.error}`,
          code: "command-pattern",
          ...(parsed.hint ? { hint: parsed.hint } : {}),
        });
      });
      if (isMapping(agent.mcp)) mcpProblems(label, index, agent.mcp);
    }
  });

  // Rules about what runs after an agent: that code may be the agent's (DESIGN: security model).
  const influence = agentInfluence(nodes.filter(isMapping) as RawNode[]);
  nodes.forEach((raw, index) => {
    if (!isMapping(raw) || typeof raw.id !== "string" || raw.agent !== undefined) return;
    const node = raw as RawNode;
    const label = `node '${node.id}'`;
    const after = influence(node.id as string);
    if (Array.isArray(node.secrets) && node.secrets.length > 0 && (after.ancestor || after.feedback)) {
      add(
        ["nodes", index, "secrets"],
        after.ancestor
          ? `${label} receives secrets but runs after agent node '${after.ancestor}' (through needs): it would apply the agent's change set and run code the agent wrote with the secrets in its environment`
          : `${label} receives secrets but is a feedback node: it runs on the pull request's head, which an agent wrote`,
        "secrets-after-agent",
        "give secrets only to nodes that run before any agent, on a clean checkout of the base (no `needs` on an agent node, not in feedback); leave later steps that need secrets to the repository's own CI, which runs on the pull request",
        true,
      );
    }
    const trust = node.trust ?? data.trust;
    if (trust === "untrusted" && node.network === "any" && (after.ancestor || after.feedback || after.laterStage)) {
      add(
        ["nodes", index, "network"],
        `${label} asks for the runner's whole network (network: any), but it is untrusted and runs after an agent`,
        "untrusted-network",
        "list the hosts it needs instead, such as [registry.npmjs.org]",
      );
    }
  });

  function mcpProblems(label: string, index: number, mcp: Record<string, unknown>): void {
    const valid = (name: string) => new RegExp(MCP_SERVER_PATTERN).test(name);
    const known = options.configMcpServers ? [...new Set([...servers, ...options.configMcpServers])].filter(valid) : undefined;
    for (const [server, granted] of Object.entries(mcp)) {
      const path: PathSegment[] = ["nodes", index, "agent", "mcp", server];
      // A malformed name is the schema's to report.
      if (!valid(server)) continue;
      if (known && !known.includes(server)) {
        add(
          path,
          `${label} grants MCP server '${server}', which is defined neither in the blueprint's mcp-servers nor in .crustyclaw/config.yml`,
          "unknown-mcp-server",
          didYouMean(server, known) ?? (known.length ? `known MCP servers: ${known.join(", ")}` : "define the server under mcp-servers (command, args)"),
          true,
        );
      }
      if (!Array.isArray(granted)) continue;
      granted.forEach((tool, j) => {
        // Malformed names are the schema's to report.
        if (typeof tool !== "string" || !new RegExp(MCP_TOOL_PATTERN).test(tool)) return;
        const problem = mcpToolNameProblem(server, tool);
        if (problem) {
          const hint =
            tool.includes(".") || mcpToolNameProblem("x", tool)
              ? "CrustyClaw cannot offer this tool to a model under any server name; remove it from the list"
              : "use a shorter server name";
          add([...path, j], problem, "mcp-tool-name", hint);
        }
      });
    }
  }

  // needs: unknown targets, self-references, stage order.
  const ids = [...byId.keys()];
  nodes.forEach((raw, index) => {
    if (!raw || typeof raw !== "object") return;
    const node = raw as RawNode;
    if (!Array.isArray(node.needs)) return;
    node.needs.forEach((need, j) => {
      if (typeof need !== "string") return;
      const path: PathSegment[] = ["nodes", index, "needs", j];
      const target = byId.get(need);
      if (need === node.id) {
        add(path, `node '${String(node.id)}' needs itself`, "self-need");
      } else if (!target) {
        add(path, `node '${String(node.id)}' needs unknown node '${need}'`, "unknown-need", didYouMean(need, ids) ?? (ids.length ? `known nodes: ${ids.join(", ")}` : undefined));
      } else if (stageIndex(target.node.stage) > stageIndex(node.stage) && stageIndex(node.stage) >= 0) {
        add(
          path,
          `${String(node.stage)} node '${String(node.id)}' needs ${String(target.node.stage)} node '${need}', but stages run ${STAGES.join(" → ")}`,
          "stage-order",
          `move '${need}' to an earlier stage or '${String(node.id)}' to a later one`,
        );
      }
    });
  });

  const needsOf = new Map([...byId].map(([id, e]) => [id, Array.isArray(e.node.needs) ? (e.node.needs as unknown[]) : []]));
  for (const cycle of findCycles(needsOf)) {
    const first = cycle[0]!;
    const entry = byId.get(first)!;
    const j = (entry.node.needs as string[]).indexOf(cycle[1] ?? first);
    add(["nodes", entry.index, "needs", j], `cycle in needs: ${cycle.map((id) => `'${id}'`).join(" needs ")}`, "cycle", "a blueprint is a DAG: remove one of these needs");
  }
  return problems;
}

/**
 * How an agent can reach a node's workspace: the node is an agent, needs one
 * (transitively: it applies that agent's change set), comes in a later stage than one
 * (its job may work on what the agent produced), or is a feedback node (it runs on the
 * pull request's head). Works on unvalidated nodes; unknown ids and cycles end the walk.
 */
function agentInfluence(raws: RawNode[]): (id: string) => { agent: boolean; ancestor?: string; feedback: boolean; laterStage: boolean } {
  const byId = new Map(raws.filter((r) => typeof r.id === "string").map((r) => [r.id as string, r]));
  const agentStages = raws.filter((r) => r.agent !== undefined).map((r) => stageIndex(r.stage));
  const ancestor = (id: string, seen: Set<string>): string | undefined => {
    const r = byId.get(id);
    if (!r || seen.has(id)) return undefined;
    seen.add(id);
    for (const need of Array.isArray(r.needs) ? r.needs : []) {
      if (typeof need !== "string") continue;
      if (byId.get(need)?.agent !== undefined) return need;
      const found = ancestor(need, seen);
      if (found) return found;
    }
    return undefined;
  };
  return (id) => {
    const r = byId.get(id);
    const found = ancestor(id, new Set());
    return {
      agent: r?.agent !== undefined,
      ...(found ? { ancestor: found } : {}),
      feedback: r?.stage === "feedback",
      laterStage: r !== undefined && agentStages.some((s) => s >= 0 && s < stageIndex(r.stage)),
    };
  };
}

/** Hours in a `review-timeout` the schema accepted (`72h`, `3d`). */
export function timeoutHours(text: string): number {
  const n = Number(text.slice(0, -1));
  return text.endsWith("d") ? n * 24 : n;
}

/** Apply defaults to schema-valid data. */
function resolve(data: Record<string, unknown>): Blueprint {
  const d = data as {
    name: string;
    description?: string;
    triggers: Record<string, unknown>;
    trust?: Blueprint["trust"];
    "review-policy"?: Blueprint["reviewPolicy"];
    "review-timeout"?: string;
    "review-timeout-action"?: ReviewTimeoutAction;
    "max-parallel"?: number;
    budgets?: Partial<Record<"turns" | "tokens" | "minutes" | "ci-rounds", number>>;
    escalation?: Partial<Record<"label" | "failed-tool-calls" | "repeated-actions", string | number>>;
    notify?: { on?: NoticeEvent[]; webhooks?: Array<{ secret: string; format?: "json" | "slack" | "matrix" }>; signal?: { "url-secret": string; "number-secret": string; "recipients-secret": string } };
    "allow-protected-paths"?: string[];
    network?: string[];
    "mcp-servers"?: Record<string, RawMcpServer>;
    report?: { days?: number };
    nodes?: Array<Record<string, unknown>>;
  };
  const budgets = {
    turns: d.budgets?.turns ?? DEFAULT_BUDGETS.turns,
    tokens: d.budgets?.tokens ?? DEFAULT_BUDGETS.tokens,
    minutes: d.budgets?.minutes ?? DEFAULT_BUDGETS.minutes,
    ciRounds: d.budgets?.["ci-rounds"] ?? DEFAULT_BUDGETS["ci-rounds"],
  };
  const trust = d.trust ?? "internal";
  const t = d.triggers as {
    issue?: { types?: IssueEventType[]; labels?: string[] };
    command?: string;
    mention?: string;
    assignee?: string;
    review?: boolean;
    "ci-failure"?: { workflows: string[] };
    schedule?: string[];
    dispatch?: boolean;
  };
  const triggers: Blueprint["triggers"] = {};
  if (t.issue) triggers.issue = { types: t.issue.types ?? ["opened", "labeled"], labels: t.issue.labels ?? [] };
  if (t.command) triggers.command = t.command;
  if (t.mention) triggers.mention = t.mention;
  if (t.assignee) triggers.assignee = t.assignee;
  if (t.review) triggers.review = true;
  if (t["ci-failure"]) triggers.ciFailure = { workflows: t["ci-failure"].workflows };
  if (t.schedule) triggers.schedule = t.schedule;
  if (t.dispatch) triggers.dispatch = true;

  const influence = agentInfluence((d.nodes ?? []) as RawNode[]);
  /** Whether a node may run code an agent wrote (see agentInfluence). */
  const afterAgent = (id: string): boolean => {
    const i = influence(id);
    return i.agent || Boolean(i.ancestor) || i.feedback || i.laterStage;
  };
  const nodes: Node[] = (d.nodes ?? []).map((n) => {
    const raw = n as {
      id: string;
      stage: Stage;
      needs?: string[];
      trust?: Node["trust"];
      run?: string;
      secrets?: string[];
      minutes?: number;
      network?: string[] | "any";
      agent?: {
        instructions: string;
        tools?: ToolName[];
        commands?: string[];
        mcp?: Record<string, string[]>;
        model?: string;
        budget?: Partial<Record<"turns" | "tokens" | "minutes", number>>;
      };
    };
    const network = raw.network ?? (afterAgent(raw.id) ? [...(d.network ?? [])] : "any");
    const base = { id: raw.id, stage: raw.stage, needs: raw.needs ?? [], trust: raw.trust ?? trust, network };
    if (raw.agent) {
      const budget = {
        turns: raw.agent.budget?.turns ?? budgets.turns,
        tokens: raw.agent.budget?.tokens ?? budgets.tokens,
        minutes: raw.agent.budget?.minutes ?? budgets.minutes,
      };
      return {
        ...base,
        kind: "agent" as const,
        secrets: [],
        minutes: budget.minutes,
        agent: {
          instructions: raw.agent.instructions,
          tools: raw.agent.tools ?? [],
          commands: raw.agent.commands ?? [],
          mcp: Object.fromEntries(Object.entries(raw.agent.mcp ?? {}).map(([server, tools]) => [server, [...tools]])),
          ...(raw.agent.model ? { model: raw.agent.model } : {}),
          budget,
        },
      };
    }
    return { ...base, kind: "run" as const, run: raw.run!, secrets: raw.secrets ?? [], minutes: raw.minutes ?? budgets.minutes };
  });

  return {
    name: d.name,
    description: d.description ?? "",
    triggers,
    trust,
    reviewPolicy: d["review-policy"] ?? "approve-before-merge",
    ...(d["review-timeout"] ? { reviewTimeout: { hours: timeoutHours(d["review-timeout"]), action: d["review-timeout-action"] ?? "escalate", text: d["review-timeout"] } } : {}),
    maxParallel: d["max-parallel"] ?? 1,
    budgets,
    escalation: {
      label: String(d.escalation?.label ?? "crustyclaw:escalated"),
      failedToolCalls: Number(d.escalation?.["failed-tool-calls"] ?? 3),
      repeatedActions: Number(d.escalation?.["repeated-actions"] ?? 3),
    },
    ...(d.notify && (d.notify.webhooks?.length || d.notify.signal)
      ? {
          notify: {
            on: d.notify.on ?? [...NOTICE_EVENTS],
            webhooks: (d.notify.webhooks ?? []).map((w) => ({ secret: w.secret, format: w.format ?? "json" })),
            ...(d.notify.signal ? { signal: { urlSecret: d.notify.signal["url-secret"], numberSecret: d.notify.signal["number-secret"], recipientsSecret: d.notify.signal["recipients-secret"] } } : {}),
          },
        }
      : {}),
    allowProtectedPaths: d["allow-protected-paths"] ?? [],
    network: d.network ?? [],
    mcpServers: resolveMcpServers(d["mcp-servers"]),
    ...(d.report ? { report: { days: d.report.days ?? 7 } } : {}),
    nodes,
  };
}
