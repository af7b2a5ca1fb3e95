/**
 * Review gates that need no model: protected paths, secrets, change size.
 *
 * `gateStagedChanges` is the gate publish runs: it reads what is staged in a git
 * index, both sides of every path and the blobs themselves, so neither file names
 * git would quote, nor renames, nor `.gitattributes` (`-diff`, `binary`), nor a NUL
 * byte can hide a change from it ("The agent's code is hostile", item 5). The pure
 * helpers below it serve the agent's tools and other callers.
 */
import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { git } from "../git/git.js";
import { KnownSecrets, KNOWN_SECRET_NAME, locateSecrets, redact, type Known, type SecretLocation } from "./secrets.js";

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
  /** Path segments, at any depth; `.git` in every spelling a filesystem reads as `.git` (`isGitMetadataName`). */
  segments: [".git"],
} as const;

/** Code points HFS+ ignores in file names (git's `is_hfs_dotgit`): `.g\u200cit` is `.git` on a Mac. */
const HFS_IGNORED = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/g;

/**
 * Whether one path segment names git's metadata directory on some filesystem: `.git`
 * in any case (case-insensitive filesystems), with trailing dots or spaces or an
 * NTFS stream (`.git.`, `.git `, `.git::$INDEX_ALLOCATION`), as the 8.3 short name
 * `git~1`, or with code points HFS+ ignores. The same rules as git's own
 * `is_ntfs_dotgit`/`is_hfs_dotgit`; shared by the agent's tools and the gates.
 */
export function isGitMetadataName(segment: string): boolean {
  const name = segment
    .replace(HFS_IGNORED, "")
    .replace(/:[\s\S]*$/, "")
    .replace(/[. ]+$/, "")
    .toLowerCase();
  return name === ".git" || name === "git~1";
}

/** Whether any segment of the path (split at `/` and at `\`, a separator on Windows) is git's metadata. */
export function isGitMetadataPath(file: string): boolean {
  return file.split(/[\\/]/).some(isGitMetadataName);
}

export function isProtectedPath(file: string): boolean {
  const f = file.replace(/^\.\//, "");
  const parts = f.split("/");
  return PROTECTED.prefixes.some((p) => f.startsWith(p)) || (PROTECTED.basenames as readonly string[]).includes(parts[parts.length - 1]!) || isGitMetadataPath(f);
}

/**
 * Glob-lite for `allow-protected-paths`: exact paths, `dir/` prefixes and a trailing `**`.
 * Shared with the agent's write tools so a blueprint's allowance means the same in both places.
 */
export function isAllowedPath(file: string, allow: readonly string[]): boolean {
  return allow.some((a) => (a.endsWith("/**") ? file.startsWith(a.slice(0, -2)) : a.endsWith("/") ? file.startsWith(a) : file === a));
}

export function protectedPathProblems(files: readonly string[], allow: readonly string[]): GateProblem[] {
  return files.filter((f) => isProtectedPath(f) && !isAllowedPath(f, allow)).map((f) => ({ gate: "protected-path", blocking: true, path: f, message: protectedMessage(shownPath(f)) }));
}

function protectedMessage(shown: string): string {
  return `changes protected path ${shown} (allow it in the blueprint's allow-protected-paths if intended)`;
}

/** Size limits for one change set. */
export interface ChangeLimits {
  /** Added plus removed lines of text files. */
  maxChangedLines: number;
  /** Paths changed; a rename counts both paths. */
  maxFiles: number;
  /** Bytes of file content the change writes: the size of every added or modified file's new content, binary files included. */
  maxBytes: number;
}

export const DEFAULT_CHANGE_LIMITS: ChangeLimits = { maxChangedLines: 2000, maxFiles: 100, maxBytes: 8 * 1024 * 1024 };

/**
 * A file's content larger than this is not scanned (nor held in memory): it is
 * reported as unscannable, which blocks the push like a secret does.
 */
export const MAX_SCANNED_BYTES = 16 * 1024 * 1024;

/**
 * Why a change set may not go out as it is: which gate, whether it blocks the push, and
 * what to tell people. Every gate CrustyClaw has today blocks: publish decides on all of
 * them before anything is pushed. Paths in problems have any secret in them redacted.
 */
export type GateProblem = { blocking: boolean; message: string } & (
  | { gate: "protected-path"; path: string }
  /** A path `.crustyclaw/policy.yml` forbids agents to change. */
  | { gate: "policy-path"; path: string }
  | { gate: "symlink"; path: string }
  /** A secret the change adds, in a file's content or in a new path's name. */
  /** `known`: the value of one of the job's own secrets (not a token pattern). */
  | { gate: "secret"; path: string; known: boolean }
  /** Content too large to scan for secrets. */
  | { gate: "unscannable"; path: string }
  | { gate: "size" }
);

export interface StagedGate {
  /** Every path the change touches, both sides of renames and copies, unquoted and unredacted (a name can hold a secret: do not publish these). */
  files: string[];
  /** In the order publish reports them: protected paths, symbolic links, secrets, size. */
  problems: GateProblem[];
  /** True when pushing could publish a secret (a "secret" or "unscannable" problem): nothing may be pushed. */
  secret: boolean;
}

export interface StagedGateOptions {
  /** A git work tree whose index holds the change. */
  cwd: string;
  /** What the change is measured against; "HEAD" when absent. */
  base?: string;
  allowProtectedPaths?: readonly string[];
  /** Why the repository's policy forbids a path (policy/decide.ts, `paths` rules), or undefined when it does not. */
  deniedPath?: (file: string) => string | undefined;
  /** The values of every secret the calling job holds (and derived forms, like a Basic credential). */
  knownSecrets?: Known;
  limits?: Partial<ChangeLimits>;
}

const NO_BLOB = /^0+$/;
const GITLINK = "160000";
const SYMLINK = "120000";

/** One line of `git diff --raw`: a path and both sides of it. */
interface RawEntry {
  status: string;
  path: string;
  oldMode: string;
  newMode: string;
  oldId: string;
  newId: string;
}

/**
 * Gate what is staged in the index at `cwd` against `base`: every path on both sides
 * (renames are a deletion plus an addition, copies an addition, mode and type changes
 * count), the content of every added or modified file read from its blob (not from a
 * text diff that `.gitattributes` or a NUL byte can turn into "Binary files differ"),
 * and the names of new paths. A secret counts only when the change adds it: one
 * already in the files the change modifies or deletes (as many times) is not new,
 * so removing or moving a leaked secret is never blocked.
 */
export async function gateStagedChanges(opts: StagedGateOptions): Promise<StagedGate> {
  const { cwd } = opts;
  const base = opts.base ?? "HEAD";
  const allow = opts.allowProtectedPaths ?? [];
  const limits: ChangeLimits = { ...DEFAULT_CHANGE_LIMITS, ...opts.limits };
  const known = KnownSecrets.from(opts.knownSecrets ?? []);
  const diff = (extra: string[]) => git(["-c", "core.quotePath=false", "diff", "--cached", "-z", "--no-renames", "--no-ext-diff", "--no-textconv", "--ignore-submodules=none", ...extra, base, "--"], { cwd });

  const entries = parseRaw(await diff(["--raw", "--no-abbrev"]));
  const files = [...new Set(entries.map((e) => e.path))];
  if (files.length === 0) return { files, problems: [], secret: false };
  // Lines per path as git counts them; undefined where git calls the file binary, by
  // content or by `.gitattributes` (`-diff`, `binary`: `--text` does not change numstat).
  const numstat = parseNumstat(await diff(["--numstat"]));
  const binaryToGit = (e: RawEntry) => numstat.has(e.path) && numstat.get(e.path) === undefined;
  const redacted = (p: string) => redact(p, known);
  const shown = (p: string) => shownPath(redacted(p));

  const protectedPaths: GateProblem[] = files.filter((f) => isProtectedPath(f) && !isAllowedPath(f, allow)).map((f) => ({ gate: "protected-path", blocking: true, path: redacted(f), message: protectedMessage(shown(f)) }));
  for (const f of files) {
    const why = opts.deniedPath?.(f);
    if (why) protectedPaths.push({ gate: "policy-path", blocking: true, path: redacted(f), message: `changes ${shown(f)}, which ${redact(why, known)}` });
  }
  const links: GateProblem[] = [];
  const unscannable: GateProblem[] = [];

  // New content: sizes, binary or not, symbolic link targets, secrets.
  const added = entries.filter((e) => e.status !== "D" && e.newMode !== GITLINK && !NO_BLOB.test(e.newId));
  const binary = new Set<string>();
  const newLines = new Map<string, Map<string, number>>();
  const found: Found[] = [];
  let bytes = 0;
  await readBlobs(
    cwd,
    added.map((e) => e.newId),
    (i, size, data) => {
      const e = added[i]!;
      bytes += size;
      if (!data) {
        unscannable.push({ gate: "unscannable", blocking: true, path: redacted(e.path), message: `the diff adds ${shown(e.path)}, ${size} bytes, too large to scan for secrets (the limit is ${MAX_SCANNED_BYTES}); it is not pushed` });
        return;
      }
      const isBinary = data.includes(0);
      const text = data.toString("utf8");
      if (isBinary) binary.add(e.path);
      else if (binaryToGit(e)) newLines.set(e.path, lineCounts(text));
      if (e.newMode === SYMLINK) {
        const problem = symlinkProblem(e.path, text, allow);
        if (problem) links.push({ gate: "symlink", blocking: true, path: redacted(e.path), message: problem.replace("{path}", shown(e.path)) });
      }
      for (const s of locateSecrets(text, known)) found.push({ path: e.path, where: "content", binary: isBinary, key: secretKey(text, s), at: s });
    },
  );
  for (const e of entries.filter((x) => x.status === "A")) {
    for (const s of locateSecrets(e.path, known)) found.push({ path: e.path, where: "name", binary: false, key: secretKey(e.path, s), at: s });
  }

  // Old content, read only where needed: for the lines of files git would not count
  // (a text file marked -diff), and, when something was found, for the secrets that
  // were there before (in any file the change touches, so a move is no addition).
  const removed = entries.filter((e) => e.status !== "A" && e.oldMode !== GITLINK && !NO_BLOB.test(e.oldId) && (found.length > 0 || binaryToGit(e)));
  const before = new Map<string, number>();
  const count = (text: string) => {
    for (const s of locateSecrets(text, known)) before.set(secretKey(text, s), (before.get(secretKey(text, s)) ?? 0) + 1);
  };
  const oldLines = new Map<string, Map<string, number>>();
  await readBlobs(
    cwd,
    removed.map((e) => e.oldId),
    (i, _, data) => {
      const e = removed[i]!;
      if (!data) return;
      const text = data.toString("utf8");
      if (binaryToGit(e) && !data.includes(0)) oldLines.set(e.path, lineCounts(text));
      if (found.length > 0) count(text);
    },
  );
  if (found.length > 0) for (const e of entries.filter((x) => x.status === "D")) count(e.path);
  // The first occurrences are the ones that were there; what is left over is new.
  const secrets: GateProblem[] = [];
  const reported = new Set<string>();
  for (const f of found) {
    const left = before.get(f.key) ?? 0;
    if (left > 0) {
      before.set(f.key, left - 1);
      continue;
    }
    // One problem per file, line and kind, however many encodings of it were found there.
    const where = `${f.path}\0${f.where}\0${f.binary ? 0 : f.at.line}\0${f.at.known ? "" : f.at.name}`;
    if (reported.has(where)) continue;
    reported.add(where);
    secrets.push({ gate: "secret", blocking: true, path: redacted(f.path), message: secretMessage(f, shown(f.path)), known: f.at.known });
  }

  // Size: git's line counts for text files; for files git calls binary, the lines that
  // differ between the two sides' content when that content is text (so an attribute
  // cannot hide a text file's lines), none when it is not (its size is in the bytes).
  let lines = 0;
  for (const [file, n] of numstat) {
    if (n !== undefined) lines += n;
    else if (!binary.has(file)) lines += changedLines(oldLines.get(file), newLines.get(file));
  }
  const size: GateProblem[] = [];
  if (lines > limits.maxChangedLines) size.push({ gate: "size", blocking: true, message: `the patch changes ${lines} lines; the limit is ${limits.maxChangedLines}` });
  if (files.length > limits.maxFiles) size.push({ gate: "size", blocking: true, message: `the patch touches ${files.length} files; the limit is ${limits.maxFiles}` });
  if (bytes > limits.maxBytes) size.push({ gate: "size", blocking: true, message: `the patch writes ${bytes} bytes of file content; the limit is ${limits.maxBytes}` });

  const problems = [...protectedPaths, ...links, ...secrets, ...unscannable, ...size];
  return { files, problems, secret: problems.some((p) => p.gate === "secret" || p.gate === "unscannable") };
}

/** How many times each line occurs in a text. */
function lineCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  return counts;
}

/** Lines only one side has (a multiset difference: a moved line counts nothing, where a diff would count it twice). */
function changedLines(before: Map<string, number> = new Map(), after: Map<string, number> = new Map()): number {
  let n = 0;
  for (const [line, k] of after) n += Math.max(0, k - (before.get(line) ?? 0));
  for (const [line, k] of before) n += Math.max(0, k - (after.get(line) ?? 0));
  return n;
}

/** A secret found in what the change adds. */
interface Found {
  path: string;
  where: "content" | "name";
  binary: boolean;
  /** What it is and the text of its span: equal keys are the same secret written the same way. */
  key: string;
  at: SecretLocation;
}

function secretKey(text: string, s: SecretLocation): string {
  return `${s.name}\0${s.ranges.map(([a, b]) => text.slice(a, b)).join("\0")}`;
}

function secretMessage(f: Found, shown: string): string {
  const what = f.at.known ? KNOWN_SECRET_NAME : `what looks like a ${f.at.name}`;
  const how = f.at.encoding ? ` (${f.at.encoding})` : "";
  if (f.where === "name") return `the diff adds a file whose name contains ${what}${how}: ${shown}`;
  return `the diff adds ${what}${how} in ${shown}${f.binary ? "" : `, line ${f.at.line}`}`;
}

/** Why a symbolic link may not be added, with `{path}` for its name; undefined when it may. */
function symlinkProblem(link: string, target: string, allow: readonly string[]): string | undefined {
  if (target.includes("\0") || path.posix.isAbsolute(target) || /^[A-Za-z]:[\\/]/.test(target)) return "the diff adds a symbolic link {path} that points outside the repository";
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(link), target));
  if (resolved === ".." || resolved.startsWith("../")) return "the diff adds a symbolic link {path} that points outside the repository";
  if (isProtectedPath(resolved) && !isAllowedPath(resolved, allow)) return `the diff adds a symbolic link {path} that points at protected path ${shownPath(resolved)}`;
  return undefined;
}

/** A path for a message: control and format characters (newlines, bidi controls) escaped. */
function shownPath(file: string): string {
  return file.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** `git diff --raw -z`: `:oldmode newmode oldid newid status\0path\0` (two paths for renames and copies). */
function parseRaw(out: string): RawEntry[] {
  const fields = out.split("\0");
  const entries: RawEntry[] = [];
  for (let i = 0; i < fields.length; ) {
    const meta = fields[i++]!;
    if (meta === "") continue;
    const [oldMode, newMode, oldId, newId, status] = meta.slice(1).split(" ") as [string, string, string, string, string];
    const first = fields[i++]!;
    if (/^[RC]/.test(status)) {
      // Not produced with --no-renames; kept so a caller's config can never hide a side.
      const second = fields[i++]!;
      entries.push({ status: "D", path: first, oldMode, newMode: "000000", oldId, newId: "0" });
      entries.push({ status: "A", path: second, oldMode: "000000", newMode, oldId: "0", newId });
    } else entries.push({ status: status[0]!, path: first, oldMode, newMode, oldId, newId });
  }
  return entries;
}

/** `git diff --numstat -z`: added and removed lines per path; undefined for a file git calls binary. */
function parseNumstat(out: string): Map<string, number | undefined> {
  const stats = new Map<string, number | undefined>();
  for (const record of out.split("\0")) {
    const m = /^(-|\d+)\t(-|\d+)\t([\s\S]*)$/.exec(record);
    if (!m) continue;
    stats.set(m[3]!, m[1] === "-" ? undefined : Number(m[1]) + Number(m[2]));
  }
  return stats;
}

/**
 * `git()`'s environment, for the one git process it cannot run (it takes no input):
 * nothing of the action's environment, no system or global config, no replace refs
 * (which would show other content than the blob's), a checkout of another uid allowed.
 * `cat-file` with object ids runs no hooks, drivers or remote helpers.
 */
const CAT_FILE_ENV: NodeJS.ProcessEnv = {
  PATH: process.env.PATH ?? "/usr/bin:/bin",
  HOME: tmpdir(),
  LC_ALL: "C",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_NO_REPLACE_OBJECTS: "1",
  GIT_TERMINAL_PROMPT: "0",
  GIT_CONFIG_COUNT: "1",
  GIT_CONFIG_KEY_0: "safe.directory",
  GIT_CONFIG_VALUE_0: "*",
};

/**
 * Read blobs with one `git cat-file --batch`, streaming: `onBlob` gets each one's
 * index in `ids`, its size and its bytes, or no bytes when it is larger than
 * `MAX_SCANNED_BYTES` (those are skipped, never held).
 */
function readBlobs(cwd: string, ids: readonly string[], onBlob: (index: number, size: number, data: Buffer | undefined) => void): Promise<void> {
  if (ids.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd, env: CAT_FILE_ENV, stdio: ["pipe", "pipe", "pipe"] });
    let failure: Error | undefined;
    const fail = (err: Error) => {
      failure ??= err;
      child.kill();
    };
    let stderr = "";
    let pending = Buffer.alloc(0);
    let index = 0;
    let current: { size: number; parts: Buffer[] | undefined; got: number } | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      if (failure) return;
      const buf = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
      pending = Buffer.alloc(0);
      let at = 0;
      while (at < buf.length) {
        if (!current) {
          const nl = buf.indexOf(10, at);
          if (nl < 0) {
            pending = Buffer.from(buf.subarray(at));
            return;
          }
          const header = buf.toString("utf8", at, nl);
          at = nl + 1;
          const m = /^([0-9a-f]+) (\S+) (\d+)$/.exec(header);
          if (!m || m[2] !== "blob") return fail(new Error(`git cat-file: expected a blob for ${ids[index] ?? "?"}, got '${header}'`));
          const size = Number(m[3]);
          current = { size, parts: size > MAX_SCANNED_BYTES ? undefined : [], got: 0 };
        }
        // The content, then one newline.
        const take = Math.min(current.size + 1 - current.got, buf.length - at);
        current.parts?.push(buf.subarray(at, at + take));
        current.got += take;
        at += take;
        if (current.got < current.size + 1) return;
        const data = current.parts ? Buffer.concat(current.parts).subarray(0, current.size) : undefined;
        const size = current.size;
        current = undefined;
        try {
          onBlob(index++, size, data);
        } catch (err) {
          return fail(err as Error);
        }
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", fail);
    child.on("close", (code) => {
      if (failure) reject(failure);
      else if (code !== 0 || index !== ids.length) reject(new Error(`git cat-file --batch read ${index} of ${ids.length} blobs (exit ${code}): ${stderr.trim()}`));
      else resolve();
    });
    child.stdin.on("error", fail);
    child.stdin.end(`${ids.join("\n")}\n`);
  });
}
