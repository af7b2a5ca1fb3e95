/**
 * The local forge's HTTP server: one listener on 127.0.0.1 serving the flavour's REST
 * API under its base path and git smart HTTP at `/{owner}/{repo}.git`. Every request is
 * logged and counted by route template, and may be spoiled by an injected fault first.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { apiToken, basicToken, lookup } from "./auth.js";
import type { Core, Ctx, RepoCtx } from "./context.js";
import { LocalActions } from "./actions/actions.js";
import { EventLog } from "./events.js";
import { Faults } from "./faults.js";
import { HookPayloads } from "./hooks.js";
import { initBareRepo, isSafeName, listRefs } from "./git.js";
import { ACTIONS_USER, jobGitPermission, jobPermission } from "./job-tokens.js";
import { pushEvents } from "./emit.js";
import { serveGit } from "./http-backend.js";
import { answerGraphql } from "./graphql.js";
import { runAutoMerges } from "./merging.js";
import type { Presenter } from "./present.js";
import { ForgejoPresenter } from "./present-forgejo.js";
import { GithubPresenter } from "./present-github.js";
import { ApiError, readJson, type Reply } from "./reply.js";
import { RequestLog } from "./requests.js";
import { Router, routeKey } from "./router.js";
import { API_ROUTES } from "./routes.js";
import { ForgeState, type BranchProtection, type JobTokenInfo, type RepoRecord, type UserRecord } from "./state.js";
import { ApiValidator, ViolationLog } from "./validation.js";
import {
  atLeast,
  isPermission,
  weakest,
  type AddRepoOptions,
  type AddUserOptions,
  type Flavour,
  type LocalForgeOptions,
  type Permission,
  type RequestRecord,
  type TokenOptions,
} from "./types.js";

export const API_BASE: Record<Flavour, string> = { github: "/api/v3", forgejo: "/api/v1" };

/** Git smart HTTP endpoints, as route keys for counts and faults. */
const GRAPHQL_ROUTE = routeKey("POST", "/graphql");

const GIT_ROUTES = {
  refs: routeKey("GET", "/{owner}/{repo}.git/info/refs"),
  upload: routeKey("POST", "/{owner}/{repo}.git/git-upload-pack"),
  receive: routeKey("POST", "/{owner}/{repo}.git/git-receive-pack"),
};

export interface LocalForge {
  readonly flavour: Flavour;
  /** Server root, e.g. `http://127.0.0.1:41234`; what `GITHUB_SERVER_URL` would be. */
  readonly url: string;
  /** API base: `${url}/api/v3` (GitHub, GHES-style, for `GITHUB_API_URL`) or `${url}/api/v1` (Forgejo). */
  readonly apiUrl: string;
  /** Directory of the bare repositories. */
  readonly root: string;
  /** Clone URL of a repository; with a token, carries it as Basic credentials like an Actions checkout. */
  gitUrl(owner: string, repo: string, token?: string): string;
  readonly state: ForgeState;
  readonly requests: RequestLog;
  readonly faults: Faults;
  /**
   * Requests and responses that broke the flavour's API description (schema/forge-api/),
   * when `validate` is on. Recorded, not answered with an error, so that what a client sees
   * stays what the forge would answer; tests assert the log is empty.
   */
  readonly violations: ViolationLog;
  /** Every event the forge emitted, in order (webhook payloads in the flavour's shape). */
  readonly events: EventLog;
  /** Workflow runs, when started with `actions`. */
  readonly actions?: LocalActions;
  /** Every `"<METHOD> <template>"` served, API and git, sorted. */
  routes(): string[];
  addUser(opts: AddUserOptions): UserRecord;
  /** Creates the bare repository with its initial commit; creates the owner if needed. */
  addRepo(opts: AddRepoOptions): Promise<RepoRecord>;
  /** Sets a user's permission on a repository (`owner/name`). */
  grant(fullName: string, login: string, permission: Permission): void;
  /** A new token for an existing user. */
  token(login: string, opts?: TokenOptions): string;
  /**
   * The automatic token of an Actions job (acting as the forge's Actions user): scoped by
   * `info.scopes` on GitHub, write on Forgejo; its events start no workflow. Revoke it
   * when the job ends.
   */
  jobToken(info: JobTokenInfo): { token: string; revoke(): void };
  /** Every job token issued so far, revoked or not: for tests that search outputs for leaks. */
  issuedJobTokens(): string[];
  /** Protects a branch of a repository (`owner/name`): checks and approvals a merge needs, who may merge. Replaces earlier protection. */
  protectBranch(fullName: string, branch: string, protection: Partial<BranchProtection>): void;
  /** GitHub's "Allow auto-merge" repository setting (off for a new repository, as on GitHub). */
  setAllowAutoMerge(fullName: string, allowed: boolean): void;
  /**
   * The forge's scheduler firing `cron` of the workflow file `workflow` (as its `on.schedule`
   * lists it) on the default branch: a `schedule` event, from the repository owner.
   */
  fireSchedule(fullName: string, workflow: string, cron: string): void;
  /** Sets an Actions secret (`secrets.NAME`) or variable (`vars.NAME`) of a repository. */
  setSecret(fullName: string, name: string, value: string): void;
  setVariable(fullName: string, name: string, value: string): void;
  /** Registers a self-hosted runner for a repository, as the runner API then lists it (online unless said otherwise). */
  addRunner(fullName: string, runner: { name: string; labels: string[]; online?: boolean }): void;
  /** Stops the server, drops held requests, and removes the root if the forge created it. */
  close(): Promise<void>;
}

export async function startLocalForge(opts: LocalForgeOptions): Promise<LocalForge> {
  const flavour = opts.flavour;
  if (flavour !== "github" && flavour !== "forgejo") {
    throw new Error(`Invalid flavour '${String(flavour)}'. Expected "github" or "forgejo".`);
  }
  const ownsRoot = opts.root === undefined;
  const root = opts.root ? path.resolve(opts.root) : await mkdtemp(path.join(os.tmpdir(), "crustyclaw-forge-"));
  const clock = opts.now ?? (() => new Date());
  const state = new ForgeState(clock);
  const issuedJobTokens: string[] = [];
  const router = new Router(API_ROUTES, flavour);
  const knownRoutes = [...router.keys(), ...Object.values(GIT_ROUTES), ...(flavour === "github" ? [GRAPHQL_ROUTE] : [])].sort();
  const requests = new RequestLog();
  const faults = new Faults(knownRoutes);
  const violations = new ViolationLog();
  const validator = opts.validate === false ? undefined : new ApiValidator(flavour);
  const apiBase = API_BASE[flavour];
  const closing = new AbortController();

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const urls = { web: url, api: `${url}${apiBase}` };
  const present: Presenter = flavour === "github" ? new GithubPresenter(state, urls) : new ForgejoPresenter(state, urls);
  const events = new EventLog();
  const core: Core = { flavour, state, present, urls, hooks: new HookPayloads(flavour, present), events, maxResponseItems: opts.maxResponseItems ?? 50 };

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        sendJson(res, 500, present.error(500, err instanceof Error ? err.message : String(err), []));
      } else {
        res.destroy();
      }
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const reqUrl = new URL(req.url ?? "/", url);
    const method = req.method ?? "GET";
    const pathname = reqUrl.pathname;
    const isApi = pathname === apiBase || pathname.startsWith(`${apiBase}/`);
    const git = isApi ? undefined : matchGit(method, pathname);
    const api = isApi ? router.match(method, pathname.slice(apiBase.length) || "/") : undefined;
    // GHES serves GraphQL at /api/graphql, beside the REST API's /api/v3.
    const graphql = flavour === "github" && method === "POST" && pathname === "/api/graphql";
    const key = git?.key ?? api?.route.key ?? (graphql ? GRAPHQL_ROUTE : undefined);

    const record = requests.record({ method, path: pathname, ...(key ? { route: key } : {}), status: 0 });
    res.on("finish", () => {
      record.status = res.statusCode;
    });

    const fault = faults.take(key);
    if (fault) {
      if ("status" in fault.spec) {
        record.fault = "status";
        req.resume();
        sendFault(res, fault.spec.status, fault.spec.retryAfter, git !== undefined);
        return;
      }
      record.fault = "timeout";
      // An API request is read in full and then carried out even if the client gives up
      // meanwhile, as a slow forge would; a git request streams, so it ends with its client.
      const body = api && fault.spec.then !== "close" ? readBody(req) : undefined;
      body?.catch(() => {});
      const held = await hold(fault.spec.timeout, closing.signal, git ? req : undefined);
      if (!held || fault.spec.then === "close") {
        res.destroy();
        return;
      }
      if (api) return handleApi(req, res, reqUrl, api, record, body);
    }

    if (git) return handleGit(req, res, reqUrl, git, record);
    if (graphql) return handleGraphql(req, res, record);
    if (!isApi || !api) {
      req.resume();
      sendJson(res, 404, present.error(404, "Not Found", []));
      return;
    }
    return handleApi(req, res, reqUrl, api, record);
  }

  function readBody(req: IncomingMessage): Promise<unknown> {
    if (req.method === "GET" || req.method === "HEAD") {
      req.resume();
      return Promise.resolve(undefined);
    }
    return readJson(req);
  }

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    reqUrl: URL,
    match: NonNullable<ReturnType<Router["match"]>>,
    record: RequestRecord,
    earlyBody?: Promise<unknown>,
  ): Promise<void> {
    let reply: Reply;
    try {
      const token = apiToken(req.headers.authorization);
      const caller = lookup(state, token);
      if (!caller) {
        req.resume();
        throw new ApiError(401, token ? "Bad credentials" : flavour === "github" ? "Requires authentication" : "token is required");
      }
      record.login = caller.user.login;
      const body = await (earlyBody ?? readBody(req));
      check("request", match.route.key, reqUrl.pathname, (v) => v.checkRequest(match.route.key, reqUrl.searchParams, body));
      const ctx: Ctx = {
        core,
        path: reqUrl.pathname.slice(apiBase.length),
        params: match.params,
        query: reqUrl.searchParams,
        body,
        accept: req.headers.accept ?? "",
        user: caller.user,
        tokenCap: caller.token.cap,
        token: caller.token,
      };
      const def = match.route.def;
      if (def.scope === "user") {
        // GitHub's workflow token may not ask who it is; Forgejo's answers as its Actions user.
        if (caller.token.job && flavour === "github") throw new ApiError(403, "Resource not accessible by integration");
        reply = await def.handle(ctx);
      } else {
        const repo = state.repo(`${match.params.owner}/${match.params.repo}`);
        const job = caller.token.job;
        const isPull = Boolean(repo?.issues.get(Number(match.params.number))?.pull);
        const permission = !repo
          ? "none"
          : job
            ? jobPermission(job, repo, match.route.def.template, isPull)
            : weakest(state.permission(repo, caller.user.login), caller.token.cap);
        // Both forges hide repositories a caller cannot read.
        if (!repo || !atLeast(permission, "read")) throw new ApiError(404, "Not Found");
        if (!atLeast(permission, def.need)) throw new ApiError(403, "Resource not accessible by integration");
        // A job token changes nothing with read access, even where a person with read access may (comments, reactions).
        if (job && req.method !== "GET" && !atLeast(permission, "write")) throw new ApiError(403, "Resource not accessible by integration");
        const repoCtx: RepoCtx = { ...ctx, repo, permission };
        reply = await def.handle(repoCtx);
      }
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      reply = { status: err.status, body: present.error(err.status, err.message, err.errors) };
    }
    const { status, body } = reply;
    if (reply.text) {
      // Another media type than JSON (GitHub's diff of a pull request; Forgejo's `.diff`): the descriptions' JSON Schemas do not describe it.
      res.writeHead(status, { "content-type": reply.text.type, "content-length": String(Buffer.byteLength(reply.text.content)), ...reply.headers });
      res.end(reply.text.content);
      return;
    }
    // As the client will read it: JSON drops undefined fields.
    const sent: unknown = status === 204 || body === undefined ? undefined : JSON.parse(JSON.stringify(body));
    check("response", match.route.key, reqUrl.pathname, (v) => v.checkResponse(match.route.key, status, sent), status);
    sendJson(res, reply.status, reply.body, reply.headers);
  }

  function check(side: "request" | "response", route: string, path: string, run: (v: ApiValidator) => string[], status?: number): void {
    if (!validator) return;
    const problems = run(validator);
    if (problems.length === 0) return;
    const operation = validator.operation(route)?.operationId ?? "no operation";
    violations.add({ side, route, operation, path, ...(status !== undefined ? { status } : {}), problems });
  }

  /** Not checked against an API description: the REST descriptions have no GraphQL, and graphql.ts serves one mutation. */
  async function handleGraphql(req: IncomingMessage, res: ServerResponse, record: RequestRecord): Promise<void> {
    const caller = lookup(state, apiToken(req.headers.authorization));
    if (!caller) {
      req.resume();
      sendJson(res, 401, { message: "Bad credentials", documentation_url: "https://docs.github.com/graphql" });
      return;
    }
    record.login = caller.user.login;
    let body: unknown;
    try {
      body = await readJson(req);
    } catch {
      sendJson(res, 200, { errors: [{ message: "Problems parsing JSON" }] });
      return;
    }
    sendJson(res, 200, await answerGraphql(core, caller, body));
  }

  async function handleGit(req: IncomingMessage, res: ServerResponse, reqUrl: URL, git: GitMatch, record: RequestRecord): Promise<void> {
    const caller = lookup(state, basicToken(req.headers.authorization));
    if (!caller) {
      req.resume();
      res.writeHead(401, { "www-authenticate": 'Basic realm="CrustyClaw local forge"', "content-type": "text/plain" });
      res.end("Authentication required\n");
      return;
    }
    record.login = caller.user.login;
    const repo = state.repo(`${git.owner}/${git.repo}`);
    const job = caller.token.job;
    const permission = !repo ? "none" : job ? jobGitPermission(job, repo) : weakest(state.permission(repo, caller.user.login), caller.token.cap);
    if (!repo || !atLeast(permission, "read")) {
      req.resume();
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("Repository not found.\n");
      return;
    }
    const push = git.key === GIT_ROUTES.receive || reqUrl.searchParams.get("service") === "git-receive-pack";
    if (push && !atLeast(permission, "write")) {
      req.resume();
      res.writeHead(403, { "content-type": "text/plain" });
      res.end(`Permission to ${repo.fullName}.git denied to ${caller.user.login}.\n`);
      return;
    }
    // A push's events are emitted before the pusher gets its answer.
    const before = git.key === GIT_ROUTES.receive ? await listRefs(repo.gitDir) : undefined;
    const announce = before ? async () => pushEvents({ core, repo, user: caller.user, token: caller.token }, before, await listRefs(repo.gitDir)) : undefined;
    await serveGit(
      req,
      res,
      {
        projectRoot: root,
        // The on-disk spelling, whatever case the client used.
        pathInfo: `/${repo.owner}/${repo.name}.git${git.rest}`,
        query: reqUrl.search.replace(/^\?/, ""),
        remoteUser: caller.user.login,
      },
      announce,
    );
  }

  function sendFault(res: ServerResponse, status: number, retryAfter: number | undefined, git: boolean): void {
    const headers: Record<string, string> = {};
    if (retryAfter !== undefined) headers["retry-after"] = String(retryAfter);
    const message =
      status === 429
        ? "API rate limit exceeded"
        : status === 502
          ? "Bad Gateway"
          : status === 503
            ? "Service Unavailable"
            : "Server Error";
    if (status === 429 && flavour === "github") {
      headers["x-ratelimit-remaining"] = "0";
      headers["x-ratelimit-reset"] = String(Math.floor(clock().getTime() / 1000) + (retryAfter ?? 60));
    }
    if (git) {
      res.writeHead(status, { ...headers, "content-type": "text/plain" });
      res.end(`${message}\n`);
      return;
    }
    sendJson(res, status, present.error(status, message, []), headers);
  }

  function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const extra: Record<string, string> =
      flavour === "github" ? { "x-github-media-type": "github.v3; format=json", "x-ratelimit-limit": "5000", "x-ratelimit-resource": "core" } : {};
    if (status === 204 || body === undefined) {
      res.writeHead(status, { ...extra, ...headers });
      res.end();
      return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      "content-length": String(Buffer.byteLength(text)),
      ...extra,
      ...headers,
    });
    res.end(text);
  }

  function repoOrThrow(fullName: string): RepoRecord {
    const repo = state.repo(fullName);
    if (!repo) throw new Error(`Unknown repository '${fullName}'. Expected one added with addRepo().`);
    return repo;
  }

  const forge: LocalForge = {
    flavour,
    url,
    apiUrl: urls.api,
    root,
    state,
    requests,
    faults,
    violations,
    routes: () => knownRoutes,
    events,

    gitUrl(owner, repo, token) {
      const auth = token ? `x-access-token:${encodeURIComponent(token)}@` : "";
      return `http://${auth}127.0.0.1:${port}/${owner}/${repo}.git`;
    },

    addUser(u) {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*(\[bot\])?$/.test(u.login)) {
        throw new Error(`Invalid login '${u.login}'. Expected letters, digits, '.', '_' or '-', optionally ending in [bot].`);
      }
      return state.addUser(u);
    },

    async addRepo(r) {
      for (const [what, name] of [["owner", r.owner], ["repository name", r.name]] as const) {
        if (!isSafeName(name)) throw new Error(`Invalid ${what} '${name}'. Expected letters, digits, '.', '_' or '-'.`);
      }
      const fullName = `${r.owner}/${r.name}`;
      if (r.empty && (r.files || r.workTree)) throw new Error("An empty repository takes no files and no work tree.");
      if (state.repo(fullName)) throw new Error(`Repository '${fullName}' already exists.`);
      const owner = state.user(r.owner) ?? forge.addUser({ login: r.owner });
      const branch = r.defaultBranch ?? "main";
      const gitDir = path.join(root, owner.login, `${r.name}.git`);
      const when = clock();
      await initBareRepo(
        gitDir,
        branch,
        r.empty ? undefined : (r.files ?? (r.workTree ? {} : { "README.md": `# ${r.name}\n` })),
        { name: "CrustyClaw Local Forge", email: "forge@localhost", date: `${Math.floor(when.getTime() / 1000)} +0000` },
        r.workTree,
      );
      const repo: RepoRecord = {
        id: state.nextId(),
        owner: owner.login,
        name: r.name,
        fullName: `${owner.login}/${r.name}`,
        description: r.description ?? "",
        defaultBranch: branch,
        createdAt: state.now(),
        gitDir,
        collaborators: new Map(),
        labels: new Map(),
        issues: new Map(),
        comments: new Map(),
        reviews: new Map(),
        reviewComments: new Map(),
        statuses: [],
        checkRuns: new Map(),
        protections: new Map(),
        allowAutoMerge: r.allowAutoMerge ?? false,
        nextNumber: 1,
        secrets: new Map(),
        variables: new Map(),
        runners: [],
      };
      state.repos.set(repo.fullName.toLowerCase(), repo);
      for (const [login, perm] of Object.entries(r.collaborators ?? {})) forge.grant(repo.fullName, login, perm);
      return repo;
    },

    grant(fullName, login, permission) {
      const repo = state.repo(fullName);
      if (!repo) throw new Error(`Unknown repository '${fullName}'. Expected one added with addRepo().`);
      if (!isPermission(permission)) throw new Error(`Invalid permission '${String(permission)}'. Expected admin, write, read or none.`);
      const user = state.user(login) ?? forge.addUser({ login });
      repo.collaborators.set(user.login.toLowerCase(), permission);
    },

    token(login, t = {}) {
      const user = state.user(login);
      if (!user) throw new Error(`Unknown user '${login}'. Add it with addUser() first.`);
      const cap = t.permission ?? "admin";
      if (!isPermission(cap)) throw new Error(`Invalid token permission '${String(cap)}'. Expected admin, write, read or none.`);
      // Shaped like each forge's tokens so secret scanners under test recognise them.
      const token = flavour === "github" ? `ghs_${randomBytes(18).toString("hex").slice(0, 36)}` : randomBytes(20).toString("hex");
      state.tokens.set(token, { login: user.login, cap });
      return token;
    },

    jobToken(info) {
      const u = ACTIONS_USER[flavour];
      state.addUser({ login: u.login, type: u.type, name: u.name, id: u.id });
      const token = flavour === "github" ? `ghs_${randomBytes(18).toString("hex").slice(0, 36)}` : randomBytes(20).toString("hex");
      state.tokens.set(token, { login: u.login, cap: "write", job: info });
      issuedJobTokens.push(token);
      return { token, revoke: () => void state.tokens.delete(token) };
    },

    issuedJobTokens: () => [...issuedJobTokens],

    protectBranch(fullName, branch, p) {
      repoOrThrow(fullName).protections.set(branch, { requiredChecks: p.requiredChecks ?? [], requiredApprovals: p.requiredApprovals ?? 0, ...(p.mergers ? { mergers: p.mergers } : {}) });
    },

    setAllowAutoMerge(fullName, allowed) {
      repoOrThrow(fullName).allowAutoMerge = allowed;
    },

    fireSchedule(fullName, workflow, cron) {
      const repo = repoOrThrow(fullName);
      const sender = state.user(repo.owner)!;
      events.emit({ repo, type: "schedule", action: "", sender: sender.login, byJobToken: false, at: state.now(), schedule: { workflow, cron }, payload: core.hooks.schedule(repo, cron, workflow, sender) });
    },

    setSecret(fullName, name, value) {
      repoOrThrow(fullName).secrets.set(name, value);
    },

    setVariable(fullName, name, value) {
      repoOrThrow(fullName).variables.set(name, value);
    },

    addRunner(fullName, runner) {
      repoOrThrow(fullName).runners.push({ id: state.nextId(), name: runner.name, labels: [...runner.labels], online: runner.online ?? true });
    },

    async close() {
      await forge.actions?.close();
      closing.abort();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (ownsRoot) await rm(root, { recursive: true, force: true });
    },
  };
  if (opts.actions) {
    const actions = new LocalActions({ flavour, url, apiUrl: urls.api, state, events, root, gitUrl: (o, r) => forge.gitUrl(o, r), jobToken: (i) => forge.jobToken(i), checksChanged: (repo, sha) => runAutoMerges({ core, repo }, { sha }) }, opts.actions);
    (forge as { actions?: LocalActions }).actions = actions;
  }
  return forge;
}

interface GitMatch {
  key: string;
  owner: string;
  repo: string;
  /** Path after `{repo}.git`. */
  rest: string;
}

function matchGit(method: string, pathname: string): GitMatch | undefined {
  const m = /^\/([^/]+)\/([^/]+)\.git(\/info\/refs|\/git-upload-pack|\/git-receive-pack)$/.exec(pathname);
  if (!m) return undefined;
  const [, owner = "", repo = "", rest = ""] = m;
  if (!isSafeName(owner) || !isSafeName(repo)) return undefined;
  const key =
    rest === "/info/refs" && method === "GET"
      ? GIT_ROUTES.refs
      : rest === "/git-upload-pack" && method === "POST"
        ? GIT_ROUTES.upload
        : rest === "/git-receive-pack" && method === "POST"
          ? GIT_ROUTES.receive
          : undefined;
  return key ? { key, owner, repo, rest } : undefined;
}

/** Waits `ms`; false if the forge is closing first, or `client` (when given) goes away. */
function hold(ms: number, signal: AbortSignal, client?: IncomingMessage): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const done = (v: boolean) => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      client?.socket.off("close", onAbort);
      resolve(v);
    };
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(true), ms);
    signal.addEventListener("abort", onAbort);
    client?.socket.on("close", onAbort);
  });
}
