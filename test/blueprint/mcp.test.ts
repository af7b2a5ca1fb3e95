/**
 * MCP keys in blueprints and in `.crustyclaw/config.yml`: what resolves, and where
 * an unknown server is an error (only where the config is known). The malformed
 * cases are in the corpus (test/fixtures/malformed/mcp-*.yml).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBlueprint } from "../../src/blueprint/validate.js";
import { main } from "../../src/cli/main.js";
import { parseConfig } from "../../src/config/config.js";
import { asAgent } from "../helpers/blueprints.js";

const BLUEPRINT = `name: demo
triggers: {dispatch: true}
mcp-servers:
  docs:
    command: npx
    args: [-y, "@acme/docs-mcp"]
    env: {LOG_LEVEL: warn}
nodes:
  - id: plan
    stage: plan
    agent:
      instructions: Plan it.
      mcp:
        docs: [search_docs, read_page]
        tracker: [find_issue]
`;

async function run(cwd: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, cwd, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("MCP in blueprints", () => {
  it("resolves servers with defaults and the node's allow-list", () => {
    const { blueprint, problems } = loadBlueprint("b.yml", BLUEPRINT);
    // Without the config, 'tracker' may come from it: left for the run (or `crustyclaw validate`) to resolve.
    expect(problems).toEqual([]);
    expect(blueprint!.mcpServers).toEqual({ docs: { command: "npx", args: ["-y", "@acme/docs-mcp"], env: { LOG_LEVEL: "warn" }, timeoutSeconds: 60 } });
    expect(asAgent(blueprint!.nodes[0]).agent.mcp).toEqual({ docs: ["search_docs", "read_page"], tracker: ["find_issue"] });
  });

  it("defaults to no servers and no grants", () => {
    const { blueprint } = loadBlueprint("b.yml", "name: demo\ntriggers: {dispatch: true}\nnodes: [{id: a, stage: plan, agent: {instructions: x}}]\n");
    expect(blueprint!.mcpServers).toEqual({});
    expect(asAgent(blueprint!.nodes[0]).agent.mcp).toEqual({});
  });

  it("checks granted servers against the blueprint's and the config's when the config is known", () => {
    expect(loadBlueprint("b.yml", BLUEPRINT, { configMcpServers: ["tracker"] }).problems).toEqual([]);
    const r = loadBlueprint("b.yml", BLUEPRINT, { configMcpServers: [] });
    expect(r.problems).toEqual([
      {
        file: "b.yml",
        line: 15,
        column: 9,
        code: "unknown-mcp-server",
        message: "node 'plan' grants MCP server 'tracker', which is defined neither in the blueprint's mcp-servers nor in .crustyclaw/config.yml",
        hint: "known MCP servers: docs",
      },
    ]);
  });
});

describe("MCP in .crustyclaw/config.yml", () => {
  it("parses shared servers with defaults", () => {
    const { config, problems } = parseConfig("c.yml", "mcp-servers:\n  tracker:\n    command: tracker-mcp\n    timeout-seconds: 30\n");
    expect(problems).toEqual([]);
    expect(config!.mcpServers).toEqual({ tracker: { command: "tracker-mcp", args: [], env: {}, timeoutSeconds: 30 } });
  });

  it("refuses bad names and non-literal env like a blueprint", () => {
    const { problems } = parseConfig("c.yml", "mcp-servers:\n  Tracker:\n    command: x\n  ok:\n    command: y\n    env: {T: '${{ secrets.T }}'}\n");
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      "2:3 key 'Tracker' in mcp-servers is not a valid name; expected lower-case letters and digits, optionally joined by single dashes or underscores, such as 'docs' or 'issue-tracker'",
      "6:14 mcp-servers.ok.env.T is '${{ secrets.T }}'; expected a literal value: '${{ ... }}' is never expanded here, and MCP servers receive no secrets",
    ]);
  });

  it("`crustyclaw validate` accepts a server the config defines and names one nobody does", async () => {
    const repo = mkdtempSync(path.join(tmpdir(), "crustyclaw-mcp-"));
    execFileSync("git", ["init", "-q", repo]);
    mkdirSync(path.join(repo, ".crustyclaw", "blueprints"), { recursive: true });
    writeFileSync(path.join(repo, ".crustyclaw", "blueprints", "demo.yml"), BLUEPRINT);
    let r = await run(repo, ["validate"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(".crustyclaw/blueprints/demo.yml:15:9: node 'plan' grants MCP server 'tracker', which is defined neither");

    writeFileSync(path.join(repo, ".crustyclaw", "config.yml"), "mcp-servers:\n  tracker: {command: tracker-mcp}\n");
    r = await run(repo, ["validate"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });
});
