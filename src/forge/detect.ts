import type { ForgeKind } from "./types.js";

/** Set but not an explicit "off": Forgejo's runner sets "true" (internal/app/run/runner.go). */
function isSet(value: string | undefined): boolean {
  return value !== undefined && !/^(?:|0|false|no|off)$/i.test(value.trim());
}

function urlOf(value: string | undefined): URL | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  try {
    return new URL(value.trim());
  } catch {
    return undefined;
  }
}

/** github.com and GitHub Enterprise Cloud with data residency (`<tenant>.ghe.com`). */
function isGitHubHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === "github.com" || host.endsWith(".ghe.com");
}

/**
 * Which forge the current job runs on. Never decided by `GITHUB_ACTIONS`: Forgejo's
 * runner sets it to "true" as well.
 *
 * 1. `FORGEJO_ACTIONS` or `GITEA_ACTIONS` set: Forgejo (or Gitea, which it follows).
 * 2. `GITHUB_SERVER_URL` on github.com or ghe.com: GitHub.
 * 3. No usable `GITHUB_SERVER_URL`: not inside a runner that says otherwise, so GitHub.
 * 4. Another host is GitHub Enterprise Server or a Forgejo/Gitea instance. GHES serves
 *    its REST API under `/api/v3` and has GraphQL; Forgejo serves `/api/v1` and sets
 *    no GraphQL URL. Either GHES sign means GitHub; otherwise Forgejo.
 */
export function detectForge(env: NodeJS.ProcessEnv): ForgeKind {
  if (isSet(env.FORGEJO_ACTIONS) || isSet(env.GITEA_ACTIONS)) return "forgejo";
  const server = urlOf(env.GITHUB_SERVER_URL);
  if (server === undefined || isGitHubHost(server.hostname)) return "github";
  const api = urlOf(env.GITHUB_API_URL);
  if (api !== undefined && /\/api\/v3\/?$/.test(api.pathname)) return "github";
  if (urlOf(env.GITHUB_GRAPHQL_URL) !== undefined) return "github";
  return "forgejo";
}
