/**
 * The local forge's Actions: every event is matched against the workflows of the
 * repository (read from the commit the forge would read them from), and each match
 * becomes a workflow run executed by the local executor, with a job token per job,
 * concurrency groups, check runs (GitHub) or commit statuses (Forgejo) per job, and
 * a `workflow_run` event when a run completes (GitHub).
 *
 * Events caused by a job token start nothing, on both forges, except
 * `workflow_dispatch` (GitHub documents it; Forgejo's dispatch API has no such check).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import {
  concurrencyGroup,
  parseWorkflowFile,
  runName,
  runWorkflow,
  unresolvedActions,
  WorkflowError,
  type ExecutorEvent,
  type ExecutorHost,
  type JobResult,
  type Permissions,
  type Workflow,
} from "../../executor/index.js";
import type { EventLog, ForgeEvent } from "../events.js";
import { branchSha, changedFiles, listTree, mergeCommit, readBlob, setRef } from "../git.js";
import { ACTIONS_USER, GITHUB_SCOPES } from "../job-tokens.js";
import type { ForgeState, JobTokenInfo, RepoRecord } from "../state.js";
import type { Flavour } from "../types.js";
import { matchWorkflow } from "./match.js";

export interface ActionsOptions {
  /**
   * Where actions live on this machine, by `owner/repo` (as `uses:` names them, host
   * prefix and `@ref` aside): a `uses: owner/repo/path@ref` runs `<dir>/path/action.yml`.
   */
  localActions?: Record<string, string>;
  /** Variables every step sees, like those set on a runner machine. */
  runnerEnv?: Record<string, string>;
  /** Where runs keep their files (jobs, logs, artifacts); a temporary directory by default, removed on close. */
  workDir?: string;
  /** Scales `timeout-minutes` (tests use a small value). */
  timeScale?: number;
  /** `false`: workflows' `concurrency:` is ignored, as Forgejo before version 14 does; every run starts at once. */
  concurrency?: boolean;
  /**
   * GitHub: the token's permissions for a workflow that sets none. `restricted` (contents
   * and packages read, GitHub's default for new repositories) or `permissive` (write).
   */
  defaultPermissions?: "restricted" | "permissive";
  /** Workflow runs at once at most. Default 4. */
  maxParallelRuns?: number;
}

export type RunStatus = "queued" | "in_progress" | "completed";
export type RunConclusion = "success" | "failure" | "cancelled";

export interface WorkflowRunRecord {
  id: number;
  /** Per-workflow run number. */
  number: number;
  repo: string;
  /** Path of the workflow file, e.g. `.github/workflows/ci.yml`. */
  workflow: string;
  name: string;
  /** The event name the run sees (`github.event_name`). */
  event: string;
  action: string;
  sha: string;
  ref: string;
  actor: string;
  status: RunStatus;
  conclusion?: RunConclusion;
  /** 1, and one more per re-run. */
  attempt: number;
  jobs: JobResult[];
  /** Why the run failed before any job ran (an invalid workflow, an action not available). */
  problems: string[];
  concurrency?: string;
  /** The forge event that started it. */
  eventId: number;
  /** Pull request the run is for (pull request events). */
  pull?: number;
  workDir: string;
  createdAt: string;
  completedAt?: string;
}

export type ActionsUpdate =
  | { type: "run-queued" | "run-started" | "run-completed"; run: WorkflowRunRecord }
  | { type: "event-skipped"; event: ForgeEvent; reason: string }
  | ({ run: WorkflowRunRecord } & ExecutorEvent);

export interface ForgeAccess {
  flavour: Flavour;
  url: string;
  apiUrl: string;
  state: ForgeState;
  events: EventLog;
  /** Directory of the forge's files: the Actions cache lives under it. */
  root: string;
  gitUrl(owner: string, repo: string): string;
  jobToken(info: JobTokenInfo): { token: string; revoke(): void };
  /** A job's result was recorded as a check run or commit status on `sha`: merges waiting for its checks are looked at again. */
  checksChanged?(repo: RepoRecord, sha: string): Promise<void>;
}

interface Queued {
  run: WorkflowRunRecord;
  workflow: Workflow;
  repo: RepoRecord;
  event: ForgeEvent;
  payload: Record<string, unknown>;
  cancelInProgress: boolean;
  queueAll: boolean;
  controller: AbortController;
  /** Re-runs: jobs that keep their results. */
  reuse?: ReadonlyMap<string, JobResult>;
}

/** Forgejo reads only the first of these that exists (modules/actions/workflows.go, ListWorkflows). */
const WORKFLOW_DIRS: Record<Flavour, string[]> = {
  github: [".github/workflows"],
  forgejo: [".forgejo/workflows", ".gitea/workflows", ".github/workflows"],
};

const PULL_EVENT_TYPES = /^pull_request(?!_comment$)/;

export class LocalActions {
  readonly runs: WorkflowRunRecord[] = [];
  private readonly listeners = new Set<(u: ActionsUpdate) => void>();
  private chain: Promise<void> = Promise.resolve();
  private readonly running = new Map<number, Promise<void>>();
  private readonly waiting: Queued[] = [];
  private readonly groups = new Map<string, { running?: Queued; pending: Queued[] }>();
  private readonly numbers = new Map<string, number>();
  /** What each run was started with, for re-runs. */
  private readonly started = new Map<number, Queued>();
  private readonly workDir: string;
  private readonly ownsWorkDir: boolean;
  private readonly unsubscribe: () => void;
  private lastRunId = 0;

  constructor(
    private readonly forge: ForgeAccess,
    private readonly options: ActionsOptions = {},
  ) {
    this.ownsWorkDir = options.workDir === undefined;
    this.workDir = options.workDir ?? mkdtempSync(path.join(os.tmpdir(), "crustyclaw-actions-"));
    this.unsubscribe = forge.events.subscribe((e) => {
      this.chain = this.chain.then(() => this.handle(e)).catch((err: unknown) => this.fail(e, err));
    });
  }

  subscribe(listener: (u: ActionsUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private publish(u: ActionsUpdate): void {
    for (const l of this.listeners) l(u);
  }

  /** Resolves once no event is being matched and no run is queued or running (events runs cause included). */
  async idle(): Promise<void> {
    for (;;) {
      const chain = this.chain;
      await chain;
      if (this.running.size === 0 && this.waiting.length === 0) {
        if (chain === this.chain) return;
        continue;
      }
      await Promise.race([...this.running.values(), new Promise((r) => setTimeout(r, 20))]);
    }
  }

  /** Stops what runs and removes the runs' files when they were in a temporary directory. */
  async close(): Promise<void> {
    this.unsubscribe();
    for (const q of this.waiting) q.controller.abort("the forge is closing");
    for (const g of this.groups.values()) g.running?.controller.abort("the forge is closing");
    await Promise.allSettled(this.running.values());
    if (this.ownsWorkDir) rmSync(this.workDir, { recursive: true, force: true });
  }

  private fail(e: ForgeEvent, err: unknown): void {
    this.publish({ type: "event-skipped", event: e, reason: `internal error while matching workflows: ${(err as Error).message}` });
  }

  private skip(event: ForgeEvent, reason: string): void {
    this.publish({ type: "event-skipped", event, reason });
  }

  /** GITHUB_SHA and GITHUB_REF for an event, and where its workflows are read from (`undefined`: no run). */
  private async target(e: ForgeEvent): Promise<{ sha: string; ref: string; baseBranch?: string; compareFrom?: string } | string> {
    const repo = e.repo;
    const defaultRef = `refs/heads/${repo.defaultBranch}`;
    if (e.type === "push" && e.push) {
      if (/^0+$/.test(e.push.after)) return "a deleted ref starts no push workflow";
      return { sha: e.push.after, ref: e.push.ref, compareFrom: e.push.before };
    }
    if (e.type === "workflow_dispatch" && e.dispatch) {
      const branch = e.dispatch.ref.replace(/^refs\/heads\//, "");
      const sha = await branchSha(repo.gitDir, branch);
      return sha ? { sha, ref: `refs/heads/${branch}` } : `ref '${e.dispatch.ref}' does not exist`;
    }
    if (e.pull !== undefined && PULL_EVENT_TYPES.test(e.type)) {
      const issue = repo.issues.get(e.pull);
      const p = issue?.pull;
      if (!p) return "the pull request is gone";
      const head = (await branchSha(repo.gitDir, p.headRef)) ?? (await branchSha(repo.gitDir, `refs/pull/${e.pull}/head`));
      const base = await branchSha(repo.gitDir, p.baseRef);
      if (!head || !base) return "the pull request's branches are gone";
      if (this.forge.flavour === "forgejo") {
        // Forgejo runs pull request events on refs/pull/<n>/head; a merge on its merge commit, a review on the commit reviewed.
        const sha = p.merged && p.mergeCommitSha ? p.mergeCommitSha : e.commit || head;
        return { sha, ref: `refs/pull/${e.pull}/head`, baseBranch: p.baseRef, compareFrom: base };
      }
      // GitHub: the test merge of head into base, refs/pull/<n>/merge; none when they conflict.
      if (p.merged && p.mergeCommitSha) return { sha: p.mergeCommitSha, ref: `refs/pull/${e.pull}/merge`, baseBranch: p.baseRef, compareFrom: base };
      const merge = await mergeCommit(repo.gitDir, base, head, `Merge ${head} into ${base}`, { name: "GitHub", email: "noreply@github.com", date: `${Math.floor(Date.now() / 1000)} +0000` });
      if (!merge) return "the pull request has merge conflicts: GitHub runs no pull_request workflow then";
      await setRef(repo.gitDir, `refs/pull/${e.pull}/merge`, merge);
      return { sha: merge, ref: `refs/pull/${e.pull}/merge`, baseBranch: p.baseRef, compareFrom: base };
    }
    const sha = await branchSha(repo.gitDir, repo.defaultBranch);
    return sha ? { sha, ref: defaultRef } : "the repository has no default branch";
  }

  private async workflowFiles(repo: RepoRecord, sha: string): Promise<string[]> {
    for (const dir of WORKFLOW_DIRS[this.forge.flavour]) {
      const files = await listTree(repo.gitDir, sha, dir);
      if (files !== undefined) return files.filter((f) => /\.ya?ml$/.test(f)).sort();
    }
    return [];
  }

  private async handle(e: ForgeEvent): Promise<void> {
    if (e.byJobToken && e.type !== "workflow_dispatch") return this.skip(e, "caused by a job token: events from the automatic token start no workflow");
    const target = await this.target(e);
    if (typeof target === "string") return this.skip(e, target);
    const repo = e.repo;
    let changed: string[] | undefined;
    for (const file of await this.workflowFiles(repo, target.sha)) {
      const text = await readBlob(repo.gitDir, target.sha, file);
      let workflow: Workflow;
      try {
        workflow = await parseWorkflowFile(file, text);
      } catch (err) {
        if (!(err instanceof WorkflowError)) throw err;
        // As on a forge: a broken workflow that this event would start shows up as a failed run.
        if (mentions(text, e.type)) this.failedRun(repo, e, file, target, err.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`));
        continue;
      }
      const names = await matchWorkflow(this.forge.flavour, workflow.events, e, {
        workflowFile: file,
        ...(target.baseBranch ? { baseBranch: target.baseBranch } : {}),
        changedFiles: async () => (changed ??= target.compareFrom ? await changedFiles(repo.gitDir, target.compareFrom, target.sha) : []),
      });
      for (const name of names) this.enqueue(repo, e, workflow, name, target);
    }
  }

  private newRun(repo: RepoRecord, e: ForgeEvent, file: string, name: string, eventName: string, target: { sha: string; ref: string }): WorkflowRunRecord {
    const key = `${repo.fullName}:${file}`;
    const number = (this.numbers.get(key) ?? 0) + 1;
    this.numbers.set(key, number);
    const id = ++this.lastRunId;
    const run: WorkflowRunRecord = {
      id,
      number,
      repo: repo.fullName,
      workflow: file,
      name,
      event: eventName,
      action: e.action,
      sha: target.sha,
      ref: target.ref,
      actor: e.sender,
      status: "queued",
      attempt: 1,
      jobs: [],
      problems: [],
      eventId: e.id,
      ...(e.pull !== undefined ? { pull: e.pull } : {}),
      workDir: path.join(this.workDir, String(id)),
      createdAt: this.forge.state.now(),
    };
    this.runs.push(run);
    return run;
  }

  private failedRun(repo: RepoRecord, e: ForgeEvent, file: string, target: { sha: string; ref: string }, problems: string[]): void {
    const run = this.newRun(repo, e, file, file, e.type, target);
    run.problems = problems;
    this.complete(run, "failure");
  }

  private complete(run: WorkflowRunRecord, conclusion: RunConclusion): void {
    run.status = "completed";
    run.conclusion = conclusion;
    run.completedAt = this.forge.state.now();
    this.publish({ type: "run-completed", run });
  }

  private enqueue(repo: RepoRecord, e: ForgeEvent, workflow: Workflow, eventName: string, target: { sha: string; ref: string }): void {
    const payload = e.payload as Record<string, unknown>;
    const host = this.host(repo);
    const request = { runId: 0, runNumber: 0, eventName, event: payload, sha: target.sha, ref: target.ref, actor: e.sender };
    let name = workflow.name;
    let group: string | undefined;
    try {
      name = runName(host, workflow, request);
      group = concurrencyGroup(host, workflow, request);
    } catch (err) {
      const run = this.newRun(repo, e, workflow.file, workflow.name, eventName, target);
      run.problems = [(err as Error).message];
      return this.complete(run, "failure");
    }
    const run = this.newRun(repo, e, workflow.file, name, eventName, target);
    const missing = unresolvedActions(host, workflow);
    if (missing.length > 0) {
      run.problems = missing;
      return this.complete(run, "failure");
    }
    if (group !== undefined && this.options.concurrency !== false) run.concurrency = group;
    const q: Queued = {
      run,
      workflow,
      repo,
      event: e,
      payload,
      cancelInProgress: workflow.concurrency?.cancelInProgress ?? false,
      // Forgejo queues runs of a group; GitHub keeps one pending run (a newer one replaces it) unless `queue: max`.
      queueAll: this.forge.flavour === "forgejo" || workflow.concurrency?.queue === "max",
      controller: new AbortController(),
    };
    this.started.set(run.id, q);
    this.schedule(q);
  }

  /**
   * Re-runs a completed run's job and every job that needs it (all its jobs when none is
   * named), as a new attempt: the other jobs keep their results, artifacts stay.
   */
  rerun(runId: number, job?: string): WorkflowRunRecord {
    const first = this.started.get(runId);
    if (!first) throw new Error(`no workflow run ${runId}`);
    if (first.run.status !== "completed") throw new Error(`workflow run ${runId} is still ${first.run.status}`);
    const jobs = first.workflow.jobs;
    if (job !== undefined && !jobs.some((j) => j.id === job)) throw new Error(`workflow run ${runId} has no job '${job}'`);
    const again = new Set<string>(job === undefined ? jobs.map((j) => j.id) : [job]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const j of jobs) {
        if (again.has(j.id) || !j.needs.some((n) => again.has(n))) continue;
        again.add(j.id);
        grew = true;
      }
    }
    const run = first.run;
    run.attempt += 1;
    run.status = "queued";
    delete run.conclusion;
    delete run.completedAt;
    const reuse = new Map(run.jobs.filter((j) => !again.has(j.id)).map((j) => [j.id, j]));
    const q: Queued = { ...first, controller: new AbortController(), reuse };
    this.started.set(run.id, q);
    this.schedule(q);
    return run;
  }

  /**
   * Cancels a queued or running run, as a person does on the forge (or a runner lost mid-job
   * looks to the run): running steps stop, and only steps whose `if:` holds on cancellation run.
   */
  cancel(runId: number): void {
    const q = this.started.get(runId);
    if (!q) throw new Error(`no workflow run ${runId}`);
    if (q.run.status === "completed") return;
    let pending = false;
    for (const g of this.groups.values()) {
      const i = g.pending.indexOf(q);
      if (i >= 0) pending = Boolean(g.pending.splice(i, 1));
    }
    if (pending || this.waiting.includes(q)) return this.cancelQueued(q);
    q.controller.abort("the run was cancelled");
  }

  private schedule(q: Queued): void {
    const { run, repo } = q;
    const group = run.concurrency;
    if (group !== undefined) {
      // Both forges compare groups case-insensitively.
      const key = `${repo.fullName}\u0000${group.toLowerCase()}`;
      const g = this.groups.get(key) ?? { pending: [] };
      this.groups.set(key, g);
      if (q.cancelInProgress) {
        g.running?.controller.abort("cancelled by a newer run in its concurrency group");
        for (const p of g.pending.splice(0)) this.cancelQueued(p);
      }
      if (g.running || g.pending.length > 0) {
        if (!q.queueAll) for (const p of g.pending.splice(0)) this.cancelQueued(p);
        g.pending.push(q);
        this.publish({ type: "run-queued", run });
        return;
      }
      g.running = q;
    }
    this.waiting.push(q);
    this.publish({ type: "run-queued", run });
    this.pump();
  }

  private cancelQueued(q: Queued): void {
    const i = this.waiting.indexOf(q);
    if (i >= 0) this.waiting.splice(i, 1);
    this.complete(q.run, "cancelled");
  }

  /** Starts waiting runs while there is room. */
  private pump(): void {
    const limit = this.options.maxParallelRuns ?? 4;
    while (this.running.size < limit && this.waiting.length > 0) {
      const q = this.waiting.shift()!;
      const p = this.execute(q).finally(() => {
        this.running.delete(q.run.id);
        this.release(q);
        this.pump();
      });
      this.running.set(q.run.id, p);
    }
  }

  /** A finished run frees its concurrency group for the next pending run. */
  private release(q: Queued): void {
    if (!q.run.concurrency) return;
    const key = `${q.repo.fullName}\u0000${q.run.concurrency.toLowerCase()}`;
    const g = this.groups.get(key);
    if (!g || g.running !== q) return;
    const next = g.pending.shift();
    g.running = next;
    if (next) this.waiting.push(next);
    else this.groups.delete(key);
  }

  private async execute(q: Queued): Promise<void> {
    const { run, workflow, repo } = q;
    run.status = "in_progress";
    this.publish({ type: "run-started", run });
    const host = this.host(repo);
    const result = await runWorkflow(host, workflow, {
      runId: run.id,
      runNumber: run.number,
      attempt: run.attempt,
      ...(q.reuse ? { reuse: q.reuse } : {}),
      eventName: run.event,
      event: q.payload,
      sha: run.sha,
      ref: run.ref,
      actor: run.actor,
      workDir: run.workDir,
      signal: q.controller.signal,
      ...(this.options.runnerEnv ? { runnerEnv: this.options.runnerEnv } : {}),
      ...(this.options.timeScale !== undefined ? { timeScale: this.options.timeScale } : {}),
      onEvent: (ev) => {
        if (ev.type === "job-finished") {
          run.jobs = [...run.jobs.filter((j) => j.id !== ev.job.id), ev.job];
          this.reportJob(q, ev.job);
        }
        this.publish({ run, ...ev });
      },
    });
    run.jobs = result.jobs;
    this.complete(run, result.conclusion);
    this.announceCompletion(q);
  }

  /** What the forge shows for a finished job: a check run on GitHub, a commit status on Forgejo (push and pull request runs only). */
  private reportJob(q: Queued, job: JobResult): void {
    const { run, repo } = q;
    if (job.result === "skipped" && this.forge.flavour === "github") return;
    const state = this.forge.state;
    // Pull request runs report on the head commit, as both forges show checks on the pull request.
    const sha = run.pull !== undefined ? ((q.payload.pull_request as { head?: { sha?: string } } | undefined)?.head?.sha ?? run.sha) : run.sha;
    const target = `${this.forge.url}/${repo.fullName}/actions/runs/${run.id}`;
    if (this.forge.flavour === "github") {
      const id = state.nextId();
      repo.checkRuns.set(id, {
        id,
        headSha: sha,
        name: job.name,
        status: "completed",
        conclusion: job.result,
        detailsUrl: target,
        externalId: String(run.id),
        title: null,
        summary: job.reason ?? null,
        text: null,
        startedAt: job.startedAt ?? null,
        completedAt: job.completedAt ?? state.now(),
        logFile: job.logFile,
      });
      this.checksChanged(repo, sha);
      return;
    }
    // services/actions/commit_status.go: push and pull request runs only; "<workflow name> / <job name> (<event>)".
    if (run.event !== "push" && !run.event.startsWith("pull_request")) return;
    const stateOf = job.result === "success" || job.result === "skipped" ? "success" : "failure";
    const description = job.result === "success" ? "Successful" : job.result === "skipped" ? "Has been skipped" : job.result === "cancelled" ? "Has been cancelled" : "Failing";
    state.addStatus(repo, { sha, state: stateOf, context: `${q.workflow.name} / ${job.name} (${run.event})`, description, targetUrl: target, login: ACTIONS_USER.forgejo.login });
    this.checksChanged(repo, sha);
  }

  /** On the event chain, which `idle()` waits for: a merge it makes, and that merge's events, are part of settling. */
  private checksChanged(repo: RepoRecord, sha: string): void {
    const hook = this.forge.checksChanged;
    if (!hook) return;
    this.chain = this.chain
      .then(() => hook(repo, sha))
      .catch((err: unknown) => this.publish({ type: "event-skipped", event: { id: 0, repo, type: "checks", action: "", payload: {}, sender: "", byJobToken: true, at: this.forge.state.now() }, reason: `internal error while merging on passed checks: ${(err as Error).message}` }));
  }

  /** GitHub's workflow_run event for a completed run, from the run's actor. */
  private announceCompletion(q: Queued): void {
    if (this.forge.flavour !== "github") return;
    const { run, repo } = q;
    const pr = run.pull !== undefined ? repo.issues.get(run.pull) : undefined;
    const pullPayload = q.payload.pull_request as { head?: Record<string, unknown>; base?: Record<string, unknown> } | undefined;
    const runJson: Record<string, unknown> = {
      id: run.id,
      name: q.workflow.name,
      display_title: run.name,
      path: run.workflow,
      run_number: run.number,
      run_attempt: run.attempt,
      event: run.event,
      status: "completed",
      conclusion: run.conclusion,
      workflow_id: workflowId(run.workflow),
      head_branch: pr?.pull?.headRef ?? run.ref.replace(/^refs\/heads\//, ""),
      head_sha: (pullPayload?.head?.sha as string | undefined) ?? run.sha,
      url: `${this.forge.apiUrl}/repos/${repo.fullName}/actions/runs/${run.id}`,
      html_url: `${this.forge.url}/${repo.fullName}/actions/runs/${run.id}`,
      pull_requests: pr?.pull && pullPayload ? [{ number: pr.number, head: pullPayload.head, base: pullPayload.base }] : [],
      created_at: run.createdAt,
      updated_at: run.completedAt,
      run_started_at: run.createdAt,
      repository: q.payload.repository,
      head_repository: q.payload.repository,
      actor: q.payload.sender,
      triggering_actor: q.payload.sender,
    };
    const sender = this.forge.state.user(run.actor);
    if (!sender) return;
    const depth = (q.event.workflowRun?.depth ?? 0) + 1;
    this.forge.events.emit({
      repo,
      type: "workflow_run",
      action: "completed",
      payload: { action: "completed", workflow_run: runJson, workflow: { id: runJson.workflow_id, name: q.workflow.name, path: run.workflow, state: "active" }, repository: q.payload.repository, sender: q.payload.sender },
      sender: sender.login,
      byJobToken: false,
      workflowRun: { name: q.workflow.name, depth },
      at: this.forge.state.now(),
    });
  }

  private host(repo: RepoRecord): ExecutorHost {
    const forge = this.forge;
    const options = this.options;
    return {
      flavour: forge.flavour,
      serverUrl: forge.url,
      apiUrl: forge.apiUrl,
      repository: repo.fullName,
      repositoryId: repo.id,
      gitUrl: forge.gitUrl(repo.owner, repo.name),
      issueToken: ({ runId, job, permissions }) =>
        forge.jobToken({ repo: repo.fullName, runId, job, ...(forge.flavour === "github" ? { scopes: scopesOf(permissions, options.defaultPermissions ?? "restricted") } : {}) }),
      secrets: Object.fromEntries(repo.secrets),
      vars: Object.fromEntries(repo.variables),
      // Logins start with a letter or digit: no owner directory can be this one.
      cacheDir: path.join(forge.root, ".actions-cache", repo.owner, repo.name),
      defaultBranch: repo.defaultBranch,
      resolveAction: (owner, sub) => {
        const dir = Object.entries(options.localActions ?? {}).find(([name]) => name.toLowerCase() === owner.toLowerCase())?.[1];
        if (!dir) return undefined;
        const full = path.join(dir, sub);
        return existsSync(path.join(full, "action.yml")) || existsSync(path.join(full, "action.yaml")) ? full : undefined;
      },
    };
  }
}

/** GitHub's token scopes for a job's permissions (or the repository default when it sets none). */
export function scopesOf(p: Permissions | undefined, fallback: "restricted" | "permissive"): Record<string, "read" | "write" | "none"> {
  if (!p) {
    if (fallback === "permissive") return Object.fromEntries(GITHUB_SCOPES.map((s) => [s, "write" as const]));
    return { contents: "read", packages: "read" };
  }
  const out: Record<string, "read" | "write" | "none"> = Object.fromEntries(GITHUB_SCOPES.map((s) => [s, p.all]));
  for (const [k, v] of Object.entries(p.scopes)) out[k] = v;
  return out;
}

/** A stable number for a workflow file (GitHub's workflow id). */
function workflowId(file: string): number {
  let h = 0;
  for (const c of file) h = (h * 31 + c.charCodeAt(0)) | 0;
  return Math.abs(h) || 1;
}

/** Whether a workflow file's `on:` seems to name an event (for reporting a broken file as a failed run). */
function mentions(text: string, eventType: string): boolean {
  try {
    const on = (parseYaml(text) as { on?: unknown } | null)?.on;
    if (typeof on === "string") return on === eventType;
    if (Array.isArray(on)) return on.includes(eventType);
    if (on && typeof on === "object") return eventType in on;
  } catch {
    /* unparseable YAML: it might have been meant for this event */
  }
  return true;
}
