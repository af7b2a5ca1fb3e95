import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readGeneratedHeader } from "../compile/emit.js";
import type { Problem } from "../util/problem.js";
import { PINS_PATH } from "../compile/pins.js";
import { WORKFLOW_DIRS } from "../compile/target.js";
import { buildWorkflows, generatedFiles, workflowDirs } from "./build.js";
import { printJson, printProblems } from "./output.js";
import { blueprintPaths, openProject } from "./project.js";
import { FORGES } from "../config/schema.js";
import { checkRunners, runnerQuery } from "./runners.js";
import { oneOf, UsageError, type Command } from "./usage.js";

export const checkCommand: Command = {
  name: "check",
  summary:
    "Fail when committed workflows do not match a fresh compile: missing, stale, edited by hand, or left over from a deleted blueprint. Use it in CI.",
  usage: "crustyclaw check [--json] [--runners [--forge F] [--repo OWNER/NAME] [--api-url URL]]",
  options: { json: { type: "boolean" }, runners: { type: "boolean" }, forge: { type: "string" }, repo: { type: "string" }, "api-url": { type: "string" } },
  help: [
    "  --json              print the result as JSON on stdout",
    "  --runners           also ask the forge which runners the repository has, and warn for each",
    "                      trust tier whose runs-on labels no (online) runner carries",
    "  --forge F           the forge to ask with --runners (default: the first in `forges`)",
    "  --repo OWNER/NAME   the repository (default: GITHUB_REPOSITORY, else the `origin` remote)",
    "  --api-url URL       its forge's API (default: GITHUB_API_URL, else derived from `origin`)",
    "",
    "Listing runners needs a repository admin's token: GITHUB_TOKEN (or GH_TOKEN), FORGEJO_TOKEN on Forgejo/Gitea.",
  ],
  async run({ values, cwd }, io) {
    const project = openProject(cwd);
    const flag = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
    if (!values.runners && (values.forge !== undefined || values.repo !== undefined || values["api-url"] !== undefined)) {
      throw new UsageError("--forge, --repo and --api-url go with --runners");
    }
    const runnerForge = oneOf("forge", values.forge, FORGES) ?? project.config.forges[0]!;
    if (values.runners && !project.config.forges.includes(runnerForge)) throw new UsageError(`--forge ${runnerForge} is not one of this project's forges (${project.config.forges.join(", ")})`);
    const query = values.runners ? runnerQuery(runnerForge, { ...(flag("repo") ? { repo: flag("repo")! } : {}), ...(flag("api-url") ? { apiUrl: flag("api-url")! } : {}) }, project.root) : undefined;
    const result = buildWorkflows(project, [], project.config.forges, cwd);
    const problems: Problem[] = [...result.problems];
    const fix = "run `npx crustyclaw compile` and commit the result";
    const expected = new Set<string>();
    for (const wf of result.workflows) {
      expected.add(wf.path);
      const abs = path.join(project.root, wf.path);
      if (!existsSync(abs)) {
        problems.push({ file: wf.path, line: 0, column: 0, message: "workflow is missing", hint: fix, code: "missing" });
        continue;
      }
      const committed = readFileSync(abs, "utf8");
      if (committed === wf.text) continue;
      const problem = firstDifference(wf.path, committed, wf.text);
      // The header's hash covers the body: a mismatch means a person changed the file.
      const edited = readGeneratedHeader(committed)?.intact === false;
      problems.push({
        ...problem,
        message: edited ? `workflow was edited by hand (${problem.message})` : `workflow is stale (${problem.message})`,
        hint: edited ? `edit the blueprint instead, then ${fix}` : fix,
        code: edited ? "edited" : "stale",
      });
    }
    const sources = new Set(blueprintPaths(project, [], cwd));
    if (sources.size === 0) {
      const here = existsSync(path.join(project.root, ".crustyclaw"));
      problems.push({
        file: here ? project.config.blueprints : ".crustyclaw",
        line: 0,
        column: 0,
        message: here ? `no blueprints in ${project.config.blueprints}: nothing to check` : `no CrustyClaw project in ${project.root} (no .crustyclaw/ directory)`,
        hint: here ? "add a blueprint (`npx crustyclaw init` writes one), or run check where the project is" : "run `npx crustyclaw init` first, or run check inside the repository that has .crustyclaw/",
        code: "no-project",
      });
    }
    for (const forge of project.config.forges) {
      for (const f of generatedFiles(project, forge)) {
        // Its blueprint still exists but has problems: those are reported above, not an orphan.
        if (expected.has(f.path) || sources.has(f.header.source)) continue;
        problems.push({
          file: f.path,
          line: 1,
          column: 1,
          message: `generated from ${f.header.source}, which is not a blueprint of this project any more`,
          hint: "delete the file, or run `npx crustyclaw compile`, which removes it",
          code: "orphan",
        });
      }
    }
    // A generated workflow where no configured forge looks never runs (Forgejo reads only the first of its directories that exists).
    const reads = workflowDirs(project, project.config.forges).of;
    const read = new Set(reads.values());
    for (const dir of new Set(Object.values(WORKFLOW_DIRS).flat())) {
      if (read.has(dir)) continue;
      for (const f of generatedFiles(project, project.config.forges[0]!, dir)) {
        problems.push({
          file: f.path,
          line: 1,
          column: 1,
          message: `generated workflow in ${dir}, which none of the configured forges reads (${[...reads].map(([forge, d]) => `${forge} reads ${d}`).join(", ")}): it never runs`,
          hint: "delete it: `npx crustyclaw compile` writes each forge's workflows where that forge reads them",
          code: "ignored-dir",
        });
      }
    }
    if (result.unpinned.length > 0) {
      result.warnings.push(`${PINS_PATH}: the workflows use ${result.unpinned.length} action repositories by tag, which can be moved to other code (${result.unpinned.join(", ")}): run \`npx crustyclaw pin\` and commit ${PINS_PATH} to use commits instead`);
    }
    const runners = query ? await checkRunners(query, project.config, result.workflows) : undefined;
    if (runners) result.warnings.push(...runners.warnings.map((w) => `runners: ${w}`));
    if (values.json) {
      printJson(io, { ok: problems.length === 0, workflows: result.workflows.map((w) => w.path), warnings: result.warnings, problems, ...(runners ? { runners: runners.notes } : {}) });
    } else {
      printProblems(io, problems);
      for (const w of result.warnings) io.err(`warning: ${w}`);
      for (const n of runners?.notes ?? []) io.out(`runners: ${n}`);
      if (problems.length === 0) io.out(`ok  ${result.workflows.length} workflow(s) match their blueprints`);
    }
    return problems.length === 0 ? 0 : 1;
  },
};

/** Point at the first line that differs, so the user sees where. */
function firstDifference(file: string, actual: string, expected: string): Problem {
  const a = actual.split("\n");
  const e = expected.split("\n");
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  const detail = i < e.length ? `line ${i + 1} should be: ${truncate(e[i]!)}` : `unexpected line ${i + 1}: ${truncate(a[i] ?? "")}`;
  return { file, line: i + 1, column: 1, message: `first difference at ${detail}`, code: "stale" };
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
