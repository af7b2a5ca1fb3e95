/**
 * git as the executor's built-in steps run it: argument arrays, no prompts, no
 * system or user configuration, and the job token passed through environment
 * config (never argv, never a config file unless persist-credentials asks for it).
 */
import { spawn } from "node:child_process";

export interface GitRun {
  cwd: string;
  home: string;
  /** Job token for the forge's git endpoint, sent as a Basic extraheader. */
  token?: string;
  signal?: AbortSignal;
}

export class ExecutorGitError extends Error {
  override name = "ExecutorGitError";
}

/** The `AUTHORIZATION` header value actions/checkout configures. */
export function basicHeader(token: string): string {
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
}

export function git(args: string[], o: GitRun): Promise<string> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: o.home,
      GIT_TERMINAL_PROMPT: "0",
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
      ...(o.token ? { GIT_CONFIG_COUNT: "1", GIT_CONFIG_KEY_0: "http.extraheader", GIT_CONFIG_VALUE_0: basicHeader(o.token) } : {}),
    };
    const child = spawn("git", args, { cwd: o.cwd, env, stdio: ["ignore", "pipe", "pipe"], ...(o.signal ? { signal: o.signal } : {}) });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    const command = args.find((a, i) => !a.startsWith("-") && args[i - 1] !== "-c") ?? args[0];
    child.on("error", (e) => reject(new ExecutorGitError(`git ${command}: ${e.message}`)));
    child.on("close", (code) => {
      if (code === 0) return resolve(Buffer.concat(out).toString("utf8"));
      const message = Buffer.concat(err).toString("utf8").trim().split("\n").slice(-3).join(" / ");
      reject(new ExecutorGitError(`git ${command} failed (exit ${code}): ${message}`));
    });
  });
}
