import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkPlan, normalisePlan, taskOrder } from "../../src/agent/plan.js";
import { planFrom, runAgentNode } from "../../src/agent/runner.js";
import { loadBlueprint } from "../../src/blueprint/index.js";
import { recordResult } from "../../src/stages/run-node.js";
import { asAgent } from "../helpers/blueprints.js";

const task = (id: string, needs: string[] = []) => ({ id, title: id, description: `do ${id}`, acceptance: [`${id} done`], needs });

describe("checkPlan and taskOrder", () => {
  it("accepts a well-formed plan and orders tasks after what they need, else in plan order", () => {
    const plan = { tasks: [task("c", ["b"]), task("a"), task("b", ["a"]), task("d")] };
    expect(checkPlan(plan)).toEqual([]);
    expect(taskOrder(normalisePlan(plan)).map((t) => t.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("says what is wrong: duplicate ids, unknown and self needs, cycles", () => {
    expect(checkPlan({ tasks: [task("a"), task("a")] })).toEqual(["- /tasks/1/id: 'a' is used by an earlier task; ids must be unique"]);
    expect(checkPlan({ tasks: [task("a", ["zz"])] })).toEqual(["- /tasks/0/needs/0: no task has the id 'zz' (ids: a)"]);
    expect(checkPlan({ tasks: [task("a", ["a"])] })).toEqual(["- /tasks/0/needs/0: a task cannot need itself"]);
    expect(checkPlan({ tasks: [task("a", ["c"]), task("b", ["a"]), task("c", ["b"])] })).toEqual(["- /tasks: the needs form a cycle: a → c → b → a"]);
  });
});

const BLUEPRINT = `name: plan-test
triggers: { issue: { labels: [go] } }
nodes:
  - id: plan
    stage: plan
    agent:
      instructions: Plan.
      tools: [finish]
      model: scripted:plan.yml
  - id: implement
    stage: execute
    needs: [plan]
    agent:
      instructions: Do it.
      tools: [write_file, finish]
      model: scripted:implement.yml
      budget: { turns: 5 }
`;

function setup(scripts: Record<string, string>) {
  const ws = mkdtempSync(path.join(tmpdir(), "crustyclaw-plan-"));
  execFileSync("git", ["init", "-q", ws]);
  writeFileSync(path.join(ws, "README.md"), "# app\n");
  execFileSync("git", ["-C", ws, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "init", "--allow-empty"]);
  execFileSync("git", ["-C", ws, "add", "README.md"]);
  execFileSync("git", ["-C", ws, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "readme"]);
  for (const [name, text] of Object.entries(scripts)) writeFileSync(path.join(ws, name), text);
  const out = mkdtempSync(path.join(tmpdir(), "crustyclaw-plan-out-"));
  const { blueprint, problems } = loadBlueprint("plan-test.yml", BLUEPRINT);
  if (!blueprint) throw new Error(JSON.stringify(problems));
  const run = (id: string) =>
    runAgentNode(asAgent(blueprint.nodes.find((n) => n.id === id)), { blueprint, workspace: ws, outDir: out, resultDirs: [out], workspaceIsBase: true, env: {} });
  return { ws, out, run };
}

const finishPlan = (tasks: unknown) => `  - tool_calls: [{ name: finish, arguments: { summary: planned, result: ${JSON.stringify({ tasks })} } }]\n`;

describe("plan stage", () => {
  it("retries an invalid plan once with the validation errors, then accepts a valid one", async () => {
    const { run, out } = setup({ "plan.yml": `turns:\n${finishPlan(["just do it"])}${finishPlan([task("a")])}` });
    const r = await run("plan");
    expect(r).toMatchObject({ status: "done", result: { tasks: [task("a")] }, usage: { turns: 2 } });
    const transcript = readFileSync(path.join(out, "transcripts", "plan.jsonl"), "utf8");
    expect(transcript).toContain("finish was not accepted; fix these and call finish again");
    expect(transcript).toContain("/result/tasks/0: must be object");
  });

  it("escalates when the second plan is invalid too, naming what is wrong", async () => {
    const { run } = setup({ "plan.yml": `turns:\n${finishPlan([task("a", ["b"])])}${finishPlan([task("a", ["a"])])}${finishPlan([task("a")])}` });
    const r = await run("plan");
    expect(r.status).toBe("failed");
    expect(r.escalation).toContain("the result was rejected 2 times");
    expect(r.escalation).toContain("a task cannot need itself");
    expect(r.usage?.turns).toBe(2);
  });
});

describe("execute stage with a plan", () => {
  it("runs one loop per task in dependency order within the node's budget, and reports each task", async () => {
    const implement = `turns:
  - tool_calls: [{ name: write_file, arguments: { path: first.txt, content: "1" } }]
  - tool_calls: [{ name: finish, arguments: { summary: wrote first } }]
  - tool_calls: [{ name: write_file, arguments: { path: second.txt, content: "2" } }]
  - tool_calls: [{ name: finish, arguments: { summary: wrote second } }]
`;
    const { run, out, ws } = setup({ "plan.yml": `turns:\n${finishPlan([task("second", ["first"]), task("first")])}`, "implement.yml": implement });
    const plan = await run("plan");
    await recordResult(out, ws, plan);
    expect(planFrom([out])?.tasks.map((t) => t.id)).toEqual(["second", "first"]);

    const r = await run("implement");
    expect(r).toMatchObject({ status: "done", summary: "first: wrote first\nsecond: wrote second", result: { tasks: [{ id: "first" }, { id: "second" }] }, usage: { turns: 4 } });
    const starts = readFileSync(path.join(out, "transcripts", "implement.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { type: string; task?: string });
    const tasks = starts.filter((e) => e.type === "start").map((e) => /Carry out task '([a-z]+)' \((\d) of 2\)/.exec(e.task!)!.slice(1));
    expect(tasks).toEqual([["first", "1"], ["second", "2"]]);
  });

  it("stops at the node's turn budget across tasks and says which task it was on", async () => {
    const loop = `turns:\n${Array.from({ length: 10 }, (_, i) => `  - tool_calls: [{ name: write_file, arguments: { path: f${i}.txt, content: x } }]\n`).join("")}`;
    const { run, out, ws } = setup({ "plan.yml": `turns:\n${finishPlan([task("a"), task("b")])}`, "implement.yml": loop });
    await recordResult(out, ws, await run("plan"));
    const r = await run("implement");
    expect(r.status).toBe("failed");
    expect(r.escalation).toBe("task 'a' (1 of 2): the turn budget (5) is spent");
  });

  it("ignores a recorded plan that is not valid (results are files from earlier jobs)", () => {
    const out = mkdtempSync(path.join(tmpdir(), "crustyclaw-plan-forged-"));
    mkdirSync(path.join(out, "nodes"));
    const forged = { node: "plan", stage: "plan", kind: "agent", status: "done", result: { tasks: [task("a", ["a"])] } };
    writeFileSync(path.join(out, "nodes", "plan.json"), JSON.stringify(forged));
    expect(planFrom([out])).toBeUndefined();
  });
});

describe("fan-out tasks", () => {
  const task = (id: string, needs: string[] = []) => ({ id, title: id, description: id, acceptance: ["done"], files: [], needs });
  it("fans out two or more independent tasks, and keeps anything else in one job", async () => {
    const { fanOutTasks } = await import("../../src/agent/plan.js");
    expect(fanOutTasks({ tasks: [task("a"), task("b")] })).toEqual(["a", "b"]);
    expect(fanOutTasks({ tasks: [task("a"), task("b", ["a"])] })).toEqual(["all"]);
    expect(fanOutTasks({ tasks: [task("a")] })).toEqual(["all"]);
    expect(fanOutTasks({ tasks: [task("a"), task("a")] })).toEqual(["all"]);
    expect(fanOutTasks(undefined)).toEqual(["all"]);
    expect(fanOutTasks({ tasks: [{ ...task("a"), id: "../x" }, task("b")] })).toEqual(["all"]);
  });
});
