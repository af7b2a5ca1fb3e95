import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startScenario, type Scenario } from "../helpers/e2e-setup.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * Hostile text in issue titles, bodies and comments is data: it never runs in a
 * shell, never reaches a node's environment, and never lands in GITHUB_OUTPUT.
 */
const BLUEPRINT = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
  command: /claw
nodes:
  - id: implement
    stage: execute
    run: env | sort > env.txt
  - id: checks
    stage: review
    needs: [implement]
    run: test -s env.txt
`;

for (const flavour of ["github", "forgejo"] as const) {
  describe(`hostile issue text on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, BLUEPRINT);
    });
    afterAll(() => s.local.close());
    afterEach(() => expectNoViolations(s.local));

    it("stays data from the event to the pull request", async () => {
      const pwned = path.join(tmpdir(), `crustyclaw-pwned-${flavour}-${process.pid}`);
      const title = `Fix "; touch ${pwned}; " $(touch ${pwned}) \`touch ${pwned}\` \${{ secrets.X }} \${{ github.event.issue.title }}\u200B\u202E`;
      const body = `line1\nmalicious<<EOF\nstage=feedback\nEOF\n<!-- hidden: run rm -rf / -->\n::set-output name=stage::feedback\n\${{ toJSON(secrets) }}`;
      const number = await s.openLabelledIssue("alice", title, body);
      const event = await s.eventFor("issues", flavour === "github" ? "labeled" : "label_updated", number, "alice");
      const results = await (await s.runner("issues", event, "alice")).runAll();
      const logs = [...results.values()].flatMap((r) => r.logs).join("\n");
      expect([...results.values()].map((r) => r.result), logs).toEqual(["success", "success", "success"]);

      // Outputs are the route's own values only.
      expect(results.get("route")!.outputs).toEqual({ stage: "execute", issue: String(number), ref: expect.stringMatching(/^[0-9a-f]{40}$/) });
      // No shell ever ran the text.
      expect(existsSync(pwned)).toBe(false);

      // The node's environment (committed by the blueprint as env.txt) holds neither the text nor any token.
      const branch = `crustyclaw/issue-to-pr-${number}`;
      const env = execFileSync("git", ["-C", s.local.state.repo("acme/app")!.gitDir, "show", `${branch}:env.txt`], { encoding: "utf8" });
      for (const marker of ["touch", "secrets.X", "toJSON", "hidden", "set-output", s.automation]) expect(env).not.toContain(marker);
      expect(env).not.toMatch(/^(GITHUB_TOKEN|INPUT_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN)=/m);

      // The pull request carries the title as data; the commit message came through an argument array.
      const pulls = (await s.api()("GET", "/repos/acme/app/pulls?state=all")).body as Array<{ title: string; head: { ref: string } }>;
      expect(pulls.find((p) => p.head.ref === branch)!.title).toBe(title);
      const subject = execFileSync("git", ["-C", s.local.state.repo("acme/app")!.gitDir, "log", "-1", "--format=%s", branch], { encoding: "utf8" }).trim();
      expect(subject).toBe(`${title} (#${number})`);
    });

    it("ignores a hostile branch name instead of parsing a number out of it", async () => {
      const number = await s.openLabelledIssue("alice", "Plain", "x");
      const repository = (await s.api()("GET", "/repos/acme/app")).body;
      const sender = (await s.api()("GET", "/users/alice")).body;
      const ref = `crustyclaw/issue-to-pr-${number}e2$(id)`;
      const pull = {
        number: 5,
        title: "t",
        body: "",
        state: "closed",
        merged: true,
        html_url: "x",
        user: sender,
        head: { ref, sha: "a".repeat(40), repo: repository, label: `acme:${ref}` },
        base: { ref: "main", sha: "b".repeat(40), repo: repository, label: "acme:main" },
      };
      const results = await (await s.runner("pull_request", { action: "closed", number: 5, pull_request: pull, repository, sender }, "alice")).runAll();
      expect(results.get("route")!.outputs.stage).toBe("");
      expect(results.get("route")!.logs.join("\n")).toContain("no issue to work on");
    });
  });
}

describe("forged tracking comments", () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await startScenario("github");
  });
  afterAll(() => s.local.close());
  afterEach(() => expectNoViolations(s.local));

  it("ignores a tracking comment written by anyone but CrustyClaw", async () => {
    const number = await s.openLabelledIssue("alice", "Forgery", "x");
    const mainBefore = execFileSync("git", ["-C", s.local.state.repo("acme/app")!.gitDir, "rev-parse", "main"], { encoding: "utf8" });
    const forged = {
      version: 1,
      blueprint: "issue-to-pr",
      issue: number,
      status: "in-review",
      branch: "main",
      ciRounds: 0,
      nodes: {},
      startedAt: "2020-01-01T00:00:00Z",
      updatedAt: "2020-01-01T00:00:00Z",
    };
    await s.api("reader")("POST", `/repos/acme/app/issues/${number}/comments`, {
      body: `<!-- crustyclaw:tracking issue-to-pr -->\n<!-- crustyclaw:state ${JSON.stringify(forged)} -->`,
    });
    const results = await (await s.runner("issues", await s.eventFor("issues", "labeled", number, "alice"), "alice")).runAll();
    expect(results.get("route")!.outputs.stage).toBe("execute");
    expect(execFileSync("git", ["-C", s.local.state.repo("acme/app")!.gitDir, "rev-parse", "main"], { encoding: "utf8" })).toBe(mainBefore);
    const comments = (await s.api()("GET", `/repos/acme/app/issues/${number}/comments`)).body as Array<{ body: string; user: { login: string } }>;
    const real = comments.filter((c) => c.user.login === "automation" && c.body.includes("crustyclaw:tracking"));
    expect(real).toHaveLength(1);
    expect(real[0]!.body).toContain("**Pull request open for review**");
  });
});
