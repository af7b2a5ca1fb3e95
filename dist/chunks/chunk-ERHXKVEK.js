import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);

// src/git/git.ts
import { execFile } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
var GitError = class extends Error {
  constructor(args, code, stderr) {
    super(`git ${args[0] ?? ""} failed (exit ${code}): ${stderr.trim().split("\n").slice(-3).join(" / ")}`);
    this.args = args;
    this.code = code;
    this.stderr = stderr;
    this.name = "GitError";
  }
  args;
  code;
  stderr;
};
var NEUTRAL = [
  ["core.fsmonitor", "false"],
  ["core.hooksPath", "/dev/null"],
  ["core.pager", "cat"],
  ["core.editor", ":"],
  ["core.askPass", ""],
  ["credential.helper", ""],
  ["commit.gpgSign", "false"],
  ["tag.gpgSign", "false"],
  ["protocol.ext.allow", "never"],
  // The checkout may belong to another uid (the sandbox's, or the runner's under sudo).
  ["safe.directory", "*"]
];
var DRIVER_KEY = /^(filter|diff|merge)\.(.+)\.(clean|smudge|process|required|textconv|command|driver)$/;
var DIFFING = /* @__PURE__ */ new Set(["diff", "log", "show", "format-patch"]);
async function git(args, opts) {
  const base = baseEnv(opts.env);
  const config = [...NEUTRAL, ...await driverOverrides(opts.cwd, base)];
  const basic = opts.token ? basicAuth(opts.token) : void 0;
  if (basic) config.push(["http.extraHeader", `Authorization: Basic ${basic}`]);
  const env = { ...base, ...configEnv(config) };
  const argv = DIFFING.has(args[0]) ? [args[0], "--no-ext-diff", "--no-textconv", ...args.slice(1)] : args;
  return new Promise((resolve, reject) => {
    execFile("git", argv, { cwd: opts.cwd, env, timeout: opts.timeoutMs ?? 12e4, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        let secretFree = stderr;
        for (const secret of [opts.token, basic]) if (secret) secretFree = secretFree.split(secret).join("***");
        reject(new GitError(args, typeof err.code === "number" ? err.code : null, secretFree));
      } else resolve(stdout);
    });
  });
}
function baseEnv(extra) {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: tmpdir(),
    LC_ALL: "C",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_ATTR_NOSYSTEM: "1",
    GIT_NO_REPLACE_OBJECTS: "1",
    GIT_TERMINAL_PROMPT: "0",
    GIT_ASKPASS: "",
    SSH_ASKPASS: "",
    GCM_INTERACTIVE: "never",
    ...extra
  };
}
function configEnv(pairs) {
  const env = { GIT_CONFIG_COUNT: String(pairs.length) };
  pairs.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = k;
    env[`GIT_CONFIG_VALUE_${i}`] = v;
  });
  return env;
}
function driverOverrides(cwd, env) {
  if (!mayDefineDrivers(cwd)) return Promise.resolve([]);
  return new Promise((resolve) => {
    execFile("git", ["config", "--list", "-z"], { cwd, env, timeout: 3e4, maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
      if (err) return resolve([]);
      const out = [];
      for (const entry of stdout.split("\0")) {
        const m = DRIVER_KEY.exec(entry.split("\n", 1)[0]);
        if (!m) continue;
        const [, kind, name] = m;
        const keys = kind === "filter" ? ["clean", "smudge", "process"] : kind === "diff" ? ["textconv", "command"] : ["driver"];
        for (const k of keys) out.push([`${kind}.${name}.${k}`, ""]);
        if (kind === "filter") out.push([`filter.${name}.required`, "false"]);
      }
      resolve(out);
    });
  });
}
var DRIVER_SECTION = /^\s*\[\s*(filter|diff|merge|include|includeif)\b/im;
function mayDefineDrivers(cwd) {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, ".git");
    let st;
    try {
      st = statSync(dotGit);
    } catch {
      if (path.dirname(dir) === dir) return false;
      continue;
    }
    if (!st.isDirectory()) return true;
    return ["config", "config.worktree"].some((f) => {
      try {
        return DRIVER_SECTION.test(readFileSync(path.join(dotGit, f), "utf8"));
      } catch {
        return false;
      }
    });
  }
}
function basicAuth(token) {
  return Buffer.from(`x-access-token:${token}`).toString("base64");
}
var AUTHOR_ENV = {
  GIT_AUTHOR_NAME: "crustyclaw",
  GIT_AUTHOR_EMAIL: "crustyclaw@users.noreply.localhost",
  GIT_COMMITTER_NAME: "crustyclaw",
  GIT_COMMITTER_EMAIL: "crustyclaw@users.noreply.localhost"
};

export {
  GitError,
  git,
  basicAuth,
  AUTHOR_ENV
};
