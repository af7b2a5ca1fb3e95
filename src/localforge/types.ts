/**
 * Public types of the local forge: what a test or `crustyclaw forge serve` passes in
 * and gets back. The in-memory records live in `state.ts`.
 */

import type { ActionsOptions } from "./actions/actions.js";

export type Flavour = "github" | "forgejo";

/** A user's access to one repository, weakest first. */
export type Permission = "none" | "read" | "write" | "admin";

const RANK: Record<Permission, number> = { none: 0, read: 1, write: 2, admin: 3 };

export function atLeast(have: Permission, need: Permission): boolean {
  return RANK[have] >= RANK[need];
}

export function weakest(a: Permission, b: Permission): Permission {
  return RANK[a] <= RANK[b] ? a : b;
}

export function isPermission(x: unknown): x is Permission {
  return typeof x === "string" && x in RANK;
}

export interface LocalForgeOptions {
  /** Which API the server speaks: GitHub's REST API under `/api/v3`, or Forgejo's under `/api/v1`. */
  flavour: Flavour;
  /**
   * Directory holding the bare repositories (`{root}/{owner}/{repo}.git`). A fresh temporary
   * directory, removed by `close()`, when omitted.
   */
  root?: string;
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Clock for timestamps, so tests can pin them. Defaults to the system clock. */
  now?: () => Date;
  /**
   * Check every request body and JSON response against the flavour's published API
   * description (schema/forge-api/), recording what breaks it on `violations`. Default true:
   * validators are compiled once per operation, so the cost is small.
   */
  validate?: boolean;
  /**
   * Run the repository's workflows on events, as the forge's Actions would (see
   * actions/actions.ts). Off when omitted: events are still recorded on `events`.
   */
  actions?: ActionsOptions;
  /** Forgejo: the instance's MAX_RESPONSE_ITEMS, the most items a list page holds whatever `limit` asks. Default 50. */
  maxResponseItems?: number;
}

export interface AddUserOptions {
  login: string;
  /** GitHub reports it as `user.type`; Forgejo payloads have no such field. Default `User`. */
  type?: "User" | "Bot";
  /** Instance administrator (Forgejo `is_admin`, GitHub `site_admin`). Default false. */
  siteAdmin?: boolean;
  /** Display name; defaults to the login. */
  name?: string;
}

export interface AddRepoOptions {
  owner: string;
  name: string;
  /** Branch of the initial commit and the repository's default branch. Default `main`. */
  defaultBranch?: string;
  description?: string;
  /** Files of the initial commit, path → content. Default: a one-line README.md (unless `workTree` is given). */
  files?: Record<string, string>;
  /**
   * A directory whose files (what its .gitignore ignores left out) make the initial commit,
   * with `files` on top. The directory is not changed.
   */
  workTree?: string;
  /** No commit at all (the default branch is born by the first push); `files` and `workTree` are not allowed with it. */
  empty?: boolean;
  /** Collaborators and their permission. The owner always has `admin`. */
  collaborators?: Record<string, Permission>;
  /** GitHub's "Allow auto-merge" setting: off by default, as on GitHub. Forgejo ignores it (scheduled merges need no setting). */
  allowAutoMerge?: boolean;
}

export interface TokenOptions {
  /**
   * Caps what the token may do below the user's own permission, like a read-only
   * fine-grained token or a `permissions: contents: read` job token.
   */
  permission?: Permission;
}

/** A 5xx or 429 answered instead of the real response. */
export interface StatusFault {
  /** `"<METHOD> <template>"` as listed by `routes()`, for example `GET /repos/{owner}/{repo}/issues/{number}`, or `"*"`. */
  route: string;
  status: 500 | 502 | 503 | 429;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number;
}

/** Holds matching requests for `timeout` ms before answering (or dropping the connection). */
export interface TimeoutFault {
  route: string;
  /** Milliseconds to hold the request. */
  timeout: number;
  /**
   * What happens once the delay is over: `respond` handles the request normally (a client
   * that gave up has still changed the forge, as on a real slow forge); `close` drops the
   * connection without an answer. Default `respond`.
   */
  then?: "respond" | "close";
  times?: number;
}

export type FaultSpec = StatusFault | TimeoutFault;

export interface RequestRecord {
  method: string;
  /** Path as requested, without the query. */
  path: string;
  /** `"<METHOD> <template>"`, or undefined when no route matched. */
  route?: string;
  /** Login of the authenticated caller, when there was one. */
  login?: string;
  /** Final status; 0 while in flight or when the connection was dropped. */
  status: number;
  /** The fault applied, if any. */
  fault?: "status" | "timeout";
}
