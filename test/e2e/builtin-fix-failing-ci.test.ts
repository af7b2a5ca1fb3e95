import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { WorkflowRunRecord } from "../../src/localforge/index.js";
import { readState } from "../../src/stages/tracking.js";
import { builtinBlueprint, describeRuns, job, startScenario, type Scenario } from "../helpers/scenario.js";
import { commitFile, expectNoViolations } from "../localforge/helpers.js";

/**
 * The fix-failing-ci built-in (blueprints/fix-failing-ci.yml, the file itself) through its
 * compiled workflow (issue 10, item 6): alice opens a pull request whose CI fails → on GitHub
 * the CI's workflow_run starts the run, on Forgejo alice comments /claw-fix-ci → the diagnose
 * agent is given the failing checks → the fix agent repairs the code (and notes the round in
 * rounds.txt) → `checks` runs the suite → the fix is pushed as a new commit on alice's branch,
 * no second pull request → CI runs on it (GitHub: dispatched, config ci.dispatch; Forgejo:
 * config ci.push-token) and fails once more (it wants two rounds) → a second round (GitHub: its
 * workflow_run; Forgejo: the command again) → CI passes → alice merges → the run is merged.
 */
const BUGGY = "exports.sum = (a, b) => a - b;\n";
const FIXED = "exports.sum = (a, b) => a + b;\n";
const TEST = `const assert = require("node:assert");
const { sum } = require("./sum.js");
assert.strictEqual(sum(2, 3), 5, "SUM-IS-WRONG: sum(2, 3) should be 5");
console.log("sum ok");
`;

const call = (name: string, args: Record<string, unknown>) => ({ tool_calls: [{ name, arguments: args }] });
// JSON is YAML: the scripted model's file, one script per node.
const SCRIPT = JSON.stringify({
  nodes: {
    diagnose: { turns: [call("read_file", { path: "sum.js" }), call("finish", { summary: "sum.js subtracts: sum(2, 3) is -1. Fix: add." })] },
    fix: { turns: [call("write_file", { path: "sum.js", content: FIXED }), call("run_command", { command: "npm run note" }), call("run_command", { command: "npm test" }), call("finish", { summary: "sum adds; npm test passes" })] },
  },
});

function ci(flavour: "github" | "forgejo"): Record<string, string> {
  return {
    [`${flavour === "github" ? ".github" : ".forgejo"}/workflows/ci.yml`]: `name: CI
on: ${flavour === "github" ? "[pull_request, workflow_dispatch]" : "[pull_request]"}
jobs:
  test:
    runs-on: ${flavour === "github" ? "ubuntu-latest" : "docker"}
    steps:
      - uses: actions/checkout@v4
      # Once a round has noted itself in rounds.txt, CI wants a second round too: each later failure is another round.
      - run: |
          node test.js
          if [ -f rounds.txt ] && [ "$(wc -l < rounds.txt)" -lt 2 ]; then echo "ROUNDS-WANTED: rounds.txt has $(wc -l < rounds.txt) line(s), want 2"; exit 1; fi
`,
  };
}

const FILES = {
  "sum.js": FIXED,
  "test.js": TEST,
  "package.json": `${JSON.stringify({ name: "app", version: "1.0.0", private: true, scripts: { test: "node test.js", note: "echo round >> rounds.txt" } }, null, 2)}\n`,
  "package-lock.json": `${JSON.stringify({ name: "app", version: "1.0.0", lockfileVersion: 3, requires: true, packages: { "": { name: "app", version: "1.0.0" } } }, null, 2)}\n`,
  ".crustyclaw/scripts/model.yml": SCRIPT,
};

function firstMessage(run: WorkflowRunRecord, job: string, node: string): string {
  const lines = readFileSync(path.join(run.workDir, "artifacts", `crustyclaw-${job}`, "transcripts", `${node}.jsonl`), "utf8").trim().split("\n");
  return lines.map((l) => JSON.parse(l) as { type: string; task?: string }).find((e) => e.type === "start")!.task!;
}

/** A commit of `file` on top of `branch`, made at once (no event): someone's push the round does not expect. */
function commitNow(gitDir: string, branch: string, file: string, content: string): string {
  const g = (args: string[], input?: string) => execFileSync("git", ["-C", gitDir, ...args], { encoding: "utf8", ...(input !== undefined ? { input } : {}) }).trim();
  const parent = g(["rev-parse", `refs/heads/${branch}`]);
  const blob = g(["hash-object", "-w", "--stdin"], content);
  const tree = g(["mktree"], `${g(["ls-tree", parent])}\n100644 blob ${blob}\t${file}\n`);
  const commit = g(["commit-tree", tree, "-p", parent, "-m", `add ${file}`]);
  g(["update-ref", `refs/heads/${branch}`, commit]);
  return commit;
}

const rounds = (runs: WorkflowRunRecord[]) => runs.filter((r) => r.jobs.some((j) => j.id === "publish-feedback" && j.result !== "skipped"));

for (const flavour of ["github", "forgejo"] as const) {
  describe(`the fix-failing-ci built-in on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, {
        ...builtinBlueprint("fix-failing-ci"),
        files: { ...FILES, ...ci(flavour) },
        vars: { CRUSTYCLAW_MODEL: "scripted:.crustyclaw/scripts/model.yml" },
        secrets: { CRUSTYCLAW_MODEL_API_KEY: "sk-scripted-not-a-real-key-000000", CI_PUSH_TOKEN: "" },
        // GitHub: publish dispatches the CI on the branch it pushed; Forgejo: it pushes with a person's token, which starts CI.
        config: flavour === "github" ? "ci:\n  dispatch: [ci.yml]\n" : "ci:\n  push-token: CI_PUSH_TOKEN\n",
      });
      s.local.state.repo("acme/app")!.secrets.set("CI_PUSH_TOKEN", s.local.token("alice"));
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    it("fixes a person's failing pull request on its own branch, and the run ends when it merges", async () => {
      const head = await commitFile(s.session.repo, "feature", "sum.js", BUGGY);
      const pr = (await s.session.as("alice").createPull({ title: "Refactor sum", body: "Tidier sum, by hand.", head: "feature", base: "main", draft: false })).number;
      let runs = await s.settle();
      if (flavour === "forgejo") {
        // Forgejo starts no workflow when checks fail: the command on the pull request asks for the fix.
        expect(rounds(runs), describeRuns(runs)).toHaveLength(0);
        await s.comment("alice", pr, "/claw-fix-ci");
        runs = [...runs, ...(await s.settle())];
      }
      if (flavour === "forgejo") {
        await s.comment("alice", pr, "/claw-fix-ci");
        runs = [...runs, ...(await s.settle())];
      }
      const done = rounds(runs);
      expect(done, describeRuns(runs)).toHaveLength(2);
      const round = done[0]!;
      expect(job(round, "publish-feedback").result, describeRuns([round])).toBe("success");
      // The round worked on the pull request's head, not the default branch.
      expect(job(round, "route").outputs.ref).toBe(head);

      // The diagnosis was given the failing check: its log's tail on GitHub, its status on Forgejo.
      const task = firstMessage(round, "diagnose", "diagnose");
      expect(task).toContain(`its checks failed on commit ${head}`);
      if (flavour === "github") expect(task).toContain("SUM-IS-WRONG: sum(2, 3) should be 5");
      else expect(task).toMatch(/CI \/ test \(pull_request\): failure/);

      // The second round was given the second failure, on the first round's commit.
      const again = firstMessage(done[1]!, "diagnose", "diagnose");
      expect(again).toContain(`its checks failed on commit ${s.git("rev-parse", "feature^").trim()}`);
      if (flavour === "github") expect(again).toContain("ROUNDS-WANTED: rounds.txt has 1 line(s), want 2");

      // Two new commits on alice's branch, on top of hers; no second pull request.
      expect(s.git("rev-parse", "feature~2").trim()).toBe(head);
      expect(s.git("show", "feature:sum.js")).toBe(FIXED);
      expect(s.git("show", "feature:rounds.txt")).toBe("round\nround\n");
      expect(s.git("log", "-2", "--format=%s", "feature").trim()).toBe(`Fix the failing checks of #${pr}\nFix the failing checks of #${pr}`);
      const pulls = await s.pulls();
      expect(pulls.map((p) => p.number)).toEqual([pr]);
      expect(pulls[0]).toMatchObject({ title: "Refactor sum", body: "Tidier sum, by hand." });
      // No branch of the run's own (the outcome branch holds the rounds' transcripts).
      expect(s.refs()).not.toContain("refs/heads/crustyclaw/fix-failing-ci");
      expect(s.git("ls-tree", "-r", "--name-only", "crustyclaw/outcomes")).toMatch(new RegExp(`^transcripts/fix-failing-ci/${pr}-`, "m"));

      // The run lives on the pull request; CI ran on the fix and passed: no second round.
      const state = readState((await s.tracking(pr))!, { blueprint: "fix-failing-ci", issue: pr });
      expect(state).toMatchObject({ status: "in-review", pull: pr, branch: "feature", ciRounds: 2 });
      const ciRuns = runs.filter((r) => r.name === "CI");
      expect(ciRuns.map((r) => r.conclusion), describeRuns(ciRuns)).toEqual(["failure", "failure", "success"]);

      await s.session.as("alice").mergePull(pr, "merge");
      await s.settle();
      expect(readState((await s.tracking(pr))!, { blueprint: "fix-failing-ci", issue: pr })?.status).toBe("merged");
    });

    it("pushes nothing over commits pushed to the pull request while the round worked", async () => {
      const head = await commitFile(s.session.repo, "feature2", "sum.js", BUGGY);
      const pr = (await s.session.as("alice").createPull({ title: "Sum again", body: "", head: "feature2", base: "main", draft: false })).number;
      // alice pushes the moment the round's publish job starts: synchronously, so the job cannot get ahead of her.
      let hers: string | undefined;
      const unsubscribe = s.local.actions!.subscribe((u) => {
        if (hers === undefined && "type" in u && u.type === "job-started" && u.job === "publish-feedback") hers = commitNow(s.session.repo.gitDir, "feature2", "NOTES.md", "mine\n");
      });
      try {
        await s.settle();
        if (flavour === "forgejo") {
          await s.comment("alice", pr, "/claw-fix-ci");
          await s.settle();
        }
      } finally {
        unsubscribe();
      }
      expect(hers).toBeDefined();
      expect(s.git("rev-parse", "feature2").trim()).toBe(hers);
      expect(s.git("rev-parse", "feature2^").trim()).toBe(head);
      const said = (await s.comments(pr)).map((c) => c.body).join("\n");
      expect(said).toMatch(/CrustyClaw pushed nothing: branch feature2 moved to [0-9a-f]{12} while this round worked on [0-9a-f]{12}/);
      expect(readState((await s.tracking(pr))!, { blueprint: "fix-failing-ci", issue: pr })).toMatchObject({ status: "in-review", ciRounds: 1 });
    });

    it("says why it does nothing on an issue and on a pull request whose checks pass", async () => {
      const issue = (await s.session.as("alice").createIssue({ title: "Idea", body: "Later." })).number;
      await s.comment("alice", issue, "/claw-fix-ci");
      await commitFile(s.session.repo, "green", "README.md", "# app, tidier\n");
      const green = (await s.session.as("alice").createPull({ title: "Docs", body: "", head: "green", base: "main", draft: false })).number;
      await s.settle();
      await s.comment("alice", green, "/claw-fix-ci");
      const runs = await s.settle();
      expect(rounds(runs), describeRuns(runs)).toHaveLength(0);
      const said = async (n: number) => (await s.comments(n)).map((c) => c.body).join("\n");
      expect(await said(issue)).toMatch(/CrustyClaw did not start: \\?#\S* is an issue, not a pull request/);
      expect(await said(green)).toMatch(/CrustyClaw did not start: the checks of pull request \\?#\S* \\?\([0-9a-f]{12}\\?\) do not fail: there is nothing to fix/);
      expect(s.git("rev-parse", "green^").trim()).toBe(s.git("rev-parse", "main").trim());
    });
  });
}
