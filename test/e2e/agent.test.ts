import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeRuns, jobsOf, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * issue-to-pr with agent nodes driven by scripted model turns, through the bundled
 * actions against the local forge: the pull request's diff is the agent's edits.
 */
const BLUEPRINT = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
nodes:
  - id: plan
    stage: plan
    agent:
      instructions: Plan the work.
      tools: [list_files, read_file, finish]
      model: scripted:.crustyclaw/scripts/plan.yml
  - id: implement
    stage: execute
    needs: [plan]
    agent:
      instructions: Carry out the plan.
      tools: [read_file, write_file, edit_file, finish]
      model: scripted:.crustyclaw/scripts/implement.yml
  - id: checks
    stage: review
    needs: [implement]
    run: grep -q "Hello, CrustyClaw" greeting.txt
`;

// The first plan is not a plan (tasks must be objects): finish refuses it with the
// schema's errors and the agent tries once more, as a model would.
const PLAN = `model: claude-sonnet-4-5
turns:
  - tool_calls: [{ name: list_files, arguments: {} }]
    usage: { input_tokens: 1200, output_tokens: 40 }
  - tool_calls:
      - name: finish
        arguments: { summary: "Add greeting.txt and mention it in the README", result: { tasks: ["greeting.txt", "README"] } }
    usage: { input_tokens: 1300, output_tokens: 50 }
  - tool_calls:
      - name: finish
        arguments:
          summary: Add greeting.txt and mention it in the README
          result:
            tasks:
              - id: readme
                title: Mention the greeting in the README
                description: Say in README.md where the greeting lives.
                acceptance: [README.md mentions greeting.txt]
                files: [README.md]
                needs: [greeting]
              - id: greeting
                title: Add greeting.txt
                description: Write the greeting file.
                acceptance: [greeting.txt says hello]
                files: [greeting.txt]
    usage: { input_tokens: 1500, output_tokens: 60 }
`;

// One loop per plan task, in dependency order: greeting first, then readme.
const IMPLEMENT = `model: claude-sonnet-4-5
turns:
  - tool_calls: [{ name: write_file, arguments: { path: greeting.txt, content: "Hello, CrustyClaw\\n" } }]
    usage: { input_tokens: 2000, output_tokens: 80 }
  - tool_calls: [{ name: finish, arguments: { summary: "Wrote greeting.txt" } }]
    usage: { input_tokens: 2050, output_tokens: 20 }
  - tool_calls: [{ name: edit_file, arguments: { path: README.md, old_text: "# app", new_text: "# app\\n\\nSays hello: see greeting.txt." } }]
    usage: { input_tokens: 2100, output_tokens: 70 }
  - tool_calls: [{ name: finish, arguments: { summary: "Updated the README" } }]
    usage: { input_tokens: 2200, output_tokens: 30 }
`;

for (const flavour of ["github", "forgejo"] as const) {
  describe(`agent nodes on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, {
        blueprint: BLUEPRINT,
        // Source for the repo map of the agents that read files.
        files: { ".crustyclaw/scripts/plan.yml": PLAN, ".crustyclaw/scripts/implement.yml": IMPLEMENT, "greet.py": "def greet(name):\n    return f'Hello, {name}'\n" },
        secrets: { CRUSTYCLAW_MODEL_API_KEY: "sk-scripted-not-a-real-key-000000" },
      });
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    it("opens a pull request whose diff is the scripted agent's edits, with turns, tokens and cost tracked", async () => {
      const number = await s.openLabelledIssue("alice", "Greet people", "Add a greeting file.");
      const runs = await s.settle();
      // approve-before-merge: plan, implement and checks fuse into one job; the pull request is the human gate.
      expect(jobsOf(runs), describeRuns(runs)).toEqual([
        ["route", "success"],
        ["plan", "success"],
        ["publish-plan", "success"],
      ]);

      const branch = `crustyclaw/issue-to-pr-${number}`;
      const diff = s.git("diff", "main", branch);
      expect(diff).toContain("+Hello, CrustyClaw");
      expect(diff).toContain("+Says hello: see greeting.txt.");
      expect(s.git("diff", "--name-only", "main", branch).trim().split("\n")).toEqual(["README.md", "greeting.txt"]);

      const tracking = (await s.tracking(number))!;
      expect(tracking).toContain("**Pull request open for review**");
      // 3 + 4 scripted turns; tokens summed from the script's usage.
      expect(tracking).toContain("7 turns · 12700 tokens · $");
      expect(tracking).not.toContain("sk-scripted-not-a-real-key");
      // The key was masked in every job's log, as a forge masks secrets.
      expect(runs.flatMap((r) => r.jobs.map((j) => j.log)).join("\n")).not.toContain("sk-scripted-not-a-real-key");
    });

    it("saves the repo map's cache after the agents and restores it in the next run's job", async () => {
      // The first test's run saved it; this run's job restores it and parses nothing.
      const number = await s.openLabelledIssue("alice", "Greet people again", "Add a greeting file.");
      const runs = await s.settle();
      const plan = runs.flatMap((r) => r.jobs).find((j) => j.id === "plan" && j.result === "success")!;
      const sha = s.git("rev-parse", "main").trim();
      expect(plan.log).toContain(`Cache restored from key: crustyclaw-repomap-${sha}`);
      // An exact hit: nothing new to save.
      expect(plan.steps.find((st) => st.name === "save the repo map cache")?.conclusion).toBe("skipped");
      const transcript = readFileSync(path.join(runs.find((r) => r.jobs.includes(plan))!.workDir, "artifacts", "crustyclaw-plan", "transcripts", "plan.jsonl"), "utf8");
      const map = transcript.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { type: string; parsed?: number; cached?: number }).find((e) => e.type === "repo-map")!;
      expect(map).toMatchObject({ parsed: 0 });
      expect(map.cached).toBeGreaterThan(0);
      expect((await s.tracking(number))!).toContain("**Pull request open for review**");
    });
  });
}
