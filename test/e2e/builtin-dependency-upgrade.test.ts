import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { WorkflowRunRecord } from "../../src/localforge/index.js";
import { readState } from "../../src/stages/tracking.js";
import { activeRun, builtinBlueprint, describeRuns, job, jobsOf, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * The dependency-upgrade built-in (blueprints/dependency-upgrade.yml, the file itself)
 * through its compiled workflow (issue 10, item 6): its schedule fires → a run on an issue
 * CrustyClaw opens for it → `outdated`, the upgrade agent (npm updates package.json and the
 * lock file), a clean install and the tests → a pull request. A dispatch while that pull
 * request is open starts nothing; once it is closed, a dispatch starts a new run on the same
 * issue and a new pull request.
 *
 * Offline: the "registry" is a directory of package versions in the repository, installed
 * with `file:` specs and npm's `offline` setting, so nothing leaves the machine.
 */
const CRON = "0 4 * * 1";
const pkg = (version: string) => `{ "name": "left-pad", "version": "${version}", "main": "index.js" }\n`;
const lock = (version: string) =>
  `${JSON.stringify(
    {
      name: "app",
      version: "1.0.0",
      lockfileVersion: 3,
      requires: true,
      packages: {
        "": { name: "app", version: "1.0.0", dependencies: { "left-pad": `file:registry/left-pad/${version}` } },
        "node_modules/left-pad": { resolved: `registry/left-pad/${version}`, link: true },
        [`registry/left-pad/${version}`]: { name: "left-pad", version },
      },
    },
    null,
    2,
  )}\n`;

const call = (name: string, args: Record<string, unknown>) => ({ tool_calls: [{ name, arguments: args }] });
// JSON is YAML: the scripted model's file, one script per node.
const SCRIPT = JSON.stringify({
  nodes: {
    upgrade: {
      turns: [
        call("list_files", { path: "registry/left-pad" }),
        call("run_command", { command: "npm install file:registry/left-pad/1.1.0" }),
        call("run_command", { command: "npm test" }),
        call("finish", { summary: "Upgraded left-pad from 1.0.0 to 1.1.0 (minor) with npm; npm test passes. Left out: nothing." }),
      ],
    },
  },
});

const FILES = {
  "registry/left-pad/1.0.0/package.json": pkg("1.0.0"),
  "registry/left-pad/1.0.0/index.js": "module.exports = (s, n) => String(s).padStart(n);\n",
  "registry/left-pad/1.1.0/package.json": pkg("1.1.0"),
  "registry/left-pad/1.1.0/index.js": 'module.exports = (s, n, c = " ") => String(s).padStart(n, c);\n',
  "package.json": `${JSON.stringify({ name: "app", version: "1.0.0", private: true, scripts: { test: "node test.js" }, dependencies: { "left-pad": "file:registry/left-pad/1.0.0" } }, null, 2)}\n`,
  "package-lock.json": lock("1.0.0"),
  ".npmrc": "offline=true\naudit=false\nfund=false\nupdate-notifier=false\n",
  ".gitignore": "node_modules/\n",
  "test.js": 'const pad = require("left-pad");\nif (pad(5, 3) !== "  5") throw new Error("left-pad is broken");\nconsole.log("pad ok");\n',
  ".crustyclaw/scripts/model.yml": SCRIPT,
};

/** A node's result in the run's artifacts. */
function result(run: WorkflowRunRecord, job: string, node: string): { status: string; output: string } {
  return JSON.parse(readFileSync(path.join(run.workDir, "artifacts", `crustyclaw-${job}`, "nodes", `${node}.json`), "utf8")) as { status: string; output: string };
}

for (const flavour of ["github", "forgejo"] as const) {
  describe(`the dependency-upgrade built-in on ${flavour}`, () => {
    let s: Scenario;
    let issue: number;
    const branch = () => `crustyclaw/dependency-upgrade-${issue}`;
    beforeAll(async () => {
      s = await startScenario(flavour, {
        ...builtinBlueprint("dependency-upgrade"),
        files: FILES,
        vars: { CRUSTYCLAW_MODEL: "scripted:.crustyclaw/scripts/model.yml" },
        secrets: { CRUSTYCLAW_MODEL_API_KEY: "sk-scripted-not-a-real-key-000000" },
      });
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    /** Checks a run that opened an upgrade pull request; returns its number. */
    async function upgraded(runs: WorkflowRunRecord[]): Promise<number> {
      const run = activeRun(runs);
      const jobs = jobsOf(runs);
      expect(jobs.map(([id]) => id), describeRuns(runs)).toEqual(["route", "outdated", "publish-plan"]);
      expect(jobs.every(([, r]) => r === "success"), describeRuns(runs)).toBe(true);
      issue = Number(job(run, "route").outputs.issue);
      // The clean install and the tests ran on the upgrade.
      expect(result(run, "outdated", "clean-install").status).toBe("done");
      expect(result(run, "outdated", "checks").output).toContain("pad ok");
      // npm changed the manifest and the lock file; nothing else.
      expect(s.git("diff", "--name-only", "main", branch()).trim().split("\n")).toEqual(["package-lock.json", "package.json"]);
      expect(JSON.parse(s.git("show", `${branch()}:package.json`)).dependencies).toEqual({ "left-pad": "file:registry/left-pad/1.1.0" });
      expect(s.git("show", `${branch()}:package-lock.json`)).toContain('"version": "1.1.0"');
      const pr = (await s.pulls()).find((p) => p.head.ref === branch() && p.state === "open")!;
      expect(pr.body).toContain(`Closes #${issue}.`);
      expect(pr.body).toContain("**`upgrade`** reported:\n\nUpgraded left-pad from 1.0.0 to 1.1.0 \\(minor\\) with npm; npm test passes. Left out: nothing.");
      return pr.number;
    }

    let first: number;
    it("on its schedule: opens an issue for the run, upgrades, checks, and opens a pull request", async () => {
      s.local.fireSchedule("acme/app", s.workflow.path, CRON);
      const runs = await s.settle();
      first = await upgraded(runs);
      expect(activeRun(runs).event).toBe("schedule");
      const opened = await s.session.as("acme").getIssue(issue);
      expect(opened.title).toBe("CrustyClaw: dependency-upgrade");
      expect(readState((await s.tracking(issue))!, { blueprint: "dependency-upgrade", issue })).toMatchObject({ status: "in-review", pull: first });
    });

    it("by hand (workflow_dispatch): nothing while the upgrade waits for review; a new pull request once it is closed", async () => {
      const file = path.posix.basename(s.workflow.path);
      await s.session.as("alice").dispatchWorkflow(file, "main");
      const waiting = await s.settle();
      expect(job(activeRun(waiting), "route").outputs.stage, describeRuns(waiting)).toBe("");
      expect((await s.pulls()).filter((p) => p.state === "open")).toHaveLength(1);

      await s.session.as("alice").closePull(first);
      await s.settle();
      await s.session.as("alice").dispatchWorkflow(file, "main");
      const runs = await s.settle();
      expect(activeRun(runs).event).toBe("workflow_dispatch");
      const before = issue;
      const second = await upgraded(runs);
      // The same run issue, a new pull request.
      expect(issue).toBe(before);
      expect(second).not.toBe(first);
      // Labelled and with reviewers asked like the first: a closed pull request on the branch is not this one.
      const opened = (await s.pulls()).find((p) => p.number === second)!;
      expect(opened.labels.map((l) => l.name)).toEqual(["crustyclaw"]);
      expect(opened.requested_reviewers.map((u) => u.login)).toEqual(["acme"]);
      expect(readState((await s.tracking(issue))!, { blueprint: "dependency-upgrade", issue })).toMatchObject({ status: "in-review", pull: second });
    });
  });
}
