import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readGeneratedHeader } from "../../src/compile/emit.js";
import { parseConfig } from "../../src/config/config.js";
import { compileBuiltin, compileText } from "../helpers/blueprints.js";

type Job = {
  needs?: string[];
  if?: string;
  "runs-on": string | string[];
  "timeout-minutes": number;
  permissions?: Record<string, string>;
  steps: Array<{ id?: string; uses: string; with?: Record<string, unknown>; env?: Record<string, string> }>;
};
type Workflow = { on: Record<string, unknown>; permissions?: unknown; concurrency: { group: string }; jobs: Record<string, Job> };

const jobsOf = (text: string) => (parse(text) as Workflow).jobs;

const bp = (nodes: string, extra = "") => `name: t
triggers:
  issue: { labels: [go] }
${extra}
nodes:
${nodes}`;

const chain = bp(`  - id: a
    stage: plan
    agent: { instructions: plan it }
  - id: b
    stage: execute
    needs: [a]
    agent: { instructions: do it }
  - id: c
    stage: review
    needs: [b]
    run: npm test`);

describe("job layout", () => {
  it("fuses a chain of same-tier nodes into one job between route and publish", () => {
    const jobs = jobsOf(compileText(chain, "github").text);
    expect(Object.keys(jobs)).toEqual(["route", "record", "a", "publish-plan"]);
    expect(jobs.a!.steps.map((s) => s.id).filter(Boolean)).toEqual(["a", "b", "c"]);
    expect(jobs["publish-plan"]!.needs).toEqual(["route", "a"]);
  });

  it("keeps independent nodes as parallel jobs", () => {
    const text = bp(`  - id: a
    stage: execute
    run: make a
  - id: b
    stage: execute
    run: make b
  - id: c
    stage: review
    needs: [a, b]
    run: make check`);
    const jobs = jobsOf(compileText(text, "github").text);
    expect(jobs.a!.needs).toEqual(["route"]);
    expect(jobs.b!.needs).toEqual(["route"]);
    expect(jobs.c!.needs).toEqual(["route", "a", "b"]);
    expect(jobs["publish-execute"]!.needs).toEqual(["route", "c"]);
  });

  it("does not fuse a node with secrets and an agent into one job", () => {
    // Secrets only before an agent (validation refuses them after one): the agent's job must not hold them either.
    const text = bp(`  - id: fetch
    stage: execute
    run: ./fetch-context.sh
    secrets: [API_TOKEN]
  - id: a
    stage: execute
    needs: [fetch]
    agent: { instructions: do it }`);
    const jobs = jobsOf(compileText(text, "github").text);
    expect(Object.keys(jobs)).toEqual(expect.arrayContaining(["fetch", "a"]));
    expect(jobs.a!.steps.some((s) => JSON.stringify(s.env ?? {}).includes("API_TOKEN"))).toBe(false);
    const step = jobs["fetch"]!.steps.find((s) => s.id === "fetch")!;
    expect(step.env).toEqual({ API_TOKEN: "${{ secrets.API_TOKEN }}", CRUSTYCLAW_TRACE: "${{ needs.route.outputs.trace }}" });
  });

  it("does not fuse across trust tiers and maps tiers to runner labels", () => {
    const text = bp(`  - id: a
    stage: plan
    agent: { instructions: plan it }
  - id: b
    stage: execute
    needs: [a]
    trust: untrusted
    agent: { instructions: do it }`);
    const gh = jobsOf(compileText(text, "github").text);
    expect(gh.a!["runs-on"]).toBe("ubuntu-latest");
    expect(gh.b!["runs-on"]).toEqual(["self-hosted", "microvm"]);
    const fj = jobsOf(compileText(text, "forgejo").text);
    expect(fj.a!["runs-on"]).toBe("docker");
    expect(fj.b!["runs-on"]).toBe("microvm");
  });

  it("takes runner labels from .crustyclaw/config.yml, per forge", () => {
    const { config, problems } = parseConfig(
      "config.yml",
      "runners:\n  internal: [self-hosted, linux, big]\n  forgejo:\n    internal: lxc\n",
    );
    expect(problems).toEqual([]);
    expect(jobsOf(compileText(chain, "github", config!).text).a!["runs-on"]).toEqual(["self-hosted", "linux", "big"]);
    expect(jobsOf(compileText(chain, "forgejo", config!).text).a!["runs-on"]).toBe("lxc");
    // Every forge takes them: GHES and Gitea too, from the shared list or their own.
    const more = parseConfig("config.yml", "runners:\n  internal: [self-hosted, big]\n  gitea:\n    internal: act\n").config!;
    expect(jobsOf(compileText(chain, "ghes", more).text).a!["runs-on"]).toEqual(["self-hosted", "big"]);
    expect(jobsOf(compileText(chain, "gitea", more).text).a!["runs-on"]).toBe("act");
  });

  it("sets timeout-minutes from the nodes' budgets plus set-up time", () => {
    const text = bp(`  - id: a
    stage: execute
    agent: { instructions: x, budget: { minutes: 20 } }
  - id: b
    stage: review
    needs: [a]
    run: npm test
    minutes: 7`);
    expect(jobsOf(compileText(text, "github").text).a!["timeout-minutes"]).toBe(20 + 7 + 5);
  });

  it("splits plan and execution into separate runs under approve-before-execute", () => {
    const text = chain.replace("triggers:", "review-policy: approve-before-execute\ntriggers:");
    const jobs = jobsOf(compileText(text, "github").text);
    expect(Object.keys(jobs)).toEqual(["route", "record", "a", "publish-plan", "b", "publish-execute"]);
    expect(jobs.a!.if).toBe("needs.route.outputs.stage == 'plan'");
    expect(jobs.b!.if).toBe("needs.route.outputs.stage == 'execute'");
  });

  it("compiles issue-to-pr to at most 3 jobs on its main path", () => {
    for (const forge of ["github", "forgejo"] as const) {
      const wf = compileBuiltin("issue-to-pr", forge);
      expect(wf.mainPathJobs).toBeLessThanOrEqual(3);
    }
  });
});

describe("least privilege", () => {
  it("on GitHub: no default permissions, read-only work jobs, write only where results are published", () => {
    const wf = parse(compileText(chain, "github").text) as Workflow;
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.a!.permissions).toEqual({ contents: "read" });
    expect(wf.jobs["publish-plan"]!.permissions).toEqual({ contents: "write", issues: "write", "pull-requests": "write" });
    for (const step of wf.jobs.a!.steps) expect(JSON.stringify(step)).not.toContain("github.token");
    // The record job pushes only the outcome store's commits, and checks out nothing.
    expect(wf.jobs.record!.permissions).toEqual({ contents: "write" });
    expect(wf.jobs.record!.steps.map((s) => s.uses)).toEqual(["crustyclaw/crustyclaw/actions/route@v1"]);
    for (const [id, job] of Object.entries(wf.jobs)) {
      if (id === "record") continue;
      const checkout = job.steps.find((s) => s.uses.startsWith("actions/checkout@"))!;
      expect(checkout.with!["persist-credentials"]).toBe(false);
    }
  });

  it("on Forgejo: emits no permissions (Forgejo ignores them) and says so", () => {
    const text = compileText(chain, "forgejo").text;
    const wf = parse(text) as Workflow;
    expect(wf.permissions).toBeUndefined();
    for (const job of Object.values(wf.jobs)) expect(job.permissions).toBeUndefined();
    expect(text).toContain("Forgejo ignores `permissions:`");
  });

  it("gives the model API key and the model variables to agent steps only, never to deterministic steps", () => {
    const jobs = jobsOf(compileText(chain, "github").text);
    const steps = Object.fromEntries(jobs.a!.steps.filter((s) => s.id).map((s) => [s.id, s]));
    // Besides the stage's trace (not secret), which every node step gets.
    expect(steps.a!.env).toEqual({ CRUSTYCLAW_MODEL_API_KEY: "${{ secrets.CRUSTYCLAW_MODEL_API_KEY }}", CRUSTYCLAW_TRACE: "${{ needs.route.outputs.trace }}" });
    expect(steps.a!.with).toMatchObject({ model: "${{ vars.CRUSTYCLAW_MODEL }}", "model-base-url": "${{ vars.CRUSTYCLAW_MODEL_BASE_URL }}" });
    expect(steps.c!.with).not.toHaveProperty("model");
    expect(steps.c!.env).toEqual({ CRUSTYCLAW_TRACE: "${{ needs.route.outputs.trace }}" });
  });
});

describe("per-forge differences", () => {
  it("uses GitHub short names on GitHub and full URLs for CrustyClaw's actions on Forgejo", () => {
    const gh = jobsOf(compileText(chain, "github").text);
    expect(gh.route!.steps[1]!.uses).toBe("crustyclaw/crustyclaw/actions/route@v1");
    const fj = jobsOf(compileText(chain, "forgejo").text);
    expect(fj.route!.steps[1]!.uses).toBe("https://github.com/crustyclaw/crustyclaw/actions/route@v1");
    expect(fj.a!.steps.at(-1)!.uses).toBe("actions/upload-artifact@v3");
    expect(gh.a!.steps.at(-1)!.uses).toBe("actions/upload-artifact@v4");
  });

  it("writes to each forge's workflow directory", () => {
    expect(compileText(chain, "github").path).toBe(".github/workflows/crustyclaw-t.yml");
    expect(compileText(chain, "forgejo").path).toBe(".forgejo/workflows/crustyclaw-t.yml");
  });

  it("leaves the ci-failure trigger out on Forgejo with a warning, and keeps it on GitHub", () => {
    const text = chain.replace("triggers:\n", "triggers:\n  ci-failure: { workflows: [CI] }\n");
    const fj = compileText(text, "forgejo");
    expect(Object.keys((parse(fj.text) as Workflow).on)).not.toContain("workflow_run");
    expect(fj.warnings.join("\n")).toMatch(/Forgejo and Gitea have no workflow_run/);
    const gh = compileText(text, "github");
    expect((parse(gh.text) as Workflow).on.workflow_run).toEqual({ workflows: ["CI"], types: ["completed"] });
  });

  it("fails clearly when no trigger is left for the forge", () => {
    const text = `name: t
triggers:
  ci-failure: { workflows: [CI] }
nodes:
  - id: a
    stage: review
    run: make check
`;
    expect(() => compileText(text, "forgejo")).toThrow(/no trigger that forgejo supports/);
  });
});

describe("routing", () => {
  it("filters events in the route job's if: so other events start no job", () => {
    const route = jobsOf(compileText(chain, "github").text).route!;
    expect(route.if).toContain("contains(github.event.issue.labels.*.name, 'go')");
    expect(route.if).toContain("startsWith(format('{0} ', github.event.comment.body), '/approve ')");
  });

  it("serialises runs per issue or pull request", () => {
    const wf = parse(compileText(chain, "github").text) as Workflow;
    expect(wf.concurrency.group).toMatch(/^crustyclaw-t-\$\{\{ github\.event\.issue\.number \|\| github\.event\.pull_request\.number/);
  });
});

describe("header", () => {
  it("names the source and a hash that detects edits", () => {
    const text = compileText(chain, "github").text;
    const header = readGeneratedHeader(text)!;
    expect(header.source).toBe(".crustyclaw/blueprints/test.yml");
    expect(header.intact).toBe(true);
    expect(readGeneratedHeader(text.replace("timeout-minutes: 10", "timeout-minutes: 11"))!.intact).toBe(false);
  });

  it("pins the blueprint's hash into every stage step", () => {
    const a = compileText(chain, "github").text;
    const b = compileText(`${chain}\n# a comment changes the file's bytes\n`, "github").text;
    expect(a).not.toBe(b);
    expect(a.match(/blueprint-sha256: ([0-9a-f]{64})/)![1]).not.toBe(b.match(/blueprint-sha256: ([0-9a-f]{64})/)![1]);
  });
});

describe("data between jobs", () => {
  it("hands a work job the results of the work jobs it needs", () => {
    const text = bp(`  - id: a
    stage: execute
    agent: { instructions: x }
  - id: b
    stage: execute
    agent: { instructions: y }
  - id: c
    stage: review
    needs: [a, b]
    run: npm test`);
    for (const forge of ["github", "forgejo"] as const) {
      const c = jobsOf(compileText(text, forge).text).c!;
      const downloads = c.steps.filter((s) => s.uses.startsWith("actions/download-artifact@"));
      expect(downloads.map((s) => s.with)).toEqual([
        { name: "crustyclaw-a", path: "${{ runner.temp }}/crustyclaw-in/crustyclaw-a" },
        { name: "crustyclaw-b", path: "${{ runner.temp }}/crustyclaw-in/crustyclaw-b" },
      ]);
      expect(c.steps.find((s) => s.id === "c")!.with!["in-dir"]).toBe("${{ runner.temp }}/crustyclaw-in");
    }
  });
});

describe("plan tasks fanned out (max-parallel)", () => {
  const text = bp(
    `  - id: plan
    stage: plan
    agent: { instructions: plan it }
  - id: implement
    stage: execute
    needs: [plan]
    agent: { instructions: do your task }
  - id: checks
    stage: review
    needs: [implement]
    run: npm test`,
    "max-parallel: 3",
  );
  type FanJob = Job & { strategy?: Record<string, unknown>; outputs?: Record<string, string> };

  it("makes the agent after a plan a matrix over the plan's tasks, at most max-parallel at once, fed by the plan job's output", () => {
    for (const forge of ["github", "forgejo"] as const) {
      const jobs = jobsOf(compileText(text, forge).text) as Record<string, FanJob>;
      expect(Object.keys(jobs)).toEqual(["route", "record", "plan", "implement", "checks", "publish-plan"]);
      expect(jobs.plan!.outputs).toEqual({ tasks: "${{ steps.plan.outputs.tasks }}" });
      expect(jobs.implement!.strategy).toEqual({ matrix: { task: "${{ fromJSON(needs.plan.outputs.tasks) }}" }, "max-parallel": 3, "fail-fast": false });
      expect(jobs.implement!.steps.find((s) => s.id === "implement")!.with!.task).toBe("${{ matrix.task }}");
      expect(jobs.implement!.steps.at(-1)!.with!.name).toBe("crustyclaw-implement.${{ matrix.task }}");
    }
  });

  it("has the join download every task's results: by pattern with v4, every artifact with v3", () => {
    const downloads = (forge: "github" | "forgejo") =>
      jobsOf(compileText(text, forge).text).checks!.steps.filter((s) => s.uses.startsWith("actions/download-artifact@")).map((s) => s.with);
    expect(downloads("github")).toEqual([
      { name: "crustyclaw-plan", path: "${{ runner.temp }}/crustyclaw-in/crustyclaw-plan" },
      { pattern: "crustyclaw-implement.*", path: "${{ runner.temp }}/crustyclaw-in" },
    ]);
    expect(downloads("forgejo")).toEqual([{ path: "${{ runner.temp }}/crustyclaw-in" }]);
  });

  it("keeps one job for the plan and its tasks when max-parallel is 1 (the default)", () => {
    const jobs = jobsOf(compileText(text.replace("max-parallel: 3", ""), "github").text);
    expect(Object.keys(jobs)).toEqual(["route", "record", "plan", "publish-plan"]);
  });
});

describe("slash commands", () => {
  it("match the command as a word, so /claw does not start on /claw-review", () => {
    const route = jobsOf(compileText(chain.replace("triggers:\n", "triggers:\n  command: /claw\n"), "github").text).route!;
    expect(route.if).toContain("startsWith(format('{0} ', github.event.comment.body), '/claw ')");
    expect(route.if).toContain(`startsWith(github.event.comment.body, format('{0}{1}', '/claw', fromJSON('"\\n"')))`);
    expect(route.if).not.toContain("startsWith(github.event.comment.body, '/claw')");
  });
});

describe("feedback rounds", () => {
  const withFeedback = (extra = "  command: /claw") =>
    bp(
      `  - id: b
    stage: execute
    agent: { instructions: do it }
  - id: f
    stage: feedback
    agent: { instructions: address the review }`,
      extra,
    );

  it("listen for inline comments; GitHub checks their text for the command, Forgejo's comment reviews go to route", () => {
    const gh = parse(compileText(withFeedback(), "github").text) as Workflow;
    expect(gh.on.pull_request_review_comment).toEqual({ types: ["created"] });
    expect(gh.jobs.route!.if).toContain(
      "(github.event_name == 'pull_request_review_comment' && startsWith(github.event.pull_request.head.ref, 'crustyclaw/t-') && (startsWith(format('{0} ', github.event.comment.body), '/claw ')",
    );
    // An inline comment without the command does nothing: its run must not replace a pending run of its pull request.
    expect(gh.concurrency.group).toContain("(github.event_name != 'pull_request_review_comment' || startsWith(format('{0} ', github.event.comment.body), '/claw ')");

    const fj = parse(compileText(withFeedback(), "forgejo").text) as Workflow;
    expect(fj.on.pull_request_review_comment).toEqual({ types: ["created"] });
    expect(fj.jobs.route!.if).toContain("(github.event_name == 'pull_request_review_comment' && startsWith(github.event.pull_request.head.ref, 'crustyclaw/t-'))");
    expect(fj.concurrency.group).not.toContain("pull_request_review_comment");

    // Without a command, or without feedback nodes, no comment can ask for a round.
    expect((parse(compileText(withFeedback(""), "github").text) as Workflow).on.pull_request_review_comment).toBeUndefined();
    expect((parse(compileText(chain, "github").text) as Workflow).on.pull_request_review_comment).toBeUndefined();
  });

  it("hands the round's review and comments from the route job to feedback agents, as a file", () => {
    for (const forge of ["github", "forgejo"] as const) {
      const jobs = jobsOf(compileText(withFeedback(), forge).text);
      const upload = jobs.route!.steps.find((s) => s.uses.startsWith("actions/upload-artifact@"))!;
      expect(upload).toMatchObject({ if: "${{ steps.route.outputs.plan != '' || steps.route.outputs.stage == 'feedback' }}", with: { name: "crustyclaw-route" } });
      const f = jobs.f!;
      expect(f.steps.filter((s) => s.uses.startsWith("actions/download-artifact@")).map((s) => s.with)).toEqual([
        { name: "crustyclaw-route", path: "${{ runner.temp }}/crustyclaw-feedback" },
      ]);
      expect(f.steps.find((s) => s.id === "f")!.with!["feedback-file"]).toBe("${{ runner.temp }}/crustyclaw-feedback/feedback.json");
      // The execute agent is no feedback node: it gets no such file.
      expect(jobs.b!.steps.find((s) => s.id === "b")!.with!["feedback-file"]).toBeUndefined();
    }
  });
});
