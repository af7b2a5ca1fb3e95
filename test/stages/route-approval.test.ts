import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planSha256, type Plan } from "../../src/agent/plan.js";
import { parseConfig } from "../../src/config/config.js";
import { createForge } from "../../src/forge/create.js";
import type { Forge } from "../../src/forge/forge.js";
import type { ForgeKind, Trigger } from "../../src/forge/types.js";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { route, type RouteDeps } from "../../src/stages/route.js";
import { newRunState, type RunState } from "../../src/stages/state.js";
import { readState, renderTracking, trackingMarker } from "../../src/stages/tracking.js";
import { mustLoad } from "../helpers/blueprints.js";
import { commitFile, expectNoViolations } from "../localforge/helpers.js";

/**
 * route() and the plan a run waits on (issue 10, item 2): what `/approve` binds and hands
 * over, and what `/reject` closes, against the local forge with an Actions job token.
 * test/e2e/plan-approval.test.ts runs the same through the compiled workflow.
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
`);
const NOW = "2024-05-01T12:00:00Z";
const PLAN: Plan = { tasks: [{ id: "one", title: "One", description: "Do one.", acceptance: ["done"], files: [], needs: [] }] };

for (const kind of ["github", "forgejo"] as ForgeKind[]) {
  describe(`route and approvals on ${kind}`, () => {
    let local: LocalForge;
    let bot: Forge;
    let revoke: () => void;
    const as = (login: string) => createForge({ kind, repo: { owner: "acme", repo: "app" }, baseUrl: local.apiUrl, token: local.token(login), throttle: false });
    const config = parseConfig("c.yml", `authorize:\n  users: [alice]\n`).config!;

    beforeAll(async () => {
      local = await startLocalForge({ flavour: kind });
      local.addUser({ login: "acme" });
      local.addUser({ login: "alice" });
      await local.addRepo({ owner: "acme", name: "app", collaborators: { alice: "write" } });
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
    async function command(issue: number, body: string): Promise<ReturnType<typeof route>> {
      const c = await as("alice").createComment(issue, body);
      return route(deps({ forge: kind, repo: { owner: "acme", repo: "app" }, actor: { login: "alice" }, kind: "comment", action: "created", issue: { number: issue, title: "t", body: "", labels: [] }, isPullRequest: false, commentId: c.id, body }));
    }
    async function withState(state: Partial<RunState>): Promise<number> {
      const { number } = await as("acme").createIssue({ title: "Gated", body: "" });
      const s: RunState = { ...newRunState("issue-to-pr", number, `crustyclaw/issue-to-pr-${number}`, ["plan", "implement"], NOW), segment: "plan", ...state };
      await bot.createComment(number, renderTracking(s, { now: NOW }));
      return number;
    }
    const tracked = async (issue: number) => readState((await bot.listComments(issue)).find((x) => x.body.startsWith(trackingMarker("issue-to-pr")))!.body)!;

    it("/approve hands the execute segment the approved plan and its hash", async () => {
      const issue = await withState({ status: "awaiting-approval", plan: PLAN, planSha256: planSha256(PLAN) });
      expect(await command(issue, "/approve")).toMatchObject({ stage: "execute", plan: { plan: PLAN, sha256: planSha256(PLAN) } });
      expect((await tracked(issue)).approval).toEqual({ by: "alice", at: NOW, sha256: planSha256(PLAN) });
    });

    it("/approve without a plan to bind starts the next segment with none", async () => {
      const issue = await withState({ status: "awaiting-approval" });
      const r = await command(issue, "/approve");
      expect(r).toMatchObject({ stage: "execute" });
      expect(r.plan).toBeUndefined();
      expect((await tracked(issue)).approval).toEqual({ by: "alice", at: NOW });
    });

    it("/reject on an escalated run closes it and its pull request, and takes the escalation label off", async () => {
      const repo = local.state.repo("acme/app")!;
      const { number: issue } = await as("acme").createIssue({ title: "Escalated", body: "", labels: ["crustyclaw:escalated"] });
      await commitFile(repo, `crustyclaw/issue-to-pr-${issue}`, "y.txt", "y\n");
      const pull = await as("alice").createPull({ title: "own", body: "", head: `crustyclaw/issue-to-pr-${issue}`, base: "main", draft: false });
      const s: RunState = { ...newRunState("issue-to-pr", issue, `crustyclaw/issue-to-pr-${issue}`, ["plan", "implement"], NOW), segment: "execute", status: "escalated", escalation: "x", pull: pull.number };
      await bot.createComment(issue, renderTracking(s, { now: NOW }));
      const rejected = await command(issue, "/reject\nwrong approach");
      expect(rejected).toMatchObject({ stage: "", issue, reason: `run on #${issue} rejected by alice` });
      // The run ended: its outcome record, for the record job, says who rejected it and why.
      expect(rejected.outcomes).toEqual([
        expect.objectContaining({ outcome: "rejected", issue, reason: "wrong approach", decisions: [expect.objectContaining({ by: "alice", what: "reject", note: "wrong approach" })] }),
      ]);
      expect(await tracked(issue)).toMatchObject({ status: "closed", rejection: { by: "alice", at: NOW, reason: "wrong approach" } });
      expect((await bot.getPull(pull.number)).state).toBe("closed");
      expect((await bot.getIssue(issue)).labels).not.toContain("crustyclaw:escalated");
    });

    it("/reject changes nothing while work is running", async () => {
      const issue = await withState({ status: "executing", segment: "execute" });
      expect((await command(issue, "/reject stop")).stage).toBe("");
      expect((await tracked(issue)).status).toBe("executing");
    });
  });
}
