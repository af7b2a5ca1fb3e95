import { readFileSync } from "node:fs";
import path from "node:path";
import { sha256 } from "../util/hash.js";
import { loadBlueprint } from "../blueprint/validate.js";
import type { Blueprint } from "../blueprint/types.js";
import { CONFIG_PATH, defaultConfig, parseConfig, readConfig, type Config } from "../config/config.js";
import { git, GitError } from "../git/git.js";
import { formatProblem } from "../util/problem.js";
import { StageError } from "./env.js";

/**
 * The blueprint a workflow was compiled from, verified against the hash pinned in
 * the workflow. A blueprint changed since (for example in a pull request's head)
 * is refused: the workflow would run something nobody compiled or reviewed.
 */
export function loadPinnedBlueprint(workspace: string, relPath: string, expectedSha: string): Blueprint {
  const root = path.resolve(workspace);
  const file = path.resolve(root, relPath);
  if (path.isAbsolute(relPath) || !file.startsWith(`${root}${path.sep}`)) {
    throw new StageError(`Invalid blueprint path '${relPath}'. Expected a path inside the repository, such as .crustyclaw/blueprints/x.yml.`);
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new StageError(`blueprint ${relPath} is not in the checkout; was the workflow compiled in this repository?`);
  }
  const actual = sha256(text);
  if (actual !== expectedSha) {
    throw new StageError(
      `blueprint ${relPath} does not match the workflow (compiled from sha256 ${expectedSha.slice(0, 12)}…, found ${actual.slice(0, 12)}…); run \`npx crustyclaw compile\` and commit the workflow`,
    );
  }
  const { blueprint, problems } = loadBlueprint(relPath, text);
  if (!blueprint) throw new StageError(`blueprint ${relPath} is invalid:\n${problems.map(formatProblem).join("\n")}`);
  return blueprint;
}

/**
 * The config as committed at the checkout's HEAD, whatever the work tree now holds: in a work
 * job, change sets of earlier jobs and commands of earlier nodes have written to the work
 * tree, and its `.crustyclaw/config.yml` may be theirs.
 */
export async function loadCommittedConfig(workspace: string): Promise<Config> {
  let text: string;
  try {
    text = await git(["show", `HEAD:${CONFIG_PATH}`], { cwd: workspace, timeoutMs: 30_000 });
  } catch (err) {
    if (err instanceof GitError && /does not exist|exists on disk, but not in|invalid object name|bad revision/i.test(err.stderr)) return defaultConfig();
    throw new StageError(`cannot read ${CONFIG_PATH} at the checkout's HEAD: ${(err as Error).message}`);
  }
  const { config, problems } = parseConfig(CONFIG_PATH, text);
  if (!config) throw new StageError(`${CONFIG_PATH} is invalid:\n${problems.map(formatProblem).join("\n")}`);
  return config;
}

export function loadRepoConfig(workspace: string): Config {
  const { config, problems } = readConfig(workspace);
  if (!config) throw new StageError(`.crustyclaw/config.yml is invalid:\n${problems.map(formatProblem).join("\n")}`);
  return config;
}
