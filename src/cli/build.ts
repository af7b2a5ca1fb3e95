import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compileBlueprint, readGeneratedHeader, type CompiledWorkflow } from "../compile/emit.js";
import { CompileError } from "../compile/workflow.js";
import { PINS_PATH, readPins } from "../compile/pins.js";
import { WORKFLOW_DIRS, workflowDirFor } from "../compile/target.js";
import type { Blueprint } from "../blueprint/types.js";
import { CONFIG_PATH, type Config } from "../config/config.js";
import { familyOf, type ForgeName } from "../config/schema.js";
import type { Problem } from "../util/problem.js";
import { blueprintPaths, readBlueprint, type Project } from "./project.js";

export interface BuildResult {
  workflows: CompiledWorkflow[];
  problems: Problem[];
  /** `file: message` notes about things a target leaves out. */
  warnings: string[];
  /** With no pin file: the tag references the workflows use (`check` warns about them). */
  unpinned: string[];
}

/**
 * Validate and compile blueprints for the given forges. Nothing is written here. Actions are
 * pinned to the commits in PINS_PATH: with a pin file, an action it does not cover is a
 * problem; without one, they are listed in `unpinned` (`pins: false`: tags, nothing listed, for `pin`).
 */
export function buildWorkflows(project: Project, files: string[], forges: ForgeName[], cwd: string, opts: { pins?: boolean } = {}): BuildResult {
  const dirs = workflowDirs(project, forges);
  const pinFile = opts.pins === false ? { problems: [] } : readPins(project.root);
  const result: BuildResult = { workflows: [], problems: [...project.configProblems, ...project.policyProblems, ...dirs.problems, ...pinFile.problems], warnings: [], unpinned: [] };
  const names = new Map<string, string>();
  for (const repoPath of blueprintPaths(project, files, cwd)) {
    const file = readBlueprint(project, repoPath);
    result.problems.push(...file.problems);
    if (!file.blueprint) continue;
    const clash = names.get(file.blueprint.name);
    if (clash) {
      result.problems.push({
        file: repoPath,
        line: 1,
        column: 1,
        message: `blueprint name '${file.blueprint.name}' is also used by ${clash}; both would compile to the same workflow file`,
        hint: "give each blueprint a unique name",
        code: "duplicate-name",
      });
      continue;
    }
    names.set(file.blueprint.name, repoPath);
    for (const forge of forges) {
      try {
        const wf = compileBlueprint({ blueprint: file.blueprint, sourcePath: repoPath, sourceText: file.text, config: project.config, forge, workflowDir: dirs.of.get(forge)!, ...(pinFile.pins ? { pins: pinFile.pins } : {}) });
        result.workflows.push(wf);
        result.warnings.push(...wf.warnings.map((w) => `${repoPath}: ${forge}: ${w}`));
        const noCi = ciRouteMissing(file.blueprint, project.config, forge);
        if (noCi) result.warnings.push(`${repoPath}: ${forge}: ${noCi}`);
      } catch (err) {
        if (!(err instanceof CompileError)) throw err;
        result.problems.push({ file: repoPath, line: 1, column: 1, message: err.message, code: "compile" });
      }
    }
  }
  if (opts.pins !== false && pinFile.problems.length === 0) {
    const unpinned = [...new Set(result.workflows.flatMap((w) => w.unpinned))].sort();
    if (pinFile.pins) {
      for (const uses of unpinned) {
        result.problems.push({
          file: PINS_PATH,
          line: 1,
          column: 1,
          message: `${uses} is not pinned: the compiled workflows would use a tag, which can be moved to other code`,
          hint: "run `npx crustyclaw pin` (it asks the forges which commit each tag names) and commit the pin file",
          code: "unpinned",
        });
      }
    } else {
      result.unpinned = unpinned;
    }
  }
  return result;
}

/**
 * Where each forge reads this repository's workflows: the directory that already holds them
 * (a forge reads only the first of its directories that exists, so writing another would
 * switch the repository's CI off there), else its own. Two forges that would write the same
 * file are a problem: say which, and how to give each its directory.
 */
export function workflowDirs(project: Project, forges: ForgeName[]): { of: Map<ForgeName, string>; problems: Problem[] } {
  const of = new Map(forges.map((f) => [f, workflowDirFor(f, (dir) => existsSync(path.join(project.root, dir)))] as const));
  const problems: Problem[] = [];
  forges.forEach((a, i) => {
    const b = forges.slice(0, i).find((other) => of.get(other) === of.get(a));
    if (!b) return;
    const dir = of.get(a)!;
    const own = WORKFLOW_DIRS[a][0]!;
    problems.push({
      file: CONFIG_PATH,
      line: 1,
      column: 1,
      message: `forges ${b} and ${a} would both write their workflows into ${dir}${own !== dir ? ` (${a} reads ${dir} because this repository has no ${own})` : ""}, and each would run the other's`,
      hint: own !== dir ? `create ${own} for ${a} (it then reads only that directory: move ${a}'s CI workflows there too), or list one of them in 'forges'` : `list only one of ${b} and ${a} in 'forges'`,
      code: "workflow-dir",
    });
  });
  return { of, problems };
}

/** Generated workflow files in a directory (by default the one a forge reads here), with their headers. */
export function generatedFiles(project: Project, forge: ForgeName, dir?: string) {
  const workflowDir = dir ?? workflowDirFor(forge, (d) => existsSync(path.join(project.root, d)));
  const abs = path.join(project.root, workflowDir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => {
      const text = readFileSync(path.join(abs, f), "utf8");
      const header = readGeneratedHeader(text);
      return header ? [{ path: `${workflowDir}/${f}`, text, header }] : [];
    });
}

/**
 * Why failing CI would never come back to this blueprint's feedback rounds on `forge`, or
 * undefined: its CI loop is on (feedback nodes and a `ci-failure` trigger) and CI never
 * runs on its pushes, which the job token makes (docs/forges.md: CI on CrustyClaw's pushes).
 */
export function ciRouteMissing(blueprint: Blueprint, config: Config, forge: ForgeName): string | undefined {
  if (!blueprint.triggers.ciFailure || !blueprint.nodes.some((n) => n.stage === "feedback") || config.ci.pushTokenSecret) return undefined;
  if (familyOf(forge) === "github" && config.ci.dispatch.length > 0) return undefined;
  const ways = familyOf(forge) === "github" ? "set ci.dispatch (CI workflow files with a workflow_dispatch trigger) or ci.push-token" : "set ci.push-token";
  return `the CI loop is on (feedback nodes and a ci-failure trigger), but CrustyClaw's pushes, made with the job token, start no CI: ${ways} in .crustyclaw/config.yml (docs/forges.md)`;
}
