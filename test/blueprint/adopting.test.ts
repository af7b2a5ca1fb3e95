import { describe, expect, it } from "vitest";
import { loadBlueprint } from "../../src/blueprint/validate.js";
import type { Forge, PullRequest } from "../../src/forge/forge.js";
import { adoptablePull } from "../../src/stages/adopted.js";
import { closeRunPull } from "../../src/stages/run-pull.js";
import { newRunState } from "../../src/stages/state.js";
import { mustLoad } from "../helpers/blueprints.js";

/** A blueprint of only feedback nodes works on pull requests people opened (fix-failing-ci). */
const NODES = `nodes:
  - id: fix
    stage: feedback
    run: echo fix
`;

const problems = (text: string) => loadBlueprint("b.yml", text).problems.map((p) => `${p.line}:${p.column} ${p.message} (${p.hint ?? ""})`);

describe("a blueprint of only feedback nodes", () => {
  it("starts on failing checks or a command, and never with triggers that name no pull request", () => {
    expect(problems(`name: fix\ntriggers:\n  ci-failure: { workflows: [CI] }\n  command: /fix\n${NODES}`)).toEqual([]);
    const found = problems(`name: fix\ntriggers:\n  issue: { labels: [x] }\n  schedule: ["0 4 * * 1"]\n  command: /fix\n${NODES}`);
    expect(found).toEqual([
      expect.stringMatching(/^3:3 a blueprint of only feedback nodes works on pull requests someone else opened, and trigger 'issue' starts no run on one \(start it with 'ci-failure'/),
      expect.stringMatching(/^4:3 .*trigger 'schedule' starts no run on one/),
    ]);
    expect(problems(`name: fix\ntriggers:\n  issue: { labels: [x] }\n${NODES}`)).toContainEqual(expect.stringMatching(/nothing in 'triggers' starts it on one \(add 'ci-failure' \(GitHub\) or 'command'/));
  });

  it("never merges by itself", () => {
    expect(problems(`name: fix\ntriggers:\n  command: /fix\nreview-policy: auto\n${NODES}`)).toEqual([
      expect.stringMatching(/^4:1 .*review-policy 'auto' would merge one without its author \(use 'approve-before-merge'/),
    ]);
  });

  it("is not what a blueprint with other stages is", () => {
    expect(problems(`name: fix\ntriggers:\n  issue: { labels: [x] }\nnodes:\n  - id: a\n    stage: execute\n    run: echo\n  - id: b\n    stage: feedback\n    run: echo\n`)).toEqual([]);
  });
});

describe("adoptablePull", () => {
  const blueprint = mustLoad(`name: fix\ntriggers:\n  command: /fix\n${NODES}`);
  const pull = (patch: Partial<PullRequest>): PullRequest => ({
    number: 7, title: "t", body: "", headRef: "feature", headSha: "a".repeat(40), baseRef: "main", state: "open", merged: false, draft: false, url: "", fromFork: false, ...patch,
  });
  const forge = (isPullRequest: boolean, p: PullRequest) => ({ getIssue: async () => ({ isPullRequest }), getPull: async () => p }) as unknown as Forge;

  it("adopts a pull request of this repository that no CrustyClaw run opened", async () => {
    expect(await adoptablePull(forge(true, pull({})), blueprint, 7)).toMatchObject({ headRef: "feature" });
  });
  it("refuses an issue, a fork's pull request and a CrustyClaw run's own, saying why", async () => {
    expect(await adoptablePull(forge(false, pull({})), blueprint, 7)).toBe("#7 is an issue, not a pull request: fix works on the pull request whose checks fail (comment on that pull request)");
    expect(await adoptablePull(forge(true, pull({ fromFork: true })), blueprint, 7)).toMatch(/comes from a fork: CrustyClaw never pushes to a fork's branch/);
    expect(await adoptablePull(forge(true, pull({ headRef: "crustyclaw/issue-to-pr-3" })), blueprint, 7)).toMatch(/is a CrustyClaw run's own \(branch crustyclaw\/issue-to-pr-3\)/);
  });
});

describe("closeRunPull", () => {
  const state = (branch: string) => ({ ...newRunState("fix", 7, branch, [], "2026-12-01T00:00:00Z"), pull: 7 });
  const forgeWith = (headRef: string) => {
    const closed: number[] = [];
    const pull: PullRequest = { number: 7, title: "t", body: "", headRef, headSha: "a".repeat(40), baseRef: "main", state: "open", merged: false, draft: false, url: "", fromFork: false };
    return { closed, forge: { getPull: async () => pull, closePull: async (n: number) => void closed.push(n) } as unknown as Forge };
  };

  it("closes a pull request CrustyClaw opened, never one a run adopted", async () => {
    const own = forgeWith("crustyclaw/issue-to-pr-7");
    await closeRunPull(own.forge, state("crustyclaw/issue-to-pr-7"));
    expect(own.closed).toEqual([7]);
    const adopted = forgeWith("feature");
    await closeRunPull(adopted.forge, state("feature"));
    expect(adopted.closed).toEqual([]);
  });
});
