import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { expectNoViolations } from "../localforge/helpers.js";
import { activeRun, describeRuns, job, jobsOf, startScenario, type Scenario } from "../helpers/scenario.js";

/**
 * issue → pull request through the local forge's Actions: labelling the issue starts the
 * compiled workflow, whose jobs run on fresh checkouts with job tokens and the bundled
 * actions (dist/). Deterministic nodes only.
 */
for (const flavour of ["github", "forgejo"] as const) {
  describe(`issue to pull request on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour);
    });
    afterAll(() => s.session.close());
    // Every request the actions made, and every answer, must fit the forge's API description.
    afterEach(() => expectNoViolations(s.local));

    it("opens a pull request with the change when the issue is labelled, and a rerun changes nothing", async () => {
      const number = await s.openLabelledIssue("alice", "Say hello", "Add hello.txt");
      const runs = await s.settle();
      // `opened` starts a run whose route job is skipped (no label yet); `labeled` starts the pipeline.
      expect(runs.map((r) => [r.event, r.action, r.conclusion]), describeRuns(runs)).toEqual([
        ["issues", "opened", "success"],
        ["issues", flavour === "github" ? "labeled" : "label_updated", "success"],
      ]);
      expect(jobsOf(runs), describeRuns(runs)).toEqual([
        ["route", "success"],
        ["implement", "success"],
        ["publish-execute", "success"],
      ]);
      const run = activeRun(runs);
      expect(job(run, "route").outputs.stage).toBe("execute");

      const branch = `crustyclaw/issue-to-pr-${number}`;
      const [pr, ...others] = await s.pulls();
      expect(others).toEqual([]);
      expect(pr!.head.ref).toBe(branch);
      expect(pr!.title).toBe("Say hello");
      expect(pr!.user.login).toBe(flavour === "github" ? "github-actions[bot]" : "forgejo-actions");
      expect(pr!.body).toContain(`Closes #${number}.`);
      expect(pr!.body).toContain("| `checks` | review | done |");
      expect(pr!.labels.map((l) => l.name)).toEqual(["crustyclaw"]);
      expect(pr!.requested_reviewers.map((u) => u.login)).toEqual(["acme"]);
      const show = s.git("show", "--stat", "--format=%s", branch);
      expect(show).toContain(`Say hello (#${number})`);
      expect(show).toContain("hello.txt");

      const tracking = (await s.comments(number)).filter((c) => c.body.includes("<!-- crustyclaw:tracking issue-to-pr -->"));
      expect(tracking).toHaveLength(1);
      expect(tracking[0]!.user.login).toBe(flavour === "github" ? "github-actions[bot]" : "forgejo-actions");
      expect(tracking[0]!.body).toContain("**Pull request open for review**");
      expect(tracking[0]!.body).toContain("- [x] `implement`");
      expect(tracking[0]!.body).toContain("- [x] `checks`");
      expect(tracking[0]!.body).toContain(`pull request [#${pr!.number}](${s.local.url}/acme/app/pull/${pr!.number})`);

      // The actions' writes (docs/forges.md): the route job's tracking comment; publish's pull request, its label, its
      // review request (reviewers are configured here) and the tracking comment's update. GitHub spaces them out.
      const bot = flavour === "github" ? "github-actions[bot]" : "forgejo-actions";
      expect(s.local.requests.entries.filter((r) => r.login === bot && r.method !== "GET" && !r.path.includes(".git/")).map((r) => r.route)).toEqual([
        "POST /repos/{owner}/{repo}/issues/{number}/comments",
        "POST /repos/{owner}/{repo}/pulls",
        "POST /repos/{owner}/{repo}/issues/{number}/labels",
        "POST /repos/{owner}/{repo}/pulls/{number}/requested_reviewers",
        "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
      ]);

      // What the job token did (comment, push, pull request) started no workflow.
      expect(s.local.events.list.filter((e) => e.byJobToken).map((e) => e.type)).toContain("push");

      // Re-run every job of the run: nothing visible changes.
      const before = { comments: JSON.stringify(await s.comments(number)), pulls: JSON.stringify(await s.pulls()), refs: s.refs() };
      s.local.actions!.rerun(run.id);
      const rerun = await s.settle();
      expect(rerun).toEqual([]);
      expect(run.attempt).toBe(2);
      expect(run.conclusion, describeRuns([run])).toBe("success");
      expect({ comments: JSON.stringify(await s.comments(number)), pulls: JSON.stringify(await s.pulls()), refs: s.refs() }).toEqual(before);
    });

    it("starts the same way on a /claw comment from a writer, and acknowledges it", async () => {
      const { number } = await s.session.as("alice").createIssue({ title: "Say hello again", body: "x" });
      const comment = await s.comment("alice", number, "/claw please");
      const runs = await s.settle();
      expect(jobsOf(runs), describeRuns(runs)).toEqual([
        ["route", "success"],
        ["implement", "success"],
        ["publish-execute", "success"],
      ]);
      expect((await s.pulls()).some((p) => p.head.ref === `crustyclaw/issue-to-pr-${number}`)).toBe(true);
      const reactions = (await s.api()("GET", `/repos/acme/app/issues/comments/${comment.id}/reactions`)).body as Array<{ content: string }>;
      expect(reactions.map((r) => r.content)).toEqual(["eyes"]);
    });
  });
}
