import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compileBlueprint, readGeneratedHeader, type CompiledWorkflow } from "../compile/emit.js";
import { CompileError } from "../compile/workflow.js";
import { targetFor } from "../compile/target.js";
import type { Blueprint } from "../blueprint/types.js";
import type { Config } from "../config/config.js";
import type { ForgeName } from "../config/schema.js";
import type { Problem } from "../util/problem.js";
import { blueprintPaths, readBlueprint, type Project } from "./project.js";

export interface BuildResult {
  workflows: CompiledWorkflow[];
  problems: Problem[];
  /** `file: message` notes about things a target leaves out. */
  warnings: string[];
}

/** Validate and compile blueprints for the given forges. Nothing is written here. */
export function buildWorkflows(project: Project, files: string[], forges: ForgeName[], cwd: string): BuildResult {
  const result: BuildResult = { workflows: [], problems: [...project.configProblems], warnings: [] };
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
        const wf = compileBlueprint({ blueprint: file.blueprint, sourcePath: repoPath, sourceText: file.text, config: project.config, forge });
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
  return result;
}

/** Generated workflow files in a forge's workflow directory, with their headers. */
export function generatedFiles(project: Project, forge: ForgeName, dir?: string) {
  const workflowDir = dir ?? targetFor(forge, project.config).workflowDir;
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
  if (forge === "github" && config.ci.dispatch.length > 0) return undefined;
  const ways = forge === "github" ? "set ci.dispatch (CI workflow files with a workflow_dispatch trigger) or ci.push-token" : "set ci.push-token";
  return `the CI loop is on (feedback nodes and a ci-failure trigger), but CrustyClaw's pushes, made with the job token, start no CI: ${ways} in .crustyclaw/config.yml (docs/forges.md)`;
}
