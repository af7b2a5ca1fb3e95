import { execFileSync } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startScenario, type Scenario } from "../helpers/e2e-setup.js";
import { expectNoViolations } from "../localforge/helpers.js";

/** The pipeline under forge failures: transient ones are absorbed, permanent ones escalate without losing work. */
for (const flavour of ["github", "forgejo"] as const) {
  describe(`faults on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour);
    });
    afterAll(() => s.local.close());
    afterEach(() => {
      s.local.faults.clear();
      expectNoViolations(s.local);
    });

    const start = async (title: string) => {
      const number = await s.openLabelledIssue("alice", title, "x");
      const runner = await s.runner("issues", await s.eventFor("issues", flavour === "github" ? "labeled" : "label_updated", number, "alice"), "alice");
      return { number, runner };
    };
    const pullsFor = async (branch: string) =>
      ((await s.api()("GET", "/repos/acme/app/pulls?state=all")).body as Array<{ number: number; head: { ref: string } }>).filter((p) => p.head.ref === branch);
    const tracking = async (n: number) =>
      ((await s.api()("GET", `/repos/acme/app/issues/${n}/comments`)).body as Array<{ body: string }>).filter((c) => c.body.includes("crustyclaw:tracking"));
    const commitsOn = (branch: string) =>
      execFileSync("git", ["-C", s.local.state.repo("acme/app")!.gitDir, "rev-list", "--count", `main..${branch}`], { encoding: "utf8" }).trim();

    it("completes when every API route fails once with 503 and once with 429", async () => {
      const { number, runner } = await start("Under transient faults");
      const apiRoutes = s.local.routes().filter((r) => !r.includes(".git"));
      for (const route of apiRoutes) {
        s.local.faults.add({ route, status: 503, times: 1 });
        s.local.faults.add({ route, status: 429, times: 1, retryAfter: 0 });
      }
      const results = await runner.runAll();
      const logs = [...results.values()].flatMap((r) => r.logs).join("\n");
      expect([...results.values()].map((r) => r.result), logs).toEqual(["success", "success", "success"]);
      const hit = s.local.faults.pending.length;
      expect(hit).toBeLessThan(apiRoutes.length * 2); // faults were really served
      expect(await pullsFor(`crustyclaw/issue-to-pr-${number}`)).toHaveLength(1);
      expect(await tracking(number)).toHaveLength(1);
    }, 120_000);

    it("escalates with a clear comment when a route fails for good, keeps the branch, and recovers on rerun", async () => {
      const { number, runner } = await start("Under a permanent fault");
      const branch = `crustyclaw/issue-to-pr-${number}`;
      s.local.faults.add({ route: "POST /repos/{owner}/{repo}/pulls", status: 500, times: 1000 });
      const results = await runner.runAll();
      expect(results.get("publish-execute")!.result).toBe("success");
      expect(results.get("publish-execute")!.logs.join("\n")).toContain("run escalated to a human");

      const [comment, ...more] = await tracking(number);
      expect(more).toEqual([]);
      expect(comment!.body).toContain("**Escalated to a human**");
      expect(comment!.body).toMatch(/Escalated: publishing failed: open pull request from crustyclaw\/issue-to-pr-\d+: HTTP 500/);
      const issue = (await s.api()("GET", `/repos/acme/app/issues/${number}`)).body as { labels: Array<{ name: string }> };
      expect(issue.labels.map((l) => l.name)).toContain("crustyclaw:escalated");
      expect(await pullsFor(branch)).toEqual([]);
      expect(commitsOn(branch)).toBe("1");

      // The forge recovers; rerunning the publish job finishes the run without duplicating anything.
      s.local.faults.clear();
      await runner.runJob("publish-execute");
      expect(await pullsFor(branch)).toHaveLength(1);
      expect(commitsOn(branch)).toBe("1");
      const [after, ...extra] = await tracking(number);
      expect(extra).toEqual([]);
      expect(after!.body).toContain("**Pull request open for review**");
      const relabelled = (await s.api()("GET", `/repos/acme/app/issues/${number}`)).body as { labels: Array<{ name: string }> };
      expect(relabelled.labels.map((l) => l.name)).not.toContain("crustyclaw:escalated");
    }, 120_000);
  });
}
