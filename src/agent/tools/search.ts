import { lstat, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Tool } from "../types.js";
import { confine } from "./confine.js";
import { defineTool, looksBinary, ok, optionalBoolArg, optionalStringArg, plural, resolveContext, stringArg, ToolInputError, type ToolContext } from "./context.js";
import { globMatcher, workspaceFiles } from "./list-files.js";

/** Matching lines one call returns. */
export const MAX_SEARCH_MATCHES = 200;
/** Characters of a matching line shown. */
const MAX_LINE_CHARS = 240;
/** Larger files (bundles, data dumps) are skipped; read_file can still open them. */
const MAX_SEARCH_FILE_BYTES = 4 * 1024 * 1024;
/** Files read at once: enough to hide disk latency, few enough to keep order cheap. */
const READ_AHEAD = 32;
/** A search that is still running after this stops with what it found. */
const SEARCH_TIME_LIMIT_MS = 30_000;

export function searchTool(context: ToolContext): Tool {
  const ctx = resolveContext(context);
  return defineTool(
    ctx,
    {
      name: "search",
      description:
        `Search the workspace's text files for a regular expression (JavaScript syntax), line by line, leaving out what .gitignore ignores and binary files. ` +
        `Prints file:line:text for at most ${MAX_SEARCH_MATCHES} matching lines. ` +
        `Narrow with path (a directory or file) and glob (*.ts matches file names at any depth; src/**/*.ts matches paths).`,
      parameters: {
        type: "object",
        properties: {
          pattern: { type: "string", description: "Regular expression, e.g. function\\s+main or TODO" },
          path: { type: "string", description: "Directory or file to search, relative to the workspace root. Default: the whole workspace." },
          glob: { type: "string", description: "Only files matching this glob, e.g. *.ts" },
          case_insensitive: { type: "boolean", description: "Ignore case. Default false." },
        },
        required: ["pattern"],
        additionalProperties: false,
      },
    },
    async (args, signal) => {
      const pattern = stringArg(args, "pattern");
      const input = optionalStringArg(args, "path") ?? ".";
      const glob = optionalStringArg(args, "glob");
      const re = compilePattern(pattern, optionalBoolArg(args, "case_insensitive") ?? false);
      const match = glob === undefined ? () => true : globMatcher(glob);

      const target = confine(ctx.root, input, "read");
      const info = await stat(path.join(ctx.root, target.real)).catch(() => undefined);
      if (!info) throw new ToolInputError(`${target.rel} does not exist; search a directory that does, or leave path out to search everything`);
      let files: string[];
      if (info.isDirectory()) {
        const prefix = target.real === "" ? "" : `${target.real}/`;
        files = (await workspaceFiles(ctx.root, target.real)).filter((f) => match(f.slice(prefix.length)));
      } else files = [target.real];

      const out: string[] = [];
      let searched = 0;
      let skippedLarge = 0;
      let stopped: string | undefined;
      const started = Date.now();
      // Read ahead in parallel, consume in order: fast, and the same answer every time.
      const pending: Array<Promise<Buffer | undefined>> = [];
      const load = (i: number) => {
        if (i < files.length) pending[i] = readText(ctx.root, files[i]!).catch(() => undefined);
      };
      for (let i = 0; i < Math.min(READ_AHEAD, files.length); i++) load(i);
      scan: for (let i = 0; i < files.length; i++) {
        load(i + READ_AHEAD);
        const buf = await pending[i];
        delete pending[i];
        if (signal?.aborted) {
          stopped = "the search was cancelled";
          break;
        }
        if (Date.now() - started > SEARCH_TIME_LIMIT_MS) {
          stopped = `the search ran for ${SEARCH_TIME_LIMIT_MS / 1000} s; narrow the path, glob or pattern`;
          break;
        }
        if (buf === undefined) continue;
        if (buf.length > MAX_SEARCH_FILE_BYTES) {
          skippedLarge++;
          continue;
        }
        if (looksBinary(buf)) continue;
        searched++;
        const lines = buf.toString("utf8").split("\n");
        for (let n = 0; n < lines.length; n++) {
          const line = lines[n]!.replace(/\r$/, "");
          if (!re.test(line)) continue;
          if (out.length >= MAX_SEARCH_MATCHES) {
            stopped = `stopped after ${MAX_SEARCH_MATCHES} matches; narrow the pattern, path or glob to see the rest`;
            break scan;
          }
          out.push(`${files[i]}:${n + 1}:${line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line}`);
        }
      }
      // Let reads still in flight settle quietly.
      await Promise.allSettled(pending.filter(Boolean));

      const notes: string[] = [];
      if (stopped) notes.push(`[… ${stopped}]`);
      if (skippedLarge > 0) notes.push(`[${plural(skippedLarge, "file")} over ${MAX_SEARCH_FILE_BYTES / 1024 / 1024} MB not searched]`);
      if (out.length === 0) return ok([`No matches for /${pattern}/ in ${plural(searched, "file")}.`, ...notes].join("\n"));
      return ok([...out, ...notes].join("\n"));
    },
  );
}

/**
 * Contents of a listed file, or undefined when it must not be read: a symlink
 * that leads outside the workspace (a checked-out repository can contain one)
 * or to a directory, or a file that vanished since it was listed.
 */
async function readText(root: string, rel: string): Promise<Buffer | undefined> {
  const info = await lstat(path.join(root, rel));
  if (info.isSymbolicLink()) {
    let real: string;
    try {
      real = confine(root, rel, "read").real;
    } catch {
      return undefined;
    }
    if (!(await stat(path.join(root, real))).isFile()) return undefined;
  } else if (!info.isFile()) return undefined;
  return readFile(path.join(root, rel));
}

/**
 * The model's pattern as a RegExp. JavaScript regexes cannot be interrupted, so a
 * pattern with a quantified group that itself contains an unbounded quantifier,
 * such as (a+)+, is refused: on the wrong line it backtracks for hours.
 */
export function compilePattern(pattern: string, ignoreCase: boolean): RegExp {
  if (pattern === "") throw new ToolInputError("the pattern is empty; give a regular expression such as TODO or function\\s+main");
  let re: RegExp;
  try {
    re = new RegExp(pattern, ignoreCase ? "i" : "");
  } catch (e) {
    throw new ToolInputError(`the pattern is not a valid JavaScript regular expression (${(e as Error).message}); escape special characters such as ( [ { . * + ? with a backslash to match them literally`);
  }
  if (hasNestedQuantifier(pattern)) {
    throw new ToolInputError(
      "the pattern repeats a group that itself contains + * or {n,} (like (a+)+), which can take exponential time; remove the inner or the outer repetition",
    );
  }
  return re;
}

function hasNestedQuantifier(p: string): boolean {
  // For each open group: does it contain an unbounded quantifier?
  const stack: boolean[] = [];
  let inClass = false;
  const unboundedAt = (i: number) => p[i] === "*" || p[i] === "+" || (p[i] === "{" && /^\{\d*,\}/.test(p.slice(i)));
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") stack.push(false);
    else if (c === ")") {
      const inner = stack.pop() ?? false;
      if (inner && unboundedAt(i + 1)) return true;
      // The group's own repetition makes its parent contain a quantifier.
      if (stack.length > 0 && (inner || unboundedAt(i + 1))) stack[stack.length - 1] = true;
    } else if (unboundedAt(i) && stack.length > 0) stack[stack.length - 1] = true;
  }
  return false;
}
