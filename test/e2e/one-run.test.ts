import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { WorkflowRunRecord } from "../../src/localforge/index.js";
import { describeRuns, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * Exactly one run per intent (issue 11, item 2), through the compiled workflow. Forgejo
 * before 14 has no concurrency groups and announces an issue created with labels as `opened`
 * plus one `label_updated` per label: every one of those runs reaches the route job at once,
 * and the route jobs' claim (stages/claim.ts) lets one start. Only the trigger label starts a
 * run, and a finished run starts again only on the command.
 */
const started = (runs: WorkflowRunRecord[]) => runs.filter((r) => r.jobs.some((j) => j.id === "implement" && j.result !== "skipped"));

async function label(s: Scenario, name: string): Promise<number> {
  const api = s.api("alice");
  const found = ((await api("GET", "/repos/acme/app/labels")).body as Array<{ id: number; name: string }>).find((l) => l.name === name);
  if (found) return found.id;
  return ((await api("POST", "/repos/acme/app/labels", { name, color: "#00aabb" })).body as { id: number }).id;
}

/**
 * A slow forge: each comment takes 1.5 s to post, so the route jobs running at once all read
 * the issue before any of them has written to it (without a claim, each would start a run).
 */
function holdComments(s: Scenario): void {
  s.local.faults.clear();
  s.local.faults.add({ route: "POST /repos/{owner}/{repo}/issues/{number}/comments", timeout: 1500, times: 12 });
}

async function trackingComments(s: Scenario, issue: number): Promise<string[]> {
  return (await s.comments(issue)).map((c) => c.body).filter((b) => b.includes("crustyclaw:tracking") || b.includes("crustyclaw:claim"));
}

describe("Forgejo before 14 (no concurrency groups)", () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await startScenario("forgejo", { concurrency: false });
  });
  afterAll(() => s.session.close());
  afterEach(() => {
    s.local.faults.clear();
    expectNoViolations(s.local);
  });

  it("an issue created with two labels starts one run, with one tracking comment", async () => {
    const labels = [await label(s, "crustyclaw"), await label(s, "bug")];
    holdComments(s);
    const issue = ((await s.api("alice")("POST", "/repos/acme/app/issues", { title: "Greet", body: "Write hello.txt", labels })).body as { number: number }).number;
    const runs = await s.settle();
    // opened, label_updated crustyclaw, label_updated bug: three runs of the workflow, all at once.
    expect(runs.filter((r) => r.name.includes("issue-to-pr")).length, describeRuns(runs)).toBeGreaterThanOrEqual(3);
    expect(started(runs), describeRuns(runs)).toHaveLength(1);
    expect(await trackingComments(s, issue)).toHaveLength(1);
  });

  it("ten concurrent duplicates of the start event start one run", async () => {
    const issue = (await s.session.as("alice").createIssue({ title: "Greet again", body: "Write hello.txt" })).number;
    await s.settle();
    const id = await label(s, "crustyclaw");
    holdComments(s);
    // Forgejo announces every label of each request, present or not: ten label_updated events for one intent.
    await Promise.all(Array.from({ length: 10 }, () => s.api("alice")("POST", `/repos/acme/app/issues/${issue}/labels`, { labels: [id] })));
    const runs = await s.settle();
    expect(runs.length, describeRuns(runs)).toBeGreaterThanOrEqual(10);
    expect(started(runs), describeRuns(runs)).toHaveLength(1);
    const left = await trackingComments(s, issue);
    expect(left).toHaveLength(1);
    expect(left[0]).toContain("crustyclaw:tracking");
  });
});

for (const flavour of ["github", "forgejo"] as const) {
  describe(`a finished run on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour);
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    it("starts again only on the command: not on another label, nor on the trigger label again", async () => {
      const issue = await s.openLabelledIssue("alice", "Greet", "Write hello.txt");
      await s.settle();
      const pr = (await s.pulls())[0]!;
      await s.session.as("alice").mergePull(pr.number, "merge");
      await s.settle();
      expect(await s.tracking(issue)).toContain("**Merged**");

      await s.session.as("alice").addLabels(issue, ["documentation"]);
      const other = await s.settle();
      await s.session.as("alice").removeLabel(issue, "crustyclaw");
      await s.settle();
      await s.session.as("alice").addLabels(issue, ["crustyclaw"]);
      const again = await s.settle();
      expect(started([...other, ...again]), describeRuns([...other, ...again])).toHaveLength(0);
      expect(await s.tracking(issue)).toContain("**Merged**");

      await s.comment("alice", issue, "/claw");
      const asked = await s.settle();
      expect(started(asked), describeRuns(asked)).toHaveLength(1);
    });
  });
}
