import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  logUntrusted
} from "./chunk-EYAFJLXE.js";
import {
  loadResults
} from "./chunk-L7MBRZIX.js";
import {
  gateStagedChanges
} from "./chunk-344JHAY3.js";
import {
  advance,
  findMarkedComment,
  forgeFor,
  needToken,
  now,
  selfLogin
} from "./chunk-O6O6E7GA.js";
import {
  loadPinnedBlueprint,
  loadRepoConfig
} from "./chunk-NXU3HPIB.js";
import {
  MAX_WARNINGS,
  inertCode,
  readState,
  renderTracking,
  trackingMarker
} from "./chunk-5VPZNDBL.js";
import {
  branchPrefix,
  fuseNodes,
  segmentsOf
} from "./chunk-K37G33SW.js";
import "./chunk-7YGELG4G.js";
import "./chunk-V4AWPB5G.js";
import {
  GitError,
  basicAuth,
  git,
  redact
} from "./chunk-CR3TS4Y4.js";
import {
  StageError,
  setOutput,
  warning
} from "./chunk-WDOADNXC.js";
import {
  ForgeError
} from "./chunk-JLDBKXVZ.js";
import "./chunk-4BX6NHJ2.js";

// src/stages/publish.ts
var AUTHOR = { name: "crustyclaw", email: "crustyclaw@users.noreply.localhost" };
async function publish(deps) {
  const { forge, blueprint, issue } = deps;
  const marker = trackingMarker(blueprint.name);
  const tracking = await findMarkedComment(forge, issue, marker, await selfLogin(forge));
  const previous = tracking ? readState(tracking.body, { blueprint: blueprint.name, issue }) : void 0;
  if (!tracking || !previous) throw new StageError(`#${issue} has no ${blueprint.name} tracking comment; the route job creates it`);
  const now2 = deps.now();
  const budget = blueprint.budgets.ciRounds;
  const segment = segmentsOf(blueprint).find((s) => s.id === previous.segment);
  if (!segment) throw new StageError(`the run on #${issue} is in no known segment ('${previous.segment ?? ""}')`);
  const jobs = fuseNodes(segment);
  const loaded = loadResults(deps.inDir, new Map(jobs.map((j) => [j.id, j.nodes.map((n) => n.id)])));
  const problems = [...loaded.problems];
  const results = loaded.jobs.flatMap((j) => j.results).filter((r) => {
    const node = segment.nodes.find((n) => n.id === r.node);
    if (node.stage === r.stage && node.kind === r.kind) return true;
    problems.push(`the result of node '${r.node}' says it is a ${r.stage} ${r.kind} node; the blueprint says ${node.stage} ${node.kind}`);
    return false;
  });
  const patches = loaded.jobs.flatMap((j) => j.patch ? [j.patch] : []);
  let state = { ...previous, branch: `${branchPrefix(blueprint)}${issue}`, nodes: { ...previous.nodes } };
  for (const r of results) state.nodes[r.node] = r.status;
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
    }
    state.cost = cost;
  }
  const failed = results.filter((r) => r.status === "failed");
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
  if (failed.length > 0) {
    return escalate(failed.map(failureReason));
  }
  if (missing.length > 0) return escalate([`no result from ${missing.map((n) => `'${n.id}'`).join(", ")}`]);
  if (!segment.stages.includes("execute") && segment.stages.includes("plan")) {
    const needsApproval = blueprint.reviewPolicy === "approve-before-execute" || blueprint.reviewPolicy === "approve-every-step";
    await save(advance(state, { type: "planned", awaitApproval: needsApproval }, now2, budget));
    return { outcome: "plan-posted", reasons: [] };
  }
  const g = (args, token) => git(args, { cwd: deps.workspace, ...token ? { token } : {}, env: authorEnv() });
  await g(["checkout", "-q", "-B", state.branch]);
  for (const p of patches) await g(["apply", "--index", "--binary", p]);
  const gate = await gateStagedChanges({ cwd: deps.workspace, base: "HEAD", allowProtectedPaths: blueprint.allowProtectedPaths, knownSecrets: [deps.token, basicAuth(deps.token)] });
  const files = gate.files;
  if (files.length === 0) {
    await save(state);
    return { outcome: "no-changes", reasons: ["the run changed no files"] };
  }
  const reasons = gate.problems.map((p) => p.message);
  if (gate.secret) return escalate(reasons);
  const wasEscalated = previous.status === "escalated";
  try {
    const issueData = await forge.getIssue(issue);
    await g(["commit", "-q", "-m", `${oneLine(issueData.title)} (#${issue})`, "-m", `Generated by CrustyClaw (${blueprint.name}).`]);
    await pushIfChanged(deps, state.branch);
    if (reasons.length > 0) return escalate(reasons);
    const body = pullBody(issue, blueprint, results, deps.repoUrl);
    const existing = await forge.findPullByHead(state.branch);
    const pr = existing && existing.state === "open" ? existing.body === body ? existing : await forge.updatePull(existing.number, { body }) : await forge.createPull({ title: oneLine(issueData.title), body, head: state.branch, base: await defaultBranch(deps), draft: false });
    if (!existing) {
      await forge.addLabels(pr.number, deps.config.pullRequests.labels);
      await forge.requestReviewers(pr.number, deps.config.pullRequests.reviewers);
    }
    if (wasEscalated) await forge.removeLabel(issue, blueprint.escalation.label);
    state = advance(state, { type: "pull-opened", pull: pr.number }, now2, budget);
    await save(state);
    return { outcome: "pull-request", pull: pr.number, reasons: [] };
  } catch (err) {
    if (err instanceof ForgeError || err instanceof GitError) return escalate([`publishing failed: ${err.message}`]);
    throw err;
  }
}
function authorEnv() {
  return { GIT_AUTHOR_NAME: AUTHOR.name, GIT_AUTHOR_EMAIL: AUTHOR.email, GIT_COMMITTER_NAME: AUTHOR.name, GIT_COMMITTER_EMAIL: AUTHOR.email };
}
async function pushIfChanged(deps, branch) {
  const opts = { cwd: deps.workspace, token: deps.token };
  const remote = (await git(["ls-remote", deps.remote, `refs/heads/${branch}`], opts)).split("	")[0]?.trim();
  if (remote) {
    await git(["fetch", "-q", "--no-tags", deps.remote, `refs/heads/${branch}`], opts);
    const same = (await git(["rev-parse", "FETCH_HEAD^{tree}"], opts)).trim() === (await git(["rev-parse", "HEAD^{tree}"], opts)).trim();
    if (same) return;
    await git(["push", "-q", `--force-with-lease=refs/heads/${branch}:${remote}`, deps.remote, `HEAD:refs/heads/${branch}`], opts);
    return;
  }
  await git(["push", "-q", deps.remote, `HEAD:refs/heads/${branch}`], opts);
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
function failureReason(r) {
  return `node '${r.node}' failed${r.timedOut ? " (out of time)" : r.exitCode === null ? "" : ` (exit ${r.exitCode})`}: ${lastLines(r.output)}`;
}
function pullBody(issue, blueprint, results, repoUrl) {
  const rows = results.map((r) => `| ${inertCode(r.node)} | ${r.stage} | ${r.status} | ${(r.durationMs / 1e3).toFixed(1)} s |`);
  return redact(
    [
      `Closes #${issue}.`,
      "",
      `Opened by CrustyClaw with the \`${blueprint.name}\` blueprint. Review it like any other pull request: approving it approves the change; requesting changes sends your comments back to the agent.`,
      "",
      "| Node | Stage | Result | Time |",
      "|---|---|---|---|",
      ...rows,
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
  const result = await publish({
    forge: forgeFor(env, token),
    blueprint,
    config: loadRepoConfig(env.workspace),
    issue: inputs.issue,
    inDir: inputs.inDir,
    workspace: env.workspace,
    remote: `${env.repoUrl}.git`,
    token,
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
