import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { LocalSession } from "../../src/local/session.js";
import { compileText } from "../helpers/blueprints.js";
import { describeRuns } from "../helpers/scenario.js";
import { parseConfig } from "../../src/config/config.js";

/** The local forge's Actions: which events start which workflows, with which token, in which order. */
const run = promisify(execFile);
let session: LocalSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function start(flavour: "github" | "forgejo", files: Record<string, string>) {
  session = await LocalSession.start({ flavour, owner: "acme", people: { alice: "write" }, files: { "README.md": "# app\n", ...files }, runnerEnv: { CRUSTYCLAW_TIME_SCALE: "0.01" } });
  return session;
}

const dir = (flavour: "github" | "forgejo") => (flavour === "github" ? ".github/workflows" : ".forgejo/workflows");

describe("events start workflows", () => {
  it("a label added with curl starts the compiled workflow", async () => {
    const bp = `name: issue-to-pr\ntriggers:\n  issue: { labels: [crustyclaw] }\nnodes:\n  - id: implement\n    stage: execute\n    run: echo hi > hi.txt\n`;
    const wf = compileText(bp, "github", parseConfig("c.yml", "forges: [github]\n").config!, ".crustyclaw/blueprints/issue-to-pr.yml");
    const s = await start("github", { ".crustyclaw/blueprints/issue-to-pr.yml": bp, [wf.path]: wf.text });
    const { number } = await s.as("alice").createIssue({ title: "Say hi", body: "" });
    await s.settle();
    const token = s.forge.token("alice");
    await run("curl", ["-sf", "-X", "POST", "-H", `Authorization: token ${token}`, "-H", "Content-Type: application/json", "-d", '{"labels":["crustyclaw"]}', `${s.forge.apiUrl}/repos/acme/app/issues/${number}/labels`]);
    const runs = await s.settle();
    expect(runs.map((r) => [r.workflow, r.event, r.action, r.conclusion])).toEqual([[wf.path, "issues", "labeled", "success"]]);
    expect(runs[0]!.jobs.map((j) => [j.id, j.result]), describeRuns(runs)).toEqual([
      ["route", "success"],
      ["record", "skipped"],
      ["implement", "success"],
      ["publish-execute", "success"],
    ]);
    expect((await s.as("acme").findPullByHead(`crustyclaw/issue-to-pr-${number}`))?.state).toBe("open");
  });

  for (const flavour of ["github", "forgejo"] as const) {
    it(`${flavour}: a push made with the job token starts no workflow; a dispatch made with it does`, async () => {
      const pusher = `name: pusher
on: workflow_dispatch
permissions: { contents: write, actions: write }
jobs:
  push:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          git -c user.name=bot -c user.email=bot@x commit -q --allow-empty -m "from the job"
          git push -q origin HEAD:refs/heads/from-job
      - run: |
          curl -sf -X POST -H "Authorization: token \${{ github.token }}" -H "Content-Type: application/json" \\
            -d '{"ref":"main"}' "\${{ github.api_url }}/repos/acme/app/actions/workflows/dispatched.yml/dispatches"
`;
      const onPush = `name: on-push\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: echo pushed }]\n`;
      const dispatched = `name: dispatched\non: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "started by \${{ github.actor }}"\n`;
      const s = await start(flavour, { [`${dir(flavour)}/pusher.yml`]: pusher, [`${dir(flavour)}/on-push.yml`]: onPush, [`${dir(flavour)}/dispatched.yml`]: dispatched });
      await s.as("alice").dispatchWorkflow("pusher.yml", "main");
      const runs = await s.settle();
      expect(runs.map((r) => [r.workflow.split("/").pop(), r.event, r.conclusion]), describeRuns(runs)).toEqual([
        ["pusher.yml", "workflow_dispatch", "success"],
        ["dispatched.yml", "workflow_dispatch", "success"],
      ]);
      expect(runs[1]!.jobs[0]!.log).toContain(`started by ${flavour === "github" ? "github-actions[bot]" : "forgejo-actions"}`);
      const push = s.forge.events.list.find((e) => e.type === "push")!;
      expect([push.sender, push.byJobToken]).toEqual([flavour === "github" ? "github-actions[bot]" : "forgejo-actions", true]);
      // A person's push starts the push workflow, as it should.
      const token = s.forge.token("alice");
      const tmp = (await run("mktemp", ["-d"])).stdout.trim();
      await run("git", ["clone", "-q", s.forge.gitUrl("acme", "app", token), tmp]);
      await run("git", ["-c", "user.name=a", "-c", "user.email=a@x", "commit", "-q", "--allow-empty", "-m", "by alice"], { cwd: tmp });
      await run("git", ["push", "-q", "origin", "HEAD:main"], { cwd: tmp });
      expect((await s.settle()).map((r) => [r.workflow.split("/").pop(), r.event, r.actor])).toEqual([["on-push.yml", "push", "alice"]]);
    });
  }
});

describe("the job token's permissions", () => {
  const COMMENTER = `name: commenter
on: workflow_dispatch
permissions: {}
jobs:
  read-only:
    runs-on: ubuntu-latest
    permissions: { issues: read }
    steps:
      - run: |
          curl -s -o /dev/null -w "status=%{http_code}\\n" -X POST -H "Authorization: token \${{ github.token }}" \\
            -H "Content-Type: application/json" -d '{"body":"hi"}' "\${{ github.api_url }}/repos/acme/app/issues/1/comments"
  writer:
    runs-on: ubuntu-latest
    permissions: { issues: write }
    steps:
      - run: |
          curl -s -o /dev/null -w "status=%{http_code}\\n" -X POST -H "Authorization: token \${{ github.token }}" \\
            -H "Content-Type: application/json" -d '{"body":"hi"}' "\${{ github.api_url }}/repos/acme/app/issues/1/comments"
`;

  for (const flavour of ["github", "forgejo"] as const) {
    it(`${flavour}: ${flavour === "github" ? "job permissions scope the token" : "permissions are ignored, the token can write"}`, async () => {
      const s = await start(flavour, { [`${dir(flavour)}/commenter.yml`]: COMMENTER });
      await s.as("alice").createIssue({ title: "one", body: "" });
      await s.as("alice").dispatchWorkflow("commenter.yml", "main");
      const [r] = (await s.settle()).filter((x) => x.workflow.endsWith("commenter.yml"));
      const status = (id: string) => /status=(\d+)/.exec(r!.jobs.find((j) => j.id === id)!.log)?.[1];
      expect([status("read-only"), status("writer")], describeRuns([r!])).toEqual(flavour === "github" ? ["403", "201"] : ["201", "201"]);
    });
  }
});

describe("what a finished job leaves on the commit", () => {
  const CI = (runsOn: string) => `name: CI\non: push\njobs:\n  test:\n    name: unit tests\n    runs-on: ${runsOn}\n    steps: [{ run: "true" }]\n  lint:\n    runs-on: ${runsOn}\n    steps: [{ run: "false" }]\n`;

  for (const flavour of ["github", "forgejo"] as const) {
    it(`${flavour}: ${flavour === "github" ? "a check run per job" : "a commit status per job, named workflow / job (event)"}`, async () => {
      const s = await start(flavour, { [`${dir(flavour)}/ci.yml`]: CI(flavour === "github" ? "ubuntu-latest" : "docker") });
      const token = s.forge.token("alice");
      const tmp = (await run("mktemp", ["-d"])).stdout.trim();
      await run("git", ["clone", "-q", s.forge.gitUrl("acme", "app", token), tmp]);
      await run("git", ["-c", "user.name=a", "-c", "user.email=a@x", "commit", "-q", "--allow-empty", "-m", "change"], { cwd: tmp });
      await run("git", ["push", "-q", "origin", "HEAD:main"], { cwd: tmp });
      const [r] = await s.settle();
      const checks = await s.as("alice").listChecks(r!.sha);
      expect(checks.map((c) => [c.name, c.state]).sort()).toEqual(
        flavour === "github"
          ? [
              ["lint", "failure"],
              ["unit tests", "success"],
            ]
          : [
              ["CI / lint (push)", "failure"],
              ["CI / unit tests (push)", "success"],
            ],
      );
    });
  }
});

describe("what a forge does with workflow files and concurrency", () => {
  it("Forgejo reads only the first workflow directory that exists", async () => {
    const wf = (name: string) => `name: ${name}\non: workflow_dispatch\njobs:\n  a:\n    runs-on: docker\n    steps: [{ run: echo ${name} }]\n`;
    const s = await start("forgejo", { ".forgejo/workflows/w.yml": wf("forgejo-dir"), ".github/workflows/w.yml": wf("github-dir") });
    await s.as("alice").dispatchWorkflow("w.yml", "main");
    expect((await s.settle()).map((r) => r.name)).toEqual(["forgejo-dir"]);
  });

  it("a broken workflow file, and one naming an action this machine lacks, are failed runs that say why", async () => {
    const s = await start("github", {
      ".github/workflows/broken.yml": "on: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ nope.x }}\n",
      ".github/workflows/remote.yml": "on: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: someone/else@v1\n",
    });
    await s.as("alice").dispatchWorkflow("broken.yml", "main");
    await s.as("alice").dispatchWorkflow("remote.yml", "main");
    // As on GitHub, a broken file fails on every event it might have been meant for (here the two dispatches).
    const runs = (await s.settle()).filter((r, i, all) => all.findIndex((x) => x.workflow === r.workflow) === i);
    expect(runs.map((r) => [r.workflow, r.conclusion, r.problems])).toEqual([
      [".github/workflows/broken.yml", "failure", [".github/workflows/broken.yml:6:19: Unrecognized named-value: 'nope'"]],
      [".github/workflows/remote.yml", "failure", ["job 'a', line 6: someone/else@v1 is not available to the local executor"]],
    ]);
  });

  const QUEUED = (flavour: string) => `name: queued
on: workflow_dispatch
concurrency: { group: one-at-a-time, cancel-in-progress: false }
jobs:
  a:
    runs-on: ${flavour === "github" ? "ubuntu-latest" : "docker"}
    steps: [{ run: sleep 3 }]
`;

  // The first run sleeps long enough for the other two to be dispatched while it runs, even on a loaded machine.
  it("GitHub keeps one pending run per concurrency group: a newer one cancels the one waiting", async () => {
    const s = await start("github", { ".github/workflows/queued.yml": QUEUED("github") });
    for (let i = 0; i < 3; i++) await s.as("alice").dispatchWorkflow("queued.yml", "main");
    const runs = await s.settle();
    expect(runs.map((r) => [r.number, r.conclusion])).toEqual([
      [1, "success"],
      [2, "cancelled"],
      [3, "success"],
    ]);
  });

  it("GitHub: cancel-in-progress cancels the running run; queue: max keeps every pending one", async () => {
    const cancelling = QUEUED("github").replace("cancel-in-progress: false", "cancel-in-progress: true").replace("sleep 3", "sleep 5");
    const queueing = QUEUED("github").replace("group: one-at-a-time,", "group: all-of-them, queue: max,").replace("name: queued", "name: queue-max");
    const s = await start("github", { ".github/workflows/cancelling.yml": cancelling, ".github/workflows/queue-max.yml": queueing });
    await s.as("alice").dispatchWorkflow("cancelling.yml", "main");
    await new Promise((r) => setTimeout(r, 1500));
    await s.as("alice").dispatchWorkflow("cancelling.yml", "main");
    for (let i = 0; i < 3; i++) await s.as("alice").dispatchWorkflow("queue-max.yml", "main");
    const runs = await s.settle();
    const of = (file: string) => runs.filter((r) => r.workflow.endsWith(file)).map((r) => [r.number, r.conclusion]);
    expect(of("cancelling.yml")).toEqual([
      [1, "cancelled"],
      [2, "success"],
    ]);
    expect(of("queue-max.yml")).toEqual([
      [1, "success"],
      [2, "success"],
      [3, "success"],
    ]);
  });

  it("Forgejo queues the runs of a concurrency group", async () => {
    const s = await start("forgejo", { ".forgejo/workflows/queued.yml": QUEUED("forgejo") });
    for (let i = 0; i < 3; i++) await s.as("alice").dispatchWorkflow("queued.yml", "main");
    const runs = await s.settle();
    expect(runs.map((r) => [r.number, r.conclusion])).toEqual([
      [1, "success"],
      [2, "success"],
      [3, "success"],
    ]);
    const [first, second, third] = runs.map((r) => ({ start: r.jobs[0]!.startedAt!, end: r.jobs[0]!.completedAt! }));
    expect(second!.start >= first!.end && third!.start >= second!.end).toBe(true);
  });
});
