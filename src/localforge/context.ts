/** What every route handler receives, and how routes are declared. */
import type { EventLog, ForgeEvent } from "./events.js";
import type { HookPayloads } from "./hooks.js";
import type { Presenter } from "./present.js";
import { notFound, type Reply } from "./reply.js";
import type { ForgeState, RepoRecord, TokenRecord, UserRecord } from "./state.js";
import type { Flavour, Permission } from "./types.js";

export type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

/** The parts of a running forge that handlers use. */
export interface Core {
  flavour: Flavour;
  state: ForgeState;
  present: Presenter;
  /** `web` is the server root (html_url base); `api` is `/api/v3` or `/api/v1` under it. */
  urls: { web: string; api: string };
  /** Event payloads in the flavour's shape. */
  hooks: HookPayloads;
  events: EventLog;
  /** Forgejo's MAX_RESPONSE_ITEMS: the largest list page, whatever `limit` asks. */
  maxResponseItems: number;
}

export interface Ctx {
  core: Core;
  /** Request path under the API base, e.g. `/repos/o/r/issues`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** The request's Accept header ("" when none): GitHub serves some resources in other media types (a pull request as a diff). */
  accept: string;
  /** The authenticated caller; every API route requires one. */
  user: UserRecord;
  /** The token's cap (see TokenOptions.permission). */
  tokenCap: Permission;
  /** The token the request came with: an Actions job's automatic token carries `job`. */
  token: TokenRecord;
}

export interface RepoCtx extends Ctx {
  repo: RepoRecord;
  /** The caller's effective permission on `repo`: their own, capped by the token. */
  permission: Permission;
}

interface RouteBase {
  method: Method;
  /**
   * Path under the API base. `{name}` matches one segment; `{name+}` matches the rest of
   * the path (branch names with slashes). Request counts and faults use
   * `"<METHOD> <template>"` with the `+` dropped.
   */
  template: string;
  /** Flavours serving this route; both when omitted. */
  flavours?: readonly Flavour[];
}

export interface UserRoute extends RouteBase {
  scope: "user";
  handle(ctx: Ctx): Reply | Promise<Reply>;
}

export interface RepoRoute extends RouteBase {
  scope: "repo";
  /** Least permission on the repo. Below read the repo is hidden (404); below `need`, 403. */
  need: Permission;
  handle(ctx: RepoCtx): Reply | Promise<Reply>;
}

export type RouteDef = UserRoute | RepoRoute;

export function repoRoute(
  method: Method,
  template: string,
  need: Permission,
  handle: RepoRoute["handle"],
  flavours?: readonly Flavour[],
): RepoRoute {
  return { scope: "repo", method, template, need, handle, ...(flavours ? { flavours } : {}) };
}

export function userRoute(method: Method, template: string, handle: UserRoute["handle"], flavours?: readonly Flavour[]): UserRoute {
  return { scope: "user", method, template, handle, ...(flavours ? { flavours } : {}) };
}

/** A path parameter that must be a positive integer (issue numbers, ids); 404 otherwise, as on both forges. */
export function intParam(ctx: Ctx, name: string): number {
  const raw = ctx.params[name] ?? "";
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n <= 0) throw notFound();
  return n;
}

/** What emitting an event needs: the repository and who caused it (a request, or a git push). */
export type EventCtx = Pick<RepoCtx, "core" | "repo" | "user" | "token">;

/** Record an event caused by this request (its caller is the sender). */
export function emit(ctx: EventCtx, e: Pick<ForgeEvent, "type" | "action" | "payload"> & Partial<Pick<ForgeEvent, "pull" | "commit" | "push" | "dispatch">>): void {
  ctx.core.events.emit({ repo: ctx.repo, sender: ctx.user.login, byJobToken: ctx.token.job !== undefined, at: ctx.core.state.now(), ...e });
}
