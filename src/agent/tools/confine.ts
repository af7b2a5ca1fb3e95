/**
 * Workspace confinement for the agent's file tools (DESIGN: security model).
 * A path the model names is accepted only if it is relative, stays inside the
 * workspace after `..` is collapsed, and still lands inside after symlinks are
 * resolved. Git's metadata is off limits; protected paths are read-only unless
 * the blueprint allows them, with the same matcher the review gate uses.
 */
import { lstatSync, realpathSync } from "node:fs";
import path from "node:path";
import { isAllowedPath, isGitMetadataPath, isProtectedPath } from "../../policy/gates.js";
import { ToolInputError, type ResolvedContext } from "./context.js";

export type Access = "read" | "write";

export interface Confined {
  /** Workspace-relative, `/`-separated path as the model named it, normalised; "" is the root. */
  rel: string;
  /** Absolute path to open: the workspace root joined with `rel`. */
  abs: string;
  /** Workspace-relative path after resolving symlinks; differs from `rel` only through a link. */
  real: string;
}

const RELATIVE_HINT = "give a path relative to the workspace root, such as src/index.ts";

export function confine(root: string, input: string, access: Access, allowProtectedPaths: readonly string[] = [], decide?: ResolvedContext["decide"]): Confined {
  if (input.trim() === "") throw new ToolInputError(`the path is empty; ${RELATIVE_HINT}`);
  if (input.includes("\0")) throw new ToolInputError("the path contains a NUL byte");
  if (path.isAbsolute(input) || /^[A-Za-z]:[\\/]/.test(input)) throw new ToolInputError(`${input} is an absolute path; tools only reach the workspace, so ${RELATIVE_HINT}`);
  if (input === "~" || input.startsWith("~/")) throw new ToolInputError(`${input} names a home directory; tools only reach the workspace, so ${RELATIVE_HINT}`);

  const norm = path.posix.normalize(input).replace(/\/+$/, "");
  if (norm === ".." || norm.startsWith("../")) throw new ToolInputError(`${input} leads outside the workspace; ${RELATIVE_HINT}`);
  const rel = norm === "." || norm === "" ? "" : norm;
  const abs = rel === "" ? root : path.join(root, rel);

  const resolved = resolveExisting(abs, input);
  const real = path.relative(root, resolved);
  if (real === ".." || real.startsWith(`..${path.sep}`) || path.isAbsolute(real)) {
    throw new ToolInputError(`${input} is a symbolic link (or goes through one) that points outside the workspace; only files inside the workspace can be used`);
  }
  const realRel = real.split(path.sep).join("/");

  for (const p of [rel, realRel]) {
    // `.GIT`, `.git.` and the like are `.git` on case-insensitive or name-normalising filesystems.
    if (isGitMetadataPath(p)) {
      throw new ToolInputError(`${input} is inside git's metadata (.git), which tools may not read or change; work with the files of the checkout instead`);
    }
  }
  if (access === "write") {
    if (rel === "" || realRel === "") throw new ToolInputError("the workspace root is a directory, not a file; name a file inside it");
    for (const p of new Set([rel, realRel])) {
      if (isProtectedPath(p) && !isAllowedPath(p, allowProtectedPaths)) {
        const via = p === rel ? "" : ` (it resolves to ${p})`;
        throw new ToolInputError(
          `${input} is a protected path${via}: workflows, forge and CrustyClaw config, action metadata, agent instruction files, MCP configs and git hooks may not be changed unless the blueprint lists them in allow-protected-paths; leave it unchanged and mention the needed change in your summary`,
        );
      }
      // The repository's policy: the path, and where a link leads, must both be writable.
      const v = decide?.({ kind: "path", path: p });
      if (v && !v.allowed) {
        const via = p === rel ? "" : ` (it resolves to ${p})`;
        throw new ToolInputError(`${input}${via} may not be changed: ${v.rule.why} (policy rule at ${v.rule.source}); leave it unchanged and mention the needed change in your summary`);
      }
    }
  }
  return { rel, abs, real: realRel };
}

/**
 * The real path of `abs`: the realpath of its nearest existing ancestor, joined
 * with the part that does not exist yet (which, not existing, holds no links).
 * lstat, not stat, decides existence, so a dangling link is caught rather than
 * treated as a new file that a write would create wherever it points.
 */
function resolveExisting(abs: string, input: string): string {
  const tail: string[] = [];
  let current = abs;
  for (;;) {
    try {
      lstatSync(current);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw e;
      const parent = path.dirname(current);
      // The workspace root exists (it was resolved when the tools were built), so this ends.
      if (parent === current) throw e;
      tail.unshift(path.basename(current));
      current = parent;
      continue;
    }
    try {
      return path.join(realpathSync.native(current), ...tail);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ELOOP") throw new ToolInputError(`${input} goes through a symbolic link whose target does not exist (or that loops); use the link's target path instead`);
      throw e;
    }
  }
}
