import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  redact
} from "./chunk-5VMCJCJB.js";
import {
  git
} from "./chunk-QEMWQKBK.js";

// src/stages/run-node.ts
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
var MAX_OUTPUT_BYTES = 64 * 1024;
var SCRUBBED = /^(GITHUB_TOKEN|GH_TOKEN|GITEA_TOKEN|FORGEJO_TOKEN|ACTIONS_ID_TOKEN_REQUEST_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL|INPUT_.*|CRUSTYCLAW_MODEL_API_KEY|.*_API_KEY)$/;
function scrubbedEnv(env, keep) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => keep.includes(k) || !SCRUBBED.test(k)));
}
function runCommand(node, workspace, env, timeoutMs = node.minutes * 6e4) {
  const secrets = node.secrets.map((s) => env[s]).filter((v) => Boolean(v));
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", node.run], {
      cwd: workspace,
      env: scrubbedEnv(env, node.secrets),
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
  const out = [];
  for (const dir of dirs) {
    const nodes = path.join(dir, "nodes");
    if (!existsSync(nodes)) continue;
    for (const f of readdirSync(nodes).sort()) out.push(JSON.parse(readFileSync(path.join(nodes, f), "utf8")));
  }
  return out;
}
function changeSets(dirs) {
  return dirs.map((d) => path.join(d, "changes.patch")).filter((p) => existsSync(p) && readFileSync(p).length > 0);
}
async function applyIncoming(inDir, workspace) {
  for (const patch of changeSets(jobResultDirs(inDir))) await git(["apply", "--index", "--binary", patch], { cwd: workspace });
}
async function recordResult(outDir, workspace, result) {
  mkdirSync(path.join(outDir, "nodes"), { recursive: true });
  writeFileSync(path.join(outDir, "nodes", `${result.node}.json`), `${JSON.stringify(result, null, 2)}
`);
  await git(["add", "-A"], { cwd: workspace });
  const patch = await git(["diff", "--cached", "--binary", "HEAD"], { cwd: workspace });
  writeFileSync(path.join(outDir, "changes.patch"), patch);
}

export {
  scrubbedEnv,
  runCommand,
  jobResultDirs,
  readNodeResults,
  changeSets,
  applyIncoming,
  recordResult
};
