import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  logUntrusted
} from "./chunk-QAEGE4IM.js";
import {
  changeSetOf,
  composeChangeSets,
  setLabel
} from "./chunk-6UHCUDA3.js";
import {
  parseUnifiedDiff
} from "./chunk-KBHS33SK.js";
import {
  ancestry,
  fuseNodes,
  gateStagedChanges
} from "./chunk-JBRZ5G6P.js";
import {
  advance,
  findMarkedComment,
  forgeFor,
  needToken,
  now,
  runTarget,
  selfLogin
} from "./chunk-5GWMRLJG.js";
import {
  loadPinnedBlueprint,
  loadRepoConfig
} from "./chunk-7YFGSRZZ.js";
import {
  MAX_TRACKING_CHARS,
  MAX_WARNINGS,
  branchPrefix,
  inert,
  inertCode,
  inertLines,
  readState,
  renderTracking,
  trackingMarker
} from "./chunk-PWWOG5HT.js";
import {
  FEEDBACK_FILE,
  nextSegment,
  readFeedback,
  segmentsOf
} from "./chunk-BSI7JWQ6.js";
import {
  ROUTE_ARTIFACT,
  latestPlan,
  loadResults,
  outsideDiff,
  parsePlan,
  parseReview,
  planSha256,
  postsReview
} from "./chunk-UNI2HRDF.js";
import {
  AUTHOR_ENV,
  GitError,
  basicAuth,
  git
} from "./chunk-ERHXKVEK.js";
import {
  redact,
  redactDeep
} from "./chunk-IFMW6CY3.js";
import {
  StageError,
  setOutput,
  setSecret,
  warning
} from "./chunk-R4H3NZ2E.js";
import {
  ForgeError
} from "./chunk-T4LF76S4.js";
import "./chunk-4BX6NHJ2.js";

// src/stages/feedback-replies.ts
import path from "node:path";
var MAX_NOTE = 1e3;
var MAX_QUOTE = 200;
var replyMarker = (comment, sha) => `<!-- crustyclaw:reply ${comment} ${sha} -->`;
var noChangesMarker = (pull, round) => `<!-- crustyclaw:no-changes ${pull} ${round} -->`;
async function postedBy(forge, pull) {
  const self = (await selfLogin(forge)).toLowerCase();
  const mine = [...await forge.listComments(pull), ...await forge.listReviewComments(pull)].filter((c) => c.author.toLowerCase() === self);
  return mine.map((c) => c.body).join("\n");
}
function agentWords(results) {
  const agents = results.filter((r) => r.stage === "feedback" && r.kind === "agent" && r.status === "done");
  const replies = /* @__PURE__ */ new Map();
  for (const r of agents) {
    const list = r.result?.replies;
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const o = item;
      if (o && typeof o === "object" && Number.isSafeInteger(o.comment) && typeof o.reply === "string" && o.reply.trim()) replies.set(o.comment, o.reply);
    }
  }
  const summary = agents.map((r) => r.summary ?? "").find((s) => s.trim());
  return { ...summary ? { summary } : {}, replies };
}
var note = (text) => inert(text.length > MAX_NOTE ? `${text.slice(0, MAX_NOTE)}\u2026` : text);
async function answerInlineComments(forge, o) {
  const read = readFeedback(path.join(o.inDir, ROUTE_ARTIFACT, FEEDBACK_FILE));
  if (read.problem) return `no answers were posted to the review's comments: ${read.problem}`;
  const feedback = read.data;
  if (!feedback || feedback.pull !== o.pull || feedback.comments.length === 0) return void 0;
  const { summary, replies } = agentWords(o.results);
  const posted = await postedBy(forge, o.pull);
  const short = o.sha.slice(0, 12);
  const answers = [];
  for (const c of feedback.comments) {
    const marker = replyMarker(c.id, o.sha);
    if (posted.includes(marker)) continue;
    const said = replies.get(c.id) ?? summary;
    const quote = c.body.length > MAX_QUOTE ? `${c.body.slice(0, MAX_QUOTE)}\u2026` : c.body;
    answers.push({
      // GitHub threads are one level deep: a reply's thread is the comment it answers.
      commentId: c.inReplyTo ?? c.id,
      location: `On ${inertCode(c.path)}${c.line !== void 0 ? ` line ${c.line}` : ""}${c.side === "LEFT" ? " (base version)" : ""}, ${inert(c.author)} wrote: ${inert(quote)}`,
      body: `${marker}
Addressed in ${short}${said ? `: ${note(said)}` : "."}`
    });
  }
  await forge.replyToReviewComments(o.pull, answers);
  return void 0;
}
async function sayNoChanges(forge, o) {
  const marker = noChangesMarker(o.pull, o.round);
  if ((await postedBy(forge, o.pull)).includes(marker)) return;
  const { summary } = agentWords(o.results);
  await forge.createComment(
    o.pull,
    `${marker}
This feedback round made no changes to the pull request${summary ? `. The agent said: ${note(summary)}` : "."}

The pull request is waiting for review again.`
  );
}

// src/stages/publish-review.ts
var MAX_BODY = 6e4;
var MAX_MOVED_CHARS = 1e3;
async function postReview(deps) {
  const { forge, blueprint, issue } = deps;
  const mine = deps.results.filter((r) => r.status === "done" && postsReview(blueprint, deps.segment.nodes.find((n) => n.id === r.node)));
  const result = mine.at(-1);
  if (!result) return { posted: false, reasons: ["the review agent produced no review"] };
  const parsed = parseReview(result.result);
  if ("errors" in parsed) return { posted: false, reasons: [`the result of node '${result.node}' is not a review:
${parsed.errors.join("\n")}`] };
  const { review } = parsed;
  const reviewed = (await git(["rev-parse", "HEAD"], { cwd: deps.workspace })).trim();
  const files = await diffOf(forge, issue, reviewed);
  const inline = [];
  const moved = [];
  for (const c of review.comments) {
    const why2 = typeof files === "string" ? files : outsideDiff(c, files);
    if (why2) moved.push({ comment: c, why: why2 });
    else inline.push(c);
  }
  const asked = review.verdict === "request-changes" ? "request_changes" : "comment";
  const post = async (event, comments, away, note3) => {
    await forge.submitReview(issue, { event, body: reviewBody(result, blueprint, reviewed, away, note3), comments: comments.map(toForge), commitId: reviewed });
    return { posted: true, pull: issue, inline: comments.length, moved: away.length };
  };
  let last;
  const why = () => last.message.slice(0, 300);
  try {
    return await post(asked, inline, moved);
  } catch (err) {
    if (!refusal(err)) throw err;
    last = err;
  }
  let note2;
  if (asked === "request_changes") {
    note2 = `This review asks for changes; the forge would not record it as requesting them (${why()}).`;
    try {
      return await post("comment", inline, moved, note2);
    } catch (err) {
      if (!refusal(err)) throw err;
      last = err;
    }
  }
  if (inline.length === 0) throw last;
  const refused = `the forge refused the inline comments (${why()})`;
  return post("comment", [], [...moved, ...inline.map((comment) => ({ comment, why: refused }))], note2);
}
var refusal = (err) => err instanceof ForgeError && err.status === 422;
async function diffOf(forge, issue, reviewed) {
  const moved = (head) => `the pull request moved on from commit ${reviewed.slice(0, 12)} to ${head.slice(0, 12)} while it was reviewed`;
  const before = await forge.getPull(issue);
  if (before.headSha !== reviewed) return moved(before.headSha);
  const diff = await forge.getPullDiff(issue);
  const after = await forge.getPull(issue);
  return after.headSha === reviewed ? parseUnifiedDiff(diff) : moved(after.headSha);
}
function toForge(c) {
  return { path: c.path, line: c.line, ...c.side ? { side: c.side } : {}, body: inertLines(c.body, 4e3) };
}
function reviewBody(result, blueprint, reviewed, moved, note2) {
  const lines = [inertLines(result.summary ?? result.output) || "(no summary)"];
  if (note2) lines.push("", `_${inert(note2)}_`);
  if (moved.length > 0) {
    lines.push("", `**${moved.length === 1 ? "A comment" : `${moved.length} comments`} not on a line of the diff, so here instead:**`);
    for (const { comment: c, why } of moved) {
      const text = c.body.length > MAX_MOVED_CHARS ? `${c.body.slice(0, MAX_MOVED_CHARS)}\u2026` : c.body;
      lines.push(`- ${inertCode(c.path)} line ${c.line}${c.side === "LEFT" ? " (base version)" : ""}: ${inert(text)} _(${inert(why)})_`);
    }
  }
  const body = lines.join("\n");
  const cut = body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}

[\u2026 cut at ${MAX_BODY} characters]` : body;
  return `${cut}

<sub>Review by CrustyClaw (\`${blueprint.name}\`) of commit ${reviewed.slice(0, 12)}. It only reads the pull request: approving and merging are for people.</sub>`;
}

// src/stages/publish.ts
async function publish(deps) {
  const { forge, blueprint, issue } = deps;
  const marker = trackingMarker(blueprint.name);
  const tracking = await findMarkedComment(forge, issue, marker, await selfLogin(forge));
  const previous = tracking ? readState(tracking.body, { blueprint: blueprint.name, issue }) : void 0;
  if (!tracking || !previous) throw new StageError(`#${issue} has no ${blueprint.name} tracking comment; the route job creates it`);
  const now2 = deps.now();
  const budget = blueprint.budgets.ciRounds;
  const segments = segmentsOf(blueprint);
  const segment = segments.find((s) => s.id === previous.segment);
  if (!segment) throw new StageError(`the run on #${issue} is in no known segment ('${previous.segment ?? ""}')`);
  const jobs = fuseNodes(segment);
  const loaded = loadResults(deps.inDir, new Map(jobs.map((j) => [j.id, j.nodes.map((n) => n.id)])), { fannedOut: new Set(jobs.filter((j) => j.fanOut).map((j) => j.id)) });
  const problems = [...loaded.problems];
  const results = loaded.jobs.flatMap((j) => j.results).filter((r) => {
    const node = segment.nodes.find((n) => n.id === r.node);
    if (node.stage === r.stage && node.kind === r.kind) return true;
    problems.push(`the result of node '${r.node}' says it is a ${r.stage} ${r.kind} node; the blueprint says ${node.stage} ${node.kind}`);
    return false;
  });
  const target = await runTarget(forge, blueprint, issue);
  if (typeof target === "string") problems.push(`${target}; nothing was pushed`);
  const adopted = typeof target === "string" ? void 0 : target.adopted;
  if (adopted && adopted.state !== "open") problems.push(`pull request #${issue} was closed while the round worked; nothing was pushed`);
  const branch = typeof target === "string" ? `${branchPrefix(blueprint)}${issue}` : target.branch;
  let state = { ...previous, branch, nodes: { ...previous.nodes } };
  for (const r of results) state.nodes[r.node] = r.status;
  for (const r of results) if (r.status === "failed") state.nodes[r.node] = "failed";
  const warnings = [...new Set(results.flatMap((r) => (r.warnings ?? []).map((w) => `${r.node}: ${w}`)))].slice(0, MAX_WARNINGS);
  if (warnings.length > 0) state.warnings = warnings;
  else delete state.warnings;
  const spent = results.filter((r) => r.usage);
  if (spent.length > 0) {
    const cost = previous.cost ?? { turns: 0, tokens: 0, usd: 0 };
    for (const r of spent) {
      cost.turns += r.usage.turns;
      cost.tokens += r.usage.inputTokens + r.usage.outputTokens;
      cost.usd += r.usage.usd;
      if (!r.usage.priced) cost.unpriced = true;
    }
    state.cost = cost;
  }
  recordPlan(state, results, deps, now2, problems);
  const failed = results.filter((r) => r.status === "failed");
  const taskOf = new Map(loaded.jobs.flatMap((j) => j.results.map((r) => [r, j.task])));
  const missing = segment.nodes.filter((n) => !results.some((r) => r.node === n.id));
  for (const n of missing) state.nodes[n.id] = failed.length ? "skipped" : state.nodes[n.id] ?? "pending";
  const save = async (s) => {
    const body = renderTracking(s, { now: now2, repoUrl: deps.repoUrl });
    if (body !== tracking.body) await forge.updateComment(tracking.id, body);
  };
  const escalate = async (reasons2) => {
    const reason = reasons2.join("; ");
    await forge.addLabels(issue, [blueprint.escalation.label]);
    await save(advance(state, { type: "escalate", reason }, now2, budget));
    return { outcome: "escalated", reasons: reasons2 };
  };
  if (problems.length > 0) return escalate(problems);
  const incomplete = [...failed.map((r) => failureReason(r, taskOf.get(r))), ...missing.length > 0 ? [`no result from ${missing.map((n) => `'${n.id}'`).join(", ")}`] : []];
  const after = nextSegment(segments, segment.id);
  if (segment.nodes.some((n) => postsReview(blueprint, n))) {
    if (incomplete.length > 0) return escalate(incomplete);
    if (loaded.jobs.some((j) => j.patch)) {
      state.warnings = [...state.warnings ?? [], "the review job changed files; a review pushes nothing, so the changes were left out"].slice(0, MAX_WARNINGS);
    }
    const posted = await postReview({ forge, blueprint, segment, issue, results, workspace: deps.workspace }).catch((err) => {
      if (err instanceof ForgeError || err instanceof GitError) return { posted: false, reasons: [`posting the review failed: ${err.message}`] };
      throw err;
    });
    if (!posted.posted) return escalate(posted.reasons);
    await save(advance(state, { type: "reviewed", pull: posted.pull }, now2, budget));
    return { outcome: "reviewed", pull: posted.pull, reasons: [] };
  }
  if (!segment.stages.includes("execute") && segment.stages.includes("plan")) {
    if (incomplete.length > 0) return escalate(incomplete);
    const needsApproval = blueprint.reviewPolicy === "approve-before-execute" || blueprint.reviewPolicy === "approve-every-step";
    await save(advance(state, { type: "planned", awaitApproval: needsApproval, ...after ? { next: after.id } : {} }, now2, budget));
    return { outcome: "plan-posted", reasons: [] };
  }
  const g = (args, token) => git(args, { cwd: deps.workspace, ...token ? { token } : {}, env: AUTHOR_ENV });
  const base = (await g(["rev-parse", "HEAD"])).trim();
  await g(["checkout", "-q", "-B", state.branch]);
  const complete = (l, job) => job.nodes.every((n) => l.results.some((r) => r.node === n.id && r.status === "done"));
  const finished = (id) => {
    const job = jobs.find((j) => j.id === id);
    const runs = loaded.jobs.filter((l) => l.job === id);
    return runs.length > 0 && runs.every((l) => complete(l, job));
  };
  const builtOn = ancestry(jobs);
  const sets = jobs.filter((j) => [...builtOn.get(j.id)].every(finished)).flatMap((j) => loaded.jobs.filter((l) => l.job === j.id && complete(l, j)).map((l) => changeSetOf(j, l)));
  const composed = await composeChangeSets(deps.workspace, sets, jobs);
  const reasons = [...incomplete, ...composed.conflicts.map((c) => c.message)];
  const gate = await gateStagedChanges({ cwd: deps.workspace, base: "HEAD", allowProtectedPaths: blueprint.allowProtectedPaths, knownSecrets: [deps.token, basicAuth(deps.token), ...deps.pushToken ? [deps.pushToken, basicAuth(deps.pushToken)] : []] });
  const carried = segment.id !== "feedback" && !segment.stages.includes("execute") && await forge.getBranchSha(state.branch) !== void 0;
  if (gate.files.length === 0 && reasons.length === 0 && !carried) {
    if (segment.id === "feedback" && state.pull !== void 0) {
      await sayNoChanges(forge, { pull: state.pull, round: state.ciRounds, results });
      state = advance(state, { type: "no-changes" }, now2, budget);
    }
    await save(state);
    return { outcome: "no-changes", reasons: ["the run changed no files"] };
  }
  const blocked = gate.problems.filter((p) => p.blocking);
  if (blocked.length > 0) {
    return escalate([...reasons, ...blocked.map((p) => p.message), "nothing was pushed; the change sets are in this run's artifacts"]);
  }
  const wasEscalated = previous.status === "escalated";
  let pushed = false;
  try {
    const issueData = await forge.getIssue(issue);
    if (gate.files.length > 0) {
      const title = adopted ? `Fix the failing checks of #${issue}` : `${oneLine(issueData.title)} (#${issue})`;
      await g(["commit", "-q", "-m", title, "-m", `Generated by CrustyClaw (${blueprint.name}).`]);
      const push = await pushIfChanged(deps, state.branch, segment.id === "feedback" ? base : void 0);
      if (typeof push === "object" && state.pull !== void 0) {
        const why = `branch ${state.branch} moved to ${push.moved.slice(0, 12)} while this round worked on ${base.slice(0, 12)}, so its work was not pushed (the change set is in this run's artifacts); the commits pushed meanwhile are kept, and their checks start the next round if they fail`;
        await forge.createComment(state.pull, `CrustyClaw pushed nothing: ${inert(why)}.`);
        await save(advance(state, { type: "no-changes" }, now2, budget));
        return { outcome: "no-changes", reasons: [why] };
      }
      pushed = push === "pushed";
    }
    if (reasons.length > 0) {
      const kept = composed.applied.filter((s) => s.patch);
      return escalate(kept.length > 0 && gate.files.length > 0 ? [...reasons, `the work of ${kept.map(setLabel).join(", ")} is on branch ${state.branch}`] : reasons);
    }
    if (after) {
      if (wasEscalated) await forge.removeLabel(issue, blueprint.escalation.label);
      await save(advance(state, { type: "await-approval", next: after.id }, now2, budget));
      return { outcome: "awaiting-approval", reasons: [] };
    }
    const body = pullBody(issue, blueprint, results, deps.repoUrl);
    const existing = adopted ? await forge.getPull(issue) : await forge.findPullByHead(state.branch);
    const pr = adopted ? existing : existing && existing.state === "open" ? existing.body === body ? existing : await forge.updatePull(existing.number, { body }) : await forge.createPull({ title: oneLine(issueData.title), body, head: state.branch, base: await defaultBranch(deps), draft: false });
    if (!existing) {
      await forge.addLabels(pr.number, deps.config.pullRequests.labels);
      await forge.requestReviewers(pr.number, deps.config.pullRequests.reviewers);
    }
    if (wasEscalated) await forge.removeLabel(issue, blueprint.escalation.label);
    state = advance(state, { type: "pull-opened", pull: pr.number }, now2, budget);
    const unanswered = segment.id === "feedback" ? await answerInlineComments(forge, { pull: pr.number, inDir: deps.inDir, results, sha: pr.headSha }) : void 0;
    if (unanswered) state = { ...state, warnings: [...state.warnings ?? [], unanswered].slice(0, MAX_WARNINGS) };
    const undispatched = pushed ? await dispatchCi(deps, state.branch) : [];
    if (undispatched.length) state = { ...state, warnings: [...state.warnings ?? [], ...undispatched].slice(0, MAX_WARNINGS) };
    if (blueprint.reviewPolicy === "auto") {
      const method = deps.config.pullRequests.mergeMethod;
      let merge;
      try {
        merge = await forge.enableAutoMerge(pr.number, { method, headSha: pr.headSha });
      } catch (err) {
        if (!(err instanceof ForgeError)) throw err;
        return escalate([`review policy auto: pull request #${pr.number} is open, but the forge would not merge it automatically (${err.message}); merge it by hand, or change what refused`]);
      }
      state = advance(state, merge === "merged" ? { type: "merged" } : { type: "auto-merge", method }, now2, budget);
      await save(state);
      return { outcome: merge === "merged" ? "merged" : "pull-request", pull: pr.number, reasons: [] };
    }
    await save(state);
    return { outcome: "pull-request", pull: pr.number, reasons: [] };
  } catch (err) {
    if (err instanceof ForgeError || err instanceof GitError) return escalate([`publishing failed: ${err.message}`]);
    throw err;
  }
}
function recordPlan(state, results, deps, now2, problems) {
  const produced = latestPlan(results);
  if (!produced) return;
  const redacted = parsePlan(redactDeep(produced, [deps.token, basicAuth(deps.token)]));
  if (!("plan" in redacted)) {
    problems.push(`the plan is not a valid plan once what looks like secrets is redacted from it:
${redacted.errors.join("\n")}`);
    return;
  }
  state.plan = redacted.plan;
  state.planSha256 = planSha256(redacted.plan);
  const length = renderTracking(state, { now: now2, repoUrl: deps.repoUrl }).length;
  if (length > MAX_TRACKING_CHARS) {
    delete state.plan;
    delete state.planSha256;
    problems.push(`the plan is too long to show in the tracking comment (${length} characters with it; a comment may hold ${MAX_TRACKING_CHARS}): plan again with fewer or shorter tasks`);
  }
}
async function pushIfChanged(deps, branch, onto) {
  const opts = { cwd: deps.workspace, token: deps.pushToken ?? deps.token };
  const remote = (await git(["ls-remote", deps.remote, `refs/heads/${branch}`], opts)).split("	")[0]?.trim();
  if (remote) {
    await git(["fetch", "-q", "--no-tags", deps.remote, `refs/heads/${branch}`], opts);
    const same = (await git(["rev-parse", "FETCH_HEAD^{tree}"], opts)).trim() === (await git(["rev-parse", "HEAD^{tree}"], opts)).trim();
    if (same) return "unchanged";
    if (onto !== void 0 && remote !== onto) return { moved: remote };
    await git(["push", "-q", `--force-with-lease=refs/heads/${branch}:${remote}`, deps.remote, `HEAD:refs/heads/${branch}`], opts);
    return "pushed";
  }
  await git(["push", "-q", deps.remote, `HEAD:refs/heads/${branch}`], opts);
  return "pushed";
}
async function dispatchCi(deps, branch) {
  if (deps.forge.kind !== "github") return [];
  const problems = [];
  for (const file of deps.config.ci.dispatch) {
    try {
      await deps.forge.dispatchWorkflow(file, branch);
    } catch (err) {
      if (!(err instanceof ForgeError)) throw err;
      problems.push(`CI workflow ${file} (config ci.dispatch) was not started on ${branch}: ${err.message}; it needs a workflow_dispatch trigger, and the publish job actions: write`);
    }
  }
  return problems;
}
async function defaultBranch(deps) {
  const head = await git(["ls-remote", "--symref", deps.remote, "HEAD"], { cwd: deps.workspace, token: deps.token });
  return /ref: refs\/heads\/(\S+)\tHEAD/.exec(head)?.[1] ?? "main";
}
function oneLine(text) {
  return text.replace(/[\r\n]+/g, " ").slice(0, 200);
}
function lastLines(output) {
  return oneLine(output.trim().split("\n").slice(-3).join(" / ")).slice(0, 300);
}
function failureReason(r, task) {
  return `node '${r.node}'${task !== void 0 ? ` (task '${task}')` : ""} failed${r.timedOut ? " (out of time)" : r.exitCode === null ? "" : ` (exit ${r.exitCode})`}: ${lastLines(r.output)}`;
}
var MAX_SUMMARY_CHARS = 8e3;
function pullBody(issue, blueprint, results, repoUrl) {
  const rows = results.map((r) => `| ${inertCode(r.node)} | ${r.stage} | ${r.status} | ${(r.durationMs / 1e3).toFixed(1)} s |`);
  const order = (r) => blueprint.nodes.findIndex((n) => n.id === r.node);
  const said = results.filter((r) => r.kind === "agent" && r.status === "done" && r.summary?.trim()).sort((a, b) => order(a) - order(b)).flatMap((r) => ["", `**${inertCode(r.node)}** reported:`, "", inertLines(r.summary, MAX_SUMMARY_CHARS)]);
  return redact(
    [
      `Closes #${issue}.`,
      "",
      `Opened by CrustyClaw with the \`${blueprint.name}\` blueprint. Review it like any other pull request: approving it approves the change; requesting changes sends your comments back to the agent.`,
      "",
      "| Node | Stage | Result | Time |",
      "|---|---|---|---|",
      ...rows,
      ...said,
      "",
      `<sub>[issue #${issue}](${repoUrl}/issues/${issue})</sub>`
    ].join("\n")
  );
}

// src/actions/publish-step.ts
async function runPublish(env, inputs) {
  const token = needToken(inputs, "publish");
  if (!inputs.issue) throw new StageError("the publish step needs the issue input from the route job");
  if (!inputs.inDir) throw new StageError("the publish step needs in-dir (the work jobs' downloaded results)");
  const blueprint = loadPinnedBlueprint(env.workspace, inputs.blueprint, inputs.blueprintSha256);
  const pushToken = process.env.CRUSTYCLAW_PUSH_TOKEN?.trim() || void 0;
  if (pushToken) setSecret(pushToken);
  const result = await publish({
    forge: forgeFor(env, token),
    blueprint,
    config: loadRepoConfig(env.workspace),
    issue: inputs.issue,
    inDir: inputs.inDir,
    workspace: env.workspace,
    remote: `${env.repoUrl}.git`,
    token,
    ...pushToken ? { pushToken } : {},
    repoUrl: env.repoUrl,
    now
  });
  const summary = `${result.outcome}${result.pull ? ` #${result.pull}` : ""}${result.reasons.length ? `: ${result.reasons.join("; ")}` : ""}`;
  if (result.outcome === "escalated") warning(`run escalated to a human (see the tracking comment): ${summary}`);
  else logUntrusted(summary);
  setOutput("outcome", result.outcome);
  setOutput("pull", result.pull === void 0 ? "" : String(result.pull));
}
export {
  runPublish
};
