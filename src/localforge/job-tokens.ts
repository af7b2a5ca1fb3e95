/**
 * The automatic token of an Actions job, as each forge scopes it.
 *
 * GitHub: the token acts as `github-actions[bot]`, for its own repository only, with
 * the access the job's `permissions:` give per scope (`contents`, `issues`,
 * `pull-requests`, …; `metadata` is always readable); it cannot read `/user`.
 * Forgejo (routers/api/v1/api.go, repoAssignment): the token acts as the Actions user
 * (`forgejo-actions`, id -2), with write access to every unit of its own repository
 * (read for fork pull requests) whatever `permissions:` says; `/user` answers with
 * that user.
 */
import type { JobTokenInfo, RepoRecord } from "./state.js";
import type { Flavour, Permission } from "./types.js";

export const ACTIONS_USER: Record<Flavour, { login: string; id: number; type: "User" | "Bot"; name: string }> = {
  github: { login: "github-actions[bot]", id: 41898282, type: "Bot", name: "github-actions[bot]" },
  forgejo: { login: "forgejo-actions", id: -2, type: "User", name: "Forgejo Actions" },
};

/** GitHub's scopes for `permissions:`. */
export const GITHUB_SCOPES = [
  "actions",
  "attestations",
  "checks",
  "contents",
  "deployments",
  "discussions",
  "id-token",
  "issues",
  "models",
  "packages",
  "pages",
  "pull-requests",
  "repository-projects",
  "security-events",
  "statuses",
] as const;

/** The scope a GitHub REST route needs, from its template. */
export function scopeOfRoute(template: string): string {
  if (/\/pulls\/\{number\}\/merge$/.test(template)) return "contents";
  if (/\/pulls(\/|$)/.test(template)) return "pull-requests";
  if (/\/(issues|labels)(\/|$)/.test(template)) return "issues";
  if (/\/statuses\/|\/commits\/\{ref\}\/status/.test(template)) return "statuses";
  if (/check-runs/.test(template)) return "checks";
  if (/\/branches\//.test(template)) return "contents";
  if (/\/actions\//.test(template)) return "actions";
  return "metadata";
}

const LEVEL: Record<"none" | "read" | "write", Permission> = { none: "none", read: "read", write: "write" };

/**
 * What a job token may do on `repo` for a route: none for any other repository; on
 * Forgejo write; on GitHub the access its scope grants. Issue routes on a pull request
 * accept `pull-requests` access as well (GitHub allows either for PR comments and labels).
 */
export function jobPermission(job: JobTokenInfo, repo: RepoRecord, template: string, isPull: boolean): Permission {
  if (job.repo.toLowerCase() !== repo.fullName.toLowerCase()) return "none";
  if (!job.scopes) return "write";
  const scope = scopeOfRoute(template);
  if (scope === "metadata") return "read";
  const own = LEVEL[job.scopes[scope] ?? "none"];
  if (scope === "issues" && isPull) {
    const pr = LEVEL[job.scopes["pull-requests"] ?? "none"];
    return own === "write" || pr === "write" ? "write" : own === "read" || pr === "read" ? "read" : "none";
  }
  return own;
}

/** Git over HTTP: `contents` decides on GitHub. */
export function jobGitPermission(job: JobTokenInfo, repo: RepoRecord): Permission {
  if (job.repo.toLowerCase() !== repo.fullName.toLowerCase()) return "none";
  return job.scopes ? LEVEL[job.scopes.contents ?? "none"] : "write";
}
