/**
 * MCP servers as agent tools. A node's `agent.mcp` grants some tools of some
 * servers; each granted server is started over stdio in the workspace, with the
 * environment `run_command` gets (no forge tokens, OIDC request variables, model
 * keys, `INPUT_*` or variables holding a known secret) plus its literal `env`.
 * Only allow-listed tools are offered, as `mcp__<server>__<tool>`, and every
 * result goes through the same redaction as the built-in tools.
 *
 * What a server says is untrusted: tool descriptions and schemas are sanitised
 * and capped before a model reads them, results are capped and redacted, and a
 * call that does not answer in the server's `timeout-seconds` is cancelled.
 */
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { mcpToolName, mcpToolNameProblem } from "../blueprint/mcp.js";
import { MCP_SERVER_PATTERN } from "../blueprint/schema.js";
import type { McpServer } from "../blueprint/types.js";
import { sanitize } from "../context/sanitize.js";
import type { Sandbox } from "../policy/sandbox.js";
import { redact } from "../policy/secrets.js";
import { defineTool, fail, resolveContext, type ResolvedContext } from "./tools/context.js";
import { commandEnv } from "./tools/run-command.js";
import type { JsonSchema, Tool, ToolResult } from "./types.js";

/** Characters of one tool result the model sees; the rest is cut with a note (read_file's limit). */
export const MAX_MCP_RESULT_CHARS = 50_000;
/** Characters of a tool description from a server, after sanitising. */
export const MAX_MCP_DESCRIPTION_CHARS = 1_000;
/** Characters of one `description` or `title` inside a tool's input schema. */
const MAX_SCHEMA_TEXT_CHARS = 500;
/** Size of a tool's input schema, as JSON, that CrustyClaw accepts. */
export const MAX_MCP_SCHEMA_CHARS = 32 * 1024;
/** Stderr kept per server, for error messages. */
const STDERR_TAIL_BYTES = 4 * 1024;
/** Pages of `tools/list` read before giving up on a server that never stops paging. */
const MAX_LIST_PAGES = 50;

export interface McpConnectOptions {
  /** The checkout: every server runs with it as its working directory. */
  workspace: string;
  /** Environment to start from, before scrubbing (typically `process.env`); never passed on as it is. */
  env: NodeJS.ProcessEnv;
  /** Secret values known at run time: redacted from every result, and variables holding them are dropped. */
  secrets: string[];
  /** Cancels starting the servers. Running servers stop only with `close()`. */
  signal?: AbortSignal;
  /** The node the grants belong to, for error messages. */
  node?: string;
  /** Where the servers run: the node's sandbox. Default: unsandboxed. */
  sandbox?: Sandbox;
}

export interface McpConnection {
  /** One tool per granted MCP tool, in grant order. */
  tools: Tool[];
  /** Stop every server. Safe to call more than once. */
  close(): Promise<void>;
}

/** A started server: its client, and the tail of what it wrote to stderr. */
interface Session {
  name: string;
  server: McpServer;
  client: Client;
  stderr: () => string;
  listed: Array<{ name: string; description?: string | undefined; inputSchema: Record<string, unknown> }>;
}

/**
 * Start the granted servers and turn their allow-listed tools into agent tools.
 * `grants` is a node's `agent.mcp` (server → tool names); `servers` the server
 * definitions it may use (`mergeMcpServers(config.mcpServers, blueprint.mcpServers)`).
 * Throws a clear Error when a server is undefined, fails to start or to list its
 * tools, or lacks a granted tool; servers already started are stopped first.
 */
export async function connectMcpServers(
  grants: Readonly<Record<string, readonly string[]>>,
  servers: Readonly<Record<string, McpServer>>,
  opts: McpConnectOptions,
): Promise<McpConnection> {
  const who = opts.node ? `node '${opts.node}'` : "the node";
  const granted = Object.entries(grants).filter(([, tools]) => tools.length > 0);
  for (const [name, tools] of granted) {
    if (!new RegExp(MCP_SERVER_PATTERN).test(name)) throw new Error(`${who} grants MCP server '${name}', which is not a valid server name (lower-case letters and digits, joined by single '-' or '_')`);
    if (!Object.hasOwn(servers, name)) {
      const known = Object.keys(servers);
      throw new Error(
        `${who} grants MCP server '${name}', which is defined neither in the blueprint nor in .crustyclaw/config.yml (${known.length ? `defined: ${known.join(", ")}` : "no MCP servers are defined"})`,
      );
    }
    for (const tool of tools) {
      const problem = mcpToolNameProblem(name, tool);
      if (problem) throw new Error(`${who}: ${problem}`);
    }
  }
  if (granted.length === 0) return { tools: [], close: async () => {} };

  const ctx = resolveContext({ workspace: opts.workspace, secrets: opts.secrets, env: opts.env, ...(opts.sandbox ? { sandbox: opts.sandbox } : {}) });
  const baseEnv = commandEnv(ctx);
  opts.signal?.throwIfAborted();
  const started = await Promise.allSettled(granted.map(([name]) => startServer(name, servers[name]!, baseEnv, ctx, opts.signal)));
  const sessions = started.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const closeAll = once(async () => {
    await Promise.all(sessions.map((s) => s.client.close().catch(() => {})));
  });
  const failures = started.flatMap((r) => (r.status === "rejected" ? [(r.reason as Error).message] : []));
  if (failures.length > 0) {
    await closeAll();
    throw new Error(failures.join("\n"));
  }

  const tools: Tool[] = [];
  for (const [name, names] of granted) {
    const session = sessions.find((s) => s.name === name)!;
    for (const toolName of names) {
      const listed = session.listed.find((t) => t.name === toolName);
      if (!listed) {
        await closeAll();
        const actual = session.listed.map((t) => t.name);
        throw new Error(`${who} grants tool '${toolName}' of MCP server '${name}', which has no such tool; its tools: ${actual.length ? actual.join(", ") : "(none)"}`);
      }
      try {
        tools.push(mcpTool(session, listed, ctx));
      } catch (err) {
        await closeAll();
        throw err;
      }
    }
  }
  return { tools, close: closeAll };
}

/** The least time a server gets to start and list its tools, whatever its per-call timeout. */
const START_SECONDS = 30;

function startSeconds(server: McpServer): number {
  return Math.max(server.timeoutSeconds, START_SECONDS);
}

async function startServer(name: string, server: McpServer, baseEnv: NodeJS.ProcessEnv, ctx: ResolvedContext, signal?: AbortSignal): Promise<Session> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...baseEnv, ...server.env })) if (typeof v === "string") env[k] = v;
  // In the node's sandbox, like its commands: a server runs code from the workspace (npx, a local script).
  const wrapped = ctx.sandbox.wrap([server.command, ...server.args], { env, cwd: ctx.root });
  const transport = new StdioClientTransport({ command: wrapped.command, args: wrapped.args, env: wrapped.env as Record<string, string>, cwd: ctx.root, stderr: "pipe" });
  transport.onclose = () => wrapped.reap();
  let tail = Buffer.alloc(0);
  transport.stderr?.on("data", (chunk: Buffer) => {
    tail = Buffer.concat([tail, chunk]);
    if (tail.length > 2 * STDERR_TAIL_BYTES) tail = tail.subarray(tail.length - STDERR_TAIL_BYTES);
  });
  const stderr = () => redact(tail.subarray(Math.max(0, tail.length - STDERR_TAIL_BYTES)).toString("utf8"), ctx.secrets).trim();
  const client = new Client({ name: "crustyclaw", version: "1" }, { capabilities: {} });
  // Starting may take longer than a call (a cold `npx`, a busy runner): at least START_SECONDS.
  const timeoutMs = startSeconds(server) * 1000;
  const options = { timeout: timeoutMs, maxTotalTimeout: timeoutMs, ...(signal ? { signal } : {}) };
  try {
    await client.connect(transport, options);
    const listed: Session["listed"] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_LIST_PAGES; page++) {
      const r = await client.listTools(cursor === undefined ? {} : { cursor }, options);
      listed.push(...r.tools);
      cursor = r.nextCursor;
      if (cursor === undefined) break;
    }
    return { name, server, client, stderr, listed };
  } catch (err) {
    await client.close().catch(() => {});
    // Let the last of stderr arrive: it usually says why.
    await new Promise((r) => setTimeout(r, 50));
    const why = startFailure(err, server);
    const out = stderr();
    const command = [server.command, ...server.args].join(" ");
    throw new Error(`MCP server '${name}' (${command}) could not be started: ${why}${out ? `; its stderr ended with:\n${indent(lastChars(out, 1500))}` : ""}`);
  }
}

function startFailure(err: unknown, server: McpServer): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === "ENOENT") return `\`${server.command}\` was not found on PATH`;
  if (e.code === "EACCES") return `\`${server.command}\` is not executable`;
  if (err instanceof McpError && err.code === ErrorCode.RequestTimeout) return `it did not answer within ${startSeconds(server)} s`;
  if (err instanceof McpError && err.code === ErrorCode.ConnectionClosed) return "it exited before answering";
  return e.message ?? String(err);
}

/** One allow-listed MCP tool as an agent tool. */
function mcpTool(session: Session, listed: Session["listed"][number], ctx: ResolvedContext): Tool {
  const { name: server, client } = session;
  const toolName = listed.name;
  const parameters = cleanSchema(listed.inputSchema);
  const size = JSON.stringify(parameters).length;
  if (size > MAX_MCP_SCHEMA_CHARS) {
    throw new Error(`MCP server '${server}' describes tool '${toolName}' with an input schema of ${size} characters; CrustyClaw accepts at most ${MAX_MCP_SCHEMA_CHARS}`);
  }
  const description = cap(sanitize(listed.description ?? "").trim(), MAX_MCP_DESCRIPTION_CHARS);
  const timeoutMs = session.server.timeoutSeconds * 1000;
  const label = `MCP tool '${toolName}' of server '${server}'`;
  return defineTool(
    ctx,
    {
      name: mcpToolName(server, toolName),
      // The server's words are data about the tool, not instructions: say whose they are.
      description: `Tool '${toolName}' of the MCP server '${server}'.${description ? ` The server describes it as: ${description}` : ""}`,
      parameters,
    },
    async (args, signal): Promise<ToolResult> => {
      let result: Awaited<ReturnType<Client["callTool"]>>;
      try {
        result = await client.callTool({ name: toolName, arguments: args }, undefined, { timeout: timeoutMs, maxTotalTimeout: timeoutMs, ...(signal ? { signal } : {}) });
      } catch (err) {
        if (signal?.aborted) return fail(`${label} was cancelled`);
        if (err instanceof McpError && err.code === ErrorCode.RequestTimeout) {
          return fail(`${label} did not answer within ${session.server.timeoutSeconds} s; the call was cancelled`);
        }
        if (err instanceof McpError && err.code === ErrorCode.ConnectionClosed) {
          const out = session.stderr();
          return fail(`MCP server '${server}' stopped running${out ? `; its stderr ended with:\n${indent(lastChars(out, 1500))}` : ""}`);
        }
        return fail(`${label} failed: ${(err as Error).message}`);
      }
      // Redact before cutting, so a secret cannot survive in part at the cut.
      const text = redact(render(result), ctx.secrets);
      const content =
        text.length > MAX_MCP_RESULT_CHARS
          ? `${text.slice(0, MAX_MCP_RESULT_CHARS)}\n[… truncated: the result was ${text.length} characters; showed the first ${MAX_MCP_RESULT_CHARS}]`
          : text;
      return { content, isError: "isError" in result && result.isError === true };
    },
  );
}

type Content = { type: string; text?: unknown; mimeType?: unknown; data?: unknown; uri?: unknown; name?: unknown; resource?: { uri?: unknown; text?: unknown; blob?: unknown; mimeType?: unknown } };

/** Text parts as they are; other parts described briefly, so the model knows they were there. */
function render(result: Record<string, unknown>): string {
  const parts = Array.isArray(result.content) ? (result.content as Content[]) : [];
  const out: string[] = [];
  for (const p of parts) {
    if (p.type === "text" && typeof p.text === "string") out.push(p.text);
    else if (p.type === "image" || p.type === "audio") out.push(`[${p.type} (${String(p.mimeType ?? "unknown type")}, ${base64Bytes(p.data)} bytes) not shown]`);
    else if (p.type === "resource_link") out.push(`[resource link: ${String(p.name ?? "")} ${String(p.uri ?? "")}]`);
    else if (p.type === "resource" && p.resource) {
      const r = p.resource;
      if (typeof r.text === "string") out.push(`[resource ${String(r.uri ?? "")}]\n${r.text}`);
      else out.push(`[resource ${String(r.uri ?? "")} (${String(r.mimeType ?? "binary")}, ${base64Bytes(r.blob)} bytes) not shown]`);
    } else out.push(`[${String(p.type)} content not shown]`);
  }
  if (out.length === 0 && result.structuredContent !== undefined) return JSON.stringify(result.structuredContent, null, 2);
  if (out.length === 0 && "toolResult" in result) return JSON.stringify(result.toolResult, null, 2);
  return out.length ? out.join("\n") : "(the tool returned no content)";
}

function base64Bytes(data: unknown): number {
  return typeof data === "string" ? Math.floor((data.replace(/=+$/, "").length * 3) / 4) : 0;
}

/** A copy of a server's input schema with every description and title sanitised and capped. */
function cleanSchema(schema: Record<string, unknown>): JsonSchema {
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === "string") return key === "description" || key === "title" ? cap(sanitize(v), MAX_SCHEMA_TEXT_CHARS) : v;
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return { type: "object", ...(walk(schema) as JsonSchema) };
}

function cap(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function lastChars(text: string, n: number): string {
  return text.length > n ? `…${text.slice(-n)}` : text;
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `  ${l}`)
    .join("\n");
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let p: Promise<void> | undefined;
  return () => (p ??= fn());
}
