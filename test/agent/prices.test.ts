import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAgentNode } from "../../src/agent/runner.js";
import { loadBlueprint } from "../../src/blueprint/index.js";
import { parseConfig } from "../../src/config/config.js";
import { asAgent } from "../helpers/blueprints.js";
import { openaiStream, startServer, type WireServer } from "./providers/wire-server.js";
import { gitInit, makeWorkspace } from "./tools/workspace.js";

/**
 * A model the built-in price list does not know costs "unknown", not $0; `prices:` in the
 * config gives it a price. Driven through runAgentNode against a local OpenAI-compatible server.
 */
let server: WireServer;
beforeAll(async () => {
  server = await startServer(() => ({ sse: openaiStream({ model: "mystery-7b", toolCalls: [{ id: "f", name: "finish", args: ['{"summary":"done"}'] }], usage: { prompt_tokens: 1_000_000, completion_tokens: 500_000 } }) }));
});
afterAll(() => server.close());

async function run(prices?: Record<string, { input: number; output: number }>) {
  const ws = makeWorkspace({ "a.txt": "a\n" });
  await gitInit(ws.root);
  const out = mkdtempSync(path.join(tmpdir(), "crustyclaw-prices-"));
  const { blueprint } = loadBlueprint("p.yml", "name: p\ntriggers: { issue: { labels: [go] } }\nnodes:\n  - id: look\n    stage: execute\n    agent: { instructions: Look., tools: [finish], model: openai-compatible/mystery-7b }\n");
  return runAgentNode(asAgent(blueprint!.nodes[0]), {
    blueprint: blueprint!,
    workspace: ws.root,
    outDir: out,
    resultDirs: [out],
    workspaceIsBase: true,
    env: { CRUSTYCLAW_MODEL_API_KEY: "sk-local-not-a-real-key-0000" },
    modelBaseUrlInput: `${server.url}/v1`,
    ...(prices ? { prices } : {}),
  });
}

describe("model prices", () => {
  it("leaves an unknown model unpriced, and prices it from the config's prices", async () => {
    const unknown = await run();
    expect(unknown.status).toBe("done");
    expect(unknown.usage).toMatchObject({ usd: 0, priced: false });
    const { config, problems } = parseConfig(".crustyclaw/config.yml", "prices:\n  mystery-7b: { input: 2, output: 4 }\n");
    expect(problems).toEqual([]);
    const priced = await run(config!.prices);
    expect(priced.usage).toMatchObject({ usd: 4, priced: true });
  });

  it("refuses a price that is not one, saying where", () => {
    const { problems } = parseConfig(".crustyclaw/config.yml", "prices:\n  mystery-7b: { input: -1, output: 4 }\n");
    expect(problems[0]).toMatchObject({ file: ".crustyclaw/config.yml", line: 2 });
    expect(problems[0]!.message).toMatch(/input/);
  });
});
