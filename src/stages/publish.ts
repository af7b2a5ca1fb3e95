import type { Blueprint } from "../blueprint/types.js";
import { segmentsOf } from "../compile/segments.js";
import { branchPrefix } from "../compile/triggers.js";
import type { Config } from "../config/config.js";
import { findMarkedComment, selfLogin, type Forge } from "../forge/forge.js";
import { ForgeError } from "../forge/client.js";
import { basicAuth, git, GitError } from "../git/git.js";
import { gateStagedChanges } from "../policy/gates.js";
import { redact } from "../policy/secrets.js";
import { inertCode } from "../policy/posted-text.js";
import { StageError } from "./env.js";
import { fuseNodes } from "../compile/fuse.js";
import { loadResults } from "./results.js";
import type { NodeResult } from "./run-node.js";
import { advance, type RunState } from "./state.js";
import { MAX_WARNINGS, readState, renderTracking, trackingMarker } from "./tracking.js";

export interface PublishDeps {
  forge: Forge;
  blueprint: Blueprint;
  config: Config;
  issue: number;
  /** Directory with one sub-directory per work job (downloaded artifacts). */
  inDir: string;
  workspace: string;
  /** Remote URL to push to, and the token for it. */
  remote: string;
  token: string;
  repoUrl: string;
  now: () => string;
}

export interface PublishResult {
  outcome: "pull-request" | "plan-posted" | "escalated" | "no-changes";
  pull?: number;
  reasons: string[];
}

const AUTHOR = { name: "crustyclaw", email: "crustyclaw@users.noreply.localhost" };

/**
 * The publish job: the only one holding a write token. It validates what the work
 * jobs produced (gates that need no model), then pushes the branch and opens or
 * updates the pull request, or escalates with the reasons and keeps the branch.
 */
export async function publish(deps: PublishDeps): Promise<PublishResult> {
  const { forge, blueprint, issue } = deps;
  const marker = trackingMarker(blueprint.name);
  const tracking = await findMarkedComment(forge, issue, marker, await selfLogin(forge));
  const previous = tracking ? readState(tracking.body, { blueprint: blueprint.name, issue }) : undefined;
  if (!tracking || !previous) throw new StageError(`#${issue} has no ${blueprint.name} tracking comment; the route job creates it`);
  const now = deps.now();
  const budget = blueprint.budgets.ciRounds;
  const segment = segmentsOf(blueprint).find((s) => s.id === previous.segment);
  if (!segment) throw new StageError(`the run on #${issue} is in no known segment ('${previous.segment ?? ""}')`);

  // The work jobs' artifacts: untrusted (an agent ran there), so only the results of each
  // job's own nodes, as the pinned blueprint fuses them, and only if they match their schema.
  const jobs = fuseNodes(segment);
  const loaded = loadResults(deps.inDir, new Map(jobs.map((j) => [j.id, j.nodes.map((n) => n.id)])));
  const problems = [...loaded.problems];
  const results = loaded.jobs.flatMap((j) => j.results).filter((r) => {
    const node = segment.nodes.find((n) => n.id === r.node)!;
    if (node.stage === r.stage && node.kind === r.kind) return true;
    problems.push(`the result of node '${r.node}' says it is a ${r.stage} ${r.kind} node; the blueprint says ${node.stage} ${node.kind}`);
    return false;
  });
  const patches = loaded.jobs.flatMap((j) => (j.patch ? [j.patch] : []));
  // The branch is derived, never read from the comment: state is data, not authority.
  let state: RunState = { ...previous, branch: `${branchPrefix(blueprint)}${issue}`, nodes: { ...previous.nodes } };
  for (const r of results) state.nodes[r.node] = r.status;
  const warnings = [...new Set(results.flatMap((r) => (r.warnings ?? []).map((w) => `${r.node}: ${w}`)))].slice(0, MAX_WARNINGS);
  if (warnings.length > 0) state.warnings = warnings;
  else delete state.warnings;
  const spent = results.filter((r) => r.usage);
  if (spent.length > 0) {
    const cost = previous.cost ?? { turns: 0, tokens: 0, usd: 0 };
    for (const r of spent) {
      cost.turns += r.usage!.turns;
      cost.tokens += r.usage!.inputTokens + r.usage!.outputTokens;
      cost.usd += r.usage!.usd;
    }
    state.cost = cost;
  }
  const failed = results.filter((r) => r.status === "failed");
  const missing = segment.nodes.filter((n) => !results.some((r) => r.node === n.id));
  for (const n of missing) state.nodes[n.id] = failed.length ? "skipped" : state.nodes[n.id] ?? "pending";

  const save = async (s: RunState) => {
    const body = renderTracking(s, { now, repoUrl: deps.repoUrl });
    if (body !== tracking.body) await forge.updateComment(tracking.id, body);
  };
  const escalate = async (reasons: string[]): Promise<PublishResult> => {
    const reason = reasons.join("; ");
    await forge.addLabels(issue, [blueprint.escalation.label]);
    await save(advance(state, { type: "escalate", reason }, now, budget));
    return { outcome: "escalated", reasons };
  };

  if (problems.length > 0) return escalate(problems);
  if (failed.length > 0) {
    return escalate(failed.map(failureReason));
  }
  if (missing.length > 0) return escalate([`no result from ${missing.map((n) => `'${n.id}'`).join(", ")}`]);

  // A plan-only segment publishes the plan and waits for approval.
  if (!segment.stages.includes("execute") && segment.stages.includes("plan")) {
    const needsApproval = blueprint.reviewPolicy === "approve-before-execute" || blueprint.reviewPolicy === "approve-every-step";
    await save(advance(state, { type: "planned", awaitApproval: needsApproval }, now, budget));
    return { outcome: "plan-posted", reasons: [] };
  }

  // Apply the work jobs' change sets to a fresh branch from the checked-out commit.
  const g = (args: string[], token?: string) => git(args, { cwd: deps.workspace, ...(token ? { token } : {}), env: authorEnv() });
  await g(["checkout", "-q", "-B", state.branch]);
  for (const p of patches) await g(["apply", "--index", "--binary", p]);
  // The job's own token, and the Basic credential git sends it as, in any encoding.
  const gate = await gateStagedChanges({ cwd: deps.workspace, base: "HEAD", allowProtectedPaths: blueprint.allowProtectedPaths, knownSecrets: [deps.token, basicAuth(deps.token)] });
  const files = gate.files;
  if (files.length === 0) {
    await save(state);
    return { outcome: "no-changes", reasons: ["the run changed no files"] };
  }
  const reasons = gate.problems.map((p) => p.message);
  if (gate.secret) return escalate(reasons); // never push a secret

  const wasEscalated = previous.status === "escalated";
  try {
    const issueData = await forge.getIssue(issue);
    await g(["commit", "-q", "-m", `${oneLine(issueData.title)} (#${issue})`, "-m", `Generated by CrustyClaw (${blueprint.name}).`]);
    await pushIfChanged(deps, state.branch);
    if (reasons.length > 0) return escalate(reasons); // branch kept for a human to look at

    const body = pullBody(issue, blueprint, results, deps.repoUrl);
    const existing = await forge.findPullByHead(state.branch);
    const pr =
      existing && existing.state === "open"
        ? existing.body === body
          ? existing
          : await forge.updatePull(existing.number, { body })
        : await forge.createPull({ title: oneLine(issueData.title), body, head: state.branch, base: await defaultBranch(deps), draft: false });
    if (!existing) {
      await forge.addLabels(pr.number, deps.config.pullRequests.labels);
      await forge.requestReviewers(pr.number, deps.config.pullRequests.reviewers);
    }
    if (wasEscalated) await forge.removeLabel(issue, blueprint.escalation.label);
    state = advance(state, { type: "pull-opened", pull: pr.number }, now, budget);
    await save(state);
    return { outcome: "pull-request", pull: pr.number, reasons: [] };
  } catch (err) {
    // The forge or git failed after retries: record it where people look, keep what was pushed.
    if (err instanceof ForgeError || err instanceof GitError) return escalate([`publishing failed: ${err.message}`]);
    throw err;
  }
}

function authorEnv(): NodeJS.ProcessEnv {
  return { GIT_AUTHOR_NAME: AUTHOR.name, GIT_AUTHOR_EMAIL: AUTHOR.email, GIT_COMMITTER_NAME: AUTHOR.name, GIT_COMMITTER_EMAIL: AUTHOR.email };
}

/** Push only when the remote branch's tree differs: a rerun pushes nothing. */
async function pushIfChanged(deps: PublishDeps, branch: string): Promise<void> {
  const opts = { cwd: deps.workspace, token: deps.token };
  const remote = (await git(["ls-remote", deps.remote, `refs/heads/${branch}`], opts)).split("\t")[0]?.trim();
  if (remote) {
    await git(["fetch", "-q", "--no-tags", deps.remote, `refs/heads/${branch}`], opts);
    const same = (await git(["rev-parse", "FETCH_HEAD^{tree}"], opts)).trim() === (await git(["rev-parse", "HEAD^{tree}"], opts)).trim();
    if (same) return;
    await git(["push", "-q", `--force-with-lease=refs/heads/${branch}:${remote}`, deps.remote, `HEAD:refs/heads/${branch}`], opts);
    return;
  }
  await git(["push", "-q", deps.remote, `HEAD:refs/heads/${branch}`], opts);
}

async function defaultBranch(deps: PublishDeps): Promise<string> {
  const head = await git(["ls-remote", "--symref", deps.remote, "HEAD"], { cwd: deps.workspace, token: deps.token });
  return /ref: refs\/heads\/(\S+)\tHEAD/.exec(head)?.[1] ?? "main";
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, " ").slice(0, 200);
}

function lastLines(output: string): string {
  return oneLine(output.trim().split("\n").slice(-3).join(" / ")).slice(0, 300);
}

/** A failed node, in one line: which, how, and the last lines of what it said. */
export function failureReason(r: NodeResult): string {
  return `node '${r.node}' failed${r.timedOut ? " (out of time)" : r.exitCode === null ? "" : ` (exit ${r.exitCode})`}: ${lastLines(r.output)}`;
}

function pullBody(issue: number, blueprint: Blueprint, results: NodeResult[], repoUrl: string): string {
  // Results passed their schema (ids, stages and statuses are patterns and enums); inertCode anyway: they came from an agent's job.
  const rows = results.map((r) => `| ${inertCode(r.node)} | ${r.stage} | ${r.status} | ${(r.durationMs / 1000).toFixed(1)} s |`);
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
      `<sub>[issue #${issue}](${repoUrl}/issues/${issue})</sub>`,
    ].join("\n"),
  );
}
