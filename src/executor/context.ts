/**
 * What a job sees of its run: the `github` context, the runner's environment
 * variables per forge flavour, and the directories a runner gives a job.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { ExecutorHost, RunRequest } from "./types.js";
import type { Workflow } from "./workflow.js";

export interface JobDirs {
  root: string;
  workspace: string;
  temp: string;
  home: string;
  toolCache: string;
  /** Per-step file command files (GITHUB_OUTPUT…) live here. */
  files: string;
}

export function jobDirs(workDir: string, job: string, attempt = 1): JobDirs {
  const root = path.join(workDir, "jobs", attempt > 1 ? `${job}-attempt-${attempt}` : job);
  const dirs = {
    root,
    workspace: path.join(root, "workspace"),
    temp: path.join(root, "temp"),
    home: path.join(root, "home"),
    toolCache: path.join(root, "tool-cache"),
    files: path.join(root, "files"),
  };
  for (const d of Object.values(dirs)) mkdirSync(d, { recursive: true });
  return dirs;
}

/** `refs/heads/main` → `main`; `refs/pull/3/merge` → `3/merge`. */
export function refName(ref: string): string {
  return /^refs\/(?:heads|tags|pull)\/(.+)$/.exec(ref)?.[1] ?? ref;
}

function refType(ref: string): string {
  return ref.startsWith("refs/tags/") ? "tag" : "branch";
}

/** Head and base branch of a pull request event, empty otherwise (GITHUB_HEAD_REF / GITHUB_BASE_REF). */
function pullRefs(request: RunRequest): { head: string; base: string } {
  const pr = request.event.pull_request as { head?: { ref?: unknown }; base?: { ref?: unknown } } | undefined;
  const isPullEvent = /^pull_request/.test(request.eventName);
  return {
    head: isPullEvent && typeof pr?.head?.ref === "string" ? pr.head.ref : "",
    base: isPullEvent && typeof pr?.base?.ref === "string" ? pr.base.ref : "",
  };
}

export interface GithubContextInput {
  host: ExecutorHost;
  request: RunRequest;
  workflow: Workflow;
  job: string;
  token: string;
  workspace: string;
  eventPath: string;
}

/** The `github` context of a job. */
export function githubContext(i: GithubContextInput): Record<string, unknown> {
  const { host, request } = i;
  const [owner] = host.repository.split("/");
  const { head, base } = pullRefs(request);
  return {
    action: "",
    action_path: "",
    action_ref: "",
    action_repository: "",
    actor: request.actor,
    api_url: host.apiUrl,
    base_ref: base,
    event: request.event,
    event_name: request.eventName,
    event_path: i.eventPath,
    graphql_url: host.flavour === "github" ? `${host.serverUrl}/api/graphql` : "",
    head_ref: head,
    job: i.job,
    ref: request.ref,
    ref_name: refName(request.ref),
    ref_protected: false,
    ref_type: refType(request.ref),
    repository: host.repository,
    repository_id: String(host.repositoryId),
    repository_owner: owner,
    retention_days: "90",
    run_attempt: String(request.attempt ?? 1),
    run_id: String(request.runId),
    run_number: String(request.runNumber),
    server_url: host.serverUrl,
    sha: request.sha,
    token: i.token,
    triggering_actor: request.actor,
    // Both forges give the workflow's `name:` here (the file path when it has none).
    workflow: i.workflow.name,
    workflow_ref: `${host.repository}/${i.workflow.file}@${request.ref}`,
    workspace: i.workspace,
  };
}

/**
 * The variables every step gets, as each forge's runner sets them. Forgejo's runner
 * sets the GITHUB_* names too, and puts the job token into every step's environment.
 */
export function runnerEnv(i: GithubContextInput & { dirs: JobDirs; runnerName: string }): Record<string, string> {
  const g = githubContext(i);
  const env: Record<string, string> = {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_ACTOR: String(g.actor),
    GITHUB_API_URL: String(g.api_url),
    GITHUB_BASE_REF: String(g.base_ref),
    GITHUB_EVENT_NAME: String(g.event_name),
    GITHUB_EVENT_PATH: i.eventPath,
    GITHUB_HEAD_REF: String(g.head_ref),
    GITHUB_JOB: i.job,
    GITHUB_REF: String(g.ref),
    GITHUB_REF_NAME: String(g.ref_name),
    GITHUB_REF_PROTECTED: "false",
    GITHUB_REF_TYPE: String(g.ref_type),
    GITHUB_REPOSITORY: String(g.repository),
    GITHUB_REPOSITORY_ID: String(g.repository_id),
    GITHUB_REPOSITORY_OWNER: String(g.repository_owner),
    GITHUB_RETENTION_DAYS: "90",
    GITHUB_RUN_ATTEMPT: String(g.run_attempt),
    GITHUB_RUN_ID: String(g.run_id),
    GITHUB_RUN_NUMBER: String(g.run_number),
    GITHUB_SERVER_URL: String(g.server_url),
    GITHUB_SHA: String(g.sha),
    GITHUB_TRIGGERING_ACTOR: String(g.triggering_actor),
    GITHUB_WORKFLOW: String(g.workflow),
    GITHUB_WORKFLOW_REF: String(g.workflow_ref),
    GITHUB_WORKSPACE: i.workspace,
    RUNNER_ARCH: process.arch === "arm64" ? "ARM64" : "X64",
    RUNNER_NAME: i.runnerName,
    RUNNER_OS: "Linux",
    RUNNER_TEMP: i.dirs.temp,
    RUNNER_TOOL_CACHE: i.dirs.toolCache,
  };
  if (i.host.flavour === "github") {
    env.GITHUB_GRAPHQL_URL = String(g.graphql_url);
    env.RUNNER_ENVIRONMENT = "self-hosted";
    return env;
  }
  // forgejo-runner (act/runner/run_context.go, withGithubEnv): every GITHUB_* name also as
  // FORGEJO_*, the job token among them, in every step's environment.
  env.GITHUB_TOKEN = i.token;
  env.GITEA_ACTIONS = "true";
  env.ACT = "true";
  return withForgejoNames(env);
}

/** On Forgejo, every GITHUB_* variable also under its FORGEJO_* name. */
export function withForgejoNames(env: Record<string, string>): Record<string, string> {
  for (const [k, v] of Object.entries(env)) if (k.startsWith("GITHUB_")) env[`FORGEJO_${k.slice("GITHUB_".length)}`] = v;
  return env;
}
