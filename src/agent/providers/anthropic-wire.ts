import type Anthropic from "@anthropic-ai/sdk";
import type { ModelRequest, ModelTurn, ToolCall, ToolSpec } from "../types.js";
import { toolCallFrom } from "./tool-args.js";

type Block = Anthropic.ContentBlockParam;
type Thinking = Anthropic.ThinkingBlockParam | Anthropic.RedactedThinkingBlockParam;

/**
 * Thinking blocks of earlier turns, keyed by the first tool call's id. When a
 * model thinks before calling tools, the API wants that thinking (with its
 * signature) back in the assistant turn that carries the tool calls; the
 * runtime's Message has no place for it, so the provider keeps it.
 */
export type ThinkingMemory = Map<string, Thinking[]>;

/** The Messages API request body (without model and streaming flags). */
export function toAnthropicRequest(req: ModelRequest, memory: ThinkingMemory): { system?: string; messages: Anthropic.MessageParam[]; tools?: Anthropic.Tool[] } {
  const system = [req.system, ...req.messages.flatMap((m) => (m.role === "system" ? [m.content] : []))].filter(Boolean).join("\n\n");
  const messages: Anthropic.MessageParam[] = [];
  // Consecutive messages of one role become one message: tool results of a turn
  // must all sit in the single user message that follows it.
  const push = (role: "user" | "assistant", blocks: Block[]) => {
    const last = messages.at(-1);
    if (last && last.role === role) (last.content as Block[]).push(...blocks);
    else messages.push({ role, content: blocks });
  };
  for (const m of req.messages) {
    switch (m.role) {
      case "system":
        break;
      case "user":
        push("user", [text(m.content)]);
        break;
      case "assistant": {
        const first = m.toolCalls[0];
        const blocks: Block[] = [...((first && memory.get(first.id)) ?? [])];
        if (m.content !== "" || m.toolCalls.length === 0) blocks.push(text(m.content));
        for (const c of m.toolCalls) blocks.push({ type: "tool_use", id: c.id, name: c.name, input: c.arguments });
        push("assistant", blocks);
        break;
      }
      case "tool":
        push("user", [{ type: "tool_result", tool_use_id: m.toolCallId, content: m.content || "(no output)", ...(m.isError ? { is_error: true } : {}) }]);
        break;
    }
  }
  return {
    ...(system ? { system } : {}),
    messages,
    ...(req.tools.length > 0 ? { tools: req.tools.map(toAnthropicTool) } : {}),
  };
}

/** The API refuses empty text blocks. */
function text(content: string): Anthropic.TextBlockParam {
  return { type: "text", text: content === "" ? "(empty)" : content };
}

function toAnthropicTool(t: ToolSpec): Anthropic.Tool {
  return { name: t.name, description: t.description, input_schema: { type: "object", ...t.parameters } as Anthropic.Tool.InputSchema };
}

type Pending =
  | { kind: "text"; text: string }
  | { kind: "tool"; id: string; name: string; json: string; input: unknown }
  | { kind: "thinking"; thinking: string; signature: string }
  | { kind: "redacted"; data: string }
  | { kind: "other" };

/** Builds one ModelTurn from the Messages API's stream events. */
export class MessageStreamAssembler {
  private readonly blocks = new Map<number, Pending>();
  private model = "";
  private stopReason: string | null = null;
  private stopped = false;
  private events = 0;
  private input = 0;
  private output = 0;

  add(event: Anthropic.RawMessageStreamEvent): void {
    this.events++;
    switch (event.type) {
      case "message_start": {
        this.model = event.message.model;
        this.countInput(event.message.usage);
        this.output = event.message.usage.output_tokens ?? 0;
        break;
      }
      case "content_block_start": {
        const b = event.content_block;
        this.blocks.set(
          event.index,
          b.type === "text"
            ? { kind: "text", text: b.text }
            : b.type === "tool_use"
              ? { kind: "tool", id: b.id, name: b.name, json: "", input: b.input }
              : b.type === "thinking"
                ? { kind: "thinking", thinking: b.thinking, signature: b.signature }
                : b.type === "redacted_thinking"
                  ? { kind: "redacted", data: b.data }
                  : { kind: "other" },
        );
        break;
      }
      case "content_block_delta": {
        const b = this.blocks.get(event.index);
        const d = event.delta;
        if (!b) break;
        if (d.type === "text_delta" && b.kind === "text") b.text += d.text;
        else if (d.type === "input_json_delta" && b.kind === "tool") b.json += d.partial_json;
        else if (d.type === "thinking_delta" && b.kind === "thinking") b.thinking += d.thinking;
        else if (d.type === "signature_delta" && b.kind === "thinking") b.signature += d.signature;
        break;
      }
      case "message_delta": {
        if (event.delta.stop_reason) this.stopReason = event.delta.stop_reason;
        // Counts in message_delta are cumulative and final.
        const u = event.usage;
        if (typeof u.output_tokens === "number") this.output = u.output_tokens;
        if (typeof u.input_tokens === "number") this.countInput(u);
        break;
      }
      case "message_stop":
        this.stopped = true;
        break;
    }
  }

  /** Input counts every token the model read: fresh, written to the cache and read from it. */
  private countInput(u: { input_tokens?: number | null; cache_creation_input_tokens?: number | null; cache_read_input_tokens?: number | null }): void {
    this.input = (u.input_tokens ?? 0) + (u.cache_creation_input_tokens ?? 0) + (u.cache_read_input_tokens ?? 0);
  }

  /** The finished turn, and the thinking to replay with its tool calls. */
  result(requestedModel: string): { turn: ModelTurn; thinking: Thinking[] } {
    if (this.events === 0) throw new IncompleteMessage("the response held no stream events; does the server support `stream: true`?", false);
    if (!this.stopped) throw new IncompleteMessage("the stream ended before message_stop", true);
    const ordered = [...this.blocks.entries()].sort(([a], [b]) => a - b).map(([, b]) => b);
    const texts: string[] = [];
    const toolCalls: ToolCall[] = [];
    const thinking: Thinking[] = [];
    for (const b of ordered) {
      if (b.kind === "text") texts.push(b.text);
      else if (b.kind === "tool") toolCalls.push(b.json === "" ? toolCallFrom(b.id, b.name, JSON.stringify(b.input ?? {})) : toolCallFrom(b.id, b.name, b.json));
      else if (b.kind === "thinking") thinking.push({ type: "thinking", thinking: b.thinking, signature: b.signature });
      else if (b.kind === "redacted") thinking.push({ type: "redacted_thinking", data: b.data });
    }
    const stop =
      this.stopReason === "max_tokens" || this.stopReason === "model_context_window_exceeded" ? "max_tokens" : toolCalls.length > 0 ? "tool_use" : "end";
    return {
      turn: { content: texts.join("\n\n"), toolCalls, usage: { inputTokens: this.input, outputTokens: this.output }, stop, model: this.model || requestedModel },
      thinking,
    };
  }
}

/** The response ended early: worth another try if it was cut short, not if it never was a stream. */
export class IncompleteMessage extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}
