import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/blueprints.js";

const BIN = path.join(ROOT, "dist", "cli", "index.js");

/** `crustyclaw test` through the bundled CLI, as a user's CI runs it. */
function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, "test", ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A project with one blueprint (a single agent node), a fixture and the given test files. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-cmdtest-"));
  const all: Record<string, string> = {
    ".crustyclaw/blueprints/fix.yml": `name: fix
triggers: { issue: { labels: [fix] } }
nodes:
  - id: fix
    stage: execute
    agent:
      instructions: Fix it.
      tools: [read_file, write_file, finish]
`,
    ".crustyclaw/tests/fixtures/app/README.md": "# app\n",
    ...files,
  };
  for (const [f, text] of Object.entries(all)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  mkdirSync(path.join(dir, ".git"));
  return dir;
}

const test = (turns: string, expect: string) => `blueprint: ../blueprints/fix.yml
fixture: fixtures/app
models:
  fix:
    turns:
${turns}
expect:
${expect}
`;

describe("crustyclaw test", () => {
  it("passes this repository's own blueprint tests (plan → tasks → checks, offline)", () => {
    // .ci/run runs them on both forges the config names; one is enough to test the command.
    const r = cli(ROOT, "--forge", "forgejo");
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("pass  .crustyclaw/tests/issue-to-pr.yml on forgejo (pull-request, 3 nodes, 7 turns)");
    expect(r.code).toBe(0);
  });

  it("fails a test whose expectations do not hold, saying what differed (exit 1)", () => {
    const dir = project({
      ".crustyclaw/tests/wrong.yml": test(
        `      - tool_calls: [{ name: write_file, arguments: { path: NOTES.md, content: "notes\\n" } }]
      - tool_calls: [{ name: finish, arguments: { summary: wrote notes } }]`,
        `  changed: [README.md]
  files:
    NOTES.md: { equals: "other\\n" }
  turns: 3`,
      ),
    });
    const r = cli(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("FAIL  .crustyclaw/tests/wrong.yml on github (pull-request, 1 node, 2 turns)");
    expect(r.stdout).toContain("changed: expected [README.md], got [NOTES.md]");
    expect(r.stdout).toContain('files.NOTES.md: expected it to equal "other\\n", got "notes\\n"');
    expect(r.stdout).toContain("turns: expected 3, got 2");
  });

  it("applies publish's gates: a change set with a token escalates, and the test can expect that", () => {
    const token = `ghp_${"a1B2c3D4".repeat(5)}`;
    const dir = project({
      ".crustyclaw/tests/leak.yml": test(
        `      - tool_calls: [{ name: write_file, arguments: { path: config.txt, content: "token=${token}\\n" } }]
      - tool_calls: [{ name: finish, arguments: { summary: configured } }]`,
        `  outcome: escalated
  escalation: looks like a GitHub token`,
      ),
    });
    const r = cli(dir, "--json");
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; tests: Array<{ forge: string; outcome: string; failures: string[] }> };
    expect(out.ok).toBe(true);
    expect(out.tests).toEqual([expect.objectContaining({ forge: "github", outcome: "escalated", failures: [] })]);
    expect(r.stdout).not.toContain(token);
  });

  it("keeps a hostile agent in its workspace: no escape, no workflow edits, nothing changed, and the run escalates", () => {
    const outside = path.join(tmpdir(), `crustyclaw-escape-${process.pid}.txt`);
    const dir = project({
      ".crustyclaw/tests/hostile.yml": test(
        `      - tool_calls: [{ name: write_file, arguments: { path: ../../../../../../..${outside}, content: x } }]
      - tool_calls: [{ name: write_file, arguments: { path: .github/workflows/x.yml, content: "on: push" } }]
      - tool_calls: [{ name: write_file, arguments: { path: ${outside}, content: x } }]
      - tool_calls: [{ name: finish, arguments: { summary: tried } }]`,
        `  outcome: escalated
  escalation: 3 tool calls failed in a row
  changed: []
  files:
    .github/workflows/x.yml: { absent: true }`,
      ),
    });
    const r = cli(dir);
    expect(r.stdout).toContain("pass  .crustyclaw/tests/hostile.yml on github (escalated, 1 node, 3 turns)");
    expect(r.code).toBe(0);
    expect(existsSync(outside)).toBe(false);
  });

  it("reports test-file mistakes with file:line:column and never calls a real model", () => {
    const dir = project({
      ".crustyclaw/tests/broken.yml": "blueprint: ../blueprints/fix.yml\nfixture: fixtures/app\nexpect:\n  outcom: escalated\n",
      ".crustyclaw/tests/unscripted.yml": "blueprint: ../blueprints/fix.yml\nfixture: fixtures/nope\nmodels: {}\nexpect: {}\n",
      // Keys of the offline runner, which the compiled workflow made obsolete: each says what to do.
      ".crustyclaw/tests/old.yml": "blueprint: ../blueprints/fix.yml\nfixture: fixtures/app\nissue: { number: 7, title: t }\nstages: [execute]\nmodels: { fix: { turns: [{ content: x }] } }\nexpect: {}\n",
    });
    const r = cli(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(".crustyclaw/tests/broken.yml:4:3:");
    expect(r.stderr).toContain("outcom");
    expect(r.stderr).toContain(".crustyclaw/tests/unscripted.yml:3:1: agent node 'fix' (execute stage) has no scripted turns; tests never call a real model");
    expect(r.stderr).toContain("unscripted.yml:2:1: fixture directory fixtures/nope not found");
    expect(r.stderr).toContain(".crustyclaw/tests/old.yml:4:1: stages is no longer used: tests run the compiled workflow, whose segments decide what runs");
    expect(r.stderr).toContain(".crustyclaw/tests/old.yml:3:10: issue.number is no longer used: the local forge numbers issues from 1");
    expect(r.stdout).toContain("0 passed, 0 failed, 5 problems in test files");
  });

  it("follows a pipeline across workflow runs: label, then /approve, then requested changes, then a merge", () => {
    const dir = project({
      ".crustyclaw/blueprints/gated.yml": `name: gated
triggers: { issue: { labels: [go] } }
review-policy: approve-before-execute
nodes:
  - id: plan
    stage: plan
    run: echo "the plan is to add hello.txt"
  - id: implement
    stage: execute
    needs: [plan]
    run: printf 'hello\\n' > hello.txt
  - id: polish
    stage: feedback
    run: printf 'hello, reviewer\\n' > hello.txt
`,
      ".crustyclaw/tests/gated.yml": `blueprint: ../blueprints/gated.yml
fixture: fixtures/app
events:
  - label: go
    expect: { outcome: awaiting-approval, tracking: Waiting for approval, changed: [] }
  - comment: /approve
    expect: { outcome: pull-request, files: { hello.txt: { equals: "hello\\n" } } }
  - review: { event: request_changes, body: Greet the reviewer }
    expect: { outcome: pull-request, files: { hello.txt: { equals: "hello, reviewer\\n" } }, tracking: CI rounds 1 }
  - merge: merge
expect:
  outcome: merged
  nodes: { polish: { status: done } }
`,
    });
    const r = cli(dir, ".crustyclaw/tests/gated.yml");
    // On the config's forge (github here); test/e2e/lifecycle.test.ts runs such pipelines on both.
    expect(r.stdout, r.stderr).toContain("pass  .crustyclaw/tests/gated.yml on github (merged, 3 nodes, 0 turns)");
    expect(r.code).toBe(0);
  });

  describe("a fan-out and a join across jobs (a → b, a → c, b + c → d)", () => {
    // b and c run as parallel jobs from a's result, d from both. Each job records only its
    // own change set, so a's change is applied once everywhere, and b's and c's edits two
    // lines apart in a.txt merge; the same line in both is a conflict.
    const diamond = (name: string, c: string) => `name: ${name}
triggers: { issue: { labels: [go] } }
nodes:
  - { id: a, stage: execute, run: printf 'l1\\nl2\\nl3\\nl4\\nl5\\n' > a.txt }
  - { id: b, stage: execute, needs: [a], run: "echo b > b.txt && sed -i 's/l2/b/' a.txt" }
  - { id: c, stage: execute, needs: [a], run: "${c}" }
  - { id: d, stage: review, needs: [b, c], run: test -f b.txt && test -f c.txt && echo d > d.txt }
`;
    const run = (name: string, c: string, expect: string) => {
      const dir = project({
        [`.crustyclaw/blueprints/${name}.yml`]: diamond(name, c),
        [`.crustyclaw/tests/${name}.yml`]: `blueprint: ../blueprints/${name}.yml\nfixture: fixtures/app\nforges: [github, forgejo]\nexpect:\n${expect}`,
      });
      return cli(dir, `.crustyclaw/tests/${name}.yml`);
    };
    const passes = (r: ReturnType<typeof cli>, name: string, outcome: string) => {
      for (const forge of ["github", "forgejo"]) expect(r.stdout, r.stderr).toContain(`pass  .crustyclaw/tests/${name}.yml on ${forge} (${outcome}`);
      expect(r.code).toBe(0);
    };

    it("ends in one pull request with every branch's change, the shared one once", () => {
      const r = run("diamond", "echo c > c.txt && sed -i 's/l4/c/' a.txt", '  outcome: pull-request\n  changed: [a.txt, b.txt, c.txt, d.txt]\n  files: { a.txt: { equals: "l1\\nb\\nl3\\nc\\nl5\\n" } }\n');
      passes(r, "diamond", "pull-request, 4 nodes");
    }, 240_000);

    it("escalates a conflict between the branches, naming both and the file", () => {
      const r = run("clash", "echo c > c.txt && sed -i 's/l2/c/' a.txt", `  outcome: escalated\n  escalation: "the changes of 'b' and of 'c' conflict in \\"a.txt\\""\n  nodes: { d: { status: failed, output: conflict in } }\n`);
      passes(r, "clash", "escalated");
    }, 240_000);

    it("escalates a failed branch and keeps the others' work on the run's branch", () => {
      const r = run("partial", "echo c > c.txt && exit 3", `  outcome: escalated\n  escalation: "the work of 'a', 'b' is on branch"\n  changed: [a.txt, b.txt]\n  nodes: { c: { status: failed } }\n`);
      passes(r, "partial", "escalated");
    }, 240_000);
  });

  describe("a plan's independent tasks fanned out to parallel jobs (max-parallel)", () => {
    const blueprint = `name: tasks
triggers: { issue: { labels: [go] } }
max-parallel: 2
nodes:
  - id: plan
    stage: plan
    agent: { instructions: Plan the work., tools: [finish] }
  - id: implement
    stage: execute
    needs: [plan]
    agent: { instructions: Carry out your task., tools: [write_file, finish] }
  - id: join
    stage: review
    needs: [implement]
    run: ls *.txt
`;
    const task = (id: string) => `{ id: ${id}, title: Write ${id}.txt, description: Write ${id}.txt., acceptance: [${id}.txt exists], files: [${id}.txt] }`;
    const writes = (id: string) => `    turns:
      - tool_calls: [{ name: write_file, arguments: { path: ${id}.txt, content: "${id}\\n" } }]
      - tool_calls: [{ name: finish, arguments: { summary: wrote ${id}.txt } }]
`;
    const spec = (implementB: string, expect: string) => `blueprint: ../blueprints/tasks.yml
fixture: fixtures/app
forges: [github, forgejo]
models:
  plan:
    turns:
      - tool_calls: [{ name: finish, arguments: { summary: three independent tasks, result: { tasks: [${task("a")}, ${task("b")}, ${task("c")}] } } }]
  implement.a:
${writes("a")}  implement.b:
${implementB}  implement.c:
${writes("c")}expect:
${expect}`;
    const run = (implementB: string, expect: string) =>
      cli(project({ ".crustyclaw/blueprints/tasks.yml": blueprint, ".crustyclaw/tests/tasks.yml": spec(implementB, expect) }), ".crustyclaw/tests/tasks.yml");

    it("runs one job per task, at most max-parallel at once, and composes their change sets into one pull request", () => {
      const r = run(writes("b"), "  outcome: pull-request\n  changed: [a.txt, b.txt, c.txt]\n  turns: 7\n  nodes: { join: { status: done, output: b.txt } }\n");
      for (const forge of ["github", "forgejo"]) expect(r.stdout, r.stderr).toContain(`pass  .crustyclaw/tests/tasks.yml on ${forge} (pull-request, 3 nodes, 7 turns)`);
      expect(r.code).toBe(0);
    }, 240_000);

    it("escalates a failed task and keeps the other tasks' work on the run's branch", () => {
      // Task b's agent runs out of scripted turns before it finishes.
      const failing = "    turns:\n      - tool_calls: [{ name: write_file, arguments: { path: b.txt, content: b } }]\n";
      const r = run(failing, `  outcome: escalated\n  escalation: "node 'implement' (task 'b') failed"\n  changed: [a.txt, c.txt]\n  nodes: { implement: { status: failed } }\n`);
      for (const forge of ["github", "forgejo"]) expect(r.stdout, r.stderr).toContain(`pass  .crustyclaw/tests/tasks.yml on ${forge} (escalated`);
      expect(r.code).toBe(0);
    }, 240_000);
  });

  it("is a usage error when there is nothing to run (exit 2)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-cmdtest-empty-"));
    mkdirSync(path.join(dir, ".git"));
    const none = cli(dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no tests found in .crustyclaw/tests");
    expect(cli(dir, "missing.yml").stderr).toContain("missing.yml: no such file or directory");
  });
});
