import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  topoOrder
} from "./chunk-UNI2HRDF.js";
import {
  git
} from "./chunk-ERHXKVEK.js";
import {
  KNOWN_SECRET_NAME,
  KnownSecrets,
  locateSecrets,
  redact
} from "./chunk-IFMW6CY3.js";

// src/pipeline/fuse.ts
function fanOutPlan(node, segment) {
  if (segment.maxParallel <= 1 || node.kind !== "agent" || node.stage !== "execute") return void 0;
  return segment.nodes.find((n) => node.needs.includes(n.id) && n.kind === "agent" && n.stage === "plan");
}
function fusionKey(node) {
  return `${node.trust}|${[...node.secrets].sort().join(",")}`;
}
function fuseNodes(segment) {
  const inSegment = new Set(segment.nodes.map((n) => n.id));
  const ordered = topoOrder(segment.nodes);
  const jobOf = /* @__PURE__ */ new Map();
  const jobs = [];
  const dependents = (job) => segment.nodes.filter((n) => !job.nodes.includes(n) && n.needs.some((id) => job.nodes.some((m) => m.id === id)));
  for (const node of ordered) {
    const needs = node.needs.filter((id) => inSegment.has(id));
    const predecessorJobs = [...new Set(needs.map((id) => jobOf.get(id)))];
    const host = predecessorJobs.length === 1 ? predecessorJobs[0] : void 0;
    const plan = fanOutPlan(node, segment);
    if (host && !plan && !host.fanOut && fusionKey(host.nodes[0]) === fusionKey(node) && dependents(host).every((d) => d === node)) {
      host.nodes.push(node);
      jobOf.set(node.id, host);
      continue;
    }
    const job = {
      id: node.id,
      nodes: [node],
      trust: node.trust,
      secrets: [...node.secrets].sort(),
      needs: predecessorJobs.map((j) => j.id),
      ...plan ? { fanOut: { planJob: jobOf.get(plan.id).id, planNode: plan.id, maxParallel: segment.maxParallel } } : {}
    };
    jobs.push(job);
    jobOf.set(node.id, job);
  }
  return jobs;
}
function ancestry(jobs) {
  const out = /* @__PURE__ */ new Map();
  for (const job of jobs) {
    const all = /* @__PURE__ */ new Set();
    for (const id of job.needs) {
      all.add(id);
      for (const a of out.get(id) ?? []) all.add(a);
    }
    out.set(job.id, all);
  }
  return out;
}

// src/policy/gates.ts
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
var PROTECTED = {
  /** Directories at the repository root. */
  prefixes: [".github/", ".forgejo/", ".gitea/", ".crustyclaw/", ".cursor/", ".githooks/", ".husky/", ".vscode/"],
  /** File names, at any depth. */
  basenames: ["action.yml", "action.yaml", "AGENTS.md", "CLAUDE.md", ".mcp.json", ".gitmodules"],
  /** Path segments, at any depth; `.git` in every spelling a filesystem reads as `.git` (`isGitMetadataName`). */
  segments: [".git"]
};
var HFS_IGNORED = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;
function isGitMetadataName(segment) {
  const name = segment.replace(HFS_IGNORED, "").replace(/:[\s\S]*$/, "").replace(/[. ]+$/, "").toLowerCase();
  return name === ".git" || name === "git~1";
}
function isGitMetadataPath(file) {
  return file.split(/[\\/]/).some(isGitMetadataName);
}
function isProtectedPath(file) {
  const f = file.replace(/^\.\//, "");
  const parts = f.split("/");
  return PROTECTED.prefixes.some((p) => f.startsWith(p)) || PROTECTED.basenames.includes(parts[parts.length - 1]) || isGitMetadataPath(f);
}
function isAllowedPath(file, allow) {
  return allow.some((a) => a.endsWith("/**") ? file.startsWith(a.slice(0, -2)) : a.endsWith("/") ? file.startsWith(a) : file === a);
}
function protectedMessage(shown) {
  return `changes protected path ${shown} (allow it in the blueprint's allow-protected-paths if intended)`;
}
var DEFAULT_CHANGE_LIMITS = { maxChangedLines: 2e3, maxFiles: 100, maxBytes: 8 * 1024 * 1024 };
var MAX_SCANNED_BYTES = 16 * 1024 * 1024;
var NO_BLOB = /^0+$/;
var GITLINK = "160000";
var SYMLINK = "120000";
async function gateStagedChanges(opts) {
  const { cwd } = opts;
  const base = opts.base ?? "HEAD";
  const allow = opts.allowProtectedPaths ?? [];
  const limits = { ...DEFAULT_CHANGE_LIMITS, ...opts.limits };
  const known = KnownSecrets.from(opts.knownSecrets ?? []);
  const diff = (extra) => git(["-c", "core.quotePath=false", "diff", "--cached", "-z", "--no-renames", "--no-ext-diff", "--no-textconv", "--ignore-submodules=none", ...extra, base, "--"], { cwd });
  const entries = parseRaw(await diff(["--raw", "--no-abbrev"]));
  const files = [...new Set(entries.map((e) => e.path))];
  if (files.length === 0) return { files, problems: [], secret: false };
  const numstat = parseNumstat(await diff(["--numstat"]));
  const binaryToGit = (e) => numstat.has(e.path) && numstat.get(e.path) === void 0;
  const redacted = (p) => redact(p, known);
  const shown = (p) => shownPath(redacted(p));
  const protectedPaths = files.filter((f) => isProtectedPath(f) && !isAllowedPath(f, allow)).map((f) => ({ gate: "protected-path", blocking: true, path: redacted(f), message: protectedMessage(shown(f)) }));
  const links = [];
  const unscannable = [];
  const added = entries.filter((e) => e.status !== "D" && e.newMode !== GITLINK && !NO_BLOB.test(e.newId));
  const binary = /* @__PURE__ */ new Set();
  const newLines = /* @__PURE__ */ new Map();
  const found = [];
  let bytes = 0;
  await readBlobs(
    cwd,
    added.map((e) => e.newId),
    (i, size2, data) => {
      const e = added[i];
      bytes += size2;
      if (!data) {
        unscannable.push({ gate: "unscannable", blocking: true, path: redacted(e.path), message: `the diff adds ${shown(e.path)}, ${size2} bytes, too large to scan for secrets (the limit is ${MAX_SCANNED_BYTES}); it is not pushed` });
        return;
      }
      const isBinary = data.includes(0);
      const text = data.toString("utf8");
      if (isBinary) binary.add(e.path);
      else if (binaryToGit(e)) newLines.set(e.path, lineCounts(text));
      if (e.newMode === SYMLINK) {
        const problem = symlinkProblem(e.path, text, allow);
        if (problem) links.push({ gate: "symlink", blocking: true, path: redacted(e.path), message: problem.replace("{path}", shown(e.path)) });
      }
      for (const s of locateSecrets(text, known)) found.push({ path: e.path, where: "content", binary: isBinary, key: secretKey(text, s), at: s });
    }
  );
  for (const e of entries.filter((x) => x.status === "A")) {
    for (const s of locateSecrets(e.path, known)) found.push({ path: e.path, where: "name", binary: false, key: secretKey(e.path, s), at: s });
  }
  const removed = entries.filter((e) => e.status !== "A" && e.oldMode !== GITLINK && !NO_BLOB.test(e.oldId) && (found.length > 0 || binaryToGit(e)));
  const before = /* @__PURE__ */ new Map();
  const count = (text) => {
    for (const s of locateSecrets(text, known)) before.set(secretKey(text, s), (before.get(secretKey(text, s)) ?? 0) + 1);
  };
  const oldLines = /* @__PURE__ */ new Map();
  await readBlobs(
    cwd,
    removed.map((e) => e.oldId),
    (i, _, data) => {
      const e = removed[i];
      if (!data) return;
      const text = data.toString("utf8");
      if (binaryToGit(e) && !data.includes(0)) oldLines.set(e.path, lineCounts(text));
      if (found.length > 0) count(text);
    }
  );
  if (found.length > 0) for (const e of entries.filter((x) => x.status === "D")) count(e.path);
  const secrets = [];
  const reported = /* @__PURE__ */ new Set();
  for (const f of found) {
    const left = before.get(f.key) ?? 0;
    if (left > 0) {
      before.set(f.key, left - 1);
      continue;
    }
    const where = `${f.path}\0${f.where}\0${f.binary ? 0 : f.at.line}\0${f.at.known ? "" : f.at.name}`;
    if (reported.has(where)) continue;
    reported.add(where);
    secrets.push({ gate: "secret", blocking: true, path: redacted(f.path), message: secretMessage(f, shown(f.path)), known: f.at.known });
  }
  let lines = 0;
  for (const [file, n] of numstat) {
    if (n !== void 0) lines += n;
    else if (!binary.has(file)) lines += changedLines(oldLines.get(file), newLines.get(file));
  }
  const size = [];
  if (lines > limits.maxChangedLines) size.push({ gate: "size", blocking: true, message: `the patch changes ${lines} lines; the limit is ${limits.maxChangedLines}` });
  if (files.length > limits.maxFiles) size.push({ gate: "size", blocking: true, message: `the patch touches ${files.length} files; the limit is ${limits.maxFiles}` });
  if (bytes > limits.maxBytes) size.push({ gate: "size", blocking: true, message: `the patch writes ${bytes} bytes of file content; the limit is ${limits.maxBytes}` });
  const problems = [...protectedPaths, ...links, ...secrets, ...unscannable, ...size];
  return { files, problems, secret: problems.some((p) => p.gate === "secret" || p.gate === "unscannable") };
}
function lineCounts(text) {
  const counts = /* @__PURE__ */ new Map();
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  return counts;
}
function changedLines(before = /* @__PURE__ */ new Map(), after = /* @__PURE__ */ new Map()) {
  let n = 0;
  for (const [line, k] of after) n += Math.max(0, k - (before.get(line) ?? 0));
  for (const [line, k] of before) n += Math.max(0, k - (after.get(line) ?? 0));
  return n;
}
function secretKey(text, s) {
  return `${s.name}\0${s.ranges.map(([a, b]) => text.slice(a, b)).join("\0")}`;
}
function secretMessage(f, shown) {
  const what = f.at.known ? KNOWN_SECRET_NAME : `what looks like a ${f.at.name}`;
  const how = f.at.encoding ? ` (${f.at.encoding})` : "";
  if (f.where === "name") return `the diff adds a file whose name contains ${what}${how}: ${shown}`;
  return `the diff adds ${what}${how} in ${shown}${f.binary ? "" : `, line ${f.at.line}`}`;
}
function symlinkProblem(link, target, allow) {
  if (target.includes("\0") || path.posix.isAbsolute(target) || /^[A-Za-z]:[\\/]/.test(target)) return "the diff adds a symbolic link {path} that points outside the repository";
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(link), target));
  if (resolved === ".." || resolved.startsWith("../")) return "the diff adds a symbolic link {path} that points outside the repository";
  if (isProtectedPath(resolved) && !isAllowedPath(resolved, allow)) return `the diff adds a symbolic link {path} that points at protected path ${shownPath(resolved)}`;
  return void 0;
}
function shownPath(file) {
  return file.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
}
function parseRaw(out) {
  const fields = out.split("\0");
  const entries = [];
  for (let i = 0; i < fields.length; ) {
    const meta = fields[i++];
    if (meta === "") continue;
    const [oldMode, newMode, oldId, newId, status] = meta.slice(1).split(" ");
    const first = fields[i++];
    if (/^[RC]/.test(status)) {
      const second = fields[i++];
      entries.push({ status: "D", path: first, oldMode, newMode: "000000", oldId, newId: "0" });
      entries.push({ status: "A", path: second, oldMode: "000000", newMode, oldId: "0", newId });
    } else entries.push({ status: status[0], path: first, oldMode, newMode, oldId, newId });
  }
  return entries;
}
function parseNumstat(out) {
  const stats = /* @__PURE__ */ new Map();
  for (const record of out.split("\0")) {
    const m = /^(-|\d+)\t(-|\d+)\t([\s\S]*)$/.exec(record);
    if (!m) continue;
    stats.set(m[3], m[1] === "-" ? void 0 : Number(m[1]) + Number(m[2]));
  }
  return stats;
}
var CAT_FILE_ENV = {
  PATH: process.env.PATH ?? "/usr/bin:/bin",
  HOME: tmpdir(),
  LC_ALL: "C",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_NO_REPLACE_OBJECTS: "1",
  GIT_TERMINAL_PROMPT: "0",
  GIT_CONFIG_COUNT: "1",
  GIT_CONFIG_KEY_0: "safe.directory",
  GIT_CONFIG_VALUE_0: "*"
};
function readBlobs(cwd, ids, onBlob) {
  if (ids.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd, env: CAT_FILE_ENV, stdio: ["pipe", "pipe", "pipe"] });
    let failure;
    const fail = (err) => {
      failure ??= err;
      child.kill();
    };
    let stderr = "";
    let pending = Buffer.alloc(0);
    let index = 0;
    let current;
    child.stdout.on("data", (chunk) => {
      if (failure) return;
      const buf = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      pending = Buffer.alloc(0);
      let at = 0;
      while (at < buf.length) {
        if (!current) {
          const nl = buf.indexOf(10, at);
          if (nl < 0) {
            pending = Buffer.from(buf.subarray(at));
            return;
          }
          const header = buf.toString("utf8", at, nl);
          at = nl + 1;
          const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(header);
          if (!m || m[2] !== "blob") return fail(new Error(`git cat-file: expected a blob for ${ids[index] ?? "?"}, got '${header}'`));
          const size2 = Number(m[3]);
          current = { size: size2, parts: size2 > MAX_SCANNED_BYTES ? void 0 : [], got: 0 };
        }
        const take = Math.min(current.size + 1 - current.got, buf.length - at);
        current.parts?.push(buf.subarray(at, at + take));
        current.got += take;
        at += take;
        if (current.got < current.size + 1) return;
        const data = current.parts ? Buffer.concat(current.parts).subarray(0, current.size) : void 0;
        const size = current.size;
        current = void 0;
        try {
          onBlob(index++, size, data);
        } catch (err) {
          return fail(err);
        }
      }
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", fail);
    child.on("close", (code) => {
      if (failure) reject(failure);
      else if (code !== 0 || index !== ids.length) reject(new Error(`git cat-file --batch read ${index} of ${ids.length} blobs (exit ${code}): ${stderr.trim()}`));
      else resolve();
    });
    child.stdin.on("error", fail);
    child.stdin.end(`${ids.join("\n")}
`);
  });
}

export {
  fuseNodes,
  ancestry,
  isGitMetadataPath,
  isProtectedPath,
  isAllowedPath,
  gateStagedChanges
};
