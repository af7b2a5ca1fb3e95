import type {
  ChatCompletionChunk,
  ChatCompletionFunctionTool,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";
import type { ModelRequest, ModelTurn, ToolCall, ToolSpec } from "../types.js";
import { toolCallFrom } from "./tool-args.js";

/** CrustyClaw's conversation in Chat Completions form. */
export function toChatMessages(req: ModelRequest): ChatCompletionMessageParam[] {
  const out: ChatCompletionMessageParam[] = [];
  if (req.system) out.push({ role: "system", content: req.system });
  for (const m of req.messages) {
    switch (m.role) {
      case "system":
      case "user":
        out.push({ role: m.role, content: m.content });
        break;
      case "assistant":
        out.push({
          role: "assistant",
          // Some servers reject an empty string next to tool calls; null is the documented "no text".
          content: m.content === "" && m.toolCalls.length > 0 ? null : m.content,
          ...(m.toolCalls.length > 0
            ? { tool_calls: m.toolCalls.map((c) => ({ id: c.id, type: "function" as const, function: { name: c.name, arguments: JSON.stringify(c.arguments) } })) }
            : {}),
        });
        break;
      case "tool":
        // Chat Completions has no error flag on tool results: say it in the text.
        out.push({ role: "tool", tool_call_id: m.toolCallId, content: m.isError ? `[error] ${m.content}` : m.content });
        break;
    }
  }
  return out;
}

export function toChatTools(tools: ToolSpec[]): ChatCompletionFunctionTool[] {
  return tools.map((t) => ({ type: "function", function: { name: t.name, description: t.description, parameters: t.parameters } }));
}

interface PendingCall {
  id: string;
  name: string;
  args: string;
}

/**
 * Builds one ModelTurn from streamed chunks. Tool calls arrive in pieces keyed
 * by `index`: the first piece carries id and name, later ones append to the
 * arguments text. Servers differ in the details, so: a missing index means
 * "the next call", a missing id gets one made up, and a new id at an index
 * already in use (seen from some OpenAI-compatible servers) starts a new call.
 */
export class ChatStreamAssembler {
  private content = "";
  private readonly calls: PendingCall[] = [];
  private readonly byIndex = new Map<number, PendingCall>();
  private finish: string | null = null;
  private model = "";
  private usage = { inputTokens: 0, outputTokens: 0 };
  private chunks = 0;

  add(chunk: ChatCompletionChunk): void {
    this.chunks++;
    if (chunk.model && !this.model) this.model = chunk.model;
    // With include_usage the last chunk carries usage and no choices; llama.cpp and
    // others may put it on the final choice chunk instead. Take it wherever it is.
    if (chunk.usage) this.usage = { inputTokens: chunk.usage.prompt_tokens ?? 0, outputTokens: chunk.usage.completion_tokens ?? 0 };
    const choice = chunk.choices?.[0];
    if (!choice) return;
    const delta = choice.delta ?? {};
    if (typeof delta.content === "string") this.content += delta.content;
    for (const [position, piece] of (delta.tool_calls ?? []).entries()) {
      const index = typeof piece.index === "number" ? piece.index : this.calls.length + position;
      let call = this.byIndex.get(index);
      if (!call || (piece.id && call.id && piece.id !== call.id)) {
        call = { id: piece.id ?? "", name: "", args: "" };
        this.calls.push(call);
        this.byIndex.set(index, call);
      }
      if (piece.id && !call.id) call.id = piece.id;
      if (piece.function?.name) call.name += piece.function.name;
      if (piece.function?.arguments) call.args += piece.function.arguments;
    }
    if (choice.finish_reason) this.finish = choice.finish_reason;
  }

  /** The finished turn; throws if the stream ended before the model finished. */
  result(requestedModel: string): ModelTurn {
    if (this.chunks === 0) throw new IncompleteStream("the response held no stream events; does the server support `stream: true`?", false);
    if (this.finish === null) throw new IncompleteStream("the stream ended before the model finished (no finish_reason)", true);
    const toolCalls: ToolCall[] = this.calls.map((c, i) => toolCallFrom(c.id || `call_${i + 1}`, c.name, c.args));
    const stop = this.finish === "length" ? "max_tokens" : toolCalls.length > 0 ? "tool_use" : "end";
    return { content: this.content, toolCalls, usage: this.usage, stop, model: this.model || requestedModel };
  }
}

/** The response ended early: worth another try if it was cut short, not if it never was a stream. */
export class IncompleteStream extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}
