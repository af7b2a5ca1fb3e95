import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { describeRuns, startScenario, type Scenario } from "../helpers/scenario.js";
import { commitFile, expectNoViolations } from "../localforge/helpers.js";

/**
 * Fork checks agree (issue 11, item 3). An AGit pull request (Forgejo `flow: 1`) has this
 * repository as its head repository, though anyone who may read it can push one, under any
 * topic name, a run's branch name included. The event path (a review's payload) and the REST
 * path (a command on the pull request, read with getPull) use one definition of "from a
 * fork" (forge/fork.ts), so both refuse it.
 */
describe("an AGit pull request on Forgejo", () => {
  let s: Scenario;
  let pr: number;
  beforeAll(async () => {
    s = await startScenario("forgejo");
    // Named like a run's branch, so the workflow's `if:` lets its events through to the route job.
    await commitFile(s.session.repo, "crustyclaw/issue-to-pr-9", "hello.txt", "from a stranger\n");
    pr = (await s.session.as("acme").createPull({ title: "Looks like a run", body: "", head: "crustyclaw/issue-to-pr-9", base: "main", draft: false })).number;
    s.session.repo.issues.get(pr)!.pull!.flow = 1;
    await s.settle();
  });
  afterAll(() => s.session.close());
  afterEach(() => expectNoViolations(s.local));

  const refusals = async () => (await s.comments(pr)).filter((c) => /CrustyClaw did not start: pull request \\?#\S* comes from a fork; forks never get credentials/.test(c.body));

  it("is refused on the REST path: a command on it", async () => {
    await s.comment("alice", pr, "/claw");
    const runs = await s.settle();
    expect(runs.some((r) => r.jobs.some((j) => j.id === "route" && j.result === "success")), describeRuns(runs)).toBe(true);
    expect(runs.flatMap((r) => r.jobs).filter((j) => j.id !== "route" && j.result !== "skipped"), describeRuns(runs)).toEqual([]);
    expect(await refusals()).toHaveLength(1);
  });

  it("is refused on the event path: a review of it", async () => {
    await s.session.as("alice").submitReview(pr, { event: "request_changes", body: "please change" });
    const runs = await s.settle();
    expect(runs.flatMap((r) => r.jobs).filter((j) => j.id !== "route" && j.result !== "skipped"), describeRuns(runs)).toEqual([]);
    expect(await refusals()).toHaveLength(2);
  });
});
