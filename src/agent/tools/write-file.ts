import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Tool } from "../types.js";
import { confine } from "./confine.js";
import { defineTool, ok, resolveContext, stringArg, ToolInputError, type ToolContext } from "./context.js";

/** Bytes one write may put in a file: source files, not generated blobs. */
export const MAX_WRITE_BYTES = 2 * 1024 * 1024;

export function writeFileTool(context: ToolContext): Tool {
  const ctx = resolveContext(context);
  return defineTool(
    ctx,
    {
      name: "write_file",
      description:
        "Create a file, or replace a file's whole contents, in the workspace (missing directories are created). " +
        "For a change to part of an existing file, edit_file is safer.",
      parameters: {
        type: "object",
        properties: {
          path: { type: "string", description: "File path relative to the workspace root" },
          content: { type: "string", description: "The complete new contents of the file" },
        },
        required: ["path", "content"],
        additionalProperties: false,
      },
    },
    async (args) => {
      const input = stringArg(args, "path");
      const content = stringArg(args, "content");
      const size = Buffer.byteLength(content);
      if (size > MAX_WRITE_BYTES) throw new ToolInputError(`content is ${size} bytes; one write may be at most ${MAX_WRITE_BYTES}`);

      const { rel, abs } = confine(ctx.root, input, "write", ctx.allowProtectedPaths, ctx.decide);
      const existing = await stat(abs).catch(() => undefined);
      if (existing?.isDirectory()) throw new ToolInputError(`${rel} is a directory; name a file inside it`);
      const created = await mkdir(path.dirname(abs), { recursive: true });
      await writeFile(abs, content);
      // Commands run as the sandbox's uid: what the tool creates must be theirs to change too.
      ctx.sandbox.adopt(created ?? abs);
      return ok(`${existing ? "Overwrote" : "Created"} ${rel} (${size} bytes).`);
    },
  );
}
