import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { activeRun, describeRuns, job, jobsOf, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * The pipeline under forge failures: transient ones are absorbed, permanent ones escalate
 * without losing work. The actions' waits are scaled down (CRUSTYCLAW_TIME_SCALE in the
 * runner's environment), so no real seconds are slept.
 */
for (const flavour of ["github", "forgejo"] as const) {
  describe(`faults on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour);
    });
    afterAll(() => s.session.close());
    afterEach(() => {
      s.local.faults.clear();
      expectNoViolations(s.local);
    });

    const commitsOn = (branch: string) => s.git("rev-list", "--count", `main..${branch}`).trim();
    const trackingComments = async (n: number) => (await s.comments(n)).filter((c) => c.body.includes("crustyclaw:tracking"));

    it("completes when every API route fails once with 503 and once with 429", async () => {
      const number = await s.openLabelledIssue("alice", "Under transient faults", "x");
      // The event is queued; the jobs' first requests come after their checkouts.
      const apiRoutes = s.local.routes().filter((r) => !r.includes(".git"));
      for (const route of apiRoutes) {
        s.local.faults.add({ route, status: 503, times: 1 });
        s.local.faults.add({ route, status: 429, times: 1, retryAfter: 0 });
      }
      const runs = await s.settle();
      expect(jobsOf(runs), describeRuns(runs)).toEqual([
        ["route", "success"],
        ["implement", "success"],
        ["publish-execute", "success"],
      ]);
      expect(s.local.faults.pending.length).toBeLessThan(apiRoutes.length * 2); // faults were really served
      expect((await s.pulls()).filter((p) => p.head.ref === `crustyclaw/issue-to-pr-${number}`)).toHaveLength(1);
      expect(await trackingComments(number)).toHaveLength(1);
    });

    it("escalates with a clear comment when a route fails for good, keeps the branch, and recovers on a re-run", async () => {
      s.local.faults.add({ route: "POST /repos/{owner}/{repo}/pulls", status: 500, times: 1000 });
      const number = await s.openLabelledIssue("alice", "Under a permanent fault", "x");
      const branch = `crustyclaw/issue-to-pr-${number}`;
      const run = activeRun(await s.settle());
      expect(job(run, "publish-execute").result, describeRuns([run])).toBe("success");
      expect(job(run, "publish-execute").log).toContain("run escalated to a human");

      const [comment, ...more] = await trackingComments(number);
      expect(more).toEqual([]);
      expect(comment!.body).toContain("**Escalated to a human**");
      expect(comment!.body).toMatch(/Escalated: publishing failed: open pull request from crustyclaw\/issue-to-pr-\d+: HTTP 500/);
      const issue = await s.session.as("acme").getIssue(number);
      expect(issue.labels).toContain("crustyclaw:escalated");
      expect((await s.pulls()).filter((p) => p.head.ref === branch)).toEqual([]);
      expect(commitsOn(branch)).toBe("1");

      // The forge recovers; re-running the publish job finishes the run without duplicating anything.
      s.local.faults.clear();
      s.local.actions!.rerun(run.id, "publish-execute");
      await s.settle();
      expect(run.conclusion, describeRuns([run])).toBe("success");
      expect((await s.pulls()).filter((p) => p.head.ref === branch)).toHaveLength(1);
      expect(commitsOn(branch)).toBe("1");
      const [after, ...extra] = await trackingComments(number);
      expect(extra).toEqual([]);
      expect(after!.body).toContain("**Pull request open for review**");
      expect((await s.session.as("acme").getIssue(number)).labels).not.toContain("crustyclaw:escalated");
    });
  });
}
