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
    const r = cli(ROOT);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("pass  .crustyclaw/tests/issue-to-pr.yml (pull-request, 3 nodes, 7 turns)");
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
    expect(r.stdout).toContain("FAIL  .crustyclaw/tests/wrong.yml (pull-request, 1 node, 2 turns)");
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
    const out = JSON.parse(r.stdout) as { ok: boolean; tests: Array<{ outcome: string; failures: string[] }> };
    expect(out.ok).toBe(true);
    expect(out.tests[0]).toMatchObject({ outcome: "escalated", failures: [] });
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
    expect(r.stdout).toContain("pass  .crustyclaw/tests/hostile.yml (escalated, 1 node, 3 turns)");
    expect(r.code).toBe(0);
    expect(existsSync(outside)).toBe(false);
  });

  it("reports test-file mistakes with file:line:column and never calls a real model", () => {
    const dir = project({
      ".crustyclaw/tests/broken.yml": "blueprint: ../blueprints/fix.yml\nfixture: fixtures/app\nexpect:\n  outcom: escalated\n",
      ".crustyclaw/tests/unscripted.yml": "blueprint: ../blueprints/fix.yml\nfixture: fixtures/nope\nmodels: {}\nexpect: {}\n",
    });
    const r = cli(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(".crustyclaw/tests/broken.yml:4:3:");
    expect(r.stderr).toContain("outcom");
    expect(r.stderr).toContain(".crustyclaw/tests/unscripted.yml:3:1: agent node 'fix' (execute stage) has no scripted turns; tests never call a real model");
    expect(r.stderr).toContain("unscripted.yml:2:1: fixture directory fixtures/nope not found");
    expect(r.stdout).toContain("0 passed, 0 failed, 3 problems in test files");
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
