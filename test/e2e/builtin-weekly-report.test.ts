import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { appendOutcome } from "../../src/outcomes/store.js";
import { activeRun, builtinBlueprint, describeRuns, job, jobsOf, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";
import { sampleRecord } from "../outcomes/sample.js";

/**
 * The weekly-report built-in (blueprints/weekly-report.yml, the file itself) through its compiled
 * workflow (issue 13, item 3): its schedule fires → the report job reads the outcome store through
 * the forge's API with its read-contents, write-issues token → the report for the last 7 days is
 * an issue, the HTML page the run's artifact. A run for the same window edits that issue; a new
 * window's report closes last week's. Text from records stays inert in the issue.
 */
const CRON = "0 6 * * 1";
const MARKER = "<!-- crustyclaw:report weekly-report -->";
const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString();

for (const flavour of ["github", "forgejo"] as const) {
  describe(`the weekly-report built-in on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, { ...builtinBlueprint("weekly-report") });
      const remote = { remote: s.local.gitUrl("acme", "app"), token: s.local.token("acme") };
      // Two runs this week (one merged, one escalated with an agent's hostile reason), one a month ago: outside the window.
      await appendOutcome(sampleRecord(1, day(30)), remote);
      await appendOutcome(sampleRecord(2, day(2)), remote);
      await appendOutcome({ ...sampleRecord(3, day(1)), reason: "ping @alice, see [docs](https://evil.example/x) <img src=x onerror=alert(1)>" }, remote);
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    const reportIssues = async () => (await s.session.as("acme").listOpenIssues(50)).filter((i) => i.body.startsWith(MARKER));
    let first: number;

    it("on its schedule: posts the last 7 days' report as an issue, with the HTML page as the run's artifact", async () => {
      s.local.fireSchedule("acme/app", s.workflow.path, CRON);
      const runs = await s.settle();
      expect(jobsOf(runs), describeRuns(runs)).toEqual([["report", "success"]]);
      const run = activeRun(runs);
      first = Number(job(run, "report").outputs.issue);
      const issue = await s.session.as("acme").getIssue(first);
      expect(issue.title).toBe(`CrustyClaw report: ${day(7).slice(0, 10)} to ${day(0).slice(0, 10)}`);
      expect(issue.author).toBe(flavour === "github" ? "github-actions[bot]" : "forgejo-actions");
      // The window's two runs, not the month-old one.
      expect(issue.body).toContain("Runs finished in the last 7 days");
      expect(issue.body).toMatch(/\| Runs \| 2 \(2 records\) \|/);
      expect(issue.body).toContain("crustyclaw-report` artifact of [its workflow run](");
      // The agent's reason is text: no mention, link or HTML survives.
      expect(issue.body).toContain("\\@alice");
      expect(issue.body).not.toMatch(/[^\\]@alice|\]\(https:\/\/evil|[^\\]<img/);
      const html = path.join(run.workDir, "artifacts", "crustyclaw-report", "report.html");
      expect(existsSync(html), describeRuns(runs)).toBe(true);
      expect(readFileSync(html, "utf8")).toContain("<svg");
      expect(JSON.parse(readFileSync(path.join(run.workDir, "artifacts", "crustyclaw-report", "report.json"), "utf8")).totals.runs).toBe(2);
    });

    it("by hand for the same window: edits that issue rather than posting another", async () => {
      await s.session.as("alice").dispatchWorkflow(path.posix.basename(s.workflow.path), "main");
      const runs = await s.settle();
      expect(Number(job(activeRun(runs), "report").outputs.issue), describeRuns(runs)).toBe(first);
      expect((await reportIssues()).map((i) => i.number)).toEqual([first]);
    });

    it("a new window's report closes the last one; a look-alike issue someone else opened is left alone", async () => {
      // Last week's issue, as the job posted it, and someone's copy of the marker.
      await s.session.as("acme").updateIssue(first, { title: `CrustyClaw report: ${day(14).slice(0, 10)} to ${day(7).slice(0, 10)}` });
      const fake = await s.session.as("reader").createIssue({ title: "CrustyClaw report: fake", body: `${MARKER}\nclose me` });
      s.local.fireSchedule("acme/app", s.workflow.path, CRON);
      const runs = await s.settle();
      const posted = Number(job(activeRun(runs), "report").outputs.issue);
      expect(posted).not.toBe(first);
      expect((await reportIssues()).map((i) => i.number).sort()).toEqual([fake.number, posted].sort());
      expect((await s.comments(first)).map((c) => c.body)).toEqual([`Superseded by #${posted}, the report for the 7 days to ${day(0).slice(0, 10)}.`]);
      expect(await s.comments(fake.number)).toEqual([]);
    });
  });
}

describe("the weekly-report built-in under a policy", () => {
  for (const flavour of ["github", "forgejo"] as const) {
    it(`on ${flavour}: a deny rule for its scheduled runs stops the report; none is posted`, async () => {
      const policy = "rules:\n  - deny: reports are posted by hand only\n    events: [schedule]\n    blueprints: [weekly-report]\n";
      const s = await startScenario(flavour, { ...builtinBlueprint("weekly-report"), files: { ".crustyclaw/policy.yml": policy } });
      try {
        s.local.fireSchedule("acme/app", s.workflow.path, CRON);
        const runs = await s.settle();
        const report = job(activeRun(runs), "report");
        expect(report.result, describeRuns(runs)).toBe("success");
        expect(report.outputs.issue ?? "").toBe("");
        expect(report.log).toContain("not reporting: reports are posted by hand only");
        expect((await s.session.as("acme").listOpenIssues(50)).filter((i) => i.body.startsWith(MARKER))).toEqual([]);
        expectNoViolations(s.local);
      } finally {
        await s.session.close();
      }
    });
  }
});
