/**
 * `actions/upload-artifact` and `actions/download-artifact`, with the rules of each
 * major version: artifacts belong to one workflow run; v4+ refuses a second upload
 * under a name (unless `overwrite`), leaves hidden files out (unless
 * `include-hidden-files`), and downloads by `pattern`; v3 merges uploads under one
 * name. A path with no files uploads nothing (a warning, by default), so a later
 * download by name fails, as on a forge.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { RE2JS } from "re2js";
import type { StepDone, StepRun } from "./index.js";

const NAME = /^[^"<>|*?\r\n\\/:]+$/;

function expandHome(p: string, home: string): string {
  return p.startsWith("~/") ? path.join(home, p.slice(2)) : p;
}

function isHidden(relative: string): boolean {
  return relative.split(path.sep).some((part) => part.startsWith("."));
}

/** Files under `root` (a file or directory), relative to the directory they are uploaded from. */
function filesOf(root: string, includeHidden: boolean): Array<{ from: string; rel: string }> {
  if (!existsSync(root)) return [];
  if (statSync(root).isFile()) return [{ from: root, rel: path.basename(root) }];
  const out: Array<{ from: string; rel: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full);
      if (!includeHidden && isHidden(rel)) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push({ from: full, rel });
    }
  };
  walk(root);
  return out;
}

export async function uploadArtifact(run: StepRun, major: number): Promise<StepDone> {
  const { inputs, runtime } = run;
  const name = inputs.name || "artifact";
  if (!NAME.test(name)) return { ok: false, outputs: {}, message: `The artifact name is not valid: ${name}. Contains the character ", :, <, >, |, *, ?, \\, / or a line break` };
  const paths = (inputs.path ?? "").split("\n").map((p) => p.trim()).filter(Boolean);
  if (paths.length === 0) return { ok: false, outputs: {}, message: "Input required and not supplied: path" };
  if (paths.some((p) => /[*?[\]!]/.test(p))) return { ok: false, outputs: {}, message: "glob patterns in upload-artifact's path are not implemented by the local executor; name files or directories" };
  const ifNone = inputs["if-no-files-found"] || "warn";
  if (!["warn", "error", "ignore"].includes(ifNone)) return { ok: false, outputs: {}, message: `Unrecognized if-no-files-found input. Provided: ${ifNone}. Available options: warn, error, ignore` };
  const includeHidden = major >= 4 ? inputs["include-hidden-files"] === "true" : true;
  const files = paths.flatMap((p) => filesOf(path.resolve(runtime.dirs.workspace, expandHome(p, runtime.dirs.home)), includeHidden));
  if (files.length === 0) {
    const message = `No files were found with the provided path: ${paths.join(", ")}. No artifacts will be uploaded.`;
    if (ifNone === "error") return { ok: false, outputs: {}, message };
    if (ifNone === "warn") run.line(`##[warning]${message}`);
    return { ok: true, outputs: {} };
  }
  const dest = path.join(runtime.artifacts, name);
  if (existsSync(dest) && major >= 4) {
    if (inputs.overwrite !== "true") {
      return { ok: false, outputs: {}, message: `Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run` };
    }
    rmSync(dest, { recursive: true, force: true });
  }
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dest, f.rel)), { recursive: true });
    cpSync(f.from, path.join(dest, f.rel));
  }
  run.line(`Artifact ${name} has been successfully uploaded (${files.length} file${files.length === 1 ? "" : "s"})`);
  return { ok: true, outputs: { "artifact-id": String(artifactId(runtime.artifacts, name)), "artifact-url": "" } };
}

/** A stable number per artifact name within the run (upload order). */
function artifactId(root: string, name: string): number {
  return readdirSync(root).sort().indexOf(name) + 1;
}

/**
 * `*` and `?` in a download pattern (the names are simple: no path separators).
 * Compiled for RE2, linear in the name: as a backtracking RegExp, many stars took
 * time polynomial in it (issue "The agent's code is hostile", item 7).
 */
function patternMatcher(pattern: string): (name: string) => boolean {
  const re = RE2JS.compile(`^${pattern.replace(/[.+^${}()|\\[\]]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")}$`);
  return (name) => re.test(name);
}

export async function downloadArtifact(run: StepRun, major: number): Promise<StepDone> {
  const { inputs, runtime } = run;
  const target = path.resolve(runtime.dirs.workspace, expandHome(inputs.path || ".", runtime.dirs.home));
  const available = existsSync(runtime.artifacts) ? readdirSync(runtime.artifacts).sort() : [];
  const copy = (name: string, to: string) => {
    mkdirSync(to, { recursive: true });
    cpSync(path.join(runtime.artifacts, name), to, { recursive: true });
  };
  if (inputs.name) {
    if (!available.includes(inputs.name)) {
      return { ok: false, outputs: {}, message: `Unable to download artifact(s): Artifact not found for name: ${inputs.name}` };
    }
    copy(inputs.name, target);
    run.line(`Artifact ${inputs.name} was downloaded to ${target}`);
    return { ok: true, outputs: { "download-path": target } };
  }
  if (major < 4 && inputs.pattern) return { ok: false, outputs: {}, message: "download-artifact v3 has no pattern input; use v4" };
  const match = inputs.pattern ? patternMatcher(inputs.pattern) : () => true;
  const chosen = available.filter(match);
  const merge = major >= 4 && inputs["merge-multiple"] === "true";
  for (const name of chosen) copy(name, merge ? target : path.join(target, name));
  mkdirSync(target, { recursive: true });
  run.line(`Found ${chosen.length} artifact(s); downloaded to ${target}`);
  return { ok: true, outputs: { "download-path": target } };
}
