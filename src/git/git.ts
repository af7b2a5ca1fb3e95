import { execFile } from "node:child_process";

export interface GitOptions {
  cwd: string;
  /** Token for HTTP(S) remotes; sent as a header through the environment, never stored in .git/config or argv. */
  token?: string;
  /** Extra environment (author identity and the like). */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
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
 * Run git with an argument array (never a shell string). No prompts; the token,
 * when given, reaches git as an `http.extraHeader` through GIT_CONFIG_* variables
 * (git ≥ 2.31), so it is neither persisted nor visible in the process list.
 */
export function git(args: string[], opts: GitOptions): Promise<string> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...opts.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_ASKPASS: "",
    GCM_INTERACTIVE: "never",
  };
  const basic = opts.token ? basicAuth(opts.token) : undefined;
  if (opts.token) {
    env.GIT_CONFIG_COUNT = "1";
    env.GIT_CONFIG_KEY_0 = "http.extraHeader";
    env.GIT_CONFIG_VALUE_0 = `Authorization: Basic ${basic}`;
  }
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd: opts.cwd, env, timeout: opts.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        let secretFree = stderr;
        for (const secret of [opts.token, basic]) if (secret) secretFree = secretFree.split(secret).join("***");
        reject(new GitError(args, typeof err.code === "number" ? err.code : null, secretFree));
      } else resolve(stdout);
    });
  });
}

/** The Basic credential git sends; register it as a secret too (a derived form of the token). */
export function basicAuth(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString("base64");
}
