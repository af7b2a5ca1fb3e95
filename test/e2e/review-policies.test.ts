import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SWEEP_CRON } from "../../src/pipeline/runs.js";
import { ACTIONS_USER } from "../../src/localforge/index.js";
import type { RunState } from "../../src/stages/state.js";
import { readState, renderTracking } from "../../src/stages/tracking.js";
import { activeRun, describeRuns, job, jobsOf, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * Every review policy as documented (issue 10, item 3), through the compiled workflow:
 * `approve-every-step` waits for `/approve` before each stage, review nodes included, and
 * opens the pull request after the last; `auto` merges with no human event once the
 * repository's checks pass (GitHub auto-merge through GraphQL, Forgejo's scheduled merge),
 * or escalates with the forge's reason when it refuses; a run waiting past
 * `review-timeout` is escalated (or closed) by the scheduled sweep.
 *
 * Time is moved, not slept: a run's state is rewritten as if it had last changed days ago,
 * then the forge's scheduler fires the sweep's cron.
 */
const EVERY_STEP = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
review-policy: approve-every-step
review-timeout: 3d
review-timeout-action: reject
nodes:
  - id: plan
    stage: plan
    run: echo "the plan is to add hello.txt"
  - id: implement
    stage: execute
    needs: [plan]
    run: printf 'hello\\n' > hello.txt
  - id: checks
    stage: review
    needs: [implement]
    run: test "$(cat hello.txt)" = hello
`;

const AUTO = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
review-policy: auto
review-timeout: 72h
nodes:
  - id: implement
    stage: execute
    # Something new every run, so each run has a change to merge.
    run: printf 'hello\\n' > hello.txt && date +%s%N > stamp.txt
  - id: checks
    stage: review
    needs: [implement]
    run: grep -q hello hello.txt
`;

const MARKER = "<!-- crustyclaw:tracking issue-to-pr -->";

async function stateOf(s: Scenario, issue: number): Promise<RunState> {
  return readState((await s.tracking(issue))!, { blueprint: "issue-to-pr", issue })!;
}

/** The run on `issue` as if its state had last changed `hours` ago: the forge's record of the tracking comment, rewritten. */
function backdate(s: Scenario, issue: number, hours: number): void {
  const comment = [...s.session.repo.comments.values()].find((c) => c.issueNumber === issue && c.body.startsWith(MARKER))!;
  const state = readState(comment.body, { blueprint: "issue-to-pr", issue })!;
  const then = new Date(Date.now() - hours * 3_600_000).toISOString();
  comment.body = renderTracking({ ...state, updatedAt: then, startedAt: then }, { now: then });
}

/** The forge's scheduler fires the sweep's cron of the compiled workflow. */
async function sweepNow(s: Scenario) {
  s.local.fireSchedule("acme/app", s.workflow.path, SWEEP_CRON);
  const runs = await s.settle();
  const jobs = jobsOf(runs);
  expect(jobs.filter(([j]) => j !== "record"), describeRuns(runs)).toEqual([["route", "success"]]);
  // A sweep that ended runs hands their outcome records to the record job.
  expect(jobs.filter(([j]) => j === "record").every(([, result]) => result === "success"), describeRuns(runs)).toBe(true);
  return runs;
}

async function labels(s: Scenario, issue: number): Promise<string[]> {
  return ((await s.api()("GET", `/repos/acme/app/issues/${issue}`)).body as { labels: Array<{ name: string }> }).labels.map((l) => l.name);
}

for (const flavour of ["github", "forgejo"] as const) {
  describe(`approve-every-step on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, { blueprint: EVERY_STEP });
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    it("compiles a sweep: the review-timeout's hourly schedule", () => {
      expect(s.workflow.text).toContain(`cron: ${SWEEP_CRON}`);
    });

    it("waits for /approve before the execute and the review stage; the pull request opens after the review", async () => {
      const issue = await s.openLabelledIssue("alice", "Every step", "Add hello.txt");
      const branch = `crustyclaw/issue-to-pr-${issue}`;
      const plan = await s.settle();
      expect(jobsOf(plan), describeRuns(plan)).toEqual([
        ["route", "success"],
        ["plan", "success"],
        ["publish-plan", "success"],
      ]);
      expect(await stateOf(s, issue)).toMatchObject({ status: "awaiting-approval", awaiting: "execute" });
      expect(await s.tracking(issue)).toContain("`/approve` starts the `execute` stage.");

      await s.comment("alice", issue, "/approve");
      const execute = await s.settle();
      expect(job(activeRun(execute), "route").outputs.stage, describeRuns(execute)).toBe("execute");
      expect(jobsOf(execute)).toEqual([
        ["route", "success"],
        ["implement", "success"],
        ["publish-execute", "success"],
      ]);
      // The work is on the branch; no pull request yet: the review stage waits for approval.
      expect(s.git("show", `${branch}:hello.txt`)).toBe("hello\n");
      expect(await s.pulls()).toEqual([]);
      expect(await stateOf(s, issue)).toMatchObject({ status: "awaiting-approval", segment: "execute", awaiting: "review", nodes: { plan: "done", implement: "done", checks: "pending" } });
      const waiting = await s.tracking(issue);
      expect(waiting).toContain("**Waiting for approval: comment `/approve` or `/reject`**");
      expect(waiting).toContain("The `execute` stage's work is on the branch below; `/approve` starts the `review` stage.");

      // The review stage checks out the branch as the execute stage left it (its check reads hello.txt), then opens the pull request.
      const head = s.git("rev-parse", branch).trim();
      await s.comment("alice", issue, "/approve");
      const review = await s.settle();
      const run = activeRun(review);
      expect(job(run, "route").outputs, describeRuns(review)).toMatchObject({ stage: "review", ref: head });
      expect(jobsOf(review)).toEqual([
        ["route", "success"],
        ["checks", "success"],
        ["publish-review", "success"],
      ]);
      const pulls = await s.pulls();
      expect(pulls.map((p) => [p.head.ref, p.head.sha, p.state])).toEqual([[branch, head, "open"]]);
      expect(await stateOf(s, issue)).toMatchObject({ status: "in-review", pull: pulls[0]!.number, nodes: { plan: "done", implement: "done", checks: "done" } });
      expect((await stateOf(s, issue)).awaiting).toBeUndefined();
      expect(await s.tracking(issue)).toContain("**Pull request open for review**");
    });

    it("closes a run that waited for /approve past review-timeout (review-timeout-action: reject), and says why", async () => {
      const issue = await s.openLabelledIssue("alice", "Forgotten", "Add hello.txt");
      await s.settle();
      expect((await stateOf(s, issue)).status).toBe("awaiting-approval");
      // Two days: within the timeout, the sweep leaves it.
      backdate(s, issue, 48);
      await sweepNow(s);
      expect((await stateOf(s, issue)).status).toBe("awaiting-approval");

      backdate(s, issue, 80);
      await sweepNow(s);
      const state = await stateOf(s, issue);
      expect(state).toMatchObject({ status: "closed", rejection: { by: ACTIONS_USER[flavour].login } });
      expect(state.rejection!.reason).toMatch(/^review-timeout: it waited 80h for `\/approve`, longer than the blueprint's review-timeout \(3d\)$/);
      const said = (await s.comments(issue)).at(-1)!;
      expect(said.user.login).toBe(ACTIONS_USER[flavour].login);
      expect(said.body).toContain("CrustyClaw closed this run: it waited 80h for `/approve`");
      expect(await s.tracking(issue)).toContain("**Closed**");

      // Idempotent: a closed run waits no longer; the next sweep changes nothing.
      const comments = (await s.comments(issue)).length;
      await sweepNow(s);
      expect((await s.comments(issue)).length).toBe(comments);
    });
  });

  describe(`review-policy auto on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, { blueprint: AUTO });
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    /** Main protected: a status `ci` must pass on a pull request's head before it merges. */
    function requireCi(o: { mergers?: string[] } = {}) {
      s.local.protectBranch("acme/app", "main", { requiredChecks: ["ci"], ...o });
      s.local.setAllowAutoMerge("acme/app", true);
    }

    async function opened(title: string): Promise<{ issue: number; pull: number; head: string }> {
      const issue = await s.openLabelledIssue("alice", title, "Add hello.txt");
      const runs = await s.settle();
      expect(jobsOf(runs), describeRuns(runs)).toEqual([
        ["route", "success"],
        ["implement", "success"],
        ["publish-execute", "success"],
      ]);
      const pr = (await s.pulls()).find((p) => p.head.ref === `crustyclaw/issue-to-pr-${issue}`)!;
      return { issue, pull: pr.number, head: pr.head.sha };
    }

    it("merges once a status on the pull request's head succeeds, with no human event; the sweep records the run merged", async () => {
      requireCi();
      const { issue, pull, head } = await opened("Auto hello");
      const waiting = await stateOf(s, issue);
      expect(waiting).toMatchObject({ status: "awaiting-merge", pull, autoMerge: "squash" });
      expect(await s.tracking(issue)).toContain("**Waiting for checks, then merge**");
      const before = (await s.api()("GET", `/repos/acme/app/pulls/${pull}`)).body as { state: string; auto_merge?: unknown; mergeable_state?: string };
      expect(before.state).toBe("open");
      if (flavour === "github") expect(before).toMatchObject({ auto_merge: { merge_method: "squash", enabled_by: { login: ACTIONS_USER.github.login } }, mergeable_state: "blocked" });

      // CI reports on the head: the forge merges, as the job token that asked (so no workflow starts from it).
      const status = await s.api("alice")("POST", `/repos/acme/app/statuses/${head}`, { state: "success", context: "ci", description: "all green" });
      expect(status.status).toBe(201);
      const after = (await s.api()("GET", `/repos/acme/app/pulls/${pull}`)).body as { state: string; merged: boolean };
      expect(after).toMatchObject({ state: "closed", merged: true });
      expect(s.session.repo.issues.get(pull)!.pull!.mergedBy).toBe(ACTIONS_USER[flavour].login);
      expect(s.git("show", "main:hello.txt")).toBe("hello\n");
      // Squashed: one parent.
      expect(s.git("rev-list", "--parents", "-n", "1", "main").trim().split(" ")).toHaveLength(2);
      const merge = s.local.events.list.filter((e) => e.type === "pull_request" && e.action === "closed" && e.pull === pull);
      expect(merge.map((e) => [e.sender, e.byJobToken])).toEqual([[ACTIONS_USER[flavour].login, true]]);
      expect(jobsOf(await s.settle())).toEqual([]);
      // No one reviewed or approved anything (Forgejo keeps the review request CrustyClaw made as an unsubmitted review).
      expect([...s.session.repo.reviews.values()].filter((r) => r.submittedAt !== null)).toEqual([]);

      await sweepNow(s);
      expect((await stateOf(s, issue)).status).toBe("merged");
      expect(await s.tracking(issue)).toContain("**Merged**");
    });

    it("escalates with the forge's reason when it refuses to merge automatically", async () => {
      if (flavour === "github") {
        // GitHub's "Allow auto-merge" is off: enablePullRequestAutoMerge is refused.
        requireCi();
        s.local.setAllowAutoMerge("acme/app", false);
      } else {
        // Branch protection lets only alice merge into main.
        requireCi({ mergers: ["alice"] });
      }
      const { issue, pull } = await opened("Refused hello");
      const state = await stateOf(s, issue);
      expect(state).toMatchObject({ status: "escalated", pull });
      const reason = flavour === "github" ? "Pull request Auto merge is not allowed for this repository" : "User not allowed to merge PR";
      expect(state.escalation).toContain(`review policy auto: pull request #${pull} is open, but the forge would not merge it automatically`);
      expect(state.escalation).toContain(reason);
      expect(await s.tracking(issue)).toContain("Escalated: review policy auto");
      expect(await labels(s, issue)).toContain("crustyclaw:escalated");
      expect(((await s.api()("GET", `/repos/acme/app/pulls/${pull}`)).body as { state: string }).state).toBe("open");
    });

    it("escalates a run whose checks never pass once it waited past review-timeout", async () => {
      requireCi();
      const { issue, pull } = await opened("Stuck hello");
      expect((await stateOf(s, issue)).status).toBe("awaiting-merge");
      backdate(s, issue, 73);
      await sweepNow(s);
      const state = await stateOf(s, issue);
      expect(state.status).toBe("escalated");
      expect(state.escalation).toBe(`review-timeout: it waited 73h for the checks of pull request #${pull} to pass, so that the forge merges it, longer than the blueprint's review-timeout (72h)`);
      expect(await labels(s, issue)).toContain("crustyclaw:escalated");
      expect((await s.comments(issue)).at(-1)!.body).toContain("CrustyClaw escalated this run: it waited 73h");
      expect(((await s.api()("GET", `/repos/acme/app/pulls/${pull}`)).body as { state: string }).state).toBe("open");
    });

    if (flavour === "github") {
      it("merges at once when nothing is required (GitHub will not enable auto-merge on a clean pull request)", async () => {
        s.local.protectBranch("acme/app", "main", {});
        s.local.setAllowAutoMerge("acme/app", true);
        const { issue, pull } = await opened("Clean hello");
        expect(await stateOf(s, issue)).toMatchObject({ status: "merged", pull });
        expect(((await s.api()("GET", `/repos/acme/app/pulls/${pull}`)).body as { merged: boolean }).merged).toBe(true);
      });
    }
  });
}
