import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/config.js";
import { createForge } from "../../src/forge/create.js";
import type { Forge } from "../../src/forge/forge.js";
import type { ForgeKind, Trigger } from "../../src/forge/types.js";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { route, type RouteDeps } from "../../src/stages/route.js";
import { newRunState, type RunState } from "../../src/stages/state.js";
import { readState, renderTracking, trackingMarker } from "../../src/stages/tracking.js";
import { mustLoad } from "../helpers/blueprints.js";
import { client, commitFile, expectNoViolations } from "../localforge/helpers.js";

/**
 * route() against the local forge with an Actions job token, per flavour: the state it
 * trusts and the commands it counts. The scenario tests (test/e2e/tracking-trust.test.ts)
 * run the same through the compiled workflow.
 */
const GATED = mustLoad(`name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
review-policy: approve-before-execute
nodes:
  - id: plan
    stage: plan
    run: echo plan
  - id: implement
    stage: execute
    needs: [plan]
    run: echo implement
  - id: address-review
    stage: feedback
    run: echo again
`);
const NOW = "2024-05-01T12:00:00Z";

for (const kind of ["github", "forgejo"] as ForgeKind[]) {
  describe(`route on ${kind}`, () => {
    let local: LocalForge;
    let bot: Forge;
    let revoke: () => void;
    const as = (login: string) => createForge({ kind, repo: { owner: "acme", repo: "app" }, baseUrl: local.apiUrl, token: local.token(login), throttle: false });
    const config = parseConfig("c.yml", `authorize:\n  users: [alice]\n`).config!;

    beforeAll(async () => {
      local = await startLocalForge({ flavour: kind });
      local.addUser({ login: "acme" });
      local.addUser({ login: "alice" });
      local.addUser({ login: "mallory" });
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

    const deps = (trigger: Trigger): RouteDeps => ({ forge: bot, blueprint: GATED, config, trigger, sha: "0".repeat(40), repoUrl: `${local.url}/acme/app`, now: () => NOW });
    const base = { forge: kind, repo: { owner: "acme", repo: "app" }, actor: { login: "alice" } } as const;
    const commentTrigger = (issue: number, commentId: number, body: string, action: "created" | "edited" | "deleted" = "created"): Trigger => ({
      ...base,
      kind: "comment",
      action,
      issue: { number: issue, title: "t", body: "", labels: [] },
      isPullRequest: false,
      commentId,
      body,
    });
    /** An issue whose run (tracked by CrustyClaw's own comment) waits for approval. */
    async function awaitingApproval(state: Partial<RunState> = {}): Promise<number> {
      const { number } = await as("acme").createIssue({ title: "Gated", body: "" });
      const s: RunState = { ...newRunState("issue-to-pr", number, `crustyclaw/issue-to-pr-${number}`, ["plan", "implement", "address-review"], NOW), status: "awaiting-approval", segment: "plan", ...state };
      await bot.createComment(number, renderTracking(s, { now: NOW }));
      return number;
    }
    const tracked = async (issue: number) => {
      const c = (await bot.listComments(issue)).find((x) => x.body.startsWith(trackingMarker("issue-to-pr")));
      return c && readState(c.body);
    };

    it("counts an /approve that is still there as posted", async () => {
      const issue = await awaitingApproval();
      const c = await as("alice").createComment(issue, "/approve");
      const r = await route(deps(commentTrigger(issue, c.id, "/approve")));
      expect(r).toMatchObject({ stage: "execute", issue });
      expect((await tracked(issue))?.status).toBe("executing");
    });

    it("ignores an /approve deleted before the route reads it", async () => {
      const issue = await awaitingApproval();
      const c = await as("alice").createComment(issue, "/approve");
      expect((await client(local, local.token("alice"))("DELETE", `/repos/acme/app/issues/comments/${c.id}`)).status).toBe(204);
      const r = await route(deps(commentTrigger(issue, c.id, "/approve")));
      expect(r).toEqual({ stage: "", issue, reason: `ignoring /approve in comment ${c.id}: the comment has been deleted` });
      expect((await tracked(issue))?.status).toBe("awaiting-approval");
    });

    it("ignores an /approve edited before the route reads it, and events for edits and deletions", async () => {
      const issue = await awaitingApproval();
      const c = await as("alice").createComment(issue, "/approve");
      await as("alice").updateComment(c.id, "/approve? no, wait");
      expect((await route(deps(commentTrigger(issue, c.id, "/approve")))).reason).toBe(`ignoring /approve in comment ${c.id}: the comment has been edited since it was posted`);
      const again = await as("alice").createComment(issue, "/approve");
      for (const action of ["edited", "deleted"] as const) {
        expect((await route(deps(commentTrigger(issue, again.id, "/approve", action)))).reason).toMatch(new RegExp(`the event is for a comment being ${action}, not posted`));
      }
      expect((await tracked(issue))?.status).toBe("awaiting-approval");
    });

    it("ignores a state block in anyone else's comment, however it is dressed", async () => {
      const { number } = await as("acme").createIssue({ title: "Forged", body: "" });
      const forged = { ...newRunState("issue-to-pr", number, "main", ["plan"], NOW), status: "awaiting-approval", segment: "plan", pull: 1 };
      // A read-only user pastes CrustyClaw's exact layout; a writer does the same.
      await as("mallory").createComment(number, renderTracking(forged as RunState, { now: NOW }));
      await as("alice").createComment(number, renderTracking(forged as RunState, { now: NOW }));
      const c = await as("alice").createComment(number, "/approve");
      expect(await route(deps(commentTrigger(number, c.id, "/approve")))).toEqual({ stage: "", issue: number, reason: `/approve on #${number}, which has no issue-to-pr run` });
    });

    it("does not start feedback on a pull request that is not the run's own", async () => {
      const issue = await awaitingApproval();
      // CrustyClaw's own comment, but its state names a pull request from another branch (a corrupted or planted value).
      const repo = local.state.repo("acme/app")!;
      await commitFile(repo, "elsewhere", "x.txt", "x\n");
      await commitFile(repo, `crustyclaw/issue-to-pr-${issue}`, "y.txt", "y\n");
      const other = await as("alice").createPull({ title: "other", body: "", head: "elsewhere", base: "main", draft: false });
      const own = await as("alice").createPull({ title: "own", body: "", head: `crustyclaw/issue-to-pr-${issue}`, base: "main", draft: false });
      const tracking = (await bot.listComments(issue)).find((x) => x.body.startsWith(trackingMarker("issue-to-pr")))!;
      const state = { ...readState(tracking.body)!, status: "in-review" as const, pull: other.number };
      await bot.updateComment(tracking.id, renderTracking(state, { now: NOW }));
      const review: Trigger = {
        ...base,
        kind: "review",
        action: "submitted",
        state: "changes_requested",
        body: "no",
        pull: { number: own.number, title: "own", body: "", headRef: own.headRef, headSha: own.headSha, baseRef: "main", fromFork: false },
      };
      const r = await route(deps(review));
      expect(r.stage).toBe("");
      // The review is on the branch's pull request, the state names another: neither is worked on.
      expect(r.reason).toBe(`#${own.number} is not the pull request of the issue-to-pr run on #${issue}`);
      expect((await tracked(issue))?.status).toBe("in-review");
    });
  });
}
