import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startScenario, type Scenario } from "../helpers/e2e-setup.js";
import { expectNoViolations } from "../localforge/helpers.js";

/** After the pull request opens, review and merge events move the run's state in the tracking comment. */
for (const flavour of ["github", "forgejo"] as const) {
  describe(`feedback events on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour);
    });
    afterAll(() => s.local.close());
    afterEach(() => expectNoViolations(s.local));

    const trackingBody = async (n: number) =>
      ((await s.api()("GET", `/repos/acme/app/issues/${n}/comments`)).body as Array<{ body: string }>).filter((c) => c.body.includes("crustyclaw:tracking"))[0]!.body;

    it("moves to awaiting merge on approval and to merged on merge, without starting jobs", async () => {
      const number = await s.openLabelledIssue("alice", "Feedback", "x");
      await (await s.runner("issues", await s.eventFor("issues", flavour === "github" ? "labeled" : "label_updated", number, "alice"), "alice")).runAll();
      const pulls = (await s.api()("GET", "/repos/acme/app/pulls?state=all")).body as Array<Record<string, any>>;
      const pr = pulls.find((p) => p.head.ref === `crustyclaw/issue-to-pr-${number}`)!;
      const repository = (await s.api()("GET", "/repos/acme/app")).body;
      const sender = (await s.api()("GET", "/users/alice")).body;

      const review =
        flavour === "github"
          ? { action: "submitted", review: { id: 1, state: "approved", body: "LGTM", user: sender }, pull_request: pr, repository, sender }
          : { action: "reviewed", review: { type: "pull_request_review_approved", content: "LGTM" }, pull_request: pr, repository, sender };
      const approved = await (await s.runner("pull_request_review", review, "alice")).runAll();
      expect(approved.get("route")!.outputs.stage, approved.get("route")!.logs.join("\n")).toBe("");
      expect(await trackingBody(number)).toContain("**Approved, waiting for merge**");

      const merged = { action: "closed", number: pr.number, pull_request: { ...pr, state: "closed", merged: true }, repository, sender };
      await (await s.runner("pull_request", merged, "alice")).runAll();
      expect(await trackingBody(number)).toContain("**Merged**");

      // A late /approve after the merge changes nothing.
      const before = await trackingBody(number);
      const comment = await s.api("alice")("POST", `/repos/acme/app/issues/${number}/comments`, { body: "/approve" });
      const event = await s.eventFor("issue_comment", "created", number, "alice", { comment: comment.body });
      const late = await (await s.runner("issue_comment", event, "alice")).runAll();
      expect(late.get("route")!.outputs.stage).toBe("");
      expect(await trackingBody(number)).toBe(before);
    });
  });
}
