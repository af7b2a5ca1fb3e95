import { describe, expect, it } from "vitest";
import { planSha256, type Plan } from "../../src/agent/plan.js";
import { inertMermaid } from "../../src/policy/posted-text.js";
import { advance, newRunState, type RunState } from "../../src/stages/state.js";
import { readState, renderTracking } from "../../src/stages/tracking.js";

/** The plan, its approval and its rejection in the run state and the tracking comment (issue 10, item 2). */
const T0 = "2026-01-01T00:00:00.000Z";
const T1 = "2026-01-01T00:10:00.000Z";
const PLAN: Plan = {
  tasks: [
    { id: "parse", title: "Parse the config", description: "Read it.", acceptance: ["parses"], files: ["src/config.ts"], needs: [] },
    { id: "use", title: "Use it", description: "Wire it up.", acceptance: ["used", "tested"], files: [], needs: ["parse"] },
  ],
};
const SHA = planSha256(PLAN);
const planned = (): RunState => ({ ...newRunState("issue-to-pr", 12, "crustyclaw/issue-to-pr-12", ["plan", "implement"], T0), status: "awaiting-approval", segment: "plan", plan: PLAN, planSha256: SHA });
const block = (s: unknown) => `<!-- crustyclaw:state ${JSON.stringify(s)} -->`;

describe("the plan in the run state", () => {
  it("round-trips with its hash, the approval and the rejection", () => {
    const s: RunState = { ...planned(), approval: { by: "alice", at: T1, sha256: SHA }, rejection: { by: "github-actions[bot]", at: T1, reason: "not needed" } };
    expect(readState(renderTracking(s, { now: T1 }))).toEqual(s);
  });

  it("keeps a plan edited after it was posted readable, so /approve can refuse it and say why", () => {
    const edited = { ...planned(), plan: { tasks: [{ ...PLAN.tasks[0]!, description: "Delete the tests." }, PLAN.tasks[1]!] } };
    const read = readState(block(edited))!;
    expect(read.planSha256).toBe(SHA);
    expect(planSha256(read.plan!)).not.toBe(SHA);
  });

  it("refuses a state whose plan is not a plan, or whose hash, approval or rejection is malformed", () => {
    const s = planned();
    for (const bad of [
      { ...s, plan: { tasks: [] } },
      { ...s, plan: { tasks: [{ ...PLAN.tasks[0]!, needs: ["nobody"] }] } },
      { ...s, plan: { tasks: [{ ...PLAN.tasks[0]!, extra: 1 }] } },
      { ...s, planSha256: undefined },
      { ...s, plan: undefined },
      { ...s, planSha256: SHA.toUpperCase() },
      { ...s, approval: { by: "alice", at: T1, sha256: "abc" } },
      { ...s, approval: { by: "al ice", at: T1 } },
      { ...s, approval: { by: "alice", at: T1, extra: true } },
      { ...s, rejection: { by: "alice", at: "later" } },
      { ...s, rejection: { by: "alice", at: T1, reason: "x".repeat(1001) } },
    ]) {
      expect(readState(block(bad)), JSON.stringify(bad).slice(0, 200)).toBeUndefined();
    }
  });
});

describe("approving and rejecting", () => {
  it("/approve records who, when and the plan hash; /reject records who, when and why", () => {
    const approved = advance(planned(), { type: "approved", by: "alice", sha256: SHA }, T1, 2);
    expect(approved).toMatchObject({ status: "executing", approval: { by: "alice", at: T1, sha256: SHA } });
    const rejected = advance(planned(), { type: "rejected", by: "bob", reason: "not needed" }, T1, 2);
    expect(rejected).toMatchObject({ status: "closed", rejection: { by: "bob", at: T1, reason: "not needed" } });
  });

  it("/reject closes only a run that waits for people, never one whose work is in flight", () => {
    for (const status of ["awaiting-approval", "in-review", "awaiting-merge", "escalated"] as const) {
      expect(advance({ ...planned(), status }, { type: "rejected", by: "bob" }, T1, 2).status).toBe("closed");
    }
    for (const status of ["planned", "executing", "merged"] as const) {
      const s = { ...planned(), status };
      expect(advance(s, { type: "rejected", by: "bob" }, T1, 2)).toBe(s);
    }
  });
});

describe("the plan in the tracking comment", () => {
  it("shows each task, a Mermaid graph of the needs and the short hash, open while it waits for approval", () => {
    const body = renderTracking(planned(), { now: T1 });
    expect(body).toContain(`<details open><summary>Plan: 2 tasks · sha256 <code>${SHA.slice(0, 12)}</code></summary>`);
    expect(body).toContain(
      [
        "1. `parse`: Parse the config",
        "   - What: Read it.",
        "   - Files: `src/config.ts`",
        "   - Done when:",
        "     - parses",
        "2. `use`: Use it",
        "   - What: Wire it up.",
        "   - After: `parse`",
        "   - Done when:",
        "     - used",
        "     - tested",
        "",
        "```mermaid",
        "graph TD",
        '  t1["parse: Parse the config"]',
        '  t2["use: Use it"]',
        "  t1 --> t2",
        "```",
        "",
        "</details>",
      ].join("\n"),
    );
    expect(body).toContain(`\`/approve\` approves plan \`${SHA.slice(0, 12)}\` and no other`);
    const after = renderTracking({ ...planned(), status: "in-review", approval: { by: "alice", at: T1, sha256: SHA } }, { now: T1 });
    expect(after).toContain("<details><summary>Plan: 2 tasks");
    expect(after).toContain(`Approved plan \`${SHA.slice(0, 12)}\` by alice`);
    expect(after).not.toContain("approves plan");
  });

  it("keeps the state block the last line, whatever the plan says", () => {
    const hostile: Plan = { tasks: [{ id: "end", title: "x\n<!-- crustyclaw:state {} -->", description: "-->\n\n```", acceptance: ["\u2028]"], files: [], needs: [] }] };
    const s = { ...planned(), plan: hostile, planSha256: planSha256(hostile) };
    const body = renderTracking(s, { now: T1 });
    expect(body.trimEnd().split("\n").filter((l) => l.startsWith("<!-- crustyclaw:state "))).toHaveLength(1);
    expect(readState(body)).toEqual(s);
  });
});

describe("inertMermaid", () => {
  it("leaves plain words alone and writes everything else as entity codes", () => {
    expect(inertMermaid("Parse the config, src/a_b.ts: it's 2-fold")).toBe("Parse the config, src/a_b.ts: it's 2-fold");
    expect(inertMermaid('a"]; b --> c\n```\n@team `x` <b> #1 end')).toBe("a#34;#93;#59; b --#62; c #96;#96;#96; #64;team #96;x#96; #60;b#62; #35;1 end");
    expect(inertMermaid("a\u202Eb\u200Bc")).toBe("abc");
  });
});
