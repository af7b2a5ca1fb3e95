import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  advance,
  findMarkedComment,
  forgeFor,
  needToken,
  newRunState,
  now,
  runTarget,
  selfLogin
} from "./chunk-5GWMRLJG.js";
import {
  isIgnored,
  normaliseEvent
} from "./chunk-FJNDWOJ3.js";
import {
  loadPinnedBlueprint,
  loadRepoConfig
} from "./chunk-7YFGSRZZ.js";
import {
  MAX_REASON,
  RUN_BRANCHES,
  SWEEP_CRON,
  adoptsPullRequests,
  branchPrefix,
  inert,
  isLogin,
  opensPullRequests,
  readState,
  renderTracking,
  sweeps,
  trackingMarker
} from "./chunk-PWWOG5HT.js";
import {
  pullData,
  writePullData
} from "./chunk-P2IP76WI.js";
import {
  MAX_CI_CHECKS,
  MAX_FOLLOW_UPS,
  MAX_INLINE_COMMENTS,
  keepBody,
  logTail,
  nextSegment,
  segmentsOf,
  writeFeedback
} from "./chunk-BSI7JWQ6.js";
import {
  readInstructionFiles,
  writeBaseInstructions
} from "./chunk-MIML4RH4.js";
import {
  APPROVED_PLAN_FILE,
  planSha256,
  reviewsPullRequests
} from "./chunk-UNI2HRDF.js";
import "./chunk-ERHXKVEK.js";
import {
  redact
} from "./chunk-IFMW6CY3.js";
import {
  info,
  setOutput
} from "./chunk-R4H3NZ2E.js";
import {
  ForgeError
} from "./chunk-T4LF76S4.js";
import "./chunk-4BX6NHJ2.js";

// src/actions/route-step.ts
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// src/stages/claim.ts
var CLAIM_MAX_AGE_MS = 10 * 6e4;
async function claimStep(forge, o) {
  const marker = `<!-- crustyclaw:claim ${o.blueprint} ${o.key} -->`;
  const mine = await forge.createComment(o.issue, `${marker}
CrustyClaw is starting the ${o.blueprint} run; this note goes away in a moment.`);
  const self = o.self.toLowerCase();
  const own = (await forge.listComments(o.issue)).filter((c) => c.author.toLowerCase() === self);
  const fresh = (at) => Date.parse(o.now) - Date.parse(at) < CLAIM_MAX_AGE_MS;
  const rival = own.find((c) => c.id < mine.id && c.body.startsWith(marker) && fresh(c.createdAt));
  const tracking = own.find((c) => c.body.startsWith(o.trackingMarker));
  const why = rival ? `a route job of the same event, or of a duplicate of it, claimed this step first (comment ${rival.id}); it starts the work` : tracking?.body !== o.trackingBody ? "the run moved on while this event was being read (another route job started it); nothing more to do" : void 0;
  if (why === void 0) return { id: mine.id };
  await forge.deleteComment(mine.id);
  return why;
}

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

// src/forge/mention.ts
var LOGIN_CHAR = /[A-Za-z0-9_-]/;
var BEFORE = /[\s([{"'*_~,;:!?<>|]/;
function mentions(body, login) {
  const wanted = `@${login.toLowerCase()}`;
  const text = prose(body).toLowerCase();
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) {
    const before = at === 0 ? " " : text[at - 1];
    const after = text[at + wanted.length] ?? " ";
    const afterNext = text[at + wanted.length + 1] ?? " ";
    if (!BEFORE.test(before)) continue;
    if (LOGIN_CHAR.test(after) || after === "@" || after === "/" || after === "[") continue;
    if (after === "." && LOGIN_CHAR.test(afterNext)) continue;
    return true;
  }
  return false;
}
function prose(body) {
  const out = [];
  let fence;
  for (const line of withoutHtmlComments(body).split("\n")) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence.char && marker.length >= fence.length && line.trim() === marker) fence = void 0;
      out.push("");
      continue;
    }
    if (marker) {
      fence = { char: marker[0], length: marker.length };
      out.push("");
      continue;
    }
    out.push(/^ {0,3}>/.test(line) ? "" : withoutCodeSpans(line));
  }
  return out.join("\n");
}
function withoutHtmlComments(text) {
  let out = "";
  let from = 0;
  for (let open = text.indexOf("<!--"); open !== -1; open = text.indexOf("<!--", from)) {
    out += text.slice(from, open);
    const close = text.indexOf("-->", open + 4);
    if (close === -1) return out;
    from = close + 3;
  }
  return out + text.slice(from);
}
function withoutCodeSpans(line) {
  let out = "";
  let open;
  let i = 0;
  while (i < line.length) {
    if (line[i] !== "`") {
      if (open === void 0) out += line[i];
      i++;
      continue;
    }
    let j = i;
    while (line[j] === "`") j++;
    if (open === void 0) open = j - i;
    else if (open === j - i) {
      open = void 0;
      out += " ";
    }
    i = j;
  }
  return out;
}

// src/stages/addressed.ts
var same2 = (a, b) => a.toLowerCase() === b.toLowerCase();
function commandFor(body, triggers) {
  const first = body.trimStart().split(/\s/, 1)[0] ?? "";
  if (first === "/approve" || first === "/reject" || triggers.command !== void 0 && first === triggers.command) return first;
  return triggers.mention !== void 0 && mentions(body, triggers.mention) ? `@${triggers.mention}` : void 0;
}
function assignmentRefusal(trigger, triggers) {
  if (trigger.kind !== "issue" || trigger.action !== "assigned") return void 0;
  if (triggers.assignee === void 0) return `#${trigger.issue.number} was assigned, and this blueprint has no assignee trigger`;
  const wanted = triggers.assignee;
  return (trigger.assignees ?? []).some((login) => same2(login, wanted)) ? void 0 : `#${trigger.issue.number} was not assigned to ${wanted}`;
}

// src/stages/feedback-gather.ts
var same3 = (a, b) => a.toLowerCase() === b.toLowerCase();
function opensWithCommand(text, command) {
  const t = text.trimStart();
  return t.startsWith(command) && (t.length === command.length || /\s/.test(t[command.length]));
}
function feedbackSeen(state, trackingCommentId) {
  return state.feedbackSeen ?? { review: 0, comment: trackingCommentId };
}
async function reviewOf(forge, trigger, pull, seen) {
  const reviews = await forge.listReviews(pull);
  let review;
  let inline;
  if (trigger.kind === "review_comment") {
    inline = await forge.listReviewComments(pull);
    const comment = inline.find((c) => c.id === trigger.commentId);
    if (!comment) return `review comment ${trigger.commentId} has been deleted`;
    review = reviews.find((r) => r.id === comment.reviewId);
    if (!review) return `review comment ${trigger.commentId} belongs to no review the forge lists`;
  } else if (trigger.reviewId !== void 0) {
    review = reviews.find((r) => r.id === trigger.reviewId);
    if (!review) return `review ${trigger.reviewId} is no longer on pull request #${pull}`;
  } else {
    review = reviews.filter((r) => r.id > seen.review && same3(r.author, trigger.actor.login) && r.state === trigger.state && r.body.trim() === trigger.body.trim()).sort((a, b) => a.id - b.id)[0];
    if (!review) return `no unanswered ${trigger.state.replace("_", " ")} review by ${trigger.actor.login} on pull request #${pull}`;
  }
  if (review.id <= seen.review) return `review ${review.id} was given to an earlier feedback round`;
  const comments = inline ? inline.filter((c) => c.reviewId === review.id) : await forge.listReviewCommentsOf(pull, review.id);
  return { review, comments: comments.sort((a, b) => a.id - b.id) };
}
function noRoundBecause(ask, trigger, command) {
  if (trigger.kind === "review_comment") {
    const comment = ask.comments.find((c) => c.id === trigger.commentId);
    if (!command || !comment || !opensWithCommand(comment.body, command)) return `review comment ${trigger.commentId} does not start with ${command ?? "a command"}`;
    return void 0;
  }
  if (ask.review.state === "changes_requested") return void 0;
  if (ask.review.state !== "commented") return `review ${ask.review.id} is ${ask.review.state}`;
  if (command && [ask.review.body, ...ask.comments.map((c) => c.body)].some((t) => opensWithCommand(t, command))) return void 0;
  return `review ${ask.review.id} comments without ${command ?? "a command"}: no feedback round`;
}
async function gatherFeedback(forge, o) {
  const on = (number) => (c) => ({ ...c, on: number });
  const conversation = [...(await forge.listComments(o.issue)).map(on(o.issue)), ...o.pull !== o.issue ? (await forge.listComments(o.pull)).map(on(o.pull)) : []];
  const followUps = conversation.filter((c) => c.id > o.seen.comment && !same3(c.author, o.self)).sort((a, b) => a.id - b.id).slice(-MAX_FOLLOW_UPS).map((c) => ({ id: c.id, author: c.author || "ghost", on: c.on, body: keepBody(c.body) }));
  const data = { version: 1, pull: o.pull, comments: [], followUps, ...o.ci ? { ci: o.ci } : {} };
  if (o.ask) {
    const { review, comments } = o.ask;
    if (review.state === "changes_requested" || review.state === "commented") {
      data.review = { id: review.id, author: review.author || "ghost", state: review.state, body: keepBody(review.body) };
    }
    data.comments = comments.slice(0, MAX_INLINE_COMMENTS).map((c) => ({
      id: c.id,
      author: c.author || "ghost",
      path: c.path || "(no file)",
      ...c.line !== void 0 && c.line > 0 ? { line: c.line } : {},
      side: c.side,
      body: keepBody(c.body),
      ...c.inReplyTo !== void 0 ? { inReplyTo: c.inReplyTo } : {}
    }));
  }
  const seen = {
    review: Math.max(o.seen.review, o.ask?.review.id ?? 0),
    comment: Math.max(o.seen.comment, ...conversation.map((c) => c.id))
  };
  return { data, seen };
}
var cut = (text, max) => text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
async function failingChecks(forge, sha) {
  return (await forge.listChecks(sha)).filter((c) => c.state === "failure");
}
async function gatherCi(forge, ci, known = []) {
  const checks = [];
  for (const c of ci.failing.slice(0, MAX_CI_CHECKS)) {
    const log = c.checkRunId !== void 0 ? await forge.getJobLog(c.checkRunId) : void 0;
    checks.push({
      name: cut(c.name || "(unnamed check)", 1024),
      conclusion: cut(c.conclusion || "failure", 64),
      ...c.url ? { url: cut(c.url, 4096) } : {},
      ...c.description ? { description: cut(redact(c.description, known), 4096) } : {},
      ...log ? { log: logTail(redact(log, known)) } : {}
    });
  }
  return { sha: ci.sha, checks };
}

// src/stages/run-pull.ts
async function runPull(forge, state) {
  const pull = state.pull !== void 0 ? await forge.getPull(state.pull) : await forge.findPullByHead(state.branch);
  return pull && !pull.fromFork && pull.headRef === state.branch ? pull : void 0;
}
async function closeRunPull(forge, state) {
  const pull = await runPull(forge, state);
  if (pull && pull.state === "open" && pull.headRef.startsWith(RUN_BRANCHES)) await forge.closePull(pull.number);
}

// src/stages/sweep.ts
var SWEEP_MAX_ISSUES = 300;
var WAITING = ["awaiting-approval", "in-review", "awaiting-merge"];
function waitingFor(state) {
  const pull = state.pull !== void 0 ? `pull request #${state.pull}` : "the pull request";
  switch (state.status) {
    case "awaiting-approval":
      return "`/approve`";
    case "in-review":
      return `a review of ${pull}`;
    default:
      return state.autoMerge ? `the checks of ${pull} to pass, so that the forge merges it` : `${pull} to be merged`;
  }
}
async function sweep(deps) {
  const { forge, blueprint } = deps;
  const marker = trackingMarker(blueprint.name);
  const self = await selfLogin(forge);
  const now2 = deps.now();
  const budget = blueprint.budgets.ciRounds;
  const open = await forge.listOpenIssues(SWEEP_MAX_ISSUES);
  const did = [];
  for (const summary of open) {
    if (summary.comments === 0) continue;
    try {
      const done = await sweepOne(deps, summary.number, { marker, self, now: now2, budget });
      if (done) did.push(done);
    } catch (err) {
      if (!(err instanceof ForgeError)) throw err;
      did.push(`#${summary.number} not swept (${err.message})`);
    }
  }
  const bound = open.length >= SWEEP_MAX_ISSUES ? ` (the newest ${SWEEP_MAX_ISSUES} open issues and pull requests)` : "";
  return `sweep of ${open.length} open issues and pull requests${bound}: ${did.length > 0 ? did.join(", ") : "no run to act on"}`;
}
async function sweepOne(deps, issue, c) {
  const { forge, blueprint } = deps;
  const { marker, self, now: now2, budget } = c;
  const limit = blueprint.reviewTimeout;
  const tracking = await findMarkedComment(forge, issue, marker, self);
  const read = tracking ? readState(tracking.body, { blueprint: blueprint.name, issue }) : void 0;
  if (!tracking || !read || !(WAITING.includes(read.status) || read.status === "escalated")) return void 0;
  const target = await runTarget(forge, blueprint, issue);
  if (typeof target === "string") return void 0;
  const previous = { ...read, branch: target.branch };
  let state = previous;
  let said;
  if (state.pull !== void 0) {
    const pull = await runPull(forge, state);
    if (pull?.merged) state = advance(state, { type: "merged" }, now2, budget);
    else if (pull?.state === "closed") state = advance(state, { type: "closed" }, now2, budget);
  }
  const waited = (Date.parse(now2) - Date.parse(state.updatedAt)) / 36e5;
  if (limit && WAITING.includes(state.status) && Number.isFinite(waited) && waited >= limit.hours) {
    const why = `it waited ${Math.floor(waited)}h for ${waitingFor(state)}, longer than the blueprint's review-timeout (${limit.text})`;
    if (limit.action === "reject") {
      state = advance(state, { type: "rejected", by: isLogin(self) ? self : "unknown", reason: `review-timeout: ${why}` }, now2, budget);
      await closeRunPull(forge, state);
      said = `CrustyClaw closed this run: ${why}. Start it again with what started it.`;
    } else {
      await forge.addLabels(issue, [blueprint.escalation.label]);
      state = advance(state, { type: "escalate", reason: `review-timeout: ${why}` }, now2, budget);
      said = `CrustyClaw escalated this run: ${why}. Everything is kept; \`/reject\` closes it.`;
    }
  }
  if (state === previous) return void 0;
  await forge.updateComment(tracking.id, renderTracking(state, { now: now2, repoUrl: deps.repoUrl }));
  if (said) await forge.createComment(issue, said);
  return `#${issue} ${state.status}`;
}

// src/stages/route.ts
var nothing = (reason, issue) => ({ stage: "", reason, ...issue !== void 0 ? { issue } : {} });
function argumentOf(body) {
  return body.trimStart().replace(/^\S+/, "").trim();
}
function approvalRefusal(state, argument, blueprint) {
  const named = /^[0-9a-f]{12,64}$/.exec(argument.split(/\s/, 1)[0] ?? "")?.[0];
  const again = blueprint.triggers.command ? `comment \`${blueprint.triggers.command}\` to plan again, then review and approve the new plan` : "comment `/reject` and start the run again, then review and approve the new plan";
  if (!state.plan || !state.planSha256) {
    return named ? `the run has no plan, so there is no plan ${named} to approve; comment \`/approve\` without a hash` : void 0;
  }
  const actual = planSha256(state.plan);
  if (actual !== state.planSha256) {
    return `the plan in the tracking comment has changed since it was posted (its sha256 is now \`${actual.slice(0, 12)}\`, the posted plan's was \`${state.planSha256.slice(0, 12)}\`), so nothing was approved or started. To go ahead, ${again}`;
  }
  if (named && !actual.startsWith(named)) {
    return `\`/approve ${named}\` names another plan than the one waiting for approval (sha256 \`${actual.slice(0, 12)}\`), so nothing was approved or started. Review the plan in the tracking comment and approve it by its hash`;
  }
  return void 0;
}
async function issueOf(deps) {
  const t = deps.trigger;
  const fromBranch = (ref) => {
    const prefix = branchPrefix(deps.blueprint);
    const rest = ref.startsWith(prefix) ? ref.slice(prefix.length) : "";
    const n = /^[1-9][0-9]{0,9}$/.test(rest) ? Number(rest) : void 0;
    return n;
  };
  const runOf = (pull) => pull.fromFork ? void 0 : fromBranch(pull.headRef);
  switch (t.kind) {
    case "issue":
      return t.issue.number;
    case "comment": {
      if (!t.isPullRequest) return t.issue.number;
      return runOf(await deps.forge.getPull(t.issue.number)) ?? t.issue.number;
    }
    case "review":
    case "review_comment":
    case "pull_request":
      return runOf(t.pull) ?? (deps.blueprint.triggers.review || adoptsPullRequests(deps.blueprint) || t.pull.fromFork ? t.pull.number : void 0);
    case "ci": {
      const pr = t.pulls[0];
      if (pr === void 0) {
        if (t.branch === void 0) return void 0;
        if (!adoptsPullRequests(deps.blueprint)) return fromBranch(t.branch);
        const pull = await deps.forge.findPullByHead(t.branch);
        return pull && pull.state === "open" && !pull.fromFork ? pull.number : void 0;
      }
      return runOf(await deps.forge.getPull(pr)) ?? pr;
    }
    case "dispatch": {
      const n = Number(t.inputs.issue ?? "");
      return Number.isSafeInteger(n) && n > 0 ? n : void 0;
    }
    case "schedule":
      return void 0;
  }
}
var runIssueMarker = (blueprint) => `<!-- crustyclaw:run-issue ${blueprint.name} -->`;
async function runIssue(forge, blueprint) {
  const marker = runIssueMarker(blueprint);
  const self = (await selfLogin(forge)).toLowerCase();
  const open = (await forge.listOpenIssues(SWEEP_MAX_ISSUES)).find((i) => !i.isPullRequest && i.author.toLowerCase() === self && i.body.startsWith(marker));
  if (open) return open.number;
  const body = `${marker}
CrustyClaw opened this issue for the runs of the \`${blueprint.name}\` blueprint that its schedule, or someone by hand, starts without naming an issue. Each run's progress is tracked here; its pull request closes this issue when it merges.`;
  return (await forge.createIssue({ title: `CrustyClaw: ${blueprint.name}`, body })).number;
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
async function route(deps) {
  const { forge, blueprint, trigger } = deps;
  const command = trigger.kind === "comment" ? commandFor(trigger.body, blueprint.triggers) : void 0;
  const elsewhere = trigger.kind === "comment" && command === void 0 ? `comment is not a command for ${blueprint.name}` : assignmentRefusal(trigger, blueprint.triggers);
  if (elsewhere) return nothing(elsewhere);
  const decision = await authorize(trigger, forge, deps.config.authorize);
  let issue = await issueOf(deps);
  const ownCi = trigger.kind === "ci" && trigger.branch !== void 0 && (adoptsPullRequests(blueprint) || trigger.branch.startsWith(branchPrefix(blueprint)));
  if (!decision.allowed && !ownCi) {
    const quiet = trigger.kind === "review" && trigger.state === "commented" && !(blueprint.triggers.command && opensWithCommand(trigger.body, blueprint.triggers.command));
    if (!decision.silent && !quiet && issue !== void 0 && trigger.kind !== "schedule") {
      await forge.createComment(issue, `CrustyClaw did not start: ${inert(decision.why)}.`);
    }
    return nothing(`not authorised: ${decision.why}`, issue);
  }
  if (trigger.kind === "schedule" && sweeps(blueprint)) {
    const swept = await sweep({ forge, blueprint, repoUrl: deps.repoUrl, now: deps.now });
    const sweepOnly = trigger.cron === SWEEP_CRON && !blueprint.triggers.schedule?.includes(SWEEP_CRON);
    if (sweepOnly || !blueprint.triggers.schedule) return nothing(swept);
  }
  if (issue === void 0 && (trigger.kind === "schedule" || trigger.kind === "dispatch") && opensPullRequests(blueprint)) issue = await runIssue(forge, blueprint);
  if (issue === void 0) return nothing(`no issue to work on for this ${trigger.kind} event`);
  if (trigger.kind === "comment" && command !== void 0) {
    const stale = await staleCommand(forge, trigger, command);
    if (stale) return nothing(stale, issue);
  }
  const target = await runTarget(forge, blueprint, issue);
  if (typeof target === "string") {
    if (trigger.kind === "comment" && command !== "/approve" && command !== "/reject") await forge.createComment(issue, `CrustyClaw did not start: ${inert(target)}.`);
    return nothing(`not working on #${issue}: ${target}`, issue);
  }
  const { branch, adopted } = target;
  const segments = segmentsOf(blueprint);
  const marker = trackingMarker(blueprint.name);
  const self = await selfLogin(forge);
  const tracking = await findMarkedComment(forge, issue, marker, self);
  const read = tracking ? readState(tracking.body, { blueprint: blueprint.name, issue }) : void 0;
  const previous = read && { ...read, branch };
  const now2 = deps.now();
  const budget = blueprint.budgets.ciRounds;
  const ev = (state2, e) => advance(state2, e, now2, budget);
  let state = previous;
  let start;
  let asked;
  let ciFailed;
  const active = previous && !["merged", "closed", "escalated", "reviewed"].includes(previous.status);
  if (trigger.kind === "comment" && (command === "/approve" || command === "/reject")) {
    if (!previous) return nothing(`${command} on #${issue}, which has no ${blueprint.name} run`, issue);
    const by = isLogin(trigger.actor.login) ? trigger.actor.login : "unknown";
    if (command === "/reject") {
      const reason = argumentOf(trigger.body).slice(0, MAX_REASON);
      state = ev(previous, { type: "rejected", by, ...reason ? { reason } : {} });
    } else if (previous.status === "awaiting-approval") {
      const refused = approvalRefusal(previous, argumentOf(trigger.body), blueprint);
      if (refused) {
        await forge.createComment(issue, `CrustyClaw did not approve: ${refused}.`);
        return nothing(`refusing /approve on #${issue}: ${refused}`, issue);
      }
      state = ev(previous, { type: "approved", by, ...previous.planSha256 ? { sha256: previous.planSha256 } : {} });
      start = nextSegment(segments, previous.segment);
    }
  } else if (trigger.kind === "review" && trigger.state === "approved" && previous) {
    state = ev(previous, { type: "review-approved" });
  } else if ((trigger.kind === "review" || trigger.kind === "review_comment") && previous && tracking) {
    if (trigger.action !== (trigger.kind === "review" ? "submitted" : "created")) {
      return nothing(`a ${trigger.kind === "review" ? "review" : "review comment"} being ${trigger.action} starts no feedback round`, issue);
    }
    if (!segments.some((s) => s.id === "feedback")) return nothing(`${blueprint.name} has no feedback nodes: reviews start no round`, issue);
    if (previous.pull === void 0 || trigger.pull.number !== previous.pull) return nothing(`#${trigger.pull.number} is not the pull request of the ${blueprint.name} run on #${issue}`, issue);
    const found = await reviewOf(forge, trigger, previous.pull, feedbackSeen(previous, tracking.id));
    if (typeof found === "string") return nothing(found, issue);
    const no = noRoundBecause(found, trigger, blueprint.triggers.command);
    if (no) return nothing(no, issue);
    asked = found;
    state = ev(previous, { type: "changes-requested" });
    if (state.status === "executing" && state !== previous) start = segments.find((s) => s.id === "feedback");
  } else if (trigger.kind === "pull_request" && previous) {
    if (trigger.action === "closed") state = ev(previous, { type: trigger.merged ? "merged" : "closed" });
  } else if (trigger.kind === "ci" && previous) {
    if (trigger.conclusion !== "failure") return nothing(`CI ${trigger.conclusion} on ${trigger.sha.slice(0, 12)}: no round`, issue);
    if (!segments.some((s) => s.id === "feedback")) return nothing(`${blueprint.name} has no feedback nodes: failing CI starts no round`, issue);
    if (previous.pull === void 0) return nothing(`the ${blueprint.name} run on #${issue} has no pull request for CI to fail on`, issue);
    const head = await forge.getPull(previous.pull);
    if (head.fromFork || head.headRef !== previous.branch) return nothing(`pull request #${previous.pull} is not the run's own (its head is not ${previous.branch} in this repository)`, issue);
    if (!decision.allowed && trigger.branch !== previous.branch) return nothing(`not authorised: ${decision.why}`, issue);
    if (head.headSha !== trigger.sha) return nothing(`CI failed on ${trigger.sha.slice(0, 12)}, which is no longer the head of #${previous.pull} (${head.headSha.slice(0, 12)})`, issue);
    state = ev(previous, { type: "ci-failed" });
    if (state.status === "executing" && state !== previous) {
      start = segments.find((s) => s.id === "feedback");
      ciFailed = { sha: trigger.sha, failing: await failingChecks(forge, trigger.sha) };
    }
  } else if ((command !== void 0 || trigger.kind === "dispatch") && previous?.pull !== void 0 && (previous.status === "in-review" || previous.status === "awaiting-merge") && segments.some((s) => s.id === "feedback")) {
    const head = (await forge.getPull(previous.pull)).headSha;
    const failing = await failingChecks(forge, head);
    if (failing.length === 0) {
      if (trigger.kind === "comment") await forge.createComment(issue, `CrustyClaw did not start: the checks of pull request #${previous.pull} (${head.slice(0, 12)}) do not fail, and the run waits for review. Request changes in a review to start a feedback round.`);
      return nothing(`#${issue} already has an active ${blueprint.name} run (${previous.status}) and the checks of ${head.slice(0, 12)} do not fail`, issue);
    }
    state = ev(previous, { type: "ci-failed" });
    if (state.status === "executing" && state !== previous) {
      start = segments.find((s) => s.id === "feedback");
      ciFailed = { sha: head, failing };
    }
  } else if (trigger.kind !== "review" && trigger.kind !== "pull_request" && trigger.kind !== "review_comment") {
    if (!decision.allowed) return nothing(`not authorised: ${decision.why}`, issue);
    const notMine = trigger.kind === "issue" ? notTriggerLabel(trigger, blueprint) : void 0;
    if (notMine) return nothing(notMine, issue);
    const replan = command !== void 0 && previous?.status === "awaiting-approval";
    if (active && !replan) return nothing(`#${issue} already has an active ${blueprint.name} run (${previous.status})`, issue);
    if (previous && trigger.kind === "issue") {
      const how = blueprint.triggers.command ? `; comment \`${blueprint.triggers.command}\` to start a new one` : "";
      return nothing(`the ${blueprint.name} run on #${issue} is ${previous.status}: an issue event does not start it again${how}`, issue);
    }
    state = newRunState(blueprint.name, issue, branch, blueprint.nodes.map((n) => n.id), now2);
    start = firstSegment(segments);
    if (adopted) {
      const failing = await adoptionChecks(forge, adopted, trigger);
      if (typeof failing === "string") {
        if (trigger.kind === "comment") await forge.createComment(issue, `CrustyClaw did not start: ${inert(failing)}.`);
        return nothing(`not working on #${issue}: ${failing}`, issue);
      }
      state = ev(ev(state, { type: "pull-opened", pull: issue }), { type: "ci-failed" });
      ciFailed = { sha: adopted.headSha, failing };
    }
  }
  if (!state) return nothing(`no ${blueprint.name} run on #${issue}`, issue);
  let ref = deps.sha;
  let feedback;
  if (start && start.id !== "feedback" && command === "/approve" && previous?.segment !== void 0 && previous.segment !== "plan") {
    const head = await forge.getBranchSha(state.branch);
    if (!head) {
      const why = `branch ${state.branch}, which holds the work of the ${previous.segment} stage, no longer exists`;
      await forge.createComment(issue, `CrustyClaw did not start the ${start.id} stage: ${inert(why)}. Comment \`/reject\` and start the run again.`);
      return nothing(`not starting ${start.id} for #${issue}: ${why}`, issue);
    }
    ref = head;
  }
  let review;
  if (start && reviewsPullRequests(blueprint)) {
    const target2 = await pullToReview(forge, issue);
    if (typeof target2 === "string") {
      await forge.createComment(issue, `CrustyClaw did not start a review: ${target2}.`);
      return nothing(`not reviewing #${issue}: ${target2}`, issue);
    }
    review = target2;
    ref = target2.head;
    state = { ...state, pull: issue };
  }
  if (start?.id === "feedback" && state.pull !== void 0) {
    const pull = await forge.getPull(state.pull);
    if (pull.fromFork || pull.headRef !== state.branch) {
      return nothing(`pull request #${state.pull} is not the run's own (its head is not ${state.branch} in this repository); not starting feedback`, issue);
    }
    ref = pull.headSha;
    const seen = tracking && previous ? feedbackSeen(previous, tracking.id) : adopted ? { review: 0, comment: await latestCommentBefore(forge, issue, trigger) } : void 0;
    if (seen) {
      const ci = ciFailed ? await gatherCi(forge, ciFailed, deps.secrets ?? []) : void 0;
      const gathered = await gatherFeedback(forge, { issue, pull: state.pull, ...asked ? { ask: asked } : {}, ...ci ? { ci } : {}, seen, self });
      feedback = gathered.data;
      state = { ...state, feedbackSeen: gathered.seen };
    }
  }
  if (start) {
    state = { ...state, segment: start.id, updatedAt: now2, ...deps.runUrl ? { runUrl: deps.runUrl } : {} };
    if ((start.stages.includes("execute") || review) && state.status === "planned") state = ev(state, { type: "executing" });
  }
  let claimed;
  if (start) {
    const won = await claimStep(forge, { issue, blueprint: blueprint.name, key: previous?.updatedAt ?? "new", trackingMarker: marker, trackingBody: tracking?.body, self, now: now2 });
    if (typeof won === "string") return nothing(won, issue);
    claimed = won;
  }
  try {
    if (state !== previous) {
      const body = renderTracking(state, { now: now2, repoUrl: deps.repoUrl });
      if (tracking) await forge.updateComment(tracking.id, body);
      else await forge.createComment(issue, body);
    }
  } finally {
    if (claimed) await forge.deleteComment(claimed.id);
  }
  if (command === "/reject" && previous && state.status === "closed" && state !== previous) {
    await closeRunPull(forge, state);
    if (previous.status === "escalated") await forge.removeLabel(issue, blueprint.escalation.label);
    return nothing(`run on #${issue} rejected by ${state.rejection?.by ?? "?"}`, issue);
  }
  if (previous && previous.status !== "escalated" && state.status === "escalated") {
    await forge.addLabels(issue, [blueprint.escalation.label]);
    await forge.createComment(
      issue,
      `CrustyClaw escalated this run: ${inert(state.escalation ?? "it needs a person")}${state.pull !== void 0 ? `; pull request #${state.pull} and its branch are kept as they are` : ""}. Fix it by hand, or \`/reject\` closes it.`
    );
  }
  if (!start) return nothing(`run on #${issue} is ${state.status}`, issue);
  if (trigger.kind === "comment") await forge.addReaction({ comment: trigger.commentId }, "eyes");
  const approved = start.stages.includes("execute") && state.approval?.sha256 && state.plan ? { plan: state.plan, sha256: state.approval.sha256 } : void 0;
  return {
    stage: start.id,
    issue,
    ref,
    reason: `starting ${start.stages.join(" + ")} for #${issue}`,
    ...approved ? { plan: approved } : {},
    ...feedback ? { feedback } : {},
    ...review ? { review } : {}
  };
}
function notTriggerLabel(trigger, blueprint) {
  if (trigger.action === "assigned") return void 0;
  if (trigger.action === "other") return `an issue being changed does not start ${blueprint.name}`;
  const wanted = (blueprint.triggers.issue?.labels ?? []).map((l) => l.toLowerCase());
  const named = (l) => wanted.length === 0 || l !== void 0 && wanted.includes(l.toLowerCase());
  if (trigger.action === "labeled") return named(trigger.label) ? void 0 : `label '${trigger.label ?? ""}' is not a trigger label of ${blueprint.name}`;
  return wanted.length === 0 || trigger.issue.labels.some(named) ? void 0 : `#${trigger.issue.number} carries no trigger label of ${blueprint.name}`;
}
async function adoptionChecks(forge, pull, trigger) {
  if (pull.state !== "open") return `pull request #${pull.number} is closed`;
  if (trigger.kind === "ci" && trigger.sha !== pull.headSha) return `CI failed on ${trigger.sha.slice(0, 12)}, which is no longer the head of #${pull.number} (${pull.headSha.slice(0, 12)})`;
  const failing = await failingChecks(forge, pull.headSha);
  if (failing.length === 0) return `the checks of pull request #${pull.number} (${pull.headSha.slice(0, 12)}) do not fail: there is nothing to fix`;
  return failing;
}
async function latestCommentBefore(forge, issue, trigger) {
  const before = (await forge.listComments(issue)).map((c) => c.id).filter((id) => trigger.kind !== "comment" || id < trigger.commentId);
  return Math.max(0, ...before);
}
async function pullToReview(forge, number) {
  const issue = await forge.getIssue(number);
  if (!issue.isPullRequest) return `#${number} is an issue, not a pull request; start a review on a pull request`;
  for (let attempt = 0; attempt < 3; attempt++) {
    const pull = await forge.getPull(number);
    if (pull.fromFork) return `pull request #${number} comes from a fork; forks never get credentials`;
    if (pull.state !== "open") return `pull request #${number} is closed`;
    const diff = await forge.getPullDiff(number);
    if ((await forge.getPull(number)).headSha !== pull.headSha) continue;
    return pullData({ number, title: pull.title, body: pull.body, base: pull.baseRef, head: pull.headSha, diff });
  }
  return `pull request #${number} kept changing while its diff was read; comment again once it is quiet`;
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
  const token = needToken(inputs, "route");
  const result = await route({
    forge: forgeFor(env, token),
    secrets: [token],
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
  if (result.plan) {
    if (!inputs.outDir) throw new Error("the out-dir input is required to hand the approved plan to the work jobs; recompile the workflow");
    mkdirSync(inputs.outDir, { recursive: true });
    writeFileSync(path.join(inputs.outDir, APPROVED_PLAN_FILE), `${JSON.stringify(result.plan.plan, null, 2)}
`);
  }
  setOutput("plan", result.plan?.sha256 ?? "");
  if (result.feedback) {
    if (!inputs.outDir) throw new Error("the out-dir input is required to hand the review's comments to the feedback round; recompile the workflow");
    writeFeedback(inputs.outDir, result.feedback);
  }
  if (result.review) {
    if (!inputs.outDir) throw new Error("the out-dir input is required to hand the pull request to review to the work jobs; recompile the workflow");
    setOutput("review", writePullData(inputs.outDir, result.review));
  } else setOutput("review", "");
  const onHead = result.stage === "feedback" || result.review !== void 0;
  const instructions = onHead && inputs.outDir ? writeBaseInstructions(inputs.outDir, readInstructionFiles(env.workspace)) : void 0;
  setOutput("instructions", instructions ?? "");
}
export {
  runRoute
};
