import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { WorkflowRunRecord } from "../../src/localforge/index.js";
import { readState } from "../../src/stages/tracking.js";
import { activeRun, builtinBlueprint, describeRuns, job, jobsOf, startScenario, type Scenario } from "../helpers/scenario.js";
import { commitFile, expectNoViolations } from "../localforge/helpers.js";

/**
 * The review-pr built-in (blueprints/review-pr.yml, the file itself) through its compiled
 * workflow (issue 10, item 6): `/claw-review` on a pull request → the agent reviews the pull
 * request's head (read-only: no branch pushed, no pull request opened) → a review with inline
 * comments on that head commit (GitHub: `comments: [{path, line, side}]`; Forgejo:
 * `new_position`/`old_position`), the agent's words inert, a comment on a line outside the
 * diff moved into the review's text saying so.
 */
const BASE = "function add(a, b) {\n  return a + b;\n}\n\nfunction sub(a, b) {\n  return a - b;\n}\n\nfunction mul(a, b) {\n  return a * b;\n}\n\nmodule.exports = { add, sub, mul };\n";
const HEAD = BASE.replace("return a - b;", "return a + b;");

// The agent reads the changed file, then finishes with hostile text everywhere: a mention, an HTML comment, a link,
// a workflow command; one comment on a changed line, one on the removed line (LEFT), one far outside the diff.
const SCRIPT = `nodes:
  review:
    turns:
      - tool_calls: [{ name: read_file, arguments: { path: calc.js } }]
      - tool_calls:
          - name: finish
            arguments:
              summary: "sub() now adds. cc @acme/team <!-- hidden --> [details](https://evil.example)\\n\\n::error::from-the-agent"
              result:
                verdict: request-changes
                comments:
                  - { path: calc.js, line: 6, body: "This adds instead of subtracting. @alice see #1" }
                  - { path: calc.js, line: 6, side: LEFT, body: "The old line was right." }
                  - { path: calc.js, line: 13, body: "Export looks fine" }
`;

interface ApiReview {
  id: number;
  body: string;
  state: string;
  commit_id: string;
  user: { login: string };
}

for (const flavour of ["github", "forgejo"] as const) {
  describe(`the review-pr built-in on ${flavour}`, () => {
    let s: Scenario;
    let pr: number;
    let head: string;
    beforeAll(async () => {
      s = await startScenario(flavour, {
        ...builtinBlueprint("review-pr"),
        files: { "calc.js": BASE, ".crustyclaw/scripts/model.yml": SCRIPT },
        vars: { CRUSTYCLAW_MODEL: "scripted:.crustyclaw/scripts/model.yml" },
        secrets: { CRUSTYCLAW_MODEL_API_KEY: "sk-scripted-not-a-real-key-000000" },
      });
      head = await commitFile(s.session.repo, "fix-sub", "calc.js", HEAD);
      pr = (await s.session.as("alice").createPull({ title: "Tidy calc", body: "Small tidy-up", head: "fix-sub", base: "main", draft: false })).number;
      await s.settle();
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    let runs: WorkflowRunRecord[];
    it("reviews the pull request's head on /claw-review, read-only", async () => {
      // The review run's outcome record goes to the outcome store's branch; nothing else moves.
      const runRefs = () => s.refs().replace(/^.* refs\/(pull\/|heads\/crustyclaw\/outcomes$).*\n/gm, "");
      const refs = runRefs();
      await s.comment("alice", pr, "/claw-review");
      runs = await s.settle();
      const run = activeRun(runs);
      expect(jobsOf(runs), describeRuns(runs)).toEqual([
        ["route", "success"],
        ["review", "success"],
        ["publish-review", "success"],
      ]);
      // The work job checked out the pull request's head, not the default branch.
      expect(job(run, "route").outputs.ref).toBe(head);
      // The agent was given the pull request and its diff as data, and read the head's file.
      const transcript = readFileSync(path.join(run.workDir, "artifacts", "crustyclaw-review", "transcripts", "review.jsonl"), "utf8");
      const start = transcript.split("\n").map((l) => (l ? (JSON.parse(l) as { type: string; task?: string }) : undefined)).find((e) => e?.type === "start");
      expect(start?.task).toContain(`Pull request #${pr} to review, into "main"; your workspace is its head, commit ${head}`);
      expect(start?.task).toMatch(/<untrusted-diff-[0-9a-f]+>\n[\s\S]*-  return a - b;\n\+  return a \+ b;/);
      expect(transcript).toContain("function sub(a, b) {\\n  return a + b;");
      // Nothing pushed, no pull request opened.
      expect(runRefs()).toBe(refs);
      expect((await s.pulls()).map((p) => p.number)).toEqual([pr]);
    });

    it("posts a review with inline comments on that commit; the one outside the diff is in its text, saying why", async () => {
      const reviews = (await s.api()("GET", `/repos/acme/app/pulls/${pr}/reviews`)).body as ApiReview[];
      expect(reviews, describeRuns(runs)).toHaveLength(1);
      const review = reviews[0]!;
      expect(review.state).toBe(flavour === "github" ? "CHANGES_REQUESTED" : "REQUEST_CHANGES");
      expect(review.commit_id).toBe(head);
      // The agent's text, inert: no live mention, comment, link or reference; the out-of-diff comment listed with the reason.
      expect(review.body).toContain("sub\\(\\) now adds. cc @\u200Bacme/team \\<\\!-- hidden --\\> \\[details\\]\\(https:\u200B//evil.example\\)");
      expect(review.body).toContain("::error::from-the-agent");
      expect(review.body).toContain("**A comment not on a line of the diff, so here instead:**\n- `calc.js` line 13: Export looks fine _(line 13 of calc.js in the pull request's version is not in the pull request's diff \\(it shows lines 3-9 there\\))_");
      expect(review.body).toContain(`of commit ${head.slice(0, 12)}`);
      expect(review.body).not.toMatch(/@acme|<!--|\]\(https/);

      const comments = (await s.session.as("acme").listReviewCommentsOf(pr, review.id)).map((c) => [c.path, c.line, c.side, c.body]);
      expect(comments).toEqual([
        ["calc.js", 6, "RIGHT", "This adds instead of subtracting. @\u200Balice see \\#\u200B1"],
        ["calc.js", 6, "LEFT", "The old line was right."],
      ]);

      const tracking = (await s.comments(pr)).find((c) => c.body.startsWith("<!-- crustyclaw:tracking review-pr -->"))!;
      expect(tracking.body).toContain("**Review posted**");
      // A review pushes no branch: the tracking comment names the pull request only.
      expect(tracking.body).toContain(`pull request [#${pr}]`);
      expect(tracking.body.trimEnd().split("\n").slice(0, -1).join("\n")).not.toContain("crustyclaw/review-pr-");
      expect(readState(tracking.body, { blueprint: "review-pr", issue: pr })).toMatchObject({ status: "reviewed", pull: pr, nodes: { review: "done" } });
    });

    it("reviews again on the next /claw-review, and by hand (workflow_dispatch) with the pull request's number; an issue is not reviewed", async () => {
      await s.comment("alice", pr, "/claw-review");
      const again = await s.settle();
      expect(jobsOf(again), describeRuns(again)).toEqual([
        ["route", "success"],
        ["review", "success"],
        ["publish-review", "success"],
      ]);
      await s.session.as("alice").dispatchWorkflow(path.posix.basename(s.workflow.path), "main", { issue: String(pr) });
      const dispatched = await s.settle();
      expect(activeRun(dispatched).event).toBe("workflow_dispatch");
      expect(jobsOf(dispatched), describeRuns(dispatched)).toEqual([
        ["route", "success"],
        ["review", "success"],
        ["publish-review", "success"],
      ]);
      const reviews = (await s.api()("GET", `/repos/acme/app/pulls/${pr}/reviews`)).body as ApiReview[];
      expect(reviews.map((r) => r.commit_id)).toEqual([head, head, head]);

      const issue = (await s.session.as("alice").createIssue({ title: "Not a pull request", body: "" })).number;
      await s.comment("alice", issue, "/claw-review");
      const refused = await s.settle();
      expect(job(activeRun(refused), "route").outputs.stage, describeRuns(refused)).toBe("");
      expect((await s.comments(issue)).at(-1)!.body).toContain(`CrustyClaw did not start a review: #${issue} is an issue, not a pull request`);
    });
  });
}
