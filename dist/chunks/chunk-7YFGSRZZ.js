import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  loadBlueprint,
  readConfig,
  sha256
} from "./chunk-BSI7JWQ6.js";
import {
  formatProblem
} from "./chunk-UNI2HRDF.js";
import {
  StageError
} from "./chunk-R4H3NZ2E.js";

// src/stages/pinned.ts
import { readFileSync } from "node:fs";
import path from "node:path";
function loadPinnedBlueprint(workspace, relPath, expectedSha) {
  const root = path.resolve(workspace);
  const file = path.resolve(root, relPath);
  if (path.isAbsolute(relPath) || !file.startsWith(`${root}${path.sep}`)) {
    throw new StageError(`Invalid blueprint path '${relPath}'. Expected a path inside the repository, such as .crustyclaw/blueprints/x.yml.`);
  }
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new StageError(`blueprint ${relPath} is not in the checkout; was the workflow compiled in this repository?`);
  }
  const actual = sha256(text);
  if (actual !== expectedSha) {
    throw new StageError(
      `blueprint ${relPath} does not match the workflow (compiled from sha256 ${expectedSha.slice(0, 12)}\u2026, found ${actual.slice(0, 12)}\u2026); run \`npx crustyclaw compile\` and commit the workflow`
    );
  }
  const { blueprint, problems } = loadBlueprint(relPath, text);
  if (!blueprint) throw new StageError(`blueprint ${relPath} is invalid:
${problems.map(formatProblem).join("\n")}`);
  return blueprint;
}
function loadRepoConfig(workspace) {
  const { config, problems } = readConfig(workspace);
  if (!config) throw new StageError(`.crustyclaw/config.yml is invalid:
${problems.map(formatProblem).join("\n")}`);
  return config;
}

export {
  loadPinnedBlueprint,
  loadRepoConfig
};
