import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runAgentNode } from "../../src/agent/runner.js";
import { loadBlueprint } from "../../src/blueprint/index.js";
import type { McpServer } from "../../src/blueprint/types.js";
import { asAgent, ROOT } from "../helpers/blueprints.js";
import { gitInit, makeWorkspace } from "./tools/workspace.js";

const TSX = pathToFileURL(path.join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const CLI = path.join(ROOT, "src", "cli", "index.ts");

/** An agent node granted one tool of `crustyclaw mcp` (run from source), defined in the blueprint or only in config. */
function blueprintText(defineInBlueprint: boolean): string {
  const servers = defineInBlueprint
    ? `mcp-servers:
  files:
    command: ${JSON.stringify(process.execPath)}
    args: ["--import", ${JSON.stringify(TSX)}, ${JSON.stringify(CLI)}, "mcp", "--workspace", "."]
`
    : "";
  return `name: mcp-node
triggers: { issue: { labels: [go] } }
${servers}nodes:
  - id: look
    stage: execute
    agent:
      instructions: Read the notes through MCP.
      tools: [finish]
      model: scripted:turns.yml
      mcp: { files: [read_file] }
`;
}

const TURNS = `turns:
  - tool_calls: [{ name: mcp__files__read_file, arguments: { path: notes.txt } }]
  - tool_calls: [{ name: finish, arguments: { summary: read the notes } }]
`;

async function run(defineInBlueprint: boolean, ctx: { workspaceIsBase: boolean; configMcpServers?: Record<string, McpServer> }) {
  const ws = makeWorkspace({ "notes.txt": "the notes say hello\n", "turns.yml": TURNS });
  await gitInit(ws.root);
  const out = mkdtempSync(path.join(tmpdir(), "crustyclaw-mcp-node-"));
  const { blueprint, problems } = loadBlueprint("mcp-node.yml", blueprintText(defineInBlueprint));
  if (!blueprint) throw new Error(JSON.stringify(problems));
  const result = await runAgentNode(asAgent(blueprint.nodes[0]), { blueprint, workspace: ws.root, outDir: out, resultDirs: [out], env: process.env, ...ctx });
  return { result, transcript: readFileSync(path.join(out, "transcripts", "look.jsonl"), "utf8") };
}

describe("agent nodes with MCP servers", () => {
  it("offers the granted MCP tool beside the node's own tools, in the same loop and transcript", async () => {
    const { result, transcript } = await run(true, { workspaceIsBase: true });
    expect(result).toMatchObject({ status: "done", summary: "read the notes", usage: { turns: 2 } });
    const entries = transcript.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries[0]).toMatchObject({ type: "start", tools: ["finish", "mcp__files__read_file"] });
    expect(entries.find((e) => e.type === "tool")).toMatchObject({ isError: false, content: expect.stringContaining("the notes say hello") });
  }, 30_000);

  it("uses config-defined servers on the base branch, and refuses them on a pull request's head", async () => {
    const files: McpServer = { command: process.execPath, args: ["--import", TSX, CLI, "mcp", "--workspace", "."], env: {}, timeoutSeconds: 30 };
    const base = await run(false, { workspaceIsBase: true, configMcpServers: { files } });
    expect(base.result.status).toBe("done");
    // The caller passes no config servers on PR heads; the refusal says why.
    const head = await run(false, { workspaceIsBase: false });
    expect(head.result.status).toBe("failed");
    expect(head.result.escalation).toContain("grants MCP server 'files', which is defined neither in the blueprint nor in .crustyclaw/config.yml");
    expect(head.result.escalation).toContain("on pull-request heads only the blueprint's own mcp-servers are used");
  }, 30_000);
});

