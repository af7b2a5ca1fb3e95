import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { resolveMcpServers, type RawMcpServer } from "../blueprint/mcp.js";
import type { McpServer, TrustTier } from "../blueprint/types.js";
import { schemaProblems } from "../blueprint/schema-errors.js";
import * as validators from "../generated/validators.js";
import { parseYamlSource } from "../blueprint/yaml-source.js";
import type { Problem } from "../util/problem.js";
import type { MergeMethod } from "../forge/forge.js";
import type { Price } from "../agent/providers/cost.js";
import { FORGES, type ForgeName } from "./schema.js";

export const CONFIG_PATH = ".crustyclaw/config.yml";

/** Repository settings with defaults applied. */
export interface Config {
  /** Forges to compile for. */
  forges: ForgeName[];
  /** Blueprint directory, relative to the repository root. */
  blueprints: string;
  actions: { repository: string; ref: string; forgejoUrl: string };
  /** Runner labels per forge and trust tier. */
  runners: Record<ForgeName, Record<TrustTier, string[]>>;
  /** Name of the secret with the model API key. */
  modelApiKeySecret: string;
  authorize: { users: string[]; bots: string[] };
  /** `mergeMethod`: how `review-policy: auto` merges (default squash). */
  pullRequests: { reviewers: string[]; labels: string[]; mergeMethod: MergeMethod };
  /** MCP servers shared by every blueprint; a blueprint's own server of the same name replaces one here. */
  mcpServers: Record<string, McpServer>;
  /** How CI runs on CrustyClaw's pushes: workflow files to dispatch on the branch (GitHub), a secret with a token to push with. */
  ci: { dispatch: string[]; pushTokenSecret?: string };
  /** Model prices (USD per million input and output tokens) added to, or replacing, the built-in ones. */
  prices: Record<string, Price>;
  /** Spend caps per day and month (UTC), for the repository and per blueprint; empty: none. */
  limits: Limits;
}

export interface Cap {
  usd?: number;
  tokens?: number;
}
export interface Limits {
  day?: Cap;
  month?: Cap;
  blueprints: Record<string, { day?: Cap; month?: Cap }>;
}

/** Whether any cap applies to the blueprint: without one, the route never reads the outcome store and agents' budgets stand. */
export function hasLimits(limits: Limits, blueprint: string): boolean {
  const own = limits.blueprints[blueprint];
  return Boolean(limits.day || limits.month || own?.day || own?.month);
}

/**
 * Standard runners: GitHub's hosted Ubuntu, GHES's self-hosted runners (it has no hosted ones),
 * Forgejo's documented `docker` label, act_runner's default `ubuntu-latest` on Gitea; untrusted
 * work on microVMs.
 */
export const DEFAULT_RUNNERS: Record<ForgeName, Record<TrustTier, string[]>> = {
  github: { trusted: ["ubuntu-latest"], internal: ["ubuntu-latest"], untrusted: ["self-hosted", "microvm"] },
  ghes: { trusted: ["self-hosted"], internal: ["self-hosted"], untrusted: ["self-hosted", "microvm"] },
  forgejo: { trusted: ["docker"], internal: ["docker"], untrusted: ["microvm"] },
  gitea: { trusted: ["ubuntu-latest"], internal: ["ubuntu-latest"], untrusted: ["microvm"] },
};

export function defaultConfig(): Config {
  return {
    forges: ["github"],
    blueprints: ".crustyclaw/blueprints",
    actions: { repository: "crustyclaw/crustyclaw", ref: "v1", forgejoUrl: "https://github.com" },
    runners: structuredClone(DEFAULT_RUNNERS),
    modelApiKeySecret: "CRUSTYCLAW_MODEL_API_KEY",
    authorize: { users: [], bots: [] },
    pullRequests: { reviewers: [], labels: ["crustyclaw"], mergeMethod: "squash" },
    mcpServers: {},
    ci: { dispatch: [] },
    prices: {},
    limits: { blueprints: {} },
  };
}

/** Parse config text; an empty file means all defaults. */
export function parseConfig(file: string, text: string): { config?: Config; problems: Problem[] } {
  const parsed = parseYamlSource(file, text);
  if (!parsed.source) return { problems: parsed.problems };
  const data = parsed.source.data ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return { problems: [{ file, line: 1, column: 1, message: "the config must be a YAML mapping", code: "not-a-mapping" }] };
  }
  if (!validators.config(data)) return { problems: schemaProblems(parsed.source, validators.config.errors ?? []) };
  const d = data as {
    forges?: ForgeName[];
    blueprints?: string;
    actions?: { repository?: string; ref?: string; "forgejo-url"?: string };
    runners?: Partial<Record<TrustTier, string | string[]>> & Partial<Record<ForgeName, Partial<Record<TrustTier, string | string[]>>>>;
    secrets?: { "model-api-key"?: string };
    authorize?: { users?: string[]; bots?: string[] };
    "pull-requests"?: { reviewers?: string[]; labels?: string[]; "merge-method"?: MergeMethod };
    "mcp-servers"?: Record<string, RawMcpServer>;
    ci?: { dispatch?: string[]; "push-token"?: string };
    prices?: Record<string, Price>;
    limits?: { day?: Cap; month?: Cap; blueprints?: Record<string, { day?: Cap; month?: Cap }> };
  };
  const config = defaultConfig();
  if (d.forges) config.forges = d.forges;
  if (d.blueprints) config.blueprints = path.posix.normalize(d.blueprints).replace(/\/$/, "");
  if (d.actions?.repository) config.actions.repository = d.actions.repository;
  if (d.actions?.ref) config.actions.ref = d.actions.ref;
  if (d.actions?.["forgejo-url"]) config.actions.forgejoUrl = d.actions["forgejo-url"];
  if (d.secrets?.["model-api-key"]) config.modelApiKeySecret = d.secrets["model-api-key"];
  if (d.authorize?.users) config.authorize.users = d.authorize.users;
  if (d.authorize?.bots) config.authorize.bots = d.authorize.bots;
  if (d["pull-requests"]?.reviewers) config.pullRequests.reviewers = d["pull-requests"].reviewers;
  if (d["pull-requests"]?.labels) config.pullRequests.labels = d["pull-requests"].labels;
  if (d["pull-requests"]?.["merge-method"]) config.pullRequests.mergeMethod = d["pull-requests"]["merge-method"];
  config.mcpServers = resolveMcpServers(d["mcp-servers"]);
  if (d.ci?.dispatch) config.ci.dispatch = d.ci.dispatch;
  if (d.ci?.["push-token"]) config.ci.pushTokenSecret = d.ci["push-token"];
  if (d.prices) config.prices = d.prices;
  if (d.limits) config.limits = { ...(d.limits.day ? { day: d.limits.day } : {}), ...(d.limits.month ? { month: d.limits.month } : {}), blueprints: { ...d.limits.blueprints } };
  const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
  for (const forge of FORGES) {
    for (const tier of ["trusted", "internal", "untrusted"] as const) {
      const v = d.runners?.[forge]?.[tier] ?? d.runners?.[tier];
      if (v) config.runners[forge][tier] = list(v);
    }
  }
  return { config, problems: [] };
}

/** Read `.crustyclaw/config.yml` under `root`; defaults when it does not exist. */
export function readConfig(root: string): { config?: Config; problems: Problem[] } {
  const file = path.join(root, CONFIG_PATH);
  if (!existsSync(file)) return { config: defaultConfig(), problems: [] };
  return parseConfig(CONFIG_PATH, readFileSync(file, "utf8"));
}
