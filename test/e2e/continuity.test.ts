import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readState } from "../../src/stages/tracking.js";
import { describeRuns, job, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * Continuity (issue 10, item 9), through the compiled workflow: a work job of two nodes is
 * killed (its run cancelled) as its second node starts; re-running the job (the forge's
 * "re-run failed jobs", a new attempt of the same run) starts from what the first attempt
 * recorded after its first node, so that node does not run again, and the pull request
 * holds both nodes' work.
 */
const BLUEPRINT = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
nodes:
  - id: first
    stage: execute
    run: echo NODE-FIRST-RAN; echo one > first.txt
  - id: second
    stage: execute
    needs: [first]
    run: echo NODE-SECOND-RAN; echo two > second.txt
`;

for (const flavour of ["github", "forgejo"] as const) {
  describe(`continuity on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, { blueprint: BLUEPRINT });
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    it("re-runs a killed job from its last recorded node", async () => {
      const actions = s.local.actions!;
      // The job is killed the moment its second node starts: the first node's result was recorded and uploaded.
      const unsubscribe = actions.subscribe((u) => {
        if ("type" in u && u.type === "step-started" && u.job === "first" && u.step === "second") actions.cancel(u.run.id);
      });
      const issue = await s.openLabelledIssue("alice", "Two files", "first.txt and second.txt");
      let runs: Awaited<ReturnType<Scenario["settle"]>>;
      try {
        runs = await s.settle();
      } finally {
        unsubscribe();
      }
      const run = runs.find((r) => r.jobs.some((j) => j.id === "first" && j.result !== "skipped"))!;
      expect(run.conclusion, describeRuns(runs)).toBe("cancelled");
      expect(job(run, "first").log).toContain("NODE-FIRST-RAN");
      expect(job(run, "first").log).not.toContain("NODE-SECOND-RAN");
      expect(await s.pulls()).toEqual([]);

      actions.rerun(run.id, "first");
      await s.settle();
      expect(run.attempt).toBe(2);
      expect(run.conclusion, describeRuns([run])).toBe("success");
      const again = job(run, "first").log;
      expect(again).toContain("node 'first' finished in an earlier attempt of this job: its result and changes stand, and it does not run again");
      expect(again).not.toContain("NODE-FIRST-RAN");
      expect(again).toContain("NODE-SECOND-RAN");

      const branch = `crustyclaw/issue-to-pr-${issue}`;
      expect(s.git("show", `${branch}:first.txt`)).toBe("one\n");
      expect(s.git("show", `${branch}:second.txt`)).toBe("two\n");
      const pr = (await s.pulls()).find((p) => p.head.ref === branch);
      expect(pr, describeRuns([run])).toBeDefined();
      expect(readState((await s.tracking(issue))!, { blueprint: "issue-to-pr", issue })).toMatchObject({ status: "in-review", nodes: { first: "done", second: "done" } });
    });
  });
}
