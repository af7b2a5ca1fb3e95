import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outsideDiff, parseReview, postsReview, reviewsPullRequests } from "../../src/agent/review.js";
import { segmentsOf } from "../../src/pipeline/segments.js";
import { parseConfig } from "../../src/config/config.js";
import { createForge } from "../../src/forge/create.js";
import type { Forge } from "../../src/forge/forge.js";
import type { ForgeKind, Trigger } from "../../src/forge/types.js";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { inertLines } from "../../src/policy/posted-text.js";
import { postReview } from "../../src/stages/publish-review.js";
import { route } from "../../src/stages/route.js";
import type { NodeResult } from "../../src/stages/run-node.js";
import { advance, newRunState } from "../../src/stages/state.js";
import { parseUnifiedDiff } from "../../src/util/unified-diff.js";
import { builtinBlueprint } from "../helpers/scenario.js";
import { mustLoad } from "../helpers/blueprints.js";
import { commitFile, expectNoViolations } from "../localforge/helpers.js";

/**
 * Review runs (review-pr, issue 10 item 6) below the workflow: what a review result may
 * hold, where its comments may go, which pull requests the route reviews, and what publish
 * does when the pull request moved on while it was reviewed. test/e2e/builtin-review-pr.test.ts
 * runs the built-in through its compiled workflow.
 */
const REVIEW_PR = mustLoad(builtinBlueprint("review-pr").blueprint);
const NOW = "2024-05-01T12:00:00Z";

describe("review results", () => {
  it("are the review-pr built-in's review node's, not a review-stage agent's of a blueprint that opens pull requests", () => {
    expect(reviewsPullRequests(REVIEW_PR)).toBe(true);
    expect(postsReview(REVIEW_PR, REVIEW_PR.nodes[0]!)).toBe(true);
    const spec = mustLoad(builtinBlueprint("implement-from-spec").blueprint);
    expect(reviewsPullRequests(spec)).toBe(false);
  });

  it("take a verdict and comments, never an approval, and are rebuilt field by field", () => {
    expect(parseReview({ verdict: "comment", comments: [{ path: "a.js", line: 3, body: "x" }] })).toEqual({ review: { verdict: "comment", comments: [{ path: "a.js", line: 3, body: "x" }] } });
    const refused = parseReview({ verdict: "approve", comments: [] });
    expect("errors" in refused && refused.errors.join("\n")).toContain("/verdict must be equal to one of the allowed values");
    const extra = parseReview({ verdict: "comment", comments: [{ path: "a.js", line: 0, body: "x", start_line: 1 }] });
    expect("errors" in extra && extra.errors.join("\n")).toMatch(/\/comments\/0/);
  });

  it("place a comment only on a line the diff shows, saying which lines it shows", () => {
    const files = parseUnifiedDiff("diff --git a/a.js b/a.js\n--- a/a.js\n+++ b/a.js\n@@ -1,3 +1,3 @@\n one\n-two\n+2\n three\n@@ -10,2 +10,2 @@\n ten\n-x\n+y\n");
    expect(outsideDiff({ path: "a.js", line: 2, body: "" }, files)).toBeUndefined();
    expect(outsideDiff({ path: "a.js", line: 2, side: "LEFT", body: "" }, files)).toBeUndefined();
    expect(outsideDiff({ path: "a.js", line: 5, body: "" }, files)).toBe("line 5 of a.js in the pull request's version is not in the pull request's diff (it shows lines 1-3, 10-11 there)");
    expect(outsideDiff({ path: "b.js", line: 1, body: "" }, files)).toBe("b.js is not in the pull request's diff");
  });

  it("are posted inert, line by line, paragraphs kept", () => {
    expect(inertLines("Fine.\n\n\n\n- but @team see [x](https://e.example)\r\n<!-- y -->")).toBe("Fine.\n\n- but @\u200Bteam see \\[x\\]\\(https:\u200B//e.example\\)\n\\<\\!-- y --\\>");
  });

  it("end a run as `reviewed`, which starts no other transition and is no active run", () => {
    const executing = { ...newRunState("review-pr", 7, "crustyclaw/review-pr-7", ["review"], NOW), status: "executing" as const };
    const done = advance(executing, { type: "reviewed", pull: 7 }, NOW, 2);
    expect(done).toMatchObject({ status: "reviewed", pull: 7 });
    expect(advance(newRunState("review-pr", 7, "b", ["review"], NOW), { type: "reviewed", pull: 7 }, NOW, 2).status).toBe("planned");
  });
});

for (const kind of ["github", "forgejo"] as ForgeKind[]) {
  describe(`review runs on ${kind}`, () => {
    let local: LocalForge;
    let bot: Forge;
    let alice: Forge;
    let work: string;
    const config = parseConfig("c.yml", "authorize:\n  users: [alice]\n").config!;

    beforeAll(async () => {
      local = await startLocalForge({ flavour: kind });
      for (const login of ["acme", "alice"]) local.addUser({ login });
      await local.addRepo({ owner: "acme", name: "app", collaborators: { alice: "write" }, files: { "README.md": "# app\n", "a.js": "one\ntwo\nthree\n" } });
      const job = local.jobToken({ repo: "acme/app", runId: 1, job: "publish", ...(kind === "github" ? { scopes: { issues: "write", "pull-requests": "write", contents: "write" } } : {}) });
      bot = createForge({ kind, repo: { owner: "acme", repo: "app" }, baseUrl: local.apiUrl, token: job.token, throttle: false });
      alice = createForge({ kind, repo: { owner: "acme", repo: "app" }, baseUrl: local.apiUrl, token: local.token("alice"), throttle: false });
      work = mkdtempSync(path.join(tmpdir(), "crustyclaw-review-"));
    });
    afterAll(async () => {
      expectNoViolations(local);
      rmSync(work, { recursive: true, force: true });
      await local.close();
    });

    const comment = (issue: number, commentId: number, body: string): Trigger => ({
      kind: "comment",
      forge: kind,
      repo: { owner: "acme", repo: "app" },
      actor: { login: "alice" },
      action: "created",
      issue: { number: issue, title: "t", body: "", labels: [] },
      isPullRequest: true,
      commentId,
      body,
    });

    it("refuses to review a closed pull request, saying so on it", async () => {
      const repo = local.state.repo("acme/app")!;
      await commitFile(repo, "closed", "a.js", "one\n2\nthree\n");
      const pr = await alice.createPull({ title: "Closed", body: "", head: "closed", base: "main", draft: false });
      await alice.closePull(pr.number);
      const posted = await alice.createComment(pr.number, "/claw-review");
      const result = await route({ forge: bot, blueprint: REVIEW_PR, config, trigger: comment(pr.number, posted.id, "/claw-review"), sha: "0".repeat(40), repoUrl: local.url, now: () => NOW });
      expect(result).toMatchObject({ stage: "", reason: `not reviewing #${pr.number}: pull request #${pr.number} is closed` });
      expect((await bot.listComments(pr.number)).at(-1)!.body).toBe(`CrustyClaw did not start a review: pull request #${pr.number} is closed.`);
    });

    it("lists every comment in the review's text when the pull request moved on while it was reviewed", async () => {
      const repo = local.state.repo("acme/app")!;
      const reviewed = await commitFile(repo, "moving", "a.js", "one\n2\nthree\n");
      const pr = await alice.createPull({ title: "Moving", body: "", head: "moving", base: "main", draft: false });
      execFileSync("git", ["clone", "-q", repo.gitDir, work]);
      execFileSync("git", ["-C", work, "checkout", "-q", reviewed]);
      await commitFile(repo, "moving", "a.js", "one\n22\nthree\n", "moving");

      const [segment] = segmentsOf(REVIEW_PR);
      const result: NodeResult = {
        node: "review",
        stage: "review",
        kind: "agent",
        status: "done",
        exitCode: null,
        timedOut: false,
        durationMs: 1,
        output: "Looks odd",
        summary: "Looks odd",
        result: { verdict: "comment", comments: [{ path: "a.js", line: 2, body: "Why 2?" }] },
      };
      const outcome = await postReview({ forge: bot, blueprint: REVIEW_PR, segment: segment!, issue: pr.number, results: [result], workspace: work });
      expect(outcome).toEqual({ posted: true, pull: pr.number, inline: 0, moved: 1 });
      const [review] = await bot.listReviews(pr.number);
      expect(review!.body).toContain(`- \`a.js\` line 2: Why 2? _(the pull request moved on from commit ${reviewed.slice(0, 12)} to `);
      expect(await bot.listReviewCommentsOf(pr.number, review!.id)).toEqual([]);
    });

    it("comments instead of requesting changes on a pull request of its own, saying so, comments kept inline", async () => {
      const repo = local.state.repo("acme/app")!;
      const head = await commitFile(repo, "own", "a.js", "one\nTWO\nthree\n");
      const pr = await bot.createPull({ title: "Own", body: "", head: "own", base: "main", draft: false });
      rmSync(work, { recursive: true, force: true });
      execFileSync("git", ["clone", "-q", repo.gitDir, work]);
      execFileSync("git", ["-C", work, "checkout", "-q", head]);
      const [segment] = segmentsOf(REVIEW_PR);
      const result: NodeResult = {
        node: "review",
        stage: "review",
        kind: "agent",
        status: "done",
        exitCode: null,
        timedOut: false,
        durationMs: 1,
        output: "Shouting",
        summary: "Shouting",
        result: { verdict: "request-changes", comments: [{ path: "a.js", line: 2, body: "Lower case, please" }] },
      };
      const outcome = await postReview({ forge: bot, blueprint: REVIEW_PR, segment: segment!, issue: pr.number, results: [result], workspace: work });
      expect(outcome).toEqual({ posted: true, pull: pr.number, inline: 1, moved: 0 });
      const [review] = await bot.listReviews(pr.number);
      expect(review!.state).toBe("commented");
      expect(review!.body).toContain("_This review asks for changes; the forge would not record it as requesting them \\(");
      expect((await bot.listReviewCommentsOf(pr.number, review!.id)).map((c) => [c.path, c.line, c.body])).toEqual([["a.js", 2, "Lower case, please"]]);
    });

    it("posts nothing for a result that is not a review", async () => {
      const [segment] = segmentsOf(REVIEW_PR);
      const outcome = await postReview({
        forge: bot,
        blueprint: REVIEW_PR,
        segment: segment!,
        issue: 1,
        results: [{ node: "review", stage: "review", kind: "agent", status: "done", exitCode: null, timedOut: false, durationMs: 1, output: "", result: { verdict: "approve" } }],
        workspace: work,
      });
      expect(outcome.posted).toBe(false);
      expect(!outcome.posted && outcome.reasons[0]).toContain("the result of node 'review' is not a review");
    });
  });
}
