/**
 * The git commands the local forge runs on its bare repositories. Arguments are
 * always arrays (never a shell string), refs are checked before they reach git, and
 * git runs without the user's global or system config so a developer's settings
 * (credential helpers, hooks paths, default branch) cannot change what tests see.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export interface GitResult {
  code: number;
  stdout: string;
  /** stdout's bytes as git wrote them (a blob that is not UTF-8 text). */
  bytes: Buffer;
  stderr: string;
}

/** Environment for every git process the forge starts, including `git http-backend`. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? os.tmpdir(),
    GIT_TERMINAL_PROMPT: "0",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: os.devNull,
    ...extra,
  };
}

export function runGit(args: string[], opts: { env?: Record<string, string>; input?: string } = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { env: gitEnv(opts.env), stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      const bytes = Buffer.concat(out);
      resolve({ code: code ?? 1, stdout: bytes.toString("utf8"), bytes, stderr: Buffer.concat(err).toString("utf8") });
    });
    child.stdin.on("error", () => {});
    child.stdin.end(opts.input ?? "");
  });
}

async function mustGit(args: string[], opts: { env?: Record<string, string>; input?: string } = {}): Promise<string> {
  const r = await runGit(args, opts);
  if (r.code !== 0) throw new Error(`git ${args.join(" ")} failed (${r.code}): ${r.stderr.trim()}`);
  return r.stdout;
}

/**
 * A ref name safe to hand to git: not an option, no revision syntax, no whitespace.
 * Stricter than `git check-ref-format`, which is fine for a test forge.
 */
export function isSafeRef(ref: string): boolean {
  return (
    ref.length > 0 &&
    ref.length < 256 &&
    !ref.startsWith("-") &&
    !ref.includes("..") &&
    !ref.endsWith(".lock") &&
    !ref.endsWith("/") &&
    /^[A-Za-z0-9._\/+@-]+$/.test(ref)
  );
}

/** Owner and repository names as both forges allow them. */
export function isSafeName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(name) && !name.endsWith(".git") && !name.includes("..");
}

export interface Author {
  name: string;
  email: string;
  date: string;
}

/** The author as both author and committer of a commit git writes. */
function authorEnv(a: Author): Record<string, string> {
  return { GIT_AUTHOR_NAME: a.name, GIT_AUTHOR_EMAIL: a.email, GIT_AUTHOR_DATE: a.date, GIT_COMMITTER_NAME: a.name, GIT_COMMITTER_EMAIL: a.email, GIT_COMMITTER_DATE: a.date };
}

/**
 * Creates a bare repository with one commit on `branch` holding `files` (over the files
 * of `workTree`, when given), built with plumbing commands and a throwaway index, so
 * the work tree itself is left untouched.
 */
export async function initBareRepo(gitDir: string, branch: string, files: Record<string, string> | undefined, author: Author, workTree?: string): Promise<string | undefined> {
  await mkdir(path.dirname(gitDir), { recursive: true });
  await mustGit(["init", "--quiet", "--bare", `--initial-branch=${branch}`, gitDir]);
  // http-backend enables receive-pack only for authenticated requests by default; the
  // forge authenticates itself and sets REMOTE_USER, so say it outright.
  await mustGit(["-C", gitDir, "config", "http.receivepack", "true"]);
  // Checkouts fetch the commit of an event (a sha) at depth 1, as actions/checkout does;
  // both forges allow it.
  await mustGit(["-C", gitDir, "config", "uploadpack.allowAnySHA1InWant", "true"]);
  if (!files) return undefined;
  const tmp = await mkdtemp(path.join(os.tmpdir(), "localforge-index-"));
  try {
    const env = { GIT_INDEX_FILE: path.join(tmp, "index"), ...authorEnv(author) };
    // A directory's files first (what its .gitignore ignores left out), then `files` over them.
    if (workTree) await mustGit(["--git-dir", gitDir, "--work-tree", workTree, "add", "-A", "--", "."], { env });
    for (const [file, content] of Object.entries(files)) {
      const blob = (await mustGit(["-C", gitDir, "hash-object", "-w", "--stdin"], { input: content })).trim();
      await mustGit(["-C", gitDir, "update-index", "--add", "--cacheinfo", `100644,${blob},${file}`], { env });
    }
    const tree = (await mustGit(["-C", gitDir, "write-tree"], { env })).trim();
    const commit = (await mustGit(["-C", gitDir, "commit-tree", tree, "-m", "Initial commit"], { env })).trim();
    await mustGit(["-C", gitDir, "update-ref", `refs/heads/${branch}`, commit]);
    return commit;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Full sha of a branch, tag or (abbreviated) commit, or undefined. */
export async function resolveCommit(gitDir: string, ref: string): Promise<string | undefined> {
  if (!isSafeRef(ref)) return undefined;
  const candidates = /^[0-9a-f]{4,40}$/i.test(ref) ? [ref, `refs/heads/${ref}`] : [`refs/heads/${ref}`, `refs/tags/${ref}`, ref];
  for (const c of candidates) {
    const r = await runGit(["-C", gitDir, "rev-parse", "--verify", "--quiet", `${c}^{commit}`]);
    if (r.code === 0) return r.stdout.trim();
  }
  return undefined;
}

export async function branchSha(gitDir: string, branch: string): Promise<string | undefined> {
  if (!isSafeRef(branch)) return undefined;
  const r = await runGit(["-C", gitDir, "rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

/** The commit a tag names (through an annotated tag object), or undefined. */
export async function tagSha(gitDir: string, tag: string): Promise<string | undefined> {
  if (!isSafeRef(tag)) return undefined;
  const r = await runGit(["-C", gitDir, "rev-parse", "--verify", "--quiet", `refs/tags/${tag}^{commit}`]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  author: Author;
  committer: Author;
  message: string;
}

export async function commitInfo(gitDir: string, sha: string): Promise<CommitInfo> {
  const out = await mustGit(["-C", gitDir, "show", "-s", "--format=%H%x00%T%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B", sha]);
  const [h = "", t = "", p = "", an = "", ae = "", ad = "", cn = "", ce = "", cd = "", ...msg] = out.split("\0");
  return {
    sha: h,
    tree: t,
    parents: p.split(" ").filter(Boolean),
    author: { name: an, email: ae, date: ad },
    committer: { name: cn, email: ce, date: cd },
    message: msg.join("\0").replace(/\n+$/, ""),
  };
}

export interface DiffStats {
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
  mergeBase: string;
}

/** What a pull request from `head` into `base` would bring, as the forges count it. */
export async function diffStats(gitDir: string, base: string, head: string): Promise<DiffStats> {
  const mb = await runGit(["-C", gitDir, "merge-base", base, head]);
  const mergeBase = mb.code === 0 ? mb.stdout.trim() : base;
  const count = await mustGit(["-C", gitDir, "rev-list", "--count", `${mergeBase}..${head}`]);
  const numstat = await mustGit(["-C", gitDir, "diff", "--numstat", mergeBase, head]);
  let additions = 0;
  let deletions = 0;
  let changedFiles = 0;
  for (const line of numstat.split("\n")) {
    const [a, d] = line.split("\t");
    if (a === undefined || d === undefined) continue;
    changedFiles++;
    additions += Number(a) || 0; // "-" for binary files
    deletions += Number(d) || 0;
  }
  return { commits: Number(count.trim()), additions, deletions, changedFiles, mergeBase };
}

/** Points a ref at a commit (or deletes it when `sha` is undefined). */
export async function setRef(gitDir: string, ref: string, sha: string | undefined): Promise<void> {
  await mustGit(["-C", gitDir, "update-ref", ...(sha ? [ref, sha] : ["-d", ref])]);
}

/** Every ref under `refs/heads/` and `refs/tags/` with its commit, for telling what a push changed. */
export async function listRefs(gitDir: string): Promise<Map<string, string>> {
  const out = await mustGit(["-C", gitDir, "for-each-ref", "--format=%(objectname) %(refname)", "refs/heads/", "refs/tags/"]);
  const refs = new Map<string, string>();
  for (const line of out.split("\n")) {
    const [sha, ref] = line.split(" ");
    if (sha && ref) refs.set(ref, sha);
  }
  return refs;
}

/** Commits in `after` not in `before` (newest first), at most `limit`. */
export async function newCommits(gitDir: string, before: string | undefined, after: string, limit = 20): Promise<CommitInfo[]> {
  const range = before && !/^0+$/.test(before) ? [`${before}..${after}`] : [after];
  const shas = (await mustGit(["-C", gitDir, "rev-list", `--max-count=${limit}`, ...range])).split("\n").filter(Boolean);
  return Promise.all(shas.map((s) => commitInfo(gitDir, s)));
}

/**
 * A merge commit of `head` into `base` (or a squash: one parent), written without a work
 * tree; undefined when they conflict. `git merge-tree --write-tree` needs git 2.38+.
 */
export async function mergeCommit(gitDir: string, base: string, head: string, message: string, author: Author, squash = false): Promise<string | undefined> {
  const tree = await runGit(["-C", gitDir, "merge-tree", "--write-tree", base, head]);
  if (tree.code !== 0) return undefined;
  const env = authorEnv(author);
  const parents = squash ? ["-p", base] : ["-p", base, "-p", head];
  return (await mustGit(["-C", gitDir, "commit-tree", tree.stdout.split("\n")[0]!.trim(), ...parents, "-m", message], { env })).trim();
}

/** A pull request's changes as both forges serve them: a unified diff from the merge base of `base` and `head` to `head`. */
export async function pullDiff(gitDir: string, base: string, head: string): Promise<string> {
  const mb = await runGit(["-C", gitDir, "merge-base", base, head]);
  const from = mb.code === 0 ? mb.stdout.trim() : base;
  return mustGit(["-C", gitDir, "diff", "--no-color", "--no-ext-diff", "--src-prefix=a/", "--dst-prefix=b/", from, head]);
}

/** Files changed between two commits, for `paths:` filters. */
export async function changedFiles(gitDir: string, from: string, to: string): Promise<string[]> {
  const r = await runGit(["-C", gitDir, "diff", "--name-only", "-z", from, to]);
  return r.code === 0 ? r.stdout.split("\0").filter(Boolean) : [];
}

/** Paths of a tree under `dir` at a commit (recursively), or undefined when `dir` is not there. */
export async function listTree(gitDir: string, commit: string, dir: string): Promise<string[] | undefined> {
  const r = await runGit(["-C", gitDir, "ls-tree", "-r", "--name-only", "-z", commit, "--", `${dir}/`]);
  if (r.code !== 0) return undefined;
  const files = r.stdout.split("\0").filter(Boolean);
  return files.length ? files : (await runGit(["-C", gitDir, "cat-file", "-e", `${commit}:${dir}`])).code === 0 ? [] : undefined;
}

/** A file's content at a commit. */
export async function readBlob(gitDir: string, commit: string, file: string): Promise<string> {
  return mustGit(["-C", gitDir, "show", `${commit}:${file}`]);
}
