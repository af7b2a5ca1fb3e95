import { createClient, type ClientOptions } from "./client.js";
import type { Forge } from "./forge.js";
import { ForgejoForge } from "./forgejo.js";
import { GitHubForge } from "./github.js";
import type { ForgeKind, RepoRef } from "./types.js";

export interface ForgeOptions extends ClientOptions {
  kind: ForgeKind;
  repo: RepoRef;
}

export function createForge(opts: ForgeOptions): Forge {
  const client = createClient({ throttle: opts.kind === "github", ...opts });
  return opts.kind === "github" ? new GitHubForge(client, opts.repo) : new ForgejoForge(client, opts.repo);
}

/** Parse `owner/name` as GITHUB_REPOSITORY gives it. */
export function parseRepo(value: string): RepoRef {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(value);
  if (!m) throw new Error(`Invalid repository '${value}'. Expected format {owner}/{repo}.`);
  return { owner: m[1]!, repo: m[2]! };
}
