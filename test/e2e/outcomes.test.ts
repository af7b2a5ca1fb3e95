import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { appendOutcome, readStore } from "../../src/outcomes/store.js";
import { sampleRecord } from "../outcomes/sample.js";
import { describeRuns, jobsOf, oneAgentBlueprint, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

const BIN = path.resolve(import.meta.dirname, "../../dist/cli/index.js");
const run = promisify(execFile);

const FAILING = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
nodes:
  - id: implement
    stage: execute
    run: |
      echo "cannot do this"
      exit 3
`;

/**
 * The outcome store through the compiled workflow: runs that end in a later workflow run
 * (a merge, `/reject`) are recorded by the record job after the route job; a run publish
 * escalates is recorded by publish itself. One branch, one chain, on both forges.
 */
for (const flavour of ["github", "forgejo"] as const) {
  describe(`outcome store on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour);
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));
    const store = () => readStore({ remote: s.local.gitUrl("acme", "app"), token: s.local.token("acme") });

    it("records a merged run and a rejected one, with who decided, in one chain that audit verify accepts", async () => {
      const merged = await s.openLabelledIssue("alice", "Say hello", "x");
      const rejected = await s.openLabelledIssue("alice", "Say hello again", "y");
      await s.settle();
      expect((await store()).tip, "nothing is recorded while a run is open").toBeUndefined();
      const pr = (await s.pulls()).find((p) => p.head.ref === `crustyclaw/issue-to-pr-${merged}`)!;
      await s.session.as("alice").mergePull(pr.number, "merge");
      const mergeRuns = await s.settle();
      expect(jobsOf(mergeRuns), describeRuns(mergeRuns)).toEqual([
        ["route", "success"],
        ["record", "success"],
      ]);

      await s.comment("alice", rejected, "/reject not needed after all");
      const rejectRuns = await s.settle();
      expect(jobsOf(rejectRuns), describeRuns(rejectRuns)).toContainEqual(["record", "success"]);

      const { records, problems } = await store();
      expect(problems).toEqual([]);
      expect(records.map((r) => [r.record.issue, r.record.outcome])).toEqual([
        [merged, "merged"],
        [rejected, "rejected"],
      ]);
      const m = records[0]!.record;
      expect(m).toMatchObject({ blueprint: "issue-to-pr", trigger: "issue", actor: "alice", pull: pr.number, files: 1, ciRounds: 0, reviewRounds: 0 });
      expect(m.blueprintSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(m.decisions).toEqual([expect.objectContaining({ by: "alice", what: "merge" })]);
      expect(m.pullAt).toBeDefined();
      expect(Object.keys(m.stageMs).sort()).toEqual(["execute", "review"]);
      const r = records[1]!.record;
      expect(r).toMatchObject({ outcome: "rejected", reason: "not needed after all" });
      expect(r.decisions).toEqual([expect.objectContaining({ by: "alice", what: "reject", note: "not needed after all" })]);
      expect(r.prev).toBe(m.hash);

      const verified = await run(process.execPath, [BIN, "audit", "verify", "--from", s.local.gitUrl("acme", "app")], { env: { ...process.env, GITHUB_TOKEN: s.local.token("acme") } });
      expect(verified.stdout).toBe(`2 records intact and chained; newest ${r.hash.slice(0, 12)}\n`);
    });
  });

  describe(`outcome store on ${flavour}: a run publish escalates`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, { blueprint: FAILING });
    });
    afterAll(() => s.session.close());

    it("is recorded by the publish job, with the cause", async () => {
      const issue = await s.openLabelledIssue("alice", "Do the impossible", "z");
      const runs = await s.settle();
      expect(jobsOf(runs).map(([j]) => j), describeRuns(runs)).not.toContain("record");
      const { records, problems } = await readStore({ remote: s.local.gitUrl("acme", "app"), token: s.local.token("acme") });
      expect(problems).toEqual([]);
      expect(records).toHaveLength(1);
      expect(records[0]!.record).toMatchObject({ issue, outcome: "escalated", cause: "failure", trigger: "issue", actor: "alice" });
      expect(records[0]!.record.reason).toContain("node 'implement' failed (exit 3)");
    });
  });

  describe(`spend caps on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, { config: "limits:\n  day: { usd: 5 }\n" });
    });
    afterAll(() => s.session.close());

    it("a repository at its daily cap: the route job starts nothing and says why, with the figures", async () => {
      const now = new Date().toISOString();
      await appendOutcome({ ...sampleRecord(90, now), usd: 7.5 }, { remote: s.local.gitUrl("acme", "app"), token: s.local.token("acme") });
      const issue = await s.openLabelledIssue("alice", "One more thing", "x");
      const runs = await s.settle();
      expect(jobsOf(runs), describeRuns(runs)).toEqual([["route", "success"]]);
      const said = (await s.comments(issue)).map((c) => c.body);
      expect(said).toEqual([expect.stringMatching(/^CrustyClaw did not start: this repository's daily spend cap is reached: \\\$7\.50 of \\\$5\.00 spent by 1 run that ended in \d{4}-\d{2}-\d{2} \\\(UTC\\\)\. Work starts again from /)]);
    });
  });

  describe(`agent budgets under spend caps on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, {
        blueprint: CAPPED_BLUEPRINT,
        config: "limits:\n  day: { tokens: 2500 }\n",
        files: { ".crustyclaw/scripts/implement.yml": CAPPED_SCRIPT },
        secrets: { CRUSTYCLAW_MODEL_API_KEY: "sk-scripted-not-a-real-key-000000" },
      });
    });
    afterAll(() => s.session.close());

    it("clips the agent's token budget to what the cap leaves, and the run escalates when that is spent", async () => {
      // 1,000 of the day's 2,500 tokens spent: the agent may spend 1,500, though its blueprint allows 100,000.
      await appendOutcome({ ...sampleRecord(91, new Date().toISOString()), tokens: 1000 }, { remote: s.local.gitUrl("acme", "app"), token: s.local.token("acme") });
      const issue = await s.openLabelledIssue("alice", "Greet", "x");
      const runs = await s.settle();
      expect(jobsOf(runs), describeRuns(runs)).toEqual([
        ["route", "success"],
        ["implement", "failure"],
        ["publish-execute", "success"],
      ]);
      const tracking = (await s.tracking(issue))!;
      // Two turns of 1,050 tokens: the second passes 1,500, and no third is asked for.
      expect(tracking).toContain("the token budget (1500, what config limits' spend caps leave) is spent (2100 used)");
      expect(await s.pulls()).toEqual([]);
    });
  });
}

const CAPPED_BLUEPRINT = oneAgentBlueprint({ tools: ["write_file", "finish"], extra: "      budget: { tokens: 100000 }\n" });

const CAPPED_SCRIPT = `model: claude-sonnet-4-5
turns:
  - tool_calls: [{ name: write_file, arguments: { path: a.txt, content: "a" } }]
    usage: { input_tokens: 1000, output_tokens: 50 }
  - tool_calls: [{ name: write_file, arguments: { path: b.txt, content: "b" } }]
    usage: { input_tokens: 1000, output_tokens: 50 }
  - tool_calls: [{ name: finish, arguments: { summary: "done" } }]
    usage: { input_tokens: 1000, output_tokens: 50 }
`;
