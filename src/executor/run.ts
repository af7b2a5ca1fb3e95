/**
 * A workflow run: jobs in `needs` order, independent jobs concurrently (up to a
 * limit), each job told how its needs ended. Remote actions are resolved before
 * anything runs: a step the executor cannot run fails the run at the start,
 * naming the step.
 */
import { mkdirSync } from "node:fs";
import { stringOf, valueOf } from "./evaluate.js";
import { condition } from "./expressions.js";
import { jobStartScope, runJob, type NeedResult } from "./job.js";
import { combinationLabel, expandMatrix } from "./matrix.js";
import type { ExecutorHost, JobResult, RunRequest, RunResult } from "./types.js";
import type { JobDef, Workflow } from "./workflow.js";

/** Steps whose action this machine does not have, as `job: step uses` lines. */
export function unresolvedActions(host: ExecutorHost, workflow: Workflow): string[] {
  const out: string[] = [];
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      const a = step.action;
      if (a?.kind === "remote" && !host.resolveAction(a.repo, a.path, a.ref)) {
        out.push(`job '${job.id}', line ${step.line}: ${a.uses} is not available to the local executor`);
      }
    }
  }
  return out;
}

export async function runWorkflow(host: ExecutorHost, workflow: Workflow, request: RunRequest): Promise<RunResult> {
  mkdirSync(request.workDir, { recursive: true });
  const signal = request.signal ?? new AbortController().signal;
  const results = new Map<string, JobResult>(request.reuse ?? []);
  const limit = Math.max(1, request.maxParallelJobs ?? 2);
  const pending = new Map<string, JobDef>(workflow.jobs.filter((j) => !results.has(j.id)).map((j) => [j.id, j]));
  const running = new Map<string, Promise<void>>();
  /** The jobs of each matrix job, in the order they were generated. */
  const instances = new Map<string, JobResult[]>();

  const ready = () => [...pending.values()].filter((j) => j.needs.every((n) => results.has(n)));
  const start = (job: JobDef) => {
    pending.delete(job.id);
    const needs: Record<string, NeedResult> = {};
    for (const n of job.needs) {
      const r = results.get(n)!;
      needs[n] = { result: r.result, outputs: r.outputs };
    }
    const finished = (r: JobResult) => {
      results.set(job.id, r);
      running.delete(job.id);
    };
    const p = job.strategy
      ? runMatrix(host, request, workflow, job, needs, signal, Math.max(1, limit - running.size)).then(({ aggregate, jobs }) => {
          instances.set(job.id, jobs);
          finished(aggregate);
        })
      : runJob(host, request, workflow, job, needs, signal).then(finished);
    running.set(job.id, p);
  };

  while (pending.size > 0 || running.size > 0) {
    for (const job of ready()) {
      if (running.size >= limit) break;
      start(job);
    }
    if (running.size === 0) {
      // Needs that can never be met (the parser rejects cycles and unknown needs, so this is a guard).
      for (const job of pending.values()) results.set(job.id, { id: job.id, name: job.id, result: "skipped", outputs: {}, steps: [], log: "", logFile: "", reason: "its needs never finished" });
      pending.clear();
      break;
    }
    await Promise.race(running.values());
  }

  const jobs = workflow.jobs.flatMap((j) => instances.get(j.id) ?? [results.get(j.id)!]);
  const conclusion = signal.aborted ? "cancelled" : jobs.some((j) => j.result === "failure" || j.result === "cancelled") ? "failure" : "success";
  return { conclusion, jobs };
}

/**
 * A matrix job: its `if:` first (a skipped job expands nothing), then its matrix,
 * evaluated with `needs` (so a matrix can come from an earlier job's output through
 * fromJSON), one job per combination, at most `max-parallel` at once (and never more than
 * the run's own limit). With `fail-fast` (the default), a failed job cancels the others.
 * Jobs that need it see one result: failure if any combination failed, else cancelled
 * if any was, else success; outputs merged in the order the jobs finished.
 */
async function runMatrix(
  host: ExecutorHost,
  request: RunRequest,
  workflow: Workflow,
  job: JobDef,
  needs: Record<string, NeedResult>,
  runSignal: AbortSignal,
  runLimit: number,
): Promise<{ aggregate: JobResult; jobs: JobResult[] }> {
  const strategy = job.strategy!;
  const scope = jobStartScope(host, request, workflow, job, needs, runSignal);
  const failedJob = (reason: string): { aggregate: JobResult; jobs: JobResult[] } => {
    const r: JobResult = { id: job.id, name: job.id, result: "failure", outputs: {}, steps: [], log: `##[error]${reason}\n`, logFile: "", reason };
    return { aggregate: r, jobs: [r] };
  };
  let combos: ReturnType<typeof expandMatrix>;
  let maxParallel: number;
  let failFast: boolean;
  try {
    if (!condition(job.if, scope)) {
      const r: JobResult = { id: job.id, name: job.id, result: "skipped", outputs: {}, steps: [], log: "", logFile: "" };
      return { aggregate: r, jobs: [r] };
    }
    combos = expandMatrix(valueOf(strategy.matrix, scope));
    maxParallel = strategy.maxParallel ? Number(stringOf(strategy.maxParallel, scope)) : combos.length;
    if (!Number.isInteger(maxParallel) || maxParallel < 1) return failedJob(`max-parallel of job '${job.id}' must be a positive whole number`);
    failFast = strategy.failFast ? stringOf(strategy.failFast, scope) !== "false" : true;
  } catch (err) {
    return failedJob(`the matrix of job '${job.id}' could not be evaluated: ${(err as Error).message}`);
  }

  const cancelOthers = new AbortController();
  const signal = AbortSignal.any([runSignal, cancelOthers.signal]);
  const jobs: JobResult[] = new Array(combos.length);
  const outputs: Record<string, string> = {};
  let next = 0;
  const worker = async () => {
    while (next < combos.length) {
      const i = next++;
      const r = await runJob(host, request, workflow, job, needs, signal, {
        id: `${job.id}-${i + 1}`,
        label: combinationLabel(combos[i]!),
        matrix: combos[i]!,
        strategy: { "fail-fast": failFast, "job-index": i, "job-total": combos.length, "max-parallel": maxParallel },
      });
      jobs[i] = r;
      Object.assign(outputs, r.outputs);
      if (failFast && r.result === "failure") cancelOthers.abort(`cancelled: job '${r.name}' of the matrix failed (fail-fast)`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(maxParallel, runLimit, combos.length) }, worker));
  const result = jobs.some((j) => j.result === "failure") ? "failure" : jobs.some((j) => j.result === "cancelled") ? "cancelled" : "success";
  return { aggregate: { id: job.id, name: job.id, result, outputs, steps: [], log: "", logFile: "" }, jobs };
}
