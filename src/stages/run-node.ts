import { spawn } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Node, RunNode } from "../blueprint/types.js";
import { AUTHOR_ENV, git, GitError } from "../git/git.js";
import { ancestry, type WorkJob } from "../pipeline/fuse.js";
import { changeSetOf, composeChangeSets } from "./compose.js";
import { UNSANDBOXED, type Sandbox } from "../policy/sandbox.js";
import { gateStagedChanges } from "../policy/gates.js";
import { redact, redactDeep } from "../policy/secrets.js";
import { scrubbedEnv } from "../policy/scrubbed-env.js";
import { loadResults, MAX_PATCH_BYTES, readJobDir } from "./results.js";

/** Output kept per node: the tail, where failures are. */
export const MAX_OUTPUT_BYTES = 64 * 1024;

export interface NodeResult {
  node: string;
  stage: Node["stage"];
  kind: Node["kind"];
  status: "done" | "failed";
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** Tail of stdout+stderr, redacted; for agents, the summary or the escalation reason. */
  output: string;
  /** Agent nodes: what `finish` reported. */
  summary?: string;
  result?: Record<string, unknown>;
  /** Agent nodes: why the agent stopped without finishing. */
  escalation?: string;
  /** What people should know that is not a failure: isolation the runner lacked, network connections blocked. */
  warnings?: string[];
  /** Agent nodes: turns, tokens and estimated cost. */
  usage?: { turns: number; inputTokens: number; outputTokens: number; usd: number; priced: boolean };
}

/**
 * Run a deterministic node's command with bash in the workspace, within its time budget,
 * in the node's sandbox: it may be running code an agent wrote (tests, install scripts).
 */
export function runCommand(
  node: RunNode,
  workspace: string,
  env: NodeJS.ProcessEnv,
  { sandbox = UNSANDBOXED, timeoutMs = node.minutes * 60_000 }: { sandbox?: Sandbox; timeoutMs?: number } = {},
): Promise<NodeResult> {
  const secrets = node.secrets.map((s) => env[s]).filter((v): v is string => Boolean(v));
  const started = Date.now();
  return new Promise((resolve) => {
    const wrapped = sandbox.wrap(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", node.run], { env: scrubbedEnv(env, node.secrets), cwd: workspace });
    const child = spawn(wrapped.command, wrapped.args, {
      cwd: workspace,
      env: wrapped.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let buf = Buffer.alloc(0);
    const keep = (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      if (buf.length > 2 * MAX_OUTPUT_BYTES) buf = buf.subarray(buf.length - MAX_OUTPUT_BYTES);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The whole process group: a command's children must not outlive its budget.
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      wrapped.reap();
      let text = buf.subarray(Math.max(0, buf.length - MAX_OUTPUT_BYTES)).toString("utf8");
      if (buf.length > MAX_OUTPUT_BYTES) text = `[… output truncated to the last ${MAX_OUTPUT_BYTES} bytes]\n${text}`;
      if (timedOut) text += `\n[stopped: the node's budget of ${node.minutes} minute(s) ran out]`;
      resolve({
        node: node.id,
        stage: node.stage,
        kind: node.kind,
        status: code === 0 && !timedOut ? "done" : "failed",
        exitCode: code,
        timedOut,
        durationMs: Date.now() - started,
        output: redact(text, secrets),
      });
    });
  });
}

/**
 * Results of earlier jobs arrive as one directory per job under in-dir (downloaded
 * artifacts), each laid out as `recordResult` writes it: `nodes/<id>.json` and
 * `changes.patch`.
 */
export function jobResultDirs(inDir: string | undefined): string[] {
  if (!inDir || !existsSync(inDir)) return [];
  return readdirSync(inDir)
    .sort()
    .map((d) => path.join(inDir, d));
}

/**
 * Node results recorded in result directories, in directory then file order, for an
 * agent's context. Results that fail their schema are left out (publish reports them).
 */
export function readNodeResults(dirs: string[]): NodeResult[] {
  return dirs.flatMap((dir) => readJobDir(dir, path.basename(dir)).results);
}

/**
 * Apply the change sets of every job this one builds on (its ancestors' artifacts, all
 * downloaded into in-dir) in topological order, and commit them: HEAD is then the base
 * this job's own change set is measured from, so no change set holds another's. Results
 * that are not an ancestor's, fail their schema, or conflict stop the job with an
 * IncomingError, the workspace back at the checked-out commit.
 */
export async function applyIncoming(inDir: string | undefined, workspace: string, jobs: readonly WorkJob[], job: WorkJob): Promise<void> {
  const ancestors = ancestry(jobs).get(job.id) ?? new Set<string>();
  const before = jobs.filter((j) => ancestors.has(j.id));
  if (before.length === 0) return;
  const loaded = loadResults(inDir, new Map(before.map((j) => [j.id, j.nodes.map((n) => n.id)])), {
    fannedOut: new Set(jobs.filter((j) => j.fanOut).map((j) => j.id)),
    others: new Set(jobs.filter((j) => !ancestors.has(j.id)).map((j) => j.id)),
  });
  const problems = [...loaded.problems];
  for (const j of before) if (!loaded.jobs.some((l) => l.job === j.id)) problems.push(`no results arrived from job '${j.id}'`);
  if (problems.length > 0) throw new IncomingError(`the results of earlier jobs are not usable: ${problems.join("; ")}`);
  // In dependency order; a fan-out's tasks side by side.
  const sets = before.flatMap((j) => loaded.jobs.filter((l) => l.job === j.id).map((l) => changeSetOf(j, l)));
  const { conflicts } = await composeChangeSets(workspace, sets, jobs);
  if (conflicts.length > 0) {
    await git(["reset", "-q", "--hard", "HEAD"], { cwd: workspace });
    throw new IncomingError(conflicts.map((c) => c.message).join("; "));
  }
  if (sets.some((s) => s.patch)) await git(["commit", "-q", "--no-verify", "-m", "crustyclaw: the changes of earlier jobs"], { cwd: workspace, env: AUTHOR_ENV });
}

/** The results this job builds on cannot be used: the job's nodes do not run. */
export class IncomingError extends Error {
  override name = "IncomingError";
}

/**
 * Record a node's result and the job's own change set (the workspace against HEAD) in out-dir. `known`
 * are the secrets this job holds (the model key, the runtime and job tokens, the node's
 * secrets): publish cannot know them, so a change set holding one, in any common encoding,
 * is refused here and the node fails. The result itself is redacted before it is written.
 * Returns the result as recorded.
 */
export async function recordResult(outDir: string, workspace: string, result: NodeResult, known: readonly string[] = []): Promise<NodeResult> {
  mkdirSync(path.join(outDir, "nodes"), { recursive: true });
  await git(["add", "-A"], { cwd: workspace });
  let patch = await git(["diff", "--cached", "--binary", "HEAD"], { cwd: workspace });
  const leaks = known.length > 0 ? (await gateStagedChanges({ cwd: workspace, knownSecrets: known, limits: UNLIMITED })).problems.filter((p) => p.gate === "secret" && p.known) : [];
  if (leaks.length > 0) {
    patch = "";
    const why = `the change set holds a secret of this job, so it was dropped: ${leaks.map((p) => p.message).join("; ")}`;
    result = { ...result, status: "failed", output: `${result.output}\n${why}`, ...(result.kind === "agent" ? { escalation: why } : {}) };
  }
  writeFileSync(path.join(outDir, "nodes", `${result.node}.json`), `${JSON.stringify(redactDeep(result, known), null, 2)}\n`);
  writeFileSync(path.join(outDir, "changes.patch"), patch);
  // The job's change set as of its last node that finished: where a re-run of the job starts (resume).
  if (result.status === "done") writeFileSync(path.join(outDir, DONE_PATCH), patch);
  return result;
}

/** The job's change set as of its last finished node, beside `changes.patch` (which a failed node's partial work joins). */
export const DONE_PATCH = "done.patch";

/**
 * Continuity: where a re-run of a job starts (`attempt` above 1; in a first attempt the
 * out-dir holds only what this attempt's own steps wrote, so nothing is taken over, whatever
 * a command may have left there). Its out-dir then holds what an earlier attempt
 * recorded (downloaded from the job's artifact). For the job's first node, that attempt's
 * change set as of its last finished node is applied to the workspace (after the changes of
 * the jobs it builds on); a node that finished then is not run again, and its result stands.
 * The earlier attempt ran an agent: its results are checked as any job's (schema, own nodes),
 * and anything unusable is dropped, so the job starts over. Returns the node's earlier result,
 * or undefined when it must run.
 */
export async function resume(outDir: string, workspace: string, job: WorkJob, node: Node, attempt: number, log: (line: string) => void): Promise<NodeResult | undefined> {
  if (!(attempt > 1) || !existsSync(path.join(outDir, "nodes"))) return undefined;
  const own = job.nodes.map((n) => n.id);
  const earlier = readJobDir(outDir, `crustyclaw-${job.id}`, own);
  const done = earlier.results.filter((r) => r.status === "done");
  const startOver = (why: string) => {
    log(`the results of an earlier attempt of this job are not used (${why}); its nodes run again`);
    for (const f of readdirSync(outDir)) rmSync(path.join(outDir, f), { recursive: true, force: true });
    return undefined;
  };
  if (earlier.problems.length > 0) return startOver(earlier.problems.join("; "));
  if (job.nodes[0] === node && done.length > 0) {
    const patch = path.join(outDir, DONE_PATCH);
    const st = existsSync(patch) ? lstatSync(patch) : undefined;
    if (!st?.isFile() || st.size > MAX_PATCH_BYTES) return startOver(`${DONE_PATCH} is missing or not a regular file within ${MAX_PATCH_BYTES} bytes`);
    if (st.size > 0) {
      try {
        await git(["apply", "--binary", "--whitespace=nowarn", patch], { cwd: workspace });
      } catch (err) {
        if (!(err instanceof GitError)) throw err;
        await git(["checkout", "-q", "--", "."], { cwd: workspace });
        await git(["clean", "-qfd"], { cwd: workspace });
        return startOver(`its change set does not apply: ${err.message.slice(0, 300)}`);
      }
    }
  }
  const mine = done.find((r) => r.node === node.id && r.stage === node.stage && r.kind === node.kind);
  if (mine) log(`node '${node.id}' finished in an earlier attempt of this job: its result and changes stand, and it does not run again`);
  return mine;
}

const UNLIMITED = { maxChangedLines: Number.MAX_SAFE_INTEGER, maxFiles: Number.MAX_SAFE_INTEGER, maxBytes: Number.MAX_SAFE_INTEGER };
