import type { RunState } from "./state.js";

/**
 * The tracking comment: one per issue and blueprint, found by a hidden marker,
 * holding the run state as a marked JSON block and the human view above it.
 */
export function trackingMarker(blueprint: string): string {
  return `<!-- crustyclaw:tracking ${blueprint} -->`;
}

const STATE_OPEN = "<!-- crustyclaw:state ";
const STATE_CLOSE = " -->";

/** JSON that cannot end the HTML comment it sits in, whatever text it carries. */
function encodeState(state: RunState): string {
  return JSON.stringify(state).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
}

export function readState(body: string): RunState | undefined {
  const start = body.indexOf(STATE_OPEN);
  if (start < 0) return undefined;
  const end = body.indexOf(STATE_CLOSE, start + STATE_OPEN.length);
  if (end < 0) return undefined;
  try {
    const value = JSON.parse(body.slice(start + STATE_OPEN.length, end)) as RunState;
    return value && value.version === 1 && typeof value.issue === "number" ? value : undefined;
  } catch {
    return undefined;
  }
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
};

const NODE_BOX: Record<string, string> = { done: "[x]", failed: "[ ] ✗", skipped: "[ ] (skipped)", running: "[ ] …", pending: "[ ]" };

/** Markdown-escape text we did not write (ids are pattern-checked; reasons may quote errors). */
function plain(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

export function renderTracking(state: RunState, opts: { now: string; repoUrl?: string }): string {
  const lines = [trackingMarker(state.blueprint), `### CrustyClaw · ${state.blueprint}`, "", `**${STATUS_TEXT[state.status]}**`];
  if (state.escalation) lines.push("", `Escalated: ${plain(state.escalation)}`);
  lines.push("", ...Object.entries(state.nodes).map(([id, s]) => `- ${NODE_BOX[s] ?? "[ ]"} \`${id}\``));
  const links: string[] = [];
  if (state.runUrl) links.push(`[run](${state.runUrl})`);
  if (opts.repoUrl) links.push(`branch [\`${state.branch}\`](${opts.repoUrl}/tree/${state.branch})`);
  else links.push(`branch \`${state.branch}\``);
  if (state.pull !== undefined) links.push(opts.repoUrl ? `pull request [#${state.pull}](${opts.repoUrl}/pull/${state.pull})` : `pull request #${state.pull}`);
  lines.push("", links.join(" · "));
  const minutes = Math.max(0, Math.round((Date.parse(opts.now) - Date.parse(state.startedAt)) / 60000));
  const cost = state.cost ? ` · ${state.cost.turns} turns · ${state.cost.tokens} tokens · $${state.cost.usd.toFixed(2)}` : "";
  lines.push(`<sub>${minutes} min elapsed · CI rounds ${state.ciRounds}${cost}</sub>`);
  lines.push("", `${STATE_OPEN}${encodeState(state)}${STATE_CLOSE}`);
  return `${lines.join("\n")}\n`;
}
