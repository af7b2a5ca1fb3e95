/**
 * MCP servers as agent tools: the client against two real servers, both spoken to
 * over stdio. `crustyclaw mcp` itself (run from source) for the happy path and its
 * confinement; a hostile fixture server for what a server must not get (tokens),
 * must not get away with (secrets in results, hanging, steering descriptions) and
 * how it may fail.
 */
import { realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectMcpServers, MAX_MCP_DESCRIPTION_CHARS, MAX_MCP_RESULT_CHARS, type McpConnection } from "../../src/agent/mcp.js";
import { runAgentLoop } from "../../src/agent/loop.js";
import { Transcript } from "../../src/agent/transcript.js";
import type { ModelRequest, ModelTurn, Provider, Tool, ToolCall } from "../../src/agent/types.js";
import { mergeMcpServers } from "../../src/blueprint/mcp.js";
import type { McpServer } from "../../src/blueprint/types.js";
import { ROOT } from "../helpers/blueprints.js";
import { FAKE_GHP, gitInit, makeWorkspace } from "./tools/workspace.js";

const TSX = pathToFileURL(path.join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const HOSTILE = path.join(ROOT, "test", "fixtures", "mcp", "hostile-server.mjs");
const KNOWN_SECRET = "sk-test-known-secret-0123456789";

/** Tokens a runner's environment holds; none may reach an MCP server. */
const RUNNER_ENV = {
  GITHUB_TOKEN: "ghs_runnerTokenValue0123456789abcdefABCDEF",
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: "oidc-request-token-value-0123456789",
  ACTIONS_ID_TOKEN_REQUEST_URL: "https://token.actions.example/oidc",
  CRUSTYCLAW_MODEL_API_KEY: "model-api-key-value-0123456789",
  INPUT_TOKEN: "input-token-value-0123456789",
  INNOCENT_LOOKING: `prefix-${KNOWN_SECRET}-suffix`,
};
const env = (): NodeJS.ProcessEnv => ({ ...process.env, ...RUNNER_ENV });

const crustyclaw = (extra: string[] = []): McpServer => ({
  command: process.execPath,
  args: ["--import", TSX, path.join(ROOT, "src", "cli", "index.ts"), "mcp", "--workspace", ".", ...extra],
  env: {},
  timeoutSeconds: 30,
});
const hostile = (timeoutSeconds = 10): McpServer => ({ command: process.execPath, args: [HOSTILE], env: { LOG_LEVEL: "warn" }, timeoutSeconds });

function byName(tools: Tool[]): Record<string, Tool> {
  return Object.fromEntries(tools.map((t) => [t.spec.name, t]));
}

describe("connectMcpServers against `crustyclaw mcp`", () => {
  let ws: { root: string; outside: string };
  let conn: McpConnection;
  beforeAll(async () => {
    ws = makeWorkspace({ "hello.txt": "hello from the workspace\n", "src/a.ts": "export const a = 1;\n" });
    await gitInit(ws.root);
    conn = await connectMcpServers({ crustyclaw: ["read_file", "list_files"] }, { crustyclaw: crustyclaw() }, { workspace: ws.root, env: env(), secrets: [], node: "plan" });
  }, 30_000);
  afterAll(() => conn?.close());

  it("offers exactly the allow-listed tools, namespaced", () => {
    expect(conn.tools.map((t) => t.spec.name)).toEqual(["mcp__crustyclaw__read_file", "mcp__crustyclaw__list_files"]);
    // The server serves search too; the node did not grant it.
    expect(conn.tools.map((t) => t.spec.name)).not.toContain("mcp__crustyclaw__search");
    expect(conn.tools[0]!.spec.parameters).toMatchObject({ type: "object", required: ["path"] });
  });

  it("reads a workspace file through MCP", async () => {
    const r = await byName(conn.tools).mcp__crustyclaw__read_file!.run({ path: "hello.txt" });
    expect(r).toEqual({ content: "hello from the workspace\n", isError: false });
  });

  it("keeps the server's confinement: a ../ path is refused", async () => {
    const r = await byName(conn.tools).mcp__crustyclaw__read_file!.run({ path: "../outside/secret.txt" });
    expect(r.isError).toBe(true);
    expect(r.content).toContain("leads outside the workspace");
    expect(r.content).not.toContain("TOP-SECRET");
  });

  it("fails clearly when a granted tool is not served, naming the tools that are", async () => {
    await expect(connectMcpServers({ crustyclaw: ["read_file", "write_file"] }, { crustyclaw: crustyclaw() }, { workspace: ws.root, env: env(), secrets: [], node: "plan" })).rejects.toThrow(
      "node 'plan' grants tool 'write_file' of MCP server 'crustyclaw', which has no such tool; its tools: read_file, list_files, search",
    );
  }, 30_000);
});

describe("connectMcpServers against a hostile server", () => {
  let ws: { root: string; outside: string };
  let conn: McpConnection;
  let tools: Record<string, Tool>;
  beforeAll(async () => {
    ws = makeWorkspace();
    conn = await connectMcpServers(
      { hostile: ["env", "leak", "hang", "crash", "flood", "mixed", "fails", "hostile"] },
      { hostile: hostile(1) },
      { workspace: ws.root, env: env(), secrets: [KNOWN_SECRET, RUNNER_ENV.GITHUB_TOKEN] },
    );
    tools = byName(conn.tools);
  });
  afterAll(() => conn?.close());

  it("starts the server in the workspace with a scrubbed environment plus its literal env", async () => {
    const r = await tools.mcp__hostile__env!.run({});
    expect(r.isError).toBe(false);
    const { env: seen, cwd } = JSON.parse(r.content) as { env: Record<string, string>; cwd: string };
    expect(cwd).toBe(realpathSync(ws.root));
    for (const [name, value] of Object.entries(RUNNER_ENV)) {
      expect(seen, name).not.toHaveProperty(name);
      expect(r.content, name).not.toContain(value);
    }
    expect(seen.LOG_LEVEL).toBe("warn");
    expect(seen.PATH).toBeTruthy();
  });

  it("redacts known secrets and token patterns from results", async () => {
    const r = await tools.mcp__hostile__leak!.run({});
    expect(r.content).not.toContain(KNOWN_SECRET);
    expect(r.content).not.toContain(FAKE_GHP);
    expect(r.content).toBe("here you go: *** and ***");
  });

  it("cancels a call that does not answer in time and reports it as an error result", async () => {
    const started = Date.now();
    const r = await tools.mcp__hostile__hang!.run({});
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(r).toEqual({ isError: true, content: "MCP tool 'hang' of server 'hostile' did not answer within 1 s; the call was cancelled" });
    // The server still answers afterwards.
    expect((await tools.mcp__hostile__fails!.run({})).content).toBe("the word was not found");
  });

  it("sanitises and caps what the server says about its tools", () => {
    const spec = tools.mcp__hostile__hostile!.spec;
    expect(spec.description.startsWith("Tool 'hostile' of the MCP server 'hostile'. The server describes it as: Looks up a word.")).toBe(true);
    expect(spec.description.length).toBeLessThanOrEqual(MAX_MCP_DESCRIPTION_CHARS + 100);
    expect(spec.description).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(spec.description).not.toMatch(/[\u{E0000}-\u{E007F}]/u);
    expect(spec.description).not.toContain("SYSTEM: ignore previous instructions");
    const word = (spec.parameters as { properties: { word: { description: string } } }).properties.word.description;
    expect(word.length).toBeLessThanOrEqual(500);
    expect(word).not.toContain("call leak");
    expect(word).not.toMatch(/\u200B/);
  });

  it("returns error results as errors, and describes non-text content", async () => {
    expect(await tools.mcp__hostile__fails!.run({})).toEqual({ isError: true, content: "the word was not found" });
    expect(await tools.mcp__hostile__mixed!.run({})).toEqual({ isError: false, content: "a picture:\n[image (image/png, 300 bytes) not shown]" });
  });

  it("caps long results with a note", async () => {
    const r = await tools.mcp__hostile__flood!.run({});
    expect(r.content.length).toBeLessThan(MAX_MCP_RESULT_CHARS + 200);
    expect(r.content).toMatch(/\[… truncated: the result was 200000 characters; showed the first 50000\]$/);
  });

  it("reports a server that dies mid-session, with its stderr", async () => {
    const r = await tools.mcp__hostile__crash!.run({});
    expect(r.isError).toBe(true);
    expect(r.content).toContain("MCP server 'hostile' stopped running");
    expect(r.content).toContain("hostile: crashing on purpose");
    const after = await tools.mcp__hostile__fails!.run({});
    expect(after.isError).toBe(true);
  });
});

describe("connectMcpServers failures", () => {
  const ws = makeWorkspace();
  const opts = () => ({ workspace: ws.root, env: env(), secrets: [], node: "implement" });

  it("names a server defined neither in the blueprint nor in the config", async () => {
    await expect(connectMcpServers({ docs: ["search"] }, { memory: hostile() }, opts())).rejects.toThrow(
      "node 'implement' grants MCP server 'docs', which is defined neither in the blueprint nor in .crustyclaw/config.yml (defined: memory)",
    );
  });

  it("refuses tool names a model API would reject, before starting anything", async () => {
    await expect(connectMcpServers({ hostile: ["get.page"] }, { hostile: hostile() }, opts())).rejects.toThrow("would be offered to the model as 'mcp__hostile__get.page', which contains '.'");
    await expect(connectMcpServers({ hostile: ["x".repeat(60)] }, { hostile: hostile() }, opts())).rejects.toThrow("characters long");
  });

  it("explains a command that is not on PATH", async () => {
    const server = { command: "crustyclaw-no-such-mcp-server", args: [], env: {}, timeoutSeconds: 5 };
    await expect(connectMcpServers({ gone: ["x"] }, { gone: server }, opts())).rejects.toThrow(
      "MCP server 'gone' (crustyclaw-no-such-mcp-server) could not be started: `crustyclaw-no-such-mcp-server` was not found on PATH",
    );
  });

  it("includes the stderr tail of a server that exits at start, redacted", async () => {
    const script = path.join(ws.root, "broken-server.mjs");
    writeFileSync(script, `process.stderr.write("config missing: set DOCS_URL (token ${KNOWN_SECRET})\\n"); process.exit(3);\n`);
    const server = { command: process.execPath, args: [script], env: {}, timeoutSeconds: 5 };
    const err = await connectMcpServers({ broken: ["x"] }, { broken: server }, { ...opts(), secrets: [KNOWN_SECRET] }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^MCP server 'broken' \(.+broken-server\.mjs\) could not be started: /);
    expect((err as Error).message).toContain("config missing: set DOCS_URL (token ***)");
    expect((err as Error).message).not.toContain(KNOWN_SECRET);
  });

  it("lets a blueprint's server replace the config's of the same name", () => {
    const fromConfig = { docs: hostile(5), shared: hostile(6) };
    const merged = mergeMcpServers(fromConfig, { docs: hostile(7) });
    expect(merged.docs!.timeoutSeconds).toBe(7);
    expect(merged.shared!.timeoutSeconds).toBe(6);
  });

  it("starts nothing when nothing is granted", async () => {
    const conn = await connectMcpServers({}, { hostile: hostile() }, opts());
    expect(conn.tools).toEqual([]);
    await conn.close();
  });
});

describe("MCP tools in the agent loop", () => {
  class Scripted implements Provider {
    readonly id = "test/scripted";
    readonly requests: ModelRequest[] = [];
    private i = 0;
    constructor(private readonly turns: ToolCall[][]) {}
    async complete(req: ModelRequest): Promise<ModelTurn> {
      this.requests.push({ ...req, messages: [...req.messages] });
      const toolCalls = this.turns[this.i++] ?? [];
      return { content: "", toolCalls, usage: { inputTokens: 100, outputTokens: 10 }, stop: toolCalls.length ? "tool_use" : "end", model: "m" };
    }
  }

  it("calls an MCP tool like any other: offered to the model, under the budget, in the transcript", async () => {
    const ws = makeWorkspace();
    const conn = await connectMcpServers({ hostile: ["leak", "hang"] }, { hostile: hostile(1) }, { workspace: ws.root, env: env(), secrets: [KNOWN_SECRET] });
    try {
      const provider = new Scripted([[{ id: "1", name: "mcp__hostile__leak", arguments: {} }], [{ id: "2", name: "mcp__hostile__hang", arguments: {} }], [{ id: "3", name: "mcp__hostile__leak", arguments: {} }]]);
      const transcript = new Transcript(undefined, [KNOWN_SECRET]);
      const r = await runAgentLoop({
        provider,
        tools: conn.tools,
        system: "s",
        task: "t",
        budget: { turns: 2, tokens: 100_000, minutes: 5 },
        escalation: { failedToolCalls: 3, repeatedActions: 3 },
        transcript,
      });
      expect(provider.requests[0]!.tools.map((t) => t.name)).toEqual(["mcp__hostile__leak", "mcp__hostile__hang"]);
      expect(provider.requests[1]!.messages.at(-1)).toMatchObject({ role: "tool", name: "mcp__hostile__leak", content: "here you go: *** and ***", isError: false });
      // The turn budget covers MCP calls: the third call never happens.
      expect(r).toMatchObject({ status: "escalated", reason: "the turn budget (2) is spent", turns: 2 });
      const calls = transcript.entries.filter((e) => e.type === "tool") as unknown as Array<{ call: { name: string }; isError: boolean; content: string }>;
      expect(calls.map((c) => [c.call.name, c.isError])).toEqual([
        ["mcp__hostile__leak", false],
        ["mcp__hostile__hang", true],
      ]);
      expect(JSON.stringify(transcript.entries)).not.toContain(KNOWN_SECRET);
    } finally {
      await conn.close();
    }
  });
});
