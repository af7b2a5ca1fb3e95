import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadBlueprint } from "../../src/blueprint/validate.js";
import type { AgentNode, Blueprint, Node } from "../../src/blueprint/types.js";
import { compileBlueprint, type CompiledWorkflow } from "../../src/compile/emit.js";
import { defaultConfig, type Config } from "../../src/config/config.js";
import type { ForgeFamily, ForgeName } from "../../src/config/schema.js";
import { formatProblem } from "../../src/util/problem.js";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const FORGE_NAMES: ForgeFamily[] = ["github", "forgejo"];

export function builtinNames(): string[] {
  return readdirSync(path.join(ROOT, "blueprints"))
    .filter((f) => f.endsWith(".yml"))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** Load blueprint text or fail the test with the problems printed. */
export function mustLoad(text: string, file = "test.yml"): Blueprint {
  const r = loadBlueprint(file, text);
  if (!r.blueprint) throw new Error(r.problems.map(formatProblem).join("\n"));
  return r.blueprint;
}

export function compileText(text: string, forge: ForgeName, config: Config = defaultConfig(), sourcePath = ".crustyclaw/blueprints/test.yml"): CompiledWorkflow {
  return compileBlueprint({ blueprint: mustLoad(text, sourcePath), sourcePath, sourceText: text, config, forge });
}

/** Compile a built-in blueprint as `crustyclaw init` would place it. */
export function compileBuiltin(name: string, forge: ForgeName): CompiledWorkflow {
  const text = readFileSync(path.join(ROOT, "blueprints", `${name}.yml`), "utf8");
  return compileText(text, forge, defaultConfig(), `.crustyclaw/blueprints/${name}.yml`);
}

/** The node as an agent node, or a clear failure when the fixture's node is not one. */
export function asAgent(node: Node | undefined): AgentNode {
  if (node?.kind !== "agent") throw new Error(`expected an agent node, got ${node ? `'${node.id}' (${node.kind})` : "none"}`);
  return node;
}
