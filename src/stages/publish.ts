import { latestPlan, parsePlan, planSha256 } from "../agent/plan.js";
import { postsReview } from "../agent/review.js";
import type { AgentNode, Blueprint } from "../blueprint/types.js";
import { decideAgent, fromPolicyFile } from "../policy/decide.js";
import type { Rule } from "../policy/rules.js";
import { nextSegment, segmentsOf } from "../pipeline/segments.js";
import { branchPrefix } from "../pipeline/runs.js";
import { runTarget } from "./adopted.js";
import type { Config } from "../config/config.js";
import { findMarkedComment, selfLogin, type AutoMergeResult, type Forge } from "../forge/forge.js";
import { ForgeError } from "../forge/client.js";
import { AUTHOR_ENV, basicAuth, git, GitError } from "../git/git.js";
import { gateStagedChanges } from "../policy/gates.js";
import { redact, redactDeep } from "../policy/secrets.js";
import { inert, inertCode, inertLines } from "../policy/posted-text.js";
import type { EscalationCause } from "../outcomes/record.js";
import { MAX_LINKS, type TranscriptLink } from "../outcomes/transcripts.js";
import { StageError } from "./env.js";
import { outcomeOf, type UnchainedOutcome } from "./outcome.js";
import { transitionOf, type Transition } from "./notice.js";
import { answerInlineComments, sayNoChanges } from "./feedback-replies.js";
import { ancestry, fuseNodes, type WorkJob } from "../pipeline/fuse.js";
import { changeSetOf, composeChangeSets, setLabel, type ChangeSet } from "./compose.js";
import { postReview } from "./publish-review.js";
import { loadResults } from "./results.js";
import type { NodeResult } from "./run-node.js";
import { advance, type RunState } from "./state.js";
import { MAX_TRACKING_CHARS, MAX_WARNINGS, readState, renderTracking, trackingMarker } from "./tracking.js";

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
  /** A token to push the run's branch with instead (config `ci.push-token`): its pushes start the repository's CI. */
  pushToken?: string;
  repoUrl: string;
  now: () => string;
  /** sha256 of the blueprint file (the pinned one the workflow names), for the outcome record. */
  blueprintSha256?: string;
  /** Stores the outcome record of a run this job ended (the outcome store); a failure to store is the callee's to report. */
  recordOutcome?: (record: UnchainedOutcome) => Promise<void>;
  /** The default branch's policy rules for agents (the route job's `policy` output): paths they deny are refused here too. */
  rules?: readonly Rule[];
  /** Posts a transition to the blueprint's notification targets; failures are the callee's to report. */
  notify?: (transition: Transition) => Promise<void>;
  /**
   * Archives the segment's agent transcripts on the outcome branch (stages/archive.ts) and returns the link the run's
   * records carry, or undefined when there were none or storing failed (the callee reports it).
   */
  archiveTranscripts?: (run: { blueprint: string; issue: number; startedAt: string }, segment: string) => Promise<TranscriptLink | undefined>;
}

/**
 * Why the policy forbids the run's agents a path: a command an agent ran may have written any file, so publish asks
 * for every changed path whether an agent node of each job whose change set touched it may change it (a job's
 * agents are the ones that can have written its change set; `touchedBy`), and names the rule when none may. A path
 * of a job without agents (its deterministic commands ran on what agents left) is asked of every agent of the blueprint.
 */
function policyDeniedPath(blueprint: Blueprint, rules: readonly Rule[], touchedBy: ReadonlyMap<string, readonly ChangeSet[]>): ((file: string) => string | undefined) | undefined {
  const all = blueprint.nodes.filter((n): n is AgentNode => n.kind === "agent");
  if (all.length === 0 || !rules.some((r) => r.kind === "path")) return undefined;
  const deny = (file: string, agents: readonly AgentNode[]): string | undefined => {
    const verdicts = agents.map((n) => decideAgent({ kind: "path", path: file, blueprint: blueprint.name, node: n.id }, rules, blueprint, n));
    if (verdicts.some((v) => v.allowed)) return undefined;
    const v = verdicts.find((x) => fromPolicyFile(x.rule));
    const whom = agents.length < all.length ? ` to ${agents.map((n) => `'${n.id}'`).join(", ")}, whose job changed it` : "";
    return v && `the repository's policy forbids${whom}: ${v.rule.why} (rule at ${v.rule.source})`;
  };
  const agentsOf = (job: WorkJob): AgentNode[] => {
    const own = job.nodes.filter((n): n is AgentNode => n.kind === "agent");
    return own.length > 0 ? own : all;
  };
  return (file) => {
    // Each job once (a fan-out's tasks share theirs); a path no applied change set claims is asked of every agent.
    const jobs = new Map((touchedBy.get(file) ?? []).map((set) => [set.job.id, set.job]));
    const groups = jobs.size > 0 ? [...jobs.values()].map(agentsOf) : [all];
    for (const agents of groups) {
      const why = deny(file, agents);
      if (why) return why;
    }
    return undefined;
  };
}

export interface PublishResult {
  /** `awaiting-approval`: the segment's work is on the branch and the next segment waits for `/approve`; `merged`: review policy `auto`, merged now. */
  outcome: "pull-request" | "plan-posted" | "escalated" | "no-changes" | "awaiting-approval" | "merged" | "reviewed";
  pull?: number;
  reasons: string[];
}

/**
 * The publish job: the only one holding a write token. It validates what the work
 * jobs produced (gates that need no model), then pushes the branch and opens or
 * updates the pull request, or escalates with the reasons and keeps the branch.
 */
export async function publish(deps: PublishDeps): Promise<PublishResult> {
  const { forge, blueprint, issue } = deps;
  const marker = trackingMarker(blueprint.name);
  const tracking = await findMarkedComment(forge, issue, marker, selfLogin(forge));
  const previous = tracking ? readState(tracking.body, { blueprint: blueprint.name, issue }) : undefined;
  if (!tracking || !previous) throw new StageError(`#${issue} has no ${blueprint.name} tracking comment; the route job creates it`);
  const now = deps.now();
  const budget = blueprint.budgets.ciRounds;
  const segments = segmentsOf(blueprint);
  const segment = segments.find((s) => s.id === previous.segment);
  if (!segment) throw new StageError(`the run on #${issue} is in no known segment ('${previous.segment ?? ""}')`);

  // The work jobs' artifacts: untrusted (an agent ran there), so only the results of each
  // job's own nodes, as the pinned blueprint fuses them, and only if they match their schema.
  const jobs = fuseNodes(segment);
  const loaded = loadResults(deps.inDir, new Map(jobs.map((j) => [j.id, j.nodes.map((n) => n.id)])), { fannedOut: new Set(jobs.filter((j) => j.fanOut).map((j) => j.id)) });
  const problems = [...loaded.problems];
  const results = loaded.jobs.flatMap((j) => j.results).filter((r) => {
    const node = segment.nodes.find((n) => n.id === r.node)!;
    if (node.stage === r.stage && node.kind === r.kind) return true;
    problems.push(`the result of node '${r.node}' says it is a ${r.stage} ${r.kind} node; the blueprint says ${node.stage} ${node.kind}`);
    return false;
  });
  // The branch is derived, never read from the comment: state is data, not authority. An adopted pull request's is its head
  // branch as the forge says now (still this repository's, no CrustyClaw run's), else problems below escalate and push nothing.
  const target = await runTarget(forge, blueprint, issue);
  if (typeof target === "string") problems.push(`${target}; nothing was pushed`);
  const adopted = typeof target === "string" ? undefined : target.adopted;
  if (adopted && adopted.state !== "open") problems.push(`pull request #${issue} was closed while the round worked; nothing was pushed`);
  const branch = typeof target === "string" ? `${branchPrefix(blueprint)}${issue}` : target.branch;
  let state: RunState = { ...previous, branch, nodes: { ...previous.nodes } };
  // A fan-out node has a result per task: failed when any task failed.
  for (const r of results) state.nodes[r.node] = r.status;
  for (const r of results) if (r.status === "failed") state.nodes[r.node] = "failed";
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
      if (!r.usage!.priced) cost.unpriced = true;
    }
    state.cost = cost;
  }
  recordPlan(state, results, deps, now, problems);
  const failed = results.filter((r) => r.status === "failed");
  const taskOf = new Map(loaded.jobs.flatMap((j) => j.results.map((r) => [r, j.task] as const)));
  const missing = segment.nodes.filter((n) => !results.some((r) => r.node === n.id));
  for (const n of missing) state.nodes[n.id] = failed.length ? "skipped" : state.nodes[n.id] ?? "pending";

  // The segment's nodes' wall time, by stage, for the outcome record.
  if (results.length > 0) {
    const metrics = state.metrics ? { ...state.metrics, stageMs: { ...state.metrics.stageMs } } : { trigger: "unknown", reviewRounds: 0, stageMs: {}, decisions: [] };
    for (const r of results) metrics.stageMs[r.stage] = (metrics.stageMs[r.stage] ?? 0) + Math.max(0, Math.round(r.durationMs));
    state.metrics = metrics;
  }
  // The segment's transcripts, kept on the outcome branch beyond the artifacts' retention and linked from the run's records.
  const archived = results.some((r) => r.kind === "agent") ? await deps.archiveTranscripts?.({ blueprint: blueprint.name, issue, startedAt: state.startedAt }, segment.id) : undefined;
  if (archived && state.metrics) {
    state.metrics = { ...state.metrics, transcripts: [...(state.metrics.transcripts ?? []).filter((l) => l.path !== archived.path), archived].slice(-MAX_LINKS) };
  }
  const save = async (s: RunState) => {
    const body = renderTracking(s, { now, repoUrl: deps.repoUrl });
    if (body !== tracking.body) await forge.updateComment(tracking.id, body);
    const outcome = outcomeOf(previous, s, { now, ...(deps.blueprintSha256 ? { blueprintSha256: deps.blueprintSha256 } : {}) });
    if (outcome) await deps.recordOutcome?.(outcome);
    const transition = transitionOf(previous, s);
    if (transition) await deps.notify?.(transition);
  };
  const escalate = async (reasons: string[], cause: EscalationCause): Promise<PublishResult> => {
    const reason = reasons.join("; ");
    await forge.addLabels(issue, [blueprint.escalation.label]);
    await save(advance(state, { type: "escalate", reason, cause }, now, budget));
    return { outcome: "escalated", reasons };
  };

  // Results that fail their checks: nothing of this run is pushed.
  if (problems.length > 0) return escalate(problems, "gate");
  const incomplete = [...failed.map((r) => failureReason(r, taskOf.get(r))), ...(missing.length > 0 ? [`no result from ${missing.map((n) => `'${n.id}'`).join(", ")}`] : [])];

  // The segment `/approve` starts after this one; none when this is the last before feedback, whose publish opens the pull request.
  const after = nextSegment(segments, segment.id);

  // A review run posts its review on the pull request it was started on, and pushes nothing.
  if (segment.nodes.some((n) => postsReview(blueprint, n))) {
    if (incomplete.length > 0) return escalate(incomplete, failureCause(failed));
    if (loaded.jobs.some((j) => j.patch)) {
      state.warnings = [...(state.warnings ?? []), "the review job changed files; a review pushes nothing, so the changes were left out"].slice(0, MAX_WARNINGS);
    }
    const posted = await postReview({ forge, blueprint, segment, issue, results, workspace: deps.workspace }).catch((err: unknown) => {
      if (err instanceof ForgeError || err instanceof GitError) return { posted: false as const, reasons: [`posting the review failed: ${err.message}`] };
      throw err;
    });
    if (!posted.posted) return escalate(posted.reasons, "forge");
    await save(advance(state, { type: "reviewed", pull: posted.pull }, now, budget));
    return { outcome: "reviewed", pull: posted.pull, reasons: [] };
  }

  // A plan-only segment publishes the plan and waits for approval.
  if (!segment.stages.includes("execute") && segment.stages.includes("plan")) {
    if (incomplete.length > 0) return escalate(incomplete, failureCause(failed));
    const needsApproval = blueprint.reviewPolicy === "approve-before-execute" || blueprint.reviewPolicy === "approve-every-step";
    await save(advance(state, { type: "planned", awaitApproval: needsApproval, ...(after ? { next: after.id } : {}) }, now, budget));
    return { outcome: "plan-posted", reasons: [] };
  }

  // Compose the change sets of the jobs that finished, in topological order, on a fresh
  // branch from the checked-out commit: a failed job costs only its own work and what builds on it.
  const g = (args: string[], token?: string) => git(args, { cwd: deps.workspace, ...(token ? { token } : {}), env: AUTHOR_ENV });
  // What the work jobs checked out: a feedback round pushes onto exactly this commit of the pull request's branch.
  const base = (await g(["rev-parse", "HEAD"])).trim();
  await g(["checkout", "-q", "-B", state.branch]);
  // A job's (or a fan-out task's) change set counts when all its nodes are done, and all of every job it builds on.
  const complete = (l: (typeof loaded.jobs)[number], job: WorkJob) => job.nodes.every((n) => l.results.some((r) => r.node === n.id && r.status === "done"));
  const finished = (id: string) => {
    const job = jobs.find((j) => j.id === id)!;
    const runs = loaded.jobs.filter((l) => l.job === id);
    return runs.length > 0 && runs.every((l) => complete(l, job));
  };
  const builtOn = ancestry(jobs);
  const sets = jobs
    .filter((j) => [...builtOn.get(j.id)!].every(finished))
    .flatMap((j) => loaded.jobs.filter((l) => l.job === j.id && complete(l, j)).map((l) => changeSetOf(j, l)));
  const composed = await composeChangeSets(deps.workspace, sets, jobs);
  const reasons = [...incomplete, ...composed.conflicts.map((c) => c.message)];
  // Every gate decides before anything is pushed. The job's own token, and the Basic credential git sends it as, in any encoding.
  const gate = await gateStagedChanges({ cwd: deps.workspace, base: "HEAD", allowProtectedPaths: blueprint.allowProtectedPaths, deniedPath: policyDeniedPath(blueprint, deps.rules ?? [], composed.touchedBy), knownSecrets: [deps.token, basicAuth(deps.token), ...(deps.pushToken ? [deps.pushToken, basicAuth(deps.pushToken)] : [])] });
  // A segment after the one that executed (approve-every-step's review) ends like any other when it changes nothing:
  // the run's branch already holds the work it checked out.
  const carried = segment.id !== "feedback" && !segment.stages.includes("execute") && (await forge.getBranchSha(state.branch)) !== undefined;
  if (gate.files.length === 0 && reasons.length === 0 && !carried) {
    // A feedback round that changed nothing says so, and the pull request waits for review again.
    if (segment.id === "feedback" && state.pull !== undefined) {
      await sayNoChanges(forge, { pull: state.pull, round: state.ciRounds, results });
      state = advance(state, { type: "no-changes" }, now, budget);
    }
    await save(state);
    return { outcome: "no-changes", reasons: ["the run changed no files"] };
  }
  const blocked = gate.problems.filter((p) => p.blocking);
  if (state.metrics && gate.files.length > 0) state.metrics = { ...state.metrics, files: gate.files.length };
  if (blocked.length > 0) {
    return escalate([...reasons, ...blocked.map((p) => p.message), "nothing was pushed; the change sets are in this run's artifacts"], "gate");
  }

  const wasEscalated = previous.status === "escalated";
  let pushed = false;
  try {
    // Read while git commits and pushes: the issue's title (for the commit, unless adopted, and the pull request), and
    // whether the branch has a pull request (unless this segment ends before one) and the default branch to open one on.
    // A failed read is handled where it is awaited, not as an unhandled rejection meanwhile.
    const quietly = <T>(p: Promise<T>) => (p.catch(() => {}), p);
    const reading = quietly(forge.getIssue(issue));
    const opening = !adopted && reasons.length === 0 && !after;
    const lookup = opening ? quietly(forge.findPullByHead(state.branch)) : undefined;
    const defaultBase = opening ? quietly(defaultBranch(deps)) : undefined;
    if (gate.files.length > 0) {
      const title = adopted ? `Fix the failing checks of #${issue}` : `${oneLine((await reading).title)} (#${issue})`;
      await g(["commit", "-q", "-m", title, "-m", `Generated by CrustyClaw (${blueprint.name}).`]);
      const push = await pushIfChanged(deps, state.branch, segment.id === "feedback" ? base : undefined);
      if (typeof push === "object" && state.pull !== undefined) {
        // Someone pushed to the pull request while the round worked: theirs is kept, and the round's work is not pushed over it.
        const why = `branch ${state.branch} moved to ${push.moved.slice(0, 12)} while this round worked on ${base.slice(0, 12)}, so its work was not pushed (the change set is in this run's artifacts); the commits pushed meanwhile are kept, and their checks start the next round if they fail`;
        await forge.createComment(state.pull, `CrustyClaw pushed nothing: ${inert(why)}.`);
        await save(advance(state, { type: "no-changes" }, now, budget));
        return { outcome: "no-changes", reasons: [why] };
      }
      pushed = push === "pushed";
    }
    if (reasons.length > 0) {
      const kept = composed.applied.filter((s) => s.patch);
      return escalate(kept.length > 0 && gate.files.length > 0 ? [...reasons, `the work of ${kept.map(setLabel).join(", ")} is on branch ${state.branch}`] : reasons, composed.conflicts.length > 0 ? "conflict" : failureCause(failed));
    }

    if (after) {
      // approve-every-step: the work so far is on the branch; the next stage waits for `/approve`, then checks the branch out.
      if (wasEscalated) await forge.removeLabel(issue, blueprint.escalation.label);
      await save(advance(state, { type: "await-approval", next: after.id }, now, budget));
      return { outcome: "awaiting-approval", reasons: [] };
    }

    // An adopted pull request is its author's: its title, text, labels and reviewers stay as they are.
    const body = pullBody(issue, blueprint, results, deps.repoUrl);
    // The branch's open pull request is updated; a closed one (the run was closed before) is left, and a new one opened.
    const found = adopted ? undefined : await lookup!;
    // Looked up while the push ran: its head is what was just pushed.
    const open = found?.state === "open" ? (pushed ? { ...found, headSha: (await g(["rev-parse", "HEAD"])).trim() } : found) : undefined;
    const pr = adopted
      ? await forge.getPull(issue)
      : open
        ? open.body === body
          ? open
          : await forge.updatePull(open.number, { body })
        : await forge.createPull({ title: oneLine((await reading).title), body, head: state.branch, base: await defaultBase!, draft: false });
    if (!adopted && !open) {
      await forge.addLabels(pr.number, deps.config.pullRequests.labels);
      await forge.requestReviewers(pr.number, deps.config.pullRequests.reviewers);
    }
    if (wasEscalated) await forge.removeLabel(issue, blueprint.escalation.label);
    state = advance(state, { type: "pull-opened", pull: pr.number }, now, budget);
    // After a feedback round, each inline comment it was given gets an answer.
    const unanswered = segment.id === "feedback" ? await answerInlineComments(forge, { pull: pr.number, inDir: deps.inDir, results, sha: pr.headSha }) : undefined;
    if (unanswered) state = { ...state, warnings: [...(state.warnings ?? []), unanswered].slice(0, MAX_WARNINGS) };
    // The job token's push started no workflow: start the repository's CI on the branch (config `ci.dispatch`), once the pull request is there.
    const undispatched = pushed ? await dispatchCi(deps, state.branch) : [];
    if (undispatched.length) state = { ...state, warnings: [...(state.warnings ?? []), ...undispatched].slice(0, MAX_WARNINGS) };
    if (blueprint.reviewPolicy === "auto") {
      // No human gate: the gates passed above, so the forge merges once the repository's checks pass (or now, when they have).
      const method = deps.config.pullRequests.mergeMethod;
      let merge: AutoMergeResult;
      try {
        merge = await forge.enableAutoMerge(pr.number, { method, headSha: pr.headSha });
      } catch (err) {
        if (!(err instanceof ForgeError)) throw err;
        return escalate([`review policy auto: pull request #${pr.number} is open, but the forge would not merge it automatically (${err.message}); merge it by hand, or change what refused`], "forge");
      }
      state = advance(state, merge === "merged" ? { type: "merged" } : { type: "auto-merge", method }, now, budget);
      await save(state);
      return { outcome: merge === "merged" ? "merged" : "pull-request", pull: pr.number, reasons: [] };
    }
    await save(state);
    return { outcome: "pull-request", pull: pr.number, reasons: [] };
  } catch (err) {
    // The forge or git failed after retries: record it where people look, keep what was pushed.
    if (err instanceof ForgeError || err instanceof GitError) return escalate([`publishing failed: ${err.message}`], "forge");
    throw err;
  }
}

/**
 * The plan a plan-stage agent of this segment produced, recorded in the state with its
 * sha256 whatever the policy: the tracking comment shows it, and `/approve` approves that
 * hash. Redacted like everything published (the state block is posted too); a plan too
 * long for the comment is a problem, not a plan shown in part.
 */
function recordPlan(state: RunState, results: NodeResult[], deps: PublishDeps, now: string, problems: string[]): void {
  const produced = latestPlan(results);
  if (!produced) return;
  const redacted = parsePlan(redactDeep(produced, [deps.token, basicAuth(deps.token)]));
  if (!("plan" in redacted)) {
    problems.push(`the plan is not a valid plan once what looks like secrets is redacted from it:\n${redacted.errors.join("\n")}`);
    return;
  }
  state.plan = redacted.plan;
  state.planSha256 = planSha256(redacted.plan);
  const length = renderTracking(state, { now, repoUrl: deps.repoUrl }).length;
  if (length > MAX_TRACKING_CHARS) {
    delete state.plan;
    delete state.planSha256;
    problems.push(`the plan is too long to show in the tracking comment (${length} characters with it; a comment may hold ${MAX_TRACKING_CHARS}): plan again with fewer or shorter tasks`);
  }
}

/**
 * Push only when the remote branch's tree differs: a rerun pushes nothing. `onto`: the commit
 * the work was built on, which the branch must still be at (a feedback round's pull request
 * branch, which people push to too); otherwise nothing is pushed and `moved` says where it is.
 */
async function pushIfChanged(deps: PublishDeps, branch: string, onto?: string): Promise<"pushed" | "unchanged" | { moved: string }> {
  const opts = { cwd: deps.workspace, token: deps.pushToken ?? deps.token };
  const remote = (await git(["ls-remote", deps.remote, `refs/heads/${branch}`], opts)).split("\t")[0]?.trim();
  if (remote) {
    await git(["fetch", "-q", "--no-tags", deps.remote, `refs/heads/${branch}`], opts);
    const same = (await git(["rev-parse", "FETCH_HEAD^{tree}"], opts)).trim() === (await git(["rev-parse", "HEAD^{tree}"], opts)).trim();
    if (same) return "unchanged";
    if (onto !== undefined && remote !== onto) return { moved: remote };
    // The lease: a push that lands between ls-remote and here is not overwritten (git refuses, and publish escalates).
    await git(["push", "-q", `--force-with-lease=refs/heads/${branch}:${remote}`, deps.remote, `HEAD:refs/heads/${branch}`], opts);
    return "pushed";
  }
  await git(["push", "-q", deps.remote, `HEAD:refs/heads/${branch}`], opts);
  return "pushed";
}

/**
 * Starts each of config `ci.dispatch`'s workflows on the branch (GitHub: `workflow_dispatch`
 * is the one event the job token may start). Returns what could not be started, as
 * warnings: the work is pushed either way, and CI can be started by hand.
 */
async function dispatchCi(deps: PublishDeps, branch: string): Promise<string[]> {
  if (deps.forge.kind !== "github") return [];
  const problems: string[] = [];
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

/** Why failed nodes stopped, as the outcome store classes it: out of time, out of budget, refused by the sandbox, or failed. */
function failureCause(failed: NodeResult[]): EscalationCause {
  if (failed.some((r) => r.timedOut)) return "timeout";
  if (failed.some((r) => /\bbudget\b/i.test(r.escalation ?? ""))) return "budget";
  if (failed.some((r) => /\bsandbox\b/i.test(`${r.escalation ?? ""} ${r.output}`))) return "sandbox";
  return "failure";
}

/** A failed node (of a fan-out, one task's), in one line: which, how, and the last lines of what it said. */
export function failureReason(r: NodeResult, task?: string): string {
  return `node '${r.node}'${task !== undefined ? ` (task '${task}')` : ""} failed${r.timedOut ? " (out of time)" : r.exitCode === null ? "" : ` (exit ${r.exitCode})`}: ${lastLines(r.output)}`;
}

/** An agent's summary in the pull request's text: a comment holds 65536 characters, and a pipeline has a few agents. */
const MAX_SUMMARY_CHARS = 8000;

function pullBody(issue: number, blueprint: Blueprint, results: NodeResult[], repoUrl: string): string {
  // Results passed their schema (ids, stages and statuses are patterns and enums); inertCode anyway: they came from an agent's job.
  const rows = results.map((r) => `| ${inertCode(r.node)} | ${r.stage} | ${r.status} | ${(r.durationMs / 1000).toFixed(1)} s |`);
  // What each agent reported when it finished (a conformance check, upgrades left out, a flake's cause): its words, inert.
  const order = (r: NodeResult) => blueprint.nodes.findIndex((n) => n.id === r.node);
  const said = results
    .filter((r) => r.kind === "agent" && r.status === "done" && r.summary?.trim())
    .sort((a, b) => order(a) - order(b))
    .flatMap((r) => ["", `**${inertCode(r.node)}** reported:`, "", inertLines(r.summary!, MAX_SUMMARY_CHARS)]);
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
      `<sub>[issue #${issue}](${repoUrl}/issues/${issue})</sub>`,
    ].join("\n"),
  );
}
