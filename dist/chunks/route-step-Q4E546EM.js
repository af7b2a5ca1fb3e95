import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  advance,
  findMarkedComment,
  forgeFor,
  needToken,
  newRunState,
  now,
  selfLogin
} from "./chunk-O6O6E7GA.js";
import {
  isIgnored,
  normaliseEvent
} from "./chunk-LTWDBSVV.js";
import {
  loadPinnedBlueprint,
  loadRepoConfig
} from "./chunk-NXU3HPIB.js";
import {
  inert,
  readState,
  renderTracking,
  trackingMarker
} from "./chunk-5VPZNDBL.js";
import {
  branchPrefix,
  segmentsOf
} from "./chunk-K37G33SW.js";
import "./chunk-7YGELG4G.js";
import "./chunk-V4AWPB5G.js";
import "./chunk-CR3TS4Y4.js";
import {
  info,
  setOutput
} from "./chunk-WDOADNXC.js";
import "./chunk-JLDBKXVZ.js";
import "./chunk-4BX6NHJ2.js";

// src/actions/route-step.ts
import { readFileSync } from "node:fs";

// src/policy/authorize.ts
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
async function authorize(trigger, forge, policy) {
  if (trigger.kind === "schedule") return { allowed: true, why: "scheduled run" };
  const login = trigger.actor.login;
  if ((trigger.kind === "review" || trigger.kind === "review_comment" || trigger.kind === "pull_request") && trigger.pull.fromFork) {
    return { allowed: false, why: `pull request #${trigger.pull.number} comes from a fork; forks never get credentials`, silent: false };
  }
  if (trigger.kind === "comment" && trigger.isPullRequest && (await forge.getPull(trigger.issue.number)).fromFork) {
    return { allowed: false, why: `pull request #${trigger.issue.number} comes from a fork; forks never get credentials`, silent: false };
  }
  const type = trigger.actor.type ?? await forge.getUserType(login).catch(() => void 0);
  if (type === "Bot") {
    return policy.bots.some((b) => same(b, login)) ? { allowed: true, why: `bot ${login} is listed in authorize.bots` } : { allowed: false, why: `${login} is a bot account and is not listed in authorize.bots`, silent: true };
  }
  if (policy.users.some((u) => same(u, login))) return { allowed: true, why: `${login} is listed in authorize.users` };
  const permission = await forge.getPermission(login);
  if (permission === "admin" || permission === "write") return { allowed: true, why: `${login} has ${permission} access` };
  if (permission === "unknown") {
    return {
      allowed: false,
      why: `the token cannot read ${login}'s permission (Forgejo's automatic token cannot); add ${login} to authorize.users in .crustyclaw/config.yml, or give the workflow a token that can`,
      silent: false
    };
  }
  return {
    allowed: false,
    why: `${login} has ${permission} access; starting an agent needs write access`,
    // Someone without access may not see the repository's replies; a short note is still useful on public repos.
    silent: false
  };
}

// src/stages/route.ts
var nothing = (reason, issue) => ({ stage: "", reason, ...issue !== void 0 ? { issue } : {} });
function commandOf(body) {
  const first = body.trimStart().split(/\s/, 1)[0] ?? "";
  return /^\/[a-z][a-z0-9-]*$/.test(first) ? first : void 0;
}
async function issueOf(deps) {
  const t = deps.trigger;
  const fromBranch = (ref) => {
    const prefix = branchPrefix(deps.blueprint);
    const rest = ref.startsWith(prefix) ? ref.slice(prefix.length) : "";
    const n = /^[1-9][0-9]{0,9}$/.test(rest) ? Number(rest) : void 0;
    return n;
  };
  switch (t.kind) {
    case "issue":
      return t.issue.number;
    case "comment": {
      if (!t.isPullRequest) return t.issue.number;
      const pull = await deps.forge.getPull(t.issue.number);
      return fromBranch(pull.headRef) ?? t.issue.number;
    }
    case "review":
    case "review_comment":
    case "pull_request":
      return fromBranch(t.pull.headRef) ?? (deps.blueprint.triggers.review ? t.pull.number : void 0);
    case "ci": {
      const pr = t.pulls[0];
      if (pr === void 0) return void 0;
      return fromBranch((await deps.forge.getPull(pr)).headRef) ?? pr;
    }
    case "dispatch": {
      const n = Number(t.inputs.issue ?? "");
      return Number.isSafeInteger(n) && n > 0 ? n : void 0;
    }
    case "schedule":
      return void 0;
  }
}
async function staleCommand(forge, trigger, command) {
  const what = `ignoring ${command} in comment ${trigger.commentId}`;
  if (trigger.action !== "created") return `${what}: the event is for a comment being ${trigger.action}, not posted`;
  const now2 = await forge.getComment(trigger.commentId);
  if (!now2) return `${what}: the comment has been deleted`;
  if (now2.body !== trigger.body || now2.updatedAt !== now2.createdAt) return `${what}: the comment has been edited since it was posted`;
  return void 0;
}
function firstSegment(segments) {
  return segments.find((s) => s.id !== "feedback") ?? segments[0];
}
function segmentAfter(segments, id) {
  const i = segments.findIndex((s) => s.id === id);
  const next = segments[i + 1];
  return next && next.id !== "feedback" ? next : void 0;
}
async function route(deps) {
  const { forge, blueprint, trigger } = deps;
  const decision = await authorize(trigger, forge, deps.config.authorize);
  const issue = await issueOf(deps);
  if (!decision.allowed) {
    if (!decision.silent && issue !== void 0 && trigger.kind !== "schedule") {
      await forge.createComment(issue, `CrustyClaw did not start: ${inert(decision.why)}.`);
    }
    return nothing(`not authorised: ${decision.why}`, issue);
  }
  if (issue === void 0) return nothing(`no issue to work on for this ${trigger.kind} event`);
  const command = trigger.kind === "comment" ? commandOf(trigger.body) : void 0;
  if (trigger.kind === "comment") {
    if (command === void 0 || command !== blueprint.triggers.command && command !== "/approve" && command !== "/reject") {
      return nothing(`comment is not a command for ${blueprint.name}`, issue);
    }
    const stale = await staleCommand(forge, trigger, command);
    if (stale) return nothing(stale, issue);
  }
  const segments = segmentsOf(blueprint);
  const marker = trackingMarker(blueprint.name);
  const tracking = await findMarkedComment(forge, issue, marker, await selfLogin(forge));
  const read = tracking ? readState(tracking.body, { blueprint: blueprint.name, issue }) : void 0;
  const previous = read && { ...read, branch: `${branchPrefix(blueprint)}${issue}` };
  const now2 = deps.now();
  const budget = blueprint.budgets.ciRounds;
  const ev = (state2, e) => advance(state2, e, now2, budget);
  let state = previous;
  let start;
  const active = previous && !["merged", "closed", "escalated"].includes(previous.status);
  if (trigger.kind === "comment" && (command === "/approve" || command === "/reject")) {
    if (!previous) return nothing(`${command} on #${issue}, which has no ${blueprint.name} run`, issue);
    if (command === "/reject") state = ev(previous, { type: "rejected" });
    else if (previous.status === "awaiting-approval") {
      state = ev(previous, { type: "approved" });
      start = segmentAfter(segments, previous.segment);
    }
  } else if (trigger.kind === "review" && previous) {
    if (trigger.state === "approved") state = ev(previous, { type: "review-approved" });
    else if (trigger.state === "changes_requested") {
      state = ev(previous, { type: "changes-requested" });
      if (state.status === "executing" && state !== previous) start = segments.find((s) => s.id === "feedback");
    }
  } else if (trigger.kind === "pull_request" && previous) {
    if (trigger.action === "closed") state = ev(previous, { type: trigger.merged ? "merged" : "closed" });
  } else if (trigger.kind === "ci" && previous) {
    if (trigger.conclusion === "failure") {
      state = ev(previous, { type: "ci-failed" });
      if (state.status === "executing" && state !== previous) start = segments.find((s) => s.id === "feedback");
    }
  } else if (trigger.kind !== "review" && trigger.kind !== "pull_request" && trigger.kind !== "review_comment") {
    if (active) return nothing(`#${issue} already has an active ${blueprint.name} run (${previous.status})`, issue);
    state = newRunState(blueprint.name, issue, `${branchPrefix(blueprint)}${issue}`, blueprint.nodes.map((n) => n.id), now2);
    start = firstSegment(segments);
  }
  if (!state) return nothing(`no ${blueprint.name} run on #${issue}`, issue);
  let ref = deps.sha;
  if (start?.id === "feedback" && state.pull !== void 0) {
    const pull = await forge.getPull(state.pull);
    if (pull.fromFork || pull.headRef !== state.branch) {
      return nothing(`pull request #${state.pull} is not the run's own (its head is not ${state.branch} in this repository); not starting feedback`, issue);
    }
    ref = pull.headSha;
  }
  if (start) {
    state = { ...state, segment: start.id, updatedAt: now2, ...deps.runUrl ? { runUrl: deps.runUrl } : {} };
    if (start.stages.includes("execute") && state.status === "planned") state = ev(state, { type: "executing" });
  }
  if (state !== previous) {
    const body = renderTracking(state, { now: now2, repoUrl: deps.repoUrl });
    if (tracking) await forge.updateComment(tracking.id, body);
    else await forge.createComment(issue, body);
  }
  if (!start) return nothing(`run on #${issue} is ${state.status}`, issue);
  if (trigger.kind === "comment") await forge.addReaction({ comment: trigger.commentId }, "eyes");
  return { stage: start.id, issue, ref, reason: `starting ${start.stages.join(" + ")} for #${issue}` };
}

// src/actions/route-step.ts
async function runRoute(env, inputs) {
  const blueprint = loadPinnedBlueprint(env.workspace, inputs.blueprint, inputs.blueprintSha256);
  const config = loadRepoConfig(env.workspace);
  const payload = JSON.parse(readFileSync(env.eventPath, "utf8"));
  const trigger = normaliseEvent(env.forge, env.eventName, payload, {
    repository: `${env.repo.owner}/${env.repo.repo}`,
    ...env.actor ? { actor: env.actor } : {}
  });
  if (isIgnored(trigger)) {
    info(`nothing to do: ${trigger.ignored}`);
    setOutput("stage", "");
    return;
  }
  const result = await route({
    forge: forgeFor(env, needToken(inputs, "route")),
    blueprint,
    config,
    trigger,
    sha: env.sha,
    ...env.runUrl ? { runUrl: env.runUrl } : {},
    repoUrl: env.repoUrl,
    now
  });
  info(result.reason);
  setOutput("stage", result.stage);
  setOutput("issue", result.issue === void 0 ? "" : String(result.issue));
  setOutput("ref", result.ref ?? "");
}
export {
  runRoute
};
