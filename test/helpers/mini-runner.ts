import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { condition, interpolate, type ExprContext } from "./expressions.js";
import { ROOT } from "./blueprints.js";

/**
 * Runs a compiled workflow's jobs the way a runner would, against a local forge:
 * jobs in dependency order, `if:` and `${{ }}` evaluated, CrustyClaw's actions run
 * from the bundled dist/ with INPUT_* / GITHUB_* variables and GITHUB_OUTPUT,
 * checkout and artifact actions emulated. Test-only. Everything is asynchronous:
 * the local forge answers from this same process.
 */
function exec(file: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number }) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(file, args, { ...opts, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === "number" ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}
export interface RunnerOptions {
  forge: "github" | "forgejo";
  serverUrl: string;
  apiUrl: string;
  repository: string;
  /** Token the runner hands to `github.token`. */
  token: string;
  /** Git URL, credentials included, for the emulated checkout (which then forgets them). */
  cloneUrl: string;
  eventName: string;
  event: unknown;
  sha: string;
  actor: string;
  secrets?: Record<string, string>;
  /** Repository configuration variables (`vars`); unset ones are empty, as on a forge. */
  vars?: Record<string, string>;
  /** Extra environment for every step (like variables set on the runner). */
  stepEnv?: Record<string, string>;
  /** Where artifacts live across jobs (one workflow run). */
  artifacts?: string;
  runId?: string;
}

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string[];
  if?: string;
  outputs?: Record<string, string>;
  steps: Step[];
}

export interface JobResult {
  id: string;
  result: "success" | "failure" | "skipped";
  outputs: Record<string, string>;
  logs: string[];
}

export class MiniRunner {
  readonly artifacts: string;
  readonly results = new Map<string, JobResult>();
  readonly workflow: { jobs: Record<string, Job> };

  constructor(
    workflowText: string,
    private readonly o: RunnerOptions,
  ) {
    this.workflow = parse(workflowText) as { jobs: Record<string, Job> };
    this.artifacts = o.artifacts ?? mkdtempSync(path.join(tmpdir(), "crustyclaw-artifacts-"));
  }

  /** Every job, in dependency order. */
  async runAll(): Promise<Map<string, JobResult>> {
    for (const id of this.order()) await this.runJob(id);
    return this.results;
  }

  order(): string[] {
    const jobs = this.workflow.jobs;
    const done: string[] = [];
    while (done.length < Object.keys(jobs).length) {
      const next = Object.keys(jobs).find((id) => !done.includes(id) && (jobs[id]!.needs ?? []).every((n) => done.includes(n)));
      if (!next) throw new Error("cycle in jobs");
      done.push(next);
    }
    return done;
  }

  private context(jobId: string, steps: Record<string, { outputs: Record<string, string> }>, temp: string, failed: boolean): ExprContext {
    const needs = Object.fromEntries((this.workflow.jobs[jobId]!.needs ?? []).map((n) => [n, this.results.get(n) ?? { result: "skipped", outputs: {} }]));
    const [owner] = this.o.repository.split("/");
    return {
      contexts: {
        github: {
          event_name: this.o.eventName,
          event: this.o.event,
          token: this.o.token,
          repository: this.o.repository,
          repository_owner: owner,
          run_id: this.o.runId ?? "1",
          sha: this.o.sha,
        },
        needs,
        steps,
        runner: { temp },
        secrets: this.o.secrets ?? {},
        vars: this.o.vars ?? {},
      },
      status: { failed, cancelled: false },
    };
  }

  async runJob(id: string): Promise<JobResult> {
    const job = this.workflow.jobs[id]!;
    const needsFailed = (job.needs ?? []).some((n) => this.results.get(n)?.result === "failure");
    const temp = mkdtempSync(path.join(tmpdir(), `crustyclaw-job-${id}-`));
    const workspace = path.join(temp, "workspace");
    const steps: Record<string, { outputs: Record<string, string> }> = {};
    const result: JobResult = { id, result: "success", outputs: {}, logs: [] };
    if (!condition(job.if, this.context(id, steps, temp, needsFailed)) || (needsFailed && !/cancelled|always/.test(job.if ?? ""))) {
      result.result = "skipped";
      this.results.set(id, result);
      return result;
    }
    let failed = false;
    for (const step of job.steps) {
      const ctx = this.context(id, steps, temp, failed);
      if (!condition(step.if, ctx)) continue;
      const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx)]));
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, interpolate(String(v), ctx)]));
      const out = await this.runStep(step, inputs, env, workspace, temp, result.logs);
      if (step.id) steps[step.id] = { outputs: out.outputs };
      if (!out.ok) failed = true;
    }
    result.result = failed ? "failure" : "success";
    const ctx = this.context(id, steps, temp, failed);
    result.outputs = Object.fromEntries(Object.entries(job.outputs ?? {}).map(([k, v]) => [k, interpolate(v, ctx)]));
    this.results.set(id, result);
    return result;
  }

  private async runStep(step: Step, inputs: Record<string, string>, env: Record<string, string>, workspace: string, temp: string, logs: string[]) {
    const uses = step.uses;
    if (/(^|\/)actions\/checkout@/.test(uses)) {
      const ref = inputs.ref || "HEAD";
      const git = async (args: string[], cwd?: string) => {
        const r = await exec("git", args, { ...(cwd ? { cwd } : {}), env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } });
        if (r.code !== 0) throw new Error(`checkout: git ${args.join(" ")}: ${r.stderr}`);
        return r.stdout;
      };
      await git(["clone", "-q", this.o.cloneUrl, workspace]);
      await git(["checkout", "-q", ref], workspace);
      // persist-credentials: false — the remote must not keep the token.
      await git(["remote", "set-url", "origin", `${this.o.serverUrl}/${this.o.repository}.git`], workspace);
      return { ok: true, outputs: {} };
    }
    if (/actions\/upload-artifact@/.test(uses)) {
      const dest = path.join(this.artifacts, inputs.name!);
      if (existsSync(inputs.path!)) cpSync(inputs.path!, dest, { recursive: true, force: true });
      else mkdirSync(dest, { recursive: true });
      return { ok: true, outputs: {} };
    }
    if (/actions\/download-artifact@/.test(uses)) {
      mkdirSync(inputs.path!, { recursive: true });
      if (inputs.name) {
        const src = path.join(this.artifacts, inputs.name);
        if (!existsSync(src)) return { ok: false, outputs: {} };
        cpSync(src, inputs.path!, { recursive: true });
      } else {
        for (const name of readdirSync(this.artifacts)) {
          cpSync(path.join(this.artifacts, name), path.join(inputs.path!, name), { recursive: true });
        }
      }
      return { ok: true, outputs: {} };
    }
    const m = /\/actions\/([a-z]+)@/.exec(uses);
    if (!m) throw new Error(`the test runner cannot run ${uses}`);
    const bundle = path.join(ROOT, "dist", m[1]!, "index.js");
    const outputFile = path.join(temp, `output-${Math.random().toString(36).slice(2)}`);
    writeFileSync(outputFile, "");
    const eventPath = path.join(temp, "event.json");
    writeFileSync(eventPath, JSON.stringify(this.o.event));
    const runEnv: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      HOME: temp,
      GITHUB_ACTIONS: "true",
      ...(this.o.forge === "forgejo" ? { FORGEJO_ACTIONS: "true", GITEA_ACTIONS: "true" } : {}),
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: this.o.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: this.o.repository,
      GITHUB_SERVER_URL: this.o.serverUrl,
      GITHUB_API_URL: this.o.apiUrl,
      GITHUB_SHA: this.o.sha,
      GITHUB_ACTOR: this.o.actor,
      GITHUB_RUN_ID: this.o.runId ?? "1",
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: temp,
      GIT_CONFIG_NOSYSTEM: "1",
      ...this.o.stepEnv,
      ...env,
    };
    for (const [k, v] of Object.entries(inputs)) runEnv[`INPUT_${k.replace(/ /g, "_").toUpperCase()}`] = v;
    const r = await exec(process.execPath, [bundle], { cwd: workspace, env: runEnv, timeout: 120_000 });
    logs.push(`[${step.id ?? uses}] exit ${r.code}\n${r.stdout}${r.stderr}`);
    return { ok: r.code === 0, outputs: parseOutputs(readFileSync(outputFile, "utf8")) };
  }
}

/** GITHUB_OUTPUT's format: `name<<DELIM\nvalue\nDELIM` or `name=value`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      out[heredoc[1]!] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (line.includes("=")) out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
  }
  return out;
}
