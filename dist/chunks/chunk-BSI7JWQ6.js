import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  blueprint,
  config,
  didYouMean,
  feedback,
  findCycles,
  parseYamlSource,
  positionOf,
  positionWithin,
  schemaProblems,
  sortProblems
} from "./chunk-UNI2HRDF.js";
import {
  DEFAULT_BUDGETS,
  MCP_SERVER_PATTERN,
  MCP_TOOL_PATTERN,
  STAGES,
  mcpToolNameProblem,
  parseCommandPattern,
  resolveMcpServers
} from "./chunk-IFMW6CY3.js";

// src/pipeline/segments.ts
function stageGroups(policy) {
  switch (policy) {
    case "auto":
    case "approve-before-merge":
      return [["plan", "execute", "review"], ["feedback"]];
    case "approve-before-execute":
      return [["plan"], ["execute", "review"], ["feedback"]];
    case "approve-every-step":
      return STAGES.map((s) => [s]);
  }
}
function segmentsOf(blueprint2) {
  const out = [];
  for (const stages of stageGroups(blueprint2.reviewPolicy)) {
    const nodes = blueprint2.nodes.filter((n) => stages.includes(n.stage));
    if (nodes.length === 0) continue;
    const present = STAGES.filter((s) => nodes.some((n) => n.stage === s));
    out.push({ id: present[0], stages: present, nodes, maxParallel: blueprint2.maxParallel });
  }
  return out;
}
function nextSegment(segments, id2) {
  const i = segments.findIndex((s) => s.id === id2);
  const next = segments[i + 1];
  return next && next.id !== "feedback" ? next : void 0;
}
function publishingStage(segment) {
  return segment.stages[segment.stages.length - 1];
}

// src/stages/feedback-data.ts
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
var FEEDBACK_FILE = "feedback.json";
var MAX_FEEDBACK_BODY = 16 * 1024;
var MAX_INLINE_COMMENTS = 100;
var MAX_FOLLOW_UPS = 30;
var MAX_CI_CHECKS = 10;
var MAX_CI_LOG_BYTES = 8 * 1024;
var MAX_FILE_BYTES = 4 * 1024 * 1024;
var id = { type: "integer", minimum: 1 };
var login = { type: "string", minLength: 1, maxLength: 100 };
var body = { type: "string", maxLength: MAX_FEEDBACK_BODY + 100 };
var FEEDBACK_SCHEMA = {
  $id: "https://crustyclaw.dev/schema/feedback.json",
  title: "CrustyClaw feedback round",
  type: "object",
  additionalProperties: false,
  required: ["version", "pull", "comments", "followUps"],
  properties: {
    version: { const: 1 },
    pull: id,
    review: {
      type: "object",
      additionalProperties: false,
      required: ["id", "author", "state", "body"],
      properties: { id, author: login, state: { enum: ["changes_requested", "commented"] }, body }
    },
    comments: {
      type: "array",
      maxItems: MAX_INLINE_COMMENTS,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "author", "path", "side", "body"],
        properties: { id, author: login, path: { type: "string", minLength: 1, maxLength: 4096 }, line: id, side: { enum: ["LEFT", "RIGHT"] }, body, inReplyTo: id }
      }
    },
    followUps: {
      type: "array",
      maxItems: MAX_FOLLOW_UPS,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "author", "on", "body"],
        properties: { id, author: login, on: id, body }
      }
    },
    ci: {
      type: "object",
      additionalProperties: false,
      required: ["sha", "checks"],
      properties: {
        sha: { type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" },
        checks: {
          type: "array",
          maxItems: MAX_CI_CHECKS,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "conclusion"],
            properties: {
              name: { type: "string", minLength: 1, maxLength: 1024 },
              conclusion: { type: "string", maxLength: 64 },
              url: { type: "string", maxLength: 4096 },
              description: { type: "string", maxLength: 4096 },
              // A tail of MAX_CI_LOG_BYTES bytes is at most that many characters, plus the note saying where it was cut.
              log: { type: "string", maxLength: MAX_CI_LOG_BYTES + 200 }
            }
          }
        }
      }
    }
  }
};
function keepBody(text) {
  return text.length <= MAX_FEEDBACK_BODY ? text : `${text.slice(0, MAX_FEEDBACK_BODY)}
[\u2026 cut at ${MAX_FEEDBACK_BODY} characters]`;
}
function logTail(log, budget = MAX_CI_LOG_BYTES) {
  const bytes = Buffer.from(log, "utf8");
  if (bytes.length <= budget) return log;
  let tail = bytes.subarray(bytes.length - budget).toString("utf8").replace(/^\uFFFD+/, "");
  const nl = tail.indexOf("\n");
  if (nl >= 0 && nl < tail.length - 1) tail = tail.slice(nl + 1);
  return `[\u2026 the first ${bytes.length - Buffer.byteLength(tail, "utf8")} bytes of the log cut]
${tail}`;
}
function writeFeedback(dir, data) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, FEEDBACK_FILE), `${JSON.stringify(data, null, 2)}
`);
}
function readFeedback(file) {
  if (!file || !existsSync(file)) return {};
  const where = `${path.basename(path.dirname(file))}/${path.basename(file)}`;
  const st = lstatSync(file);
  if (!st.isFile()) return { problem: `${where} is not a regular file` };
  if (st.size > MAX_FILE_BYTES) return { problem: `${where} is ${st.size} bytes; the limit is ${MAX_FILE_BYTES}` };
  let value;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    return { problem: `${where} is not JSON (${err.message.slice(0, 200)})` };
  }
  const validate = feedback;
  if (!validate(value)) {
    const e = validate.errors?.[0];
    return { problem: `${where} is not a feedback round as the route job writes it: ${e?.instancePath || "(root)"} ${e?.message ?? "is invalid"}` };
  }
  return { data: value };
}

// src/util/hash.ts
import { createHash } from "node:crypto";
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

// src/config/config.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import path2 from "node:path";
var CONFIG_PATH = ".crustyclaw/config.yml";
var DEFAULT_RUNNERS = {
  github: { trusted: ["ubuntu-latest"], internal: ["ubuntu-latest"], untrusted: ["self-hosted", "microvm"] },
  ghes: { trusted: ["self-hosted"], internal: ["self-hosted"], untrusted: ["self-hosted", "microvm"] },
  forgejo: { trusted: ["docker"], internal: ["docker"], untrusted: ["microvm"] },
  gitea: { trusted: ["ubuntu-latest"], internal: ["ubuntu-latest"], untrusted: ["microvm"] }
};
function defaultConfig() {
  return {
    forges: ["github"],
    blueprints: ".crustyclaw/blueprints",
    actions: { repository: "crustyclaw/crustyclaw", ref: "v1", forgejoUrl: "https://github.com" },
    runners: structuredClone(DEFAULT_RUNNERS),
    modelApiKeySecret: "CRUSTYCLAW_MODEL_API_KEY",
    authorize: { users: [], bots: [] },
    pullRequests: { reviewers: [], labels: ["crustyclaw"], mergeMethod: "squash" },
    mcpServers: {},
    ci: { dispatch: [] }
  };
}
function parseConfig(file, text) {
  const parsed = parseYamlSource(file, text);
  if (!parsed.source) return { problems: parsed.problems };
  const data = parsed.source.data ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return { problems: [{ file, line: 1, column: 1, message: "the config must be a YAML mapping", code: "not-a-mapping" }] };
  }
  if (!config(data)) return { problems: schemaProblems(parsed.source, config.errors ?? []) };
  const d = data;
  const config2 = defaultConfig();
  if (d.forges) config2.forges = d.forges;
  if (d.blueprints) config2.blueprints = path2.posix.normalize(d.blueprints).replace(/\/$/, "");
  if (d.actions?.repository) config2.actions.repository = d.actions.repository;
  if (d.actions?.ref) config2.actions.ref = d.actions.ref;
  if (d.actions?.["forgejo-url"]) config2.actions.forgejoUrl = d.actions["forgejo-url"];
  if (d.secrets?.["model-api-key"]) config2.modelApiKeySecret = d.secrets["model-api-key"];
  if (d.authorize?.users) config2.authorize.users = d.authorize.users;
  if (d.authorize?.bots) config2.authorize.bots = d.authorize.bots;
  if (d["pull-requests"]?.reviewers) config2.pullRequests.reviewers = d["pull-requests"].reviewers;
  if (d["pull-requests"]?.labels) config2.pullRequests.labels = d["pull-requests"].labels;
  if (d["pull-requests"]?.["merge-method"]) config2.pullRequests.mergeMethod = d["pull-requests"]["merge-method"];
  config2.mcpServers = resolveMcpServers(d["mcp-servers"]);
  if (d.ci?.dispatch) config2.ci.dispatch = d.ci.dispatch;
  if (d.ci?.["push-token"]) config2.ci.pushTokenSecret = d.ci["push-token"];
  const list = (v) => Array.isArray(v) ? v : [v];
  for (const forge of ["github", "forgejo"]) {
    for (const tier of ["trusted", "internal", "untrusted"]) {
      const v = d.runners?.[forge]?.[tier] ?? d.runners?.[tier];
      if (v) config2.runners[forge][tier] = list(v);
    }
  }
  return { config: config2, problems: [] };
}
function readConfig(root) {
  const file = path2.join(root, CONFIG_PATH);
  if (!existsSync2(file)) return { config: defaultConfig(), problems: [] };
  return parseConfig(CONFIG_PATH, readFileSync2(file, "utf8"));
}

// src/blueprint/cron.ts
var MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
var DAYS = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
var FIELDS = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day-of-month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: MONTHS },
  { name: "day-of-week", min: 0, max: 6, names: DAYS }
];
var FORMS = "each field takes '*', a number or name, a range 'a-b', a step '*/n' or 'a-b/n', or a list of these separated by ','";
function cronProblem(cron) {
  const quoted = `cron '${cron}'`;
  if (/\$\{\{|\}\}/.test(cron)) {
    const index = Math.max(0, cron.search(/\$\{\{|\}\}/));
    return { message: `${quoted} holds a workflow expression; the forge reads a schedule literally`, hint: "write the five fields out, for example '0 3 * * 1' (03:00 UTC every Monday)", index };
  }
  if (/^@/.test(cron.trim())) {
    return { message: `${quoted} is a shortcut GitHub does not accept`, hint: "write the five fields out; '@daily' is '0 0 * * *'", index: 0 };
  }
  const odd = cron.search(/[^ \S]/);
  if (odd >= 0) return { message: `${quoted} separates fields with something other than spaces`, hint: "separate the five fields with spaces only", index: odd };
  const parts = cron.trim() === cron ? [...cron.matchAll(/[^ ]+/g)] : [];
  if (parts.length !== 5) {
    return {
      message: `${quoted} ${parts.length ? `has ${parts.length} fields` : "starts or ends with a space"}; expected five: minute hour day-of-month month day-of-week`,
      hint: "for example '0 3 * * 1' (03:00 UTC every Monday)",
      index: 0
    };
  }
  for (const [i, m] of parts.entries()) {
    const field = FIELDS[i];
    const why = fieldProblem(m[0], field);
    if (why) return { message: `${field.name} field '${m[0]}' of ${quoted} ${why}`, hint: hintFor(field), index: m.index };
  }
  return void 0;
}
function hintFor(field) {
  const names = field.names ? ` or ${Object.keys(field.names)[0].toUpperCase()}-${Object.keys(field.names).at(-1).toUpperCase()}` : "";
  return `${field.name} is ${field.min}-${field.max}${names}; ${FORMS}`;
}
function valueOf(text, field) {
  const named = field.names?.[text.toLowerCase()];
  if (named !== void 0) return named;
  return /^[0-9]{1,4}$/.test(text) ? Number(text) : void 0;
}
function fieldProblem(text, field) {
  if (text === "*") return void 0;
  if (text.includes(",")) {
    const pieces = text.split(",");
    if (pieces.some((p) => p === "")) return "has an empty item in its list";
    for (const p of pieces) {
      const why = fieldProblem(p, field);
      if (why) return why;
    }
    return void 0;
  }
  if (text.includes("/")) {
    const [start, step, ...rest] = text.split("/");
    if (rest.length > 0 || !start || !step) return "has a step that is not 'x/n'";
    const n = /^[0-9]{1,4}$/.test(step) ? Number(step) : void 0;
    if (n === void 0 || n < 1) return `has step '${step}'; a step is a whole number of at least 1`;
    if (n < field.min || n > field.max) return `has step ${n}, outside ${field.min}-${field.max}`;
    return fieldProblem(start, field);
  }
  if (text.includes("-")) {
    const [start, end, ...rest] = text.split("-");
    if (rest.length > 0 || !start || !end) return "has a range that is not 'a-b'";
    const from = valueOf(start, field);
    const to = valueOf(end, field);
    if (from === void 0 || to === void 0) return `has range end '${from === void 0 ? start : end}', which is not a number or name`;
    if (from < field.min || to > field.max || to < field.min || from > field.max) return `is outside ${field.min}-${field.max}`;
    if (to < from) return "has a range that goes down; a range is 'low-high'";
    return void 0;
  }
  const v = valueOf(text, field);
  if (v === void 0) return /^[0-9]+$/.test(text) ? `is outside ${field.min}-${field.max}` : "is not a number, name, range, step or list";
  if (v < field.min || v > field.max) return `is outside ${field.min}-${field.max}`;
  return void 0;
}

// src/blueprint/validate.ts
function schemaValidator() {
  return blueprint;
}
function adoptionProblems(source, data, nodes) {
  const stages = nodes.map((n) => isMapping(n) ? n.stage : void 0);
  if (stages.length === 0 || !stages.every((st) => st === "feedback")) return [];
  const problems = [];
  const add = (path3, message, code, hint) => {
    const { line, column } = positionOf(source, path3, true);
    problems.push({ file: source.file, line, column, message, code, hint });
  };
  const what = "a blueprint of only feedback nodes works on pull requests someone else opened";
  const triggers = isMapping(data.triggers) ? data.triggers : {};
  for (const key of ["issue", "assignee", "schedule", "review"]) {
    if (triggers[key] === void 0) continue;
    add(["triggers", key], `${what}, and trigger '${key}' starts no run on one`, "adopting-trigger", "start it with 'ci-failure', 'command', 'mention' or 'dispatch', or add plan or execute nodes so that its runs open a pull request of their own");
  }
  if (!["ci-failure", "command", "mention", "dispatch"].some((k) => triggers[k] !== void 0) && isMapping(data.triggers)) {
    add(["triggers"], `${what}; nothing in 'triggers' starts it on one`, "adopting-trigger", "add 'ci-failure' (GitHub) or 'command', commented on the pull request");
  }
  if (data["review-policy"] === "auto") {
    add(["review-policy"], `${what}; review-policy 'auto' would merge one without its author`, "adopting-auto", "use 'approve-before-merge': the pull request's author merges it");
  }
  return problems;
}
function loadBlueprint(file, text, options = {}) {
  const parsed = parseYamlSource(file, text);
  if (!parsed.source) return { problems: parsed.problems };
  const source = parsed.source;
  const data = source.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    const empty = data === null || data === void 0;
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
          code: "not-a-mapping"
        }
      ],
      source
    };
  }
  const validate = schemaValidator();
  const problems = [];
  if (!validate(data)) problems.push(...schemaProblems(source, validate.errors ?? []));
  problems.push(...graphProblems(source, data, options));
  if (problems.length > 0) return { problems: sortProblems(problems), source };
  return { blueprint: resolve(data), problems: [], source };
}
function isMapping(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function stageIndex(stage) {
  return STAGES.indexOf(stage);
}
function graphProblems(source, data, options) {
  const problems = [];
  const add = (path3, message, code, hint, preferKey = false) => {
    const { line, column } = positionOf(source, path3, preferKey);
    problems.push({ file: source.file, line, column, message, code, ...hint ? { hint } : {} });
  };
  const nodes = Array.isArray(data.nodes) ? data.nodes : [];
  const byId = /* @__PURE__ */ new Map();
  const servers = isMapping(data["mcp-servers"]) ? Object.keys(data["mcp-servers"]) : [];
  const schedule = isMapping(data.triggers) && Array.isArray(data.triggers.schedule) ? data.triggers.schedule : [];
  schedule.forEach((cron, i) => {
    if (typeof cron !== "string") return;
    const problem = cronProblem(cron);
    if (!problem || !/^(\S+\s+){4}\S+$/.test(cron) && !/\$\{\{/.test(cron)) return;
    const { line, column } = positionWithin(source, ["triggers", "schedule", i], problem.index);
    problems.push({ file: source.file, line, column, message: problem.message, code: "cron", hint: problem.hint });
  });
  if (data["review-timeout-action"] !== void 0 && data["review-timeout"] === void 0) {
    add(["review-timeout-action"], "'review-timeout-action' is set but 'review-timeout' is not, so no run ever times out", "review-timeout-action", "add 'review-timeout', for example 'review-timeout: 72h', or remove 'review-timeout-action'", true);
  }
  problems.push(...adoptionProblems(source, data, nodes));
  nodes.forEach((raw, index) => {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) return;
    const node = raw;
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
    const hasRun = node.run !== void 0;
    const hasAgent = node.agent !== void 0;
    if (hasRun === hasAgent) {
      add(
        ["nodes", index],
        hasRun ? `${label} sets both 'run' and 'agent'` : `${label} has neither 'run' nor 'agent'`,
        "node-kind",
        "a node is either deterministic (`run: <command>`) or an agent loop (`agent: {instructions: ...}`)"
      );
    }
    if (hasAgent && node.secrets !== void 0) {
      add(
        ["nodes", index, "secrets"],
        `${label} is an agent and cannot receive secrets`,
        "agent-secrets",
        "give the secret to a deterministic `run` node that runs before the agent (its output reaches the agent as a result); nodes after an agent cannot hold secrets",
        true
      );
    }
    if (hasAgent && node.minutes !== void 0) {
      add(["nodes", index, "minutes"], `${label} is an agent; set its time budget in agent.budget.minutes`, "agent-minutes", void 0, true);
    }
    if (typeof node.run === "string" && node.run.includes("${{")) {
      add(
        ["nodes", index, "run"],
        `${label} uses a workflow expression ('\${{ ... }}') in 'run'; blueprint commands are run by CrustyClaw, not expanded by the forge`,
        "expression-in-run",
        "read values from environment variables instead (for secrets, list them under 'secrets')"
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
        if (typeof entry !== "string") return;
        const parsed = parseCommandPattern(entry);
        if (!("error" in parsed)) return;
        const path3 = ["nodes", index, "agent", "commands", j];
        const { line, column } = positionWithin(source, path3, parsed.offset);
        problems.push({
          file: source.file,
          line,
          column,
          // One line per problem: an entry spanning lines is shown escaped.
          message: `${label}: the command pattern ${/[\r\n]/.test(entry) ? JSON.stringify(entry) : `'${entry}'`} ${parsed.error}`,
          code: "command-pattern",
          ...parsed.hint ? { hint: parsed.hint } : {}
        });
      });
      if (isMapping(agent.mcp)) mcpProblems(label, index, agent.mcp);
    }
  });
  const influence = agentInfluence(nodes.filter(isMapping));
  nodes.forEach((raw, index) => {
    if (!isMapping(raw) || typeof raw.id !== "string" || raw.agent !== void 0) return;
    const node = raw;
    const label = `node '${node.id}'`;
    const after = influence(node.id);
    if (Array.isArray(node.secrets) && node.secrets.length > 0 && (after.ancestor || after.feedback)) {
      add(
        ["nodes", index, "secrets"],
        after.ancestor ? `${label} receives secrets but runs after agent node '${after.ancestor}' (through needs): it would apply the agent's change set and run code the agent wrote with the secrets in its environment` : `${label} receives secrets but is a feedback node: it runs on the pull request's head, which an agent wrote`,
        "secrets-after-agent",
        "give secrets only to nodes that run before any agent, on a clean checkout of the base (no `needs` on an agent node, not in feedback); leave later steps that need secrets to the repository's own CI, which runs on the pull request",
        true
      );
    }
    const trust = node.trust ?? data.trust;
    if (trust === "untrusted" && node.network === "any" && (after.ancestor || after.feedback || after.laterStage)) {
      add(
        ["nodes", index, "network"],
        `${label} asks for the runner's whole network (network: any), but it is untrusted and runs after an agent`,
        "untrusted-network",
        "list the hosts it needs instead, such as [registry.npmjs.org]"
      );
    }
  });
  function mcpProblems(label, index, mcp) {
    const valid = (name) => new RegExp(MCP_SERVER_PATTERN).test(name);
    const known = options.configMcpServers ? [.../* @__PURE__ */ new Set([...servers, ...options.configMcpServers])].filter(valid) : void 0;
    for (const [server, granted] of Object.entries(mcp)) {
      const path3 = ["nodes", index, "agent", "mcp", server];
      if (!valid(server)) continue;
      if (known && !known.includes(server)) {
        add(
          path3,
          `${label} grants MCP server '${server}', which is defined neither in the blueprint's mcp-servers nor in .crustyclaw/config.yml`,
          "unknown-mcp-server",
          didYouMean(server, known) ?? (known.length ? `known MCP servers: ${known.join(", ")}` : "define the server under mcp-servers (command, args)"),
          true
        );
      }
      if (!Array.isArray(granted)) continue;
      granted.forEach((tool, j) => {
        if (typeof tool !== "string" || !new RegExp(MCP_TOOL_PATTERN).test(tool)) return;
        const problem = mcpToolNameProblem(server, tool);
        if (problem) {
          const hint = tool.includes(".") || mcpToolNameProblem("x", tool) ? "CrustyClaw cannot offer this tool to a model under any server name; remove it from the list" : "use a shorter server name";
          add([...path3, j], problem, "mcp-tool-name", hint);
        }
      });
    }
  }
  const ids = [...byId.keys()];
  nodes.forEach((raw, index) => {
    if (!raw || typeof raw !== "object") return;
    const node = raw;
    if (!Array.isArray(node.needs)) return;
    node.needs.forEach((need, j) => {
      if (typeof need !== "string") return;
      const path3 = ["nodes", index, "needs", j];
      const target = byId.get(need);
      if (need === node.id) {
        add(path3, `node '${String(node.id)}' needs itself`, "self-need");
      } else if (!target) {
        add(path3, `node '${String(node.id)}' needs unknown node '${need}'`, "unknown-need", didYouMean(need, ids) ?? (ids.length ? `known nodes: ${ids.join(", ")}` : void 0));
      } else if (stageIndex(target.node.stage) > stageIndex(node.stage) && stageIndex(node.stage) >= 0) {
        add(
          path3,
          `${String(node.stage)} node '${String(node.id)}' needs ${String(target.node.stage)} node '${need}', but stages run ${STAGES.join(" \u2192 ")}`,
          "stage-order",
          `move '${need}' to an earlier stage or '${String(node.id)}' to a later one`
        );
      }
    });
  });
  const needsOf = new Map([...byId].map(([id2, e]) => [id2, Array.isArray(e.node.needs) ? e.node.needs : []]));
  for (const cycle of findCycles(needsOf)) {
    const first = cycle[0];
    const entry = byId.get(first);
    const j = entry.node.needs.indexOf(cycle[1] ?? first);
    add(["nodes", entry.index, "needs", j], `cycle in needs: ${cycle.map((id2) => `'${id2}'`).join(" needs ")}`, "cycle", "a blueprint is a DAG: remove one of these needs");
  }
  return problems;
}
function agentInfluence(raws) {
  const byId = new Map(raws.filter((r) => typeof r.id === "string").map((r) => [r.id, r]));
  const agentStages = raws.filter((r) => r.agent !== void 0).map((r) => stageIndex(r.stage));
  const ancestor = (id2, seen) => {
    const r = byId.get(id2);
    if (!r || seen.has(id2)) return void 0;
    seen.add(id2);
    for (const need of Array.isArray(r.needs) ? r.needs : []) {
      if (typeof need !== "string") continue;
      if (byId.get(need)?.agent !== void 0) return need;
      const found = ancestor(need, seen);
      if (found) return found;
    }
    return void 0;
  };
  return (id2) => {
    const r = byId.get(id2);
    const found = ancestor(id2, /* @__PURE__ */ new Set());
    return {
      agent: r?.agent !== void 0,
      ...found ? { ancestor: found } : {},
      feedback: r?.stage === "feedback",
      laterStage: r !== void 0 && agentStages.some((s) => s >= 0 && s < stageIndex(r.stage))
    };
  };
}
function timeoutHours(text) {
  const n = Number(text.slice(0, -1));
  return text.endsWith("d") ? n * 24 : n;
}
function resolve(data) {
  const d = data;
  const budgets = {
    turns: d.budgets?.turns ?? DEFAULT_BUDGETS.turns,
    tokens: d.budgets?.tokens ?? DEFAULT_BUDGETS.tokens,
    minutes: d.budgets?.minutes ?? DEFAULT_BUDGETS.minutes,
    ciRounds: d.budgets?.["ci-rounds"] ?? DEFAULT_BUDGETS["ci-rounds"]
  };
  const trust = d.trust ?? "internal";
  const t = d.triggers;
  const triggers = {};
  if (t.issue) triggers.issue = { types: t.issue.types ?? ["opened", "labeled"], labels: t.issue.labels ?? [] };
  if (t.command) triggers.command = t.command;
  if (t.mention) triggers.mention = t.mention;
  if (t.assignee) triggers.assignee = t.assignee;
  if (t.review) triggers.review = true;
  if (t["ci-failure"]) triggers.ciFailure = { workflows: t["ci-failure"].workflows };
  if (t.schedule) triggers.schedule = t.schedule;
  if (t.dispatch) triggers.dispatch = true;
  const influence = agentInfluence(d.nodes);
  const afterAgent = (id2) => {
    const i = influence(id2);
    return i.agent || Boolean(i.ancestor) || i.feedback || i.laterStage;
  };
  const nodes = d.nodes.map((n) => {
    const raw = n;
    const network = raw.network ?? (afterAgent(raw.id) ? [...d.network ?? []] : "any");
    const base = { id: raw.id, stage: raw.stage, needs: raw.needs ?? [], trust: raw.trust ?? trust, network };
    if (raw.agent) {
      const budget = {
        turns: raw.agent.budget?.turns ?? budgets.turns,
        tokens: raw.agent.budget?.tokens ?? budgets.tokens,
        minutes: raw.agent.budget?.minutes ?? budgets.minutes
      };
      return {
        ...base,
        kind: "agent",
        secrets: [],
        minutes: budget.minutes,
        agent: {
          instructions: raw.agent.instructions,
          tools: raw.agent.tools ?? [],
          commands: raw.agent.commands ?? [],
          mcp: Object.fromEntries(Object.entries(raw.agent.mcp ?? {}).map(([server, tools]) => [server, [...tools]])),
          ...raw.agent.model ? { model: raw.agent.model } : {},
          budget
        }
      };
    }
    return { ...base, kind: "run", run: raw.run, secrets: raw.secrets ?? [], minutes: raw.minutes ?? budgets.minutes };
  });
  return {
    name: d.name,
    description: d.description ?? "",
    triggers,
    trust,
    reviewPolicy: d["review-policy"] ?? "approve-before-merge",
    ...d["review-timeout"] ? { reviewTimeout: { hours: timeoutHours(d["review-timeout"]), action: d["review-timeout-action"] ?? "escalate", text: d["review-timeout"] } } : {},
    maxParallel: d["max-parallel"] ?? 1,
    budgets,
    escalation: {
      label: String(d.escalation?.label ?? "crustyclaw:escalated"),
      failedToolCalls: Number(d.escalation?.["failed-tool-calls"] ?? 3),
      repeatedActions: Number(d.escalation?.["repeated-actions"] ?? 3)
    },
    allowProtectedPaths: d["allow-protected-paths"] ?? [],
    network: d.network ?? [],
    mcpServers: resolveMcpServers(d["mcp-servers"]),
    nodes
  };
}

export {
  sha256,
  segmentsOf,
  nextSegment,
  publishingStage,
  FEEDBACK_FILE,
  MAX_INLINE_COMMENTS,
  MAX_FOLLOW_UPS,
  MAX_CI_CHECKS,
  keepBody,
  logTail,
  writeFeedback,
  readFeedback,
  cronProblem,
  CONFIG_PATH,
  defaultConfig,
  parseConfig,
  readConfig,
  loadBlueprint
};
