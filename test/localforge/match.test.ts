import { describe, expect, it } from "vitest";
import { matchWorkflow, globMatch } from "../../src/localforge/actions/match.js";
import type { ForgeEvent } from "../../src/localforge/index.js";
import { parseWorkflowFile } from "../../src/executor/index.js";

/** Which `on:` matches which event, as GitHub and Forgejo decide. */
const event = (type: string, action: string, extra: Partial<ForgeEvent> = {}): ForgeEvent =>
  ({ id: 1, repo: {} as ForgeEvent["repo"], type, action, payload: {}, sender: "alice", byJobToken: false, at: "", ...extra }) as ForgeEvent;

async function names(flavour: "github" | "forgejo", on: string, e: ForgeEvent, changed: string[] = [], baseBranch = "main") {
  const wf = await parseWorkflowFile(".github/workflows/w.yml", `on:\n${on}\njobs:\n  a:\n    runs-on: x\n    steps: [{ run: echo }]\n`);
  return matchWorkflow(flavour, wf.events, e, { workflowFile: ".github/workflows/w.yml", baseBranch, changedFiles: async () => changed });
}

describe("GitHub", () => {
  it("filters by types, with pull_request's default types", async () => {
    expect(await names("github", "  issues: { types: [labeled] }", event("issues", "labeled"))).toEqual(["issues"]);
    expect(await names("github", "  issues: { types: [labeled] }", event("issues", "opened"))).toEqual([]);
    expect(await names("github", "  pull_request:", event("pull_request", "synchronize"))).toEqual(["pull_request"]);
    expect(await names("github", "  pull_request:", event("pull_request", "closed"))).toEqual([]);
    expect(await names("github", "  pull_request_review: { types: [submitted] }", event("pull_request_review", "submitted"))).toEqual(["pull_request_review"]);
  });

  it("filters pushes by branch and tag, and pull requests by base branch and changed paths", async () => {
    const push = (ref: string) => event("push", "", { push: { ref, before: "0".repeat(40), after: "a".repeat(40) } });
    expect(await names("github", "  push: { branches: [main, 'release/**'] }", push("refs/heads/release/1.2"))).toEqual(["push"]);
    expect(await names("github", "  push: { branches: [main] }", push("refs/heads/feature"))).toEqual([]);
    expect(await names("github", "  push: { branches: ['**', '!wip/*'] }", push("refs/heads/wip/x"))).toEqual([]);
    expect(await names("github", "  push: { branches: [main] }", push("refs/tags/v1"))).toEqual([]);
    expect(await names("github", "  push: { tags: ['v*'] }", push("refs/tags/v1"))).toEqual(["push"]);
    const pr = event("pull_request", "opened", { pull: 1 });
    expect(await names("github", "  pull_request: { branches: [main], paths: ['src/**'] }", pr, ["src/a.ts"])).toEqual(["pull_request"]);
    expect(await names("github", "  pull_request: { paths: ['src/**'] }", pr, ["README.md"])).toEqual([]);
    expect(await names("github", "  pull_request: { paths-ignore: ['docs/**'] }", pr, ["docs/a.md"])).toEqual([]);
    expect(await names("github", "  pull_request: { branches: [release] }", pr, [])).toEqual([]);
  });

  it("runs workflow_run only for the workflows it names, and not three runs deep", async () => {
    const on = "  workflow_run: { workflows: [CI], types: [completed] }";
    expect(await names("github", on, event("workflow_run", "completed", { workflowRun: { name: "CI", depth: 1 } }))).toEqual(["workflow_run"]);
    expect(await names("github", on, event("workflow_run", "completed", { workflowRun: { name: "Other", depth: 1 } }))).toEqual([]);
    expect(await names("github", on, event("workflow_run", "completed", { workflowRun: { name: "CI", depth: 4 } }))).toEqual([]);
  });
});

describe("Forgejo", () => {
  it("matches hook types to on: keys and renames actions before types apply", async () => {
    expect(await names("forgejo", "  issues: { types: [labeled] }", event("issue_label", "label_updated"))).toEqual(["issues"]);
    expect(await names("forgejo", "  issues: { types: [unlabeled] }", event("issue_label", "label_cleared"))).toEqual(["issues"]);
    expect(await names("forgejo", "  pull_request:", event("pull_request_sync", "synchronized"))).toEqual(["pull_request"]);
    expect(await names("forgejo", "  issue_comment: { types: [created] }", event("pull_request_comment", "created"))).toEqual(["issue_comment"]);
  });

  it("does not match a comment-type review to types: [submitted], and runs once per matching key", async () => {
    expect(await names("forgejo", "  pull_request_review: { types: [submitted] }", event("pull_request_review_approved", "reviewed"))).toEqual(["pull_request_review"]);
    expect(await names("forgejo", "  pull_request_review: { types: [submitted] }", event("pull_request_review_comment", "reviewed"))).toEqual([]);
    expect(await names("forgejo", "  pull_request_review:\n  pull_request_review_comment:", event("pull_request_review_comment", "reviewed"))).toEqual(["pull_request_review", "pull_request_review_comment"]);
  });
});

describe("glob patterns", () => {
  it("take * within a segment, ** across, ? for one character, and ! to exclude", () => {
    expect(globMatch(["src/*"], "src/a.ts")).toBe(true);
    expect(globMatch(["src/*"], "src/x/a.ts")).toBe(false);
    expect(globMatch(["src/**"], "src/x/a.ts")).toBe(true);
    expect(globMatch(["v?"], "v1")).toBe(true);
    expect(globMatch(["**", "!*.md"], "README.md")).toBe(false);
  });

  it("match many stars against a long branch name in linear time", () => {
    // Issue "The agent's code is hostile", item 7: a backtracking RegExp never finished this.
    expect(globMatch([`${"*a".repeat(12)}*b`], "a".repeat(10_000))).toBe(false);
    expect(globMatch([`${"**a".repeat(12)}**b`], `${"a/".repeat(5_000)}b`)).toBe(true);
  });
});
