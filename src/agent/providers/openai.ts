import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import type { ChatCompletionCreateParamsStreaming } from "openai/resources/chat/completions";
import type { ModelRequest, ModelTurn, Provider } from "../types.js";
import { displayURL, providerError, type Endpoint, type Failure } from "./errors.js";
import { ChatStreamAssembler, IncompleteStream, toChatMessages, toChatTools } from "./openai-wire.js";
import { withRetries, type RetryOptions } from "./retry.js";

export interface OpenAIProviderOptions {
  /** Provider name for the id and messages: `openai`, `ollama`, `vllm`… */
  provider: string;
  model: string;
  /** API root, e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1. */
  baseURL: string;
  /** Sent as a bearer token. Local servers take any value; a placeholder is sent when absent. */
  apiKey?: string;
  /** Where the key comes from, for auth errors. */
  keySource: string;
  /** Where the base URL comes from, for unreachable endpoints. */
  baseURLSource: string;
  /**
   * The output limit's field name. OpenAI's reasoning models only take
   * `max_completion_tokens`; Ollama, vLLM and llama.cpp know `max_tokens`.
   */
  maxTokensField?: "max_tokens" | "max_completion_tokens";
  /** Per-request timeout until the response starts. Default 10 minutes (local models load slowly). */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** The endpoint is a user-chosen OpenAI-compatible server (changes the wording of 404s). */
  compatible?: boolean;
}

/** Placeholder bearer token for servers that take none (the SDK insists on one). */
const NO_KEY = "no-key";

/** Any OpenAI-compatible Chat Completions endpoint: OpenAI, Ollama, vLLM, llama.cpp server. */
export class OpenAIProvider implements Provider {
  readonly id: string;
  readonly model: string;
  readonly baseURL: string;
  readonly maxTokensField: "max_tokens" | "max_completion_tokens";
  private readonly client: OpenAI;
  private readonly endpoint: Endpoint;

  constructor(private readonly o: OpenAIProviderOptions) {
    this.id = `${o.provider}/${o.model}`;
    this.model = o.model;
    this.baseURL = o.baseURL;
    this.maxTokensField = o.maxTokensField ?? "max_tokens";
    this.client = new OpenAI({
      apiKey: o.apiKey || NO_KEY,
      baseURL: o.baseURL,
      // Explicit values, so OPENAI_ORG_ID / OPENAI_PROJECT_ID from the environment are not sent to other servers.
      organization: null,
      project: null,
      webhookSecret: null,
      maxRetries: 0, // see retry.ts
      timeout: o.timeoutMs ?? 10 * 60_000,
      logLevel: "off", // failures come back as ProviderErrors
    });
    this.endpoint = {
      provider: o.provider,
      model: o.model,
      baseURL: displayURL(o.baseURL),
      keySource: o.keySource,
      baseURLSource: o.baseURLSource,
      secrets: o.apiKey ? [o.apiKey] : [],
      compatible: o.compatible ?? false,
    };
  }

  complete(req: ModelRequest): Promise<ModelTurn> {
    const params: ChatCompletionCreateParamsStreaming = {
      model: this.model,
      messages: toChatMessages(req),
      stream: true,
      stream_options: { include_usage: true },
      ...(req.tools.length > 0 ? { tools: toChatTools(req.tools) } : {}),
      ...(this.maxTokensField === "max_completion_tokens" ? { max_completion_tokens: req.maxTokens } : { max_tokens: req.maxTokens }),
    };
    return withRetries(() => this.once(params, req.signal), this.o.retry, req.signal);
  }

  private async once(params: ChatCompletionCreateParamsStreaming, signal?: AbortSignal): Promise<ModelTurn> {
    try {
      const stream = await this.client.chat.completions.create(params, signal ? { signal } : {});
      const turn = new ChatStreamAssembler();
      for await (const chunk of stream) turn.add(chunk);
      // The SDK ends the iteration quietly when aborted: do not return half a turn.
      signal?.throwIfAborted();
      return turn.result(this.model);
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
    const body = err.error as { message?: unknown; type?: unknown } | string | undefined;
    const message = typeof body === "string" ? body : typeof body?.message === "string" ? body.message : undefined;
    if (err.status === undefined) {
      // An error object inside the stream, after a 200.
      return { type: "stream", message: message ?? err.message, ...(typeof err.type === "string" ? { errorType: err.type } : {}) };
    }
    // Without a body the SDK's message is just "404 status code (no body)": say nothing then.
    const fallback = /status code \(no body\)$/.test(err.message) ? undefined : err.message.replace(/^\d{3}\s*/, "");
    return { type: "http", status: err.status, ...((message ?? fallback) ? { message: message ?? fallback } : {}), ...(err.code ? { code: err.code } : {}), headers: err.headers };
  }
  if (err instanceof IncompleteStream) return { type: "protocol", message: err.message, retryable: err.retryable };
  if (err instanceof SyntaxError) return { type: "protocol", message: `a stream event is not JSON (${err.message})` };
  // A body cut off mid-stream surfaces from undici as TypeError("terminated") with the socket error as cause.
  if (err instanceof TypeError && err.cause !== undefined) return { type: "connection", timeout: false, cause: err };
  throw err;
}
