import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { reportCommand } from "../../src/cli/cmd-report.js";
import { AUTHOR_ENV } from "../../src/git/git.js";
import { chained, GENESIS, recordLine, type OutcomeRecord } from "../../src/outcomes/record.js";
import { OUTCOMES_BRANCH } from "../../src/outcomes/store.js";
import { renderHtml, renderMarkdown, renderReport, reportModel } from "../../src/report/index.js";
import { captureIo } from "../helpers/io.js";
import { generateRecords } from "./generate.js";

type Unchained = Omit<OutcomeRecord, "prev" | "hash">;
const HOUR = 3_600_000;

/** A record with everything a test does not care about filled in. */
function rec(over: Partial<Unchained> & Pick<Unchained, "run" | "at" | "outcome">): Unchained {
  return {
    version: 1,
    blueprint: "issue-to-pr",
    trigger: "issue",
    issue: 1,
    ciRounds: 0,
    reviewRounds: 0,
    turns: 5,
    tokens: 0,
    usd: 0,
    stageMs: {},
    startedAt: over.at,
    endedAt: over.at,
    decisions: [],
    ...over,
  };
}

function chain(records: Unchained[]): OutcomeRecord[] {
  const out: OutcomeRecord[] = [];
  for (const r of records) out.push(chained(r, out.at(-1)?.hash ?? GENESIS));
  return out;
}

/**
 * Five runs over two weeks (2026-11-02 is a Monday). Run A escalated, then merged two days
 * later with its totals grown from $1.00 to $1.50; B and E merged; C closed; D escalated.
 */
const SMALL = chain([
  rec({ run: "a", issue: 1, at: "2026-11-02T12:00:00.000Z", outcome: "escalated", cause: "budget", reason: "ran out", usd: 1, tokens: 1000, startedAt: "2026-11-02T10:00:00.000Z", stageMs: { plan: 60_000, execute: 600_000 } }),
  rec({ run: "c", issue: 3, at: "2026-11-03T09:00:00.000Z", outcome: "closed", usd: 0.25, tokens: 250, stageMs: { plan: 30_000 } }),
  rec({ run: "b", issue: 2, at: "2026-11-03T14:00:00.000Z", outcome: "merged", usd: 0.5, tokens: 500, startedAt: "2026-11-03T08:00:00.000Z", endedAt: "2026-11-03T14:00:00.000Z", ciRounds: 1, stageMs: { plan: 90_000, execute: 300_000 } }),
  rec({ run: "a", issue: 1, at: "2026-11-04T10:00:00.000Z", outcome: "merged", usd: 1.5, tokens: 1600, startedAt: "2026-11-02T10:00:00.000Z", endedAt: "2026-11-04T10:00:00.000Z", ciRounds: 2, stageMs: { plan: 60_000, execute: 900_000 } }),
  rec({ run: "d", issue: 4, blueprint: "fix-failing-ci", at: "2026-11-10T10:00:00.000Z", outcome: "escalated", cause: "ci", reason: "CI still failed after 3 rounds", usd: 0.75, tokens: 750, ciRounds: 3 }),
  rec({ run: "e", issue: 5, blueprint: "fix-failing-ci", at: "2026-11-11T10:00:00.000Z", outcome: "merged", usd: 0.25, tokens: 250, startedAt: "2026-11-11T08:00:00.000Z", ciRounds: 1, reviewRounds: 2 }),
]);
const NOW = "2026-11-12T00:00:00.000Z";

describe("report model", () => {
  const m = reportModel(SMALL, { now: NOW });

  it("takes a run's latest record as its outcome", () => {
    expect(m.totals).toMatchObject({ runs: 5, records: 6, merged: 3, succeeded: 3, successRate: 0.6, leftOut: 0, firstAt: "2026-11-02T12:00:00.000Z", lastAt: "2026-11-11T10:00:00.000Z" });
    expect(m.outcomes).toEqual([
      { outcome: "merged", runs: 3 },
      { outcome: "closed", runs: 1 },
      { outcome: "rejected", runs: 0 },
      { outcome: "escalated", runs: 1 },
      { outcome: "reviewed", runs: 0 },
    ]);
    // Run a's escalation was superseded by its merge: only d's counts.
    expect(m.causes.filter((c) => c.runs > 0)).toEqual([{ cause: "ci", runs: 1 }]);
    expect(m.escalations.map((e) => e.run)).toEqual(["d"]);
  });

  it("counts success per blueprint per week", () => {
    expect(m.weeks.map((w) => [w.week, w.finished, w.succeeded, w.rate])).toEqual([
      ["2026-11-02", 3, 2, 2 / 3],
      ["2026-11-09", 2, 1, 0.5],
    ]);
    const byName = Object.fromEntries(m.blueprints.map((b) => [b.name, b]));
    expect(byName["issue-to-pr"]!.weeks.map((w) => w.rate)).toEqual([2 / 3, null]);
    expect(byName["fix-failing-ci"]!.weeks.map((w) => w.rate)).toEqual([null, 0.5]);
    expect(byName["issue-to-pr"]).toMatchObject({ runs: 3, merged: 2, successRate: 2 / 3, usd: 2.25, usdPerMerged: 1.125 });
  });

  it("spends each record's increase on its own day, and prices a merged PR with every run's cost", () => {
    expect(m.spend.map((d) => [d.day, d.usd, d.tokens])).toEqual([
      ["2026-11-02", 1, 1000],
      ["2026-11-03", 0.75, 750],
      ["2026-11-04", 0.5, 600],
      ["2026-11-05", 0, 0],
      ["2026-11-06", 0, 0],
      ["2026-11-07", 0, 0],
      ["2026-11-08", 0, 0],
      ["2026-11-09", 0, 0],
      ["2026-11-10", 0.75, 750],
      ["2026-11-11", 0.25, 250],
      ["2026-11-12", 0, 0],
    ]);
    expect(m.totals.usd).toBeCloseTo(3.25);
    expect(m.cost.runsUsd).toBeCloseTo(3.25);
    expect(m.cost.usdPerMerged).toBeCloseTo(3.25 / 3);
    expect(m.cost.meanMergedRunUsd).toBeCloseTo((1.5 + 0.5 + 0.25) / 3);
  });

  it("takes time to merge from start to end of merged runs: median and p90", () => {
    // 2 h (e), 6 h (b), 48 h (a).
    const t = m.timeToMerge!;
    expect(t.runs).toBe(3);
    expect(t.medianMs).toBe(6 * HOUR);
    expect(t.p90Ms).toBeCloseTo((6 + 0.8 * 42) * HOUR);
    expect(t.meanMs).toBeCloseTo((56 / 3) * HOUR);
  });

  it("histograms rounds and ranks stages by mean", () => {
    expect(m.ciRounds.buckets.map((b) => b.runs)).toEqual([1, 2, 1, 1]);
    expect(m.reviewRounds.buckets.map((b) => [b.label, b.runs])).toEqual([
      ["0", 4],
      ["1", 0],
      ["2", 1],
    ]);
    expect(m.stages).toEqual([
      { stage: "execute", runs: 2, meanMs: 600_000, maxMs: 900_000, totalMs: 1_200_000 },
      { stage: "plan", runs: 3, meanMs: 60_000, maxMs: 90_000, totalMs: 180_000 },
    ]);
  });

  it("with --days, counts runs that ended in the window, their earlier records the baseline", () => {
    const w = reportModel(SMALL, { now: NOW, days: 9 });
    expect(w.since).toBe("2026-11-03T00:00:00.000Z");
    expect(w.totals).toMatchObject({ runs: 5, records: 5 });
    // a's record of 11-02 is outside the window; its 11-04 record spent 0.50 more.
    expect(w.totals.usd).toBeCloseTo(2.25);
    expect(w.spend[0]).toMatchObject({ day: "2026-11-03", usd: 0.75 });
    const two = reportModel(SMALL, { now: NOW, days: 3 });
    expect(two.totals).toMatchObject({ runs: 2, merged: 1 });
  });

  it("leaves out records dated after now or not dated, and a review blueprint's reviews count as success", () => {
    const more = chain([
      ...SMALL.map(({ prev: _p, hash: _h, ...r }) => r),
      rec({ run: "r", blueprint: "review-pr", at: "2026-11-11T12:00:00.000Z", outcome: "reviewed" }),
      rec({ run: "f", at: "2026-12-20T00:00:00.000Z", outcome: "merged" }),
      rec({ run: "g", at: "yesterday", outcome: "merged" }),
    ]);
    const m2 = reportModel(more, { now: NOW });
    expect(m2.totals).toMatchObject({ runs: 6, merged: 3, succeeded: 4, leftOut: 2 });
    expect(m2.blueprints.find((b) => b.name === "review-pr")).toMatchObject({ successRate: 1, merged: 0, usdPerMerged: null });
  });

  it("is empty, not broken, for an empty store", () => {
    const e = reportModel([], { now: NOW });
    expect(e.totals).toMatchObject({ runs: 0, successRate: null, usd: 0 });
    expect(e.timeToMerge).toBeNull();
    expect(e.weeks).toHaveLength(1);
    expect(renderHtml(e)).toContain("No runs yet");
    expect(renderHtml(e)).not.toContain("<svg");
    expect(renderMarkdown(e)).toContain("No runs recorded yet");
  });
});

describe("report renderers", () => {
  const HOSTILE_NAME = '<script>alert(1)</script>[x](https://evil.example)|a"b';
  const HOSTILE_REASON = "<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![i](http://evil.example/x.png) www.evil.example a@evil.example\n| injected | row |";
  const hostile = chain([
    // Date.parse (so the store's check) takes a comment in parentheses: a record's time is text too.
    rec({ run: "h", blueprint: HOSTILE_NAME, at: "Tue Nov 10 2026 10:00:00 GMT+0000 (<i>at</i>)", outcome: "escalated", cause: "gate", reason: HOSTILE_REASON, stageMs: { "<b>stage</b>": 1000 } }),
    rec({ run: "g", blueprint: HOSTILE_NAME, at: "2026-11-10T11:00:00.000Z", outcome: "merged", usd: 0.1 }),
  ]);
  const m = reportModel(hostile, { now: NOW });

  it("HTML: every text from a record is escaped, nothing is loaded", () => {
    const html = renderHtml(m);
    // Every tag in the page is one the renderer writes, and none loads or runs anything.
    const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)];
    const written = ["html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "section", "div", "figure", "figcaption", "svg", "rect", "text", "line", "path", "circle", "table", "thead", "tbody", "tr", "th", "td", "span"];
    for (const [tag, name, attrs] of tags) {
      expect(written, tag).toContain(name!.toLowerCase());
      expect(attrs, tag).not.toMatch(/\s(on\w+|src|href|xlink:href)\s*=/i);
    }
    expect(html).not.toMatch(/url\(|@import/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;[x](https://evil.example)|a&quot;b");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&lt;b&gt;stage&lt;/b&gt;");
    expect(html).toContain("Content-Security-Policy");
  });

  it("Markdown: names and reasons are inert text in their cell", () => {
    const md = renderMarkdown(m);
    expect(md).not.toMatch(/(^|[^\\])<(script|img|b>|i>)/im);
    // No link, image or autolink can form: every bracket, colon and dot is escaped.
    expect(md).not.toMatch(/(^|[^\\])\]\(/m);
    expect(md).not.toMatch(/(^|[^\\])(https?|javascript):/m);
    expect(md).not.toMatch(/(^|[^\\])www\./m);
    expect(md).toContain("\\<script\\>alert\\(1\\)\\</script\\>\\[x\\]\\(https\\://evil\\.example\\)\\|a\\\"b");
    // The newline in the reason did not start a row of its own.
    expect(md).not.toMatch(/^\| injected/m);
    for (const row of md.split("\n").filter((l) => l.startsWith("| 2026-11-10 10:00"))) expect(row.replace(/\\\|/g, "").split("|")).toHaveLength(7);
    expect(md).toContain("\\<b\\>stage\\</b\\>");
  });
});

describe("a store of 10,000 runs", () => {
  const records = generateRecords(10_000, { now: "2026-12-01T00:00:00.000Z", days: 90 });
  const m = reportModel(records, { now: "2026-12-01T00:00:00.000Z" });

  it("renders in every format", () => {
    expect(m.totals.runs).toBe(10_000);
    expect(m.outcomes.every((o) => o.runs > 0)).toBe(true);
    expect(m.totals.usd).toBeCloseTo(m.cost.runsUsd, 6);
    expect(m.spend.reduce((a, d) => a + d.usd, 0)).toBeCloseTo(m.totals.usd, 6);
    const md = renderReport(m, "md");
    expect(md).toContain("| issue-to-pr |");
    expect(JSON.parse(renderReport(m, "json"))).toMatchObject({ version: 1, totals: { runs: 10_000 } });
    const html = renderReport(m, "html");
    expect(html).not.toMatch(/https?:/);
    // Four charts: weekly success, outcomes, rounds, spend per day; each titled and with axis labels.
    expect(html.match(/<svg/g)).toHaveLength(4);
    for (const t of ["Success rate by week, per blueprint", "Runs by outcome", "Rounds per run", "Spend per day", "Day (UTC)", "US dollars"]) expect(html).toContain(t);
  });
});

describe("crustyclaw report", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  /** A repository whose outcome store holds `lines` in one month file (none: no store branch). */
  function store(lines?: string[]): string {
    const dir = mkdtempSync(path.join(tmpdir(), "report-test-"));
    dirs.push(dir);
    const g = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { encoding: "utf8", env: { ...process.env, ...AUTHOR_ENV } });
    g("init", "-q", "-b", "main");
    g("commit", "-q", "--allow-empty", "-m", "init");
    if (lines) {
      g("checkout", "-q", "--orphan", OUTCOMES_BRANCH);
      mkdirSync(path.join(dir, "outcomes"));
      writeFileSync(path.join(dir, "outcomes", "2026-11.jsonl"), `${lines.join("\n")}\n`);
      g("add", "outcomes");
      g("commit", "-q", "-m", "outcomes");
      g("checkout", "-q", "main");
    }
    return dir;
  }
  const run = (values: Record<string, unknown>, cwd: string) => {
    const io = captureIo();
    return reportCommand.run({ values, positionals: [], cwd }, io).then((code) => ({ code, io }));
  };

  it("prints Markdown by default, and writes the format its --out file names", async () => {
    const dir = store(SMALL.map(recordLine));
    const md = await run({ from: dir }, dir);
    expect(md.code).toBe(0);
    expect(md.io.stderr()).toBe("");
    expect(md.io.stdout()).toMatch(/^# CrustyClaw report/);
    expect(md.io.stdout()).toContain("| issue-to-pr | 3 | 2 | 66.7% |");
    const html = await run({ from: dir, out: "out/report.html" }, dir);
    expect(html.io.stdout()).toBe("wrote out/report.html: 5 runs (html)\n");
    expect(readFileSync(path.join(dir, "out/report.html"), "utf8")).toMatch(/^<!doctype html>/);
    const json = await run({ from: dir, format: "json", out: "r.txt", days: "3650" }, dir);
    expect(json.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, "r.txt"), "utf8")).totals.runs).toBe(5);
  });

  it("still reports a broken chain, with a warning naming the count", async () => {
    const lines = SMALL.map(recordLine);
    lines[2] = lines[2]!.replace('"tokens":500', '"tokens":5');
    const dir = store(lines);
    const { code, io } = await run({ from: dir, format: "json" }, dir);
    expect(code).toBe(0);
    expect(io.stderr()).toMatch(/warning: the outcome store has 1 problem .*the report counts the 6 records .*crustyclaw audit verify/);
    expect(JSON.parse(io.stdout()).totals.runs).toBe(5);
  });

  it("says so when there is no store yet, and still reports", async () => {
    const dir = store();
    const { code, io } = await run({ from: dir }, dir);
    expect(code).toBe(0);
    expect(io.stderr()).toContain(`has no ${OUTCOMES_BRANCH} branch`);
    expect(io.stdout()).toContain("No runs recorded yet");
  });

  it("refuses options it cannot use, saying what would do", async () => {
    const dir = store();
    await expect(run({ from: dir, format: "pdf" }, dir)).rejects.toThrow("invalid value 'pdf' for --format; expected one of: md, json, html");
    await expect(run({ from: dir, out: "report.txt" }, dir)).rejects.toThrow(/cannot tell the format of --out 'report.txt'.*\.md, \.json or \.html/);
    for (const days of ["0", "-3", "1.5", "ten", "99999"]) await expect(run({ from: dir, days }, dir)).rejects.toThrow(`--days must be a whole number of days from 1 to 3660, not '${days}'`);
    await expect(reportCommand.run({ values: {}, positionals: ["extra"], cwd: dir }, captureIo())).rejects.toThrow(/report takes no arguments/);
  });
});
