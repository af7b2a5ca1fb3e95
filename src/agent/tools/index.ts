/**
 * The agent's tools. A node gets exactly the tools its blueprint grants (none by
 * default), each confined to the workspace and redacting what it returns.
 */
import { TOOLS } from "../../blueprint/schema.js";
import type { ToolName } from "../../blueprint/types.js";
import type { Tool } from "../types.js";
import type { ToolContext } from "./context.js";
import { editFileTool } from "./edit-file.js";
import { finishTool } from "./finish.js";
import { listFilesTool } from "./list-files.js";
import { readFileTool } from "./read-file.js";
import { runCommandTool } from "./run-command.js";
import { searchTool } from "./search.js";
import { writeFileTool } from "./write-file.js";

export type { ToolContext } from "./context.js";

const FACTORIES: Record<ToolName, (ctx: ToolContext) => Tool> = {
  read_file: readFileTool,
  list_files: listFilesTool,
  search: searchTool,
  edit_file: editFileTool,
  write_file: writeFileTool,
  run_command: runCommandTool,
  finish: finishTool,
};

/** The granted tools, in the schema's order (stable prompts), each built once for this node. */
export function createTools(granted: readonly ToolName[], ctx: ToolContext): Tool[] {
  for (const name of granted) {
    if (!Object.hasOwn(FACTORIES, name)) throw new Error(`unknown tool '${name}'; known tools: ${TOOLS.join(", ")}`);
  }
  return TOOLS.filter((name) => granted.includes(name)).map((name) => FACTORIES[name](ctx));
}
