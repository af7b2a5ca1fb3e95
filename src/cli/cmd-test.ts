import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { runBlueprintTest, specProblems } from "../testing/run.js";
import { parseTestSpec } from "../testing/spec.js";
import type { Problem } from "../util/problem.js";
import { printJson, printProblems } from "./output.js";
import { openProject, readBlueprint, toRepoPath } from "./project.js";
import { UsageError, type Command } from "./usage.js";

/** The default home of blueprint tests. */
export const TESTS_DIR = ".crustyclaw/tests";

/** Test files named (files, or directories searched for *.yml / *.yaml), or every one in .crustyclaw/tests. */
function testFiles(root: string, names: string[], cwd: string): string[] {
  const given = names.length ? names.map((n) => path.resolve(cwd, n)) : [path.join(root, TESTS_DIR)];
  return given.flatMap((p) => {
    if (!existsSync(p)) {
      if (names.length) throw new UsageError(`${path.relative(cwd, p) || p}: no such file or directory`);
      return [];
    }
    if (!statSync(p).isDirectory()) return [p];
    return readdirSync(p)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => path.join(p, f));
  });
}

export const testCommand: Command = {
  name: "test",
  summary:
    "Run blueprint tests offline: each test copies a fixture repository, runs the blueprint's nodes with scripted model turns, and checks the change set, the outcome and the nodes' results.",
  usage: "crustyclaw test [--json] [--keep] [test.yml | dir ...]",
  options: { json: { type: "boolean" }, keep: { type: "boolean" } },
  help: [
    `  (no files)          run every *.yml in ${TESTS_DIR}`,
    "  --keep              keep each test's workspace and print where it is",
    "  --json              print the results as JSON on stdout",
  ],
  async run({ values, positionals, cwd }, io) {
    const project = openProject(cwd);
    const files = testFiles(project.root, positionals, cwd);
    if (files.length === 0) throw new UsageError(`no tests found in ${TESTS_DIR}; name test files, or see docs/testing-blueprints.md`);
    const problems: Problem[] = [...project.configProblems];
    const results: Array<{ test: string; passed: boolean; outcome?: string; turns?: number; failures: string[]; workspace?: string }> = [];
    for (const file of files) {
      const name = toRepoPath(project.root, file, cwd);
      const parsed = parseTestSpec(name, readFileSync(file, "utf8"));
      if (!parsed.spec || !parsed.source) {
        problems.push(...parsed.problems);
        continue;
      }
      const dir = path.dirname(file);
      const bp = readBlueprint(project, toRepoPath(project.root, path.resolve(dir, parsed.spec.blueprint), cwd));
      if (!bp.blueprint) {
        problems.push(...bp.problems);
        continue;
      }
      const found = specProblems(parsed.spec, parsed.source, bp.blueprint, dir);
      if (found.length) {
        problems.push(...found);
        continue;
      }
      const run = await runBlueprintTest(parsed.spec, bp.blueprint, dir, { keep: Boolean(values.keep), configMcpServers: project.config.mcpServers });
      const passed = run.failures.length === 0;
      results.push({ test: name, passed, outcome: run.outcome, turns: run.turns, failures: run.failures, ...(values.keep ? { workspace: run.workspace } : {}) });
      if (!values.json) {
        io.out(`${passed ? "pass" : "FAIL"}  ${name} (${run.outcome}, ${run.nodes.length} node${run.nodes.length === 1 ? "" : "s"}, ${run.turns} turns)`);
        for (const f of run.failures) io.out(`      ${f}`);
        if (values.keep) io.out(`      workspace: ${run.workspace}`);
      }
    }
    const ok = problems.length === 0 && results.every((r) => r.passed);
    if (values.json) printJson(io, { ok, tests: results, problems });
    else {
      printProblems(io, problems);
      const failed = results.filter((r) => !r.passed).length;
      io.out(`${results.length - failed} passed, ${failed} failed${problems.length ? `, ${problems.length} problem${problems.length === 1 ? "" : "s"} in test files` : ""}`);
    }
    return ok ? 0 : 1;
  },
};
