import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ForgeError } from "../../src/forge/client.js";
import { createForge } from "../../src/forge/create.js";
import type { Forge } from "../../src/forge/forge.js";
import type { ForgeKind } from "../../src/forge/types.js";
import { ACTIONS_USER, startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { client, commitFile, expectNoViolations } from "../localforge/helpers.js";

/**
 * `Forge.enableAutoMerge` against the local forge, one flavour each (issue 10, item 3):
 * GitHub's auto-merge through GraphQL (refused on a clean pull request, which is merged at
 * once instead), Forgejo's `merge_when_checks_succeed` (201 scheduled, 200 merged, 409
 * already scheduled), the merge made when the head's checks pass, as whoever asked, and the
 * forge's refusals carried in the error.
 */
for (const kind of ["github", "forgejo"] as ForgeKind[]) {
  describe(`auto-merge on ${kind}`, () => {
    let local: LocalForge;
    let job: Forge;
    let revoke: () => void;
    let branches = 0;
    const api = () => client(local, local.token("acme"));

    beforeAll(async () => {
      local = await startLocalForge({ flavour: kind });
      local.addUser({ login: "acme" });
      local.addUser({ login: "alice" });
      await local.addRepo({ owner: "acme", name: "app", collaborators: { alice: "write" } });
      // A publish job's automatic token: contents and pull-requests write on GitHub.
      const t = local.jobToken({ repo: "acme/app", runId: 1, job: "publish", scopes: { contents: "write", "pull-requests": "write", issues: "write" } });
      revoke = t.revoke;
      job = createForge({ kind, repo: { owner: "acme", repo: "app" }, baseUrl: local.apiUrl, token: t.token, timeScale: 0.001, throttle: false });
    });
    afterAll(async () => {
      revoke();
      await local.close();
    });
    afterEach(() => expectNoViolations(local));

    /** A pull request from a new branch, opened by alice. */
    async function pull(): Promise<{ number: number; head: string }> {
      const branch = `feature-${++branches}`;
      const head = await commitFile(local.state.repo("acme/app")!, branch, `${branch}.txt`, "x\n");
      const pr = (await client(local, local.token("alice"))("POST", "/repos/acme/app/pulls", { title: branch, body: "", head: branch, base: "main" })).body as { number: number };
      return { number: pr.number, head };
    }
    const stateOf = async (n: number) => (await api()("GET", `/repos/acme/app/pulls/${n}`)).body as { state: string; merged: boolean; auto_merge?: unknown; mergeable_state?: string };
    const status = (sha: string, state: string, context = "ci") => api()("POST", `/repos/acme/app/statuses/${sha}`, { state, context });

    it("waits for a required check, then merges as the job token that asked: events that start no workflow", async () => {
      local.protectBranch("acme/app", "main", { requiredChecks: ["ci"] });
      local.setAllowAutoMerge("acme/app", true);
      const pr = await pull();
      expect(await job.enableAutoMerge(pr.number, { method: "squash", headSha: pr.head })).toBe("scheduled");
      if (kind === "github") expect(await stateOf(pr.number)).toMatchObject({ mergeable_state: "blocked", auto_merge: { merge_method: "squash" } });
      // Another context passing is not the required one.
      await status(pr.head, "success", "lint");
      expect((await stateOf(pr.number)).merged).toBe(false);
      await status(pr.head, "pending");
      expect((await stateOf(pr.number)).merged).toBe(false);
      await status(pr.head, "success");
      expect(await stateOf(pr.number)).toMatchObject({ state: "closed", merged: true });
      const closed = local.events.list.find((e) => e.type === "pull_request" && e.action === "closed" && e.pull === pr.number)!;
      expect([closed.sender, closed.byJobToken]).toEqual([ACTIONS_USER[kind].login, true]);
    });

    it("merges at once when the checks have already passed", async () => {
      local.protectBranch("acme/app", "main", { requiredChecks: ["ci"] });
      const pr = await pull();
      await status(pr.head, "success");
      // GitHub refuses auto-merge on a clean pull request ("in clean status"): it is merged by REST instead.
      expect(await job.enableAutoMerge(pr.number, { method: "merge", headSha: pr.head })).toBe("merged");
      expect((await stateOf(pr.number)).merged).toBe(true);
    });

    it("keeps an earlier request: asking again is not an error", async () => {
      local.protectBranch("acme/app", "main", { requiredChecks: ["ci"] });
      const pr = await pull();
      expect(await job.enableAutoMerge(pr.number, { method: "squash", headSha: pr.head })).toBe("scheduled");
      expect(await job.enableAutoMerge(pr.number, { method: "squash", headSha: pr.head })).toBe("scheduled");
    });

    it("carries the forge's reason when it refuses", async () => {
      const pr = await pull();
      if (kind === "github") {
        local.protectBranch("acme/app", "main", { requiredChecks: ["ci"] });
        local.setAllowAutoMerge("acme/app", false);
        const err = await job.enableAutoMerge(pr.number, { method: "squash", headSha: pr.head }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ForgeError);
        expect((err as Error).message).toBe(`enable auto-merge on pull request #${pr.number}: Pull request Auto merge is not allowed for this repository`);
        local.setAllowAutoMerge("acme/app", true);
        // A non-required check pending: GitHub will neither merge it now nor enable auto-merge.
        local.protectBranch("acme/app", "main", {});
        await status(pr.head, "pending", "lint");
        await expect(job.enableAutoMerge(pr.number, { method: "squash", headSha: pr.head })).rejects.toThrow(/Pull request Pull request is in unstable status/);
      } else {
        local.protectBranch("acme/app", "main", { requiredChecks: ["ci"], mergers: ["alice"] });
        await expect(job.enableAutoMerge(pr.number, { method: "squash", headSha: pr.head })).rejects.toThrow(/HTTP 405: User not allowed to merge PR/);
      }
      expect((await stateOf(pr.number)).merged).toBe(false);
    });

    it("refuses a direct merge that protection does not allow yet, naming what is missing", async () => {
      local.protectBranch("acme/app", "main", { requiredChecks: ["ci"], requiredApprovals: 1 });
      const pr = await pull();
      const merge = await client(local, local.token("alice"))(kind === "github" ? "PUT" : "POST", `/repos/acme/app/pulls/${pr.number}/merge`, kind === "github" ? { merge_method: "merge" } : { Do: "merge" });
      expect(merge.status).toBe(405);
      expect((merge.body as { message: string }).message).toBe(
        kind === "github" ? 'Required status check "ci" is expected.' : 'not allowed to merge [reason: Required status check "ci" is expected. At least 1 approving review is required by reviewers with write access.]',
      );
    });

    if (kind === "github") {
      it("serves GraphQL for that one mutation, and says so for anything else", async () => {
        const res = await fetch(`${local.url}/api/graphql`, {
          method: "POST",
          headers: { authorization: `token ${local.token("acme")}`, "content-type": "application/json" },
          body: JSON.stringify({ query: "query { viewer { login } }" }),
        });
        expect(res.status).toBe(200);
        expect(((await res.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toContain("serves one document");
      });
    }
  });
}
