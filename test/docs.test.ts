import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blueprintReference } from "../src/blueprint/docs.js";
import { schemaJson } from "../src/cli/cmd-schema.js";
import { builtinNames, ROOT } from "./helpers/blueprints.js";

const read = (p: string) => readFileSync(path.join(ROOT, p), "utf8");

describe("generated files are current", () => {
  it("schema/blueprint.schema.json matches the schema in src (run `npm run docs`)", () => {
    expect(read("schema/blueprint.schema.json")).toBe(schemaJson());
  });

  it("docs/blueprints.md matches the schema (run `npm run docs`)", () => {
    expect(read("docs/blueprints.md")).toBe(blueprintReference());
  });

  it("every built-in blueprint points editors at the schema and is listed in the README", () => {
    const readme = read("README.md");
    for (const name of builtinNames()) {
      expect(read(`blueprints/${name}.yml`).split("\n")[0]).toBe("# yaml-language-server: $schema=../schema/blueprint.schema.json");
      expect(readme).toContain(`\`${name}\``);
    }
  });
});
