import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  findSecrets
} from "./chunk-5VMCJCJB.js";

// src/policy/gates.ts
var PROTECTED = {
  /** Directories at the repository root. */
  prefixes: [".github/", ".forgejo/", ".gitea/", ".crustyclaw/", ".cursor/", ".githooks/", ".husky/", ".vscode/"],
  /** File names, at any depth. */
  basenames: ["action.yml", "action.yaml", "AGENTS.md", "CLAUDE.md", ".mcp.json", ".gitmodules"],
  /** Path segments, at any depth. */
  segments: [".git"]
};
function isProtectedPath(file) {
  const f = file.replace(/^\.\//, "");
  const parts = f.split("/");
  return PROTECTED.prefixes.some((p) => f.startsWith(p)) || PROTECTED.basenames.includes(parts[parts.length - 1]) || parts.some((seg) => PROTECTED.segments.includes(seg));
}
function isAllowedPath(file, allow) {
  return allow.some((a) => a.endsWith("/**") ? file.startsWith(a.slice(0, -2)) : a.endsWith("/") ? file.startsWith(a) : file === a);
}
function protectedPathProblems(files, allow) {
  return files.filter((f) => isProtectedPath(f) && !isAllowedPath(f, allow)).map((f) => `changes protected path ${f} (allow it in the blueprint's allow-protected-paths if intended)`);
}
function secretProblems(patch, known = []) {
  const added = patch.split("\n").filter((l) => l.startsWith("+") && !l.startsWith("+++")).join("\n");
  return findSecrets(added, known).map((f) => `the diff adds what looks like a ${f.name}`);
}
var DEFAULT_PATCH_LIMITS = { maxChangedLines: 2e3, maxFiles: 100 };
function patchSizeProblems(patch, files, limits = DEFAULT_PATCH_LIMITS) {
  const changed = patch.split("\n").filter((l) => (l.startsWith("+") || l.startsWith("-")) && !l.startsWith("+++") && !l.startsWith("---")).length;
  const out = [];
  if (changed > limits.maxChangedLines) out.push(`the patch changes ${changed} lines; the limit is ${limits.maxChangedLines}`);
  if (files.length > limits.maxFiles) out.push(`the patch touches ${files.length} files; the limit is ${limits.maxFiles}`);
  return out;
}
function changeSetProblems(files, patch, allowProtectedPaths) {
  return [...protectedPathProblems(files, allowProtectedPaths), ...secretProblems(patch), ...patchSizeProblems(patch, files)];
}

export {
  isProtectedPath,
  isAllowedPath,
  changeSetProblems
};
