import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { activeRun, describeRuns, job, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/** After the pull request opens, a person's review and merge move the run's state in the tracking comment. */
for (const flavour of ["github", "forgejo"] as const) {
  describe(`feedback events on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour);
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    it("moves to awaiting merge on approval and to merged on merge, without starting work", async () => {
      const number = await s.openLabelledIssue("alice", "Feedback", "x");
      await s.settle();
      const pr = (await s.pulls()).find((p) => p.head.ref === `crustyclaw/issue-to-pr-${number}`)!;

      await s.session.as("alice").submitReview(pr.number, { event: "approve", body: "LGTM" });
      const approved = await s.settle();
      expect(job(activeRun(approved), "route").outputs.stage, describeRuns(approved)).toBe("");
      expect(await s.tracking(number)).toContain("**Approved, waiting for merge**");

      await s.session.as("alice").mergePull(pr.number, "merge");
      const merged = await s.settle();
      expect(merged.map((r) => r.event), describeRuns(merged)).toContain("pull_request");
      expect(await s.tracking(number)).toContain("**Merged**");
      expect(s.git("show", "main:hello.txt")).toBe("hello from crustyclaw\n");

      // A late /approve after the merge changes nothing.
      const before = await s.tracking(number);
      await s.comment("alice", number, "/approve");
      const late = await s.settle();
      expect(job(activeRun(late), "route").outputs.stage).toBe("");
      expect(await s.tracking(number)).toBe(before);
    });
  });
}
