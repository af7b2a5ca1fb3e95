import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  INSTRUCTIONS_FILE,
  didYouMean,
  parseYamlSource,
  positionOf,
  positionWithin,
  postsReview,
  require_dist,
  reviewsPullRequests,
  schemaProblems,
  sortProblems
} from "./chunk-A74BOHA7.js";
import {
  APPROVED_PLAN_FILE,
  DEFAULT_BUDGETS,
  MCP_SERVER_PATTERN,
  MCP_TOOL_PATTERN,
  ROUTE_ARTIFACT,
  STAGES,
  ancestry,
  blueprint,
  config,
  feedback,
  findCycles,
  fuseNodes,
  mcpServerSchema,
  mcpServersSchema,
  mcpToolNameProblem,
  parseCommandPattern,
  pullData,
  resolveMcpServers
} from "./chunk-QR62FU7E.js";
import {
  __toESM
} from "./chunk-4BX6NHJ2.js";

// src/compile/segments.ts
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

// src/stages/review-data.ts
import { createHash } from "node:crypto";
import { existsSync as existsSync2, lstatSync as lstatSync2, mkdirSync as mkdirSync2, readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path2 from "node:path";
var PULL_FILE = "pull.json";
var MAX_DIFF_CHARS = 400 * 1024;
var MAX_TEXT = 64 * 1024;
var MAX_FILE_BYTES2 = 4 * 1024 * 1024;
function pullData2(p) {
  return {
    version: 1,
    number: p.number,
    title: p.title.slice(0, MAX_TEXT),
    body: p.body.slice(0, MAX_TEXT),
    base: p.base,
    head: p.head,
    diff: p.diff.slice(0, MAX_DIFF_CHARS),
    truncated: p.diff.length > MAX_DIFF_CHARS
  };
}
function writePullData(dir, data) {
  const text = `${JSON.stringify(data, null, 2)}
`;
  mkdirSync2(dir, { recursive: true });
  writeFileSync2(path2.join(dir, PULL_FILE), text);
  return createHash("sha256").update(text).digest("hex");
}
function readPullData(file, sha2562) {
  const short = sha2562.slice(0, 12);
  if (!file || !existsSync2(file)) return { refused: `the pull request to review (${PULL_FILE}, sha256 ${short}\u2026) did not arrive from the route job; refusing to run without it` };
  const st = lstatSync2(file);
  if (!st.isFile() || st.size > MAX_FILE_BYTES2) return { refused: `${PULL_FILE} from the route job is not a regular file of at most ${MAX_FILE_BYTES2} bytes; refusing to run` };
  const text = readFileSync2(file);
  const actual = createHash("sha256").update(text).digest("hex");
  if (actual !== sha2562) return { refused: `${PULL_FILE} has sha256 ${actual.slice(0, 12)}\u2026, not the ${short}\u2026 the route job wrote; refusing to review a pull request it did not read` };
  let value;
  try {
    value = JSON.parse(text.toString("utf8"));
  } catch (err) {
    return { refused: `${PULL_FILE} from the route job is not JSON (${err.message.slice(0, 200)}); refusing to run` };
  }
  const validate = pullData;
  if (!validate(value)) {
    const e = validate.errors?.[0];
    return { refused: `${PULL_FILE} from the route job does not match its schema: ${e?.instancePath || "(root)"} ${e?.message ?? "is invalid"}; refusing to run` };
  }
  return { data: value };
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

// src/config/schema.ts
var labels = {
  description: "A runner label, or a list of labels the runner must all have.",
  oneOf: [
    { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" },
    {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" }
    }
  ]
};
var tierMap = {
  type: "object",
  additionalProperties: false,
  properties: { trusted: labels, internal: labels, untrusted: labels }
};
var FORGES = ["github", "ghes", "forgejo", "gitea"];
var MERGE_METHODS = ["squash", "merge"];
var FLAVOURS = ["github", "forgejo"];
function familyOf(forge) {
  return forge === "github" || forge === "ghes" ? "github" : "forgejo";
}
var configSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "CrustyClaw repository configuration",
  type: "object",
  additionalProperties: false,
  properties: {
    forges: {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { enum: FORGES },
      default: ["github"],
      description: "Forges to compile workflows for."
    },
    blueprints: {
      type: "string",
      pattern: "^[A-Za-z0-9._/-]+$",
      default: ".crustyclaw/blueprints",
      description: "Directory holding the repository's blueprints, relative to the repository root."
    },
    actions: {
      type: "object",
      additionalProperties: false,
      description: "Where the CrustyClaw actions are fetched from.",
      properties: {
        repository: {
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
          default: "crustyclaw/crustyclaw",
          description: "owner/name of the CrustyClaw repository."
        },
        ref: {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$",
          default: "v1",
          description: "Tag, branch or commit of the CrustyClaw actions. Pin a commit SHA for supply-chain safety."
        },
        "forgejo-url": {
          type: "string",
          pattern: "^(https://[A-Za-z0-9.-]+(:[0-9]+)?|http://(127\\.0\\.0\\.1|localhost)(:[0-9]+)?)$",
          default: "https://github.com",
          description: "Host the Forgejo workflows fetch the CrustyClaw actions from, as a full `uses:` URL (Forgejo resolves short names against its own default actions host, which does not mirror CrustyClaw). https, or http to a loopback host (a local forge)."
        }
      }
    },
    runners: {
      type: "object",
      additionalProperties: false,
      description: "Runner labels per trust tier. Top-level tiers apply to every forge; `github`, `ghes`, `forgejo` and `gitea` override per forge.",
      properties: {
        trusted: labels,
        internal: labels,
        untrusted: labels,
        github: tierMap,
        ghes: tierMap,
        forgejo: tierMap,
        gitea: tierMap
      }
    },
    authorize: {
      type: "object",
      additionalProperties: false,
      description: "Who may start agents besides collaborators with write access. On Forgejo, whose automatic token cannot read other users' permission, only these users can start runs unless the workflow is given a token that can.",
      properties: {
        users: { type: "array", uniqueItems: true, items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$" }, default: [] },
        bots: { type: "array", uniqueItems: true, items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$" }, default: [] }
      }
    },
    "pull-requests": {
      type: "object",
      additionalProperties: false,
      description: "How CrustyClaw opens pull requests.",
      properties: {
        reviewers: { type: "array", uniqueItems: true, items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, default: [] },
        labels: { type: "array", uniqueItems: true, items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$" }, default: ["crustyclaw"] },
        "merge-method": {
          enum: MERGE_METHODS,
          default: "squash",
          description: "How blueprints with `review-policy: auto` merge their pull requests. `squash` (the default) lands one commit per run on the base branch, whatever rounds of CrustyClaw commits the pull request gathered; `merge` keeps them behind a merge commit. The repository must allow the method."
        }
      }
    },
    ci: {
      type: "object",
      additionalProperties: false,
      description: "How the repository's CI runs on CrustyClaw's pushes, which the job's automatic token makes and which therefore start no workflow on either forge (docs/forges.md: CI on CrustyClaw's pushes). Without one of these, failing checks never come back to a feedback round.",
      properties: {
        dispatch: {
          type: "array",
          uniqueItems: true,
          items: { type: "string", pattern: "^[A-Za-z0-9._-]{1,100}\\.ya?ml$" },
          default: [],
          description: "GitHub: workflow files (names in `.github/workflows`) the publish job starts with `workflow_dispatch` on the run's branch after each push, the one event the job token may start. Each must have a `workflow_dispatch` trigger. The publish job gets `actions: write` for it."
        },
        "push-token": {
          type: "string",
          pattern: "^[A-Z][A-Z0-9_]{0,99}$",
          description: "Name of a repository secret holding a token the publish job pushes the run's branch with (a GitHub App installation token or fine-grained PAT with contents: write; on Forgejo an access token with repository write). Pushes made with it start the repository's workflows as anyone's do. Comments, pull requests and merges still use the job token."
        }
      }
    },
    "mcp-servers": {
      ...mcpServersSchema,
      description: "MCP servers every blueprint's agent nodes may grant (through `agent.mcp`). A blueprint's `mcp-servers` entry of the same name replaces the one here."
    },
    secrets: {
      type: "object",
      additionalProperties: false,
      properties: {
        "model-api-key": {
          type: "string",
          pattern: "^[A-Z][A-Z0-9_]{0,99}$",
          default: "CRUSTYCLAW_MODEL_API_KEY",
          description: "Name of the repository secret holding the model provider's API key, given to agent jobs only."
        }
      }
    }
  },
  definitions: {
    "mcp-server": mcpServerSchema
  }
};

// src/compile/triggers.ts
var APPROVAL_COMMANDS = ["/approve", "/reject"];
var SWEEP_CRON = "41 * * * *";
function sweeps(blueprint2) {
  return blueprint2.reviewTimeout !== void 0 || blueprint2.reviewPolicy === "auto" && opensPullRequests(blueprint2);
}
var RUN_BRANCHES = "crustyclaw/";
function branchPrefix(blueprint2) {
  return `${RUN_BRANCHES}${blueprint2.name}-`;
}
function opensPullRequests(blueprint2) {
  return blueprint2.nodes.some((n) => n.stage === "execute");
}
function adoptsPullRequests(blueprint2) {
  return blueprint2.nodes.length > 0 && blueprint2.nodes.every((n) => n.stage === "feedback");
}
function followsPullRequests(blueprint2) {
  return opensPullRequests(blueprint2) || adoptsPullRequests(blueprint2);
}
function literal(value) {
  if (/[\r\n]|\$\{\{|\}\}/.test(value)) throw new Error(`refusing to quote ${JSON.stringify(value)} into an expression`);
  return `'${value.replace(/'/g, "''")}'`;
}
function commandCondition(command) {
  const body2 = "github.event.comment.body";
  return [
    `startsWith(format('{0} ', ${body2}), ${literal(`${command} `)})`,
    `startsWith(${body2}, format('{0}{1}', ${literal(command)}, fromJSON('"\\n"')))`,
    `startsWith(${body2}, format('{0}{1}', ${literal(command)}, fromJSON('"\\r"')))`
  ].join(" || ");
}
function feedsBack(blueprint2) {
  return opensPullRequests(blueprint2) && blueprint2.triggers.command !== void 0 && blueprint2.nodes.some((n) => n.stage === "feedback");
}
function concurrencyNumber(blueprint2, forge) {
  const pull = familyOf(forge) === "github" && feedsBack(blueprint2) ? `(github.event_name != 'pull_request_review_comment' || ${commandCondition(blueprint2.triggers.command)}) && github.event.pull_request.number` : "github.event.pull_request.number";
  return `github.event.issue.number || ${pull} || github.event.workflow_run.pull_requests[0].number || github.run_id || github.run_number`;
}
function compileTriggers(blueprint2, forge) {
  const t = blueprint2.triggers;
  const on = {};
  const conditions = [];
  const warnings = [];
  const prs = opensPullRequests(blueprint2);
  const adopts = adoptsPullRequests(blueprint2);
  const ownBranch = `startsWith(github.event.pull_request.head.ref, ${literal(branchPrefix(blueprint2))})`;
  if (t.issue) {
    on.issues = { types: [...t.issue.types] };
    const labelled = t.issue.labels.map((l) => `contains(github.event.issue.labels.*.name, ${literal(l)})`);
    const event = t.assignee ? "(github.event_name == 'issues' && github.event.action != 'assigned')" : "github.event_name == 'issues'";
    conditions.push(labelled.length ? `(${event} && (${labelled.join(" || ")}))` : event);
  }
  if (t.assignee) {
    on.issues = { types: [...on.issues?.types ?? [], "assigned"] };
    conditions.push(
      `(github.event_name == 'issues' && github.event.action == 'assigned' && contains(github.event.issue.assignees.*.login, ${literal(t.assignee)}))`
    );
  }
  const gated = prs || adopts || segmentsOf(blueprint2).filter((s) => s.id !== "feedback").length > 1;
  const commands = [...t.command ? [t.command] : [], ...gated ? APPROVAL_COMMANDS : []];
  if (commands.length || t.mention) {
    on.issue_comment = { types: ["created"] };
    const starts = commands.map(commandCondition);
    if (t.mention) starts.push(`contains(github.event.comment.body, ${literal(`@${t.mention}`)})`);
    conditions.push(`(github.event_name == 'issue_comment' && (${starts.join(" || ")}))`);
  }
  if (t.review || prs) {
    on.pull_request_review = { types: ["submitted"] };
    conditions.push(t.review ? "github.event_name == 'pull_request_review'" : `(github.event_name == 'pull_request_review' && ${ownBranch})`);
  }
  if (feedsBack(blueprint2)) {
    on.pull_request_review_comment = { types: ["created"] };
    conditions.push(
      familyOf(forge) === "github" ? `(github.event_name == 'pull_request_review_comment' && ${ownBranch} && (${commandCondition(t.command)}))` : `(github.event_name == 'pull_request_review_comment' && ${ownBranch})`
    );
  }
  if (prs || adopts) {
    on.pull_request = { types: ["closed"] };
    conditions.push(
      prs ? `(github.event_name == 'pull_request' && ${ownBranch})` : `(github.event_name == 'pull_request' && !startsWith(github.event.pull_request.head.ref, ${literal(RUN_BRANCHES)}))`
    );
  }
  if (t.ciFailure) {
    if (familyOf(forge) === "forgejo") {
      warnings.push("trigger 'ci-failure' is left out: Forgejo and Gitea have no workflow_run event; use 'command' to start a fix on a pull request");
    } else {
      on.workflow_run = { workflows: [...t.ciFailure.workflows], types: ["completed"] };
      const dispatched = adopts ? "github.event.workflow_run.event == 'workflow_dispatch'" : `startsWith(github.event.workflow_run.head_branch, ${literal(branchPrefix(blueprint2))})`;
      conditions.push(
        `(github.event_name == 'workflow_run' && github.event.workflow_run.conclusion == 'failure' && github.event.workflow_run.head_repository.full_name == github.repository && (github.event.workflow_run.event == 'pull_request' || ${dispatched}))`
      );
    }
  }
  const forgejo = familyOf(forge) === "forgejo";
  const sweepCron = sweeps(blueprint2) && !(forgejo && t.schedule) && !t.schedule?.includes(SWEEP_CRON);
  if (sweeps(blueprint2) && forgejo && t.schedule) {
    warnings.push(`the review-timeout sweep runs with the blueprint's own schedule (${t.schedule.join(", ")}) on Forgejo, whose scheduled runs cannot tell their crons apart: runs waiting longer are escalated only then`);
  }
  const crons = [...t.schedule ?? [], ...sweepCron ? [SWEEP_CRON] : []];
  if (crons.length > 0) {
    for (const cron of crons) {
      const problem = cronProblem(cron);
      if (problem) throw new Error(`refusing to compile ${problem.message}: ${problem.hint}`);
    }
    on.schedule = crons.map((cron) => ({ cron }));
    conditions.push("github.event_name == 'schedule'");
  }
  if (t.dispatch) {
    on.workflow_dispatch = {
      inputs: {
        issue: { description: "Issue or pull request number to work on (optional)", required: false, type: "string" }
      }
    };
    conditions.push("github.event_name == 'workflow_dispatch'");
  }
  return { on, routeIf: conditions.join(" || "), warnings };
}

// src/compile/emit.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { createHash as createHash2 } from "node:crypto";

// src/compile/pins.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import path3 from "node:path";
var PINS_PATH = ".crustyclaw/pins.yml";
var SHA = /^[0-9a-f]{40}$/;
function actionRef(uses) {
  const at = uses.lastIndexOf("@");
  if (at < 0 || uses.startsWith("./") || uses.startsWith("docker://")) return void 0;
  const name = uses.slice(0, at);
  const ref = uses.slice(at + 1);
  let origin;
  let rest = name;
  const url = /^(https?:\/\/[^/]+)\/(.*)$/.exec(name);
  if (url) {
    origin = url[1];
    rest = url[2];
  }
  const [owner, repo] = rest.split("/");
  if (!owner || !repo || !ref) return void 0;
  return { key: `${origin ? `${origin}/` : ""}${owner}/${repo}@${ref}`, ...origin ? { origin } : {}, owner, repo, ref };
}
function readPins(root) {
  const abs = path3.join(root, PINS_PATH);
  if (!existsSync3(abs)) return { problems: [] };
  return parsePins(PINS_PATH, readFileSync3(abs, "utf8"));
}
function parsePins(file, text) {
  const { source, problems } = parseYamlSource(file, text);
  if (!source) return { problems };
  const at = (p, preferKey = false) => positionOf(source, p, preferKey);
  const hint = "run `npx crustyclaw pin` to write the file anew";
  const data = source.data;
  const actions = data && typeof data === "object" && !Array.isArray(data) ? data.actions : void 0;
  const extra = data && typeof data === "object" && !Array.isArray(data) ? Object.keys(data).filter((k) => k !== "actions") : [];
  const out = [];
  for (const k of extra) out.push({ file, ...at([k], true), message: `unknown key '${k}'; the pin file has only 'actions'`, hint, code: "unknown-key" });
  if (actions === void 0 || actions === null || typeof actions !== "object" || Array.isArray(actions)) {
    out.push({ file, ...at(["actions"]), message: "'actions' must be a mapping of action references (owner/repo@ref) to commit SHAs", hint, code: "pins" });
    return { problems: out };
  }
  const pins = /* @__PURE__ */ new Map();
  for (const [key, sha] of Object.entries(actions)) {
    const ref = actionRef(key);
    if (!ref || ref.key !== key) {
      out.push({ file, ...at(["actions", key], true), message: `'${key}' is not an action reference`, hint: "keys are owner/repo@ref or https://host/owner/repo@ref", code: "pins" });
    } else if (typeof sha !== "string" || !SHA.test(sha)) {
      out.push({ file, ...at(["actions", key]), message: `'${key}' must map to a full 40-character commit SHA, not ${JSON.stringify(sha)}`, hint, code: "pins" });
    } else {
      pins.set(key, sha);
    }
  }
  return out.length > 0 ? { problems: out } : { pins, problems: [] };
}
function formatPins(pins) {
  const lines = [
    "# Written by `crustyclaw pin`: the commit each action reference the compiled workflows use",
    "# resolved to. `crustyclaw compile` emits these commits; `crustyclaw check` fails when an",
    "# emitted action is missing here. Run `crustyclaw pin` again to move to newer commits.",
    "actions:",
    ...[...pins].sort(([a], [b]) => a.localeCompare(b)).map(([key, sha]) => `  ${JSON.stringify(key)}: ${sha}`)
  ];
  return `${lines.join("\n")}
`;
}
function pinUses(doc, pins) {
  const uses = [];
  const unpinned = [];
  (0, import_yaml.visit)(doc, {
    Pair(_, pair, ancestors) {
      if (!(0, import_yaml.isScalar)(pair.key) || pair.key.value !== "uses" || !(0, import_yaml.isScalar)(pair.value) || typeof pair.value.value !== "string") return;
      const owner = ancestors.at(-3);
      if (!(0, import_yaml.isPair)(owner) || !(0, import_yaml.isScalar)(owner.key) || owner.key.value !== "steps") return;
      const value = pair.value.value;
      const ref = actionRef(value);
      if (!ref || SHA.test(ref.ref)) return;
      uses.push(value);
      const sha = pins?.get(ref.key);
      if (!sha) {
        if (!unpinned.includes(ref.key)) unpinned.push(ref.key);
        return;
      }
      const pinned = new import_yaml.Scalar(`${value.slice(0, value.lastIndexOf("@"))}@${sha}`);
      pinned.comment = ` ${ref.ref}`;
      pair.value = pinned;
    }
  });
  return { uses, unpinned };
}

// src/compile/target.ts
var OUT_DIR = "${{ runner.temp }}/crustyclaw-out";
var IN_DIR = "${{ runner.temp }}/crustyclaw-in";
var WORKFLOW_DIRS = {
  github: [".github/workflows"],
  ghes: [".github/workflows"],
  forgejo: [".forgejo/workflows", ".gitea/workflows", ".github/workflows"],
  gitea: [".gitea/workflows", ".github/workflows"]
};
function workflowDirFor(forge, exists) {
  const dirs = WORKFLOW_DIRS[forge];
  return dirs.find(exists) ?? dirs[0];
}
function targetFor(forge, config2, workflowDir = WORKFLOW_DIRS[forge][0]) {
  const { repository, ref, forgejoUrl } = config2.actions;
  const runsOn = (tier) => {
    const labels2 = config2.runners[forge][tier];
    return labels2.length === 1 ? labels2[0] : [...labels2];
  };
  const v3 = {
    upload: { uses: "actions/upload-artifact@v3", with: { "retention-days": 7 } },
    download: { uses: "actions/download-artifact@v3", with: {} },
    downloadPattern: false
  };
  if (familyOf(forge) === "github") {
    return {
      forge,
      workflowDir,
      supportsPermissions: true,
      action: (name) => `${repository}/actions/${name}@${ref}`,
      checkout: "actions/checkout@v4",
      ...forge === "github" ? {
        // v4 is the only artifact version github.com still accepts.
        upload: { uses: "actions/upload-artifact@v4", with: { "retention-days": 7, overwrite: true } },
        download: { uses: "actions/download-artifact@v4", with: { pattern: "crustyclaw-*" } },
        downloadPattern: true
      } : v3,
      runsOn
    };
  }
  return {
    forge,
    workflowDir,
    supportsPermissions: false,
    // Short names resolve against the instance's default actions host, which does not
    // mirror CrustyClaw: use a full URL.
    action: (name) => `${forgejoUrl}/${repository}/actions/${name}@${ref}`,
    checkout: "actions/checkout@v4",
    ...v3,
    runsOn
  };
}

// src/compile/workflow.ts
import path4 from "node:path";
var MAX_JOB_MINUTES = 360;
var SETUP_MINUTES = 5;
var ROUTE_MINUTES = 10;
var PUBLISH_MINUTES = 15;
function buildWorkflow(input) {
  const { blueprint: blueprint2, target } = input;
  const triggers = compileTriggers(blueprint2, target.forge);
  if (Object.keys(triggers.on).length === 0) {
    throw new CompileError(`blueprint '${blueprint2.name}' has no trigger that ${target.forge} supports`);
  }
  const segments = segmentsOf(blueprint2);
  const jobs = { route: routeJob(input, triggers.routeIf) };
  let mainPathJobs = 1;
  segments.forEach((segment, i) => {
    const work = fuseNodes(segment);
    const ancestors = ancestry(work);
    for (const job of work) jobs[job.id] = workJob(input, segment, job, [...ancestors.get(job.id)].map((id2) => work.find((j) => j.id === id2)), work);
    jobs[`publish-${segment.id}`] = publishJob(input, segment, work);
    if (i === 0) mainPathJobs += work.length + 1;
  });
  const workflow = {
    name: `crustyclaw: ${blueprint2.name}`,
    on: triggers.on
  };
  if (target.supportsPermissions) workflow.permissions = {};
  workflow.concurrency = {
    // Numbers only: event text never reaches the group name.
    group: `crustyclaw-${blueprint2.name}-\${{ ${concurrencyNumber(blueprint2, target.forge)} }}`,
    "cancel-in-progress": false
  };
  workflow.jobs = jobs;
  return { workflow, warnings: triggers.warnings, mainPathJobs };
}
var CompileError = class extends Error {
  name = "CompileError";
};
function permissions(target, scopes) {
  return target.supportsPermissions ? { permissions: scopes } : {};
}
function stageInputs(input) {
  return { blueprint: input.sourcePath, "blueprint-sha256": input.sourceHash };
}
function routeJob(input, routeIf) {
  const { target, config: config2 } = input;
  const reviews = reviewsPullRequests(input.blueprint);
  return {
    name: "route",
    if: routeIf,
    "runs-on": target.runsOn("trusted"),
    "timeout-minutes": ROUTE_MINUTES,
    // A CI round reads the failing checks: check runs, statuses, and Actions job logs.
    ...permissions(target, { contents: "read", issues: "write", "pull-requests": "write", ...ciRounds(input.blueprint) ? { actions: "read", checks: "read", statuses: "read" } : {} }),
    outputs: {
      stage: "${{ steps.route.outputs.stage }}",
      issue: "${{ steps.route.outputs.issue }}",
      ref: "${{ steps.route.outputs.ref }}",
      // sha256 of the approved plan the execute segment carries out, or empty.
      plan: "${{ steps.route.outputs.plan }}",
      // sha256 of the base branch's instruction files handed to a feedback round or a review (instructions.json), or empty.
      instructions: "${{ steps.route.outputs.instructions }}",
      // sha256 of the pull request a review run reviews (pull.json).
      ...reviews ? { review: "${{ steps.route.outputs.review }}" } : {}
    },
    steps: [
      {
        // Blueprints and instruction files come from the default branch, never from a pull request's head
        // (cone mode keeps the top-level files: AGENTS.md, CLAUDE.md; .github for copilot-instructions.md).
        uses: target.checkout,
        with: {
          ref: "${{ github.event.repository.default_branch }}",
          "persist-credentials": false,
          "sparse-checkout": sparsePaths([".crustyclaw", ".github", config2.blueprints, path4.posix.dirname(input.sourcePath)])
        }
      },
      {
        id: "route",
        uses: target.action("route"),
        with: { ...stageInputs(input), token: "${{ github.token }}", "out-dir": ROUTE_DIR }
      },
      {
        // The approved plan, for the execute segment's work jobs, when there is one; a feedback round's review and comments;
        // the pull request a review run reviews.
        if: `\${{ steps.route.outputs.plan != '' || steps.route.outputs.stage == 'feedback'${reviews ? " || steps.route.outputs.review != ''" : ""} }}`,
        uses: target.upload.uses,
        with: { name: ROUTE_ARTIFACT, path: ROUTE_DIR, "if-no-files-found": "error", ...target.upload.with }
      }
    ]
  };
}
var ROUTE_DIR = "${{ runner.temp }}/crustyclaw-route";
var APPROVED_DIR = "${{ runner.temp }}/crustyclaw-approved";
var carriesPlan = (blueprint2, node) => node.kind === "agent" && (node.stage === "execute" || node.stage === "review" && !postsReview(blueprint2, node));
function approvedPlanDownload(target, job, blueprint2) {
  if (!job.nodes.some((n) => carriesPlan(blueprint2, n))) return [];
  return [{ if: "${{ needs.route.outputs.plan != '' }}", uses: target.download.uses, with: { name: ROUTE_ARTIFACT, path: APPROVED_DIR } }];
}
var FEEDBACK_DIR = "${{ runner.temp }}/crustyclaw-feedback";
var readsFeedback = (node) => node.kind === "agent" && node.stage === "feedback";
function feedbackDownload(target, job) {
  if (!job.nodes.some(readsFeedback)) return [];
  return [{ uses: target.download.uses, with: { name: ROUTE_ARTIFACT, path: FEEDBACK_DIR } }];
}
var REVIEW_DIR = "${{ runner.temp }}/crustyclaw-review";
function reviewDownload(target, job, blueprint2) {
  if (!job.nodes.some((n) => postsReview(blueprint2, n))) return [];
  return [{ uses: target.download.uses, with: { name: ROUTE_ARTIFACT, path: REVIEW_DIR } }];
}
function ifStage(segment) {
  return `needs.route.outputs.stage == ${literal(segment.id)}`;
}
var MATRIX_TASK = "${{ matrix.task }}";
function resultDownloads(target, builtOn) {
  const plain = builtOn.filter((j) => !j.fanOut);
  const fanned = builtOn.filter((j) => j.fanOut);
  if (fanned.length > 0 && !target.downloadPattern) return [{ uses: target.download.uses, with: { path: IN_DIR } }];
  return [
    ...plain.map((j) => ({ uses: target.download.uses, with: { name: `crustyclaw-${j.id}`, path: `${IN_DIR}/crustyclaw-${j.id}` } })),
    ...fanned.map((j) => ({ uses: target.download.uses, with: { pattern: `crustyclaw-${j.id}.*`, path: IN_DIR } }))
  ];
}
function nodeStep(input, node, receivesResults, fanOut) {
  const env = {};
  if (node.kind === "agent") env.CRUSTYCLAW_MODEL_API_KEY = `\${{ secrets.${input.config.modelApiKeySecret} }}`;
  for (const s of node.secrets) env[s] = `\${{ secrets.${s} }}`;
  return {
    id: node.id,
    name: `${node.stage}: ${node.id}`,
    uses: input.target.action(node.stage),
    with: {
      ...stageInputs(input),
      node: node.id,
      issue: "${{ needs.route.outputs.issue }}",
      ...receivesResults ? { "in-dir": IN_DIR } : {},
      "out-dir": OUT_DIR,
      // One job per plan task: this one's task ("all" when the plan's tasks depend on each other).
      ...fanOut ? { task: MATRIX_TASK } : {},
      // Repository variables pick the model and endpoint for every agent without editing blueprints. Unset is empty, and empty
      // inputs count as not given, so the runner's CRUSTYCLAW_MODEL and the blueprint still apply.
      ...node.kind === "agent" ? { model: "${{ vars.CRUSTYCLAW_MODEL }}", "model-base-url": "${{ vars.CRUSTYCLAW_MODEL_BASE_URL }}" } : {},
      // Empty unless the route job handed over an approved plan; then the step refuses any other.
      ...carriesPlan(input.blueprint, node) ? { "plan-sha256": "${{ needs.route.outputs.plan }}", "plan-file": `${APPROVED_DIR}/${APPROVED_PLAN_FILE}` } : {},
      // The checkout is the pull request's head: instruction files are the base branch's, checked against the route job's hash.
      ...readsFeedback(node) ? { "feedback-file": `${FEEDBACK_DIR}/${FEEDBACK_FILE}`, "instructions-sha256": "${{ needs.route.outputs.instructions }}", "instructions-file": `${FEEDBACK_DIR}/${INSTRUCTIONS_FILE}` } : {},
      // A review of a pull request's head: the pull request and its diff, checked against the route job's hash; instruction files as for feedback.
      ...postsReview(input.blueprint, node) ? {
        "pull-sha256": "${{ needs.route.outputs.review }}",
        "pull-file": `${REVIEW_DIR}/${PULL_FILE}`,
        "instructions-sha256": "${{ needs.route.outputs.instructions }}",
        "instructions-file": `${REVIEW_DIR}/${INSTRUCTIONS_FILE}`
      } : {}
    },
    ...Object.keys(env).length ? { env } : {}
  };
}
function workJob(input, segment, job, builtOn, all) {
  const { target } = input;
  const minutes = Math.min(MAX_JOB_MINUTES, job.nodes.reduce((sum, n) => sum + n.minutes, SETUP_MINUTES));
  const fansOut = all.filter((j) => j.fanOut?.planJob === job.id).map((j) => j.fanOut.planNode);
  const artifact = `crustyclaw-${job.id}${job.fanOut ? `.${MATRIX_TASK}` : ""}`;
  const upload = () => ({ if: "${{ !cancelled() }}", uses: target.upload.uses, with: { name: artifact, path: OUT_DIR, ...target.upload.with } });
  const steps = job.nodes.length > 1;
  return {
    name: job.nodes.map((n) => n.id).join(" \u2192 "),
    needs: ["route", ...job.needs],
    if: ifStage(segment),
    ...job.fanOut ? {
      strategy: {
        matrix: { task: `\${{ fromJSON(needs.${job.fanOut.planJob}.outputs.tasks) }}` },
        "max-parallel": job.fanOut.maxParallel,
        // A failed task escalates the run; the others' work is kept.
        "fail-fast": false
      }
    } : {},
    ...fansOut.length > 0 ? { outputs: { tasks: `\${{ steps.${fansOut[0]}.outputs.tasks }}` } } : {},
    "runs-on": target.runsOn(job.trust),
    "timeout-minutes": minutes,
    // Read-only: agents and the commands they run never hold a write token.
    ...permissions(target, { contents: "read" }),
    steps: [
      {
        uses: target.checkout,
        with: { ref: "${{ needs.route.outputs.ref }}", "persist-credentials": false }
      },
      // Results of every job this one builds on (each holds only its own change set), applied by the stage action.
      ...resultDownloads(target, builtOn),
      ...approvedPlanDownload(target, job, input.blueprint),
      ...feedbackDownload(target, job),
      ...reviewDownload(target, job, input.blueprint),
      ...steps ? [{ name: "results of an earlier attempt", if: "${{ github.run_attempt != '1' }}", "continue-on-error": true, uses: target.download.uses, with: { name: artifact, path: OUT_DIR } }] : [],
      ...job.nodes.flatMap((n, i) => [nodeStep(input, n, i === 0 && builtOn.length > 0, job.fanOut), ...steps && i < job.nodes.length - 1 ? [{ name: "results so far", ...upload() }] : []]),
      // Results travel to the publish job, which validates them before anything is written.
      upload()
    ]
  };
}
function publishJob(input, segment, work) {
  const { target } = input;
  const dependedOn = new Set(work.flatMap((j) => j.needs));
  const terminal = work.filter((j) => !dependedOn.has(j.id)).map((j) => j.id);
  const stage = publishingStage(segment);
  return {
    name: `publish ${segment.stages.join(" + ")}`,
    needs: ["route", ...terminal],
    // Runs after failures too, so a failed run is reported and escalated, not silent.
    if: `\${{ !cancelled() && ${ifStage(segment)} }}`,
    "runs-on": target.runsOn("trusted"),
    "timeout-minutes": PUBLISH_MINUTES,
    // config ci.dispatch: the publish job starts the repository's CI workflows on the branch it pushed.
    ...permissions(target, { contents: "write", issues: "write", "pull-requests": "write", ...input.config.ci.dispatch.length > 0 ? { actions: "write" } : {} }),
    steps: [
      {
        uses: target.checkout,
        with: { ref: "${{ needs.route.outputs.ref }}", "persist-credentials": false }
      },
      {
        uses: target.download.uses,
        with: { path: IN_DIR, ...target.download.with }
      },
      {
        id: "publish",
        uses: target.action(stage),
        with: {
          ...stageInputs(input),
          phase: "publish",
          issue: "${{ needs.route.outputs.issue }}",
          "in-dir": IN_DIR,
          token: "${{ github.token }}"
        },
        // config ci.push-token: the branch is pushed with this secret's token, whose pushes start CI.
        ...input.config.ci.pushTokenSecret ? { env: { CRUSTYCLAW_PUSH_TOKEN: `\${{ secrets.${input.config.ci.pushTokenSecret} }}` } } : {}
      }
    ]
  };
}
function ciRounds(blueprint2) {
  return followsPullRequests(blueprint2) && blueprint2.nodes.some((n) => n.stage === "feedback");
}
function sparsePaths(dirs) {
  const unique = [...new Set(dirs.map((d) => path4.posix.normalize(d).replace(/\/$/, "")))].filter((d) => d !== ".");
  return unique.filter((d) => !unique.some((other) => other !== d && d.startsWith(`${other}/`))).sort().join("\n");
}

// src/compile/emit.ts
function sha256(text) {
  return createHash2("sha256").update(text, "utf8").digest("hex");
}
function workflowFileName(blueprint2) {
  return `crustyclaw-${blueprint2.name}.yml`;
}
var HEADER_SOURCE = "# crustyclaw-source: ";
var HEADER_HASH = "# crustyclaw-hash: sha256:";
function compileBlueprint(opts) {
  const target = targetFor(opts.forge, opts.config, opts.workflowDir);
  const model = buildWorkflow({
    blueprint: opts.blueprint,
    sourcePath: opts.sourcePath,
    sourceHash: sha256(opts.sourceText),
    config: opts.config,
    target
  });
  const doc = new import_yaml2.Document(model.workflow);
  const { uses, unpinned } = pinUses(doc, opts.pins);
  const body2 = doc.toString({ lineWidth: 0, indentSeq: true });
  const header = [
    `# Generated by crustyclaw from ${opts.sourcePath}. Do not edit: change the blueprint,`,
    "# then run `npx crustyclaw compile`. `npx crustyclaw check` fails when this file is stale or edited.",
    ...target.supportsPermissions ? [] : [`# ${opts.forge === "gitea" ? "Gitea" : "Forgejo"} ignores \`permissions:\`; agent jobs are kept from write tokens by the actions instead.`],
    `${HEADER_SOURCE}${opts.sourcePath}`,
    `${HEADER_HASH}${sha256(body2)}`
  ];
  return {
    forge: opts.forge,
    path: `${target.workflowDir}/${workflowFileName(opts.blueprint)}`,
    text: `${header.join("\n")}
${body2}`,
    warnings: model.warnings,
    jobs: Object.keys(model.workflow.jobs).length,
    mainPathJobs: model.mainPathJobs,
    uses,
    unpinned
  };
}
function readGeneratedHeader(text) {
  const lines = text.split("\n");
  const sourceLine = lines.findIndex((l) => l.startsWith(HEADER_SOURCE));
  const hashLine = lines.findIndex((l) => l.startsWith(HEADER_HASH));
  if (sourceLine < 0 || hashLine !== sourceLine + 1) return void 0;
  const hash = lines[hashLine].slice(HEADER_HASH.length).trim();
  const body2 = lines.slice(hashLine + 1).join("\n");
  return { source: lines[sourceLine].slice(HEADER_SOURCE.length).trim(), hash, intact: sha256(body2) === hash };
}

// src/config/config.ts
import { existsSync as existsSync4, readFileSync as readFileSync4 } from "node:fs";
import path5 from "node:path";
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
  if (d.blueprints) config2.blueprints = path5.posix.normalize(d.blueprints).replace(/\/$/, "");
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
  const file = path5.join(root, CONFIG_PATH);
  if (!existsSync4(file)) return { config: defaultConfig(), problems: [] };
  return parseConfig(CONFIG_PATH, readFileSync4(file, "utf8"));
}

// src/blueprint/validate.ts
function schemaValidator() {
  return blueprint;
}
function adoptionProblems(source, data, nodes) {
  const stages = nodes.map((n) => isMapping(n) ? n.stage : void 0);
  if (stages.length === 0 || !stages.every((st) => st === "feedback")) return [];
  const problems = [];
  const add = (path6, message, code, hint) => {
    const { line, column } = positionOf(source, path6, true);
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
  const add = (path6, message, code, hint, preferKey = false) => {
    const { line, column } = positionOf(source, path6, preferKey);
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
        const path6 = ["nodes", index, "agent", "commands", j];
        const { line, column } = positionWithin(source, path6, parsed.offset);
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
      const path6 = ["nodes", index, "agent", "mcp", server];
      if (!valid(server)) continue;
      if (known && !known.includes(server)) {
        add(
          path6,
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
          add([...path6, j], problem, "mcp-tool-name", hint);
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
      const path6 = ["nodes", index, "needs", j];
      const target = byId.get(need);
      if (need === node.id) {
        add(path6, `node '${String(node.id)}' needs itself`, "self-need");
      } else if (!target) {
        add(path6, `node '${String(node.id)}' needs unknown node '${need}'`, "unknown-need", didYouMean(need, ids) ?? (ids.length ? `known nodes: ${ids.join(", ")}` : void 0));
      } else if (stageIndex(target.node.stage) > stageIndex(node.stage) && stageIndex(node.stage) >= 0) {
        add(
          path6,
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
  PINS_PATH,
  actionRef,
  readPins,
  formatPins,
  FORGES,
  FLAVOURS,
  familyOf,
  WORKFLOW_DIRS,
  workflowDirFor,
  segmentsOf,
  nextSegment,
  FEEDBACK_FILE,
  MAX_INLINE_COMMENTS,
  MAX_FOLLOW_UPS,
  MAX_CI_CHECKS,
  keepBody,
  logTail,
  writeFeedback,
  readFeedback,
  pullData2 as pullData,
  writePullData,
  readPullData,
  SWEEP_CRON,
  sweeps,
  RUN_BRANCHES,
  branchPrefix,
  opensPullRequests,
  adoptsPullRequests,
  CompileError,
  sha256,
  compileBlueprint,
  readGeneratedHeader,
  CONFIG_PATH,
  defaultConfig,
  parseConfig,
  readConfig,
  loadBlueprint
};
