import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);

// src/policy/secrets.ts
var PATTERNS = [
  { name: "GitHub token", re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}\b/g },
  { name: "GitHub fine-grained token", re: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g },
  { name: "AWS access key", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { name: "private key", re: /-----BEGIN (?:[A-Z ]+ )?PRIVATE KEY-----[\s\S]*?-----END (?:[A-Z ]+ )?PRIVATE KEY-----/g },
  { name: "Slack token", re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
  { name: "OpenAI key", re: /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/g },
  { name: "Anthropic key", re: /\bsk-ant-[A-Za-z0-9_-]{32,}\b/g },
  { name: "Google API key", re: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { name: "npm token", re: /\bnpm_[A-Za-z0-9]{36}\b/g }
];
function findSecrets(text, known = []) {
  const out = [];
  const lineOf = (index) => text.slice(0, index).split("\n").length;
  for (const { name, re } of PATTERNS) {
    for (const m of text.matchAll(re)) out.push({ name, line: lineOf(m.index ?? 0) });
  }
  for (const value of known) {
    if (value.length < 6) continue;
    let i = text.indexOf(value);
    while (i >= 0) {
      out.push({ name: "a secret of this job", line: lineOf(i) });
      i = text.indexOf(value, i + value.length);
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
function redact(text, known = []) {
  let out = text;
  for (const value of [...known].filter((v) => v.length >= 6).sort((a, b) => b.length - a.length)) out = out.split(value).join("***");
  for (const { re } of PATTERNS) out = out.replace(re, "***");
  return out;
}

// src/git/git.ts
import { execFile } from "node:child_process";
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
function git(args, opts) {
  const env = {
    ...process.env,
    ...opts.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_ASKPASS: "",
    GCM_INTERACTIVE: "never"
  };
  const basic = opts.token ? basicAuth(opts.token) : void 0;
  if (opts.token) {
    env.GIT_CONFIG_COUNT = "1";
    env.GIT_CONFIG_KEY_0 = "http.extraHeader";
    env.GIT_CONFIG_VALUE_0 = `Authorization: Basic ${basic}`;
  }
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd: opts.cwd, env, timeout: opts.timeoutMs ?? 12e4, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        let secretFree = stderr;
        for (const secret of [opts.token, basic]) if (secret) secretFree = secretFree.split(secret).join("***");
        reject(new GitError(args, typeof err.code === "number" ? err.code : null, secretFree));
      } else resolve(stdout);
    });
  });
}
function basicAuth(token) {
  return Buffer.from(`x-access-token:${token}`).toString("base64");
}

export {
  findSecrets,
  redact,
  GitError,
  git,
  basicAuth
};
