import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/blueprints.js";

/**
 * The layers of src/ are ESLint rules (eslint.config.js), run by `npm test`. Here each rule
 * is shown to fail a deliberate violation, and to let the allowed direction through.
 */
const eslint = new ESLint({ cwd: ROOT });

async function importErrors(file: string, from: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from "${from}";\nexport const y = x;\n`, { filePath: path.join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("import boundaries", () => {
  it.each([
    ["src/stages/probe.ts", "../compile/workflow.js", "run-time code must not import the compiler"],
    ["src/actions/probe.ts", "../compile/emit.js", "run-time code must not import the compiler"],
    ["src/agent/tools/probe.ts", "../../stages/run-node.js", "agent tools must not import stages"],
    ["src/context/probe.ts", "../agent/tools/list-files.js", "context must not import agent code"],
    ["src/util/probe.ts", "../forge/client.js", "util/ imports nothing else of CrustyClaw"],
  ])("%s importing %s fails", async (file, from, message) => {
    const errors = await importErrors(file, from);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    ["src/stages/probe.ts", "../pipeline/segments.js"],
    ["src/compile/probe.ts", "../pipeline/fuse.js"],
    ["src/agent/tools/probe.ts", "../../context/workspace-files.js"],
    ["src/cli/probe.ts", "../compile/emit.js"],
  ])("%s importing %s passes", async (file, from) => {
    expect(await importErrors(file, from)).toEqual([]);
  });
});
