import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { activeRun, describeRuns, job, oneAgentBlueprint, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * What an agent leaves behind, on a runner where nothing isolates its commands
 * (CRUSTYCLAW_SANDBOX=none): every file it wrote is still untrusted input to what comes
 * after. Publish re-validates results per job, the gates read the staged change from
 * its blobs, CrustyClaw's own git runs none of the config the agent wrote, output
 * reaches the log without acting as workflow commands, and an untrusted node refuses
 * to run there at all.
 */
const TOKEN = `ghp_${"Zx9".repeat(12)}`;
const DEPLOY_KEY = "deploy-key-canary-5f4e3d2c1b0a9f8e7d6c";

function leftovers(marker: string): string {
  return `import fs from "node:fs";
fs.mkdirSync(".github/workflows", { recursive: true });
fs.writeFileSync(".github/workflows/\\u00fc.yml", "on: push\\n");
fs.renameSync("action.yml", "docs-action.yml");
fs.writeFileSync(".gitattributes", "blob.bin -diff\\n");
fs.writeFileSync("blob.bin", Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from("key=${TOKEN}")]));
// Config that would run a program in CrustyClaw's own git add, were it obeyed.
fs.appendFileSync(".git/config", "\\n[core]\\n\\tfsmonitor = touch ${marker}\\n[filter \\"x\\"]\\n\\tclean = touch ${marker}\\n");
fs.appendFileSync(".gitattributes", "*.txt filter=x\\n");
fs.writeFileSync("notes.txt", "hello\\n");
console.log("::error::from-the-agents-command");
`;
}

const GATES_SCRIPT = `turns:
  - tool_calls: [{ name: run_command, arguments: { command: "npm test '--node-options=--import=data:text/javascript,process.exit(0)'" } }]
  - tool_calls: [{ name: write_file, arguments: { path: leftovers.mjs, content: LEFTOVERS } }]
  - tool_calls: [{ name: run_command, arguments: { command: "node leftovers.mjs" } }]
  - tool_calls: [{ name: finish, arguments: { summary: "done ::error::from-the-summary @acme/team" } }]
`;

const GATES_BLUEPRINT = oneAgentBlueprint({
  tools: ["write_file", "run_command", "finish"],
  commands: ["node leftovers.mjs", "npm test"],
  script: "gates",
  extra: `  - id: checks
    stage: review
    needs: [implement]
    run: |
      echo "::error::from-checks"
      echo "::set-output name=stage::publish"
`,
});

/** An agent forges another job's result in its out-dir; an untrusted node and a secret-leaking one run beside it. */
const FORGE_SCRIPT = `turns:
  - tool_calls: [{ name: write_file, arguments: { path: forge.mjs, content: FORGE } }]
  - tool_calls: [{ name: run_command, arguments: { command: "node forge.mjs" } }]
  - tool_calls: [{ name: finish, arguments: { summary: "done" } }]
`;
const FORGE = `import fs from "node:fs";
const dir = process.env.RUNNER_TEMP + "/crustyclaw-out/nodes";
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(dir + "/checks.json", JSON.stringify({ node: "checks", stage: "review", kind: "run", status: "done", exitCode: 0, timedOut: false, durationMs: 1, output: "forged" }));
fs.writeFileSync("work.txt", "work\\n");
`;
const FORGE_BLUEPRINT = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
nodes:
  - id: prepare
    stage: execute
    secrets: [DEPLOY_KEY]
    run: printf '%s' "$DEPLOY_KEY" | base64 > deploy.b64
  - id: implement
    stage: execute
    agent:
      instructions: Do the work.
      tools: [write_file, run_command, finish]
      commands: ["node forge.mjs"]
      model: scripted:.crustyclaw/scripts/forge.yml
  - id: probe
    stage: execute
    trust: untrusted
    run: echo "ran without isolation"
  - id: checks
    stage: review
    needs: [implement, prepare] # its own job: the forged result sits in implement's
    run: "true"
`;

const NO_SANDBOX = { CRUSTYCLAW_SANDBOX: "none" };

for (const flavour of ["github", "forgejo"] as const) {
  describe(`what a hostile agent leaves, with no isolation (${flavour})`, () => {
    let s: Scenario;
    const marker = `/tmp/crustyclaw-leftover-ran-${flavour}-${process.pid}`;
    beforeAll(async () => {
      s = await startScenario(flavour, {
        blueprint: GATES_BLUEPRINT,
        files: { ".crustyclaw/scripts/gates.yml": GATES_SCRIPT.replace("LEFTOVERS", JSON.stringify(leftovers(marker))), "action.yml": "name: protected\n" },
        runnerEnv: NO_SANDBOX,
      });
    });
    afterAll(async () => {
      await s.session.close();
      rmSync(marker, { force: true });
    });
    afterEach(() => expectNoViolations(s.local));

    it("is gated from its blobs, runs none of its git config, and its output commands nothing", async () => {
      const number = await s.openLabelledIssue("alice", "Leftovers", "x");
      const run = activeRun(await s.settle());
      expect(job(run, "implement").result, describeRuns([run])).toBe("success");
      const tracking = (await s.tracking(number))!;
      expect(tracking).toContain("**Escalated to a human**");
      // Each blind spot of the old gates: a quoted non-ASCII name, a rename hiding a deletion, a token in a "binary" file.
      expect(tracking).toContain(".github/workflows/ü.yml");
      expect(tracking).toMatch(/action\.yml/);
      expect(tracking).toMatch(/GitHub token[^\n]*blob\.bin/);
      // The secret stops the push altogether.
      // Only the outcome store's branch (the escalation's record): no work of the run was pushed.
      expect(s.git("for-each-ref", "--format=%(refname)", "refs/heads/crustyclaw/")).toBe("refs/heads/crustyclaw/outcomes\n");
      // No isolation here: the node ran (internal) and the comment says so.
      expect(tracking).toMatch(/isolation/);
      expect(existsSync(marker), "CrustyClaw's git ran the agent's fsmonitor or filter").toBe(false);

      // The allow-list refused the --node-options form of `npm test`.
      const transcript = readFileSync(path.join(run.workDir, "artifacts", "crustyclaw-implement", "transcripts", "implement.jsonl"), "utf8");
      const first = transcript.split("\n").map((l) => (l ? (JSON.parse(l) as { type: string; isError?: boolean; content?: string }) : undefined)).find((e) => e?.type === "tool")!;
      expect(first.isError).toBe(true);
      expect(first.content).toContain("not on this node's allow-list");

      // Workflow commands in output are shown, not obeyed; nothing became an annotation or an output.
      const logs = run.jobs.map((j) => j.log).join("\n");
      expect(logs).toContain("::error::from-checks");
      expect(logs).not.toMatch(/##\[error\]from-(checks|the-summary)/);
      expect(logs).not.toContain("The `set-output` command is deprecated");
      expect(tracking).not.toMatch(/@acme\/team/);
      expect(JSON.stringify(await s.comments(number))).not.toContain(TOKEN);
    });
  });

  describe(`results an agent forges, a secret a node leaks, an untrusted node without isolation (${flavour})`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, {
        blueprint: FORGE_BLUEPRINT,
        files: { ".crustyclaw/scripts/forge.yml": FORGE_SCRIPT.replace("FORGE", JSON.stringify(FORGE)) },
        secrets: { DEPLOY_KEY },
        runnerEnv: NO_SANDBOX,
      });
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    it("publishes nothing: the forged result is refused, the leaking node's change set dropped, the untrusted node refused", async () => {
      const number = await s.openLabelledIssue("alice", "Forge", "x");
      const run = activeRun(await s.settle());
      const tracking = (await s.tracking(number))!;
      expect(tracking, describeRuns([run])).toContain("**Escalated to a human**");
      expect(tracking).toContain("crustyclaw-implement/nodes/checks.json: node 'checks' does not run in that job");
      // Only the outcome store's branch (the escalation's record): no work of the run was pushed.
      expect(s.git("for-each-ref", "--format=%(refname)", "refs/heads/crustyclaw/")).toBe("refs/heads/crustyclaw/outcomes\n");

      const result = (id: string) => JSON.parse(readFileSync(path.join(run.workDir, "artifacts", `crustyclaw-${id}`, "nodes", `${id}.json`), "utf8")) as { status: string; output: string };
      expect(job(run, "probe").result, describeRuns([run])).toBe("failure");
      expect(result("probe").output).toMatch(/untrusted and its commands need isolation this runner cannot give/);
      expect(job(run, "prepare").result, describeRuns([run])).toBe("failure");
      expect(result("prepare").output).toContain("holds a secret of this job");
      expect(readFileSync(path.join(run.workDir, "artifacts", "crustyclaw-prepare", "changes.patch"), "utf8")).toBe("");

      const b64 = Buffer.from(DEPLOY_KEY).toString("base64").replace(/=+$/, "");
      const everything = [JSON.stringify(await s.comments(number)), ...run.jobs.map((j) => j.log), readFileSync(path.join(run.workDir, "artifacts", "crustyclaw-prepare", "nodes", "prepare.json"), "utf8")].join("\n");
      expect(everything).not.toContain(DEPLOY_KEY);
      expect(everything).not.toContain(b64);
    });
  });
}
