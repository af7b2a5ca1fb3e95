import { readFile, stat, writeFile } from "node:fs/promises";
import type { Tool } from "../types.js";
import { confine } from "./confine.js";
import { plural } from "../../util/text.js";
import { defineTool, looksBinary, ok, resolveContext, stringArg, ToolInputError, type ToolContext } from "./context.js";

export function editFileTool(context: ToolContext): Tool {
  const ctx = resolveContext(context);
  return defineTool(
    ctx,
    {
      name: "edit_file",
      description:
        "Replace one exact piece of text in an existing file. old_text must appear exactly once, character for character " +
        "(whitespace and indentation included); add surrounding lines to make it unique. To create a file or replace all of it, use write_file.",
      parameters: {
        type: "object",
        properties: {
          path: { type: "string", description: "File path relative to the workspace root" },
          old_text: { type: "string", description: "The exact text to replace, as it appears in the file" },
          new_text: { type: "string", description: "The text to put in its place (may be empty to delete)" },
        },
        required: ["path", "old_text", "new_text"],
        additionalProperties: false,
      },
    },
    async (args) => {
      const input = stringArg(args, "path");
      const oldText = stringArg(args, "old_text");
      const newText = stringArg(args, "new_text");
      if (oldText === "") throw new ToolInputError("old_text is empty; copy the exact text to replace from read_file, or use write_file to write a whole file");
      if (oldText === newText) throw new ToolInputError("old_text and new_text are the same, so the edit would change nothing");

      const { rel, abs } = confine(ctx.root, input, "write", ctx.allowProtectedPaths, ctx.decide);
      const info = await stat(abs).catch(() => undefined);
      if (!info) throw new ToolInputError(`${rel} does not exist; use write_file to create it`);
      if (!info.isFile()) throw new ToolInputError(`${rel} is not a regular file`);
      const buf = await readFile(abs);
      if (looksBinary(buf)) throw new ToolInputError(`${rel} is a binary file; edit_file only changes text`);
      const text = buf.toString("utf8");

      const at = occurrences(text, oldText);
      if (at.length === 0) throw new ToolInputError(notFound(text, oldText, rel));
      if (at.length > 1) {
        const lines = at.slice(0, 10).map((i) => lineOf(text, i));
        throw new ToolInputError(
          `old_text appears ${at.length} times in ${rel} (at lines ${lines.join(", ")}${at.length > 10 ? ", …" : ""}); include more of the surrounding lines in old_text so that it matches exactly once`,
        );
      }
      const i = at[0]!;
      // Slices, not String.replace: "$&" or "$1" in new_text must stay literal.
      await writeFile(abs, text.slice(0, i) + newText + text.slice(i + oldText.length));
      ctx.sandbox.adopt(abs);
      const first = lineOf(text, i);
      const oldLines = oldText.split("\n").length;
      const newLines = newText === "" ? 0 : newText.split("\n").length;
      return ok(`Edited ${rel}: replaced ${plural(oldLines, "line")} at line ${first} with ${plural(newLines, "line")}.`);
    },
  );
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

function lineOf(text: string, index: number): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Say that old_text is missing and, when it differs only in whitespace from some lines, where those are. */
function notFound(text: string, oldText: string, rel: string): string {
  const base = `old_text was not found in ${rel}`;
  const squash = (s: string) => s.trim().replace(/\s+/g, " ");
  const want = oldText.split("\n").map(squash);
  while (want.length > 0 && want[0] === "") want.shift();
  while (want.length > 0 && want[want.length - 1] === "") want.pop();
  if (want.length > 0) {
    const have = text.split("\n").map(squash);
    for (let i = 0; i + want.length <= have.length; i++) {
      if (want.every((w, j) => have[i + j] === w)) {
        return `${base}, but lines ${i + 1}–${i + want.length} match it apart from whitespace (indentation, tabs or line endings); read those lines with read_file and copy them exactly into old_text`;
      }
    }
  }
  return `${base}; read the file again with read_file and copy the text to replace exactly, including whitespace and indentation`;
}
