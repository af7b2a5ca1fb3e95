import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  isAllowedPath,
  isProtectedPath
} from "./chunk-3VYYJNA5.js";
import {
  ToolInputError,
  defineTool,
  ok,
  optionalStringArg,
  resolveContext
} from "./chunk-GAJWROHQ.js";
import {
  git
} from "./chunk-QEMWQKBK.js";

// src/agent/tools/list-files.ts
import { realpathSync as realpathSync2 } from "node:fs";
import { lstat, readdir, readFile } from "node:fs/promises";
import path2 from "node:path";

// src/agent/tools/confine.ts
import { lstatSync, realpathSync } from "node:fs";
import path from "node:path";
var RELATIVE_HINT = "give a path relative to the workspace root, such as src/index.ts";
function confine(root, input, access, allowProtectedPaths = []) {
  if (input.trim() === "") throw new ToolInputError(`the path is empty; ${RELATIVE_HINT}`);
  if (input.includes("\0")) throw new ToolInputError("the path contains a NUL byte");
  if (path.isAbsolute(input) || /^[A-Za-z]:[\\/]/.test(input)) throw new ToolInputError(`${input} is an absolute path; tools only reach the workspace, so ${RELATIVE_HINT}`);
  if (input === "~" || input.startsWith("~/")) throw new ToolInputError(`${input} names a home directory; tools only reach the workspace, so ${RELATIVE_HINT}`);
  const norm = path.posix.normalize(input).replace(/\/+$/, "");
  if (norm === ".." || norm.startsWith("../")) throw new ToolInputError(`${input} leads outside the workspace; ${RELATIVE_HINT}`);
  const rel = norm === "." || norm === "" ? "" : norm;
  const abs = rel === "" ? root : path.join(root, rel);
  const resolved = resolveExisting(abs, input);
  const real = path.relative(root, resolved);
  if (real === ".." || real.startsWith(`..${path.sep}`) || path.isAbsolute(real)) {
    throw new ToolInputError(`${input} is a symbolic link (or goes through one) that points outside the workspace; only files inside the workspace can be used`);
  }
  const realRel = real.split(path.sep).join("/");
  for (const p of [rel, realRel]) {
    if (p.split("/").includes(".git")) {
      throw new ToolInputError(`${input} is inside git's metadata (.git), which tools may not read or change; work with the files of the checkout instead`);
    }
  }
  if (access === "write") {
    if (rel === "" || realRel === "") throw new ToolInputError("the workspace root is a directory, not a file; name a file inside it");
    for (const p of /* @__PURE__ */ new Set([rel, realRel])) {
      if (isProtectedPath(p) && !isAllowedPath(p, allowProtectedPaths)) {
        const via = p === rel ? "" : ` (it resolves to ${p})`;
        throw new ToolInputError(
          `${input} is a protected path${via}: workflows, forge and CrustyClaw config, action metadata, agent instruction files, MCP configs and git hooks may not be changed unless the blueprint lists them in allow-protected-paths; leave it unchanged and mention the needed change in your summary`
        );
      }
    }
  }
  return { rel, abs, real: realRel };
}
function resolveExisting(abs, input) {
  const tail = [];
  let current = abs;
  for (; ; ) {
    try {
      lstatSync(current);
    } catch (e) {
      const code = e.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw e;
      const parent = path.dirname(current);
      if (parent === current) throw e;
      tail.unshift(path.basename(current));
      current = parent;
      continue;
    }
    try {
      return path.join(realpathSync.native(current), ...tail);
    } catch (e) {
      const code = e.code;
      if (code === "ENOENT" || code === "ELOOP") throw new ToolInputError(`${input} goes through a symbolic link whose target does not exist (or that loops); use the link's target path instead`);
      throw e;
    }
  }
}

// src/agent/tools/list-files.ts
var MAX_LIST_ENTRIES = 500;
var MAX_WALK_FILES = 2e5;
function listFilesTool(context) {
  const ctx = resolveContext(context);
  return defineTool(
    ctx,
    {
      name: "list_files",
      description: `List files in a workspace directory, leaving out what .gitignore ignores. Without a glob, lists the directory's own entries (directories end in /). With a glob, lists matching files at any depth below it: a glob without / matches file names (*.ts), one with / matches the path below the directory (src/**/*.test.ts); * ? ** and {a,b} are supported. At most ${MAX_LIST_ENTRIES} entries, paths relative to the workspace root.`,
      parameters: {
        type: "object",
        properties: {
          path: { type: "string", description: "Directory relative to the workspace root. Default: the root." },
          glob: { type: "string", description: "Only files matching this glob, at any depth, e.g. *.ts or src/**/*.test.ts" }
        },
        additionalProperties: false
      }
    },
    async (args) => {
      const input = optionalStringArg(args, "path") ?? ".";
      const glob = optionalStringArg(args, "glob");
      const dir = confine(ctx.root, input, "read");
      const info = await statOrUndefined(path2.join(ctx.root, dir.real));
      if (!info) throw new ToolInputError(`${dir.rel} does not exist; list its parent directory to see what is there`);
      if (!info.isDirectory()) throw new ToolInputError(`${dir.rel} is a file, not a directory; use read_file to read it`);
      const files = await workspaceFiles(ctx.root, dir.real);
      const prefix = dir.real === "" ? "" : `${dir.real}/`;
      let entries;
      if (glob !== void 0) {
        const match = globMatcher(glob);
        entries = files.filter((f) => match(f.slice(prefix.length)));
      } else {
        const seen = /* @__PURE__ */ new Set();
        for (const f of files) {
          const below = f.slice(prefix.length);
          const slash = below.indexOf("/");
          seen.add(slash < 0 ? f : `${prefix}${below.slice(0, slash)}/`);
        }
        entries = [...seen].sort();
      }
      const where = dir.rel === "" ? "the workspace root" : dir.rel;
      if (entries.length === 0) return ok(glob ? `No files under ${where} match ${glob}.` : `${where} has no files (or only ignored ones).`);
      const shown = entries.slice(0, MAX_LIST_ENTRIES).join("\n");
      const more = entries.length - MAX_LIST_ENTRIES;
      return ok(more > 0 ? `${shown}
[\u2026 ${more} more entries not shown; list a subdirectory or pass a narrower glob]` : shown);
    }
  );
}
async function statOrUndefined(abs) {
  try {
    return await lstat(abs);
  } catch {
    return void 0;
  }
}
async function workspaceFiles(root, dir) {
  const fromGit = await gitFiles(root, dir);
  const files = fromGit ?? await walk(root, dir);
  return files.filter((f) => !f.split("/").includes(".git")).sort();
}
async function gitFiles(root, dir) {
  try {
    const top = await git(["rev-parse", "--show-toplevel"], { cwd: root, timeoutMs: 3e4 });
    if (realpathSync2.native(top.trim()) !== root) return void 0;
    const out = await git(["--literal-pathspecs", "-c", "core.fsmonitor=false", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", dir === "" ? "." : dir], {
      cwd: root,
      timeoutMs: 6e4
    });
    return [...new Set(out.split("\0").filter((f) => f !== "" && !f.endsWith("/")))];
  } catch {
    return void 0;
  }
}
async function walk(root, dir) {
  const out = [];
  const rules = [];
  const parts = dir === "" ? [] : dir.split("/");
  for (let i = 0; i < parts.length; i++) rules.push(...await ignoreRules(root, parts.slice(0, i).join("/")));
  if (parts.length > 0 && isIgnored(dir, true, rules)) return [];
  const visit = async (rel, inherited) => {
    if (out.length >= MAX_WALK_FILES) return;
    const here = [...inherited, ...await ignoreRules(root, rel)];
    let entries;
    try {
      entries = await readdir(rel === "" ? root : path2.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
      if (e.name === ".git") continue;
      const child = rel === "" ? e.name : `${rel}/${e.name}`;
      const isDir = e.isDirectory();
      if (isIgnored(child, isDir, here)) continue;
      if (isDir) await visit(child, here);
      else if (out.length < MAX_WALK_FILES) out.push(child);
    }
  };
  await visit(dir, rules);
  return out;
}
async function ignoreRules(root, base) {
  let text;
  try {
    text = await readFile(path2.join(root, base, ".gitignore"), "utf8");
  } catch {
    return [];
  }
  const rules = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, "");
    if (line === "" || line.startsWith("#")) continue;
    const negate = line.startsWith("!");
    if (negate) line = line.slice(1);
    const dirOnly = line.endsWith("/");
    if (dirOnly) line = line.slice(0, -1);
    const anchored = line.includes("/");
    if (line.startsWith("/")) line = line.slice(1);
    if (line === "") continue;
    const body = globSource(line);
    try {
      rules.push({ base, re: new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`), negate, dirOnly });
    } catch {
    }
  }
  return rules;
}
function isIgnored(rel, isDir, rules) {
  let ignored = false;
  for (const r of rules) {
    if (r.dirOnly && !isDir) continue;
    if (r.base !== "" && !rel.startsWith(`${r.base}/`)) continue;
    const below = r.base === "" ? rel : rel.slice(r.base.length + 1);
    if (r.re.test(below)) ignored = !r.negate;
  }
  return ignored;
}
function globMatcher(glob) {
  const g = glob.replace(/^\.\//, "");
  let re;
  try {
    re = g.includes("/") ? new RegExp(`^${globSource(g.replace(/^\//, ""))}$`) : new RegExp(`^(?:.*/)?${globSource(g)}$`);
  } catch {
    throw new ToolInputError(`the glob ${glob} is not valid (check its [...] ranges); use * ? ** {a,b} and [...] classes such as *.ts or src/**/*.{ts,tsx}`);
  }
  return (rel) => re.test(rel);
}
function globSource(glob) {
  let out = "";
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*" && glob[i + 1] === "*") {
      const slashAfter = glob[i + 2] === "/";
      out += slashAfter ? "(?:.*/)?" : ".*";
      i += slashAfter ? 2 : 1;
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close < 0) out += "\\[";
      else {
        const inner = glob.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        out += `[${inner}]`;
        i = close;
      }
    } else if (c === "{") {
      braces++;
      out += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (c === "," && braces > 0) out += "|";
    else if (c === "\\" && i + 1 < glob.length) out += escapeRe(glob[++i]);
    else out += escapeRe(c);
  }
  if (braces > 0) return globSource(glob.replace(/\{/g, "\\{"));
  return out;
}
function escapeRe(c) {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

export {
  confine,
  listFilesTool,
  workspaceFiles,
  globMatcher
};
