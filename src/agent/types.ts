/**
 * The agent runtime's shared vocabulary: messages, tool calls, model turns, and
 * the two ports an agent loop talks to (a model provider and a tool set).
 */

/** A JSON Schema object describing a tool's arguments. */
export type JsonSchema = Record<string, unknown>;

export interface ToolSpec {
  name: string;
  description: string;
  /** JSON Schema (type: object) of the arguments. */
  parameters: JsonSchema;
}

export interface ToolCall {
  /** Provider-assigned id, echoed back with the result. */
  id: string;
  name: string;
  /** Parsed arguments (providers parse streamed JSON before returning). */
  arguments: Record<string, unknown>;
  /**
   * Set by a provider when the model's arguments were not a JSON object (malformed
   * or truncated JSON, or another JSON type); `arguments` is then `{}`. The loop
   * should answer the call with this text as an error result instead of running
   * the tool, so the model can correct itself.
   */
  argumentsError?: string;
}

export type Message =
  | { role: "system"; content: string }
  | { role: "user"; content: string }
  | { role: "assistant"; content: string; toolCalls: ToolCall[] }
  | { role: "tool"; toolCallId: string; name: string; content: string; isError: boolean };

export interface Usage {
  inputTokens: number;
  outputTokens: number;
}

/** One model response. */
export interface ModelTurn {
  content: string;
  toolCalls: ToolCall[];
  usage: Usage;
  /** Why the model stopped: it finished, wants tools, or hit its output limit. */
  stop: "end" | "tool_use" | "max_tokens";
  /** Model that answered, as the provider reports it. */
  model: string;
}

export interface ModelRequest {
  system: string;
  messages: Message[];
  tools: ToolSpec[];
  /** Upper bound on output tokens for this turn. */
  maxTokens: number;
  signal?: AbortSignal;
}

/** A model provider: OpenAI-compatible endpoints, Anthropic, or a scripted replay. */
export interface Provider {
  /** `provider/model`, for transcripts and cost. */
  readonly id: string;
  complete(req: ModelRequest): Promise<ModelTurn>;
}

/** Clear, typed provider failures: what went wrong and what to check. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly kind: "auth" | "model" | "unreachable" | "rate_limit" | "server" | "bad_response",
    readonly status?: number,
  ) {
    super(message);
    this.name = "ProviderError";
  }
}

/** The result of running a tool, as the model sees it. */
export interface ToolResult {
  content: string;
  isError: boolean;
  /** Set by `finish`: the agent is done, with its validated result. */
  finished?: { summary: string; result: Record<string, unknown> };
  /** Set when the agent must stop and escalate with this reason (e.g. `finish` rejected too often). */
  escalate?: string;
}

export interface Tool {
  spec: ToolSpec;
  run(args: Record<string, unknown>, signal?: AbortSignal): Promise<ToolResult>;
}
