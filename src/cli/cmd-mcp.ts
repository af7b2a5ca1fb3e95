import { statSync } from "node:fs";
import path from "node:path";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError, type CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { createTools } from "../agent/tools/index.js";
import { TOOLS } from "../blueprint/schema.js";
import { parseCommandPattern } from "../policy/command-patterns.js";
import type { ToolName } from "../blueprint/types.js";
import { scrubbedEnv } from "../policy/scrubbed-env.js";
import { didYouMean } from "../util/suggest.js";
import { packageVersion } from "./project.js";
import { UsageError, type Command } from "./usage.js";

/** What `crustyclaw mcp` may serve: every agent tool but `finish`, which ends a CrustyClaw agent's task and means nothing to another client. */
export const SERVABLE_TOOLS = TOOLS.filter((t) => t !== "finish");
export const DEFAULT_MCP_TOOLS: ToolName[] = ["read_file", "list_files", "search"];

export interface McpServeSettings {
  /** Absolute path of the directory every tool is confined to. */
  workspace: string;
  /** Tools to serve, in the schema's order. */
  tools: ToolName[];
  /** `run_command`'s allow-list: command patterns, as in a blueprint's `agent.commands` (docs/tools.md). */
  commands: string[];
}

/** Read and check the command line; every mistake is a UsageError naming the option. */
export function mcpSettings(values: Record<string, unknown>, positionals: string[], cwd: string): McpServeSettings {
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'; crustyclaw mcp takes options only`);
  const workspace = path.resolve(cwd, typeof values.workspace === "string" ? values.workspace : ".");
  let isDir = false;
  try {
    isDir = statSync(workspace).isDirectory();
  } catch {
    /* reported below */
  }
  if (!isDir) throw new UsageError(`invalid value '${String(values.workspace ?? workspace)}' for --workspace; expected an existing directory`);

  let tools: ToolName[] = DEFAULT_MCP_TOOLS;
  if (values.tools !== undefined) {
    const names = String(values.tools)
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean);
    if (names.length === 0) throw new UsageError("--tools is empty; expected a comma-separated list such as read_file,search");
    for (const name of names) {
      if (name === "finish") throw new UsageError("'finish' is never served: it ends a CrustyClaw agent's task and means nothing to another MCP client");
      if (!(SERVABLE_TOOLS as readonly string[]).includes(name)) {
        const hint = didYouMean(name, SERVABLE_TOOLS);
        throw new UsageError(`unknown tool '${name}' in --tools; ${hint ? `${hint} ` : ""}expected some of: ${SERVABLE_TOOLS.join(", ")}`);
      }
    }
    tools = SERVABLE_TOOLS.filter((t) => names.includes(t));
  }

  const commands = Array.isArray(values.command) ? values.command.map(String) : [];
  if (tools.includes("run_command") && commands.length === 0) {
    throw new UsageError("--tools includes run_command, which needs at least one --command PATTERN saying what it may run, such as --command 'npm test'");
  }
  if (commands.length > 0 && !tools.includes("run_command")) throw new UsageError("--command is given, but --tools does not include run_command");
  for (const c of commands) {
    const parsed = parseCommandPattern(c);
    if ("error" in parsed) {
      const where = parsed.offset > 0 ? ` (at character ${parsed.offset + 1})` : "";
      throw new UsageError(`invalid value '${c}' for --command: the pattern ${parsed.error}${where}${parsed.hint ? `; ${parsed.hint}` : ""}`);
    }
  }
  return { workspace, tools, commands };
}

/**
 * Values of the variables scrubbing removes (tokens, keys), redacted from every
 * result in case a file or a command's output contains one.
 */
function knownSecrets(env: NodeJS.ProcessEnv): string[] {
  const kept = scrubbedEnv(env, []);
  return Object.entries(env)
    .filter(([k, v]) => !Object.hasOwn(kept, k) && !k.startsWith("INPUT_") && typeof v === "string" && v.length >= 6)
    .map(([, v]) => v!);
}

/** Serve the tools over MCP on this process's stdin/stdout until the client goes away. */
export async function serveMcp(settings: McpServeSettings, log: (line: string) => void): Promise<void> {
  const tools = createTools(settings.tools, { workspace: settings.workspace, commands: settings.commands, secrets: knownSecrets(process.env), env: process.env });
  const byName = new Map(tools.map((t) => [t.spec.name, t]));
  const server = new Server({ name: "crustyclaw", version: packageVersion() }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    // Our tools' parameters are JSON Schema already; the SDK only requires `type: object`.
    tools: tools.map((t) => ({ name: t.spec.name, description: t.spec.description, inputSchema: { ...t.spec.parameters, type: "object" as const } })),
  }));
  server.setRequestHandler(CallToolRequestSchema, async (req, extra): Promise<CallToolResult> => {
    const tool = byName.get(req.params.name);
    if (!tool) throw new McpError(ErrorCode.InvalidParams, `unknown tool '${req.params.name}'; this server offers: ${[...byName.keys()].join(", ")}`);
    try {
      const r = await tool.run(req.params.arguments ?? {}, extra.signal);
      return { content: [{ type: "text", text: r.content }], isError: r.isError };
    } catch (err) {
      return { content: [{ type: "text", text: `${tool.spec.name} failed: ${(err as Error).message}` }], isError: true };
    }
  });

  const done = new Promise<void>((resolve) => {
    server.onclose = () => resolve();
    process.stdin.once("end", resolve);
    process.stdin.once("close", resolve);
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await server.connect(new StdioServerTransport());
  log(`crustyclaw mcp: serving ${settings.tools.join(", ")} for ${settings.workspace}`);
  await done;
  await server.close();
  // Stopped by a signal, stdin is still open and would keep the process alive.
  process.stdin.destroy();
}

/**
 * `crustyclaw mcp`: CrustyClaw's workspace tools for any MCP client (an editor,
 * another agent), with the confinement agent nodes get. Stdout carries protocol
 * messages only; diagnostics go to stderr.
 */
export const mcpCommand: Command = {
  name: "mcp",
  summary:
    "Serve CrustyClaw's workspace tools to an MCP client over stdio, confined to one directory; read-only unless asked. Stdout carries protocol messages only.",
  usage: "crustyclaw mcp [--workspace DIR] [--tools LIST] [--command PATTERN ...]",
  options: {
    workspace: { type: "string" },
    tools: { type: "string" },
    command: { type: "string", multiple: true },
  },
  help: [
    "  --workspace DIR     directory the tools are confined to (default: the current directory)",
    `  --tools LIST        comma-separated tools to serve (default: ${DEFAULT_MCP_TOOLS.join(",")});`,
    `                      also edit_file, write_file, run_command; finish is never served`,
    "  --command PATTERN   a command run_command may run, matched whole as in agent.commands",
    "                      ('npm test', 'npx vitest run **'); repeat for more; required with run_command",
  ],
  async run({ values, positionals, cwd }, io) {
    const settings = mcpSettings(values, positionals, cwd);
    await serveMcp(settings, io.err);
    return 0;
  },
};
