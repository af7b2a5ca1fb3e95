import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/config.js";
import { createForge } from "../../src/forge/create.js";
import type { Forge } from "../../src/forge/forge.js";
import type { ForgeKind, Trigger } from "../../src/forge/types.js";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { chained, GENESIS, type OutcomeRecord } from "../../src/outcomes/record.js";
import { spendBetween } from "../../src/outcomes/spend.js";
import { appendOutcome, readStore } from "../../src/outcomes/store.js";
import { capReached, spendLeft } from "../../src/stages/limits.js";
import { route } from "../../src/stages/route.js";
import { mustLoad } from "../helpers/blueprints.js";
import { sampleRecord } from "../outcomes/sample.js";

const BLUEPRINT = mustLoad(`name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
nodes:
  - id: implement
    stage: execute
    run: echo hi
`);

const record = (n: number, at: string, usd: number, tokens: number, blueprint = "issue-to-pr") => ({ ...sampleRecord(n, at), blueprint, run: `${blueprint}#${n}@x`, usd, tokens });

describe("spend", () => {
  it("counts what each record added to its run, in the period, per blueprint", () => {
    const records: OutcomeRecord[] = [];
    const add = (r: Omit<OutcomeRecord, "prev" | "hash">) => records.push(chained(r, records.at(-1)?.hash ?? GENESIS));
    add(record(1, "2026-12-01T23:00:00.000Z", 2, 100)); // yesterday
    add(record(1, "2026-12-02T01:00:00.000Z", 3, 150)); // the same run again today: +1, +50
    add(record(2, "2026-12-02T02:00:00.000Z", 4, 400));
    add(record(3, "2026-12-02T03:00:00.000Z", 1, 10, "review-pr"));
    expect(spendBetween(records, "2026-12-02T00:00:00Z", "2026-12-03T00:00:00Z")).toEqual({ usd: 6, tokens: 460, runs: 3 });
    expect(spendBetween(records, "2026-12-02T00:00:00Z", "2026-12-03T00:00:00Z", "issue-to-pr")).toEqual({ usd: 5, tokens: 450, runs: 2 });
    expect(spendBetween(records, "2026-12-01T00:00:00Z", "2027-01-01T00:00:00Z")).toEqual({ usd: 8, tokens: 560, runs: 3 });
  });

  it("names the cap reached with the figures: repository, blueprint, tokens, month", () => {
    const records = [chained(record(1, "2026-12-02T01:00:00.000Z", 6, 5000), GENESIS)];
    const limits = (text: string) => parseConfig("c.yml", text).config!.limits;
    const now = "2026-12-02T10:00:00.000Z";
    expect(capReached(limits("limits:\n  day: { usd: 5 }\n"), "issue-to-pr", records, now)).toBe(
      "this repository's daily spend cap is reached: $6.00 of $5.00 spent by 1 run that ended in 2026-12-02 (UTC). Work starts again from 2026-12-03 00:00 UTC, or raise limits.day in .crustyclaw/config.yml",
    );
    expect(capReached(limits("limits:\n  day: { usd: 7 }\n"), "issue-to-pr", records, now)).toBeUndefined();
    expect(capReached(limits("limits:\n  blueprints:\n    issue-to-pr: { month: { tokens: 4000 } }\n"), "issue-to-pr", records, now)).toMatch(
      /^the issue-to-pr blueprint's monthly spend cap is reached: 5000 of 4000 tokens .* in 2026-12 \(UTC\)\. Work starts again from 2027-01-01 00:00 UTC, or raise limits\.blueprints\.issue-to-pr\.month/,
    );
    expect(capReached(limits("limits:\n  blueprints:\n    review-pr: { day: { usd: 1 } }\n"), "issue-to-pr", records, now)).toBeUndefined();
    expect(capReached(limits("limits:\n  day: { usd: 5 }\n"), "issue-to-pr", records, "2026-12-03T00:00:00.000Z")).toBeUndefined();
  });

  it("says what the tightest caps leave, for clipping agents' budgets", () => {
    const records = [chained(record(1, "2026-12-02T01:00:00.000Z", 6, 5000), GENESIS)];
    const limits = (text: string) => parseConfig("c.yml", text).config!.limits;
    const now = "2026-12-02T10:00:00.000Z";
    expect(spendLeft(limits("limits:\n  day: { usd: 10, tokens: 9000 }\n  month: { usd: 8 }\n"), "issue-to-pr", records, now)).toEqual({ usd: 2, tokens: 4000 });
    expect(spendLeft(limits("limits:\n  blueprints:\n    issue-to-pr: { day: { tokens: 6000 } }\n"), "issue-to-pr", records, now)).toEqual({ tokens: 1000 });
    // Nothing is ever less than none left.
    expect(spendLeft(limits("limits:\n  day: { usd: 1 }\n"), "issue-to-pr", records, now)).toEqual({ usd: 0 });
    expect(spendLeft(limits("limits:\n  blueprints:\n    review-pr: { day: { usd: 1 } }\n"), "issue-to-pr", records, now)).toEqual({});
  });

  it("rejects a cap that is not a number, with where", () => {
    const { problems } = parseConfig("c.yml", "limits:\n  day: { usd: lots }\n");
    expect(problems[0]).toMatchObject({ file: "c.yml", line: 2 });
  });
});

for (const kind of ["github", "forgejo"] as ForgeKind[]) {
  describe(`route at a spend cap on ${kind}`, () => {
    let local: LocalForge;
    let bot: Forge;
    const remote = () => local.gitUrl("acme", "app");
    beforeAll(async () => {
      local = await startLocalForge({ flavour: kind });
      for (const login of ["acme", "alice"]) local.addUser({ login });
      await local.addRepo({ owner: "acme", name: "app", collaborators: { alice: "write" } });
      bot = createForge({ kind, repo: { owner: "acme", repo: "app" }, baseUrl: local.apiUrl, token: local.token("acme"), throttle: false });
      // Runs that ended this morning spent $6.
      await appendOutcome(record(100, "2026-12-02T08:00:00.000Z", 6, 1000), { remote: remote(), token: local.token("acme") });
    });
    afterAll(() => local.close());

    it("refuses with the figures while the day's cap is spent, and runs the next day", async () => {
      const config = parseConfig("c.yml", "authorize:\n  users: [alice]\nlimits:\n  day: { usd: 5 }\n").config!;
      const { number } = await bot.createIssue({ title: "More work", body: "" });
      const trigger: Trigger = { forge: kind, repo: { owner: "acme", repo: "app" }, actor: { login: "alice" }, kind: "issue", action: "labeled", label: "crustyclaw", issue: { number, title: "More work", body: "", labels: ["crustyclaw"] } };
      const deps = (now: string) => ({
        forge: bot,
        blueprint: BLUEPRINT,
        config,
        trigger,
        sha: "0".repeat(40),
        repoUrl: `${local.url}/acme/app`,
        now: () => now,
        readOutcomes: async () => (await readStore({ remote: remote(), token: local.token("acme") })).records.map((r) => r.record),
      });
      const today = await route(deps("2026-12-02T15:00:00.000Z"));
      expect(today.stage).toBe("");
      const said = (await bot.listComments(number)).map((c) => c.body);
      // Markdown-escaped as every comment CrustyClaw writes: it renders as "$6.00 of $5.00 … (UTC)".
      expect(said).toEqual([
        "CrustyClaw did not start: this repository's daily spend cap is reached: \\$6.00 of \\$5.00 spent by 1 run that ended in 2026-12-02 \\(UTC\\). Work starts again from 2026-12-03 00:00 UTC, or raise limits.day in .crustyclaw/config.yml.",
      ]);
      const tomorrow = await route(deps("2026-12-03T00:00:01.000Z"));
      expect(tomorrow.stage).toBe("execute");
    });

    it("refuses when the store cannot be read, rather than guess", async () => {
      const config = parseConfig("c.yml", "authorize:\n  users: [alice]\nlimits:\n  month: { tokens: 10 }\n").config!;
      const { number } = await bot.createIssue({ title: "Other work", body: "" });
      const trigger: Trigger = { forge: kind, repo: { owner: "acme", repo: "app" }, actor: { login: "alice" }, kind: "issue", action: "labeled", label: "crustyclaw", issue: { number, title: "Other work", body: "", labels: ["crustyclaw"] } };
      const result = await route({
        forge: bot,
        blueprint: BLUEPRINT,
        config,
        trigger,
        sha: "0".repeat(40),
        repoUrl: `${local.url}/acme/app`,
        now: () => "2026-12-02T15:00:00.000Z",
        readOutcomes: () => readStore({ remote: `${local.url}/acme/nothing-here.git`, token: local.token("acme") }).then((s) => s.records.map((r) => r.record)),
      });
      expect(result.stage).toBe("");
      expect(result.reason).toMatch(/could not be read to check it/);
    });
  });
}
