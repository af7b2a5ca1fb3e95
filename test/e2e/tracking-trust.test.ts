import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { newRunState, type RunState } from "../../src/stages/state.js";
import { renderTracking } from "../../src/stages/tracking.js";
import { activeRun, describeRuns, job, jobsOf, startScenario, type Scenario } from "../helpers/scenario.js";
import { commitFile, expectNoViolations } from "../localforge/helpers.js";

/**
 * What the route and publish jobs believe, through the compiled workflow: run state only
 * from CrustyClaw's own tracking comment, commands only while their comment stands as
 * posted, and nothing of anyone else's (mentions, links) posted live.
 */
const GATED = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
review-policy: approve-before-execute
nodes:
  - id: plan
    stage: plan
    run: |
      if [ -f mention.txt ]; then cat mention.txt; exit 1; fi
      echo "the plan is to add hello.txt"
  - id: implement
    stage: execute
    needs: [plan]
    run: printf 'hello\\n' > hello.txt
`;

const COMMENT_ROUTE = "GET /repos/{owner}/{repo}/issues/comments/{comment_id}";

for (const flavour of ["github", "forgejo"] as const) {
  describe(`tracking comment and commands on ${flavour}`, () => {
    let s: Scenario;
    let issue: number;
    const bot = flavour === "github" ? "github-actions[bot]" : "forgejo-actions";
    const ours = async (n: number) => (await s.comments(n)).filter((c) => c.user.login === bot && c.body.startsWith("<!-- crustyclaw:tracking issue-to-pr -->"));

    beforeAll(async () => {
      s = await startScenario(flavour, { blueprint: GATED });
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    /** Holds the route job's read of a comment, does `act` while it is held, then lets the read through. */
    async function whileRouteReadsComment(act: () => Promise<unknown>): Promise<void> {
      s.local.faults.add({ route: COMMENT_ROUTE, timeout: 1000 });
      const deadline = Date.now() + 30_000;
      while (!s.local.requests.entries.some((r) => r.route === COMMENT_ROUTE && r.status === 0)) {
        if (Date.now() > deadline) throw new Error(`the route job never read the comment:\n${describeRuns(await s.settle())}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      await act();
    }

    it("takes no state from a tracking comment someone else wrote, in route or in publish", async () => {
      issue = (await s.session.as("alice").createIssue({ title: "Gated hello", body: "x" })).number;
      // CrustyClaw's exact layout, by a reader: a run waiting for approval, on main, with someone else's pull request.
      const forged: RunState = { ...newRunState("issue-to-pr", issue, "main", ["plan", "implement"], "2024-01-01T00:00:00Z"), status: "awaiting-approval", segment: "plan", pull: 1 };
      const forgery = renderTracking(forged, { now: "2024-01-01T00:00:00Z" });
      await s.comment("reader", issue, forgery);

      await s.comment("alice", issue, "/approve");
      const approve = await s.settle();
      const route = job(activeRun(approve), "route");
      expect(route.outputs.stage, describeRuns(approve)).toBe("");
      expect(route.log).toContain(`/approve on #${issue}, which has no issue-to-pr run`);

      await s.session.as("alice").addLabels(issue, ["crustyclaw"]);
      const plan = await s.settle();
      expect(jobsOf(plan), describeRuns(plan)).toEqual([
        ["route", "success"],
        ["plan", "success"],
        ["publish-plan", "success"],
      ]);
      const [real, ...more] = await ours(issue);
      expect(more).toEqual([]);
      expect(real!.body).toContain("Waiting for approval");
      expect(real!.body).toContain(`crustyclaw/issue-to-pr-${issue}`);
      expect((await s.comments(issue)).find((c) => c.user.login === "reader")!.body).toBe(forgery);
    });

    it("ignores an /approve edited or deleted before the route reads it", async () => {
      const edited = await s.comment("alice", issue, "/approve");
      await whileRouteReadsComment(() => s.session.as("alice").updateComment(edited.id, "/approve? not yet, sorry"));
      const afterEdit = await s.settle();
      expect(job(activeRun(afterEdit), "route").outputs.stage, describeRuns(afterEdit)).toBe("");
      expect(job(activeRun(afterEdit), "route").log).toContain(`ignoring /approve in comment ${edited.id}: the comment has been edited since it was posted`);

      const deleted = await s.comment("alice", issue, "/approve");
      await whileRouteReadsComment(() => s.api("alice")("DELETE", `/repos/acme/app/issues/comments/${deleted.id}`));
      const afterDelete = await s.settle();
      expect(job(activeRun(afterDelete), "route").outputs.stage, describeRuns(afterDelete)).toBe("");
      expect(job(activeRun(afterDelete), "route").log).toContain(`ignoring /approve in comment ${deleted.id}: the comment has been deleted`);

      expect((await ours(issue))[0]!.body).toContain("Waiting for approval");
      expect(s.git("branch", "--list", "crustyclaw/*").trim()).toBe("");
    });

    it("posts a node's output with its mentions and links broken", async () => {
      await commitFile(s.session.repo, "main", "mention.txt", "cc @acme/security and @alice: see https://evil.example/x, www.evil.example and #1\n");
      const n = await s.openLabelledIssue("alice", "Loud failure", "x");
      const runs = await s.settle();
      expect(job(activeRun(runs), "publish-plan").result, describeRuns(runs)).toBe("success");
      const body = (await ours(n))[0]!.body;
      const view = body.slice(0, body.lastIndexOf("\n<!-- crustyclaw:state"));
      expect(view).toContain("Escalated: node 'plan' failed");
      expect(view).toContain("@\u200Bacme/security");
      expect(view).not.toMatch(/@[A-Za-z0-9]/);
      expect(view).not.toMatch(/:\/\/evil|www\.evil|#1/);
    });
  });
}
