import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/forge/client.js";
import { createForge } from "../../src/forge/create.js";
import { findMarkedComment, selfLogin, UnknownIdentityError, type Forge } from "../../src/forge/forge.js";
import { ForgejoForge } from "../../src/forge/forgejo.js";
import type { ForgeKind, Trigger } from "../../src/forge/types.js";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { authorize } from "../../src/policy/authorize.js";
import { client, commitFile, expectNoViolations } from "../localforge/helpers.js";

/**
 * The Forge implementations against the local forge, one flavour each: the same
 * test, so every difference between the forges is the implementation's job.
 */
for (const kind of ["github", "forgejo"] as ForgeKind[]) {
  describe(`${kind} forge against the local forge`, () => {
    let local: LocalForge;
    let forge: Forge;
    let adminToken: string;
    const forgeFor = (token: string) =>
      // GitHub's one-write-per-second throttle is the plugin's business, not under test here.
      createForge({ kind, repo: { owner: "acme", repo: "app" }, baseUrl: local.apiUrl, token, timeScale: 0.001, throttle: false });

    beforeAll(async () => {
      local = await startLocalForge({ flavour: kind });
      local.addUser({ login: "acme" });
      local.addUser({ login: "writer" });
      local.addUser({ login: "reader" });
      local.addUser({ login: "x[bot]" });
      local.addUser({ login: "automation" });
      local.addUser({ login: "deploy-bot", type: "Bot" });
      await local.addRepo({ owner: "acme", name: "app", collaborators: { automation: "write", writer: "write", reader: "read", "x[bot]": "read", "deploy-bot": "write" } });
      adminToken = local.token("acme");
      // Like a workflow's automatic token: write access, not an admin, not the actor.
      forge = forgeFor(local.token("automation"));
      await client(local, adminToken)("POST", "/repos/acme/app/issues", { title: "Add a thing", body: "Please" });
    });
    afterAll(() => local.close());
    afterEach(() => {
      expectNoViolations(local);
    });

    it("reads issues and keeps one marked comment updated in place", async () => {
      const issue = await forge.getIssue(1);
      expect(issue).toMatchObject({ number: 1, title: "Add a thing", body: "Please", author: "acme", isPullRequest: false });
      const marker = "<!-- crustyclaw:tracking t -->";
      expect(await findMarkedComment(forge, 1, marker, "automation")).toBeUndefined();
      const created = await forge.createComment(1, `${marker}\nfirst`);
      await forge.createComment(1, "an unrelated comment");
      const found = await findMarkedComment(forge, 1, marker, "automation");
      expect(found?.id).toBe(created.id);
      await forge.updateComment(created.id, `${marker}\nsecond`);
      const comments = await forge.listComments(1);
      expect(comments.filter((c) => c.body.includes(marker)).map((c) => c.body)).toEqual([`${marker}\nsecond`]);
      await forge.addReaction({ issue: 1 }, "eyes");
      await forge.addReaction({ comment: created.id }, "rocket");
    });

    it("finds only the first marked comment CrustyClaw wrote, with the marker first", async () => {
      const { number } = (await client(local, adminToken)("POST", "/repos/acme/app/issues", { title: "Marked", body: "" })).body as { number: number };
      const marker = "<!-- crustyclaw:tracking m -->";
      const writer = forgeFor(local.token("writer"));
      await writer.createComment(number, `${marker}\nforged by a writer`);
      await forge.createComment(number, `quoting: ${marker}`);
      const mine = await forge.createComment(number, `${marker}\nmine`);
      await forge.createComment(number, `${marker}\na later copy`);
      expect((await findMarkedComment(forge, number, marker, await selfLogin(forge)))?.id).toBe(mine.id);
      // Logins are case-insensitive on both forges.
      expect((await findMarkedComment(forge, number, marker, "Automation"))?.id).toBe(mine.id);
      await expect(findMarkedComment(forge, number, marker, "")).rejects.toThrow(UnknownIdentityError);
    });

    it("reads one comment as it is now: edited, deleted, or a timeline event", async () => {
      const c = await forge.createComment(1, "/approve");
      const fresh = await forge.getComment(c.id);
      expect(fresh).toMatchObject({ id: c.id, body: "/approve", author: "automation" });
      expect(fresh!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(fresh!.updatedAt).toBe(fresh!.createdAt);
      await forge.updateComment(c.id, "/approve, but edited");
      expect((await forge.getComment(c.id))?.body).toBe("/approve, but edited");
      const admin = client(local, adminToken);
      expect((await admin("DELETE", `/repos/acme/app/issues/comments/${c.id}`)).status).toBe(204);
      expect(await forge.getComment(c.id)).toBeUndefined();
    });

    it("knows which account its comments carry, or refuses to guess", async () => {
      expect(await selfLogin(forge)).toBe("automation");
      const job = local.jobToken({ repo: "acme/app", runId: 1, job: "route", ...(kind === "github" ? { scopes: { issues: "write" } } : {}) });
      try {
        // GitHub's job token may not read /user: its comments are github-actions[bot]'s. Forgejo's answers as forgejo-actions.
        expect(await selfLogin(forgeFor(job.token))).toBe(kind === "github" ? "github-actions[bot]" : "forgejo-actions");
      } finally {
        job.revoke();
      }
      if (kind === "forgejo") {
        // A Forgejo token that may not read /user (a personal token without read:user): no guess.
        class NoUser extends ForgejoForge {
          override async getSelfLogin() {
            return undefined;
          }
        }
        const blind = new NoUser(createClient({ baseUrl: local.apiUrl, token: local.token("automation"), throttle: false }), { owner: "acme", repo: "app" });
        await expect(selfLogin(blind)).rejects.toThrow(/cannot tell which account the token acts as/);
      }
    });

    it("adds labels by name, creating missing ones, and removes them", async () => {
      await forge.addLabels(1, ["crustyclaw", "crustyclaw:escalated"]);
      expect((await forge.getIssue(1)).labels.sort()).toEqual(["crustyclaw", "crustyclaw:escalated"]);
      await forge.removeLabel(1, "crustyclaw:escalated");
      await forge.removeLabel(1, "never-existed");
      expect((await forge.getIssue(1)).labels).toEqual(["crustyclaw"]);
    });

    it("opens a draft pull request the forge's way and finds it by branch", async () => {
      const repo = local.state.repo("acme/app")!;
      const sha = await commitFile(repo, "crustyclaw/t-1", "thing.txt", "thing\n");
      expect(await forge.getBranchSha("crustyclaw/t-1")).toBe(sha);
      expect(await forge.getBranchSha("no/such/branch")).toBeUndefined();
      expect(await forge.findPullByHead("crustyclaw/t-1")).toBeUndefined();
      const pr = await forge.createPull({ title: "Add a thing", body: "Closes #1", head: "crustyclaw/t-1", base: "main", draft: true });
      expect(pr.draft).toBe(true);
      expect(pr.title).toBe(kind === "github" ? "Add a thing" : "WIP: Add a thing");
      expect(pr).toMatchObject({ headRef: "crustyclaw/t-1", headSha: sha, baseRef: "main", state: "open" });
      expect((await forge.findPullByHead("crustyclaw/t-1"))?.number).toBe(pr.number);
      const updated = await forge.updatePull(pr.number, { body: "Closes #1\n\nUpdated" });
      expect(updated.body).toBe("Closes #1\n\nUpdated");
      await forge.requestReviewers(pr.number, ["acme"]);
    });

    it("reads reviews and their comments, whatever the forge's review model", async () => {
      const pr = (await forge.findPullByHead("crustyclaw/t-1"))!;
      const admin = client(local, adminToken);
      const event = kind === "github" ? "REQUEST_CHANGES" : "REQUEST_CHANGES";
      const r = await admin("POST", `/repos/acme/app/pulls/${pr.number}/reviews`, {
        event,
        body: "Needs a test",
        comments: [{ path: "thing.txt", body: "Rename this", ...(kind === "github" ? { line: 1 } : { new_position: 1 }) }],
      });
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
      const reviews = await forge.listReviews(pr.number);
      expect(reviews.find((x) => x.author === "acme" && x.state === "changes_requested")?.body).toBe("Needs a test");
      const comments = await forge.listReviewComments(pr.number);
      expect(comments).toEqual([expect.objectContaining({ author: "acme", body: "Rename this", path: "thing.txt", line: 1, side: "RIGHT" })]);
    });

    it("reads one review's inline comments with their line and side, and answers them the forge's way", async () => {
      // A pull request that changes a line: the old one is on the left side of its diff, the new one on the right.
      const repo = local.state.repo("acme/app")!;
      await commitFile(repo, "sides-base", "old.txt", "a\nb\n");
      await commitFile(repo, "sides", "old.txt", "a\nB\n", "sides-base");
      const pr = await forge.createPull({ title: "Sides", body: "", head: "sides", base: "sides-base", draft: false });
      const admin = client(local, adminToken);
      // GitHub names the side; Forgejo puts an old-side line in old_position.
      const comments = kind === "github"
        ? [{ path: "old.txt", line: 2, side: "LEFT", body: "Was this needed?" }, { path: "old.txt", line: 2, body: "Say more" }]
        : [{ path: "old.txt", old_position: 2, body: "Was this needed?" }, { path: "old.txt", new_position: 2, body: "Say more" }];
      const r = await admin("POST", `/repos/acme/app/pulls/${pr.number}/reviews`, { event: "COMMENT", body: "", comments });
      expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
      const id = (r.body as { id: number }).id;
      const mine = await forge.listReviewCommentsOf(pr.number, id);
      expect(mine).toEqual([
        expect.objectContaining({ reviewId: id, author: "acme", path: "old.txt", line: 2, side: "LEFT", body: "Was this needed?" }),
        expect.objectContaining({ reviewId: id, author: "acme", path: "old.txt", line: 2, side: "RIGHT", body: "Say more" }),
      ]);
      await forge.replyToReviewComments(pr.number, mine.map((c) => ({ commentId: c.id, location: `On ${c.side} line ${c.line}`, body: `Answer to ${c.id}` })));
      if (kind === "github") {
        // In each comment's thread.
        const replies = (await forge.listReviewComments(pr.number)).filter((c) => c.inReplyTo !== undefined);
        expect(replies.map((c) => [c.inReplyTo, c.body, c.author])).toEqual(mine.map((c) => [c.id, `Answer to ${c.id}`, "automation"]));
      } else {
        // No thread replies in Forgejo's API: one comment quoting each location.
        const posted = (await forge.listComments(pr.number)).filter((c) => c.body.includes("Answer to"));
        expect(posted.map((c) => c.body)).toEqual([`On LEFT line 2\n\nAnswer to ${mine[0]!.id}\n\n---\n\nOn RIGHT line 2\n\nAnswer to ${mine[1]!.id}`]);
      }
    });

    it("reads CI results from commit statuses", async () => {
      const pr = (await forge.findPullByHead("crustyclaw/t-1"))!;
      const admin = client(local, adminToken);
      await admin("POST", `/repos/acme/app/statuses/${pr.headSha}`, { state: "failure", context: "CI / test", target_url: "http://ci/1" });
      expect(await forge.listChecks(pr.headSha)).toEqual([{ name: "CI / test", state: "failure", conclusion: "failure", url: "http://ci/1" }]);
    });

    it("reads permissions, and reports unknown where the token may not ask", async () => {
      const asAdmin = forgeFor(adminToken);
      expect(await asAdmin.getPermission("writer")).toBe("write");
      expect(await asAdmin.getPermission("reader")).toBe("read");
      expect(await asAdmin.getPermission("acme")).toBe("admin");
      // A write token asking about someone else: GitHub answers, Forgejo refuses (403).
      expect(await forge.getPermission("reader")).toBe(kind === "github" ? "read" : "unknown");
    });

    describe("authorisation", () => {
      const issueTrigger = (login: string, type?: "User" | "Bot"): Trigger => ({
        forge: kind,
        repo: { owner: "acme", repo: "app" },
        actor: { login, ...(type ? { type } : {}) },
        kind: "issue",
        action: "labeled",
        issue: { number: 1, title: "t", body: "", labels: ["crustyclaw"] },
      });
      const policy = { authorize: { users: [] as string[], bots: [] as string[] }, rules: [], blueprint: "issue-to-pr" };
      const listing = (a: { users: string[]; bots: string[] }) => ({ ...policy, authorize: a });
      const asAdmin = () => forgeFor(adminToken);

      it("allows a writer and refuses a read-only user", async () => {
        expect(await authorize(issueTrigger("writer"), asAdmin(), policy)).toMatchObject({ allowed: true });
        const d = await authorize(issueTrigger("reader"), asAdmin(), policy);
        expect(d).toMatchObject({ allowed: false, why: "reader has read access; starting an agent needs write access" });
      });

      it("refuses a bot unless listed, judging by account type, not by a [bot] name", async () => {
        const bot = kind === "github" ? issueTrigger("deploy-bot", "Bot") : issueTrigger("deploy-bot");
        if (kind === "github") {
          expect(await authorize(bot, asAdmin(), policy)).toMatchObject({ allowed: false, silent: true });
          expect(await authorize(bot, asAdmin(), listing({ users: [], bots: ["deploy-bot"] }))).toMatchObject({ allowed: true });
        }
        // `x[bot]` is a User with read access: refused for its access, not its name.
        const named = await authorize(issueTrigger("x[bot]"), asAdmin(), policy);
        expect(named).toMatchObject({ allowed: false, why: "x[bot] has read access; starting an agent needs write access" });
      });

      it("refuses fork pull requests whoever the author", async () => {
        const trigger: Trigger = {
          forge: kind,
          repo: { owner: "acme", repo: "app" },
          actor: { login: "writer" },
          kind: "pull_request",
          action: "opened",
          merged: false,
          pull: { number: 9, title: "t", body: "", headRef: "main", headSha: "0".repeat(40), baseRef: "main", fromFork: true },
        } as Trigger;
        expect(await authorize(trigger, asAdmin(), policy)).toMatchObject({ allowed: false, why: expect.stringContaining("fork") });
      });

      it("fails closed where the permission cannot be read, and explains the fallback", async () => {
        const d = await authorize(issueTrigger("writer"), forge, policy);
        if (kind === "github") expect(d.allowed).toBe(true);
        else {
          expect(d).toMatchObject({ allowed: false, why: expect.stringContaining("authorize.users") });
          expect(await authorize(issueTrigger("writer"), forge, listing({ users: ["writer"], bots: [] }))).toMatchObject({ allowed: true });
        }
      });
    });

    it("survives one 503 and one 429 on every route it uses", async () => {
      local.faults.add({ route: "*", status: 503, times: 1 });
      local.faults.add({ route: "*", status: 429, times: 1, retryAfter: 1 });
      const c = await forge.createComment(1, "after faults");
      expect(c.body).toBe("after faults");
      expect((await forge.getIssue(1)).number).toBe(1);
    });

    it("reads drafts and dismissed reviews as the forge means them", async () => {
      await commitFile(local.state.repo("acme/app")!, "wip-case", "w.txt", "w\n");
      const writer = forgeFor(local.token("writer"));
      // Forgejo has no draft flag: any case of `WIP:` or `[WIP]` opening the title makes a draft (WORK_IN_PROGRESS_PREFIXES).
      const pull = await writer.createPull({ title: kind === "forgejo" ? "[wip] tidy" : "tidy", body: "", head: "wip-case", base: "main", draft: kind === "github" });
      expect((await forge.getPull(pull.number)).draft).toBe(true);
      await forgeFor(adminToken).submitReview(pull.number, { event: "approve", body: "ok", comments: [] });
      const record = [...local.state.repo("acme/app")!.reviews.values()].find((r) => r.number === pull.number)!;
      expect((await forge.listReviews(pull.number)).map((r) => r.state)).toEqual(["approved"]);
      if (kind === "forgejo") {
        // A dismissed approval keeps state APPROVED with `dismissed: true`: it approves nothing.
        record.dismissed = true;
        expect((await forge.listReviews(pull.number)).map((r) => r.state)).toEqual(["dismissed"]);
      }
    });
  });
}
