import { lstat, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { RE2JS, RE2JSException, RE2JSSyntaxException } from "re2js";
import type { Tool } from "../types.js";
import { confine } from "./confine.js";
import { defineTool, looksBinary, ok, optionalBoolArg, optionalStringArg, resolveContext, stringArg, ToolInputError, type ToolContext } from "./context.js";
import { plural } from "../../util/text.js";
import { workspaceFiles } from "../../context/workspace-files.js";
import { globMatcher } from "./list-files.js";

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
/**
 * Compiled size of the largest pattern (RE2's instruction count, about one per
 * character or class). RE2 is linear in the line, but times the pattern's size when
 * its DFA gives way to the NFA: 1,000 instructions cost up to ~10 µs a character,
 * 10 s on a 1 MB minified line. Real searches are a few dozen.
 */
const MAX_PROGRAM_SIZE = 1000;

export function searchTool(context: ToolContext): Tool {
  const ctx = resolveContext(context);
  return defineTool(
    ctx,
    {
      name: "search",
      description:
        `Search the workspace's text files for a regular expression (RE2 syntax, as in Go and ripgrep: no backreferences or lookaround), line by line, leaving out what .gitignore ignores and binary files. ` +
        `Prints file:line:text for at most ${MAX_SEARCH_MATCHES} matching lines. ` +
        `Narrow with path (a directory or file) and glob (*.ts matches file names at any depth; src/**/*.ts matches paths).`,
      parameters: {
        type: "object",
        properties: {
          pattern: { type: "string", description: "Regular expression in RE2 syntax, e.g. function\\s+main or TODO" },
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
      const overdue = (): string | undefined =>
        signal?.aborted
          ? "the search was cancelled"
          : Date.now() - started > SEARCH_TIME_LIMIT_MS
            ? `the search ran for ${SEARCH_TIME_LIMIT_MS / 1000} s; narrow the path, glob or pattern`
            : undefined;
      let sinceCheck = 0;
      scan: for (let i = 0; i < files.length; i++) {
        load(i + READ_AHEAD);
        const buf = await pending[i];
        delete pending[i];
        stopped = overdue();
        if (stopped) break;
        if (buf === undefined) continue;
        if (buf.length > MAX_SEARCH_FILE_BYTES) {
          skippedLarge++;
          continue;
        }
        if (looksBinary(buf)) continue;
        searched++;
        const lines = buf.toString("utf8").split("\n");
        // A final newline ends the last line; it does not start an empty one (which ^$ would find).
        if (lines.length > 1 && lines.at(-1) === "") lines.pop();
        for (let n = 0; n < lines.length; n++) {
          const raw = lines[n]!;
          const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
          // Within a file too: each line is linear, but a large pattern over 4 MB of lines adds up.
          sinceCheck += line.length;
          if (sinceCheck > 256 * 1024) {
            sinceCheck = 0;
            if ((stopped = overdue())) break scan;
          }
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
 * The model's pattern, compiled for RE2: matching takes time linear in the line
 * whatever the pattern, so a pattern like (a|a)*$ cannot stall the process on a long
 * minified line as a backtracking engine would (issue "The agent's code is hostile",
 * item 7). What RE2 leaves out is refused with what to write instead.
 */
export function compilePattern(pattern: string, ignoreCase: boolean): RE2JS {
  if (pattern === "") throw new ToolInputError("the pattern is empty; give a regular expression such as TODO or function\\s+main");
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (e) {
    if (!(e instanceof RE2JSException)) throw e;
    const at = e instanceof RE2JSSyntaxException ? (e.input ?? "") : "";
    throw new ToolInputError(
      unsupported(at) ??
        `the pattern is not a valid RE2 regular expression (${e.message.replace(/^error parsing regexp: /, "")}); escape special characters such as ( [ { . * + ? with a backslash to match them literally`,
    );
  }
  if (re.programSize() > MAX_PROGRAM_SIZE) {
    throw new ToolInputError(
      `the pattern is too large (${re.programSize()} instructions compiled, at most ${MAX_PROGRAM_SIZE}); use smaller {n,m} counts or fewer alternatives, and search again for the rest`,
    );
  }
  return re;
}

/**
 * JavaScript syntax RE2 does not have, named with what to write instead, from the
 * text RE2 stopped at; undefined for any other error.
 */
function unsupported(at: string): string | undefined {
  if (/^\(\?<?[=!]/.test(at)) {
    return "the pattern uses lookahead or lookbehind ((?=…), (?!…), (?<=…), (?<!…)), which RE2 does not support; match the surrounding text itself (foo(?=bar) → foobar), or search more broadly and read the matching lines";
  }
  if (/^\\([1-9]|k)/.test(at)) {
    return "the pattern uses a backreference (\\1 or \\k<name>), which RE2 does not support; write the repeated text out, or search for its first part and read the matching lines";
  }
  if (/^\\[uc]/.test(at)) return "the pattern uses a JavaScript escape (\\uXXXX or \\cX) that RE2 does not have: write \\x{XXXX} for a code point";
  return undefined;
}
