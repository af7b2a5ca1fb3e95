import { execFileSync } from "node:child_process";
import { parse } from "yaml";
import { TRUST_TIERS } from "../blueprint/schema.js";
import type { TrustTier } from "../blueprint/types.js";
import type { CompiledWorkflow } from "../compile/emit.js";
import type { Config } from "../config/config.js";
import { familyOf, type ForgeName } from "../config/schema.js";
import { ForgeError } from "../forge/client.js";
import { createForge, parseRepo } from "../forge/create.js";
import type { Runner } from "../forge/forge.js";
import type { RepoRef } from "../forge/types.js";
import { UsageError } from "./usage.js";

/** Where `check --runners` asks: the repository, its forge's API and a token. */
export interface RunnerQuery {
  forge: ForgeName;
  repo: RepoRef;
  apiUrl: string;
  token: string;
}

/**
 * Work out the query from flags, then the job environment (GITHUB_REPOSITORY, GITHUB_API_URL:
 * both forges' runners set them), then the `origin` remote of the repository at `root`.
 */
export function runnerQuery(forge: ForgeName, flags: { repo?: string; apiUrl?: string }, root: string, env: NodeJS.ProcessEnv = process.env): RunnerQuery {
  const remote = flags.repo && flags.apiUrl ? undefined : originRemote(root);
  const repoText = flags.repo ?? env.GITHUB_REPOSITORY ?? remote?.repo;
  if (!repoText) throw new UsageError("cannot tell which repository to ask about: pass --repo OWNER/NAME (no `origin` remote to read it from)");
  let repo: RepoRef;
  try {
    repo = parseRepo(repoText);
  } catch {
    throw new UsageError(`--repo must be OWNER/NAME, not '${repoText}'`);
  }
  const apiUrl = flags.apiUrl ?? env.GITHUB_API_URL ?? (remote ? apiOf(forge, remote.origin) : undefined);
  if (!apiUrl) throw new UsageError("cannot tell the forge's API URL: pass --api-url (e.g. https://api.github.com or https://codeberg.org/api/v1)");
  try {
    if (!/^https?:$/.test(new URL(apiUrl).protocol)) throw new Error();
  } catch {
    throw new UsageError(`--api-url must be an http(s) URL, not '${apiUrl}'`);
  }
  const github = familyOf(forge) === "github";
  const token = (github ? env.GITHUB_TOKEN || env.GH_TOKEN : env.FORGEJO_TOKEN || env.GITEA_TOKEN || env.GITHUB_TOKEN) ?? "";
  return { forge, repo, apiUrl, token };
}

function originRemote(root: string): { origin: string; repo: string } | undefined {
  let url: string;
  try {
    url = execFileSync("git", ["-C", root, "remote", "get-url", "origin"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
  // https://host[:port]/owner/name(.git), ssh://git@host[:port]/owner/name.git, git@host:owner/name.git
  const m = /^(https?):\/\/(?:[^@/]*@)?([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(url) ?? /^(?:ssh:\/\/)?[^@]+@([^:/]+)(?::\d+)?[:/](.+?)(?:\.git)?\/?$/.exec(url);
  if (!m) return undefined;
  return m.length === 4 ? { origin: `${m[1]}://${m[2]}`, repo: m[3]! } : { origin: `https://${m[1]}`, repo: m[2]! };
}

function apiOf(forge: ForgeName, origin: string): string {
  if (familyOf(forge) !== "github") return `${origin}/api/v1`;
  return /^https?:\/\/github\.com$/i.test(origin) ? "https://api.github.com" : `${origin}/api/v3`;
}

/** GitHub-hosted runner images: github.com gives them to every repository; the API lists only self-hosted runners. */
function githubHosted(forge: ForgeName, labels: string[]): boolean {
  return forge === "github" && labels.length === 1 && /^(ubuntu|windows|macos)-/i.test(labels[0]!);
}

/**
 * Which `runs-on:` label sets the workflows use and, for each, whether a runner carries them
 * all: one warning per set nothing can run (its jobs would wait in the queue forever), or only
 * offline runners can. A token that may not list runners is a warning too, not a failure.
 */
export async function checkRunners(q: RunnerQuery, config: Config, workflows: CompiledWorkflow[]): Promise<{ warnings: string[]; notes: string[] }> {
  const sets = new Map<string, string[]>();
  for (const wf of workflows.filter((w) => w.forge === q.forge)) {
    const jobs = (parse(wf.text) as { jobs?: Record<string, { "runs-on"?: string | string[] }> }).jobs ?? {};
    for (const job of Object.values(jobs)) {
      const labels = ([] as string[]).concat(job["runs-on"] ?? []);
      sets.set(labels.join("\0"), labels);
    }
  }
  const tiersOf = (labels: string[]) =>
    TRUST_TIERS.filter((t: TrustTier) => config.runners[q.forge][t].join("\0") === labels.join("\0")).join("/") || "custom";
  const needed = [...sets.values()].filter((labels) => !githubHosted(q.forge, labels));
  const notes = [...sets.values()].filter((labels) => githubHosted(q.forge, labels)).map((l) => `${tiersOf(l)} jobs run on GitHub-hosted ${l[0]}`);
  if (needed.length === 0) return { warnings: [], notes };
  let runners: Runner[];
  try {
    runners = await createForge({ kind: familyOf(q.forge), repo: q.repo, baseUrl: q.apiUrl, token: q.token }).listRunners();
  } catch (err) {
    if (!(err instanceof ForgeError)) throw err;
    const why = err.status === 403 || err.status === 401 || err.status === 404 ? " (listing runners needs a repository admin's token: set GITHUB_TOKEN, or FORGEJO_TOKEN on Forgejo/Gitea)" : "";
    return { warnings: [`cannot check runners of ${q.repo.owner}/${q.repo.repo}: ${err.message}${why}`], notes };
  }
  const warnings: string[] = [];
  for (const labels of needed) {
    const want = labels.map((l) => l.toLowerCase());
    const carry = runners.filter((r) => want.every((l) => r.labels.some((x) => x.toLowerCase() === l)));
    const what = `${tiersOf(labels)} jobs (runs-on: ${labels.join(", ")})`;
    if (carry.length === 0) {
      warnings.push(`no runner of ${q.repo.owner}/${q.repo.repo} carries the labels of ${what}: those jobs would wait in the queue (docs/runners.md)`);
    } else if (!carry.some((r) => r.online)) {
      warnings.push(`the runners for ${what} are all offline (${carry.map((r) => r.name).join(", ")})`);
    } else {
      notes.push(`${what}: ${carry.filter((r) => r.online).length} runner(s) online`);
    }
  }
  return { warnings, notes };
}
