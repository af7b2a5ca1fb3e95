import { execFileSync } from "node:child_process";
import path from "node:path";
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
