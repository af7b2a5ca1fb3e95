import { execFileSync } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startScenario, type Scenario } from "../helpers/e2e-setup.js";
import { expectNoViolations } from "../localforge/helpers.js";

/** Multi-run pipelines: a plan approved with /approve, and review feedback within the CI-round budget. */
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
      s = await startScenario(flavour, GATED);
    });
    afterAll(() => s.local.close());
    afterEach(() => expectNoViolations(s.local));

    const tracking = async (n: number) =>
      ((await s.api()("GET", `/repos/acme/app/issues/${n}/comments`)).body as Array<{ body: string }>).filter((c) => c.body.includes("crustyclaw:tracking"))[0]!.body;
    const show = (rev: string) => execFileSync("git", ["-C", s.local.state.repo("acme/app")!.gitDir, "show", rev], { encoding: "utf8" });

    it("plans, waits for /approve, executes, then iterates once on requested changes and escalates on the next", async () => {
      const number = await s.openLabelledIssue("alice", "Gated hello", "x");
      const plan = await (await s.runner("issues", await s.eventFor("issues", flavour === "github" ? "labeled" : "label_updated", number, "alice"), "alice")).runAll();
      expect([...plan.entries()].filter(([, r]) => r.result !== "skipped").map(([id]) => id)).toEqual(["route", "plan", "publish-plan"]);
      expect(await tracking(number)).toContain("Waiting for approval");

      // /approve from a writer starts the execute segment in a new run.
      const comment = await s.api("alice")("POST", `/repos/acme/app/issues/${number}/comments`, { body: "/approve looks good" });
      const approve = await (await s.runner("issue_comment", await s.eventFor("issue_comment", "created", number, "alice", { comment: comment.body }), "alice")).runAll();
      expect(approve.get("route")!.outputs.stage).toBe("execute");
      expect([...approve.entries()].filter(([, r]) => r.result === "success").map(([id]) => id)).toEqual(["route", "implement", "publish-execute"]);
      const branch = `crustyclaw/issue-to-pr-${number}`;
      expect(show(`${branch}:hello.txt`)).toBe("hello\n");
      expect(await tracking(number)).toContain("**Pull request open for review**");

      // Changes requested: the feedback node runs on the pull request's branch and pushes to it.
      const pulls = (await s.api()("GET", "/repos/acme/app/pulls?state=all")).body as Array<Record<string, any>>;
      const pr = pulls.find((p) => p.head.ref === branch)!;
      const repository = (await s.api()("GET", "/repos/acme/app")).body;
      // On Forgejo only authorize.users may start work (the token cannot read permissions): alice is listed.
      const sender = (await s.api()("GET", "/users/alice")).body;
      const review = (body: string) =>
        flavour === "github"
          ? { action: "submitted", review: { id: 1, state: "changes_requested", body, user: sender }, pull_request: pr, repository, sender }
          : { action: "reviewed", review: { type: "pull_request_review_rejected", content: body }, pull_request: pr, repository, sender };
      const feedback = await (await s.runner("pull_request_review", review("Greet the reviewer"), "alice")).runAll();
      expect(feedback.get("route")!.outputs.stage, [...feedback.values()].flatMap((r) => [r.id, r.result, ...r.logs]).join("\n")).toBe("feedback");
      expect(feedback.get("publish-feedback")!.result, feedback.get("publish-feedback")!.logs.join("\n")).toBe("success");
      expect(show(`${branch}:hello.txt`)).toBe("hello, reviewer\n");
      expect(execFileSync("git", ["-C", s.local.state.repo("acme/app")!.gitDir, "rev-list", "--count", `main..${branch}`], { encoding: "utf8" }).trim()).toBe("2");
      const afterFeedback = await tracking(number);
      expect(afterFeedback).toContain("**Pull request open for review**");
      expect(afterFeedback).toContain("CI rounds 1");

      // The budget is one round: the next request for changes escalates instead of running.
      const again = await (await s.runner("pull_request_review", review("Still not right"), "alice")).runAll();
      expect(again.get("route")!.outputs.stage).toBe("");
      expect(await tracking(number)).toContain("Escalated: the CI-round budget \\(1\\) is spent");
    });
  });
}
