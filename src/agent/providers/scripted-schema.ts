/** JSON Schema of a scripted model's file: the turns it replays, in order. */

const tokens = { type: "integer", minimum: 0, maximum: 1_000_000_000 } as const;

export const scriptSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "CrustyClaw scripted model",
  type: "object",
  additionalProperties: false,
  required: ["turns"],
  properties: {
    model: { type: "string", minLength: 1, description: "Model name the turns report. Default `scripted`." },
    turns: {
      type: "array",
      minItems: 1,
      description: "Model turns, replayed one per call.",
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          content: { type: "string", description: "The model's text." },
          tool_calls: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["name"],
              properties: {
                id: { type: "string", minLength: 1, description: "Call id; made up when absent." },
                name: { type: "string", minLength: 1 },
                arguments: {
                  type: ["object", "string"],
                  description: "Arguments as a mapping, or as raw JSON text (to replay malformed arguments).",
                },
              },
            },
          },
          usage: {
            type: "object",
            additionalProperties: false,
            properties: { input_tokens: tokens, output_tokens: tokens },
          },
          stop: { enum: ["end", "tool_use", "max_tokens"], description: "Default: tool_use with tool calls, else end." },
          error: {
            type: "object",
            additionalProperties: false,
            required: ["kind", "message"],
            description: "Fail this call with a ProviderError instead of answering.",
            properties: {
              kind: { enum: ["auth", "model", "unreachable", "rate_limit", "server", "bad_response"] },
              message: { type: "string", minLength: 1 },
            },
          },
        },
      },
    },
  },
} as const;

export interface ScriptTurn {
  content?: string;
  tool_calls?: Array<{ id?: string; name: string; arguments?: Record<string, unknown> | string }>;
  usage?: { input_tokens?: number; output_tokens?: number };
  stop?: "end" | "tool_use" | "max_tokens";
  error?: { kind: "auth" | "model" | "unreachable" | "rate_limit" | "server" | "bad_response"; message: string };
}

export interface Script {
  model?: string;
  turns: ScriptTurn[];
}

const { $schema: _s, title: _t, ...oneScript } = scriptSchema;

/** A file holding one script per agent node: `nodes: { plan: { turns: … }, implement: { turns: … } }` (`implement.t1` for one task of a fan-out). */
export const nodeScriptsSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "CrustyClaw scripted models, one per node",
  type: "object",
  additionalProperties: false,
  required: ["nodes"],
  properties: {
    nodes: {
      type: "object",
      minProperties: 1,
      propertyNames: { pattern: "^[a-z][a-z0-9-]{0,47}(\\.[a-z0-9][a-z0-9-]{0,39})?$" },
      additionalProperties: oneScript,
      description: "Scripted turns per agent node id; `<node>.<task>` for one task of a fan-out (falls back to the node's).",
    },
  },
} as const;

export interface NodeScripts {
  nodes: Record<string, Script>;
}
