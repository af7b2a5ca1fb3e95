/**
 * Local HTTP servers on 127.0.0.1 that speak the OpenAI Chat Completions and
 * Anthropic Messages wire formats, for testing the real SDK clients end to end.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: any;
}

export type Reply =
  /** A plain response (errors). */
  | { status: number; headers?: Record<string, string>; json?: unknown; text?: string }
  /** A 200 event stream; `drop` cuts the connection after the frames instead of ending it. */
  | { sse: string[]; drop?: boolean }
  /** Never answer. */
  | { hang: true };

export interface WireServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export async function startServer(reply: (req: Recorded, n: number) => Reply): Promise<WireServer> {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const rec: Recorded = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: raw ? JSON.parse(raw) : undefined };
      requests.push(rec);
      const r = reply(rec, requests.length - 1);
      if ("hang" in r) return;
      if ("sse" in r) {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
        for (const frame of r.sse) res.write(frame);
        if (r.drop) res.socket?.destroy();
        else res.end();
        return;
      }
      const body = r.json !== undefined ? JSON.stringify(r.json) : (r.text ?? "");
      res.writeHead(r.status, { "content-type": r.json !== undefined ? "application/json" : "text/plain", ...r.headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port nothing listens on (connection refused). */
export async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

// ---- OpenAI Chat Completions ----

const data = (obj: unknown) => `data: ${JSON.stringify(obj)}\n\n`;

export interface OpenAIStreamSpec {
  model?: string;
  content?: string[];
  /** Each call's arguments arrive in the given pieces. */
  toolCalls?: Array<{ id?: string; name: string; args: string[] }>;
  finish?: string | null;
  /** Omitted by some local servers; null sends no usage chunk. */
  usage?: { prompt_tokens: number; completion_tokens: number } | null;
}

export function openaiStream(s: OpenAIStreamSpec): string[] {
  const base = { id: "chatcmpl-1", object: "chat.completion.chunk", created: 1, model: s.model ?? "gpt-test-2025-01-01" };
  const chunk = (delta: object, finish: string | null = null) => data({ ...base, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] });
  const out = [chunk({ role: "assistant", content: "" })];
  for (const piece of s.content ?? []) out.push(chunk({ content: piece }));
  (s.toolCalls ?? []).forEach((c, index) => {
    out.push(chunk({ tool_calls: [{ index, ...(c.id ? { id: c.id } : {}), type: "function", function: { name: c.name, arguments: "" } }] }));
    for (const piece of c.args) out.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
  });
  if (s.finish !== null) out.push(chunk({}, s.finish ?? (s.toolCalls?.length ? "tool_calls" : "stop")));
  if (s.usage !== null) {
    const u = s.usage ?? { prompt_tokens: 12, completion_tokens: 34 };
    out.push(data({ ...base, choices: [], usage: { ...u, total_tokens: u.prompt_tokens + u.completion_tokens } }));
  }
  out.push("data: [DONE]\n\n");
  return out;
}

export const openaiError = (status: number, message: string, extra: object = {}, headers: Record<string, string> = {}): Reply => ({
  status,
  headers,
  json: { error: { message, type: "invalid_request_error", param: null, code: null, ...extra } },
});

// ---- Anthropic Messages ----

const event = (type: string, obj: object) => `event: ${type}\ndata: ${JSON.stringify({ type, ...obj })}\n\n`;

export type AnthropicBlock =
  | { type: "text"; parts: string[] }
  | { type: "tool_use"; id: string; name: string; parts: string[] }
  | { type: "thinking"; parts: string[]; signature: string };

export interface AnthropicStreamSpec {
  model?: string;
  blocks: AnthropicBlock[];
  stop_reason?: string;
  input_tokens?: number;
  output_tokens?: number;
  /** Stop after this many frames (a cut connection). */
  truncateAt?: number;
  /** An `event: error` after the first frames. */
  errorType?: string;
}

export function anthropicStream(s: AnthropicStreamSpec): string[] {
  const out = [
    event("message_start", {
      message: {
        id: "msg_1",
        type: "message",
        role: "assistant",
        model: s.model ?? "claude-test-20250101",
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: s.input_tokens ?? 21, output_tokens: 1, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
      },
    }),
    event("ping", {}),
  ];
  if (s.errorType) {
    out.push(event("error", { error: { type: s.errorType, message: "Overloaded" } }));
    return out;
  }
  s.blocks.forEach((b, index) => {
    if (b.type === "text") {
      out.push(event("content_block_start", { index, content_block: { type: "text", text: "" } }));
      for (const text of b.parts) out.push(event("content_block_delta", { index, delta: { type: "text_delta", text } }));
    } else if (b.type === "tool_use") {
      out.push(event("content_block_start", { index, content_block: { type: "tool_use", id: b.id, name: b.name, input: {} } }));
      for (const partial_json of b.parts) out.push(event("content_block_delta", { index, delta: { type: "input_json_delta", partial_json } }));
    } else {
      out.push(event("content_block_start", { index, content_block: { type: "thinking", thinking: "", signature: "" } }));
      for (const thinking of b.parts) out.push(event("content_block_delta", { index, delta: { type: "thinking_delta", thinking } }));
      out.push(event("content_block_delta", { index, delta: { type: "signature_delta", signature: b.signature } }));
    }
    out.push(event("content_block_stop", { index }));
  });
  const stop = s.stop_reason ?? (s.blocks.some((b) => b.type === "tool_use") ? "tool_use" : "end_turn");
  out.push(event("message_delta", { delta: { stop_reason: stop, stop_sequence: null }, usage: { output_tokens: s.output_tokens ?? 43 } }));
  out.push(event("message_stop", {}));
  return s.truncateAt !== undefined ? out.slice(0, s.truncateAt) : out;
}

export const anthropicError = (status: number, type: string, message: string, headers: Record<string, string> = {}): Reply => ({
  status,
  headers,
  json: { type: "error", error: { type, message } },
});
