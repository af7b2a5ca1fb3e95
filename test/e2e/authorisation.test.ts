import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { commitFile, expectNoViolations } from "../localforge/helpers.js";
import { activeRun, describeRuns, job, startScenario, type Scenario } from "../helpers/scenario.js";

/** Actors who may not start an agent get no branch, no pull request, and a short reason (or silence). */
for (const flavour of ["github", "forgejo"] as const) {
  describe(`authorisation on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour);
    });
    afterAll(() => s.session.close());
    // Every request the actions made, and every answer, must fit the forge's API description.
    afterEach(() => expectNoViolations(s.local));

    const bot = flavour === "github" ? "github-actions[bot]" : "forgejo-actions";
    const botComments = async (n: number) => (await s.comments(n)).filter((c) => c.user.login === bot);

    async function expectNothingStarted(runs: Awaited<ReturnType<Scenario["settle"]>>) {
      const run = activeRun(runs);
      expect(job(run, "route").result, describeRuns(runs)).toBe("success");
      expect(job(run, "route").outputs.stage).toBe("");
      expect(job(run, "implement").result).toBe("skipped");
      expect(job(run, "publish-execute").result).toBe("skipped");
      expect(s.git("branch", "--list", "crustyclaw/*").trim()).toBe("");
      expect(await s.pulls()).toEqual([]);
    }

    /** A reader cannot label, but can comment `/claw`. */
    async function refusedCommand(login: string) {
      const { number } = await s.session.as("acme").createIssue({ title: `Work for ${login}`, body: "x" });
      await s.comment(login, number, "/claw");
      await expectNothingStarted(await s.settle());
      return botComments(number);
    }

    it("refuses a read-only user's command with a short explanation", async () => {
      const [note, ...more] = await refusedCommand("reader");
      expect(more).toEqual([]);
      expect(note!.body).toMatch(/^CrustyClaw did not start: /);
      expect(note!.body).toContain(flavour === "github" ? "reader has read access" : "cannot read reader's permission");
    });

    it("refuses a user named x[bot] for its access, not its name", async () => {
      const [note] = await refusedCommand("x[bot]");
      // The login is escaped as everything CrustyClaw quotes is; it reads "x[bot] has read access".
      expect(note!.body).toContain(flavour === "github" ? "x\\[bot\\] has read access" : "authorize.users");
    });

    it("refuses a bot that is not listed, even with write access", async () => {
      const { number } = await s.session.as("acme").createIssue({ title: "Work for a bot", body: "x" });
      await s.session.as("helper-bot").addLabels(number, ["crustyclaw"]);
      await expectNothingStarted(await s.settle());
      const notes = await botComments(number);
      // GitHub says the account is a bot: refused silently. Forgejo does not say: refused like any unlisted user.
      if (flavour === "github") expect(notes).toEqual([]);
      else expect(notes[0]!.body).toContain("authorize.users");
    });

    it("refuses a review on a pull request from a fork", async () => {
      // The local forge has no forks: the event a forge would send for one is injected as it is, for a pull request
      // that exists (its head is then said to live in mallory's fork), named like the branch of the run on #number.
      const { number } = await s.session.as("acme").createIssue({ title: "Fork work", body: "x" });
      await commitFile(s.session.repo, "evil", "evil.txt", "x\n");
      const forkPr = (await s.session.as("acme").createPull({ title: "evil", body: "", head: "evil", base: "main", draft: false })).number;
      await s.settle();
      const repository = (await s.api()("GET", "/repos/acme/app")).body;
      const sender = (await s.api()("GET", "/users/alice")).body;
      const fork = { ...repository, full_name: "mallory/app", name: "app", owner: { ...repository.owner, login: "mallory" }, id: 999, fork: true };
      const pull = {
        number: forkPr,
        title: "evil",
        body: "",
        state: "open",
        html_url: `${s.local.url}/acme/app/pull/${forkPr}`,
        user: sender,
        head: { ref: `crustyclaw/issue-to-pr-${number}`, sha: "a".repeat(40), repo: fork, label: `mallory:crustyclaw/issue-to-pr-${number}` },
        base: { ref: "main", sha: "b".repeat(40), repo: repository, label: "acme:main" },
        merged: false,
      };
      const github = flavour === "github";
      s.local.events.emit({
        repo: s.session.repo,
        type: github ? "pull_request_review" : "pull_request_review_approved",
        action: github ? "submitted" : "reviewed",
        payload: github
          ? { action: "submitted", review: { id: 5, state: "approved", body: "", user: sender }, pull_request: pull, repository, sender }
          : { action: "reviewed", review: { type: "pull_request_review_approved", content: "" }, pull_request: pull, repository, sender },
        sender: "alice",
        byJobToken: false,
        at: new Date().toISOString(),
      });
      const runs = await s.settle();
      expect(job(activeRun(runs), "route").outputs.stage, describeRuns(runs)).toBe("");
      expect(s.git("branch", "--list", "crustyclaw/*").trim()).toBe("");
      // The fork's branch name is anyone's: it addresses no run, so the refusal goes on the pull request, not the issue it names.
      expect(await botComments(number)).toEqual([]);
      const [note] = await botComments(forkPr);
      expect(note!.body).toContain("comes from a fork");
    });
  });
}
