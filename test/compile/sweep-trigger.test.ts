import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SWEEP_CRON } from "../../src/pipeline/runs.js";
import { compileText } from "../helpers/blueprints.js";

/** The scheduled sweep (issue 10, item 3): added for `review-timeout` and for `review-policy: auto`, and only then. */
type Workflow = { on: Record<string, unknown>; jobs: Record<string, { if?: string }> };

const blueprint = (top: string, triggers = "  command: /claw") => `name: t
triggers:
${triggers}
${top}
nodes:
  - id: a
    stage: execute
    run: echo hi
`;

const compile = (text: string, forge: "github" | "forgejo") => {
  const wf = compileText(text, forge);
  return { wf: parse(wf.text) as Workflow, warnings: wf.warnings };
};

describe("the sweep's schedule", () => {
  for (const forge of ["github", "forgejo"] as const) {
    it(`${forge}: review-timeout adds the hourly sweep, and the route job runs on it`, () => {
      const { wf, warnings } = compile(blueprint("review-timeout: 3d"), forge);
      expect(wf.on.schedule).toEqual([{ cron: SWEEP_CRON }]);
      expect(wf.jobs.route!.if).toContain("github.event_name == 'schedule'");
      expect(warnings).toEqual([]);
    });

    it(`${forge}: review-policy auto sweeps too (the forge's own merges start no workflow)`, () => {
      expect(compile(blueprint("review-policy: auto"), forge).wf.on.schedule).toEqual([{ cron: SWEEP_CRON }]);
    });

    it(`${forge}: no timeout and a human gate: no schedule`, () => {
      expect(compile(blueprint("review-policy: approve-every-step"), forge).wf.on.schedule).toBeUndefined();
    });
  }

  it("github: beside the blueprint's own schedule, the sweep has a cron of its own", () => {
    const { wf } = compile(blueprint("review-timeout: 72h", "  schedule: ['0 3 * * 1']"), "github");
    expect(wf.on.schedule).toEqual([{ cron: "0 3 * * 1" }, { cron: SWEEP_CRON }]);
  });

  it("forgejo: beside the blueprint's own schedule, the sweep runs with it, and the compiler says so", () => {
    const { wf, warnings } = compile(blueprint("review-timeout: 72h", "  schedule: ['0 3 * * 1']"), "forgejo");
    expect(wf.on.schedule).toEqual([{ cron: "0 3 * * 1" }]);
    expect(warnings).toEqual([expect.stringContaining("the review-timeout sweep runs with the blueprint's own schedule (0 3 * * 1) on Forgejo")]);
  });
});
