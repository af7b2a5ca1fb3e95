import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { activeRun, describeRuns, DETERMINISTIC_BLUEPRINT, job, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * After the pull request opens: changes requested start a feedback round on the same
 * pull request, an approval moves the run to awaiting merge, the merge ends it.
 */
const WITH_FEEDBACK = `${DETERMINISTIC_BLUEPRINT}  - id: polish
    stage: feedback
    run: printf 'hello from crustyclaw, reviewed\\n' > hello.txt
`;

for (const flavour of ["github", "forgejo"] as const) {
  describe(`feedback events on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, { blueprint: WITH_FEEDBACK });
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    it("runs a round on requested changes, then moves to awaiting merge on approval and to merged on merge", async () => {
      const number = await s.openLabelledIssue("alice", "Feedback", "x");
      await s.settle();
      const branch = `crustyclaw/issue-to-pr-${number}`;
      const pr = (await s.pulls()).find((p) => p.head.ref === branch)!;

      await s.session.as("alice").submitReview(pr.number, { event: "request_changes", body: "Say it was reviewed" });
      const round = await s.settle();
      expect(job(activeRun(round), "publish-feedback").result, describeRuns(round)).toBe("success");
      expect(s.git("show", `${branch}:hello.txt`)).toBe("hello from crustyclaw, reviewed\n");
      expect((await s.pulls()).filter((p) => p.head.ref === branch)).toHaveLength(1);
      expect(await s.tracking(number)).toContain("CI rounds 1");

      await s.session.as("alice").submitReview(pr.number, { event: "approve", body: "LGTM" });
      const approved = await s.settle();
      expect(job(activeRun(approved), "route").outputs.stage, describeRuns(approved)).toBe("");
      expect(await s.tracking(number)).toContain("**Approved, waiting for merge**");

      await s.session.as("alice").mergePull(pr.number, "merge");
      const merged = await s.settle();
      expect(merged.map((r) => r.event), describeRuns(merged)).toContain("pull_request");
      expect(await s.tracking(number)).toContain("**Merged**");
      expect(s.git("show", "main:hello.txt")).toBe("hello from crustyclaw, reviewed\n");

      // A late /approve after the merge changes nothing.
      const before = await s.tracking(number);
      await s.comment("alice", number, "/approve");
      const late = await s.settle();
      expect(job(activeRun(late), "route").outputs.stage).toBe("");
      expect(await s.tracking(number)).toBe(before);
    });
  });
}
