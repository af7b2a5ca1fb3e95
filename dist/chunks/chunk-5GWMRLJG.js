import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  RUN_BRANCHES,
  adoptsPullRequests,
  branchPrefix
} from "./chunk-PWWOG5HT.js";
import {
  basicAuth
} from "./chunk-ERHXKVEK.js";
import {
  StageError,
  setSecret
} from "./chunk-R4H3NZ2E.js";
import {
  createForge,
  timeScaleFrom
} from "./chunk-T4LF76S4.js";

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
var UnknownIdentityError = class extends Error {
  name = "UnknownIdentityError";
};
async function selfLogin(forge) {
  const login = await forge.getSelfLogin();
  if (login !== void 0) return login;
  if (forge.kind === "github") return GITHUB_ACTIONS_LOGIN;
  throw new UnknownIdentityError(
    "cannot tell which account the token acts as: the forge refused GET /user. CrustyClaw reads a run's state only from comments it wrote itself. Use the job's automatic token (Forgejo answers GET /user for it as forgejo-actions), or give the token the read:user scope."
  );
}
async function findMarkedComment(forge, issue, marker, author) {
  if (!author) throw new UnknownIdentityError("findMarkedComment needs the login CrustyClaw's comments carry");
  const same = author.toLowerCase();
  return (await forge.listComments(issue)).find((c) => c.author.toLowerCase() === same && c.body.startsWith(marker));
}

// src/stages/adopted.ts
async function adoptablePull(forge, blueprint, number) {
  if (!(await forge.getIssue(number)).isPullRequest) {
    return `#${number} is an issue, not a pull request: ${blueprint.name} works on the pull request whose checks fail (comment on that pull request)`;
  }
  const pull = await forge.getPull(number);
  if (pull.fromFork) return `pull request #${number} comes from a fork: CrustyClaw never pushes to a fork's branch (forks get no credentials)`;
  if (pull.headRef.startsWith(RUN_BRANCHES)) return `pull request #${number} is a CrustyClaw run's own (branch ${pull.headRef}): the blueprint that opened it fixes its checks in its own CI rounds`;
  return pull;
}
async function runTarget(forge, blueprint, issue) {
  if (!adoptsPullRequests(blueprint)) return { branch: `${branchPrefix(blueprint)}${issue}` };
  const pull = await adoptablePull(forge, blueprint, issue);
  return typeof pull === "string" ? pull : { branch: pull.headRef, adopted: pull };
}

// src/stages/state.ts
var FINAL = ["merged", "closed"];
var REJECTABLE = ["awaiting-approval", "in-review", "awaiting-merge", "escalated"];
function advance(state, event, now2, ciRoundBudget) {
  if (FINAL.includes(state.status)) return state;
  const next = (patch) => {
    const merged = { ...state, ...patch };
    for (const k of Object.keys(patch)) if (merged[k] === void 0) delete merged[k];
    const changed = Object.keys(patch).some((k) => JSON.stringify(state[k]) !== JSON.stringify(merged[k]));
    return changed ? { ...merged, updatedAt: now2 } : state;
  };
  switch (event.type) {
    case "planned":
      return state.status === "planned" || state.status === "awaiting-approval" ? next({ status: event.awaitApproval ? "awaiting-approval" : "planned", awaiting: event.awaitApproval ? event.next : void 0 }) : state;
    case "await-approval":
      return state.status === "executing" ? next({ status: "awaiting-approval", awaiting: event.next }) : state;
    case "approved":
      return state.status === "awaiting-approval" ? next({ status: "executing", awaiting: void 0, approval: { by: event.by, at: now2, ...event.sha256 ? { sha256: event.sha256 } : {} } }) : state;
    case "rejected":
      return REJECTABLE.includes(state.status) ? next({ status: "closed", rejection: { by: event.by, at: now2, ...event.reason ? { reason: event.reason } : {} } }) : state;
    case "executing":
      return state.status === "planned" || state.status === "in-review" || state.status === "escalated" ? next({ status: "executing" }) : state;
    case "pull-opened":
      return next({ status: "in-review", pull: event.pull, awaiting: void 0 });
    case "review-approved":
      return state.status === "in-review" ? next({ status: "awaiting-merge" }) : state;
    case "auto-merge":
      return state.status === "in-review" || state.status === "awaiting-merge" ? next({ status: "awaiting-merge", autoMerge: event.method }) : state;
    case "changes-requested":
    case "ci-failed":
      if (state.status !== "in-review" && state.status !== "awaiting-merge") return state;
      if (state.ciRounds >= ciRoundBudget) {
        return next({ status: "escalated", escalation: `the CI-round budget (${ciRoundBudget}) is spent` });
      }
      return next({ status: "executing", ciRounds: state.ciRounds + 1 });
    case "no-changes":
      return state.status === "executing" && state.pull !== void 0 ? next({ status: "in-review" }) : state;
    case "reviewed":
      return state.status === "executing" ? next({ status: "reviewed", pull: event.pull }) : state;
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
  runTarget,
  advance,
  newRunState,
  now,
  forgeFor,
  needToken
};
