import { isTranscriptLinks } from "../outcomes/transcripts.js";
import { parsePlan, type Plan } from "../agent/plan.js";
import { STAGES } from "../blueprint/schema.js";
import { inert, inertCode, inertMermaid } from "../policy/posted-text.js";
import { DECISION_KINDS, ESCALATION_CAUSES, type Decision, type EscalationCause } from "../outcomes/record.js";
import { MAX_DECISIONS, type NodeStatus, type RunMetrics, type RunState, type RunStatus } from "./state.js";

/**
 * The tracking comment: one per issue and blueprint, holding the run state as a marked
 * JSON block under the human view. Its layout is what makes the state trustworthy:
 *
 * - the comment starts with the marker (`findMarkedComment` takes the first such comment
 *   by the account CrustyClaw acts as, never anyone else's);
 * - the state block is the comment's last line, and `readState` reads nothing else, so
 *   text above it (which quotes errors and agent output) cannot plant a block that counts;
 * - every value in the human view goes through `inert`/`inertCode` or is a number or a
 *   word of ours, so it holds no `<!--`, link, mention or line break of anyone else's.
 */
export function trackingMarker(blueprint: string): string {
  if (!NAME.test(blueprint)) throw new Error(`refusing a tracking marker for blueprint name ${JSON.stringify(blueprint)}`);
  return `<!-- crustyclaw:tracking ${blueprint} -->`;
}

/** The blueprint schema's id pattern: names and node ids. */
const NAME = /^[a-z][a-z0-9-]{0,47}$/;

const STATE_OPEN = "<!-- crustyclaw:state ";
const STATE_CLOSE = " -->";

/** JSON that cannot end the HTML comment it sits in, or the line, whatever text it carries. */
function encodeState(state: RunState): string {
  // JSON.stringify escapes line breaks inside strings; U+2028/2029 are left raw, and would be line breaks to some readers.
  return JSON.stringify(state).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/**
 * The run state in a tracking comment's last line, checked field by field; undefined
 * when there is none, it is malformed, or (given `expected`) it belongs to another
 * blueprint or issue. The caller has already established that the comment is CrustyClaw's.
 */
export function readState(body: string, expected?: { blueprint: string; issue: number }): RunState | undefined {
  const last = body.replace(/\s+$/, "").split("\n").pop()!.replace(/\r$/, "");
  if (!last.startsWith(STATE_OPEN) || !last.endsWith(STATE_CLOSE)) return undefined;
  const json = last.slice(STATE_OPEN.length, -STATE_CLOSE.length);
  // encodeState never writes these: a block holding them was not written by it.
  if (/[<>]/.test(json)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  const state = asRunState(value);
  if (!state || (expected && (state.blueprint !== expected.blueprint || state.issue !== expected.issue))) return undefined;
  return state;
}

const STATUSES: readonly RunStatus[] = ["planned", "awaiting-approval", "executing", "in-review", "awaiting-merge", "merged", "closed", "escalated", "reviewed"];
const NODE_STATUSES: readonly NodeStatus[] = ["pending", "running", "done", "failed", "skipped"];
const KEYS = new Set([
  "version", "blueprint", "issue", "status", "segment", "branch", "pull", "ciRounds", "nodes", "startedAt", "updatedAt", "runUrl", "escalation", "warnings", "cost",
  "plan", "planSha256", "approval", "rejection", "feedbackSeen", "awaiting", "autoMerge", "escalationCause", "metrics",
]);

/** The longest comment body GitHub accepts ("Body is too long (maximum is 65536 characters)"). */
export const MAX_TRACKING_CHARS = 65_536;

/** Warnings kept in the state (and shown). */
export const MAX_WARNINGS = 20;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;
const isTime = (v: unknown): v is string => typeof v === "string" && v.length <= 40 && Number.isFinite(Date.parse(v));
const isText = (v: unknown, max: number): v is string => typeof v === "string" && v.length <= max;
const isSha256 = (v: unknown): v is string => typeof v === "string" && /^[0-9a-f]{64}$/.test(v);
/** A forge login as both forges allow them (GitHub's `[bot]` suffix included). */
export const isLogin = (v: unknown): v is string => typeof v === "string" && /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}(\[bot\])?$/.test(v);

/** The approval record, rebuilt, or undefined when any field is off. */
function asApproval(v: unknown): RunState["approval"] {
  if (!isRecord(v) || Object.keys(v).some((k) => !["by", "at", "sha256"].includes(k))) return undefined;
  if (!isLogin(v.by) || !isTime(v.at) || (v.sha256 !== undefined && !isSha256(v.sha256))) return undefined;
  return { by: v.by, at: v.at, ...(v.sha256 !== undefined ? { sha256: v.sha256 } : {}) };
}

/** The rejection record, rebuilt, or undefined when any field is off. */
function asRejection(v: unknown): RunState["rejection"] {
  if (!isRecord(v) || Object.keys(v).some((k) => !["by", "at", "reason"].includes(k))) return undefined;
  if (!isLogin(v.by) || !isTime(v.at) || (v.reason !== undefined && !isText(v.reason, MAX_REASON))) return undefined;
  return { by: v.by, at: v.at, ...(v.reason !== undefined ? { reason: v.reason } : {}) };
}

/** The metrics record, rebuilt, or undefined when any field is off. */
function asMetrics(v: unknown): RunMetrics | undefined {
  if (!isRecord(v) || Object.keys(v).some((k) => !["trigger", "actor", "reviewRounds", "stageMs", "pullAt", "files", "decisions", "transcripts"].includes(k))) return undefined;
  if (!isText(v.trigger, 40) || !/^[a-z_-]+$/.test(v.trigger) || (v.actor !== undefined && !isLogin(v.actor)) || !isCount(v.reviewRounds)) return undefined;
  if (!isRecord(v.stageMs) || Object.entries(v.stageMs).some(([k, n]) => !STAGES.includes(k as (typeof STAGES)[number]) || !isCount(n))) return undefined;
  if ((v.pullAt !== undefined && !isTime(v.pullAt)) || (v.files !== undefined && !isCount(v.files))) return undefined;
  if (!Array.isArray(v.decisions) || v.decisions.length > MAX_DECISIONS) return undefined;
  const decisions: Decision[] = [];
  for (const d of v.decisions) {
    if (!isRecord(d) || Object.keys(d).some((k) => !["by", "at", "what", "note"].includes(k))) return undefined;
    if (!isLogin(d.by) || !isTime(d.at) || !DECISION_KINDS.includes(d.what as Decision["what"]) || (d.note !== undefined && !isText(d.note, 200))) return undefined;
    decisions.push({ by: d.by, at: d.at, what: d.what as Decision["what"], ...(d.note !== undefined ? { note: d.note } : {}) });
  }
  const links = v.transcripts;
  if (links !== undefined && !isTranscriptLinks(links)) return undefined;
  return {
    trigger: v.trigger,
    ...(v.actor !== undefined ? { actor: v.actor } : {}),
    reviewRounds: v.reviewRounds,
    stageMs: Object.fromEntries(Object.entries(v.stageMs)) as RunMetrics["stageMs"],
    ...(v.pullAt !== undefined ? { pullAt: v.pullAt } : {}),
    ...(v.files !== undefined ? { files: v.files } : {}),
    decisions,
    ...(links !== undefined ? { transcripts: links.map((l) => ({ path: l.path, sha256: l.sha256 })) } : {}),
  };
}

/** The longest `/reject` reason kept. */
export const MAX_REASON = 1000;

/** A RunState with every field of the right type and nothing else, or undefined. */
function asRunState(v: unknown): RunState | undefined {
  if (!isRecord(v) || Object.keys(v).some((k) => !KEYS.has(k))) return undefined;
  if (v.version !== 1 || !isText(v.blueprint, 48) || !NAME.test(v.blueprint)) return undefined;
  if (!isCount(v.issue) || v.issue === 0 || !STATUSES.includes(v.status as RunStatus)) return undefined;
  if (v.segment !== undefined && !STAGES.includes(v.segment as (typeof STAGES)[number])) return undefined;
  if (v.awaiting !== undefined && !STAGES.includes(v.awaiting as (typeof STAGES)[number])) return undefined;
  if (v.autoMerge !== undefined && v.autoMerge !== "merge" && v.autoMerge !== "squash") return undefined;
  if (!isText(v.branch, 255) || (v.pull !== undefined && (!isCount(v.pull) || v.pull === 0)) || !isCount(v.ciRounds)) return undefined;
  if (!isTime(v.startedAt) || !isTime(v.updatedAt)) return undefined;
  if (v.runUrl !== undefined && !isText(v.runUrl, 2000)) return undefined;
  if (v.escalation !== undefined && !isText(v.escalation, 10_000)) return undefined;
  if (v.warnings !== undefined && !(Array.isArray(v.warnings) && v.warnings.length <= MAX_WARNINGS && v.warnings.every((w) => isText(w, 2000)))) return undefined;
  if (v.cost !== undefined && !(isRecord(v.cost) && isNumber(v.cost.turns) && isNumber(v.cost.tokens) && isNumber(v.cost.usd) && (v.cost.unpriced === undefined || v.cost.unpriced === true))) return undefined;
  // The plan is a plan (schema and checkPlan, as when an agent produced it) with its hash; whether the hash still
  // matches is not checked here: `/approve` refuses a plan changed since it was posted, and says so.
  let plan: Plan | undefined;
  if (v.plan !== undefined || v.planSha256 !== undefined) {
    const parsed = parsePlan(v.plan);
    if (!("plan" in parsed) || !isSha256(v.planSha256)) return undefined;
    plan = parsed.plan;
  }
  const approval = v.approval === undefined ? undefined : asApproval(v.approval);
  const rejection = v.rejection === undefined ? undefined : asRejection(v.rejection);
  if ((v.approval !== undefined && !approval) || (v.rejection !== undefined && !rejection)) return undefined;
  const metrics = v.metrics === undefined ? undefined : asMetrics(v.metrics);
  if (v.metrics !== undefined && !metrics) return undefined;
  if (v.escalationCause !== undefined && !ESCALATION_CAUSES.includes(v.escalationCause as EscalationCause)) return undefined;
  const seen = v.feedbackSeen;
  if (seen !== undefined && !(isRecord(seen) && Object.keys(seen).length === 2 && isCount(seen.review) && isCount(seen.comment))) return undefined;
  if (!isRecord(v.nodes)) return undefined;
  const nodes = Object.entries(v.nodes);
  if (nodes.some(([id, s]) => !NAME.test(id) || !NODE_STATUSES.includes(s as NodeStatus))) return undefined;
  // Rebuilt rather than cast: no key of the parsed object (`__proto__` included) reaches the state unchecked.
  const state: RunState = {
    version: 1,
    blueprint: v.blueprint,
    issue: v.issue,
    status: v.status as RunStatus,
    ...(v.segment !== undefined ? { segment: v.segment as RunState["segment"] } : {}),
    branch: v.branch,
    ...(v.pull !== undefined ? { pull: v.pull } : {}),
    ciRounds: v.ciRounds,
    nodes: Object.fromEntries(nodes) as Record<string, NodeStatus>,
    startedAt: v.startedAt,
    updatedAt: v.updatedAt,
    ...(v.runUrl !== undefined ? { runUrl: v.runUrl } : {}),
    ...(v.escalation !== undefined ? { escalation: v.escalation } : {}),
    ...(Array.isArray(v.warnings) ? { warnings: [...(v.warnings as string[])] } : {}),
    ...(isRecord(v.cost) ? { cost: { turns: v.cost.turns as number, tokens: v.cost.tokens as number, usd: v.cost.usd as number, ...(v.cost.unpriced === true ? { unpriced: true as const } : {}) } } : {}),
    ...(plan ? { plan, planSha256: v.planSha256 as string } : {}),
    ...(approval ? { approval } : {}),
    ...(rejection ? { rejection } : {}),
    ...(isRecord(seen) ? { feedbackSeen: { review: seen.review as number, comment: seen.comment as number } } : {}),
    ...(v.awaiting !== undefined ? { awaiting: v.awaiting as RunState["segment"] & string } : {}),
    ...(v.autoMerge !== undefined ? { autoMerge: v.autoMerge as NonNullable<RunState["autoMerge"]> } : {}),
    ...(v.escalationCause !== undefined ? { escalationCause: v.escalationCause as EscalationCause } : {}),
    ...(metrics ? { metrics } : {}),
  };
  return state;
}

const STATUS_TEXT: Record<RunState["status"], string> = {
  planned: "Planning",
  "awaiting-approval": "Waiting for approval: comment `/approve` or `/reject`",
  executing: "Working",
  "in-review": "Pull request open for review",
  "awaiting-merge": "Approved, waiting for merge",
  merged: "Merged",
  closed: "Closed",
  escalated: "Escalated to a human",
  reviewed: "Review posted",
};

const NODE_BOX: Record<string, string> = { done: "[x]", failed: "[ ] ✗", skipped: "[ ] (skipped)", running: "[ ] …", pending: "[ ]" };

/** An http(s) URL as a Markdown link target, or undefined: nothing that could end the target or run script. */
function linkTarget(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return undefined;
  return u.href.replace(/[()<>\s`"'\\]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()}`);
}

/** A plan hash as shown: its first 12 hex digits, as code (the full hash is in the state block). */
const short = (sha256: string) => (/^[0-9a-f]{64}$/.test(sha256) ? sha256.slice(0, 12) : "?");
const shortHash = (sha256: string) => `\`${short(sha256)}\``;

/**
 * The plan for the people who approve it: each task (id, title, description, files,
 * acceptance criteria, needs) and a Mermaid graph of the needs. All of it came from an
 * agent: list text goes through `inert`/`inertCode` (task ids are pattern-checked, so
 * code), each line starting with text of ours; the graph's node ids are ours (`t1`…),
 * its labels `inertMermaid` (no quote, bracket, backtick or line break; `;` only ending
 * an entity code), so nothing ends the label, the code block or the comment.
 */
function renderPlan(plan: Plan, sha256: string, open: boolean): string[] {
  const n = plan.tasks.length;
  const lines = [`<details${open ? " open" : ""}><summary>Plan: ${n} task${n === 1 ? "" : "s"} · sha256 <code>${short(sha256)}</code></summary>`, ""];
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

const count = (n: unknown) => (isNumber(n) ? String(Math.round(n)) : "?");

/** Dollars spent, or why they are not known: a model without a known price is not free. */
function costText(cost: NonNullable<RunState["cost"]>): string {
  const usd = isNumber(cost.usd) ? `$${cost.usd.toFixed(2)}` : "$?";
  if (!cost.unpriced) return usd;
  return cost.usd > 0 ? `at least ${usd} (some model calls have no known price)` : "cost unknown (no known price for the model)";
}

export function renderTracking(state: RunState, opts: { now: string; repoUrl?: string }): string {
  const lines = [trackingMarker(state.blueprint), `### CrustyClaw · ${state.blueprint}`, "", `**${state.status === "awaiting-merge" && state.autoMerge ? "Waiting for checks, then merge" : (STATUS_TEXT[state.status] ?? inert(String(state.status)))}**`];
  if (state.status === "awaiting-approval" && state.awaiting !== undefined) {
    // What waits, and for what: the work of the stage before is on the branch (a plan is shown below).
    const done = state.segment !== undefined && state.segment !== "plan" ? `The ${inertCode(state.segment)} stage's work is on the branch below; ` : "";
    lines.push("", `${done}\`/approve\` starts the ${inertCode(state.awaiting)} stage.`);
  }
  if (state.status === "awaiting-merge" && state.autoMerge !== undefined) {
    lines.push("", `No approval needed (review policy \`auto\`): the forge merges the pull request (${inertCode(state.autoMerge)}) once its checks pass.`);
  }
  if (state.escalation !== undefined) lines.push("", `Escalated: ${inert(String(state.escalation))}`);
  if (state.warnings?.length) lines.push("", "Warnings:", ...state.warnings.map((w) => `- ⚠ ${inert(String(w))}`));
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
  const links: string[] = [];
  const run = linkTarget(state.runUrl);
  if (run) links.push(`[run](${run})`);
  const repo = linkTarget(opts.repoUrl);
  const branch = inertCode(String(state.branch));
  // A branch name that is not plain code is not linked either: it would be part of the URL.
  // A run on a pull request itself (a review) pushes no branch of its own.
  if (state.pull !== state.issue) links.push(repo && branch.startsWith("`") ? `branch [${branch}](${repo}/tree/${state.branch})` : `branch ${branch}`);
  if (state.pull !== undefined) {
    const pull = count(state.pull);
    links.push(repo && Number.isSafeInteger(state.pull) ? `pull request [#${pull}](${repo}/pull/${pull})` : `pull request #${pull}`);
  }
  lines.push("", links.join(" · "));
  const minutes = Math.max(0, Math.round((Date.parse(opts.now) - Date.parse(state.startedAt)) / 60000));
  const cost = state.cost ? ` · ${count(state.cost.turns)} turns · ${count(state.cost.tokens)} tokens · ${costText(state.cost)}` : "";
  lines.push(`<sub>${Number.isFinite(minutes) ? minutes : "?"} min elapsed · CI rounds ${count(state.ciRounds)}${cost}</sub>`);
  lines.push("", `${STATE_OPEN}${encodeState(state)}${STATE_CLOSE}`);
  return `${lines.join("\n")}\n`;
}
