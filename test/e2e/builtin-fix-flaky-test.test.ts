import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../../src/agent/plan.js";
import type { WorkflowRunRecord } from "../../src/localforge/index.js";
import { readState } from "../../src/stages/tracking.js";
import { activeRun, builtinBlueprint, describeRuns, jobsOf, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * The fix-flaky-test built-in (blueprints/fix-flaky-test.yml, the file itself) through its
 * compiled workflow (issue 10, item 6): an issue labelled `flaky-test` → the reproduce agent
 * reruns the test and sees it fail every second run → its plan names the cause → the fix agent
 * isolates the shared state and reruns the test until every run passes → `verify` runs the
 * suite five times in a row → a pull request with the fix.
 *
 * The flake is deterministic: the code under test keeps its state in a file (ignored by git)
 * that survives between runs and flips on each, and the test expects the first state, so it
 * fails on even runs.
 */
const CACHE = `const fs = require("node:fs");
const FILE = ".cache-state";
// Whether the cache is warm, kept between processes in FILE: a lookup warms a cold cache and uses up a warm one.
exports.lookup = () => {
  if (fs.existsSync(FILE)) {
    fs.rmSync(FILE);
    return "warm";
  }
  fs.writeFileSync(FILE, "1");
  return "cold";
};
`;
const FLAKY = `const assert = require("node:assert");
const { lookup } = require("./src/cache.js");
assert.strictEqual(lookup(), "cold", "a first lookup finds the cache cold");
console.log("cache ok");
`;
const FIXED = `const assert = require("node:assert");
const fs = require("node:fs");
const { lookup } = require("./src/cache.js");
// Each run starts from a cold cache: the state a previous run left made this test fail every second run.
fs.rmSync(".cache-state", { force: true });
assert.strictEqual(lookup(), "cold", "a first lookup finds the cache cold");
console.log("cache ok");
`;

const PLAN: Plan = {
  tasks: [
    {
      id: "isolate-state",
      title: "Start the cache test from a cold cache",
      description: "Cause: src/cache.js keeps whether it is warm in .cache-state, which survives between runs; the test expects a cold cache, so every second run fails (2 of 4).",
      acceptance: ["npm test passes 4 times in a row"],
      files: ["test.js"],
      needs: [],
    },
  ],
};

const call = (name: string, args: Record<string, unknown>) => ({ tool_calls: [{ name, arguments: args }] });
const npmTest = call("run_command", { command: "npm test" });
// JSON is YAML: the scripted model's file, one script per node.
const SCRIPT = JSON.stringify({
  nodes: {
    reproduce: {
      turns: [
        call("read_file", { path: "test.js" }),
        npmTest,
        npmTest,
        npmTest,
        npmTest,
        call("read_file", { path: "src/cache.js" }),
        call("finish", { summary: "test.js failed 2 of 4 runs (every second run): 'warm' !== 'cold'. The cause is state kept between runs.", result: PLAN }),
      ],
    },
    fix: {
      turns: [call("write_file", { path: "test.js", content: FIXED }), npmTest, npmTest, npmTest, npmTest, call("finish", { summary: "The test starts from a cold cache; 4 runs in a row pass" })],
    },
  },
});

const FILES = {
  "src/cache.js": CACHE,
  "test.js": FLAKY,
  ".gitignore": ".cache-state\nnode_modules/\n",
  "package.json": `${JSON.stringify({ name: "app", version: "1.0.0", private: true, scripts: { test: "node test.js" } }, null, 2)}\n`,
  "package-lock.json": `${JSON.stringify({ name: "app", version: "1.0.0", lockfileVersion: 3, requires: true, packages: { "": { name: "app", version: "1.0.0" } } }, null, 2)}\n`,
  ".crustyclaw/scripts/model.yml": SCRIPT,
};

/** What each `npm test` the agent ran answered: its exit code. */
function testRuns(run: WorkflowRunRecord, job: string, node: string): string[] {
  const text = readFileSync(path.join(run.workDir, "artifacts", `crustyclaw-${job}`, "transcripts", `${node}.jsonl`), "utf8");
  return text
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { type: string; call?: { name: string }; content?: string })
    .filter((e) => e.type === "tool" && e.call?.name === "run_command")
    .map((e) => /exit code \d+/.exec(e.content ?? "")?.[0] ?? e.content ?? "");
}

for (const flavour of ["github", "forgejo"] as const) {
  describe(`the fix-flaky-test built-in on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, {
        ...builtinBlueprint("fix-flaky-test"),
        files: FILES,
        vars: { CRUSTYCLAW_MODEL: "scripted:.crustyclaw/scripts/model.yml" },
        secrets: { CRUSTYCLAW_MODEL_API_KEY: "sk-scripted-not-a-real-key-000000" },
      });
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    it("reproduces by rerunning, fixes the cause, proves it stable, and opens a pull request", async () => {
      const issue = await s.openLabelledIssue("alice", "test.js is flaky", "`npm test` fails now and then in test.js.", "flaky-test");
      const runs = await s.settle();
      const run = activeRun(runs);
      const jobs = jobsOf(runs);
      expect(jobs.map(([id]) => id), describeRuns(runs)).toEqual(["route", "reproduce", "publish-plan"]);
      expect(jobs.every(([, result]) => result === "success"), describeRuns(runs)).toBe(true);

      // Reproduced: the test failed every second run.
      expect(testRuns(run, "reproduce", "reproduce")).toEqual(["exit code 0", "exit code 1", "exit code 0", "exit code 1"]);
      // Fixed: every rerun passes, in the same workspace, with the state the reproduction left.
      expect(testRuns(run, "reproduce", "fix")).toEqual(["exit code 0", "exit code 0", "exit code 0", "exit code 0"]);
      // Proved stable: the whole suite five times in a row.
      const verify = JSON.parse(readFileSync(path.join(run.workDir, "artifacts", "crustyclaw-reproduce", "nodes", "verify.json"), "utf8")) as { status: string; output: string };
      expect(verify.status).toBe("done");
      expect(verify.output.match(/cache ok/g)).toHaveLength(5);

      const branch = `crustyclaw/fix-flaky-test-${issue}`;
      expect(s.git("diff", "--name-only", "main", branch).trim()).toBe("test.js");
      expect(s.git("show", `${branch}:test.js`)).toBe(FIXED);
      const pr = (await s.pulls()).find((p) => p.head.ref === branch)!;
      // What each agent reported, in the blueprint's order, inert.
      expect(pr.body).toContain(
        "**`reproduce`** reported:\n\ntest.js failed 2 of 4 runs \\(every second run\\): 'warm' \\!== 'cold'. The cause is state kept between runs.\n\n**`fix`** reported:\n\nisolate-state: The test starts from a cold cache; 4 runs in a row pass",
      );
      expect(readState((await s.tracking(issue))!, { blueprint: "fix-flaky-test", issue })).toMatchObject({ status: "in-review", pull: pr.number });
    });
  });
}
