import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { compileBlueprint } from "../../src/compile/emit.js";
import { parseConfig } from "../../src/config/config.js";
import { LocalSession } from "../../src/local/session.js";
import type { WorkflowRunRecord } from "../../src/localforge/index.js";
import { client } from "../localforge/helpers.js";
import { mustLoad } from "./blueprints.js";

/**
 * Scenario tests: a local forge with Actions on, a repository holding the blueprint and
 * its compiled workflow, and people acting through the REST API. Every event goes
 * through the forge's Actions and the local executor: real job boundaries, job tokens,
 * artifacts, `if:` and `needs`.
 */

/** A deterministic issue-to-pr: no agent, so it runs offline and the same every time. */
export const DETERMINISTIC_BLUEPRINT = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
  command: /claw
nodes:
  - id: implement
    stage: execute
    run: |
      printf 'hello from crustyclaw\\n' > hello.txt
      echo "implemented"
  - id: checks
    stage: review
    needs: [implement]
    run: test -f hello.txt && grep -q hello hello.txt
`;

export const BLUEPRINT_PATH = ".crustyclaw/blueprints/issue-to-pr.yml";

/** A built-in blueprint as `crustyclaw init` copies it: the file in blueprints/ itself, at its path in a repository. */
export function builtinBlueprint(name: string): { blueprint: string; blueprintPath: string } {
  return { blueprint: readFileSync(new URL(`../../blueprints/${name}.yml`, import.meta.url), "utf8"), blueprintPath: `.crustyclaw/blueprints/${name}.yml` };
}

/**
 * issue-to-pr with one execute-stage agent driven by the scripted model in `.crustyclaw/scripts/<script>.yml`,
 * and any lines after it (`extra`: more nodes, budgets).
 */
export function oneAgentBlueprint(o: { tools: string[]; commands?: string[]; script?: string; extra?: string }): string {
  return `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
nodes:
  - id: implement
    stage: execute
    agent:
      instructions: Do the work.
      tools: [${o.tools.join(", ")}]
${o.commands ? `      commands: [${o.commands.map((c) => JSON.stringify(c)).join(", ")}]\n` : ""}      model: scripted:.crustyclaw/scripts/${o.script ?? "implement"}.yml
${o.extra ?? ""}`;
}

export interface ScenarioOptions {
  blueprint?: string;
  /** Where the blueprint goes in the repository. Default BLUEPRINT_PATH. */
  blueprintPath?: string;
  files?: Record<string, string>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  runnerEnv?: Record<string, string>;
  /** Extra lines for .crustyclaw/config.yml. */
  config?: string;
  /** `false`: the forge ignores `concurrency:` (Forgejo before version 14). */
  concurrency?: false;
  /** `pull-requests.reviewers` in the config. Default [acme]; [] leaves it out, as `crustyclaw init` does. */
  reviewers?: string[];
  /** More collaborators besides alice (write), reader (read) and x[bot] (read). */
  people?: Record<string, "read" | "write" | "admin">;
}

export interface Pull {
  number: number;
  title: string;
  body: string;
  state: string;
  head: { ref: string; sha: string };
  user: { login: string };
  labels: Array<{ name: string }>;
  requested_reviewers: Array<{ login: string }>;
  [k: string]: unknown;
}

export async function startScenario(flavour: "github" | "forgejo", o: ScenarioOptions = {}) {
  const blueprintText = o.blueprint ?? DETERMINISTIC_BLUEPRINT;
  const blueprintPath = o.blueprintPath ?? BLUEPRINT_PATH;
  // On Forgejo the automatic token cannot read permissions: the documented fallback is an allow-list.
  const reviewers = o.reviewers ?? ["acme"];
  const config = `forges: [${flavour}]\n${reviewers.length > 0 ? `pull-requests:\n  reviewers: [${reviewers.join(", ")}]\n` : ""}${flavour === "forgejo" ? "authorize:\n  users: [alice]\n" : ""}${o.config ?? ""}`;
  const workflow = compileBlueprint({
    blueprint: mustLoad(blueprintText, blueprintPath),
    sourcePath: blueprintPath,
    sourceText: blueprintText,
    config: parseConfig("c.yml", config).config!,
    forge: flavour,
  });
  const session = await LocalSession.start({
    flavour,
    owner: "acme",
    people: { alice: "write", reader: "read", "x[bot]": "read", ...o.people },
    bots: { "helper-bot": "write" },
    files: { "README.md": "# app\n", ".crustyclaw/config.yml": config, [blueprintPath]: blueprintText, [workflow.path]: workflow.text, ...o.files },
    ...(o.secrets ? { secrets: o.secrets } : {}),
    ...(o.vars ? { vars: o.vars } : {}),
    // Waits of the forge client (retries, GitHub's write spacing) scaled down: no real seconds slept.
    runnerEnv: { CRUSTYCLAW_TIME_SCALE: "0.01", ...o.runnerEnv },
    ...(o.concurrency === false ? { concurrency: false } : {}),
  });
  const local = session.forge;
  const gitDir = session.repo.gitDir;
  const api = (login = "acme") => client(local, local.token(login));
  const s = {
    flavour,
    session,
    local,
    workflow,
    api,
    /** Opens an issue as `login`, then `login` labels it `crustyclaw`: two events, as on a forge. */
    async openLabelledIssue(login: string, title: string, body: string, label = "crustyclaw"): Promise<number> {
      const issue = await session.as(login).createIssue({ title, body });
      await session.as(login).addLabels(issue.number, [label]);
      return issue.number;
    },
    async comment(login: string, issue: number, body: string) {
      return session.as(login).createComment(issue, body);
    },
    /** Waits for the runs the events so far started; returns them. */
    settle: () => session.settle(),
    async pulls(): Promise<Pull[]> {
      return (await api()("GET", "/repos/acme/app/pulls?state=all")).body as Pull[];
    },
    async comments(issue: number): Promise<Array<{ id: number; body: string; user: { login: string } }>> {
      return (await api()("GET", `/repos/acme/app/issues/${issue}/comments`)).body;
    },
    async tracking(issue: number): Promise<string | undefined> {
      return (await s.comments(issue)).find((c) => c.body.includes("crustyclaw:tracking"))?.body;
    },
    git(...args: string[]): string {
      return execFileSync("git", ["-C", gitDir, ...args], { encoding: "utf8" });
    },
    refs(): string {
      return s.git("show-ref");
    },
  };
  return s;
}

export type Scenario = Awaited<ReturnType<typeof startScenario>>;

/** `[job, result]` of every job of the runs that ran some job (runs whose route skipped everything are left out). */
export function jobsOf(runs: WorkflowRunRecord[]): Array<[string, string]> {
  return runs.flatMap((r) => r.jobs.filter((j) => j.result !== "skipped").map((j) => [j.id, j.result] as [string, string]));
}

/** The one run of `workflow` among `runs` that did more than skip its jobs. */
export function activeRun(runs: WorkflowRunRecord[]): WorkflowRunRecord {
  const active = runs.filter((r) => r.jobs.some((j) => j.result !== "skipped") || r.problems.length > 0);
  if (active.length !== 1) throw new Error(`expected one run that did something, got ${active.length}:\n${describeRuns(runs)}`);
  return active[0]!;
}

/** Runs, their jobs and logs, for assertion messages. */
export function describeRuns(runs: WorkflowRunRecord[]): string {
  return runs
    .map((r) => [`run ${r.id} ${r.event}/${r.action}: ${r.conclusion ?? r.status} ${r.problems.join("; ")}`, ...r.jobs.map((j) => `  ${j.id}: ${j.result}\n${j.log.replace(/^/gm, "    ")}`)].join("\n"))
    .join("\n");
}

/** A job's output by id in a run. */
export function job(run: WorkflowRunRecord, id: string) {
  const j = run.jobs.find((x) => x.id === id);
  if (!j) throw new Error(`run ${run.id} has no job ${id}:\n${describeRuns([run])}`);
  return j;
}
