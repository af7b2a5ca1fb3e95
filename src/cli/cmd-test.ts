import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { CONFIG_PATH } from "../config/config.js";
import { FORGES } from "../config/schema.js";
import path from "node:path";
import { runBlueprintTest, specProblems } from "../testing/run.js";
import { parseTestSpec } from "../testing/spec.js";
import type { Problem } from "../util/problem.js";
import { printJson, printProblems } from "./output.js";
import { openProject, readBlueprint, toRepoPath } from "./project.js";
import { oneOf, UsageError, type Command } from "./usage.js";

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
    "Run blueprint tests on the local forge: each test makes a repository from a fixture, opens an issue, does what its events say (label, comment, review, merge), runs the compiled workflow through the local executor with scripted model turns, and checks the outcome, the branch and the nodes' results.",
  usage: "crustyclaw test [--json] [--keep] [--forge github|forgejo] [test.yml | dir ...]",
  options: { json: { type: "boolean" }, keep: { type: "boolean" }, forge: { type: "string" } },
  help: [
    `  (no files)          run every *.yml in ${TESTS_DIR}`,
    "  --forge F           run on this forge only (default: each test's forges, else the config's)",
    "  --keep              keep each test's workflow runs (jobs, logs, artifacts) and print where they are",
    "  --json              print the results as JSON on stdout",
  ],
  async run({ values, positionals, cwd }, io) {
    const project = openProject(cwd);
    const files = testFiles(project.root, positionals, cwd);
    if (files.length === 0) throw new UsageError(`no tests found in ${TESTS_DIR}; name test files, or see docs/testing-blueprints.md`);
    const onlyForge = oneOf("forge", values.forge, FORGES);
    const problems: Problem[] = [...project.configProblems];
    const configFile = path.join(project.root, CONFIG_PATH);
    const configText = existsSync(configFile) ? readFileSync(configFile, "utf8") : undefined;
    const results: Array<{ test: string; forge: string; passed: boolean; outcome: string; turns: number; failures: string[]; runs?: string }> = [];
    for (const file of files) {
      const name = toRepoPath(project.root, file, cwd);
      const parsed = parseTestSpec(name, readFileSync(file, "utf8"));
      if (!parsed.spec || !parsed.source) {
        problems.push(...parsed.problems);
        continue;
      }
      const dir = path.dirname(file);
      const bpPath = toRepoPath(project.root, path.resolve(dir, parsed.spec.blueprint), cwd);
      const bp = readBlueprint(project, bpPath);
      if (!bp.blueprint) {
        problems.push(...bp.problems);
        continue;
      }
      const found = specProblems(parsed.spec, parsed.source, bp.blueprint, dir);
      if (found.length) {
        problems.push(...found);
        continue;
      }
      const forges = onlyForge ? [onlyForge] : (parsed.spec.forges ?? project.config.forges);
      const runs = await runBlueprintTest({ ...parsed.spec, forges }, dir, { blueprintPath: bpPath, blueprintText: bp.text, ...(configText !== undefined ? { configText } : {}), forges, keep: Boolean(values.keep) });
      for (const run of runs) {
        const passed = run.failures.length === 0;
        results.push({ test: name, forge: run.forge, passed, outcome: run.outcome, turns: run.turns, failures: run.failures, ...(run.runs ? { runs: run.runs } : {}) });
        if (values.json) continue;
        io.out(`${passed ? "pass" : "FAIL"}  ${name} on ${run.forge} (${run.outcome}, ${run.nodes.length} node${run.nodes.length === 1 ? "" : "s"}, ${run.turns} turns)`);
        for (const f of run.failures) io.out(`      ${f}`);
        if (run.runs) io.out(`      runs: ${run.runs}`);
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
