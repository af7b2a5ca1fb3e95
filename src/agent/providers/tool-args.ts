import type { ToolCall } from "../types.js";

/** How much of a malformed arguments string is quoted back to the model. */
const QUOTE_LIMIT = 300;

/**
 * A tool call from the model's streamed arguments text. Malformed arguments do
 * not fail the turn: the call comes back with `arguments: {}` and an
 * `argumentsError` the loop reports to the model as the tool's (error) result,
 * which lets the model retry the call. Failing the whole turn would throw away
 * the model's other tool calls and its text, and a model that truncated its
 * JSON at the output limit is better told so than escalated.
 */
export function toolCallFrom(id: string, name: string, raw: string): ToolCall {
  if (raw.trim() === "") return { id, name, arguments: {} }; // a tool without parameters
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (err) {
    return {
      id,
      name,
      arguments: {},
      argumentsError: `the arguments for ${name} are not valid JSON (${(err as Error).message}); received: ${quote(raw)}. Call the tool again with a JSON object.`,
    };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    const kind = parsed === null ? "null" : Array.isArray(parsed) ? "an array" : `a ${typeof parsed}`;
    return { id, name, arguments: {}, argumentsError: `the arguments for ${name} must be a JSON object, not ${kind}; received: ${quote(raw)}.` };
  }
  return { id, name, arguments: parsed as Record<string, unknown> };
}

function quote(raw: string): string {
  return raw.length > QUOTE_LIMIT ? `${raw.slice(0, QUOTE_LIMIT)}… (${raw.length} characters)` : raw;
}
