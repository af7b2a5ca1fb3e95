import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AnthropicProvider, createProvider, OpenAIProvider, parseModelSpec, ScriptedProvider } from "../../../src/agent/providers/index.js";
import { ProviderError } from "../../../src/agent/types.js";
import { openaiStream, startServer, type WireServer } from "./wire-server.js";

let server: WireServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function thrown(fn: () => unknown): ProviderError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ProviderError);
    return e as ProviderError;
  }
  throw new Error("expected a ProviderError");
}

describe("createProvider", () => {
  it("gives each node its own turns from a file of per-node scripts, and says which node has none", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "crustyclaw-scripts-")), "turns.yml");
    writeFileSync(file, "nodes:\n  plan:\n    turns:\n      - content: planned\n  implement:\n    turns:\n      - content: done\n");
    expect(createProvider(`scripted:${file}`, {}, { node: "plan" })).toBeInstanceOf(ScriptedProvider);
    expect(createProvider(`scripted:${file}`, {}, { node: "plan" }).id).toBe(`scripted/${file}#plan`);
    expect(() => createProvider(`scripted:${file}`, {}, { node: "checks" })).toThrow(/no scripted turns for node 'checks' \(the file has: plan, implement\)/);
    writeFileSync(file, "nodes:\n  plan:\n    turns:\n      - tool_calls: [{ nam: x }]\n");
    expect(() => createProvider(`scripted:${file}`, {}, { node: "plan" })).toThrow(/node plan, turn 1: /);
  });

  it("picks the provider and its default endpoint from provider/model", () => {
    const openai = createProvider("openai/gpt-4.1", { CRUSTYCLAW_MODEL_API_KEY: "k1" });
    expect(openai).toBeInstanceOf(OpenAIProvider);
    expect(openai).toMatchObject({ id: "openai/gpt-4.1", baseURL: "https://api.openai.com/v1", maxTokensField: "max_completion_tokens" });

    expect(createProvider("anthropic/claude-sonnet-4-5", { ANTHROPIC_API_KEY: "k2" })).toBeInstanceOf(AnthropicProvider);
    expect(createProvider("anthropic/claude-sonnet-4-5", { ANTHROPIC_API_KEY: "k2" })).toMatchObject({ id: "anthropic/claude-sonnet-4-5", baseURL: "https://api.anthropic.com" });

    // Local servers need no key.
    expect(createProvider("ollama/llama3:8b", {})).toMatchObject({ id: "ollama/llama3:8b", model: "llama3:8b", baseURL: "http://127.0.0.1:11434/v1", maxTokensField: "max_tokens" });
    expect(createProvider("vllm/Qwen/Qwen2.5-7B", {})).toMatchObject({ model: "Qwen/Qwen2.5-7B", baseURL: "http://127.0.0.1:8000/v1" });
    expect(createProvider("llamacpp/any", {})).toMatchObject({ baseURL: "http://127.0.0.1:8080/v1" });
  });

  it("lets the action input, then CRUSTYCLAW_MODEL, override the blueprint's choice", () => {
    expect(createProvider("openai/gpt-4.1", { CRUSTYCLAW_MODEL: "ollama/llama3" }).id).toBe("ollama/llama3");
    expect(createProvider("openai/gpt-4.1", { CRUSTYCLAW_MODEL: "ollama/llama3" }, { input: "vllm/m" }).id).toBe("vllm/m");
    // Actions passes an unset input or secret as "".
    expect(createProvider("ollama/llama3", { CRUSTYCLAW_MODEL: "" }, { input: " " }).id).toBe("ollama/llama3");
    expect(thrown(() => createProvider(undefined, {})).message).toMatch(/^no model chosen: set `model` in the blueprint/);
  });

  it("explains unknown providers and malformed specs, listing the known ones", () => {
    const e = thrown(() => createProvider("opnai/gpt-4.1", {}));
    expect(e.kind).toBe("model");
    expect(e.message).toBe(
      "unknown model provider 'opnai' in 'opnai/gpt-4.1' from the blueprint. Did you mean 'openai'? Known providers: openai, anthropic, ollama, vllm, llamacpp, openai-compatible, and scripted:<file>.",
    );
    expect(thrown(() => createProvider(undefined, { CRUSTYCLAW_MODEL: "gpt-4.1" })).message).toMatch(/^model 'gpt-4\.1' from CRUSTYCLAW_MODEL is not provider\/model; expected e\.g\. openai\/gpt-4\.1/);
    expect(thrown(() => parseModelSpec("scripted/t.yml")).message).toMatch(/write scripted:t\.yml \(with a colon\)/);
    expect(thrown(() => parseModelSpec("scripted:")).message).toMatch(/names no file/);
  });

  it("requires a key for hosted APIs, naming where to put it", () => {
    const e = thrown(() => createProvider("anthropic/claude-sonnet-4-5", { CRUSTYCLAW_MODEL_API_KEY: "" }));
    expect(e.kind).toBe("auth");
    expect(e.message).toMatch(/^no API key for anthropic: set CRUSTYCLAW_MODEL_API_KEY \(in workflows, the repository secret that `secrets\.model-api-key` in \.crustyclaw\/config\.yml names\), or ANTHROPIC_API_KEY$/);
  });

  it("needs a base URL for openai-compatible, and refuses a malformed one or one with credentials", () => {
    expect(thrown(() => createProvider("openai-compatible/m", {})).message).toMatch(/needs CRUSTYCLAW_MODEL_BASE_URL/);
    expect(createProvider("openai-compatible/m", { CRUSTYCLAW_MODEL_BASE_URL: "http://127.0.0.1:9000/v1" })).toMatchObject({ baseURL: "http://127.0.0.1:9000/v1" });
    expect(thrown(() => createProvider("ollama/m", { CRUSTYCLAW_MODEL_BASE_URL: "localhost:11434" })).message).toMatch(/is not an http\(s\) URL/);
    const e = thrown(() => createProvider("ollama/m", { CRUSTYCLAW_MODEL_BASE_URL: "http://me:s3cret@127.0.0.1:1/v1" }));
    expect(e.message).not.toContain("s3cret");
  });

  it("takes the model-base-url input over CRUSTYCLAW_MODEL_BASE_URL, and an empty input as not given", () => {
    const env = { CRUSTYCLAW_MODEL_BASE_URL: "http://127.0.0.1:9000/v1" };
    expect(createProvider("ollama/m", env, { baseUrlInput: "http://127.0.0.1:9001/v1" })).toMatchObject({ baseURL: "http://127.0.0.1:9001/v1" });
    expect(createProvider("ollama/m", env, { baseUrlInput: " " })).toMatchObject({ baseURL: "http://127.0.0.1:9000/v1" });
    expect(thrown(() => createProvider("ollama/m", env, { baseUrlInput: "ftp://x" })).message).toMatch(/^the model-base-url input is not an http\(s\) URL/);
  });

  it("sends CRUSTYCLAW_MODEL_API_KEY to a custom base URL, but never the provider's own key", async () => {
    server = await startServer(() => ({ sse: openaiStream({ content: ["hi"] }) }));
    const url = `${server.url}/v1`;
    const req = { system: "", messages: [{ role: "user" as const, content: "hi" }], tools: [], maxTokens: 10 };

    await createProvider("openai/gpt-4.1", { OPENAI_API_KEY: "sk-own-key-must-stay-home", CRUSTYCLAW_MODEL_BASE_URL: url }).complete(req);
    expect(server.requests[0]!.headers.authorization).toBe("Bearer no-key");
    expect(server.requests[0]!.body.max_tokens).toBe(10);

    await createProvider("ollama/llama3", { CRUSTYCLAW_MODEL_API_KEY: "local-key", CRUSTYCLAW_MODEL_BASE_URL: url }).complete(req);
    expect(server.requests[1]!.headers.authorization).toBe("Bearer local-key");
    expect(server.requests[1]!.body.model).toBe("llama3");
  });

  it("resolves scripted paths against cwd", () => {
    const d = mkdtempSync(path.join(tmpdir(), "crustyclaw-select-"));
    writeFileSync(path.join(d, "t.yml"), "turns: [{ content: hi }]\n");
    expect(createProvider(undefined, { CRUSTYCLAW_MODEL: "scripted:t.yml" }, { cwd: d })).toBeInstanceOf(ScriptedProvider);
  });
});
