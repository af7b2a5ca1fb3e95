import { Ajv, type ErrorObject } from "ajv";
import type { JsonSchema, Tool } from "../types.js";
import { defineTool, fail, resolveContext, type ToolContext } from "./context.js";

/**
 * finish: the agent's last call. Its result is validated against the node's
 * result schema (DESIGN: nothing a model says is acted on unvalidated); a result
 * that does not fit comes back as an error listing what to fix, so the model can
 * call finish again — up to `finishRejections` times; after that the agent escalates.
 */
export function finishTool(context: ToolContext): Tool {
  const ctx = resolveContext(context);
  const parameters: JsonSchema = {
    type: "object",
    properties: {
      summary: { type: "string", minLength: 1, description: "What you did and why, for the people reviewing it" },
      result: ctx.resultSchema ?? { type: "object", description: "Structured result (any object)" },
    },
    required: ctx.resultSchema ? ["summary", "result"] : ["summary"],
  };
  // Compiled once; a schema ajv cannot compile is the caller's bug and throws here.
  const validate = new Ajv({ allErrors: true, strict: false }).compile(parameters);
  let rejections = 0;
  return defineTool(
    ctx,
    {
      name: "finish",
      description: "Finish the task: give a summary and the structured result. Call it once, when you are done; if the result is rejected, fix what the error lists and call it again.",
      parameters,
    },
    async (args) => {
      const errors = validate(args) ? (ctx.resultCheck?.(args.result ?? {}) ?? []) : (validate.errors ?? []).map(describe);
      if (errors.length > 0) {
        rejections++;
        const list = errors.join("\n");
        if (rejections > ctx.finishRejections) {
          // What the agent said goes along: why it could not give a result (a spec that is not there) is for people to read.
          const said = typeof args.summary === "string" && args.summary.trim() ? `\nThe agent's summary: ${args.summary.slice(0, 1000)}` : "";
          return { ...fail(`finish was not accepted again:\n${list}`), escalate: `the result was rejected ${rejections} times; last errors:\n${list}${said}` };
        }
        return fail(`finish was not accepted; fix these and call finish again:\n${list}`);
      }
      const summary = args.summary as string;
      const result = (args.result as Record<string, unknown> | undefined) ?? {};
      return { content: "Finished.", isError: false, finished: { summary, result } };
    },
  );
}

function describe(e: ErrorObject): string {
  const where = e.instancePath === "" ? "(the arguments)" : e.instancePath;
  const p = e.params as Record<string, unknown>;
  const extra =
    e.keyword === "enum"
      ? ` (allowed: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")})`
      : e.keyword === "additionalProperties"
        ? ` ('${String(p.additionalProperty)}')`
        : "";
  return `- ${where}: ${e.message ?? e.keyword}${extra}`;
}
