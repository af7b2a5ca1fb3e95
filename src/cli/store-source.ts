import { execFileSync } from "node:child_process";
import path from "node:path";
import { GitError } from "../git/git.js";
import { OUTCOMES_BRANCH, readStore } from "../outcomes/store.js";
import type { Io } from "./output.js";
import { UsageError } from "./usage.js";

/**
 * Where a command reads the outcome store from: a git URL, a path to a clone, or a remote
 * name of the repository in `cwd` (default `origin`, else the repository itself). HTTP
 * remotes take a token from GITHUB_TOKEN, GH_TOKEN, FORGEJO_TOKEN or GITEA_TOKEN.
 */
export function storeSource(value: string | undefined, cwd: string): { remote: string; token?: string; label: string } {
  const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN || process.env.FORGEJO_TOKEN || process.env.GITEA_TOKEN || undefined;
  const withToken = (remote: string, label: string) => ({ remote, label, ...(token && /^https?:/.test(remote) ? { token } : {}) });
  if (value && /^(https?|ssh|git|file):\/\//.test(value)) return withToken(value, value.replace(/\/\/[^@/]*@/, "//"));
  if (value && (value.includes("/") || value === "." || value === "..")) return { remote: path.resolve(cwd, value), label: value };
  const name = value ?? "origin";
  try {
    const url = execFileSync("git", ["remote", "get-url", name], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return withToken(/^[a-z]+:\/\//.test(url) || url.includes("@") ? url : path.resolve(cwd, url), `${name} (${url.replace(/\/\/[^@/]*@/, "//")})`);
  } catch {
    if (value) throw new UsageError(`'${value}' is neither a git URL, a path, nor a remote of the repository here`);
    return { remote: path.resolve(cwd), label: "this repository" };
  }
}

/** The store read for `command`, or undefined after saying on stderr why it could not be (with what to set for a token). */
export async function readStoreFor(command: string, source: ReturnType<typeof storeSource>, io: Io): Promise<Awaited<ReturnType<typeof readStore>> | undefined> {
  try {
    return await readStore(source);
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    const hint = /could not read Username|Authentication failed|401|403/.test(err.stderr) ? "; set GITHUB_TOKEN (or FORGEJO_TOKEN) to a token that may read the repository" : "";
    io.err(`crustyclaw ${command}: could not read ${OUTCOMES_BRANCH} from ${source.label}: ${err.message}${hint}`);
    return undefined;
  }
}
