/**
 * MCP server definitions and the names their tools get: what the blueprint
 * validator, the config loader and the agent runtime agree on.
 */
import { DEFAULT_MCP_TIMEOUT_SECONDS } from "./schema.js";
import type { McpServer } from "./types.js";

/**
 * Tool names OpenAI's and Anthropic's APIs accept. MCP allows more (dots, up to
 * 128 characters), so some MCP tools cannot be offered to a model at all.
 */
export const MODEL_TOOL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

/** The name a model sees for an MCP tool: namespaced so it cannot shadow a built-in tool or another server's. */
export function mcpToolName(server: string, tool: string): string {
  return `mcp__${server}__${tool}`;
}

/** Why an MCP tool cannot be offered under its namespaced name, or undefined when it can. */
export function mcpToolNameProblem(server: string, tool: string): string | undefined {
  const name = mcpToolName(server, tool);
  if (MODEL_TOOL_NAME.test(name)) return undefined;
  const bad = name.match(/[^a-zA-Z0-9_-]/)?.[0];
  const why = bad !== undefined ? `contains '${bad}'` : `is ${name.length} characters long`;
  return `MCP tool '${tool}' of server '${server}' would be offered to the model as '${name}', which ${why}; model APIs accept tool names of at most 64 letters, digits, '_' and '-'`;
}

/** Raw `mcp-servers` entries as written (schema-valid). */
export interface RawMcpServer {
  command: string;
  args?: string[];
  env?: Record<string, string>;
  "timeout-seconds"?: number;
}

/** Apply defaults to a schema-valid `mcp-servers` map. */
export function resolveMcpServers(raw: Record<string, RawMcpServer> | undefined): Record<string, McpServer> {
  const out: Record<string, McpServer> = {};
  for (const [name, s] of Object.entries(raw ?? {})) {
    out[name] = { command: s.command, args: s.args ?? [], env: { ...(s.env ?? {}) }, timeoutSeconds: s["timeout-seconds"] ?? DEFAULT_MCP_TIMEOUT_SECONDS };
  }
  return out;
}

/** Servers a blueprint's nodes can use: the config's, with the blueprint's own replacing any of the same name. */
export function mergeMcpServers(fromConfig: Record<string, McpServer>, fromBlueprint: Record<string, McpServer>): Record<string, McpServer> {
  return { ...fromConfig, ...fromBlueprint };
}
