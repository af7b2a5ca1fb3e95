import { afterEach, describe, expect, it } from "vitest";
import { AnthropicProvider } from "../../../src/agent/providers/index.js";
import { ProviderError, type ModelRequest } from "../../../src/agent/types.js";
import { anthropicError, anthropicStream, closedPort, startServer, type Reply, type WireServer } from "./wire-server.js";

const KEY = "sk-ant-test-0123456789abcdefghijklmnopqrstuvwxyz";

let server: WireServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(reply: (n: number) => Reply) {
  server = await startServer((_req, n) => reply(n));
  return server;
}

function provider(baseURL: string, waits: number[] = []) {
  return new AnthropicProvider({
    model: "claude-test",
    baseURL,
    apiKey: KEY,
    keySource: "CRUSTYCLAW_MODEL_API_KEY",
    baseURLSource: "CRUSTYCLAW_MODEL_BASE_URL",
    retry: { timeScale: 0.001, onRetry: ({ waitMs }) => waits.push(waitMs) },
  });
}

const tools = [{ name: "read_file", description: "Read a file", parameters: { type: "object", properties: { path: { type: "string" } } } }];
const request = (extra: Partial<ModelRequest> = {}): ModelRequest => ({
  system: "be useful",
  messages: [{ role: "user", content: "read the readme" }],
  tools,
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

describe("Anthropic provider", () => {
  it("assembles text and tool_use blocks from input_json_delta, with usage", async () => {
    const s = await serve(() => ({
      sse: anthropicStream({
        blocks: [
          { type: "text", parts: ["Reading ", "both."] },
          { type: "tool_use", id: "toolu_1", name: "read_file", parts: ['{"path"', ': "READ', 'ME.md"}'] },
          { type: "tool_use", id: "toolu_2", name: "list_files", parts: [] },
        ],
        input_tokens: 300,
        output_tokens: 77,
      }),
    }));
    const turn = await provider(s.url).complete(
      request({
        messages: [
          { role: "user", content: "read the readme" },
          { role: "assistant", content: "", toolCalls: [{ id: "t0", name: "read_file", arguments: { path: "a" } }, { id: "t1", name: "read_file", arguments: { path: "b" } }] },
          { role: "tool", toolCallId: "t0", name: "read_file", content: "A", isError: false },
          { role: "tool", toolCallId: "t1", name: "read_file", content: "no such file", isError: true },
          { role: "user", content: "and now?" },
        ],
      }),
    );
    expect(turn).toEqual({
      content: "Reading both.",
      toolCalls: [
        { id: "toolu_1", name: "read_file", arguments: { path: "README.md" } },
        { id: "toolu_2", name: "list_files", arguments: {} },
      ],
      usage: { inputTokens: 300, outputTokens: 77 },
      stop: "tool_use",
      model: "claude-test-20250101",
    });

    const [req] = s.requests;
    expect(req!.path).toBe("/v1/messages");
    expect(req!.headers["anthropic-version"]).toBeTruthy();
    expect(`${req!.headers["x-api-key"] ?? ""} ${req!.headers.authorization ?? ""}`).toContain(KEY);
    expect(req!.body).toEqual({
      model: "claude-test",
      max_tokens: 1000,
      stream: true,
      system: "be useful",
      tools: [{ name: "read_file", description: "Read a file", input_schema: { type: "object", properties: { path: { type: "string" } } } }],
      messages: [
        { role: "user", content: [{ type: "text", text: "read the readme" }] },
        {
          role: "assistant",
          content: [
            { type: "tool_use", id: "t0", name: "read_file", input: { path: "a" } },
            { type: "tool_use", id: "t1", name: "read_file", input: { path: "b" } },
          ],
        },
        {
          role: "user",
          content: [
            { type: "tool_result", tool_use_id: "t0", content: "A" },
            { type: "tool_result", tool_use_id: "t1", content: "no such file", is_error: true },
            { type: "text", text: "and now?" },
          ],
        },
      ],
    });
  });

  it("gives thinking blocks back with the tool calls they led to", async () => {
    const s = await serve((n) =>
      n === 0
        ? { sse: anthropicStream({ blocks: [{ type: "thinking", parts: ["I should ", "read it."], signature: "sig-1" }, { type: "tool_use", id: "toolu_9", name: "read_file", parts: ['{"path":"a"}'] }] }) }
        : { sse: anthropicStream({ blocks: [{ type: "text", parts: ["done"] }] }) },
    );
    const p = provider(s.url);
    const first = await p.complete(request());
    await p.complete(
      request({
        messages: [
          { role: "user", content: "read the readme" },
          { role: "assistant", content: first.content, toolCalls: first.toolCalls },
          { role: "tool", toolCallId: "toolu_9", name: "read_file", content: "A", isError: false },
        ],
      }),
    );
    expect(s.requests[1]!.body.messages[1].content).toEqual([
      { type: "thinking", thinking: "I should read it.", signature: "sig-1" },
      { type: "tool_use", id: "toolu_9", name: "read_file", input: { path: "a" } },
    ]);
  });

  it("turns malformed tool input into a call the loop can report back, and reports the output limit", async () => {
    const s = await serve(() => ({ sse: anthropicStream({ blocks: [{ type: "tool_use", id: "toolu_1", name: "write_file", parts: ['{"path": "a", "content": "unfinish'] }], stop_reason: "max_tokens" }) }));
    const turn = await provider(s.url).complete(request());
    expect(turn.stop).toBe("max_tokens");
    expect(turn.toolCalls[0]).toMatchObject({ id: "toolu_1", arguments: {} });
    expect(turn.toolCalls[0]!.argumentsError).toMatch(/write_file are not valid JSON/);
  });

  it("honours Retry-After on 429, then succeeds", async () => {
    const waits: number[] = [];
    const s = await serve((n) =>
      n === 0 ? anthropicError(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit", { "retry-after": "3" }) : { sse: anthropicStream({ blocks: [{ type: "text", parts: ["ok"] }] }) },
    );
    const turn = await provider(s.url, waits).complete(request());
    expect(turn.content).toBe("ok");
    expect(waits).toEqual([3000]);
    expect(s.requests).toHaveLength(2);
  });

  it("retries an overloaded_error that arrives inside the stream", async () => {
    const s = await serve((n) => (n === 0 ? { sse: anthropicStream({ blocks: [], errorType: "overloaded_error" }) } : { sse: anthropicStream({ blocks: [{ type: "text", parts: ["ok"] }] }) }));
    const turn = await provider(s.url).complete(request());
    expect(turn.content).toBe("ok");
    expect(s.requests).toHaveLength(2);
  });

  it("retries a stream cut before message_stop", async () => {
    const s = await serve((n) => (n === 0 ? { sse: anthropicStream({ blocks: [{ type: "text", parts: ["half"] }], truncateAt: 4 }), drop: true } : { sse: anthropicStream({ blocks: [{ type: "text", parts: ["whole"] }] }) }));
    expect((await provider(s.url).complete(request())).content).toBe("whole");
    expect(s.requests).toHaveLength(2);
  });

  it("says a refused key is an auth problem without showing it", async () => {
    const s = await serve(() => anthropicError(401, "authentication_error", `invalid x-api-key ${KEY}`));
    const err = await failure(provider(s.url).complete(request()));
    expect(err).toMatchObject({ kind: "auth", status: 401 });
    expect(err.message).toMatch(/anthropic rejected the API key .*Check CRUSTYCLAW_MODEL_API_KEY/);
    expect(err.message).not.toContain(KEY);
    expect(s.requests).toHaveLength(1);
  });

  it("says which model was not found", async () => {
    const s = await serve(() => anthropicError(404, "not_found_error", "model: claude-test"));
    const err = await failure(provider(s.url).complete(request()));
    expect(err).toMatchObject({ kind: "model", status: 404 });
    expect(err.message).toMatch(/anthropic has no model 'claude-test' \(HTTP 404 from http:\/\/127\.0\.0\.1:\d+: model: claude-test\)/);
  });

  it("says an endpoint is unreachable, naming the URL", async () => {
    const port = await closedPort();
    const err = await failure(provider(`http://127.0.0.1:${port}`).complete(request()));
    expect(err.kind).toBe("unreachable");
    expect(err.message).toContain(`cannot reach anthropic at http://127.0.0.1:${port}: connection refused (ECONNREFUSED)`);
  });
});
