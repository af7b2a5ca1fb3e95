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

// src/policy/secrets.ts
var MIN_SECRET_LENGTH = 8;
var MIN_SPLIT_LENGTH = 16;
var PATTERNS = [
  { name: "GitHub token", re: /(?<![A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{36,255}/g },
  { name: "GitHub fine-grained token", re: /(?<![A-Za-z0-9])github_pat_[A-Za-z0-9_]{22,255}/g },
  { name: "AWS access key", re: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}/g },
  // The header followed by key material; up to the footer, or, when a hostile text leaves
  // the footer out, to the end of the string literal (a key has no quotes; stopping there
  // keeps redacted JSON well-formed) or of the text. Linear: the lazy body stops at the first.
  {
    name: "private key",
    re: /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----[^"'`]{0,200}?[A-Za-z0-9+/]{40}[^"'`]*?(?:-----END \1PRIVATE KEY(?: BLOCK)?-----|(?=["'`])|$)/g
  },
  { name: "Slack token", re: /(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}/g },
  { name: "OpenAI key", re: /(?<![A-Za-z0-9])sk-(?:proj-)?[A-Za-z0-9_-]{32,}/g },
  { name: "Anthropic key", re: /(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_-]{32,}/g },
  { name: "Google API key", re: /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{35}/g },
  { name: "npm token", re: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36}/g }
];
var KNOWN_SECRET_NAME = "a secret of this job";
var KnownSecrets = class _KnownSecrets {
  /** The values, deduplicated, at least `MIN_SECRET_LENGTH` long, longest first. */
  values;
  /** Every form of every value, for the as-is and joined views; longest first. */
  forms;
  /** The forms squashed to letters and digits, at least `MIN_SPLIT_LENGTH` long. */
  splitForms;
  constructor(values) {
    const kept = /* @__PURE__ */ new Set();
    for (const v of values) if (typeof v === "string" && v.length >= MIN_SECRET_LENGTH) kept.add(v);
    this.values = [...kept].sort((a, b) => b.length - a.length);
    const forms = /* @__PURE__ */ new Map();
    const split = /* @__PURE__ */ new Map();
    for (const value of this.values) {
      for (const form of encodedForms(value)) {
        if (form.text.length >= MIN_SECRET_LENGTH && !forms.has(form.text)) forms.set(form.text, form);
        const squashed = form.text.replace(/[^A-Za-z0-9]+/g, "");
        if (squashed.length >= MIN_SPLIT_LENGTH && !split.has(squashed)) split.set(squashed, form.encoding ? { text: squashed, encoding: form.encoding } : { text: squashed });
      }
    }
    this.forms = [...forms.values()].sort((a, b) => b.text.length - a.text.length);
    this.splitForms = [...split.values()].sort((a, b) => b.text.length - a.text.length);
  }
  get size() {
    return this.values.length;
  }
  static cache = /* @__PURE__ */ new Map();
  /** A `KnownSecrets` for a list of values; lists seen recently are not encoded again. */
  static from(known) {
    if (known instanceof _KnownSecrets) return known;
    const key = JSON.stringify(known.filter((v) => typeof v === "string"));
    const hit = _KnownSecrets.cache.get(key);
    if (hit) return hit;
    const made = new _KnownSecrets(known);
    if (_KnownSecrets.cache.size >= 32) _KnownSecrets.cache.delete(_KnownSecrets.cache.keys().next().value);
    _KnownSecrets.cache.set(key, made);
    return made;
  }
};
function encodedForms(value) {
  const bytes = Buffer.from(value, "utf8");
  const hex = bytes.toString("hex");
  const pairs = hex.match(/../g) ?? [];
  const units = Array.from({ length: value.length }, (_, i) => value.charCodeAt(i).toString(16).padStart(4, "0"));
  const json = JSON.stringify(value).slice(1, -1);
  const uri = encodeURIComponent(value);
  const forms = [
    { text: value },
    { text: [...value].reverse().join(""), encoding: "reversed" },
    { text: hex, encoding: "hex" },
    { text: hex.toUpperCase(), encoding: "hex" },
    { text: pairs.map((p) => `\\x${p}`).join(""), encoding: "hex escapes" },
    { text: pairs.map((p) => `\\x${p.toUpperCase()}`).join(""), encoding: "hex escapes" },
    { text: pairs.map((p) => `%${p}`).join(""), encoding: "percent-encoded" },
    { text: pairs.map((p) => `%${p.toUpperCase()}`).join(""), encoding: "percent-encoded" },
    { text: units.map((u) => `\\u${u}`).join(""), encoding: "\\u escapes" },
    { text: units.map((u) => `\\u${u.toUpperCase()}`).join(""), encoding: "\\u escapes" }
  ];
  if (json !== value) forms.push({ text: json, encoding: "JSON escapes" });
  if (uri !== value) forms.push({ text: uri, encoding: "percent-encoded" });
  for (let k = 0; k < 3; k++) {
    const b64 = Buffer.concat([Buffer.alloc(k), bytes]).toString("base64").replace(/=+$/, "");
    const text = b64.slice(Math.ceil(8 * k / 6), Math.floor(8 * (k + bytes.length) / 6));
    forms.push({ text, encoding: "base64" }, { text: text.replace(/\+/g, "-").replace(/\//g, "_"), encoding: "base64url" });
  }
  return forms;
}
var View = class _View {
  constructor(text, viewStarts, origStarts) {
    this.text = text;
    this.viewStarts = viewStarts;
    this.origStarts = origStarts;
  }
  text;
  viewStarts;
  origStarts;
  static whole(text) {
    return new _View(text, [0], [0]);
  }
  /** The original without what `removed` (a global regex) matches. */
  static removing(text, removed) {
    const viewStarts = [];
    const origStarts = [];
    const parts = [];
    let at = 0;
    let length = 0;
    const keep = (from, to) => {
      if (to <= from) return;
      viewStarts.push(length);
      origStarts.push(from);
      parts.push(text.slice(from, to));
      length += to - from;
    };
    for (const m of text.matchAll(removed)) {
      keep(at, m.index);
      at = m.index + m[0].length;
    }
    keep(at, text.length);
    return new _View(parts.join(""), viewStarts, origStarts);
  }
  /** Only the ASCII letters and digits of the original (a loop into bytes: many times faster than a regex or slices). */
  static alphanumeric(text) {
    const viewStarts = [];
    const origStarts = [];
    const kept = Buffer.allocUnsafe(text.length);
    let length = 0;
    let inRun = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122) {
        if (!inRun) {
          viewStarts.push(length);
          origStarts.push(i);
          inRun = true;
        }
        kept[length++] = c;
      } else inRun = false;
    }
    return new _View(kept.toString("latin1", 0, length), viewStarts.length ? viewStarts : [0], origStarts.length ? origStarts : [0]);
  }
  /** The original ranges that view range [from, to) was made of. */
  ranges(from, to) {
    let lo = 0;
    let hi = this.viewStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.viewStarts[mid] <= from) lo = mid;
      else hi = mid - 1;
    }
    const out = [];
    for (let k = lo; k < this.viewStarts.length && this.viewStarts[k] < to; k++) {
      const vs = this.viewStarts[k];
      const ve = this.viewStarts[k + 1] ?? this.text.length;
      const os = this.origStarts[k];
      out.push([os + Math.max(from, vs) - vs, os + Math.min(to, ve) - vs]);
    }
    return out;
  }
};
var JOINS = /["'`]\s*(?:(?:\+|\.\.?|\|\||&|~|,)\s*)?(?:\\\r?\n\s*)*["'`]|(?<![ \t])[ \t]*\\?\r?\n[ \t]*|\0/g;
function locateSecrets(text, known = []) {
  const secrets = KnownSecrets.from(known);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const add = (view, from, to, name, isKnown, encoding, split) => {
    const ranges = view.ranges(from, to);
    const start = ranges[0][0];
    const end = ranges[ranges.length - 1][1];
    const key = `${name}\0${start}`;
    if (seen.has(key)) return;
    seen.add(key);
    const how = split && ranges.length > 1 ? encoding ? `${encoding}, split` : "split" : encoding;
    out.push({ name, known: isKnown, ...how ? { encoding: how } : {}, start, end, ranges });
  };
  const search = (view, forms, split) => {
    for (const form of forms) {
      for (let i = view.text.indexOf(form.text); i >= 0; i = view.text.indexOf(form.text, i + form.text.length)) {
        add(view, i, i + form.text.length, KNOWN_SECRET_NAME, true, form.encoding, split);
      }
    }
  };
  const views = [View.whole(text), View.removing(text, JOINS)];
  for (const [i, view] of views.entries()) {
    if (i > 0 && view.text.length === text.length) break;
    search(view, secrets.forms, i > 0);
    for (const { name, re } of PATTERNS) {
      for (const m of view.text.matchAll(re)) if (m[0].length > 0) add(view, m.index, m.index + m[0].length, name, false, void 0, i > 0);
    }
  }
  if (secrets.splitForms.length > 0) search(View.alphanumeric(text), secrets.splitForms, true);
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  let line = 1;
  let at = 0;
  return out.map((f) => {
    for (let nl = text.indexOf("\n", at); nl >= 0 && nl < f.start; nl = text.indexOf("\n", nl + 1)) {
      line++;
      at = nl + 1;
    }
    return { ...f, line };
  });
}
function redact(text, known = []) {
  const found = locateSecrets(text, known);
  if (found.length === 0) return text;
  const ranges = found.flatMap((f) => f.ranges).map(([s, e]) => widenToEscapes(text, s, e));
  ranges.sort((a, b) => a[0] - b[0]);
  const parts = [];
  let at = 0;
  for (let k = 0; k < ranges.length; ) {
    let [start, end] = ranges[k];
    for (k++; k < ranges.length && ranges[k][0] <= end; k++) end = Math.max(end, ranges[k][1]);
    parts.push(text.slice(at, start), "***");
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}
function redactDeep(value, known = []) {
  const secrets = KnownSecrets.from(known);
  const open = /* @__PURE__ */ new WeakSet();
  const walk = (v) => {
    if (typeof v === "string") return redact(v, secrets);
    if (v === null || typeof v !== "object") return v;
    if (typeof v.toJSON === "function") return walk(v.toJSON());
    if (open.has(v)) throw new TypeError("redactDeep: the value contains a cycle");
    open.add(v);
    let out;
    if (Array.isArray(v)) out = v.map(walk);
    else {
      const obj = {};
      for (const [key, val] of Object.entries(v)) Object.defineProperty(obj, redact(key, secrets), { value: walk(val), enumerable: true, writable: true, configurable: true });
      out = obj;
    }
    open.delete(v);
    return out;
  };
  return walk(value);
}
function widenToEscapes(text, start, end) {
  const a = escapeAround(text, start);
  const b = escapeAround(text, end - 1);
  return [a ? Math.min(start, a[0]) : start, b ? Math.max(end, b[1]) : end];
}
function escapeAround(text, i) {
  for (let j = i; j >= Math.max(0, i - 5); j--) {
    if (text[j] !== "\\") continue;
    let run = 0;
    while (j - run - 1 >= 0 && text[j - run - 1] === "\\") run++;
    if (run % 2 === 1) continue;
    const next = text[j + 1];
    const length = next === "u" ? 6 : next === "x" ? 4 : 2;
    return j + length > i ? [j, Math.min(text.length, j + length)] : void 0;
  }
  return void 0;
}

export {
  GitError,
  git,
  basicAuth,
  AUTHOR_ENV,
  KNOWN_SECRET_NAME,
  KnownSecrets,
  locateSecrets,
  redact,
  redactDeep
};
