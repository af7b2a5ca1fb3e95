import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { planSha256, type Plan } from "../../src/agent/plan.js";
import type { WorkflowRunRecord } from "../../src/localforge/index.js";
import { readState } from "../../src/stages/tracking.js";
import { activeRun, builtinBlueprint, describeRuns, job, jobsOf, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * The implement-from-spec built-in (blueprints/implement-from-spec.yml, the file itself)
 * through its compiled workflow (issue 10, item 6): an issue labelled `spec` names a spec
 * document → the plan agent reads it and plans → the tracking comment shows the plan and its
 * hash → `/approve` → the implement agent carries out exactly that plan, one loop per task →
 * the repository's checks (`npm ci && npm test`) → the conformance agent, given the spec and
 * the approved plan, checks the work → a pull request whose description holds its findings.
 */
const SPEC = `# slugify

1. \`slugify(text)\` in \`src/slug.js\` lower-cases \`text\` and joins its words with \`-\`.
2. Characters other than letters, digits and spaces are dropped.
3. \`npm test\` checks both.
`;

const PLAN: Plan = {
  tasks: [
    { id: "slugify", title: "Add slugify", description: "Spec 1 and 2: src/slug.js exports slugify.", acceptance: ["slugify('Hello, World') is 'hello-world'"], files: ["src/slug.js"], needs: [] },
    { id: "tests", title: "Test slugify", description: "Spec 3: test.js checks slugify.", acceptance: ["npm test fails when slugify is wrong"], files: ["test.js"], needs: ["slugify"] },
  ],
};

const SLUG = 'module.exports.slugify = (text) => text.toLowerCase().replace(/[^a-z0-9 ]/g, "").trim().split(/ +/).join("-");\n';
const TEST = 'const assert = require("node:assert");\nconst { slugify } = require("./src/slug.js");\nassert.strictEqual(slugify("Hello, World"), "hello-world");\nconsole.log("slugify ok");\n';

const call = (name: string, args: Record<string, unknown>) => ({ tool_calls: [{ name, arguments: args }] });
// JSON is YAML: the scripted model's file, one script per node.
const SCRIPT = JSON.stringify({
  nodes: {
    plan: { turns: [call("read_file", { path: "docs/spec/slug.md" }), call("finish", { summary: "Two tasks, one per part of the spec", result: PLAN })] },
    implement: {
      turns: [
        call("write_file", { path: "src/slug.js", content: SLUG }),
        call("finish", { summary: "Added slugify" }),
        call("write_file", { path: "test.js", content: TEST }),
        call("run_command", { command: "npm test" }),
        call("finish", { summary: "Tested slugify; npm test passes" }),
      ],
    },
    conformance: {
      turns: [
        call("read_file", { path: "docs/spec/slug.md" }),
        call("finish", { summary: "- Requirement 1: implemented and tested\n- Requirement 2: implemented and tested\n- Requirement 3: done (npm test) @acme/team" }),
      ],
    },
  },
});

const FILES = {
  "docs/spec/slug.md": SPEC,
  "package.json": `${JSON.stringify({ name: "app", version: "1.0.0", private: true, scripts: { test: "node test.js" } }, null, 2)}\n`,
  "package-lock.json": `${JSON.stringify({ name: "app", version: "1.0.0", lockfileVersion: 3, requires: true, packages: { "": { name: "app", version: "1.0.0" } } }, null, 2)}\n`,
  "test.js": 'console.log("no tests yet");\n',
  ".crustyclaw/scripts/model.yml": SCRIPT,
};

/** The entries of a node's transcript. */
function transcript(run: WorkflowRunRecord, job: string, node: string): Array<{ type: string; task?: string; id?: string }> {
  const text = readFileSync(path.join(run.workDir, "artifacts", `crustyclaw-${job}`, "transcripts", `${node}.jsonl`), "utf8");
  return text.trim().split("\n").map((l) => JSON.parse(l) as { type: string; task?: string; id?: string });
}

for (const flavour of ["github", "forgejo"] as const) {
  describe(`the implement-from-spec built-in on ${flavour}`, () => {
    let s: Scenario;
    let issue: number;
    beforeAll(async () => {
      s = await startScenario(flavour, {
        ...builtinBlueprint("implement-from-spec"),
        files: FILES,
        vars: { CRUSTYCLAW_MODEL: "scripted:.crustyclaw/scripts/model.yml" },
        secrets: { CRUSTYCLAW_MODEL_API_KEY: "sk-scripted-not-a-real-key-000000" },
      });
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    const state = async () => readState((await s.tracking(issue))!, { blueprint: "implement-from-spec", issue })!;

    it("plans from the spec the issue names and waits for /approve of that plan", async () => {
      issue = await s.openLabelledIssue("alice", "Implement slugify", "Implement docs/spec/slug.md.", "spec");
      const runs = await s.settle();
      expect(jobsOf(runs), describeRuns(runs)).toEqual([
        ["route", "success"],
        ["plan", "success"],
        ["publish-plan", "success"],
      ]);
      const body = (await s.tracking(issue))!;
      expect(body).toContain("Waiting for approval");
      expect(body).toContain(`Plan: 2 tasks · sha256 <code>${planSha256(PLAN).slice(0, 12)}</code>`);
      expect(await state()).toMatchObject({ status: "awaiting-approval", plan: PLAN, planSha256: planSha256(PLAN) });
      expect(s.refs()).not.toContain("crustyclaw/implement-from-spec-");
    });

    it("/approve: implements exactly that plan, one loop per task, runs the checks, checks against the spec and the plan, opens a pull request", async () => {
      await s.comment("alice", issue, "/approve");
      const runs = await s.settle();
      const run = activeRun(runs);
      expect(job(run, "route").outputs, describeRuns(runs)).toMatchObject({ stage: "execute", plan: planSha256(PLAN) });
      expect(jobsOf(runs)).toEqual([
        ["route", "success"],
        ["implement", "success"],
        ["publish-execute", "success"],
      ]);
      // One loop per plan task, in order; the checks ran on the result.
      const result = JSON.parse(readFileSync(path.join(run.workDir, "artifacts", "crustyclaw-implement", "nodes", "implement.json"), "utf8")) as { result: { tasks: Array<{ id: string }> } };
      expect(result.result.tasks.map((t) => t.id)).toEqual(["slugify", "tests"]);
      expect(transcript(run, "implement", "implement").filter((e) => e.type === "task").map((e) => e.id)).toEqual(["slugify", "tests"]);
      const checks = JSON.parse(readFileSync(path.join(run.workDir, "artifacts", "crustyclaw-implement", "nodes", "checks.json"), "utf8")) as { status: string; output: string };
      expect(checks).toMatchObject({ status: "done" });
      expect(checks.output).toContain("slugify ok");
      // The conformance agent was given the approved plan, as data.
      const start = transcript(run, "implement", "conformance").find((e) => e.type === "start")!;
      expect(start.task).toMatch(/The approved plan the changes carry out \(2 tasks\):\n<untrusted-plan-[0-9a-f]+>\nTask 'slugify': Add slugify/);

      const branch = `crustyclaw/implement-from-spec-${issue}`;
      expect(s.git("diff", "--name-only", "main", branch).trim().split("\n")).toEqual(["src/slug.js", "test.js"]);
      const pr = (await s.pulls()).find((p) => p.head.ref === branch)!;
      expect(pr.state).toBe("open");
      expect(pr.body).toContain("**`conformance`** reported:\n\n- Requirement 1: implemented and tested\n- Requirement 2: implemented and tested\n- Requirement 3: done \\(npm test\\) @\u200Bacme/team");
      expect(await state()).toMatchObject({ status: "in-review", pull: pr.number, approval: { by: "alice", sha256: planSha256(PLAN) } });
    });
  });
}
