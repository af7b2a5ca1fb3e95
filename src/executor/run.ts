/**
 * A workflow run: jobs in `needs` order, independent jobs concurrently (up to a
 * limit), each job told how its needs ended. Remote actions are resolved before
 * anything runs: a step the executor cannot run fails the run at the start,
 * naming the step.
 */
import { mkdirSync } from "node:fs";
import { runJob, type NeedResult } from "./job.js";
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

  const ready = () => [...pending.values()].filter((j) => j.needs.every((n) => results.has(n)));
  const start = (job: JobDef) => {
    pending.delete(job.id);
    const needs: Record<string, NeedResult> = {};
    for (const n of job.needs) {
      const r = results.get(n)!;
      needs[n] = { result: r.result, outputs: r.outputs };
    }
    const p = runJob(host, request, workflow, job, needs, signal).then((r) => {
      results.set(job.id, r);
      running.delete(job.id);
    });
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

  const jobs = workflow.jobs.map((j) => results.get(j.id)!);
  const conclusion = signal.aborted ? "cancelled" : jobs.some((j) => j.result === "failure" || j.result === "cancelled") ? "failure" : "success";
  return { conclusion, jobs };
}
