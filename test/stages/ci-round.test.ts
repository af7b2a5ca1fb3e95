import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { taskMessage } from "../../src/agent/prompt.js";
import { parseConfig } from "../../src/config/config.js";
import { createForge } from "../../src/forge/create.js";
import type { Forge } from "../../src/forge/forge.js";
import type { ForgeKind, Trigger } from "../../src/forge/types.js";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { logTail, MAX_CI_LOG_BYTES, readFeedback, writeFeedback } from "../../src/stages/feedback-data.js";
import { route, type RouteDeps } from "../../src/stages/route.js";
import { newRunState, type RunState } from "../../src/stages/state.js";
import { readState, renderTracking, trackingMarker } from "../../src/stages/tracking.js";
import { mustLoad } from "../helpers/blueprints.js";
import { commitFile, expectNoViolations } from "../localforge/helpers.js";

/**
 * CI rounds against the local forge with a route job token, per flavour: a failing check on
 * the run's pull request head starts a feedback round given the failing checks (GitHub: the
 * job's log tail; Forgejo: the status's description and link), within `ci-rounds`.
 */
const BLUEPRINT = mustLoad(`name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
  command: /claw
budgets: { ci-rounds: 2 }
nodes:
  - id: implement
    stage: execute
    run: echo implement
  - id: address
    stage: feedback
    run: echo again
`);
const NOW = "2024-05-01T12:00:00Z";

describe("logTail", () => {
  it("keeps the end of a long log within the byte budget, from a line start, saying what was cut", () => {
    const log = `${"noise line\n".repeat(2000)}Error: expected 2, got 3\n`;
    const tail = logTail(log);
    expect(Buffer.byteLength(tail)).toBeLessThanOrEqual(MAX_CI_LOG_BYTES + 100);
    expect(tail).toMatch(/^\[… the first \d+ bytes of the log cut\]\nnoise line\n/);
    expect(tail.endsWith("Error: expected 2, got 3\n")).toBe(true);
    expect(logTail("short")).toBe("short");
  });
});

for (const kind of ["github", "forgejo"] as ForgeKind[]) {
  describe(`CI rounds on ${kind}`, () => {
    let local: LocalForge;
    let bot: Forge;
    let revoke: () => void;
    const as = (login: string) => createForge({ kind, repo: { owner: "acme", repo: "app" }, baseUrl: local.apiUrl, token: local.token(login), throttle: false });
    const config = parseConfig("c.yml", `authorize:\n  users: [alice]\n`).config!;
    const logs = mkdtempSync(path.join(tmpdir(), "ci-round-"));

    beforeAll(async () => {
      local = await startLocalForge({ flavour: kind });
      for (const login of ["acme", "alice"]) local.addUser({ login });
      await local.addRepo({ owner: "acme", name: "app", collaborators: { alice: "write" } });
      const scopes = { issues: "write", "pull-requests": "write", contents: "read", checks: "read", statuses: "read", actions: "read" } as const;
      const job = local.jobToken({ repo: "acme/app", runId: 1, job: "route", ...(kind === "github" ? { scopes } : {}) });
      revoke = job.revoke;
      bot = createForge({ kind, repo: { owner: "acme", repo: "app" }, baseUrl: local.apiUrl, token: job.token, throttle: false });
    });
    afterAll(async () => {
      expectNoViolations(local);
      revoke();
      await local.close();
    });

    const deps = (trigger: Trigger): RouteDeps => ({ forge: bot, blueprint: BLUEPRINT, config, trigger, sha: "0".repeat(40), repoUrl: `${local.url}/acme/app`, now: () => NOW, secrets: ["s3cr3t-t0ken-value"] });
    const botComments = async (issue: number) => bot.listComments(issue);
    const tracked = async (issue: number) => readState((await bot.listComments(issue)).find((c) => c.body.startsWith(trackingMarker("issue-to-pr")))!.body)!;
    const setState = async (issue: number, patch: Partial<RunState>) => {
      const c = (await bot.listComments(issue)).find((x) => x.body.startsWith(trackingMarker("issue-to-pr")))!;
      await bot.updateComment(c.id, renderTracking({ ...readState(c.body)!, ...patch }, { now: NOW }));
    };

    async function inReview(): Promise<{ issue: number; pull: number; branch: string; sha: string }> {
      const { number: issue } = await as("acme").createIssue({ title: "Greet", body: "" });
      const branch = `crustyclaw/issue-to-pr-${issue}`;
      const sha = await commitFile(local.state.repo("acme/app")!, branch, "hello.txt", "hello\n");
      const pr = await as("acme").createPull({ title: "Greet", body: "", head: branch, base: "main", draft: false });
      const s: RunState = { ...newRunState("issue-to-pr", issue, branch, ["implement", "address"], NOW), status: "in-review", segment: "execute", pull: pr.number };
      await bot.createComment(issue, renderTracking(s, { now: NOW }));
      return { issue, pull: pr.number, branch, sha };
    }

    /** CI fails on `sha`: GitHub an Actions job's check run with its log; Forgejo a commit status. */
    async function fail(sha: string, text: string): Promise<void> {
      if (kind === "github") {
        const logFile = path.join(logs, `${sha}.log`);
        writeFileSync(logFile, `##[group]Run npm test\n${"ok\n".repeat(5000)}token s3cr3t-t0ken-value\n${text}\n##[error]Process completed with exit code 1.\n`);
        const repo = local.state.repo("acme/app")!;
        const id = local.state.nextId();
        repo.checkRuns.set(id, { id, headSha: sha, name: "test", status: "completed", conclusion: "failure", detailsUrl: "http://ci/run/1", externalId: "1", title: null, summary: null, text: null, startedAt: NOW, completedAt: NOW, logFile });
      } else {
        const res = await fetch(`${local.apiUrl}/repos/acme/app/statuses/${sha}`, {
          method: "POST",
          headers: { authorization: `token ${local.token("alice")}`, "content-type": "application/json" },
          body: JSON.stringify({ state: "failure", context: "CI / test (push)", description: text, target_url: "http://ci/run/1" }),
        });
        expect(res.status).toBe(201);
      }
    }

    const ciFailed = (run: { pull: number; branch: string }, sha: string): Trigger => ({
      forge: kind,
      repo: { owner: "acme", repo: "app" },
      actor: { login: "alice" },
      kind: "ci",
      source: "workflow_run",
      conclusion: "failure",
      sha,
      pulls: [],
      name: "CI",
      branch: run.branch,
    });

    it("gives the round the failing checks, counts it against ci-rounds, and escalates past the budget", async () => {
      const run = await inReview();
      await fail(run.sha, "Error: expected 2, got 3");
      const r = await route(deps(ciFailed(run, run.sha)));
      expect(r).toMatchObject({ stage: "feedback", issue: run.issue, ref: run.sha });
      expect(r.feedback?.ci?.sha).toBe(run.sha);
      const [check] = r.feedback!.ci!.checks;
      if (kind === "github") {
        expect(check).toMatchObject({ name: "test", conclusion: "failure", url: "http://ci/run/1" });
        expect(check!.log).toContain("Error: expected 2, got 3");
        expect(check!.log).toMatch(/^\[… the first \d+ bytes of the log cut\]/);
        expect(check!.log).not.toContain("s3cr3t-t0ken-value");
      } else {
        expect(check).toEqual({ name: "CI / test (push)", conclusion: "failure", url: "http://ci/run/1", description: "Error: expected 2, got 3" });
      }
      // What the work jobs read back passes the schema, and the agent's first message carries it.
      const dir = mkdtempSync(path.join(tmpdir(), "fb-"));
      writeFeedback(dir, r.feedback!);
      const read = readFeedback(path.join(dir, "feedback.json"));
      expect(read.problem).toBeUndefined();
      expect(taskMessage({ previous: [], feedback: read.data! })).toContain("Error: expected 2, got 3");
      expect(await tracked(run.issue)).toMatchObject({ status: "executing", ciRounds: 1 });

      // A result for a commit that is no longer the head starts nothing.
      await setState(run.issue, { status: "in-review" });
      const newer = await commitFile(local.state.repo("acme/app")!, run.branch, "hello.txt", "hello again\n", run.branch);
      const stale = await route(deps(ciFailed(run, run.sha)));
      expect(stale.stage).toBe("");
      expect(stale.reason).toContain("no longer the head");

      await fail(newer, "Error: still wrong");
      expect(await route(deps(ciFailed(run, newer)))).toMatchObject({ stage: "feedback" });
      expect(await tracked(run.issue)).toMatchObject({ status: "executing", ciRounds: 2 });

      // Past the budget: escalated, nothing started.
      await setState(run.issue, { status: "in-review" });
      const third = await commitFile(local.state.repo("acme/app")!, run.branch, "hello.txt", "third\n", run.branch);
      await fail(third, "Error: third time");
      expect((await route(deps(ciFailed(run, third)))).stage).toBe("");
      expect(await tracked(run.issue)).toMatchObject({ status: "escalated", ciRounds: 2, escalation: "the CI-round budget (2) is spent" });
    });

    it("lets CI on a run's own branch by an unlisted bot continue that run only, never start one", async () => {
      const { number: issue } = await as("acme").createIssue({ title: "No run", body: "" });
      const branch = `crustyclaw/issue-to-pr-${issue}`;
      const sha = await commitFile(local.state.repo("acme/app")!, branch, "hello.txt", "x\n");
      const byBot: Trigger = { ...ciFailed({ pull: 0, branch }, sha), actor: { login: "ci-bot", type: "Bot" } } as Trigger;
      const r = await route(deps(byBot));
      expect(r).toEqual({ stage: "", issue, reason: "not authorised: ci-bot is a bot account and is not listed in authorize.bots" });
      expect((await botComments(issue)).length).toBe(0);

      // The same bot's CI on the head of a run's own pull request starts its round.
      const run = await inReview();
      await fail(run.sha, "Error: from the bot's CI");
      const round = await route(deps({ ...ciFailed(run, run.sha), actor: { login: "ci-bot", type: "Bot" } } as Trigger));
      expect(round).toMatchObject({ stage: "feedback", issue: run.issue });
    });

    it("starts nothing for passing CI", async () => {
      const run = await inReview();
      const r = await route(deps({ ...ciFailed(run, run.sha), conclusion: "success" } as Trigger));
      expect(r.stage).toBe("");
      expect(await tracked(run.issue)).toMatchObject({ status: "in-review", ciRounds: 0 });
    });
  });
}
