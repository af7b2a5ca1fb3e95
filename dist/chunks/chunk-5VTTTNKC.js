import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);

// src/stages/tracking.ts
function trackingMarker(blueprint) {
  return `<!-- crustyclaw:tracking ${blueprint} -->`;
}
var STATE_OPEN = "<!-- crustyclaw:state ";
var STATE_CLOSE = " -->";
function encodeState(state) {
  return JSON.stringify(state).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
}
function readState(body) {
  const start = body.indexOf(STATE_OPEN);
  if (start < 0) return void 0;
  const end = body.indexOf(STATE_CLOSE, start + STATE_OPEN.length);
  if (end < 0) return void 0;
  try {
    const value = JSON.parse(body.slice(start + STATE_OPEN.length, end));
    return value && value.version === 1 && typeof value.issue === "number" ? value : void 0;
  } catch {
    return void 0;
  }
}
var STATUS_TEXT = {
  planned: "Planning",
  "awaiting-approval": "Waiting for approval: comment `/approve` or `/reject`",
  executing: "Working",
  "in-review": "Pull request open for review",
  "awaiting-merge": "Approved, waiting for merge",
  merged: "Merged",
  closed: "Closed",
  escalated: "Escalated to a human"
};
var NODE_BOX = { done: "[x]", failed: "[ ] \u2717", skipped: "[ ] (skipped)", running: "[ ] \u2026", pending: "[ ]" };
function plain(text) {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}
function renderTracking(state, opts) {
  const lines = [trackingMarker(state.blueprint), `### CrustyClaw \xB7 ${state.blueprint}`, "", `**${STATUS_TEXT[state.status]}**`];
  if (state.escalation) lines.push("", `Escalated: ${plain(state.escalation)}`);
  lines.push("", ...Object.entries(state.nodes).map(([id, s]) => `- ${NODE_BOX[s] ?? "[ ]"} \`${id}\``));
  const links = [];
  if (state.runUrl) links.push(`[run](${state.runUrl})`);
  if (opts.repoUrl) links.push(`branch [\`${state.branch}\`](${opts.repoUrl}/tree/${state.branch})`);
  else links.push(`branch \`${state.branch}\``);
  if (state.pull !== void 0) links.push(opts.repoUrl ? `pull request [#${state.pull}](${opts.repoUrl}/pull/${state.pull})` : `pull request #${state.pull}`);
  lines.push("", links.join(" \xB7 "));
  const minutes = Math.max(0, Math.round((Date.parse(opts.now) - Date.parse(state.startedAt)) / 6e4));
  const cost = state.cost ? ` \xB7 ${state.cost.turns} turns \xB7 ${state.cost.tokens} tokens \xB7 $${state.cost.usd.toFixed(2)}` : "";
  lines.push(`<sub>${minutes} min elapsed \xB7 CI rounds ${state.ciRounds}${cost}</sub>`);
  lines.push("", `${STATE_OPEN}${encodeState(state)}${STATE_CLOSE}`);
  return `${lines.join("\n")}
`;
}

export {
  trackingMarker,
  readState,
  renderTracking
};
