import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { activeRun, describeRuns, job, jobsOf, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * A pipeline across several workflow runs, each started by what a person does on the
 * forge: label → plan; `/approve` → execute and a pull request; a review requesting
 * changes → a feedback round on the same pull request; the next one past the CI-round
 * budget → escalation.
 */
const GATED = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
review-policy: approve-before-execute
budgets: { ci-rounds: 1 }
nodes:
  - id: plan
    stage: plan
    run: echo "the plan is to add hello.txt"
  - id: implement
    stage: execute
    needs: [plan]
    run: printf 'hello\\n' > hello.txt
  - id: address-review
    stage: feedback
    run: printf 'hello, reviewer\\n' > hello.txt
`;

for (const flavour of ["github", "forgejo"] as const) {
  describe(`run lifecycle on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, { blueprint: GATED });
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    it("plans, waits for /approve, executes, then iterates once on requested changes and escalates on the next", async () => {
      const number = await s.openLabelledIssue("alice", "Gated hello", "x");
      const plan = await s.settle();
      expect(jobsOf(plan), describeRuns(plan)).toEqual([
        ["route", "success"],
        ["plan", "success"],
        ["publish-plan", "success"],
      ]);
      expect(await s.tracking(number)).toContain("Waiting for approval");

      // /approve from a writer starts the execute segment in a new workflow run.
      await s.comment("alice", number, "/approve looks good");
      const approve = await s.settle();
      expect(job(activeRun(approve), "route").outputs.stage, describeRuns(approve)).toBe("execute");
      expect(jobsOf(approve)).toEqual([
        ["route", "success"],
        ["implement", "success"],
        ["publish-execute", "success"],
      ]);
      const branch = `crustyclaw/issue-to-pr-${number}`;
      expect(s.git("show", `${branch}:hello.txt`)).toBe("hello\n");
      expect(await s.tracking(number)).toContain("**Pull request open for review**");

      // Changes requested on the pull request: the feedback node runs on its branch and pushes to it.
      const pr = (await s.pulls()).find((p) => p.head.ref === branch)!;
      await s.session.as("alice").submitReview(pr.number, { event: "request_changes", body: "Greet the reviewer" });
      const feedback = await s.settle();
      const round = activeRun(feedback);
      expect(job(round, "route").outputs.stage, describeRuns(feedback)).toBe("feedback");
      expect(job(round, "publish-feedback").result, describeRuns(feedback)).toBe("success");
      expect(s.git("show", `${branch}:hello.txt`)).toBe("hello, reviewer\n");
      expect(s.git("rev-list", "--count", `main..${branch}`).trim()).toBe("2");
      expect((await s.pulls()).filter((p) => p.head.ref === branch)).toHaveLength(1);
      const afterFeedback = await s.tracking(number);
      expect(afterFeedback).toContain("**Pull request open for review**");
      expect(afterFeedback).toContain("CI rounds 1");

      // The budget is one round: the next request for changes escalates instead of running.
      await s.session.as("alice").submitReview(pr.number, { event: "request_changes", body: "Still not right" });
      const again = await s.settle();
      expect(job(activeRun(again), "route").outputs.stage).toBe("");
      expect(await s.tracking(number)).toContain("Escalated: the CI-round budget \\(1\\) is spent");
    });
  });
}
