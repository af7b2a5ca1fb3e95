import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  GlobError,
  RE2JS,
  RE2JSException,
  RE2JSSyntaxException,
  globMatcher,
  plural,
  workspaceFiles
} from "./chunk-5ZFJ5HBO.js";
import {
  ToolInputError,
  defineTool,
  fail,
  looksBinary,
  ok,
  optionalBoolArg,
  optionalLineArg,
  optionalStringArg,
  resolveContext,
  runCommandTool,
  stringArg
} from "./chunk-VEXRODS4.js";
import {
  isAllowedPath,
  isGitMetadataPath,
  isProtectedPath
} from "./chunk-JBRZ5G6P.js";
import {
  TOOLS,
  require_ajv
} from "./chunk-IFMW6CY3.js";
import {
  __toESM
} from "./chunk-4BX6NHJ2.js";

// src/agent/tools/edit-file.ts
import { readFile, stat, writeFile } from "node:fs/promises";

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
    if (isGitMetadataPath(p)) {
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

// src/agent/tools/edit-file.ts
function editFileTool(context) {
  const ctx = resolveContext(context);
  return defineTool(
    ctx,
    {
      name: "edit_file",
      description: "Replace one exact piece of text in an existing file. old_text must appear exactly once, character for character (whitespace and indentation included); add surrounding lines to make it unique. To create a file or replace all of it, use write_file.",
      parameters: {
        type: "object",
        properties: {
          path: { type: "string", description: "File path relative to the workspace root" },
          old_text: { type: "string", description: "The exact text to replace, as it appears in the file" },
          new_text: { type: "string", description: "The text to put in its place (may be empty to delete)" }
        },
        required: ["path", "old_text", "new_text"],
        additionalProperties: false
      }
    },
    async (args) => {
      const input = stringArg(args, "path");
      const oldText = stringArg(args, "old_text");
      const newText = stringArg(args, "new_text");
      if (oldText === "") throw new ToolInputError("old_text is empty; copy the exact text to replace from read_file, or use write_file to write a whole file");
      if (oldText === newText) throw new ToolInputError("old_text and new_text are the same, so the edit would change nothing");
      const { rel, abs } = confine(ctx.root, input, "write", ctx.allowProtectedPaths);
      const info = await stat(abs).catch(() => void 0);
      if (!info) throw new ToolInputError(`${rel} does not exist; use write_file to create it`);
      if (!info.isFile()) throw new ToolInputError(`${rel} is not a regular file`);
      const buf = await readFile(abs);
      if (looksBinary(buf)) throw new ToolInputError(`${rel} is a binary file; edit_file only changes text`);
      const text = buf.toString("utf8");
      const at = occurrences(text, oldText);
      if (at.length === 0) throw new ToolInputError(notFound(text, oldText, rel));
      if (at.length > 1) {
        const lines = at.slice(0, 10).map((i2) => lineOf(text, i2));
        throw new ToolInputError(
          `old_text appears ${at.length} times in ${rel} (at lines ${lines.join(", ")}${at.length > 10 ? ", \u2026" : ""}); include more of the surrounding lines in old_text so that it matches exactly once`
        );
      }
      const i = at[0];
      await writeFile(abs, text.slice(0, i) + newText + text.slice(i + oldText.length));
      ctx.sandbox.adopt(abs);
      const first = lineOf(text, i);
      const oldLines = oldText.split("\n").length;
      const newLines = newText === "" ? 0 : newText.split("\n").length;
      return ok(`Edited ${rel}: replaced ${plural(oldLines, "line")} at line ${first} with ${plural(newLines, "line")}.`);
    }
  );
}
function occurrences(text, needle) {
  const out = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}
function lineOf(text, index) {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
function notFound(text, oldText, rel) {
  const base = `old_text was not found in ${rel}`;
  const squash = (s) => s.trim().replace(/\s+/g, " ");
  const want = oldText.split("\n").map(squash);
  while (want.length > 0 && want[0] === "") want.shift();
  while (want.length > 0 && want[want.length - 1] === "") want.pop();
  if (want.length > 0) {
    const have = text.split("\n").map(squash);
    for (let i = 0; i + want.length <= have.length; i++) {
      if (want.every((w, j) => have[i + j] === w)) {
        return `${base}, but lines ${i + 1}\u2013${i + want.length} match it apart from whitespace (indentation, tabs or line endings); read those lines with read_file and copy them exactly into old_text`;
      }
    }
  }
  return `${base}; read the file again with read_file and copy the text to replace exactly, including whitespace and indentation`;
}

// src/agent/tools/finish.ts
var import_ajv = __toESM(require_ajv(), 1);
function finishTool(context) {
  const ctx = resolveContext(context);
  const parameters = {
    type: "object",
    properties: {
      summary: { type: "string", minLength: 1, description: "What you did and why, for the people reviewing it" },
      result: ctx.resultSchema ?? { type: "object", description: "Structured result (any object)" }
    },
    required: ctx.resultSchema ? ["summary", "result"] : ["summary"]
  };
  const validate = new import_ajv.Ajv({ allErrors: true, strict: false }).compile(parameters);
  let rejections = 0;
  return defineTool(
    ctx,
    {
      name: "finish",
      description: "Finish the task: give a summary and the structured result. Call it once, when you are done; if the result is rejected, fix what the error lists and call it again.",
      parameters
    },
    async (args) => {
      const errors = validate(args) ? ctx.resultCheck?.(args.result ?? {}) ?? [] : (validate.errors ?? []).map(describe);
      if (errors.length > 0) {
        rejections++;
        const list = errors.join("\n");
        if (rejections > ctx.finishRejections) {
          const said = typeof args.summary === "string" && args.summary.trim() ? `
The agent's summary: ${args.summary.slice(0, 1e3)}` : "";
          return { ...fail(`finish was not accepted again:
${list}`), escalate: `the result was rejected ${rejections} times; last errors:
${list}${said}` };
        }
        return fail(`finish was not accepted; fix these and call finish again:
${list}`);
      }
      const summary = args.summary;
      const result = args.result ?? {};
      return { content: "Finished.", isError: false, finished: { summary, result } };
    }
  );
}
function describe(e) {
  const where = e.instancePath === "" ? "(the arguments)" : e.instancePath;
  const p = e.params;
  const extra = e.keyword === "enum" ? ` (allowed: ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")})` : e.keyword === "additionalProperties" ? ` ('${String(p.additionalProperty)}')` : "";
  return `- ${where}: ${e.message ?? e.keyword}${extra}`;
}

// src/agent/tools/list-files.ts
import { lstat } from "node:fs/promises";
import path2 from "node:path";
var MAX_LIST_ENTRIES = 500;
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
        const match = globMatcher2(glob);
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
function globMatcher2(glob) {
  try {
    return globMatcher(glob);
  } catch (err) {
    if (err instanceof GlobError) throw new ToolInputError(err.message);
    throw err;
  }
}

// src/agent/tools/read-file.ts
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
var MAX_READ_CHARS = 5e4;
var MAX_READ_FILE_BYTES = 16 * 1024 * 1024;
function readFileTool(context) {
  const ctx = resolveContext(context);
  return defineTool(
    ctx,
    {
      name: "read_file",
      description: `Read a text file in the workspace. Paths are relative to the workspace root. Returns at most ${MAX_READ_CHARS} characters; a note at the end says which lines were shown and how to read on. Use start_line/end_line (1-based, inclusive) to read part of a long file.`,
      parameters: {
        type: "object",
        properties: {
          path: { type: "string", description: "File path relative to the workspace root, e.g. src/index.ts" },
          start_line: { type: "integer", minimum: 1, description: "First line to show (1-based). Default 1." },
          end_line: { type: "integer", minimum: 1, description: "Last line to show (inclusive). Default: the end of the file." }
        },
        required: ["path"],
        additionalProperties: false
      }
    },
    async (args) => {
      const input = stringArg(args, "path");
      const start = optionalLineArg(args, "start_line");
      const end = optionalLineArg(args, "end_line");
      if (start !== void 0 && end !== void 0 && end < start) throw new ToolInputError(`end_line (${end}) is before start_line (${start})`);
      const { rel, abs } = confine(ctx.root, input, "read");
      const info = await stat2(abs);
      if (info.isDirectory()) throw new ToolInputError(`${rel || "the workspace root"} is a directory; use list_files to see what it contains`);
      if (!info.isFile()) throw new ToolInputError(`${rel} is not a regular file`);
      if (info.size > MAX_READ_FILE_BYTES) {
        throw new ToolInputError(`${rel} is ${(info.size / 1024 / 1024).toFixed(1)} MB, too large to read; use search to find the lines you need`);
      }
      const buf = await readFile2(abs);
      if (looksBinary(buf)) return ok(`${rel} is a binary file (${buf.length} bytes); its contents are not shown`);
      if (buf.length === 0) return ok(`${rel} is empty`);
      return ok(excerpt(buf.toString("utf8"), rel, start, end));
    }
  );
}
function excerpt(text, rel, start, end) {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const total = lines.length;
  const first = start ?? 1;
  if (first > total) throw new ToolInputError(`${rel} has ${total} line${total === 1 ? "" : "s"}; start_line ${first} is past the end`);
  const last = Math.min(end ?? total, total);
  const shown = [];
  let size = 0;
  let cutLine;
  for (let n = first; n <= last; n++) {
    const line = lines[n - 1];
    if (size + line.length + 1 > MAX_READ_CHARS) {
      if (shown.length === 0) {
        shown.push(line.slice(0, MAX_READ_CHARS));
        return `${shown.join("\n")}
[\u2026 truncated: line ${n} of ${rel} is ${line.length} characters long; showed its first ${MAX_READ_CHARS}]`;
      }
      cutLine = n;
      break;
    }
    shown.push(line);
    size += line.length + 1;
  }
  const body = shown.join("\n");
  if (cutLine !== void 0) {
    return `${body}
[\u2026 truncated at ${MAX_READ_CHARS} characters: showed lines ${first}\u2013${cutLine - 1} of ${total}; read on with start_line=${cutLine}]`;
  }
  if (first === 1 && last === total) return text.endsWith("\n") ? `${body}
` : body;
  return `${body}
[lines ${first}\u2013${last} of ${total}]`;
}

// src/agent/tools/search.ts
import { lstat as lstat2, readFile as readFile3, stat as stat3 } from "node:fs/promises";
import path3 from "node:path";
var MAX_SEARCH_MATCHES = 200;
var MAX_LINE_CHARS = 240;
var MAX_SEARCH_FILE_BYTES = 4 * 1024 * 1024;
var READ_AHEAD = 32;
var SEARCH_TIME_LIMIT_MS = 3e4;
var MAX_PROGRAM_SIZE = 1e3;
function searchTool(context) {
  const ctx = resolveContext(context);
  return defineTool(
    ctx,
    {
      name: "search",
      description: `Search the workspace's text files for a regular expression (RE2 syntax, as in Go and ripgrep: no backreferences or lookaround), line by line, leaving out what .gitignore ignores and binary files. Prints file:line:text for at most ${MAX_SEARCH_MATCHES} matching lines. Narrow with path (a directory or file) and glob (*.ts matches file names at any depth; src/**/*.ts matches paths).`,
      parameters: {
        type: "object",
        properties: {
          pattern: { type: "string", description: "Regular expression in RE2 syntax, e.g. function\\s+main or TODO" },
          path: { type: "string", description: "Directory or file to search, relative to the workspace root. Default: the whole workspace." },
          glob: { type: "string", description: "Only files matching this glob, e.g. *.ts" },
          case_insensitive: { type: "boolean", description: "Ignore case. Default false." }
        },
        required: ["pattern"],
        additionalProperties: false
      }
    },
    async (args, signal) => {
      const pattern = stringArg(args, "pattern");
      const input = optionalStringArg(args, "path") ?? ".";
      const glob = optionalStringArg(args, "glob");
      const re = compilePattern(pattern, optionalBoolArg(args, "case_insensitive") ?? false);
      const match = glob === void 0 ? () => true : globMatcher2(glob);
      const target = confine(ctx.root, input, "read");
      const info = await stat3(path3.join(ctx.root, target.real)).catch(() => void 0);
      if (!info) throw new ToolInputError(`${target.rel} does not exist; search a directory that does, or leave path out to search everything`);
      let files;
      if (info.isDirectory()) {
        const prefix = target.real === "" ? "" : `${target.real}/`;
        files = (await workspaceFiles(ctx.root, target.real)).filter((f) => match(f.slice(prefix.length)));
      } else files = [target.real];
      const out = [];
      let searched = 0;
      let skippedLarge = 0;
      let stopped;
      const started = Date.now();
      const pending = [];
      const load = (i) => {
        if (i < files.length) pending[i] = readText(ctx.root, files[i]).catch(() => void 0);
      };
      for (let i = 0; i < Math.min(READ_AHEAD, files.length); i++) load(i);
      const overdue = () => signal?.aborted ? "the search was cancelled" : Date.now() - started > SEARCH_TIME_LIMIT_MS ? `the search ran for ${SEARCH_TIME_LIMIT_MS / 1e3} s; narrow the path, glob or pattern` : void 0;
      let sinceCheck = 0;
      scan: for (let i = 0; i < files.length; i++) {
        load(i + READ_AHEAD);
        const buf = await pending[i];
        delete pending[i];
        stopped = overdue();
        if (stopped) break;
        if (buf === void 0) continue;
        if (buf.length > MAX_SEARCH_FILE_BYTES) {
          skippedLarge++;
          continue;
        }
        if (looksBinary(buf)) continue;
        searched++;
        const lines = buf.toString("utf8").split("\n");
        if (lines.length > 1 && lines.at(-1) === "") lines.pop();
        for (let n = 0; n < lines.length; n++) {
          const raw = lines[n];
          const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
          sinceCheck += line.length;
          if (sinceCheck > 256 * 1024) {
            sinceCheck = 0;
            if (stopped = overdue()) break scan;
          }
          if (!re.test(line)) continue;
          if (out.length >= MAX_SEARCH_MATCHES) {
            stopped = `stopped after ${MAX_SEARCH_MATCHES} matches; narrow the pattern, path or glob to see the rest`;
            break scan;
          }
          out.push(`${files[i]}:${n + 1}:${line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}\u2026` : line}`);
        }
      }
      await Promise.allSettled(pending.filter(Boolean));
      const notes = [];
      if (stopped) notes.push(`[\u2026 ${stopped}]`);
      if (skippedLarge > 0) notes.push(`[${plural(skippedLarge, "file")} over ${MAX_SEARCH_FILE_BYTES / 1024 / 1024} MB not searched]`);
      if (out.length === 0) return ok([`No matches for /${pattern}/ in ${plural(searched, "file")}.`, ...notes].join("\n"));
      return ok([...out, ...notes].join("\n"));
    }
  );
}
async function readText(root, rel) {
  const info = await lstat2(path3.join(root, rel));
  if (info.isSymbolicLink()) {
    let real;
    try {
      real = confine(root, rel, "read").real;
    } catch {
      return void 0;
    }
    if (!(await stat3(path3.join(root, real))).isFile()) return void 0;
  } else if (!info.isFile()) return void 0;
  return readFile3(path3.join(root, rel));
}
function compilePattern(pattern, ignoreCase) {
  if (pattern === "") throw new ToolInputError("the pattern is empty; give a regular expression such as TODO or function\\s+main");
  let re;
  try {
    re = RE2JS.compile(pattern, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (e) {
    if (!(e instanceof RE2JSException)) throw e;
    const at = e instanceof RE2JSSyntaxException ? e.input ?? "" : "";
    throw new ToolInputError(
      unsupported(at) ?? `the pattern is not a valid RE2 regular expression (${e.message.replace(/^error parsing regexp: /, "")}); escape special characters such as ( [ { . * + ? with a backslash to match them literally`
    );
  }
  if (re.programSize() > MAX_PROGRAM_SIZE) {
    throw new ToolInputError(
      `the pattern is too large (${re.programSize()} instructions compiled, at most ${MAX_PROGRAM_SIZE}); use smaller {n,m} counts or fewer alternatives, and search again for the rest`
    );
  }
  return re;
}
function unsupported(at) {
  if (/^\(\?<?[=!]/.test(at)) {
    return "the pattern uses lookahead or lookbehind ((?=\u2026), (?!\u2026), (?<=\u2026), (?<!\u2026)), which RE2 does not support; match the surrounding text itself (foo(?=bar) \u2192 foobar), or search more broadly and read the matching lines";
  }
  if (/^\\([1-9]|k)/.test(at)) {
    return "the pattern uses a backreference (\\1 or \\k<name>), which RE2 does not support; write the repeated text out, or search for its first part and read the matching lines";
  }
  if (/^\\[uc]/.test(at)) return "the pattern uses a JavaScript escape (\\uXXXX or \\cX) that RE2 does not have: write \\x{XXXX} for a code point";
  return void 0;
}

// src/agent/tools/write-file.ts
import { mkdir, stat as stat4, writeFile as writeFile2 } from "node:fs/promises";
import path4 from "node:path";
var MAX_WRITE_BYTES = 2 * 1024 * 1024;
function writeFileTool(context) {
  const ctx = resolveContext(context);
  return defineTool(
    ctx,
    {
      name: "write_file",
      description: "Create a file, or replace a file's whole contents, in the workspace (missing directories are created). For a change to part of an existing file, edit_file is safer.",
      parameters: {
        type: "object",
        properties: {
          path: { type: "string", description: "File path relative to the workspace root" },
          content: { type: "string", description: "The complete new contents of the file" }
        },
        required: ["path", "content"],
        additionalProperties: false
      }
    },
    async (args) => {
      const input = stringArg(args, "path");
      const content = stringArg(args, "content");
      const size = Buffer.byteLength(content);
      if (size > MAX_WRITE_BYTES) throw new ToolInputError(`content is ${size} bytes; one write may be at most ${MAX_WRITE_BYTES}`);
      const { rel, abs } = confine(ctx.root, input, "write", ctx.allowProtectedPaths);
      const existing = await stat4(abs).catch(() => void 0);
      if (existing?.isDirectory()) throw new ToolInputError(`${rel} is a directory; name a file inside it`);
      const created = await mkdir(path4.dirname(abs), { recursive: true });
      await writeFile2(abs, content);
      ctx.sandbox.adopt(created ?? abs);
      return ok(`${existing ? "Overwrote" : "Created"} ${rel} (${size} bytes).`);
    }
  );
}

// src/agent/tools/index.ts
var FACTORIES = {
  read_file: readFileTool,
  list_files: listFilesTool,
  search: searchTool,
  edit_file: editFileTool,
  write_file: writeFileTool,
  run_command: runCommandTool,
  finish: finishTool
};
function createTools(granted, ctx) {
  for (const name of granted) {
    if (!Object.hasOwn(FACTORIES, name)) throw new Error(`unknown tool '${name}'; known tools: ${TOOLS.join(", ")}`);
  }
  return TOOLS.filter((name) => granted.includes(name)).map((name) => FACTORIES[name](ctx));
}

// src/agent/providers/scripted-schema.ts
var tokens = { type: "integer", minimum: 0, maximum: 1e9 };
var scriptSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "CrustyClaw scripted model",
  type: "object",
  additionalProperties: false,
  required: ["turns"],
  properties: {
    model: { type: "string", minLength: 1, description: "Model name the turns report. Default `scripted`." },
    turns: {
      type: "array",
      minItems: 1,
      description: "Model turns, replayed one per call.",
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          content: { type: "string", description: "The model's text." },
          tool_calls: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["name"],
              properties: {
                id: { type: "string", minLength: 1, description: "Call id; made up when absent." },
                name: { type: "string", minLength: 1 },
                arguments: {
                  type: ["object", "string"],
                  description: "Arguments as a mapping, or as raw JSON text (to replay malformed arguments)."
                }
              }
            }
          },
          usage: {
            type: "object",
            additionalProperties: false,
            properties: { input_tokens: tokens, output_tokens: tokens }
          },
          stop: { enum: ["end", "tool_use", "max_tokens"], description: "Default: tool_use with tool calls, else end." },
          error: {
            type: "object",
            additionalProperties: false,
            required: ["kind", "message"],
            description: "Fail this call with a ProviderError instead of answering.",
            properties: {
              kind: { enum: ["auth", "model", "unreachable", "rate_limit", "server", "bad_response"] },
              message: { type: "string", minLength: 1 }
            }
          }
        }
      }
    }
  }
};
var { $schema: _s, title: _t, ...oneScript } = scriptSchema;

export {
  createTools,
  scriptSchema
};
