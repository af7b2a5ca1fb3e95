import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  basicAuth
} from "./chunk-QEMWQKBK.js";
import {
  StageError,
  setSecret
} from "./chunk-JKLF5DCQ.js";
import {
  createForge,
  timeScaleFrom
} from "./chunk-4DPI2Y3G.js";

// src/actions/forge-step.ts
var now = () => (/* @__PURE__ */ new Date()).toISOString();
function forgeFor(env, token) {
  return createForge({ kind: env.forge, repo: env.repo, baseUrl: env.apiUrl, token, timeScale: timeScaleFrom(process.env) });
}
function needToken(inputs, what) {
  if (!inputs.token) throw new StageError(`the ${what} step needs a token: pass 'token: \${{ github.token }}' (the compiled workflow does)`);
  setSecret(basicAuth(inputs.token));
  return inputs.token;
}

// src/forge/forge.ts
var GITHUB_ACTIONS_LOGIN = "github-actions[bot]";
async function selfLogin(forge) {
  return await forge.getSelfLogin() ?? (forge.kind === "github" ? GITHUB_ACTIONS_LOGIN : void 0);
}
async function findMarkedComment(forge, issue, marker, author) {
  return (await forge.listComments(issue)).find((c) => c.body.includes(marker) && (author === void 0 || c.author === author));
}

// src/stages/state.ts
var FINAL = ["merged", "closed"];
function advance(state, event, now2, ciRoundBudget) {
  if (FINAL.includes(state.status)) return state;
  const next = (patch) => {
    const merged = { ...state, ...patch };
    const changed = Object.keys(patch).some((k) => JSON.stringify(state[k]) !== JSON.stringify(merged[k]));
    return changed ? { ...merged, updatedAt: now2 } : state;
  };
  switch (event.type) {
    case "planned":
      return state.status === "planned" || state.status === "awaiting-approval" ? next({ status: event.awaitApproval ? "awaiting-approval" : "planned" }) : state;
    case "approved":
      return state.status === "awaiting-approval" ? next({ status: "executing" }) : state;
    case "rejected":
      return state.status === "awaiting-approval" || state.status === "in-review" ? next({ status: "closed" }) : state;
    case "executing":
      return state.status === "planned" || state.status === "in-review" || state.status === "escalated" ? next({ status: "executing" }) : state;
    case "pull-opened":
      return next({ status: "in-review", pull: event.pull });
    case "review-approved":
      return state.status === "in-review" ? next({ status: "awaiting-merge" }) : state;
    case "changes-requested":
    case "ci-failed":
      if (state.status !== "in-review" && state.status !== "awaiting-merge") return state;
      if (state.ciRounds >= ciRoundBudget) {
        return next({ status: "escalated", escalation: `the CI-round budget (${ciRoundBudget}) is spent` });
      }
      return next({ status: "executing", ciRounds: state.ciRounds + 1 });
    case "merged":
      return next({ status: "merged" });
    case "closed":
      return next({ status: "closed" });
    case "escalate":
      return next({ status: "escalated", escalation: event.reason });
  }
}
function newRunState(blueprint, issue, branch, nodeIds, now2) {
  return {
    version: 1,
    blueprint,
    issue,
    status: "planned",
    branch,
    ciRounds: 0,
    nodes: Object.fromEntries(nodeIds.map((id) => [id, "pending"])),
    startedAt: now2,
    updatedAt: now2
  };
}

export {
  selfLogin,
  findMarkedComment,
  advance,
  newRunState,
  now,
  forgeFor,
  needToken
};
