import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { activeRun, builtinBlueprint, describeRuns, jobsOf, oneAgentBlueprint, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * `.crustyclaw/policy.yml` through the compiled workflows on both forges: the route job reads
 * it from the default branch and hands the agent rules to the work and publish jobs; a deny
 * rule takes a tool away from an agent; a policy on a pull request's branch has no say; a path
 * the policy denies is refused by the agent's tools and again by publish when a command wrote it.
 */

/** Commits `files` onto a new branch from main in the bare repository (paths may be nested). */
function branchWith(gitDir: string, branch: string, files: Record<string, string>): string {
  const tmp = mkdtempSync(path.join(tmpdir(), "crustyclaw-index-"));
  const env = { ...process.env, GIT_INDEX_FILE: path.join(tmp, "index") };
  const git = (args: string[], input?: string) => execFileSync("git", ["-C", gitDir, ...args], { env, encoding: "utf8", ...(input !== undefined ? { input } : {}) }).trim();
  try {
    git(["read-tree", "main"]);
    for (const [file, content] of Object.entries(files)) git(["update-index", "--add", "--cacheinfo", `100644,${git(["hash-object", "-w", "--stdin"], content)},${file}`]);
    const commit = git(["-c", "user.name=alice", "-c", "user.email=alice@example.com", "commit-tree", git(["write-tree"]), "-p", "main", "-m", "tidy"]);
    git(["update-ref", `refs/heads/${branch}`, commit]);
    return commit;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const BASE_POLICY = `rules:
  - deny: reviews read files, they do not search
    tools: [search]
    blueprints: [review-pr]
`;
// What the pull request's branch says instead: anyone may ask, and nothing is denied.
const BRANCH_POLICY = `rules:
  - allow: anyone may ask for a review
    actors: ["*"]
`;

const REVIEW_SCRIPT = `nodes:
  review:
    turns:
      - tool_calls: [{ name: search, arguments: { pattern: sub } }]
      - tool_calls: [{ name: read_file, arguments: { path: calc.js } }]
      - tool_calls:
          - name: finish
            arguments: { summary: "Read calc.js.", result: { verdict: comment, comments: [] } }
`;

interface Entry {
  type: string;
  [k: string]: unknown;
}
const entries = (file: string): Entry[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Entry);

for (const flavour of ["github", "forgejo"] as const) {
  describe(`policy rules of the default branch on ${flavour}`, () => {
    let s: Scenario;
    let pr: number;
    beforeAll(async () => {
      s = await startScenario(flavour, {
        ...builtinBlueprint("review-pr"),
        files: { "calc.js": "function sub(a, b) {\n  return a - b;\n}\n", ".crustyclaw/policy.yml": BASE_POLICY, ".crustyclaw/scripts/model.yml": REVIEW_SCRIPT },
        vars: { CRUSTYCLAW_MODEL: "scripted:.crustyclaw/scripts/model.yml" },
        secrets: { CRUSTYCLAW_MODEL_API_KEY: "sk-scripted-not-a-real-key-000000" },
      });
      branchWith(s.session.repo.gitDir, "tidy", { "calc.js": "function sub(a, b) {\n  return b - a;\n}\n", ".crustyclaw/policy.yml": BRANCH_POLICY });
      pr = (await s.session.as("alice").createPull({ title: "Tidy calc", body: "Also relaxes the policy", head: "tidy", base: "main", draft: false })).number;
      await s.settle();
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    it("ignores the pull request's policy when deciding who may start: a reader is refused", async () => {
      await s.comment("reader", pr, "/claw-review");
      const runs = await s.settle();
      expect(jobsOf(runs), describeRuns(runs)).toEqual([["route", "success"]]);
      const refusal = (await s.comments(pr)).find((c) => c.body.startsWith("CrustyClaw did not start"));
      expect(refusal?.body).toMatch(flavour === "github" ? /reader has read access; starting an agent needs write access/ : /cannot read reader's permission/);
    });

    it("takes the tool the default branch's policy denies away from the agent, whatever the pull request's policy says", async () => {
      await s.comment("alice", pr, "/claw-review");
      const runs = await s.settle();
      expect(jobsOf(runs), describeRuns(runs)).toEqual([
        ["route", "success"],
        ["review", "success"],
        ["publish-review", "success"],
      ]);
      const run = activeRun(runs);
      const transcript = entries(path.join(run.workDir, "artifacts", "crustyclaw-review", "transcripts", "review.jsonl"));
      expect(transcript.find((e) => e.type === "policy")).toMatchObject({ type: "policy", removed: "search", rule: ".crustyclaw/policy.yml:2:5", why: "reviews read files, they do not search" });
      // The agent asked for the tool anyway: it is not there. The tools it keeps still work.
      const calls = transcript.filter((e) => e.type === "tool");
      expect(transcript.find((e) => e.type === "start")?.tools).toEqual(["read_file", "list_files", "finish"]);
      expect(calls[0]).toMatchObject({ call: { name: "search" }, isError: true, content: "unknown tool 'search'; available: read_file, list_files, finish" });
      expect(calls[1]).toMatchObject({ call: { name: "read_file" }, isError: false });
      expect(JSON.stringify(calls[1])).toContain("return b - a");
      expect((await s.tracking(pr)) ?? "").toContain("review-pr");
    });
  });
}

const PATH_POLICY = `rules:
  - deny: keys stay out of agents' reach
    paths: ["secrets/**", "*.pem"]
`;

const PATH_BLUEPRINT = oneAgentBlueprint({ tools: ["write_file", "run_command", "finish"], commands: ["cp greeting.txt *"] });

// The agent tries the denied path with its write tool (refused), then has a command write it.
const PATH_SCRIPT = `turns:
  - tool_calls: [{ name: write_file, arguments: { path: secrets/token.txt, content: "x" } }]
  - tool_calls: [{ name: write_file, arguments: { path: greeting.txt, content: "hello\\n" } }]
  - tool_calls: [{ name: run_command, arguments: { command: "cp greeting.txt server.pem" } }]
  - tool_calls: [{ name: finish, arguments: { summary: "Wrote the greeting." } }]
`;

for (const flavour of ["github", "forgejo"] as const) {
  describe(`policy paths on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, {
        blueprint: PATH_BLUEPRINT,
        files: { ".crustyclaw/policy.yml": PATH_POLICY, ".crustyclaw/scripts/implement.yml": PATH_SCRIPT },
        secrets: { CRUSTYCLAW_MODEL_API_KEY: "sk-scripted-not-a-real-key-000000" },
      });
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    it("refuses a denied path in the agent's write tool, and again in publish when a command wrote one", async () => {
      const issue = await s.openLabelledIssue("alice", "Greet", "Write a greeting.");
      const runs = await s.settle();
      const run = activeRun(runs);
      const transcript = entries(path.join(run.workDir, "artifacts", "crustyclaw-implement", "transcripts", "implement.jsonl"));
      const calls = transcript.filter((e) => e.type === "tool");
      expect(calls[0]).toMatchObject({ isError: true, content: expect.stringContaining("secrets/token.txt may not be changed: keys stay out of agents' reach (policy rule at .crustyclaw/policy.yml:2:5)") });
      // The command ran (commands may write anywhere in the checkout); publish checks every path the change set has.
      expect(calls[2]).toMatchObject({ isError: false, content: expect.stringContaining("exit code 0") });
      expect(await s.pulls()).toEqual([]);
      const tracking = (await s.tracking(issue))!;
      expect(tracking, describeRuns(runs)).toContain("server.pem");
      expect(tracking).toContain("the repository's policy forbids: keys stay out of agents' reach (rule at .crustyclaw/policy.yml:2:5)");
      expect(s.refs()).not.toContain("refs/heads/crustyclaw/issue-to-pr-");
    });
  });
}

// Two agents in parallel jobs; a rule keeps 'docs' out of src/. 'docs' has a command copy a file there: 'code' may
// change src/, but did not change that file, so publish refuses it (before, any agent of the blueprint sufficed).
const NODE_POLICY = `rules:
  - deny: src/ is the code agent's
    paths: ["src/**"]
    nodes: [docs]
`;
const TWO_AGENTS = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
nodes:
  - id: docs
    stage: execute
    agent:
      instructions: Write the notes.
      tools: [write_file, run_command, finish]
      commands: ["cp notes.txt *"]
      model: scripted:.crustyclaw/scripts/docs.yml
  - id: code
    stage: execute
    agent:
      instructions: Write the code.
      tools: [write_file, finish]
      model: scripted:.crustyclaw/scripts/code.yml
`;
const DOCS_SCRIPT = `turns:
  - tool_calls: [{ name: write_file, arguments: { path: notes.txt, content: "notes\\n" } }]
  - tool_calls: [{ name: run_command, arguments: { command: "cp notes.txt src/a.txt" } }]
  - tool_calls: [{ name: finish, arguments: { summary: "Wrote the notes." } }]
`;
const CODE_SCRIPT = `turns:
  - tool_calls: [{ name: write_file, arguments: { path: src/b.txt, content: "code\\n" } }]
  - tool_calls: [{ name: finish, arguments: { summary: "Wrote the code." } }]
`;

for (const flavour of ["github", "forgejo"] as const) {
  describe(`node-scoped policy paths on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, {
        blueprint: TWO_AGENTS,
        files: { ".crustyclaw/policy.yml": NODE_POLICY, ".crustyclaw/scripts/docs.yml": DOCS_SCRIPT, ".crustyclaw/scripts/code.yml": CODE_SCRIPT, "src/.keep": "" },
        secrets: { CRUSTYCLAW_MODEL_API_KEY: "sk-scripted-not-a-real-key-000000" },
      });
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    it("publish asks a path of the agents whose job changed it, not of every agent of the blueprint", async () => {
      const issue = await s.openLabelledIssue("alice", "Notes and code", "Write both.");
      const runs = await s.settle();
      expect(jobsOf(runs), describeRuns(runs)).toEqual([
        ["route", "success"],
        ["docs", "success"],
        ["code", "success"],
        ["publish-execute", "success"],
      ]);
      expect(await s.pulls()).toEqual([]);
      const tracking = (await s.tracking(issue))!;
      expect(tracking).toContain("src/a.txt");
      expect(tracking).toContain("the repository's policy forbids to 'docs', whose job changed it: src/ is the code agent's (rule at .crustyclaw/policy.yml:2:5)");
      // The file 'code' wrote is not named: it may change src/.
      expect(tracking).not.toContain("src/b.txt, which");
      expect(s.refs()).not.toContain("refs/heads/crustyclaw/issue-to-pr-");
    });
  });
}
