import { readFile, stat } from "node:fs/promises";
import type { Tool } from "../types.js";
import { confine } from "./confine.js";
import { defineTool, looksBinary, ok, optionalLineArg, resolveContext, stringArg, ToolInputError, type ToolContext } from "./context.js";

/** Characters of file text one call returns; the rest is a follow-up call with start_line. */
export const MAX_READ_CHARS = 50_000;
/** Files above this are not loaded at all: search finds the lines that matter. */
export const MAX_READ_FILE_BYTES = 16 * 1024 * 1024;

export function readFileTool(context: ToolContext): Tool {
  const ctx = resolveContext(context);
  return defineTool(
    ctx,
    {
      name: "read_file",
      description:
        `Read a text file in the workspace. Paths are relative to the workspace root. ` +
        `Returns at most ${MAX_READ_CHARS} characters; a note at the end says which lines were shown and how to read on. ` +
        `Use start_line/end_line (1-based, inclusive) to read part of a long file.`,
      parameters: {
        type: "object",
        properties: {
          path: { type: "string", description: "File path relative to the workspace root, e.g. src/index.ts" },
          start_line: { type: "integer", minimum: 1, description: "First line to show (1-based). Default 1." },
          end_line: { type: "integer", minimum: 1, description: "Last line to show (inclusive). Default: the end of the file." },
        },
        required: ["path"],
        additionalProperties: false,
      },
    },
    async (args) => {
      const input = stringArg(args, "path");
      const start = optionalLineArg(args, "start_line");
      const end = optionalLineArg(args, "end_line");
      if (start !== undefined && end !== undefined && end < start) throw new ToolInputError(`end_line (${end}) is before start_line (${start})`);

      const { rel, abs } = confine(ctx.root, input, "read");
      const info = await stat(abs);
      if (info.isDirectory()) throw new ToolInputError(`${rel || "the workspace root"} is a directory; use list_files to see what it contains`);
      if (!info.isFile()) throw new ToolInputError(`${rel} is not a regular file`);
      if (info.size > MAX_READ_FILE_BYTES) {
        throw new ToolInputError(`${rel} is ${(info.size / 1024 / 1024).toFixed(1)} MB, too large to read; use search to find the lines you need`);
      }
      const buf = await readFile(abs);
      if (looksBinary(buf)) return ok(`${rel} is a binary file (${buf.length} bytes); its contents are not shown`);
      if (buf.length === 0) return ok(`${rel} is empty`);
      return ok(excerpt(buf.toString("utf8"), rel, start, end));
    },
  );
}

/** The requested lines, cut at the size cap on a line boundary, with a note whenever less than the whole file is shown. */
function excerpt(text: string, rel: string, start: number | undefined, end: number | undefined): string {
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const total = lines.length;
  const first = start ?? 1;
  if (first > total) throw new ToolInputError(`${rel} has ${total} line${total === 1 ? "" : "s"}; start_line ${first} is past the end`);
  const last = Math.min(end ?? total, total);

  const shown: string[] = [];
  let size = 0;
  let cutLine: number | undefined;
  for (let n = first; n <= last; n++) {
    const line = lines[n - 1]!;
    if (size + line.length + 1 > MAX_READ_CHARS) {
      if (shown.length === 0) {
        // A single line longer than the cap (minified code): show its beginning.
        shown.push(line.slice(0, MAX_READ_CHARS));
        return `${shown.join("\n")}\n[… truncated: line ${n} of ${rel} is ${line.length} characters long; showed its first ${MAX_READ_CHARS}]`;
      }
      cutLine = n;
      break;
    }
    shown.push(line);
    size += line.length + 1;
  }
  const body = shown.join("\n");
  if (cutLine !== undefined) {
    return `${body}\n[… truncated at ${MAX_READ_CHARS} characters: showed lines ${first}–${cutLine - 1} of ${total}; read on with start_line=${cutLine}]`;
  }
  if (first === 1 && last === total) return text.endsWith("\n") ? `${body}\n` : body;
  return `${body}\n[lines ${first}–${last} of ${total}]`;
}
