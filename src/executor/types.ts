/**
 * What the local executor needs from the forge it runs for, and what it reports.
 * The executor knows nothing of HTTP or of the local forge's records: a host
 * hands it a repository to clone, tokens, secrets, and where actions live.
 */
import type { Permissions } from "./workflow.js";

export type Flavour = "github" | "forgejo";

export interface JobTokenRequest {
  runId: number;
  job: string;
  /**
   * The job's effective `permissions:` on GitHub (job-level, else workflow-level,
   * else undefined for the repository's default). Forgejo ignores `permissions:`.
   */
  permissions?: Permissions;
}

export interface JobToken {
  token: string;
  /** Ends the token's life, as both forges do when the job finishes. */
  revoke(): void;
}

export interface ExecutorHost {
  flavour: Flavour;
  /** `GITHUB_SERVER_URL`: the forge's web root. */
  serverUrl: string;
  /** `GITHUB_API_URL`. */
  apiUrl: string;
  /** `owner/name`. */
  repository: string;
  repositoryId: number;
  /** Clone URL without credentials; checkout authenticates with the job token. */
  gitUrl: string;
  issueToken(request: JobTokenRequest): JobToken;
  /** Repository secrets (`secrets.*`); `GITHUB_TOKEN` is added per job. */
  secrets: Readonly<Record<string, string>>;
  /** Repository variables (`vars.*`). */
  vars: Readonly<Record<string, string>>;
  /**
   * Directory holding the action a `uses: owner/repo/path@ref` names, or undefined
   * when this machine does not have it (the step then fails, naming the action).
   */
  resolveAction(repo: string, path: string, ref: string): string | undefined;
  /** The repository's Actions cache (actions/cache/restore and save); none: restores find nothing, saves warn. */
  cacheDir?: string;
  /** The repository's default branch: its cache entries are every run's to restore. */
  defaultBranch: string;
}

/** One workflow run to execute: the event that started it and where its files go. */
export interface RunRequest {
  runId: number;
  runNumber: number;
  /** 1 for a run, more for each re-run (GITHUB_RUN_ATTEMPT). */
  attempt?: number;
  /** Re-runs: jobs that keep their earlier results instead of running again. */
  reuse?: ReadonlyMap<string, JobResult>;
  eventName: string;
  event: Record<string, unknown>;
  /** `GITHUB_SHA` and `GITHUB_REF` for this event. */
  sha: string;
  ref: string;
  actor: string;
  /** Directory for this run's jobs, logs and artifacts; created if missing. */
  workDir: string;
  /** Variables every step sees, like variables set on a runner machine (PATH and HOME are the executor's). */
  runnerEnv?: Record<string, string>;
  /** Cancels the run: running steps are killed, pending jobs do not start. */
  signal?: AbortSignal;
  /** Jobs run at once at most (independent jobs run concurrently). Default 2. */
  maxParallelJobs?: number;
  /** Scales `timeout-minutes` (tests use a small value). Default 1. */
  timeScale?: number;
  onEvent?(event: ExecutorEvent): void;
}

export type JobConclusion = "success" | "failure" | "cancelled" | "skipped";
export type StepOutcome = "success" | "failure" | "cancelled" | "skipped";

export interface StepResult {
  id: string;
  name: string;
  outcome: StepOutcome;
  /** The outcome after continue-on-error. */
  conclusion: StepOutcome;
  outputs: Record<string, string>;
}

export interface JobResult {
  id: string;
  /** `name:` evaluated, or the id. */
  name: string;
  result: JobConclusion;
  outputs: Record<string, string>;
  steps: StepResult[];
  /** Masked log; also in `logFile`. */
  log: string;
  logFile: string;
  startedAt?: string;
  completedAt?: string;
  /** Why the job failed or did not run, in one line, when it says more than its steps do. */
  reason?: string;
}

export interface RunResult {
  conclusion: "success" | "failure" | "cancelled";
  jobs: JobResult[];
}

export type ExecutorEvent =
  | { type: "job-started"; job: string; name: string }
  | { type: "job-finished"; job: JobResult }
  | { type: "step-started"; job: string; step: string; name: string }
  | { type: "step-finished"; job: string; step: StepResult }
  | { type: "log"; job: string; line: string };
