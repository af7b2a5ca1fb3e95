/**
 * One job, the way a runner runs it: a fresh workspace, a job token, steps in
 * order with their `if:`, env, inputs and file commands, outputs at the end,
 * `timeout-minutes`, and every process the job started stopped when it ends.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CommandReader, FileCommandError, readKeyValueFile, readPathFile } from "./commands.js";
import { githubContext, jobDirs, runnerEnv, withForgejoNames, type JobDirs } from "./context.js";
import { stringMap, stringOf } from "./evaluate.js";
import { condition, ExpressionProblem, type ExprScope, type Status } from "./expressions.js";
import { JobLog } from "./log.js";
import { ProcessGroups } from "./process.js";
import { runStep, type StepRun } from "./steps/index.js";
import type { ExecutorHost, JobConclusion, JobResult, RunRequest, StepResult } from "./types.js";
import type { JobDef, Workflow } from "./workflow.js";

/** GitHub's default and maximum job time. */
export const DEFAULT_JOB_MINUTES = 360;

export interface JobRuntime {
  host: ExecutorHost;
  request: RunRequest;
  workflow: Workflow;
  job: JobDef;
  dirs: JobDirs;
  token: string;
  log: JobLog;
  groups: ProcessGroups;
  /** Where artifacts of this run are kept. */
  artifacts: string;
  /** Aborted when the job times out or the run is cancelled. */
  signal: AbortSignal;
}

export interface NeedResult {
  result: JobConclusion;
  outputs: Record<string, string>;
}

/** One job of a matrix: its own id (for logs, directories and results), its combination, and `strategy`. */
export interface MatrixInstance {
  id: string;
  label: string;
  matrix: Record<string, unknown>;
  strategy: { "fail-fast": boolean; "job-index": number; "job-total": number; "max-parallel": number };
}

/** What a job's `if:`, `name:` and `strategy:` are evaluated with, before it starts. */
export function jobStartScope(host: ExecutorHost, request: RunRequest, workflow: Workflow, job: JobDef, needs: Record<string, NeedResult>, runSignal: AbortSignal): ExprScope {
  const needValues = Object.values(needs);
  return {
    contexts: {
      github: { ...githubContext({ host, request, workflow, job: job.id, token: "", workspace: "", eventPath: "" }) },
      needs,
      vars: host.vars,
      inputs: inputsOf(request),
    },
    status: {
      failed: needValues.some((n) => n.result === "failure"),
      notSucceeded: needValues.some((n) => n.result !== "success"),
      cancelled: runSignal.aborted,
    },
  };
}

export async function runJob(
  host: ExecutorHost,
  request: RunRequest,
  workflow: Workflow,
  job: JobDef,
  needs: Record<string, NeedResult>,
  runSignal: AbortSignal,
  instance?: MatrixInstance,
): Promise<JobResult> {
  const id = instance?.id ?? job.id;
  const attempt = request.attempt ?? 1;
  const dirs = jobDirs(request.workDir, id, attempt);
  const logFile = path.join(request.workDir, "logs", attempt > 1 ? `${id}-attempt-${attempt}.log` : `${id}.log`);
  const log = new JobLog(logFile, (line) => request.onEvent?.({ type: "log", job: id, line }));
  const start = jobStartScope(host, request, workflow, job, needs, runSignal);
  const jobStatus = start.status;
  const base = { ...start.contexts, ...(instance ? { matrix: instance.matrix, strategy: instance.strategy } : {}) };
  const result: JobResult = { id, name: id, result: "skipped", outputs: {}, steps: [], log: "", logFile };
  const finish = (r: JobResult): JobResult => {
    r.log = log.text();
    return r;
  };
  try {
    const name = job.name ? stringOf(job.name, { contexts: base, status: jobStatus }) : job.id;
    result.name = instance ? `${name} (${instance.label})` : name;
    if (!condition(job.if, { contexts: base, status: jobStatus })) {
      log.write(`Skipped: the job's condition is false (${job.if})`);
      return finish(result);
    }
  } catch (err) {
    log.write(`Error: ${(err as Error).message}`);
    return finish({ ...result, result: "failure", reason: (err as Error).message });
  }

  result.startedAt = new Date().toISOString();
  request.onEvent?.({ type: "job-started", job: id, name: result.name });
  const permissions = host.flavour === "github" ? (job.permissions ?? workflow.permissions) : undefined;
  const token = host.issueToken({ runId: request.runId, job: id, ...(permissions ? { permissions } : {}) });
  log.mask(token.token);
  for (const v of Object.values(host.secrets)) log.mask(v);
  const groups = new ProcessGroups();
  const timeout = new AbortController();
  const signal = AbortSignal.any([runSignal, timeout.signal]);
  let timer: NodeJS.Timeout | undefined;
  try {
    const eventPath = path.join(dirs.temp, "_github_workflow", "event.json");
    writeEvent(eventPath, request.event);
    const g = githubContext({ host, request, workflow, job: job.id, token: token.token, workspace: dirs.workspace, eventPath });
    const runtimeToken = randomUUID();
    log.mask(runtimeToken);
    // Forgejo also names the job token GITEA_TOKEN and FORGEJO_TOKEN (services/actions/secret.go).
    const secrets: Record<string, string> = { ...host.secrets, GITHUB_TOKEN: token.token, ...(host.flavour === "forgejo" ? { GITEA_TOKEN: token.token, FORGEJO_TOKEN: token.token } : {}) };
    const runner = { name: "crustyclaw-local", os: "Linux", arch: process.arch === "arm64" ? "ARM64" : "X64", temp: dirs.temp, tool_cache: dirs.toolCache, debug: "", environment: "self-hosted" };
    const jobScope = (status: Status, env: Record<string, string>, steps: Record<string, unknown>): ExprScope => ({
      contexts: { ...base, github: g, secrets, runner, env, steps, job: { status: status.cancelled ? "cancelled" : status.failed ? "failure" : "success", container: {}, services: {} } },
      status,
    });

    const minutes = job.timeoutMinutes ? Number(stringOf(job.timeoutMinutes, jobScope(jobStatus, {}, {}))) : DEFAULT_JOB_MINUTES;
    if (!Number.isFinite(minutes) || minutes <= 0) throw new ExpressionProblem(`timeout-minutes of job '${job.id}' is not a positive number`);
    timer = setTimeout(() => timeout.abort(`the job exceeded its timeout of ${minutes} minute(s)`), minutes * 60_000 * (request.timeScale ?? 1));

    let env: Record<string, string> = {
      ...stringMap(workflow.env, jobScope(jobStatus, {}, {})),
    };
    env = { ...env, ...stringMap(job.env, jobScope(jobStatus, env, {})) };
    const machineEnv = {
      PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
      HOME: dirs.home,
      LANG: process.env.LANG ?? "C.UTF-8",
      ...request.runnerEnv,
      ...runnerEnv({ host, request, workflow, job: job.id, token: token.token, workspace: dirs.workspace, eventPath, dirs, runnerName: runner.name }),
    };
    const extraPath: string[] = [];
    const stepsContext: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
    let failed = false;
    const runtime: JobRuntime = { host, request, workflow, job, dirs, token: token.token, log, groups, artifacts: path.join(request.workDir, "artifacts"), signal };
    const state: Record<string, Record<string, string>> = {};

    for (const step of job.steps) {
      const status: Status = { failed, cancelled: signal.aborted };
      const scope = jobScope(status, env, stepsContext);
      let stepName = step.id;
      const record = (outcome: StepResult["outcome"], conclusion: StepResult["conclusion"], outputs: Record<string, string>) => {
        const r: StepResult = { id: step.id, name: stepName, outcome, conclusion, outputs };
        result.steps.push(r);
        if (step.hasId) stepsContext[step.id] = { outputs, outcome, conclusion };
        request.onEvent?.({ type: "step-finished", job: id, step: r });
        return r;
      };
      try {
        stepName = step.name ? stringOf(step.name, scope) : defaultStepName(step);
        if (!condition(step.if, scope)) {
          record("skipped", "skipped", {});
          continue;
        }
      } catch (err) {
        log.write(`##[error]${(err as Error).message}`);
        record("failure", "failure", {});
        failed = true;
        continue;
      }
      request.onEvent?.({ type: "step-started", job: id, step: step.id, name: stepName });
      log.write(`##[group]${stepName}`);
      const files = {
        output: path.join(dirs.files, `output_${randomUUID()}`),
        env: path.join(dirs.files, `env_${randomUUID()}`),
        path: path.join(dirs.files, `path_${randomUUID()}`),
        summary: path.join(dirs.files, `step_summary_${randomUUID()}`),
        state: path.join(dirs.files, `state_${randomUUID()}`),
      };
      for (const f of Object.values(files)) writeFileSync(f, "");
      let outcome: StepResult["outcome"] = "success";
      let outputs: Record<string, string> = {};
      const stepTimeout = new AbortController();
      let stepTimer: NodeJS.Timeout | undefined;
      try {
        const stepEnv = { ...env, ...stringMap(step.env, scope) };
        const stepScope = jobScope(status, stepEnv, stepsContext);
        if (step.timeoutMinutes) {
          const m = Number(stringOf(step.timeoutMinutes, stepScope));
          if (!Number.isFinite(m) || m <= 0) throw new ExpressionProblem(`timeout-minutes of step '${stepName}' is not a positive number`);
          stepTimer = setTimeout(() => stepTimeout.abort(`the step exceeded its timeout of ${m} minute(s)`), m * 60_000 * (request.timeScale ?? 1));
        }
        const stepProcessEnv: Record<string, string> = {
          ...machineEnv,
          ...stepEnv,
          PATH: [...extraPath, machineEnv.PATH].join(path.delimiter),
          GITHUB_OUTPUT: files.output,
          GITHUB_ENV: files.env,
          GITHUB_PATH: files.path,
          GITHUB_STEP_SUMMARY: files.summary,
          GITHUB_STATE: files.state,
          GITHUB_ACTION: step.id,
        };
        const processEnv = host.flavour === "forgejo" ? withForgejoNames(stepProcessEnv) : stepProcessEnv;
        const commands = new CommandReader();
        const commandOutputs: Record<string, string> = {};
        const run: StepRun = {
          runtime,
          step,
          name: stepName,
          scope: stepScope,
          inputs: stringMap(step.with, stepScope),
          env: processEnv,
          runtimeToken,
          signal: AbortSignal.any([signal, stepTimeout.signal]),
          line: (line) => {
            const c = commands.read(line);
            if (!c) return log.write(line);
            switch (c.kind) {
              case "mask":
                log.mask(c.value);
                return;
              case "output":
                log.write("##[warning]The `set-output` command is deprecated and will be disabled soon. Please upgrade to using Environment Files.");
                commandOutputs[c.name] = c.value;
                return;
              case "state":
                (state[step.id] ??= {})[c.name] = c.value;
                return;
              case "annotation":
                return log.write(`##[${c.level}]${c.message}`);
              case "group":
                return log.write(`##[group]${c.title}`);
              case "endgroup":
                return log.write("##[endgroup]");
              case "refused":
                log.write(`##[error]${c.why}`);
                outcome = "failure";
                return;
            }
          },
        };
        const done = await runStep(run);
        if (!done.ok) {
          outcome = run.signal.aborted ? (timeout.signal.aborted || runSignal.aborted ? "cancelled" : "failure") : "failure";
          if (done.message) log.write(`##[error]${done.message}`);
        }
        outputs = { ...commandOutputs, ...readKeyValueFile(files.output, "output"), ...done.outputs };
        const added = readKeyValueFile(files.env, "env");
        for (const k of Object.keys(added)) if (/^(NODE_OPTIONS)$/i.test(k)) log.write(`##[warning]Can't store ${k} output parameter using '$GITHUB_ENV' command.`);
        env = { ...env, ...Object.fromEntries(Object.entries(added).filter(([k]) => !/^NODE_OPTIONS$/i.test(k))) };
        extraPath.unshift(...readPathFile(files.path).reverse());
      } catch (err) {
        if (!(err instanceof FileCommandError || err instanceof ExpressionProblem)) throw err;
        log.write(`##[error]${err.message}`);
        outcome = "failure";
      } finally {
        if (stepTimer) clearTimeout(stepTimer);
      }
      log.write("##[endgroup]");
      let continueOnError = false;
      try {
        continueOnError = typeof step.continueOnError === "boolean" ? step.continueOnError : stringOf(step.continueOnError, scope) === "true";
      } catch {
        continueOnError = false;
      }
      const conclusion = outcome === "failure" && continueOnError ? "success" : outcome;
      record(outcome, conclusion, outputs);
      if (conclusion === "failure") failed = true;
    }

    const cancelled = signal.aborted;
    if (cancelled) log.write(`##[error]${String(signal.reason ?? "cancelled")}`);
    result.result = cancelled ? "cancelled" : failed ? "failure" : "success";
    if (cancelled) result.reason = String(signal.reason ?? "cancelled");
    try {
      result.outputs = stringMap(job.outputs, jobScope({ failed, cancelled }, env, stepsContext));
    } catch (err) {
      log.write(`##[error]${(err as Error).message}`);
      result.result = "failure";
    }
  } catch (err) {
    if (!(err instanceof ExpressionProblem)) throw err;
    log.write(`##[error]${err.message}`);
    result.result = "failure";
    result.reason = err.message;
  } finally {
    if (timer) clearTimeout(timer);
    // Like a runner at the end of a job: nothing a step started outlives it, and the token dies.
    groups.killAll();
    token.revoke();
  }
  result.completedAt = new Date().toISOString();
  const done = finish(result);
  request.onEvent?.({ type: "job-finished", job: done });
  return done;
}

function defaultStepName(step: JobDef["steps"][number]): string {
  if (step.action) return `Run ${step.action.uses}`;
  return step.run ? "Run script" : step.id;
}

function writeEvent(file: string, event: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(event, null, 2));
}

/** `inputs` of a workflow_dispatch run (other events have none). */
function inputsOf(request: RunRequest): Record<string, unknown> {
  const inputs = request.event.inputs;
  return request.eventName === "workflow_dispatch" && inputs && typeof inputs === "object" ? (inputs as Record<string, unknown>) : {};
}
