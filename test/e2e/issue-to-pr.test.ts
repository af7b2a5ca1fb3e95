import { execFileSync } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { expectNoViolations } from "../localforge/helpers.js";
import { startScenario, type Scenario } from "../helpers/e2e-setup.js";

/**
 * issue → pull request through the compiled workflow and the bundled actions
 * (dist/), against the local forge, with deterministic nodes only.
 */
for (const flavour of ["github", "forgejo"] as const) {
  describe(`issue to pull request on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour);
    });
    afterAll(() => s.local.close());
    // Every request the actions made, and every answer, must fit the forge's API description.
    afterEach(() => expectNoViolations(s.local));

    const pulls = async () => (await s.api()("GET", "/repos/acme/app/pulls?state=all")).body as Array<Record<string, any>>;
    const comments = async (n: number) => (await s.api()("GET", `/repos/acme/app/issues/${n}/comments`)).body as Array<{ body: string; user: { login: string } }>;
    const refs = () => execFileSync("git", ["-C", s.local.state.repo("acme/app")!.gitDir, "show-ref"], { encoding: "utf8" });

    it("opens a pull request with the change, and reruns change nothing", async () => {
      const number = await s.openLabelledIssue("alice", "Say hello", "Add hello.txt");
      const run = await s.runner("issues", await s.eventFor("issues", flavour === "github" ? "labeled" : "label_updated", number, "alice"), "alice");
      const results = await run.runAll();
      const logs = [...results.values()].flatMap((r) => r.logs).join("\n");
      expect([...results.values()].map((r) => [r.id, r.result]), logs).toEqual([
        ["route", "success"],
        ["implement", "success"],
        ["publish-execute", "success"],
      ]);
      expect(results.get("route")!.outputs.stage).toBe("execute");

      const branch = `crustyclaw/issue-to-pr-${number}`;
      const [pr, ...others] = await pulls();
      expect(others).toEqual([]);
      expect(pr!.head.ref).toBe(branch);
      expect(pr!.title).toBe("Say hello");
      expect(pr!.body).toContain(`Closes #${number}.`);
      expect(pr!.body).toContain("| `checks` | review | done |");
      expect((pr!.labels as Array<{ name: string }>).map((l) => l.name)).toEqual(["crustyclaw"]);
      expect((pr!.requested_reviewers as Array<{ login: string }>).map((u) => u.login)).toEqual(["acme"]);
      const show = execFileSync("git", ["-C", s.local.state.repo("acme/app")!.gitDir, "show", "--stat", "--format=%s", branch], { encoding: "utf8" });
      expect(show).toContain(`Say hello (#${number})`);
      expect(show).toContain("hello.txt");

      const tracking = (await comments(number)).filter((c) => c.body.includes("<!-- crustyclaw:tracking issue-to-pr -->"));
      expect(tracking).toHaveLength(1);
      expect(tracking[0]!.user.login).toBe("automation");
      expect(tracking[0]!.body).toContain("**Pull request open for review**");
      expect(tracking[0]!.body).toContain("- [x] `implement`");
      expect(tracking[0]!.body).toContain("- [x] `checks`");
      expect(tracking[0]!.body).toContain(`pull request [#${pr!.number}](${s.local.url}/acme/app/pull/${pr!.number})`);

      // Rerun every job of the run: nothing visible changes.
      const before = { comments: JSON.stringify(await comments(number)), pulls: JSON.stringify(await pulls()), refs: refs() };
      for (const id of run.order()) await run.runJob(id);
      expect({ comments: JSON.stringify(await comments(number)), pulls: JSON.stringify(await pulls()), refs: refs() }).toEqual(before);
    });
  });
}
