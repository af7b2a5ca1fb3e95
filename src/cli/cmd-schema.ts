import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PLAN_SCHEMA } from "../agent/plan.js";
import { blueprintReference } from "../blueprint/docs.js";
import { blueprintSchema } from "../blueprint/schema.js";
import { UsageError, type Command } from "./usage.js";

export function schemaJson(schema: object = blueprintSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export const schemaCommand: Command = {
  name: "schema",
  summary: "Print the blueprint JSON Schema, or (with --markdown) the reference generated from it, or (with --plan) the plan JSON Schema.",
  usage: "crustyclaw schema [--markdown | --plan] [--out FILE]",
  options: { markdown: { type: "boolean" }, plan: { type: "boolean" }, out: { type: "string" } },
  help: [
    "  --markdown          print the Markdown reference (docs/blueprints.md) instead of the JSON Schema",
    "  --plan              print the JSON Schema of plans (what plan-stage agents produce)",
    "  --out FILE          write to FILE instead of stdout",
  ],
  async run({ values, cwd }, io) {
    if (values.markdown && values.plan) throw new UsageError("--markdown and --plan cannot be combined");
    const text = values.markdown ? blueprintReference() : schemaJson(values.plan ? PLAN_SCHEMA : blueprintSchema);
    if (typeof values.out === "string") {
      const target = path.resolve(cwd, values.out);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
      io.out(`wrote ${values.out}`);
    } else io.out(text);
    return 0;
  },
};
