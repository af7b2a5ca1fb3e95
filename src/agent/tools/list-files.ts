import { lstat } from "node:fs/promises";
import path from "node:path";
import { globMatcher as matcherOf, GlobError, workspaceFiles } from "../../context/workspace-files.js";
import type { Tool } from "../types.js";
import { confine } from "./confine.js";
import { defineTool, ok, optionalStringArg, resolveContext, ToolInputError, type ToolContext } from "./context.js";

/** Entries one call returns. */
export const MAX_LIST_ENTRIES = 500;
export function listFilesTool(context: ToolContext): Tool {
  const ctx = resolveContext(context);
  return defineTool(
    ctx,
    {
      name: "list_files",
      description:
        `List files in a workspace directory, leaving out what .gitignore ignores. ` +
        `Without a glob, lists the directory's own entries (directories end in /). ` +
        `With a glob, lists matching files at any depth below it: a glob without / matches file names (*.ts), one with / matches the path below the directory (src/**/*.test.ts); * ? ** and {a,b} are supported. ` +
        `At most ${MAX_LIST_ENTRIES} entries, paths relative to the workspace root.`,
      parameters: {
        type: "object",
        properties: {
          path: { type: "string", description: "Directory relative to the workspace root. Default: the root." },
          glob: { type: "string", description: "Only files matching this glob, at any depth, e.g. *.ts or src/**/*.test.ts" },
        },
        additionalProperties: false,
      },
    },
    async (args) => {
      const input = optionalStringArg(args, "path") ?? ".";
      const glob = optionalStringArg(args, "glob");
      const dir = confine(ctx.root, input, "read");
      const info = await statOrUndefined(path.join(ctx.root, dir.real));
      if (!info) throw new ToolInputError(`${dir.rel} does not exist; list its parent directory to see what is there`);
      if (!info.isDirectory()) throw new ToolInputError(`${dir.rel} is a file, not a directory; use read_file to read it`);

      const files = await workspaceFiles(ctx.root, dir.real);
      const prefix = dir.real === "" ? "" : `${dir.real}/`;
      let entries: string[];
      if (glob !== undefined) {
        const match = globMatcher(glob);
        entries = files.filter((f) => match(f.slice(prefix.length)));
      } else {
        const seen = new Set<string>();
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
      return ok(more > 0 ? `${shown}\n[… ${more} more entries not shown; list a subdirectory or pass a narrower glob]` : shown);
    },
  );
}

async function statOrUndefined(abs: string) {
  try {
    return await lstat(abs);
  } catch {
    return undefined;
  }
}

/** A glob an agent gave (ripgrep's -g syntax); an invalid one is the agent's input error. */
export function globMatcher(glob: string): (rel: string) => boolean {
  try {
    return matcherOf(glob);
  } catch (err) {
    if (err instanceof GlobError) throw new ToolInputError(err.message);
    throw err;
  }
}
