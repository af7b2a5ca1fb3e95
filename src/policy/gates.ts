/**
 * Review gates that need no model: protected paths, secrets in the diff, patch size.
 * Each returns reasons a person can act on; empty means the gate passed.
 */
import { findSecrets } from "./secrets.js";

/**
 * Paths an agent may not change unless the blueprint allows them (DESIGN: security
 * model): workflow and forge config, CrustyClaw's own config, agent instruction
 * files and MCP configs anywhere in the tree, git hooks, action metadata.
 */
export const PROTECTED = {
  /** Directories at the repository root. */
  prefixes: [".github/", ".forgejo/", ".gitea/", ".crustyclaw/", ".cursor/", ".githooks/", ".husky/", ".vscode/"],
  /** File names, at any depth. */
  basenames: ["action.yml", "action.yaml", "AGENTS.md", "CLAUDE.md", ".mcp.json", ".gitmodules"],
  /** Path segments, at any depth. */
  segments: [".git"],
} as const;

export function isProtectedPath(file: string): boolean {
  const f = file.replace(/^\.\//, "");
  const parts = f.split("/");
  return (
    PROTECTED.prefixes.some((p) => f.startsWith(p)) ||
    (PROTECTED.basenames as readonly string[]).includes(parts[parts.length - 1]!) ||
    parts.some((seg) => (PROTECTED.segments as readonly string[]).includes(seg))
  );
}

/**
 * Glob-lite for `allow-protected-paths`: exact paths, `dir/` prefixes and a trailing `**`.
 * Shared with the agent's write tools so a blueprint's allowance means the same in both places.
 */
export function isAllowedPath(file: string, allow: readonly string[]): boolean {
  return allow.some((a) => (a.endsWith("/**") ? file.startsWith(a.slice(0, -2)) : a.endsWith("/") ? file.startsWith(a) : file === a));
}

export function protectedPathProblems(files: string[], allow: string[]): string[] {
  return files.filter((f) => isProtectedPath(f) && !isAllowedPath(f, allow)).map((f) => `changes protected path ${f} (allow it in the blueprint's allow-protected-paths if intended)`);
}

export function secretProblems(patch: string, known: string[] = []): string[] {
  // Only added lines matter: removing a leaked secret must not be blocked.
  const added = patch
    .split("\n")
    .filter((l) => l.startsWith("+") && !l.startsWith("+++"))
    .join("\n");
  return findSecrets(added, known).map((f) => `the diff adds what looks like a ${f.name}`);
}

export interface PatchLimits {
  maxChangedLines: number;
  maxFiles: number;
}

export const DEFAULT_PATCH_LIMITS: PatchLimits = { maxChangedLines: 2000, maxFiles: 100 };

export function patchSizeProblems(patch: string, files: string[], limits: PatchLimits = DEFAULT_PATCH_LIMITS): string[] {
  const changed = patch.split("\n").filter((l) => (l.startsWith("+") || l.startsWith("-")) && !l.startsWith("+++") && !l.startsWith("---")).length;
  const out: string[] = [];
  if (changed > limits.maxChangedLines) out.push(`the patch changes ${changed} lines; the limit is ${limits.maxChangedLines}`);
  if (files.length > limits.maxFiles) out.push(`the patch touches ${files.length} files; the limit is ${limits.maxFiles}`);
  return out;
}

/** Every gate a change set must pass before it is pushed, in the order publish reports them. */
export function changeSetProblems(files: string[], patch: string, allowProtectedPaths: string[]): string[] {
  return [...protectedPathProblems(files, allowProtectedPaths), ...secretProblems(patch), ...patchSizeProblems(patch, files)];
}
