import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  loadResults,
  readJobDir
} from "./chunk-L7MBRZIX.js";
import {
  UNSANDBOXED
} from "./chunk-AA3MZDPT.js";
import {
  gateStagedChanges
} from "./chunk-344JHAY3.js";
import {
  git,
  redact,
  redactDeep
} from "./chunk-CR3TS4Y4.js";

// src/stages/run-node.ts
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
var MAX_OUTPUT_BYTES = 64 * 1024;
var SCRUBBED = /^(GITHUB_TOKEN|GH_TOKEN|GITEA_TOKEN|FORGEJO_TOKEN|ACTIONS_ID_TOKEN_REQUEST_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL|INPUT_.*|CRUSTYCLAW_MODEL_API_KEY|.*_API_KEY)$/;
function scrubbedEnv(env, keep) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => keep.includes(k) || !SCRUBBED.test(k)));
}
function runCommand(node, workspace, env, { sandbox = UNSANDBOXED, timeoutMs = node.minutes * 6e4 } = {}) {
  const secrets = node.secrets.map((s) => env[s]).filter((v) => Boolean(v));
  const started = Date.now();
  return new Promise((resolve) => {
    const wrapped = sandbox.wrap(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", node.run], { env: scrubbedEnv(env, node.secrets), cwd: workspace });
    const child = spawn(wrapped.command, wrapped.args, {
      cwd: workspace,
      env: wrapped.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    let buf = Buffer.alloc(0);
    const keep = (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      if (buf.length > 2 * MAX_OUTPUT_BYTES) buf = buf.subarray(buf.length - MAX_OUTPUT_BYTES);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
      }
    }, timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      wrapped.reap();
      let text = buf.subarray(Math.max(0, buf.length - MAX_OUTPUT_BYTES)).toString("utf8");
      if (buf.length > MAX_OUTPUT_BYTES) text = `[\u2026 output truncated to the last ${MAX_OUTPUT_BYTES} bytes]
${text}`;
      if (timedOut) text += `
[stopped: the node's budget of ${node.minutes} minute(s) ran out]`;
      resolve({
        node: node.id,
        stage: node.stage,
        kind: node.kind,
        status: code === 0 && !timedOut ? "done" : "failed",
        exitCode: code,
        timedOut,
        durationMs: Date.now() - started,
        output: redact(text, secrets)
      });
    });
  });
}
function jobResultDirs(inDir) {
  if (!inDir || !existsSync(inDir)) return [];
  return readdirSync(inDir).sort().map((d) => path.join(inDir, d));
}
function readNodeResults(dirs) {
  return dirs.flatMap((dir) => readJobDir(dir, path.basename(dir)).results);
}
async function applyIncoming(inDir, workspace) {
  const { jobs, problems } = loadResults(inDir);
  if (problems.length > 0) throw new Error(`the results of earlier jobs are not usable: ${problems.join("; ")}`);
  for (const { patch } of jobs) if (patch) await git(["apply", "--index", "--binary", patch], { cwd: workspace });
}
async function recordResult(outDir, workspace, result, known = []) {
  mkdirSync(path.join(outDir, "nodes"), { recursive: true });
  await git(["add", "-A"], { cwd: workspace });
  let patch = await git(["diff", "--cached", "--binary", "HEAD"], { cwd: workspace });
  const leaks = known.length > 0 ? (await gateStagedChanges({ cwd: workspace, knownSecrets: known, limits: UNLIMITED })).problems.filter((p) => p.kind === "secret" && p.known) : [];
  if (leaks.length > 0) {
    patch = "";
    const why = `the change set holds a secret of this job, so it was dropped: ${leaks.map((p) => p.message).join("; ")}`;
    result = { ...result, status: "failed", output: `${result.output}
${why}`, ...result.kind === "agent" ? { escalation: why } : {} };
  }
  writeFileSync(path.join(outDir, "nodes", `${result.node}.json`), `${JSON.stringify(redactDeep(result, known), null, 2)}
`);
  writeFileSync(path.join(outDir, "changes.patch"), patch);
  return result;
}
var UNLIMITED = { maxChangedLines: Number.MAX_SAFE_INTEGER, maxFiles: Number.MAX_SAFE_INTEGER, maxBytes: Number.MAX_SAFE_INTEGER };

export {
  scrubbedEnv,
  runCommand,
  jobResultDirs,
  readNodeResults,
  applyIncoming,
  recordResult
};
