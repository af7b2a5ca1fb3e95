import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { stringify } from "yaml";
import { CONFIG_PATH } from "../config/config.js";
import { familyOf, FLAVOURS } from "../config/schema.js";
import { dropConnection, saveConnection } from "../local/connection.js";
import { openIssueRun, outcome, prepareFiles, startsWith, type BlueprintSource } from "../local/pipeline.js";
import { ProgressView, usageText, nodeResults } from "../local/progress.js";
import { LocalSession } from "../local/session.js";
import { packageRoot } from "../util/package-root.js";
import { printProblems, processIo, type Io } from "./output.js";
import { blueprintPaths, openProject, readBlueprint, readBuiltinBlueprint, type Project } from "./project.js";
import { oneOf, UsageError, type Command } from "./usage.js";

const LOGIN = "you";
const DEMO_TITLE = "Add a shout() helper";
const DEMO_BODY = "Add shout(name) next to greet() in greet.mjs: it returns the greeting in capitals, so shout('Ada') is 'HELLO, ADA!'. Check it in check.mjs.";
const git = promisify(execFile);

/** Statuses a run may end a local session in without anything having gone wrong. */
const GOOD = new Set(["in-review", "awaiting-merge", "merged", "awaiting-approval"]);

export const runCommand: Command = {
  name: "run",
  summary:
    "Run a blueprint on a local forge, as GitHub or Forgejo would run its compiled workflow: your repository is pushed to the forge, an issue is opened and labelled, and the pipeline's jobs run with the bundled actions. Shows progress, then the tracking comment and the pull request's diff.",
  usage: "crustyclaw run (--title TITLE [--body TEXT | --body-file FILE] | ISSUE.md | --demo) [--forge github|forgejo] [--model SPEC] [--blueprint NAME] [--approve] [--serve]",
  options: {
    title: { type: "string" },
    body: { type: "string" },
    "body-file": { type: "string" },
    forge: { type: "string" },
    model: { type: "string" },
    "model-base-url": { type: "string" },
    blueprint: { type: "string" },
    approve: { type: "boolean" },
    serve: { type: "boolean" },
    demo: { type: "boolean" },
    port: { type: "string" },
  },
  help: [
    "  --title TITLE       the issue's title (or a Markdown file: its first `# ` line is the title, the rest the body)",
    "  --body TEXT         the issue's body; --body-file FILE reads it from a file",
    "  --forge F           github or forgejo (default: the first in .crustyclaw/config.yml, else github)",
    "  --model SPEC        model for every agent node, e.g. anthropic/claude-sonnet-4-5, ollama/llama3,",
    "                      or scripted:turns.yml (default: CRUSTYCLAW_MODEL, then the blueprint's own)",
    "  --model-base-url U  API root of an OpenAI-compatible server (CRUSTYCLAW_MODEL_BASE_URL)",
    "  --blueprint NAME    which blueprint (name or path) when the repository has several",
    "  --approve           answer /approve whenever the run waits for approval",
    "  --serve             keep the forge running afterwards, for `crustyclaw forge comment|review|merge`",
    "  --demo              in an empty directory: create a sample repository and run issue-to-pr on it",
    "                      with a bundled scripted model; no model or key needed",
    "  --port N            the forge's port on 127.0.0.1 (default: a free one)",
    "",
    "The model's key comes from CRUSTYCLAW_MODEL_API_KEY (or OPENAI_API_KEY / ANTHROPIC_API_KEY).",
    "Your working tree is not changed: the forge gets a snapshot of it (what .gitignore ignores left out).",
  ],
  async run({ values, positionals, cwd }, io) {
    if (positionals.length > 1) throw new UsageError(`expected at most one issue file, got ${positionals.length}`);
    const demo = Boolean(values.demo);
    if (demo) await makeDemoRepository(cwd, io);
    const project = openProject(cwd);
    if (!existsSync(path.join(project.root, ".git"))) throw new UsageError(`${project.root} is not a git repository: run crustyclaw run inside one (or --demo in an empty directory)`);
    if (project.configProblems.length > 0) {
      printProblems(io, project.configProblems);
      return 1;
    }
    const issue = issueText(values, positionals, cwd, demo);
    const flavour = oneOf("forge", values.forge, FLAVOURS) ?? familyOf(project.config.forges[0] ?? "github");
    const blueprint = chooseBlueprint(project, typeof values.blueprint === "string" ? values.blueprint : undefined, cwd, io);
    if (!blueprint) return 1;
    const how = startsWith(blueprint.blueprint);
    if (!how) throw new UsageError(`blueprint ${blueprint.blueprint.name} starts on neither an issue label, a command nor a mention; choose another with --blueprint`);
    const configPath = path.join(project.root, CONFIG_PATH);
    const prepared = prepareFiles(flavour, existsSync(configPath) ? readFileSync(configPath, "utf8") : undefined, [blueprint], LOGIN);
    if (!existsSync(path.join(project.root, blueprint.path))) prepared.files[blueprint.path] = blueprint.text;

    const model = demo ? `scripted:${path.join(packageRoot(), "demo", "turns.yml")}` : modelSpec(values.model, cwd);
    const vars: Record<string, string> = {};
    if (model) vars.CRUSTYCLAW_MODEL = model;
    const baseUrl = typeof values["model-base-url"] === "string" ? values["model-base-url"] : process.env.CRUSTYCLAW_MODEL_BASE_URL;
    if (baseUrl) vars.CRUSTYCLAW_MODEL_BASE_URL = baseUrl;
    const key = process.env.CRUSTYCLAW_MODEL_API_KEY || process.env.OPENAI_API_KEY || process.env.ANTHROPIC_API_KEY;
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new UsageError(`invalid value '${String(values.port)}' for --port; expected a port number`);

    const runsDir = mkdtempSync(path.join(os.tmpdir(), "crustyclaw-run-"));
    const session = await LocalSession.start({
      flavour,
      owner: LOGIN,
      name: repoName(project.root),
      workTree: project.root,
      files: prepared.files,
      vars,
      secrets: key ? { [project.config.modelApiKeySecret]: key } : {},
      actionsRepository: project.config.actions.repository,
      runsDir,
      ...(port !== undefined ? { port } : {}),
    });
    // In place on a terminal; plain lines through `io` otherwise (pipes, CI, tests).
    const tty = io === processIo && Boolean(process.stdout.isTTY);
    const view = new ProgressView((raw) => (tty ? process.stdout.write(raw) : io.out(raw.replace(/\n$/, ""))), tty);
    const unsubscribe = session.forge.actions!.subscribe((u) => view.update(u));
    try {
      io.out(`local ${flavour} forge on ${session.forge.url}: ${session.repo.fullName} is a snapshot of ${project.root}`);
      for (const n of prepared.notes) io.out(`note: ${n}`);
      if (!model) io.out("note: no --model and no CRUSTYCLAW_MODEL: agent nodes use the model their blueprint names, if any");
      const number = await openIssueRun(session, blueprint.blueprint, LOGIN, issue);
      io.out(`opened issue #${number} "${issue.title}" and ${"label" in how ? `labelled it ${how.label}` : `commented ${how.command}`}`);
      await session.settle();
      let result = await outcome(session, blueprint.blueprint, number);
      while (values.approve && result.state?.status === "awaiting-approval") {
        io.out(`/approve on #${number}`);
        await session.as(LOGIN).createComment(number, "/approve");
        await session.settle();
        result = await outcome(session, blueprint.blueprint, number);
      }
      view.finish();
      report(io, number, result, session, runsDir);
      if (values.serve) {
        const file = saveConnection({ flavour, url: session.forge.url, apiUrl: session.forge.apiUrl, repo: session.repo.fullName, login: LOGIN, token: session.forge.token(LOGIN), pid: process.pid });
        io.out(
          [
            "",
            `The forge stays up (Ctrl-C stops it). From another terminal (connection in ${file}):`,
            `  crustyclaw forge comment ${number} "/approve"`,
            `  crustyclaw forge review ${result.pull?.number ?? "PR"} --request-changes --body "..." [--inline path:line:text]`,
            `  crustyclaw forge merge ${result.pull?.number ?? "PR"}`,
          ].join("\n"),
        );
        await new Promise<void>((resolve) => {
          process.once("SIGINT", () => resolve());
          process.once("SIGTERM", () => resolve());
        });
        dropConnection();
      }
      return result.state && GOOD.has(result.state.status) ? 0 : 1;
    } finally {
      unsubscribe();
      view.finish();
      await session.close();
    }
  },
};

function issueText(values: Record<string, unknown>, positionals: string[], cwd: string, demo: boolean): { title: string; body: string } {
  let title = typeof values.title === "string" ? values.title.trim() : undefined;
  let body = typeof values.body === "string" ? values.body : undefined;
  if (typeof values["body-file"] === "string") {
    if (body !== undefined) throw new UsageError("give --body or --body-file, not both");
    body = readText(path.resolve(cwd, values["body-file"]), "--body-file");
  }
  const file = positionals[0];
  if (file) {
    const text = readText(path.resolve(cwd, file), "the issue file");
    const m = /^#\s+(.+)\n?/.exec(text);
    title ??= m?.[1]?.trim();
    body ??= (m ? text.slice(m[0].length) : text).trim();
  }
  if (demo) return { title: title ?? DEMO_TITLE, body: body ?? DEMO_BODY };
  if (!title) throw new UsageError("the issue needs a title: --title TEXT, or a Markdown file whose first line is `# Title`");
  return { title, body: body ?? "" };
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`cannot read ${what} ${file}`);
  }
}

/** `scripted:` paths are made absolute: the agents run in a job's workspace, not here. */
function modelSpec(given: unknown, cwd: string): string | undefined {
  const spec = typeof given === "string" ? given.trim() : process.env.CRUSTYCLAW_MODEL?.trim();
  if (!spec) return undefined;
  if (!spec.startsWith("scripted:")) return spec;
  const file = path.resolve(cwd, spec.slice("scripted:".length).trim());
  if (!existsSync(file)) throw new UsageError(`scripted model file ${file} not found`);
  return `scripted:${file}`;
}

function chooseBlueprint(project: Project, wanted: string | undefined, cwd: string, io: Io): BlueprintSource | undefined {
  const paths = blueprintPaths(project, [], cwd);
  const files = paths.map((p) => readBlueprint(project, p));
  if (files.length === 0) {
    // Nothing set up yet: the built-in issue-to-pr, as `crustyclaw init` would write it.
    const name = wanted ?? "issue-to-pr";
    const text = readBuiltinBlueprint(name);
    const read = readBlueprint({ ...project, root: packageRoot() }, `blueprints/${name}.yml`);
    if (!read.blueprint) throw new UsageError(`no built-in blueprint '${name}'`);
    return { path: `${project.config.blueprints}/${name}.yml`, text, blueprint: read.blueprint };
  }
  const chosen = wanted
    ? files.find((f) => f.blueprint?.name === wanted || f.path === wanted || path.resolve(cwd, wanted) === path.join(project.root, f.path))
    : (files.find((f) => f.blueprint?.name === "issue-to-pr") ?? files.find((f) => f.blueprint && startsWith(f.blueprint)));
  if (!chosen) throw new UsageError(wanted ? `no blueprint '${wanted}' in ${project.config.blueprints}` : `no blueprint in ${project.config.blueprints} starts from an issue; choose one with --blueprint`);
  if (!chosen.blueprint) {
    printProblems(io, chosen.problems);
    return undefined;
  }
  return { path: chosen.path, text: chosen.text, blueprint: chosen.blueprint };
}

function repoName(root: string): string {
  const base = path.basename(root).replace(/[^A-Za-z0-9._-]/g, "-").replace(/^[^A-Za-z0-9]+/, "");
  return base && !base.endsWith(".git") ? base.slice(0, 100) : "app";
}

function report(io: Io, issue: number, r: Awaited<ReturnType<typeof outcome>>, session: LocalSession, runsDir: string): void {
  io.out("");
  io.out(`── tracking comment on #${issue} ──`);
  io.out(r.tracking ?? "(none: the route job did not start a run; see the runs above)");
  const usage = session.forge.actions!.runs.flatMap(nodeResults).filter((n) => n.turns > 0);
  if (usage.length) {
    const total = { turns: 0, tokens: 0, usd: 0, priced: true };
    for (const n of usage) Object.assign(total, { turns: total.turns + n.turns, tokens: total.tokens + n.tokens, usd: total.usd + n.usd, priced: total.priced && n.priced });
    io.out(`agents: ${usageText(total)}`);
  }
  if (r.pull) {
    io.out("");
    io.out(`── pull request #${r.pull.number}: ${r.pull.title} (${r.pull.headRef} → ${r.pull.baseRef}) ──`);
    io.out(r.diff?.trimEnd() || "(no changes)");
  }
  io.out("");
  io.out(`runs, logs and artifacts: ${runsDir}`);
  for (const t of r.transcripts) io.out(`transcript: ${t}`);
}

/** `--demo`: a small Node project with a passing `npm test`, committed, with CrustyClaw set up. */
async function makeDemoRepository(cwd: string, io: Io): Promise<void> {
  const present = existsSync(cwd) ? readdirSync(cwd) : [];
  if (present.length > 0) throw new UsageError(`--demo creates a sample repository in an empty directory; ${cwd} holds ${present.slice(0, 3).join(", ")}${present.length > 3 ? ", …" : ""}`);
  mkdirSync(cwd, { recursive: true });
  cpSync(path.join(packageRoot(), "demo", "repo"), cwd, { recursive: true });
  mkdirSync(path.join(cwd, ".crustyclaw", "blueprints"), { recursive: true });
  writeFileSync(path.join(cwd, CONFIG_PATH), `# CrustyClaw settings: see docs/configuration.md in the CrustyClaw repository.\n${stringify({ forges: ["github"], blueprints: ".crustyclaw/blueprints" })}`);
  writeFileSync(path.join(cwd, ".crustyclaw", "blueprints", "issue-to-pr.yml"), readBuiltinBlueprint("issue-to-pr"));
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_AUTHOR_NAME: "CrustyClaw demo", GIT_AUTHOR_EMAIL: "demo@crustyclaw.invalid", GIT_COMMITTER_NAME: "CrustyClaw demo", GIT_COMMITTER_EMAIL: "demo@crustyclaw.invalid" };
  await git("git", ["init", "-q", "-b", "main"], { cwd, env });
  await git("git", ["add", "-A"], { cwd, env });
  await git("git", ["commit", "-q", "-m", "A greeter, with CrustyClaw set up"], { cwd, env });
  io.out(`created a sample repository in ${cwd}: greet.mjs, its check (npm test), and .crustyclaw/ with the issue-to-pr blueprint`);
}
