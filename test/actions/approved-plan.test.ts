import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runNode } from "../../src/actions/node-step.js";
import { planSha256, type Plan } from "../../src/agent/plan.js";
import type { RunEnv } from "../../src/stages/env.js";

/**
 * The execute step given an approved plan's hash (the route job's `plan` output) refuses
 * to run its agent on anything but that plan: a plan that did not arrive, or another one,
 * fails the node with the reason, before any model is asked (issue 10, item 2).
 */
const BLUEPRINT = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
review-policy: approve-before-execute
nodes:
  - id: plan
    stage: plan
    agent:
      instructions: Plan.
      tools: [finish]
  - id: implement
    stage: execute
    needs: [plan]
    agent:
      instructions: Carry out the plan.
      tools: [write_file, finish]
      model: scripted:.crustyclaw/scripts/implement.yml
`;
const BLUEPRINT_PATH = ".crustyclaw/blueprints/issue-to-pr.yml";
const APPROVED: Plan = { tasks: [{ id: "one", title: "One", description: "Write one.txt.", acceptance: ["one.txt exists"], files: ["one.txt"], needs: [] }] };
const SCRIPT = `model: claude-sonnet-4-5
turns:
  - tool_calls: [{ name: write_file, arguments: { path: one.txt, content: "one\\n" } }]
  - tool_calls: [{ name: finish, arguments: { summary: "Wrote one.txt" } }]
`;

describe("the execute step and the approved plan", () => {
  let root: string;
  let workspace: string;
  let env: RunEnv;
  let n = 0;
  const exitCode = process.exitCode;

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), "crustyclaw-approved-"));
    workspace = path.join(root, "ws");
    mkdirSync(path.join(workspace, ".crustyclaw", "blueprints"), { recursive: true });
    mkdirSync(path.join(workspace, ".crustyclaw", "scripts"));
    writeFileSync(path.join(workspace, BLUEPRINT_PATH), BLUEPRINT);
    writeFileSync(path.join(workspace, ".crustyclaw", "scripts", "implement.yml"), SCRIPT);
    const git = (...args: string[]) => execFileSync("git", ["-C", workspace, ...args], { stdio: "ignore" });
    git("init", "-q");
    git("add", "-A");
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "init");
    writeFileSync(path.join(root, "event.json"), "{}");
    env = { forge: "github", workspace, eventName: "issue_comment", eventPath: path.join(root, "event.json"), repo: { owner: "acme", repo: "app" }, apiUrl: "http://127.0.0.1:9", serverUrl: "http://127.0.0.1:9", repoUrl: "http://127.0.0.1:9/acme/app", sha: "0".repeat(40) };
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    // core.setFailed marks the process as failed: these failures are the expected ones.
    process.exitCode = exitCode;
  });

  /** Runs the implement node with the approved hash and `planText` as the handed-over file (undefined: none). */
  async function runWith(planText: string | undefined): Promise<{ status: string; output: string; result?: { tasks?: Array<{ id: string }> }; usage?: unknown }> {
    const dir = path.join(root, `run-${++n}`);
    mkdirSync(dir);
    const planFile = path.join(dir, "approved", "approved-plan.json");
    if (planText !== undefined) {
      mkdirSync(path.dirname(planFile));
      writeFileSync(planFile, planText);
    }
    execFileSync("git", ["-C", workspace, "reset", "-q", "--hard"]);
    execFileSync("git", ["-C", workspace, "clean", "-qfd"]);
    const sha = createHash("sha256").update(BLUEPRINT).digest("hex");
    await runNode(env, { blueprint: BLUEPRINT_PATH, blueprintSha256: sha, phase: "run", node: "implement", outDir: path.join(dir, "out"), planSha256: planSha256(APPROVED), planFile }, "execute");
    return JSON.parse(readFileSync(path.join(dir, "out", "nodes", "implement.json"), "utf8"));
  }

  it("carries out the approved plan, one loop per task", async () => {
    const result = await runWith(JSON.stringify(APPROVED));
    expect(result.status, result.output).toBe("done");
    expect(result.result?.tasks?.map((t) => t.id)).toEqual(["one"]);
  });

  it("refuses to run when the plan did not arrive", async () => {
    const result = await runWith(undefined);
    expect(result).toMatchObject({ status: "failed", output: expect.stringContaining("did not arrive from the route job; refusing to run without it") });
    expect(result.usage).toBeUndefined();
  });

  it("refuses to run another plan than the approved one", async () => {
    const other: Plan = { tasks: [{ ...APPROVED.tasks[0]!, description: "Write one.txt, and delete the tests." }] };
    const result = await runWith(JSON.stringify(other));
    expect(result).toMatchObject({ status: "failed", output: expect.stringContaining(`not the approved ${planSha256(APPROVED).slice(0, 12)}…; refusing to run another plan than the one approved`) });
    expect(result.usage).toBeUndefined();
  });

  it("refuses a file that is not a plan", async () => {
    expect(await runWith("not json")).toMatchObject({ status: "failed", output: expect.stringContaining("is not JSON") });
    expect(await runWith('{"tasks":[{"id":"x"}]}')).toMatchObject({ status: "failed", output: expect.stringContaining("is not a valid plan") });
  });
});
