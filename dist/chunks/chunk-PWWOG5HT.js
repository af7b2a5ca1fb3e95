import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  parsePlan
} from "./chunk-UNI2HRDF.js";
import {
  STAGES,
  redact
} from "./chunk-IFMW6CY3.js";

// src/pipeline/runs.ts
var APPROVAL_COMMANDS = ["/approve", "/reject"];
var SWEEP_CRON = "41 * * * *";
function sweeps(blueprint) {
  return blueprint.reviewTimeout !== void 0 || blueprint.reviewPolicy === "auto" && opensPullRequests(blueprint);
}
var RUN_BRANCHES = "crustyclaw/";
function branchPrefix(blueprint) {
  return `${RUN_BRANCHES}${blueprint.name}-`;
}
function opensPullRequests(blueprint) {
  return blueprint.nodes.some((n) => n.stage === "execute");
}
function adoptsPullRequests(blueprint) {
  return blueprint.nodes.length > 0 && blueprint.nodes.every((n) => n.stage === "feedback");
}
function followsPullRequests(blueprint) {
  return opensPullRequests(blueprint) || adoptsPullRequests(blueprint);
}

// src/policy/posted-text.ts
var BREAK = "\u200B";
var INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u206A-\u206F\uFEFF\u00AD\u180E\u{E0000}-\u{E007F}]/gu;
var MARKDOWN = /[\\`*_{}[\]()#+!|<>~&$]/g;
function inert(text) {
  return redact(text.normalize("NFC").replace(INVISIBLE, "")).replace(/\s+/g, " ").replace(/@(?=[\p{L}\p{N}_-])/gu, `@${BREAK}`).replace(new RegExp("([#!])(?=\\p{N})", "gu"), `$1${BREAK}`).replace(new RegExp("\\b(GH)-(?=\\p{N})", "giu"), `$1${BREAK}-`).replace(/:(?=\/\/)/g, `:${BREAK}`).replace(/\b(www)\./gi, `$1${BREAK}.`).replace(MARKDOWN, (c) => `\\${c}`);
}
var CODE_SAFE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;
function inertCode(text) {
  return CODE_SAFE.test(text) ? `\`${text}\`` : inert(text);
}
function inertMermaid(text) {
  return redact(text.normalize("NFC").replace(INVISIBLE, "")).replace(/\s+/g, " ").trim().replace(/[^\p{L}\p{N} .,:_/'-]/gu, (c) => `#${c.codePointAt(0)};`);
}
function inertLines(text, max = 2e4) {
  const cut = text.length > max ? `${text.slice(0, max)} [\u2026 cut at ${max} characters]` : text;
  return cut.split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => line.trim() === "" ? "" : inert(line)).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

// src/stages/tracking.ts
function trackingMarker(blueprint) {
  if (!NAME.test(blueprint)) throw new Error(`refusing a tracking marker for blueprint name ${JSON.stringify(blueprint)}`);
  return `<!-- crustyclaw:tracking ${blueprint} -->`;
}
var NAME = /^[a-z][a-z0-9-]{0,47}$/;
var STATE_OPEN = "<!-- crustyclaw:state ";
var STATE_CLOSE = " -->";
function encodeState(state) {
  return JSON.stringify(state).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function readState(body, expected) {
  const last = body.replace(/\s+$/, "").split("\n").pop().replace(/\r$/, "");
  if (!last.startsWith(STATE_OPEN) || !last.endsWith(STATE_CLOSE)) return void 0;
  const json = last.slice(STATE_OPEN.length, -STATE_CLOSE.length);
  if (/[<>]/.test(json)) return void 0;
  let value;
  try {
    value = JSON.parse(json);
  } catch {
    return void 0;
  }
  const state = asRunState(value);
  if (!state || expected && (state.blueprint !== expected.blueprint || state.issue !== expected.issue)) return void 0;
  return state;
}
var STATUSES = ["planned", "awaiting-approval", "executing", "in-review", "awaiting-merge", "merged", "closed", "escalated", "reviewed"];
var NODE_STATUSES = ["pending", "running", "done", "failed", "skipped"];
var KEYS = /* @__PURE__ */ new Set([
  "version",
  "blueprint",
  "issue",
  "status",
  "segment",
  "branch",
  "pull",
  "ciRounds",
  "nodes",
  "startedAt",
  "updatedAt",
  "runUrl",
  "escalation",
  "warnings",
  "cost",
  "plan",
  "planSha256",
  "approval",
  "rejection",
  "feedbackSeen",
  "awaiting",
  "autoMerge"
]);
var MAX_TRACKING_CHARS = 65536;
var MAX_WARNINGS = 20;
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isCount = (v) => Number.isSafeInteger(v) && v >= 0;
var isNumber = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
var isTime = (v) => typeof v === "string" && v.length <= 40 && Number.isFinite(Date.parse(v));
var isText = (v, max) => typeof v === "string" && v.length <= max;
var isSha256 = (v) => typeof v === "string" && /^[0-9a-f]{64}$/.test(v);
var isLogin = (v) => typeof v === "string" && /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}(\[bot\])?$/.test(v);
function asApproval(v) {
  if (!isRecord(v) || Object.keys(v).some((k) => !["by", "at", "sha256"].includes(k))) return void 0;
  if (!isLogin(v.by) || !isTime(v.at) || v.sha256 !== void 0 && !isSha256(v.sha256)) return void 0;
  return { by: v.by, at: v.at, ...v.sha256 !== void 0 ? { sha256: v.sha256 } : {} };
}
function asRejection(v) {
  if (!isRecord(v) || Object.keys(v).some((k) => !["by", "at", "reason"].includes(k))) return void 0;
  if (!isLogin(v.by) || !isTime(v.at) || v.reason !== void 0 && !isText(v.reason, MAX_REASON)) return void 0;
  return { by: v.by, at: v.at, ...v.reason !== void 0 ? { reason: v.reason } : {} };
}
var MAX_REASON = 1e3;
function asRunState(v) {
  if (!isRecord(v) || Object.keys(v).some((k) => !KEYS.has(k))) return void 0;
  if (v.version !== 1 || !isText(v.blueprint, 48) || !NAME.test(v.blueprint)) return void 0;
  if (!isCount(v.issue) || v.issue === 0 || !STATUSES.includes(v.status)) return void 0;
  if (v.segment !== void 0 && !STAGES.includes(v.segment)) return void 0;
  if (v.awaiting !== void 0 && !STAGES.includes(v.awaiting)) return void 0;
  if (v.autoMerge !== void 0 && v.autoMerge !== "merge" && v.autoMerge !== "squash") return void 0;
  if (!isText(v.branch, 255) || v.pull !== void 0 && (!isCount(v.pull) || v.pull === 0) || !isCount(v.ciRounds)) return void 0;
  if (!isTime(v.startedAt) || !isTime(v.updatedAt)) return void 0;
  if (v.runUrl !== void 0 && !isText(v.runUrl, 2e3)) return void 0;
  if (v.escalation !== void 0 && !isText(v.escalation, 1e4)) return void 0;
  if (v.warnings !== void 0 && !(Array.isArray(v.warnings) && v.warnings.length <= MAX_WARNINGS && v.warnings.every((w) => isText(w, 2e3)))) return void 0;
  if (v.cost !== void 0 && !(isRecord(v.cost) && isNumber(v.cost.turns) && isNumber(v.cost.tokens) && isNumber(v.cost.usd) && (v.cost.unpriced === void 0 || v.cost.unpriced === true))) return void 0;
  let plan;
  if (v.plan !== void 0 || v.planSha256 !== void 0) {
    const parsed = parsePlan(v.plan);
    if (!("plan" in parsed) || !isSha256(v.planSha256)) return void 0;
    plan = parsed.plan;
  }
  const approval = v.approval === void 0 ? void 0 : asApproval(v.approval);
  const rejection = v.rejection === void 0 ? void 0 : asRejection(v.rejection);
  if (v.approval !== void 0 && !approval || v.rejection !== void 0 && !rejection) return void 0;
  const seen = v.feedbackSeen;
  if (seen !== void 0 && !(isRecord(seen) && Object.keys(seen).length === 2 && isCount(seen.review) && isCount(seen.comment))) return void 0;
  if (!isRecord(v.nodes)) return void 0;
  const nodes = Object.entries(v.nodes);
  if (nodes.some(([id, s]) => !NAME.test(id) || !NODE_STATUSES.includes(s))) return void 0;
  const state = {
    version: 1,
    blueprint: v.blueprint,
    issue: v.issue,
    status: v.status,
    ...v.segment !== void 0 ? { segment: v.segment } : {},
    branch: v.branch,
    ...v.pull !== void 0 ? { pull: v.pull } : {},
    ciRounds: v.ciRounds,
    nodes: Object.fromEntries(nodes),
    startedAt: v.startedAt,
    updatedAt: v.updatedAt,
    ...v.runUrl !== void 0 ? { runUrl: v.runUrl } : {},
    ...v.escalation !== void 0 ? { escalation: v.escalation } : {},
    ...Array.isArray(v.warnings) ? { warnings: [...v.warnings] } : {},
    ...isRecord(v.cost) ? { cost: { turns: v.cost.turns, tokens: v.cost.tokens, usd: v.cost.usd, ...v.cost.unpriced === true ? { unpriced: true } : {} } } : {},
    ...plan ? { plan, planSha256: v.planSha256 } : {},
    ...approval ? { approval } : {},
    ...rejection ? { rejection } : {},
    ...isRecord(seen) ? { feedbackSeen: { review: seen.review, comment: seen.comment } } : {},
    ...v.awaiting !== void 0 ? { awaiting: v.awaiting } : {},
    ...v.autoMerge !== void 0 ? { autoMerge: v.autoMerge } : {}
  };
  return state;
}
var STATUS_TEXT = {
  planned: "Planning",
  "awaiting-approval": "Waiting for approval: comment `/approve` or `/reject`",
  executing: "Working",
  "in-review": "Pull request open for review",
  "awaiting-merge": "Approved, waiting for merge",
  merged: "Merged",
  closed: "Closed",
  escalated: "Escalated to a human",
  reviewed: "Review posted"
};
var NODE_BOX = { done: "[x]", failed: "[ ] \u2717", skipped: "[ ] (skipped)", running: "[ ] \u2026", pending: "[ ]" };
function linkTarget(url) {
  if (url === void 0) return void 0;
  let u;
  try {
    u = new URL(url);
  } catch {
    return void 0;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return void 0;
  return u.href.replace(/[()<>\s`"'\\]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()}`);
}
var short = (sha256) => /^[0-9a-f]{64}$/.test(sha256) ? sha256.slice(0, 12) : "?";
var shortHash = (sha256) => `\`${short(sha256)}\``;
function renderPlan(plan, sha256, open) {
  const n = plan.tasks.length;
  const lines = [`<details${open ? " open" : ""}><summary>Plan: ${n} task${n === 1 ? "" : "s"} \xB7 sha256 <code>${short(sha256)}</code></summary>`, ""];
  plan.tasks.forEach((t, i) => {
    lines.push(`${i + 1}. ${inertCode(t.id)}: ${inert(t.title)}`);
    lines.push(`   - What: ${inert(t.description)}`);
    if (t.files.length) lines.push(`   - Files: ${t.files.map(inertCode).join(", ")}`);
    if (t.needs.length) lines.push(`   - After: ${t.needs.map(inertCode).join(", ")}`);
    lines.push("   - Done when:", ...t.acceptance.map((a) => `     - ${inert(a)}`));
  });
  const node = new Map(plan.tasks.map((t, i) => [t.id, `t${i + 1}`]));
  lines.push("", "```mermaid", "graph TD");
  for (const t of plan.tasks) lines.push(`  ${node.get(t.id)}["${inertMermaid(`${t.id}: ${t.title}`)}"]`);
  for (const t of plan.tasks) for (const need of t.needs) if (node.has(need)) lines.push(`  ${node.get(need)} --> ${node.get(t.id)}`);
  lines.push("```", "", "</details>");
  return lines;
}
var count = (n) => isNumber(n) ? String(Math.round(n)) : "?";
function costText(cost) {
  const usd = isNumber(cost.usd) ? `$${cost.usd.toFixed(2)}` : "$?";
  if (!cost.unpriced) return usd;
  return cost.usd > 0 ? `at least ${usd} (some model calls have no known price)` : "cost unknown (no known price for the model)";
}
function renderTracking(state, opts) {
  const lines = [trackingMarker(state.blueprint), `### CrustyClaw \xB7 ${state.blueprint}`, "", `**${state.status === "awaiting-merge" && state.autoMerge ? "Waiting for checks, then merge" : STATUS_TEXT[state.status] ?? inert(String(state.status))}**`];
  if (state.status === "awaiting-approval" && state.awaiting !== void 0) {
    const done = state.segment !== void 0 && state.segment !== "plan" ? `The ${inertCode(state.segment)} stage's work is on the branch below; ` : "";
    lines.push("", `${done}\`/approve\` starts the ${inertCode(state.awaiting)} stage.`);
  }
  if (state.status === "awaiting-merge" && state.autoMerge !== void 0) {
    lines.push("", `No approval needed (review policy \`auto\`): the forge merges the pull request (${inertCode(state.autoMerge)}) once its checks pass.`);
  }
  if (state.escalation !== void 0) lines.push("", `Escalated: ${inert(String(state.escalation))}`);
  if (state.warnings?.length) lines.push("", "Warnings:", ...state.warnings.map((w) => `- \u26A0 ${inert(String(w))}`));
  if (state.rejection) {
    const why = state.rejection.reason ? `: ${inert(state.rejection.reason)}` : "";
    lines.push("", `Rejected by ${inert(state.rejection.by)}${why}`);
  }
  if (state.approval) {
    const what = state.approval.sha256 ? ` plan ${shortHash(state.approval.sha256)}` : "";
    lines.push("", `Approved${what} by ${inert(state.approval.by)}`);
  }
  if (state.plan && state.planSha256) {
    const waiting = state.status === "awaiting-approval";
    lines.push("", ...renderPlan(state.plan, state.planSha256, waiting));
    if (waiting) {
      const hash = shortHash(state.planSha256);
      lines.push("", `\`/approve\` approves plan ${hash} and no other; \`/approve ${short(state.planSha256)}\` also checks it is the plan you read.`);
    }
  }
  lines.push("", ...Object.entries(state.nodes).map(([id, s]) => `- ${NODE_BOX[s] ?? "[ ]"} ${inertCode(id)}`));
  const links = [];
  const run = linkTarget(state.runUrl);
  if (run) links.push(`[run](${run})`);
  const repo = linkTarget(opts.repoUrl);
  const branch = inertCode(String(state.branch));
  if (state.pull !== state.issue) links.push(repo && branch.startsWith("`") ? `branch [${branch}](${repo}/tree/${state.branch})` : `branch ${branch}`);
  if (state.pull !== void 0) {
    const pull = count(state.pull);
    links.push(repo && Number.isSafeInteger(state.pull) ? `pull request [#${pull}](${repo}/pull/${pull})` : `pull request #${pull}`);
  }
  lines.push("", links.join(" \xB7 "));
  const minutes = Math.max(0, Math.round((Date.parse(opts.now) - Date.parse(state.startedAt)) / 6e4));
  const cost = state.cost ? ` \xB7 ${count(state.cost.turns)} turns \xB7 ${count(state.cost.tokens)} tokens \xB7 ${costText(state.cost)}` : "";
  lines.push(`<sub>${Number.isFinite(minutes) ? minutes : "?"} min elapsed \xB7 CI rounds ${count(state.ciRounds)}${cost}</sub>`);
  lines.push("", `${STATE_OPEN}${encodeState(state)}${STATE_CLOSE}`);
  return `${lines.join("\n")}
`;
}

export {
  APPROVAL_COMMANDS,
  SWEEP_CRON,
  sweeps,
  RUN_BRANCHES,
  branchPrefix,
  opensPullRequests,
  adoptsPullRequests,
  followsPullRequests,
  inert,
  inertCode,
  inertLines,
  trackingMarker,
  readState,
  MAX_TRACKING_CHARS,
  MAX_WARNINGS,
  isLogin,
  MAX_REASON,
  renderTracking
};
