import { afterEach, describe, expect, it } from "vitest";
import { OpenAIProvider, type OpenAIProviderOptions } from "../../../src/agent/providers/index.js";
import { ProviderError, type ModelRequest } from "../../../src/agent/types.js";
import { closedPort, openaiError, openaiStream, startServer, type Reply, type WireServer } from "./wire-server.js";

const KEY = "sk-test-0123456789abcdefghijklmnopqrstuvwxyz";

let server: WireServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(reply: (n: number) => Reply) {
  server = await startServer((_req, n) => reply(n));
  return server;
}

function provider(baseURL: string, extra: Partial<OpenAIProviderOptions> = {}, waits: number[] = []) {
  return new OpenAIProvider({
    provider: "openai",
    model: "gpt-test",
    baseURL,
    apiKey: KEY,
    keySource: "CRUSTYCLAW_MODEL_API_KEY",
    baseURLSource: "CRUSTYCLAW_MODEL_BASE_URL",
    retry: { timeScale: 0.001, onRetry: ({ waitMs }) => waits.push(waitMs) },
    ...extra,
  });
}

const request = (extra: Partial<ModelRequest> = {}): ModelRequest => ({
  system: "be useful",
  messages: [{ role: "user", content: "read the readme" }],
  tools: [{ name: "read_file", description: "Read a file", parameters: { type: "object", properties: { path: { type: "string" } }, required: ["path"] } }],
  maxTokens: 1000,
  ...extra,
});

async function failure(p: Promise<unknown>): Promise<ProviderError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ProviderError);
  return err as ProviderError;
}

describe("OpenAI-compatible provider", () => {
  it("assembles streamed text and tool calls, with usage from the stream", async () => {
    const s = await serve(() => ({
      sse: openaiStream({
        content: ["Let me ", "look."],
        toolCalls: [
          { id: "call_a", name: "read_file", args: ['{"pa', 'th": "READ', 'ME.md"}'] },
          { id: "call_b", name: "read_file", args: ['{"path":', ' "src/index.ts"}'] },
        ],
        usage: { prompt_tokens: 120, completion_tokens: 45 },
      }),
    }));
    const turn = await provider(`${s.url}/v1`).complete(
      request({
        messages: [
          { role: "user", content: "read the readme" },
          { role: "assistant", content: "", toolCalls: [{ id: "call_0", name: "read_file", arguments: { path: "x" } }] },
          { role: "tool", toolCallId: "call_0", name: "read_file", content: "no such file", isError: true },
        ],
      }),
    );
    expect(turn).toEqual({
      content: "Let me look.",
      toolCalls: [
        { id: "call_a", name: "read_file", arguments: { path: "README.md" } },
        { id: "call_b", name: "read_file", arguments: { path: "src/index.ts" } },
      ],
      usage: { inputTokens: 120, outputTokens: 45 },
      stop: "tool_use",
      model: "gpt-test-2025-01-01",
    });

    const [req] = s.requests;
    expect(req!.path).toBe("/v1/chat/completions");
    expect(req!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req!.body).toMatchObject({
      model: "gpt-test",
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 1000,
      tools: [{ type: "function", function: { name: "read_file", description: "Read a file" } }],
      messages: [
        { role: "system", content: "be useful" },
        { role: "user", content: "read the readme" },
        { role: "assistant", content: null, tool_calls: [{ id: "call_0", type: "function", function: { name: "read_file", arguments: '{"path":"x"}' } }] },
        { role: "tool", tool_call_id: "call_0", content: "[error] no such file" },
      ],
    });
  });

  it("sends max_completion_tokens when told to, and no tools field when there are none", async () => {
    const s = await serve(() => ({ sse: openaiStream({ content: ["hi"] }) }));
    await provider(s.url, { maxTokensField: "max_completion_tokens" }).complete(request({ tools: [] }));
    expect(s.requests[0]!.body.max_completion_tokens).toBe(1000);
    expect(s.requests[0]!.body).not.toHaveProperty("max_tokens");
    expect(s.requests[0]!.body).not.toHaveProperty("tools");
  });

  it("turns malformed tool arguments into a call the loop can report back", async () => {
    const s = await serve(() => ({
      sse: openaiStream({ toolCalls: [{ id: "c1", name: "read_file", args: ['{"path": "READ'] }, { id: "c2", name: "read_file", args: ["[1,2]"] }] }),
    }));
    const turn = await provider(s.url).complete(request());
    expect(turn.stop).toBe("tool_use");
    expect(turn.toolCalls[0]).toMatchObject({ id: "c1", name: "read_file", arguments: {} });
    expect(turn.toolCalls[0]!.argumentsError).toMatch(/^the arguments for read_file are not valid JSON .*received: \{"path": "READ/);
    expect(turn.toolCalls[1]!.argumentsError).toMatch(/must be a JSON object, not an array/);
  });

  it("counts zero tokens when a local server sends no usage, and reports the output limit", async () => {
    const s = await serve(() => ({ sse: openaiStream({ model: "", content: ["partial"], finish: "length", usage: null }) }));
    const turn = await provider(s.url).complete(request());
    expect(turn).toMatchObject({ content: "partial", usage: { inputTokens: 0, outputTokens: 0 }, stop: "max_tokens", model: "gpt-test" });
  });

  it("handles tool calls without ids or with the whole call in one piece (Ollama-style)", async () => {
    const s = await serve(() => ({ sse: openaiStream({ toolCalls: [{ name: "read_file", args: ['{"path":"a"}'] }], finish: "stop" }) }));
    const turn = await provider(s.url).complete(request());
    expect(turn.toolCalls).toEqual([{ id: "call_1", name: "read_file", arguments: { path: "a" } }]);
    expect(turn.stop).toBe("tool_use");
  });

  it("waits as long as Retry-After says on 429, then succeeds", async () => {
    const waits: number[] = [];
    const s = await serve((n) => (n === 0 ? openaiError(429, "Rate limit reached", { code: "rate_limit_exceeded" }, { "retry-after": "2" }) : { sse: openaiStream({ content: ["ok"] }) }));
    const started = Date.now();
    const turn = await provider(s.url, {}, waits).complete(request());
    expect(turn.content).toBe("ok");
    expect(waits).toEqual([2000]);
    expect(s.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(1000); // scaled down
  });

  it("fails at once when Retry-After asks for more than it will wait", async () => {
    const s = await serve(() => openaiError(429, "Rate limit reached", {}, { "retry-after": "3600" }));
    const err = await failure(provider(s.url).complete(request()));
    expect(err.kind).toBe("rate_limit");
    expect(err.status).toBe(429);
    expect(err.message).toMatch(/asked to wait 3600 s, longer than the 60 s/);
    expect(s.requests).toHaveLength(1);
  });

  it("does not retry an exhausted quota", async () => {
    const s = await serve(() => openaiError(429, "You exceeded your current quota", { code: "insufficient_quota", type: "insufficient_quota" }));
    const err = await failure(provider(s.url).complete(request()));
    expect(err.kind).toBe("rate_limit");
    expect(err.message).toMatch(/quota is used up.*Check the billing.*CRUSTYCLAW_MODEL_API_KEY/);
    expect(s.requests).toHaveLength(1);
  });

  it("backs off on 5xx and gives up after the configured tries", async () => {
    const waits: number[] = [];
    const s = await serve(() => ({ status: 503, text: "upstream unavailable" }));
    const p = provider(s.url, { retry: { retries: 2, timeScale: 0.001, random: () => 0, onRetry: ({ waitMs }) => waits.push(waitMs) } });
    const err = await failure(p.complete(request()));
    expect(err).toMatchObject({ kind: "server", status: 503 });
    expect(err.message).toMatch(/HTTP 503 .*upstream unavailable.*Gave up after 3 tries/);
    expect(waits).toEqual([1000, 2000]);
    expect(s.requests).toHaveLength(3);
  });

  it("says a refused key is an auth problem, names the variable, and never shows the key", async () => {
    const s = await serve(() => openaiError(401, `Incorrect API key provided: sk-test-********************************wxyz. You can find your API key at https://platform.openai.com/account/api-keys.`, { code: "invalid_api_key" }));
    const err = await failure(provider(s.url).complete(request()));
    expect(err.kind).toBe("auth");
    expect(err.status).toBe(401);
    expect(err.message).toMatch(/rejected the API key .*Check CRUSTYCLAW_MODEL_API_KEY/);
    expect(err.message).not.toContain(KEY);
    expect(err.message).not.toContain("wxyz");
    expect(err.message).not.toMatch(/\*{4}/);
    expect(s.requests).toHaveLength(1);
  });

  it("says which model was not found (OpenAI and Ollama wording)", async () => {
    const s = await serve((n) =>
      n === 0
        ? openaiError(404, "The model `gpt-test` does not exist or you do not have access to it.", { code: "model_not_found" })
        : openaiError(404, 'model "gpt-test" not found, try pulling it first', { type: "api_error" }),
    );
    const a = await failure(provider(s.url).complete(request()));
    expect(a).toMatchObject({ kind: "model", status: 404 });
    expect(a.message).toMatch(/openai has no model 'gpt-test' \(HTTP 404 from http:\/\/127\.0\.0\.1:\d+: The model `gpt-test` does not exist/);
    const b = await failure(provider(s.url, { provider: "ollama", compatible: true }).complete(request()));
    expect(b.message).toMatch(/ollama has no model 'gpt-test'.*ollama pull gpt-test.*ending in \/v1/);
  });

  it("words a bodiless 404 and a server that does not stream", async () => {
    const s = await serve((n) => (n === 0 ? { status: 404, text: "" } : { status: 200, json: { id: "x", choices: [] } }));
    const a = await failure(provider(s.url).complete(request()));
    expect(a.message).toMatch(/^openai has no model 'gpt-test' \(HTTP 404 from http:\/\/127\.0\.0\.1:\d+\)\./);
    const b = await failure(provider(s.url).complete(request()));
    expect(b.kind).toBe("bad_response");
    expect(b.message).toMatch(/no stream events; does the server support `stream: true`\?$/);
    expect(s.requests).toHaveLength(2);
  });

  it("says an endpoint is unreachable, naming the URL, after retrying", async () => {
    const port = await closedPort();
    const waits: number[] = [];
    const err = await failure(provider(`http://127.0.0.1:${port}/v1`, {}, waits).complete(request()));
    expect(err.kind).toBe("unreachable");
    expect(err.message).toMatch(new RegExp(`cannot reach openai at http://127\\.0\\.0\\.1:${port}/v1: connection refused \\(ECONNREFUSED\\)\\. Check .*CRUSTYCLAW_MODEL_BASE_URL`));
    expect(waits).toHaveLength(4);
  });

  it("keeps credentials in a base URL out of its errors", async () => {
    const err = await failure(provider("http://user:hunter22@127.0.0.1:9/v1", { retry: { retries: 0 } }).complete(request()));
    expect(err.kind).toBe("unreachable");
    expect(err.message).toMatch(/^cannot reach openai at http:\/\/127\.0\.0\.1:9\/v1: the connection failed \(Request cannot be constructed from a URL that includes credentials/);
    expect(err.message).not.toContain("hunter22");
  });

  it("times out a server that never answers", async () => {
    const s = await serve(() => ({ hang: true }));
    const err = await failure(provider(s.url, { timeoutMs: 100, retry: { retries: 0 } }).complete(request()));
    expect(err.kind).toBe("unreachable");
    expect(err.message).toMatch(/timed out/);
  });

  it("retries a stream that was cut short", async () => {
    const s = await serve((n) => (n === 0 ? { sse: openaiStream({ content: ["half"] }).slice(0, 2), drop: true } : { sse: openaiStream({ content: ["whole"] }) }));
    const turn = await provider(s.url).complete(request());
    expect(turn.content).toBe("whole");
    expect(s.requests).toHaveLength(2);
  });

  it("reports an error object inside the stream", async () => {
    const s = await serve(() => ({ sse: [`data: ${JSON.stringify({ error: { message: "model crashed", type: "invalid_request_error" } })}\n\n`] }));
    const err = await failure(provider(s.url).complete(request()));
    expect(err.kind).toBe("server");
    expect(err.message).toMatch(/error in mid-response .*model crashed/);
  });

  it("stops when the caller aborts, with the abort reason rather than a provider error", async () => {
    const s = await serve(() => ({ hang: true }));
    const err = await provider(s.url)
      .complete(request({ signal: AbortSignal.timeout(50) }))
      .catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(ProviderError);
    expect((err as Error).name).toBe("TimeoutError");
  });
});
