import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Node } from "../blueprint/types.js";
import { git } from "../git/git.js";
import { redact } from "../policy/secrets.js";

/** Output kept per node: the tail, where failures are. */
export const MAX_OUTPUT_BYTES = 64 * 1024;

/** Variables a node's commands never see: forge tokens, OIDC, runtime tokens, model keys. */
const SCRUBBED = /^(GITHUB_TOKEN|GH_TOKEN|GITEA_TOKEN|FORGEJO_TOKEN|ACTIONS_ID_TOKEN_REQUEST_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL|INPUT_.*|CRUSTYCLAW_MODEL_API_KEY|.*_API_KEY)$/;

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
  /** Agent nodes: turns, tokens and estimated cost. */
  usage?: { turns: number; inputTokens: number; outputTokens: number; usd: number; priced: boolean };
}

export function scrubbedEnv(env: NodeJS.ProcessEnv, keep: string[]): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => keep.includes(k) || !SCRUBBED.test(k)));
}

/** Run a deterministic node's command with bash in the workspace, within its time budget. */
export function runCommand(node: Node, workspace: string, env: NodeJS.ProcessEnv, timeoutMs = node.minutes * 60_000): Promise<NodeResult> {
  const secrets = node.secrets.map((s) => env[s]).filter((v): v is string => Boolean(v));
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", node.run!], {
      cwd: workspace,
      env: scrubbedEnv(env, node.secrets),
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

/** Node results recorded in result directories, in directory then file order. */
export function readNodeResults(dirs: string[]): NodeResult[] {
  const out: NodeResult[] = [];
  for (const dir of dirs) {
    const nodes = path.join(dir, "nodes");
    if (!existsSync(nodes)) continue;
    for (const f of readdirSync(nodes).sort()) out.push(JSON.parse(readFileSync(path.join(nodes, f), "utf8")) as NodeResult);
  }
  return out;
}

/** The non-empty change sets in result directories. */
export function changeSets(dirs: string[]): string[] {
  return dirs.map((d) => path.join(d, "changes.patch")).filter((p) => existsSync(p) && readFileSync(p).length > 0);
}

/** Apply earlier jobs' change sets before this job's nodes run. */
export async function applyIncoming(inDir: string | undefined, workspace: string): Promise<void> {
  for (const patch of changeSets(jobResultDirs(inDir))) await git(["apply", "--index", "--binary", patch], { cwd: workspace });
}

/** Record a node's result and the workspace's cumulative change set in out-dir. */
export async function recordResult(outDir: string, workspace: string, result: NodeResult): Promise<void> {
  mkdirSync(path.join(outDir, "nodes"), { recursive: true });
  writeFileSync(path.join(outDir, "nodes", `${result.node}.json`), `${JSON.stringify(result, null, 2)}\n`);
  await git(["add", "-A"], { cwd: workspace });
  const patch = await git(["diff", "--cached", "--binary", "HEAD"], { cwd: workspace });
  writeFileSync(path.join(outDir, "changes.patch"), patch);
}
