import { execFileSync } from "node:child_process";
import path from "node:path";
import { GitError } from "../git/git.js";
import { familyOf, FORGES, type ForgeName } from "../config/schema.js";
import { createForge } from "../forge/create.js";
import { ForgeError } from "../forge/client.js";
import type { Forge } from "../forge/forge.js";
import { readStoreViaApi } from "../outcomes/api.js";
import { OUTCOMES_BRANCH, readStore } from "../outcomes/store.js";
import type { Io } from "./output.js";
import { runnerQuery } from "./runners.js";
import { oneOf, UsageError } from "./usage.js";

/** The options `report` and `audit` take to read the store through the forge's REST API instead of git. */
export const API_OPTIONS = { api: { type: "boolean" }, forge: { type: "string" }, repo: { type: "string" }, "api-url": { type: "string" } } as const;
export const API_HELP = [
  "  --api           read the store through the forge's REST API instead of git (no clone, a read-only token)",
  "  --forge F       with --api: github (default), ghes, forgejo or gitea",
  "  --repo O/N      with --api: the repository (default: GITHUB_REPOSITORY, else the `origin` remote)",
  "  --api-url URL   with --api: its forge's API (default: GITHUB_API_URL, else derived from `origin`)",
];

export type Source = { remote: string; token?: string; label: string } | { forge: Forge; label: string };

/** Where to read the store from, by the command's flags: `--api` (and its companions) or `--from`. */
export function sourceOf(values: Record<string, unknown>, cwd: string): Source {
  const flag = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  if (!values.api) {
    const stray = ["forge", "repo", "api-url"].find((k) => values[k] !== undefined);
    if (stray) throw new UsageError(`--${stray} goes with --api`);
    return storeSource(flag("from"), cwd);
  }
  if (values.from !== undefined) throw new UsageError("--from and --api both say where the store is; give one");
  const kind: ForgeName = oneOf("forge", values.forge, FORGES) ?? "github";
  const q = runnerQuery(kind, { ...(flag("repo") ? { repo: flag("repo")! } : {}), ...(flag("api-url") ? { apiUrl: flag("api-url")! } : {}) }, cwd);
  return { forge: createForge({ kind: familyOf(kind), repo: q.repo, baseUrl: q.apiUrl, token: q.token }), label: `${q.repo.owner}/${q.repo.repo} (${q.apiUrl})` };
}

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
export async function readStoreFor(command: string, source: Source, io: Io, opts: { archives?: boolean } = {}): Promise<Awaited<ReturnType<typeof readStore>> | undefined> {
  try {
    return "forge" in source ? await readStoreViaApi(source.forge, opts) : await readStore({ ...source, ...opts });
  } catch (err) {
    if (err instanceof ForgeError) {
      const hint = err.status === 401 || err.status === 403 ? "; set GITHUB_TOKEN (or FORGEJO_TOKEN) to a token that may read the repository's contents" : "";
      io.err(`crustyclaw ${command}: could not read ${OUTCOMES_BRANCH} of ${source.label} through the API: ${err.message}${hint}`);
      return undefined;
    }
    if (!(err instanceof GitError)) throw err;
    const hint = /could not read Username|Authentication failed|401|403/.test(err.stderr) ? "; set GITHUB_TOKEN (or FORGEJO_TOKEN) to a token that may read the repository" : "";
    io.err(`crustyclaw ${command}: could not read ${OUTCOMES_BRANCH} from ${source.label}: ${err.message}${hint}`);
    return undefined;
  }
}
