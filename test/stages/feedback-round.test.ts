import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/config.js";
import { createForge } from "../../src/forge/create.js";
import type { Forge, Review } from "../../src/forge/forge.js";
import type { ForgeKind, Trigger } from "../../src/forge/types.js";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { FEEDBACK_FILE, writeFeedback, type FeedbackData } from "../../src/stages/feedback-data.js";
import { answerInlineComments, sayNoChanges } from "../../src/stages/feedback-replies.js";
import { ROUTE_ARTIFACT } from "../../src/stages/results.js";
import { route, type RouteDeps } from "../../src/stages/route.js";
import type { NodeResult } from "../../src/stages/run-node.js";
import { newRunState, type RunState } from "../../src/stages/state.js";
import { readState, renderTracking, trackingMarker } from "../../src/stages/tracking.js";
import { mustLoad } from "../helpers/blueprints.js";
import { commitFile, expectNoViolations } from "../localforge/helpers.js";

/**
 * Feedback rounds against the local forge with an Actions job token, per flavour: which
 * reviews and inline comments start one, what the round is given, and the answers publish
 * posts afterwards. test/e2e/review-feedback.test.ts runs the same through the workflow.
 */
const BLUEPRINT = mustLoad(`name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
  command: /claw
nodes:
  - id: implement
    stage: execute
    run: echo implement
  - id: address
    stage: feedback
    run: echo again
`);
const NOW = "2024-05-01T12:00:00Z";

for (const kind of ["github", "forgejo"] as ForgeKind[]) {
  describe(`feedback rounds on ${kind}`, () => {
    let local: LocalForge;
    let bot: Forge;
    let revoke: () => void;
    const as = (login: string) => createForge({ kind, repo: { owner: "acme", repo: "app" }, baseUrl: local.apiUrl, token: local.token(login), throttle: false });
    const config = parseConfig("c.yml", `authorize:\n  users: [alice]\n`).config!;

    beforeAll(async () => {
      local = await startLocalForge({ flavour: kind });
      for (const login of ["acme", "alice", "mallory"]) local.addUser({ login });
      await local.addRepo({ owner: "acme", name: "app", collaborators: { alice: "write", mallory: "read" } });
      const job = local.jobToken({ repo: "acme/app", runId: 1, job: "route", ...(kind === "github" ? { scopes: { issues: "write", "pull-requests": "write", contents: "read" } } : {}) });
      revoke = job.revoke;
      bot = createForge({ kind, repo: { owner: "acme", repo: "app" }, baseUrl: local.apiUrl, token: job.token, throttle: false });
    });
    afterAll(async () => {
      expectNoViolations(local);
      revoke();
      await local.close();
    });

    const deps = (trigger: Trigger): RouteDeps => ({ forge: bot, blueprint: BLUEPRINT, config, trigger, sha: "0".repeat(40), repoUrl: `${local.url}/acme/app`, now: () => NOW });
    const tracked = async (issue: number) => readState((await bot.listComments(issue)).find((c) => c.body.startsWith(trackingMarker("issue-to-pr")))!.body)!;
    const setState = async (issue: number, patch: Partial<RunState>) => {
      const c = (await bot.listComments(issue)).find((x) => x.body.startsWith(trackingMarker("issue-to-pr")))!;
      await bot.updateComment(c.id, renderTracking({ ...readState(c.body)!, ...patch }, { now: NOW }));
    };

    /** An issue whose run waits for review of its pull request (hello.txt, two lines). */
    async function inReview(): Promise<{ issue: number; pull: number; head: string }> {
      const { number: issue } = await as("acme").createIssue({ title: "Greet", body: "" });
      const branch = `crustyclaw/issue-to-pr-${issue}`;
      await commitFile(local.state.repo("acme/app")!, branch, "hello.txt", "hello\nsecond\n");
      const pr = await as("acme").createPull({ title: "Greet", body: "", head: branch, base: "main", draft: false });
      const s: RunState = { ...newRunState("issue-to-pr", issue, branch, ["implement", "address"], NOW), status: "in-review", segment: "execute", pull: pr.number };
      await bot.createComment(issue, renderTracking(s, { now: NOW }));
      return { issue, pull: pr.number, head: branch };
    }

    /** The event for a review: GitHub names the review; Forgejo's payload has no id, only the state and body. */
    const reviewed = (pull: { pull: number; head: string }, review: Review, login = "alice", withId = kind === "github"): Trigger => ({
      forge: kind,
      repo: { owner: "acme", repo: "app" },
      actor: { login },
      kind: "review",
      action: "submitted",
      state: review.state as "changes_requested",
      ...(withId ? { reviewId: review.id } : {}),
      body: review.body,
      pull: { number: pull.pull, title: "Greet", body: "", headRef: pull.head, headSha: "", baseRef: "main", fromFork: false },
    });

    it("gives a changes-requested round the review, both inline comments and the follow-ups, and only once", async () => {
      const run = await inReview();
      await as("alice").createComment(run.issue, "Also: keep it short.");
      await bot.createComment(run.pull, "CrustyClaw's own words are no follow-up");
      const review = await as("alice").submitReview(run.pull, {
        event: "request_changes",
        body: "Two things",
        comments: [
          { path: "hello.txt", line: 1, body: "Say hello properly" },
          { path: "hello.txt", line: 2, body: "Drop this" },
        ],
      });
      const r = await route(deps(reviewed(run, review)));
      expect(r).toMatchObject({ stage: "feedback", issue: run.issue });
      expect(r.feedback).toEqual({
        version: 1,
        pull: run.pull,
        review: { id: review.id, author: "alice", state: "changes_requested", body: "Two things" },
        comments: [
          { id: expect.any(Number), author: "alice", path: "hello.txt", line: 1, side: "RIGHT", body: "Say hello properly" },
          { id: expect.any(Number), author: "alice", path: "hello.txt", line: 2, side: "RIGHT", body: "Drop this" },
        ],
        followUps: [{ id: expect.any(Number), author: "alice", on: run.issue, body: "Also: keep it short." }],
      } satisfies FeedbackData);
      const state = await tracked(run.issue);
      expect(state).toMatchObject({ status: "executing", ciRounds: 1, feedbackSeen: { review: review.id } });

      // The round ran; a second event for the same review (a rerun, GitHub's inline-comment event) starts nothing.
      await setState(run.issue, { status: "in-review" });
      const again = await route(deps(reviewed(run, review)));
      expect(again).toEqual({
        stage: "",
        issue: run.issue,
        // Forgejo's event names no review: there is none left that is not answered.
        reason: kind === "github" ? `review ${review.id} was given to an earlier feedback round` : `no unanswered changes requested review by alice on pull request #${run.pull}`,
      });

      // The next round gets only what came after the last one.
      await as("alice").createComment(run.pull, "One more thing");
      const second = await as("alice").submitReview(run.pull, { event: "request_changes", body: "Still not right" });
      const next = await route(deps(reviewed(run, second)));
      expect(next.feedback?.followUps.map((c) => c.body)).toEqual(["One more thing"]);
      expect(next.feedback?.comments).toEqual([]);
    });

    it("starts a round for a comment review only when it or one of its inline comments opens with the command", async () => {
      const run = await inReview();
      const remark = await as("alice").submitReview(run.pull, { event: "comment", body: "Nice, but /claw is not first", comments: [{ path: "hello.txt", line: 1, body: "maybe /claw later" }] });
      expect(await route(deps(reviewed(run, remark)))).toEqual({ stage: "", issue: run.issue, reason: `review ${remark.id} comments without /claw: no feedback round` });
      expect((await tracked(run.issue)).status).toBe("in-review");

      const inline = await as("alice").submitReview(run.pull, { event: "comment", body: "", comments: [{ path: "hello.txt", line: 2, body: "/claw\ndrop this line" }] });
      const r = await route(deps(reviewed(run, inline)));
      expect(r.stage).toBe("feedback");
      expect(r.feedback).toMatchObject({ review: { state: "commented", body: "" }, comments: [{ line: 2, body: "/claw\ndrop this line" }] });

      const other = await inReview();
      const inBody = await as("alice").submitReview(other.pull, { event: "comment", body: "/claw tidy up" });
      expect((await route(deps(reviewed(other, inBody)))).stage).toBe("feedback");
    });

    it("finds a review the event names by state and body only (Forgejo's payload) as the oldest not yet answered", async () => {
      const run = await inReview();
      const first = await as("alice").submitReview(run.pull, { event: "request_changes", body: "Same words" });
      const second = await as("alice").submitReview(run.pull, { event: "request_changes", body: "Same words" });
      const r = await route(deps(reviewed(run, second, "alice", false)));
      expect(r.feedback?.review?.id).toBe(first.id);
      await setState(run.issue, { status: "in-review" });
      expect((await route(deps(reviewed(run, second, "alice", false)))).feedback?.review?.id).toBe(second.id);
      await setState(run.issue, { status: "in-review" });
      expect((await route(deps(reviewed(run, second, "alice", false)))).reason).toBe(`no unanswered changes requested review by alice on pull request #${run.pull}`);
    });

    it("starts a round for an inline comment's event when that comment opens with the command (GitHub's pull_request_review_comment)", async () => {
      const run = await inReview();
      const review = await as("alice").submitReview(run.pull, {
        event: "comment",
        body: "",
        comments: [
          { path: "hello.txt", line: 1, body: "just a remark" },
          { path: "hello.txt", line: 2, body: "/claw drop this" },
        ],
      });
      const [remark, command] = await bot.listReviewCommentsOf(run.pull, review.id);
      const event = (commentId: number, body: string): Trigger => ({
        forge: kind,
        repo: { owner: "acme", repo: "app" },
        actor: { login: "alice" },
        pull: { number: run.pull, title: "Greet", body: "", headRef: run.head, headSha: "", baseRef: "main", fromFork: false },
        kind: "review_comment",
        action: "created",
        commentId,
        reviewId: review.id,
        body,
      });
      expect((await route(deps(event(remark!.id, remark!.body)))).reason).toBe(`review comment ${remark!.id} does not start with /claw`);
      const r = await route(deps(event(command!.id, command!.body)));
      expect(r.stage).toBe("feedback");
      expect(r.feedback?.comments.map((c) => c.body)).toEqual(["just a remark", "/claw drop this"]);
    });

    it("refuses aloud only reviews that ask for something", async () => {
      const run = await inReview();
      const said = async () => (await bot.listComments(run.issue)).filter((c) => c.body.startsWith("CrustyClaw did not start")).length;
      const remark = await as("mallory").submitReview(run.pull, { event: "comment", body: "drive-by remark" });
      expect((await route(deps(reviewed(run, remark, "mallory")))).reason).toMatch(/^not authorised/);
      expect(await said()).toBe(0);
      const asked = await as("mallory").submitReview(run.pull, { event: "request_changes", body: "change it" });
      expect((await route(deps(reviewed(run, asked, "mallory")))).reason).toMatch(/^not authorised/);
      expect(await said()).toBe(1);
    });

    describe("answers after the round", () => {
      const inDirWith = (data: FeedbackData | string) => {
        const inDir = mkdtempSync(path.join(tmpdir(), "crustyclaw-feedback-"));
        const dir = path.join(inDir, ROUTE_ARTIFACT);
        if (typeof data === "string") {
          mkdirSync(dir, { recursive: true });
          writeFileSync(path.join(dir, FEEDBACK_FILE), data);
        } else writeFeedback(dir, data);
        return inDir;
      };
      const agent = (result: Record<string, unknown>, summary = "Tidied up, cc @acme/team"): NodeResult => ({
        node: "address",
        stage: "feedback",
        kind: "agent",
        status: "done",
        exitCode: null,
        timedOut: false,
        durationMs: 1,
        output: summary,
        summary,
        result,
      });

      it("answers each inline comment once, with the agent's words for it made inert, else its summary", async () => {
        const run = await inReview();
        const review = await as("alice").submitReview(run.pull, {
          event: "request_changes",
          body: "Two things",
          comments: [
            { path: "hello.txt", line: 1, body: "Say hello properly" },
            { path: "hello.txt", line: 2, body: "Drop this" },
          ],
        });
        const r = await route(deps(reviewed(run, review)));
        const [first, second] = r.feedback!.comments;
        const inDir = inDirWith(r.feedback!);
        // Replies for comments the round was not given are dropped: an agent cannot pick where CrustyClaw writes.
        const results = [agent({ replies: [{ comment: first!.id, reply: "Said <b>hello</b> to @alice, see #1" }, { comment: 1, reply: "elsewhere" }] })];
        const sha = "a".repeat(40);
        for (const _ of [1, 2]) {
          expect(await answerInlineComments(bot, { pull: run.pull, inDir, results, sha })).toBeUndefined();
          if (kind === "github") {
            const posted = (await bot.listReviewComments(run.pull)).filter((c) => c.inReplyTo !== undefined);
            expect(posted.map((c) => c.inReplyTo)).toEqual([first!.id, second!.id]);
            expect(posted[0]!.body).toContain("Addressed in aaaaaaaaaaaa: Said \\<b\\>hello\\</b\\> to @\u200Balice, see \\#\u200B1");
            expect(posted[1]!.body).toContain("Addressed in aaaaaaaaaaaa: Tidied up, cc @\u200Bacme/team");
          } else {
            const posted = (await bot.listComments(run.pull)).filter((c) => c.body.includes("Addressed in"));
            expect(posted).toHaveLength(1);
            expect(posted[0]!.body).toContain("On `hello.txt` line 1, alice wrote: Say hello properly");
            expect(posted[0]!.body).toContain("On `hello.txt` line 2, alice wrote: Drop this");
            expect(posted[0]!.body).not.toContain("elsewhere");
          }
        }
      });

      it("posts nothing from a feedback file that is not one, and says why", async () => {
        const run = await inReview();
        const inDir = inDirWith(JSON.stringify({ version: 1, pull: run.pull, comments: [{ id: 1, author: "x", path: "a", side: "UP", body: "" }], followUps: [] }));
        const problem = await answerInlineComments(bot, { pull: run.pull, inDir, results: [], sha: "b".repeat(40) });
        expect(problem).toMatch(/^no answers were posted to the review's comments: crustyclaw-route\/feedback\.json is not a feedback round as the route job writes it: \/comments\/0\/side/);
      });

      it("says once per round that a round changed nothing", async () => {
        const run = await inReview();
        for (const _ of [1, 2]) await sayNoChanges(bot, { pull: run.pull, round: 1, results: [agent({}, "Nothing to do ::error::x")] });
        const said = (await bot.listComments(run.pull)).filter((c) => c.body.includes("made no changes"));
        expect(said).toHaveLength(1);
        expect(said[0]!.body).toContain("The agent said: Nothing to do ::error::x");
      });
    });
  });
}
