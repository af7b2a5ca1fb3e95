import Anthropic, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "@anthropic-ai/sdk";
import type { ModelRequest, ModelTurn, Provider } from "../types.js";
import { displayURL, providerError, type Endpoint, type Failure } from "./errors.js";
import { IncompleteMessage, MessageStreamAssembler, toAnthropicRequest, type ThinkingMemory } from "./anthropic-wire.js";
import { withRetries, type RetryOptions } from "./retry.js";

export interface AnthropicProviderOptions {
  model: string;
  /** API root. Default https://api.anthropic.com. */
  baseURL?: string;
  apiKey: string;
  /** Where the key comes from, for auth errors. */
  keySource: string;
  /** Where the base URL comes from, for unreachable endpoints. */
  baseURLSource: string;
  /** Per-request timeout until the response starts. Default 10 minutes. */
  timeoutMs?: number;
  retry?: RetryOptions;
}

export const ANTHROPIC_BASE_URL = "https://api.anthropic.com";

/** Anthropic's Messages API, streamed. */
export class AnthropicProvider implements Provider {
  readonly id: string;
  readonly model: string;
  readonly baseURL: string;
  private readonly client: Anthropic;
  private readonly endpoint: Endpoint;
  private readonly thinking: ThinkingMemory = new Map();

  constructor(private readonly o: AnthropicProviderOptions) {
    this.id = `anthropic/${o.model}`;
    this.model = o.model;
    this.baseURL = o.baseURL ?? ANTHROPIC_BASE_URL;
    this.client = new Anthropic({
      // An explicit key: the SDK then reads no ANTHROPIC_* credential and no profile from disk.
      apiKey: o.apiKey,
      authToken: null,
      webhookKey: null,
      baseURL: this.baseURL,
      maxRetries: 0, // see retry.ts
      timeout: o.timeoutMs ?? 10 * 60_000,
      logLevel: "off",
      openTelemetry: false,
    });
    this.endpoint = {
      provider: "anthropic",
      model: o.model,
      baseURL: displayURL(this.baseURL),
      keySource: o.keySource,
      baseURLSource: o.baseURLSource,
      secrets: [o.apiKey],
    };
  }

  complete(req: ModelRequest): Promise<ModelTurn> {
    const body: Anthropic.MessageCreateParamsStreaming = {
      model: this.model,
      max_tokens: req.maxTokens,
      stream: true,
      ...toAnthropicRequest(req, this.thinking),
    };
    return withRetries(() => this.once(body, req.signal), this.o.retry, req.signal);
  }

  private async once(body: Anthropic.MessageCreateParamsStreaming, signal?: AbortSignal): Promise<ModelTurn> {
    try {
      const stream = await this.client.messages.create(body, signal ? { signal } : {});
      const message = new MessageStreamAssembler();
      for await (const event of stream) message.add(event);
      signal?.throwIfAborted(); // the SDK ends the iteration quietly when aborted
      const { turn, thinking } = message.result(this.model);
      const first = turn.toolCalls[0];
      if (first && thinking.length > 0) this.thinking.set(first.id, thinking);
      return turn;
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      if (err instanceof APIUserAbortError) throw err;
      throw providerError(failureOf(err), this.endpoint);
    }
  }
}

function failureOf(err: unknown): Failure {
  if (err instanceof APIConnectionTimeoutError) return { type: "connection", timeout: true };
  if (err instanceof APIConnectionError) return { type: "connection", timeout: false, cause: err.cause };
  if (err instanceof APIError) {
    const message = err.apiMessage ?? (/status code \(no body\)$/.test(err.message) ? "" : err.message.replace(/^\d{3}\s*/, ""));
    // `event: error` inside the stream, after a 200 (overloaded_error and friends).
    if (err.status === undefined) return { type: "stream", message, ...(err.type ? { errorType: err.type } : {}) };
    return { type: "http", status: err.status, ...(message ? { message } : {}), headers: err.headers };
  }
  if (err instanceof IncompleteMessage) return { type: "protocol", message: err.message, retryable: err.retryable };
  if (err instanceof SyntaxError) return { type: "protocol", message: `a stream event is not JSON (${err.message})` };
  // A body cut off mid-stream surfaces from undici as TypeError("terminated") with the socket error as cause.
  if (err instanceof TypeError && err.cause !== undefined) return { type: "connection", timeout: false, cause: err };
  throw err;
}
