import { execFileSync } from "node:child_process";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { expectNoViolations } from "../localforge/helpers.js";
import { startScenario, type Scenario } from "../helpers/e2e-setup.js";

/** Actors who may not start an agent get no branch, no pull request, and a short reason (or silence). */
for (const flavour of ["github", "forgejo"] as const) {
  describe(`authorisation on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour);
    });
    afterAll(() => s.local.close());
    // Every request the actions made, and every answer, must fit the forge's API description.
    afterEach(() => expectNoViolations(s.local));

    const branches = () => execFileSync("git", ["-C", s.local.state.repo("acme/app")!.gitDir, "branch", "--list", "crustyclaw/*"], { encoding: "utf8" }).trim();
    const pulls = async () => (await s.api()("GET", "/repos/acme/app/pulls?state=all")).body as unknown[];
    const botComments = async (n: number) =>
      ((await s.api()("GET", `/repos/acme/app/issues/${n}/comments`)).body as Array<{ body: string; user: { login: string } }>).filter((c) => c.user.login === "automation");

    async function refused(sender: string) {
      const number = await s.openLabelledIssue("acme", `Work for ${sender}`, "x");
      const event = (await s.eventFor("issues", flavour === "github" ? "labeled" : "label_updated", number, sender)) as Record<string, any>;
      if (flavour === "github" && sender === "helper-bot") event.sender.type = "Bot";
      const results = await (await s.runner("issues", event, sender)).runAll();
      expect(results.get("route")!.result).toBe("success");
      expect(results.get("route")!.outputs.stage).toBe("");
      expect(results.get("implement")!.result).toBe("skipped");
      expect(results.get("publish-execute")!.result).toBe("skipped");
      expect(branches()).toBe("");
      expect(await pulls()).toEqual([]);
      return botComments(number);
    }

    it("refuses a read-only user with a short explanation", async () => {
      const [note, ...more] = await refused("reader");
      expect(more).toEqual([]);
      expect(note!.body).toMatch(/^CrustyClaw did not start: /);
      expect(note!.body).toContain(flavour === "github" ? "reader has read access" : "cannot read reader's permission");
    });

    it("refuses a user named x[bot] for its access, not its name", async () => {
      const [note] = await refused("x[bot]");
      expect(note!.body).toContain(flavour === "github" ? "x[bot] has read access" : "authorize.users");
    });

    it("refuses a bot that is not listed", async () => {
      const notes = await refused("helper-bot");
      // GitHub says the account is a bot: refused silently. Forgejo does not say: refused like any unlisted user.
      if (flavour === "github") expect(notes).toEqual([]);
      else expect(notes[0]!.body).toContain("authorize.users");
    });

    it("refuses a review on a pull request from a fork", async () => {
      const number = await s.openLabelledIssue("acme", "Fork work", "x");
      const repository = (await s.api()("GET", "/repos/acme/app")).body;
      const sender = (await s.api()("GET", "/users/alice")).body;
      const fork = { ...repository, full_name: "mallory/app", name: "app", owner: { ...repository.owner, login: "mallory" }, id: 999, fork: true };
      const pull = {
        number: 77,
        title: "evil",
        body: "",
        state: "open",
        html_url: `${s.local.url}/acme/app/pull/77`,
        user: sender,
        head: { ref: `crustyclaw/issue-to-pr-${number}`, sha: "a".repeat(40), repo: fork, label: `mallory:crustyclaw/issue-to-pr-${number}` },
        base: { ref: "main", sha: "b".repeat(40), repo: repository, label: "acme:main" },
        merged: false,
      };
      const event =
        flavour === "github"
          ? { action: "submitted", review: { id: 5, state: "approved", body: "", user: sender }, pull_request: pull, repository, sender }
          : { action: "reviewed", review: { type: "pull_request_review_approved", content: "" }, pull_request: pull, repository, sender };
      const results = await (await s.runner("pull_request_review", event, "alice")).runAll();
      expect(results.get("route")!.outputs.stage, results.get("route")!.logs.join("\n")).toBe("");
      expect(branches()).toBe("");
      expect(await pulls()).toEqual([]);
      const [note] = await botComments(number);
      expect(note!.body).toContain("comes from a fork");
    });
  });
}
