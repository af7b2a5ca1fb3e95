import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { WorkflowRunRecord } from "../../src/localforge/index.js";
import { describeRuns, job, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * The CI-round loop (issue 10, item 5), through the compiled workflow. The repository's CI
 * workflow checks `rounds.txt`, which each feedback round extends: with `need` lines it
 * passes. CrustyClaw's pushes are the job token's, which start no workflow: on GitHub the
 * publish job dispatches the CI on the branch (config `ci.dispatch`), whose failure
 * (`workflow_run`) starts the round; on Forgejo the pushes use a token secret (config
 * `ci.push-token`), the CI's statuses land on the commit, and the command on the pull
 * request starts the round (Forgejo starts no workflow when checks fail).
 */
const BLUEPRINT = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
  command: /claw
  ci-failure: { workflows: [CI] }
budgets: { ci-rounds: 2 }
nodes:
  - id: implement
    stage: execute
    run: printf 'hello\\n' > hello.txt
  - id: fix
    stage: feedback
    agent:
      instructions: Make the checks pass.
      tools: [read_file, write_file, finish]
      model: scripted:.crustyclaw/scripts/fix.yml
  - id: count
    stage: feedback
    needs: [fix]
    run: echo round >> rounds.txt
`;

const FIX = `turns:
  - tool_calls: [{ name: write_file, arguments: { path: fixed.txt, content: "tried\\n" } }]
  - tool_calls: [{ name: finish, arguments: { summary: "Tried a fix" } }]
`;

/** CI that passes once rounds.txt has `need` lines; its log says what failed, after a lot of noise. */
function ciWorkflow(flavour: "github" | "forgejo", need: number): Record<string, string> {
  const on = flavour === "github" ? "[pull_request, workflow_dispatch]" : "[push]";
  const dir = flavour === "github" ? ".github/workflows" : ".forgejo/workflows";
  return {
    [`${dir}/ci.yml`]: `name: CI
on: ${on}
jobs:
  test:
    runs-on: ${flavour === "github" ? "ubuntu-latest" : "docker"}
    steps:
      - uses: actions/checkout@v4
      - run: |
          for i in $(seq 1 400); do echo "noise line $i"; done
          lines=$(cat rounds.txt 2>/dev/null | wc -l)
          if [ "$lines" -lt ${need} ]; then echo "CI-LOOP-FAILURE: rounds.txt has $lines lines, want ${need}"; exit 1; fi
          echo "all good"
`,
  };
}

function firstMessage(run: WorkflowRunRecord, node: string): string {
  const lines = readFileSync(path.join(run.workDir, "artifacts", `crustyclaw-${node}`, "transcripts", `${node}.jsonl`), "utf8").trim().split("\n");
  return lines.map((l) => JSON.parse(l) as { type: string; task?: string }).find((e) => e.type === "start")!.task!;
}

function rounds(runs: WorkflowRunRecord[]): WorkflowRunRecord[] {
  return runs.filter((r) => r.jobs.some((j) => j.id === "publish-feedback" && j.result !== "skipped"));
}

for (const flavour of ["github", "forgejo"] as const) {
  describe(`the CI loop on ${flavour}`, () => {
    const start = (need: number) =>
      startScenario(flavour, {
        blueprint: BLUEPRINT,
        files: { ".crustyclaw/scripts/fix.yml": FIX, ...ciWorkflow(flavour, need) },
        secrets: { CRUSTYCLAW_MODEL_API_KEY: "sk-scripted-not-a-real-key-000000", ...(flavour === "forgejo" ? { CI_PUSH_TOKEN: "" } : {}) },
        config: flavour === "github" ? "ci:\n  dispatch: [ci.yml]\n" : "ci:\n  push-token: CI_PUSH_TOKEN\n",
      });
    let s: Scenario;
    afterEach(() => expectNoViolations(s.local));

    /** Forgejo: the push token is alice's, whose pushes start the CI workflow. */
    const withPushToken = (sc: Scenario) => {
      if (flavour === "forgejo") sc.local.state.repo("acme/app")!.secrets.set("CI_PUSH_TOKEN", sc.local.token("alice"));
    };
    /** Forgejo: the command on the pull request asks for a CI round when its checks fail. */
    const ask = async (sc: Scenario, pull: number) => {
      if (flavour === "forgejo") {
        await sc.comment("alice", pull, "/claw");
        return sc.settle();
      }
      return [];
    };

    describe("fails twice, then passes within ci-rounds: 2", () => {
      beforeAll(async () => {
        s = await start(2);
        withPushToken(s);
      });
      afterAll(() => s.session.close());

      it("runs two CI rounds on the same pull request, then merges on approval", async () => {
        const number = await s.openLabelledIssue("alice", "Greet", "Write hello.txt");
        const opened = await s.settle();
        const branch = `crustyclaw/issue-to-pr-${number}`;
        const pr = (await s.pulls()).find((p) => p.head.ref === branch)!;
        expect(pr, describeRuns(opened)).toBeDefined();
        const all = [...opened, ...(await ask(s, pr.number))];
        // GitHub: the dispatched CI failed, its workflow_run started the first round, which pushed, dispatched CI again...
        let done = rounds(all);
        if (flavour === "forgejo") {
          expect(done, describeRuns(all)).toHaveLength(1);
          done = [...done, ...rounds(await ask(s, pr.number))];
        }
        expect(done, describeRuns(all)).toHaveLength(2);
        for (const r of done) expect(job(r, "publish-feedback").result, describeRuns([r])).toBe("success");
        const task = firstMessage(done[0]!, "fix");
        expect(task).toContain("its checks failed on commit");
        if (flavour === "github") expect(task).toContain("CI-LOOP-FAILURE: rounds.txt has 0 lines, want 2");
        else expect(task).toMatch(/CI \/ test \(push\): failure\nFailing/);
        expect(s.git("show", `${branch}:rounds.txt`)).toBe("round\nround\n");
        expect((await s.pulls()).filter((p) => p.head.ref === branch)).toHaveLength(1);
        expect(await s.tracking(number)).toContain("CI rounds 2");

        await s.session.as("alice").submitReview(pr.number, { event: "approve", body: "LGTM" });
        await s.settle();
        await s.session.as("alice").mergePull(pr.number, "merge");
        await s.settle();
        expect(await s.tracking(number)).toContain("**Merged**");
      });
    });

    describe("fails a third time", () => {
      beforeAll(async () => {
        s = await start(3);
        withPushToken(s);
      });
      afterAll(() => s.session.close());

      it("escalates past ci-rounds, keeping the pull request and its branch", async () => {
        const number = await s.openLabelledIssue("alice", "Greet", "Write hello.txt");
        await s.settle();
        const branch = `crustyclaw/issue-to-pr-${number}`;
        const pr = (await s.pulls()).find((p) => p.head.ref === branch)!;
        if (flavour === "forgejo") {
          await ask(s, pr.number);
          await ask(s, pr.number);
          await ask(s, pr.number);
        }
        const tracking = await s.tracking(number);
        expect(tracking).toContain("the CI-round budget (2) is spent");
        expect(s.git("show", `${branch}:rounds.txt`)).toBe("round\nround\n");
        expect((await s.pulls()).find((p) => p.number === pr.number)!.state).toBe("open");
        const labels = ((await s.api()("GET", `/repos/acme/app/issues/${number}/labels`)).body as Array<{ name: string }>).map((l) => l.name);
        expect(labels.length).toBeGreaterThan(0);
      });
    });
  });
}
