import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { blueprintReference } from "../blueprint/docs.js";
import { blueprintSchema } from "../blueprint/schema.js";
import type { Command } from "./usage.js";

export function schemaJson(): string {
  return `${JSON.stringify(blueprintSchema, null, 2)}\n`;
}

export const schemaCommand: Command = {
  name: "schema",
  summary: "Print the blueprint JSON Schema, or (with --markdown) the reference generated from it.",
  usage: "crustyclaw schema [--markdown] [--out FILE]",
  options: { markdown: { type: "boolean" }, out: { type: "string" } },
  help: [
    "  --markdown          print the Markdown reference (docs/blueprints.md) instead of the JSON Schema",
    "  --out FILE          write to FILE instead of stdout",
  ],
  async run({ values, cwd }, io) {
    const text = values.markdown ? blueprintReference() : schemaJson();
    if (typeof values.out === "string") {
      const target = path.resolve(cwd, values.out);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
      io.out(`wrote ${values.out}`);
    } else io.out(text);
    return 0;
  },
};
