import { describe, expect, it } from "vitest";
import { ciRouteMissing } from "../../src/cli/build.js";
import { parseConfig } from "../../src/config/config.js";
import { compileBlueprint } from "../../src/compile/emit.js";
import { parse } from "yaml";
import { mustLoad } from "../helpers/blueprints.js";

const LOOP = mustLoad(`name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
  command: /claw
  ci-failure: { workflows: [CI] }
nodes:
  - id: implement
    stage: execute
    run: echo hi
  - id: fix
    stage: feedback
    run: echo again
`);
const config = (text: string) => parseConfig("c.yml", text).config!;

describe("the CI route for CrustyClaw's pushes", () => {
  it("warns when the CI loop is on and CI never runs on the job token's pushes", () => {
    expect(ciRouteMissing(LOOP, config(""), "github")).toContain("set ci.dispatch");
    expect(ciRouteMissing(LOOP, config(""), "forgejo")).toContain("set ci.push-token");
    expect(ciRouteMissing(LOOP, config("ci:\n  dispatch: [ci.yml]\n"), "github")).toBeUndefined();
    // Forgejo has no workflow_dispatch route for the job token's pushes: dispatch does not count there.
    expect(ciRouteMissing(LOOP, config("ci:\n  dispatch: [ci.yml]\n"), "forgejo")).toContain("set ci.push-token");
    expect(ciRouteMissing(LOOP, config("ci:\n  push-token: MY_TOKEN\n"), "forgejo")).toBeUndefined();
    const noFeedback = mustLoad(`name: x
triggers: { ci-failure: { workflows: [CI] } }
nodes:
  - { id: a, stage: execute, run: echo }
`);
    expect(ciRouteMissing(noFeedback, config(""), "github")).toBeUndefined();
  });

  it("refuses a dispatch entry that is not a workflow file name", () => {
    expect(parseConfig("c.yml", "ci:\n  dispatch: [../x.yml]\n").problems.length).toBeGreaterThan(0);
    expect(parseConfig("c.yml", "ci:\n  push-token: lower\n").problems.length).toBeGreaterThan(0);
  });

  it("compiles the routes: read access to checks for the route job, actions: write and the push token for publish", () => {
    const wf = compileBlueprint({ blueprint: LOOP, sourcePath: ".crustyclaw/blueprints/issue-to-pr.yml", sourceText: "", config: config("ci:\n  dispatch: [ci.yml]\n  push-token: MY_TOKEN\n"), forge: "github" });
    const jobs = (parse(wf.text) as { jobs: Record<string, { permissions?: Record<string, string>; steps?: Array<{ env?: Record<string, string> }> }> }).jobs;
    expect(jobs.route!.permissions).toMatchObject({ actions: "read", checks: "read", statuses: "read" });
    expect(jobs["publish-feedback"]!.permissions).toMatchObject({ actions: "write", contents: "write" });
    expect(jobs["publish-feedback"]!.steps!.at(-1)!.env).toEqual({ CRUSTYCLAW_TRACE: "${{ needs.route.outputs.trace }}", CRUSTYCLAW_PUSH_TOKEN: "${{ secrets.MY_TOKEN }}" });
    expect(wf.text).toContain("startsWith(github.event.workflow_run.head_branch, 'crustyclaw/issue-to-pr-')");
  });
});
