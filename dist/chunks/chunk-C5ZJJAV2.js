import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  changeSetOf,
  composeChangeSets
} from "./chunk-6UHCUDA3.js";
import {
  ancestry,
  gateStagedChanges
} from "./chunk-JBRZ5G6P.js";
import {
  UNSANDBOXED,
  scrubbedEnv
} from "./chunk-IMVBBNRL.js";
import {
  MAX_PATCH_BYTES,
  loadResults,
  readJobDir
} from "./chunk-UNI2HRDF.js";
import {
  AUTHOR_ENV,
  GitError,
  git
} from "./chunk-ERHXKVEK.js";
import {
  redact,
  redactDeep
} from "./chunk-IFMW6CY3.js";

// src/stages/run-node.ts
import { spawn } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
var MAX_OUTPUT_BYTES = 64 * 1024;
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
async function applyIncoming(inDir, workspace, jobs, job) {
  const ancestors = ancestry(jobs).get(job.id) ?? /* @__PURE__ */ new Set();
  const before = jobs.filter((j) => ancestors.has(j.id));
  if (before.length === 0) return;
  const loaded = loadResults(inDir, new Map(before.map((j) => [j.id, j.nodes.map((n) => n.id)])), {
    fannedOut: new Set(jobs.filter((j) => j.fanOut).map((j) => j.id)),
    others: new Set(jobs.filter((j) => !ancestors.has(j.id)).map((j) => j.id))
  });
  const problems = [...loaded.problems];
  for (const j of before) if (!loaded.jobs.some((l) => l.job === j.id)) problems.push(`no results arrived from job '${j.id}'`);
  if (problems.length > 0) throw new IncomingError(`the results of earlier jobs are not usable: ${problems.join("; ")}`);
  const sets = before.flatMap((j) => loaded.jobs.filter((l) => l.job === j.id).map((l) => changeSetOf(j, l)));
  const { conflicts } = await composeChangeSets(workspace, sets, jobs);
  if (conflicts.length > 0) {
    await git(["reset", "-q", "--hard", "HEAD"], { cwd: workspace });
    throw new IncomingError(conflicts.map((c) => c.message).join("; "));
  }
  if (sets.some((s) => s.patch)) await git(["commit", "-q", "--no-verify", "-m", "crustyclaw: the changes of earlier jobs"], { cwd: workspace, env: AUTHOR_ENV });
}
var IncomingError = class extends Error {
  name = "IncomingError";
};
async function recordResult(outDir, workspace, result, known = []) {
  mkdirSync(path.join(outDir, "nodes"), { recursive: true });
  await git(["add", "-A"], { cwd: workspace });
  let patch = await git(["diff", "--cached", "--binary", "HEAD"], { cwd: workspace });
  const leaks = known.length > 0 ? (await gateStagedChanges({ cwd: workspace, knownSecrets: known, limits: UNLIMITED })).problems.filter((p) => p.gate === "secret" && p.known) : [];
  if (leaks.length > 0) {
    patch = "";
    const why = `the change set holds a secret of this job, so it was dropped: ${leaks.map((p) => p.message).join("; ")}`;
    result = { ...result, status: "failed", output: `${result.output}
${why}`, ...result.kind === "agent" ? { escalation: why } : {} };
  }
  writeFileSync(path.join(outDir, "nodes", `${result.node}.json`), `${JSON.stringify(redactDeep(result, known), null, 2)}
`);
  writeFileSync(path.join(outDir, "changes.patch"), patch);
  if (result.status === "done") writeFileSync(path.join(outDir, DONE_PATCH), patch);
  return result;
}
var DONE_PATCH = "done.patch";
async function resume(outDir, workspace, job, node, attempt, log) {
  if (!(attempt > 1) || !existsSync(path.join(outDir, "nodes"))) return void 0;
  const own = job.nodes.map((n) => n.id);
  const earlier = readJobDir(outDir, `crustyclaw-${job.id}`, own);
  const done = earlier.results.filter((r) => r.status === "done");
  const startOver = (why) => {
    log(`the results of an earlier attempt of this job are not used (${why}); its nodes run again`);
    for (const f of readdirSync(outDir)) rmSync(path.join(outDir, f), { recursive: true, force: true });
    return void 0;
  };
  if (earlier.problems.length > 0) return startOver(earlier.problems.join("; "));
  if (job.nodes[0] === node && done.length > 0) {
    const patch = path.join(outDir, DONE_PATCH);
    const st = existsSync(patch) ? lstatSync(patch) : void 0;
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
var UNLIMITED = { maxChangedLines: Number.MAX_SAFE_INTEGER, maxFiles: Number.MAX_SAFE_INTEGER, maxBytes: Number.MAX_SAFE_INTEGER };

export {
  runCommand,
  jobResultDirs,
  readNodeResults,
  applyIncoming,
  IncomingError,
  recordResult,
  resume
};
