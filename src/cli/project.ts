import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { loadBlueprint } from "../blueprint/validate.js";
import { packageRoot } from "../util/package-root.js";
import type { Blueprint } from "../blueprint/types.js";
import { defaultConfig, readConfig, type Config } from "../config/config.js";
import type { Problem } from "../util/problem.js";
import { readPolicy } from "../policy/rules.js";

/** A blueprint file as found in a repository. */
export interface BlueprintFile {
  /** Repository-relative POSIX path. */
  path: string;
  text: string;
  blueprint?: Blueprint;
  problems: Problem[];
}

export interface Project {
  root: string;
  config: Config;
  configProblems: Problem[];
  /** What is wrong with `.crustyclaw/policy.yml` (compile, check and validate report it). */
  policyProblems: Problem[];
}

/** The repository root: the nearest directory upwards holding `.git` or `.crustyclaw`. */
export function findRoot(cwd: string): string {
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, ".git")) || existsSync(path.join(dir, ".crustyclaw"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(cwd);
    dir = parent;
  }
}

export function openProject(cwd: string): Project {
  const root = findRoot(cwd);
  const { config, problems } = readConfig(root);
  return { root, config: config ?? defaultConfig(), configProblems: problems, policyProblems: readPolicy(root).problems };
}

export function toRepoPath(root: string, file: string, cwd: string): string {
  return path.relative(root, path.resolve(cwd, file)).split(path.sep).join("/");
}

/** Blueprint files named on the command line, or every `*.yml`/`*.yaml` in the configured directory. */
export function blueprintPaths(project: Project, files: string[], cwd: string): string[] {
  if (files.length > 0) return files.map((f) => toRepoPath(project.root, f, cwd));
  const dir = path.join(project.root, project.config.blueprints);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `${project.config.blueprints}/${f}`);
}

export function readBlueprint(project: Project, repoPath: string): BlueprintFile {
  const abs = path.join(project.root, repoPath);
  let text: string;
  try {
    text = readFileSync(abs, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a directory, not a blueprint file" : `cannot read file (${code ?? String(err)})`;
    return { path: repoPath, text: "", problems: [{ file: repoPath, line: 0, column: 0, message, code: "unreadable" }] };
  }
  // The project's config is known here (unless it is broken), so a node may only grant MCP servers it or the blueprint defines.
  const configMcpServers = project.configProblems.length === 0 ? Object.keys(project.config.mcpServers) : undefined;
  const result = loadBlueprint(repoPath, text, configMcpServers ? { configMcpServers } : {});
  return { path: repoPath, text, problems: result.problems, ...(result.blueprint ? { blueprint: result.blueprint } : {}) };
}

export { packageRoot } from "../util/package-root.js";

/** The installed package's version. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}

export function builtinBlueprintNames(): string[] {
  return readdirSync(path.join(packageRoot(), "blueprints"))
    .filter((f) => f.endsWith(".yml"))
    .map((f) => f.replace(/\.yml$/, ""))
    .sort();
}

export function readBuiltinBlueprint(name: string): string {
  return readFileSync(path.join(packageRoot(), "blueprints", `${name}.yml`), "utf8");
}
