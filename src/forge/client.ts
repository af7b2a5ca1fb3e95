import { Octokit } from "@octokit/core";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
// The light build (no Redis clustering), as the throttling plugin itself uses.
import Bottleneck from "bottleneck/light.js";

/**
 * One HTTP stack for both forges: octokit's request layer with the retry and
 * throttling plugins. Forgejo's `/api/v1` is plain REST, so `request(route)`
 * works against it with another base URL.
 */
export interface ClientOptions {
  baseUrl: string;
  token: string;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Multiplies every wait (backoff and Retry-After); tests use a small value. */
  timeScale?: number;
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number;
  /**
   * GitHub's throttling rules (primary/secondary rate limits, about one second
   * between writes). On by default; `createForge` turns it off for Forgejo, which
   * has no such rules. 429 with Retry-After is honoured either way.
   */
  throttle?: boolean;
}

const ForgeOctokit = Octokit.plugin(retry, throttling);
export type Client = InstanceType<typeof ForgeOctokit>;

const MAX_RETRY_AFTER_SECONDS = 60;
const RATE_LIMIT_RETRIES = 3;

export function createClient(opts: ClientOptions): Client {
  const scale = opts.timeScale ?? 1;
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const baseFetch = opts.fetch ?? fetch;
  const client = new ForgeOctokit({
    auth: opts.token,
    baseUrl: opts.baseUrl.replace(/\/$/, ""),
    userAgent: "crustyclaw",
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: {
      // A hung server must not hang the job: abort, and let the retry plugin try again.
      fetch: (url: string | URL | Request, init?: RequestInit) =>
        baseFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
    },
    retry: {
      retryAfterBaseValue: 1000 * scale,
      // 429 is handled below, honouring Retry-After.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      enabled: opts.throttle ?? true,
      retryAfterBaseValue: 1000 * scale,
      // GitHub asks for about a second between writes, and three between writes that notify
      // people (comments, issues, pull requests); the plugin's own limiters space them so.
      // Only a scaled clock (tests) gets limiters of its own, with the spacing scaled.
      ...(scale !== 1
        ? {
            write: new Bottleneck.Group({ id: "crustyclaw-write", maxConcurrent: 1, minTime: 1000 * scale }),
            notifications: new Bottleneck.Group({ id: "crustyclaw-notifications", maxConcurrent: 1, minTime: 3000 * scale }),
            search: new Bottleneck.Group({ id: "crustyclaw-search", maxConcurrent: 1, minTime: 2000 * scale }),
          }
        : {}),
      onRateLimit: (_after: number, _o: unknown, _k: unknown, count: number) => count < RATE_LIMIT_RETRIES,
      onSecondaryRateLimit: (_after: number, _o: unknown, _k: unknown, count: number) => count < RATE_LIMIT_RETRIES,
    },
  });
  client.hook.wrap("request", async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (err) {
        const e = err as { status?: number; response?: { headers?: Record<string, string> } };
        if (e.status !== 429 || attempt >= RATE_LIMIT_RETRIES) throw err;
        const header = Number(e.response?.headers?.["retry-after"]);
        const seconds = Number.isFinite(header) && header >= 0 ? Math.min(header, MAX_RETRY_AFTER_SECONDS) : 2 ** attempt;
        await new Promise((r) => setTimeout(r, seconds * 1000 * scale));
      }
    }
  });
  return client;
}

/** An HTTP error from the forge, with what a user needs to act on it. */
export class ForgeError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "ForgeError";
  }
}

/** Wrap octokit errors: say which request failed and why, without headers or tokens. */
export async function call<T>(what: string, fn: () => Promise<{ data: T }>): Promise<T> {
  try {
    return (await fn()).data;
  } catch (err) {
    const e = err as { status?: number; message?: string };
    const status = typeof e.status === "number" ? e.status : undefined;
    const reason =
      status === 401
        ? "the token was refused (401): check that it is set and not expired"
        : status === 403
          ? "the token lacks permission (403)"
          : status === 404
            ? "not found (404)"
            : status
              ? `HTTP ${status}: ${e.message ?? ""}`.trim()
              : `request failed: ${e.message ?? String(err)}`;
    throw new ForgeError(`${what}: ${reason}`, status);
  }
}

/**
 * `CRUSTYCLAW_TIME_SCALE` from the environment: a factor (0 < x ≤ 1) for every wait of
 * the forge client (retry backoff, Retry-After, write spacing). For tests of fault
 * handling, which would otherwise sleep real seconds. Unset means 1.
 */
export function timeScaleFrom(env: NodeJS.ProcessEnv): number {
  const raw = env.CRUSTYCLAW_TIME_SCALE?.trim();
  if (!raw) return 1;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n > 1) throw new ForgeError(`Invalid CRUSTYCLAW_TIME_SCALE '${raw.slice(0, 20)}'. Expected a number above 0 and at most 1 (it scales waits down for tests).`);
  return n;
}
