import { execFile } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface GitOptions {
  cwd: string;
  /** Token for HTTP(S) remotes; sent as a header through the environment, never stored in .git/config or argv. */
  token?: string;
  /** Extra environment (author identity and the like); git gets nothing else of the action's environment. */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** git's standard input (fast-import's stream, which may carry binary blobs). */
  input?: string | Buffer;
}

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args[0] ?? ""} failed (exit ${code}): ${stderr.trim().split("\n").slice(-3).join(" / ")}`);
    this.name = "GitError";
  }
}

/**
 * Config that makes git run programs: neutralised on every call, because the
 * repository's own config (and, without a sandbox, config an agent's command wrote) is
 * not ours to trust. Command-line config outranks every file.
 */
const NEUTRAL: Array<[string, string]> = [
  ["core.fsmonitor", "false"],
  ["core.hooksPath", "/dev/null"],
  ["core.pager", "cat"],
  ["core.editor", ":"],
  ["core.askPass", ""],
  ["credential.helper", ""],
  ["commit.gpgSign", "false"],
  ["tag.gpgSign", "false"],
  ["protocol.ext.allow", "never"],
  // The checkout may belong to another uid (the sandbox's, or the runner's under sudo).
  ["safe.directory", "*"],
];

/** Driver settings that run a program; emptied for every driver name the config defines. */
const DRIVER_KEY = /^(filter|diff|merge)\.(.+)\.(clean|smudge|process|required|textconv|command|driver)$/;

/** Subcommands that can call an external diff or textconv program; they get --no-ext-diff --no-textconv. */
const DIFFING = new Set(["diff", "log", "show", "format-patch"]);

/**
 * Run git with an argument array (never a shell string), hardened for checkouts an
 * agent has worked in:
 * - a minimal environment: PATH and what the caller passes, nothing else of the
 *   action's (no tokens), no system or global config;
 * - every config that executes code neutralised: fsmonitor, hooks, pager, editor,
 *   credential helpers, signing, and the filter, diff and merge drivers the
 *   repository's config defines (found by reading the config, which runs nothing);
 * - no prompts. The token, when given, reaches git as an `http.extraHeader` through
 *   GIT_CONFIG_* variables (git ≥ 2.31), neither persisted nor visible in the process list.
 */
export async function git(args: string[], opts: GitOptions): Promise<string> {
  return (await runGit(args, opts, "utf8")) as string;
}

/** `git` for output that is bytes, not text (a binary blob). */
export async function gitBytes(args: string[], opts: GitOptions): Promise<Buffer> {
  return (await runGit(args, opts, "buffer")) as Buffer;
}

async function runGit(args: string[], opts: GitOptions, encoding: "utf8" | "buffer"): Promise<string | Buffer> {
  const base = baseEnv(opts.env);
  const config = [...NEUTRAL, ...(await driverOverrides(opts.cwd, base))];
  const basic = opts.token ? basicAuth(opts.token) : undefined;
  if (basic) config.push(["http.extraHeader", `Authorization: Basic ${basic}`]);
  const env = { ...base, ...configEnv(config) };
  const argv = DIFFING.has(args[0]!) ? [args[0]!, "--no-ext-diff", "--no-textconv", ...args.slice(1)] : args;
  return new Promise<string | Buffer>((resolve, reject) => {
    const child = execFile("git", argv, { cwd: opts.cwd, env, timeout: opts.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024, encoding }, (err, stdout, stderr) => {
      if (err) {
        let secretFree = stderr.toString();
        for (const secret of [opts.token, basic]) if (secret) secretFree = secretFree.split(secret).join("***");
        reject(new GitError(args, typeof err.code === "number" ? err.code : null, secretFree));
      } else resolve(stdout);
    });
    // A git that exits before reading all of it fails with its own message: the pipe's error is not the news.
    child.stdin?.on("error", () => undefined);
    child.stdin?.end(opts.input ?? "");
  });
}

function baseEnv(extra: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: tmpdir(),
    LC_ALL: "C",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_ATTR_NOSYSTEM: "1",
    GIT_NO_REPLACE_OBJECTS: "1",
    GIT_TERMINAL_PROMPT: "0",
    GIT_ASKPASS: "",
    SSH_ASKPASS: "",
    GCM_INTERACTIVE: "never",
    ...extra,
  };
}

function configEnv(pairs: Array<[string, string]>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { GIT_CONFIG_COUNT: String(pairs.length) };
  pairs.forEach(([k, v], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = k;
    env[`GIT_CONFIG_VALUE_${i}`] = v;
  });
  return env;
}

/**
 * Empty settings for every filter, diff and merge driver the repository's config (with its
 * includes) defines. Git reads the config only when the files could define one: a
 * spawn per call would slow every git call down by a third.
 */
function driverOverrides(cwd: string, env: NodeJS.ProcessEnv): Promise<Array<[string, string]>> {
  if (!mayDefineDrivers(cwd)) return Promise.resolve([]);
  return new Promise((resolve) => {
    execFile("git", ["config", "--list", "-z"], { cwd, env, timeout: 30_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout) => {
      if (err) return resolve([]); // not a repository (clone, ls-remote): no repository config to neutralise
      const out: Array<[string, string]> = [];
      for (const entry of stdout.split("\0")) {
        const m = DRIVER_KEY.exec(entry.split("\n", 1)[0]!);
        if (!m) continue;
        const [, kind, name] = m;
        const keys = kind === "filter" ? ["clean", "smudge", "process"] : kind === "diff" ? ["textconv", "command"] : ["driver"];
        for (const k of keys) out.push([`${kind}.${name}.${k}`, ""]);
        if (kind === "filter") out.push([`filter.${name}.required`, "false"]);
      }
      resolve(out);
    });
  });
}

/** Sections that define drivers, or pull in other files that could. */
const DRIVER_SECTION = /^\s*\[\s*(filter|diff|merge|include|includeif)\b/im;

/**
 * Whether the repository at or above `cwd` has config that could define a driver. When
 * `.git` is not a plain directory (a worktree's or submodule's `gitdir:` file), say yes.
 */
function mayDefineDrivers(cwd: string): boolean {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const dotGit = path.join(dir, ".git");
    let st;
    try {
      st = statSync(dotGit);
    } catch {
      if (path.dirname(dir) === dir) return false; // no repository: no repository config
      continue;
    }
    if (!st.isDirectory()) return true;
    return ["config", "config.worktree"].some((f) => {
      try {
        return DRIVER_SECTION.test(readFileSync(path.join(dotGit, f), "utf8"));
      } catch {
        return false;
      }
    });
  }
}

/** The Basic credential git sends; register it as a secret too (a derived form of the token). */
export function basicAuth(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString("base64");
}

/** The identity of commits CrustyClaw makes, as git's environment. */
export const AUTHOR_ENV: Readonly<NodeJS.ProcessEnv> = {
  GIT_AUTHOR_NAME: "crustyclaw",
  GIT_AUTHOR_EMAIL: "crustyclaw@users.noreply.localhost",
  GIT_COMMITTER_NAME: "crustyclaw",
  GIT_COMMITTER_EMAIL: "crustyclaw@users.noreply.localhost",
};
