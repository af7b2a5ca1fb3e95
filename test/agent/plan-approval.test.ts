import { describe, expect, it } from "vitest";
import { canonicalJson, checkApprovedPlan, latestPlan, planSha256, type Plan } from "../../src/agent/plan.js";

const PLAN: Plan = {
  tasks: [
    { id: "a", title: "A", description: "Do a.", acceptance: ["a done"], files: ["a.txt"], needs: [] },
    { id: "b", title: "B", description: "Do b.", acceptance: ["b done"], files: [], needs: ["a"] },
  ],
};

describe("plan hashes", () => {
  it("are the same whatever the key order and whether empty optional fields are written", () => {
    const reordered = { tasks: PLAN.tasks.map((t) => Object.fromEntries(Object.entries(t).reverse())) } as unknown as Plan;
    const sparse = { tasks: [{ ...PLAN.tasks[0]!, needs: undefined }, { id: "b", title: "B", description: "Do b.", acceptance: ["b done"], needs: ["a"] }] } as unknown as Plan;
    expect(planSha256(reordered)).toBe(planSha256(PLAN));
    expect(planSha256(sparse)).toBe(planSha256(PLAN));
    expect(planSha256(PLAN)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("change with any word of the plan, and with the order of tasks", () => {
    const edited = { tasks: [PLAN.tasks[0]!, { ...PLAN.tasks[1]!, description: "Do b, and delete the tests." }] };
    expect(planSha256(edited)).not.toBe(planSha256(PLAN));
    expect(planSha256({ tasks: [...PLAN.tasks].reverse() })).not.toBe(planSha256(PLAN));
  });

  it("hash one canonical text: keys sorted at every level, no spaces", () => {
    expect(canonicalJson({ b: [1, { d: "x", c: null }], a: "é\n" })).toBe('{"a":"é\\n","b":[1,{"c":null,"d":"x"}]}');
  });
});

describe("checkApprovedPlan", () => {
  const sha = planSha256(PLAN);

  it("accepts the approved plan and returns it normalised", () => {
    expect(checkApprovedPlan(JSON.stringify(PLAN), sha)).toEqual({ plan: PLAN });
  });

  it("refuses a plan that did not arrive, is not JSON, is not a plan, or is another plan, saying which", () => {
    expect(checkApprovedPlan(undefined, sha)).toEqual({ refused: expect.stringContaining(`the approved plan (sha256 ${sha.slice(0, 12)}…) did not arrive from the route job`) });
    expect(checkApprovedPlan("{", sha)).toEqual({ refused: expect.stringContaining("is not JSON") });
    expect(checkApprovedPlan(JSON.stringify({ tasks: [] }), sha)).toEqual({ refused: expect.stringContaining("is not a valid plan") });
    const cyclic = { tasks: [{ ...PLAN.tasks[0]!, needs: ["b"] }, PLAN.tasks[1]!] };
    expect(checkApprovedPlan(JSON.stringify(cyclic), sha)).toEqual({ refused: expect.stringContaining("cycle") });
    const other = { tasks: [PLAN.tasks[0]!] };
    expect(checkApprovedPlan(JSON.stringify(other), sha)).toEqual({
      refused: `the plan from the route job has sha256 ${planSha256(other).slice(0, 12)}…, not the approved ${sha.slice(0, 12)}…; refusing to run another plan than the one approved`,
    });
  });
});

describe("latestPlan", () => {
  const result = (over: Record<string, unknown>) => ({ stage: "plan", kind: "agent", status: "done", result: PLAN, ...over });

  it("takes the last done plan-stage agent result that is a valid plan", () => {
    const second = { tasks: [PLAN.tasks[0]!] };
    expect(latestPlan([result({}), result({ result: second }), result({ result: { tasks: "no" } })])).toEqual(second);
  });

  it("ignores failed nodes, other stages and deterministic nodes", () => {
    expect(latestPlan([result({ status: "failed" }), result({ stage: "execute" }), result({ kind: "run" })])).toBeUndefined();
  });
});
