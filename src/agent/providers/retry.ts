import type { ProviderError } from "../types.js";
import { ProviderCallError } from "./errors.js";

/**
 * Retries for model calls. The SDKs' own retry honours Retry-After too, but
 * CrustyClaw turns it off (`maxRetries: 0`) and retries here instead, because:
 * - the SDKs wait as long as a server asks (a `Retry-After: 3600` would hold a CI
 *   job for an hour); here a wait longer than `maxRetryAfterMs` fails at once;
 * - their timer cannot be scaled, so tests of a 429 would really wait;
 * - they cannot retry failures after the stream has started (Anthropic's
 *   mid-response `overloaded_error`, a stream cut short), which this can, because
 *   a turn is only returned once it is complete;
 * - both providers then follow one policy.
 */
export interface RetryOptions {
  /** Tries after the first. Default 4. */
  retries?: number;
  /** First backoff wait when the server gives no Retry-After, doubled each try. Default 1000 ms. */
  baseDelayMs?: number;
  /** Longest backoff wait. Default 30 s. */
  maxDelayMs?: number;
  /** Longest Retry-After honoured; a server asking for more fails the call at once. Default 60 s. */
  maxRetryAfterMs?: number;
  /** Multiplies every wait (backoff and Retry-After); tests use a small value. Default 1. */
  timeScale?: number;
  /** Told before each wait, with the unscaled wait: for logs, and for tests to see Retry-After honoured. */
  onRetry?: (info: { attempt: number; waitMs: number; error: ProviderError }) => void;
  /** Source of jitter in [0, 1); injectable for tests. */
  random?: () => number;
}

const DEFAULTS = { retries: 4, baseDelayMs: 1000, maxDelayMs: 30_000, maxRetryAfterMs: 60_000, timeScale: 1 };

/** Run `attempt` until it succeeds, fails for good, or the retries are spent. */
export async function withRetries<T>(attempt: () => Promise<T>, options: RetryOptions = {}, signal?: AbortSignal): Promise<T> {
  const o = { ...DEFAULTS, ...options };
  const random = options.random ?? Math.random;
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof ProviderCallError) || !err.retryable || signal?.aborted) throw err;
      const tries = `${n + 1} ${n === 0 ? "try" : "tries"}`;
      if (err.retryAfterMs !== undefined && err.retryAfterMs > o.maxRetryAfterMs) {
        throw again(err, `${err.message} The server asked to wait ${seconds(err.retryAfterMs)}, longer than the ${seconds(o.maxRetryAfterMs)} CrustyClaw waits; try again later.`);
      }
      if (n >= o.retries) throw again(err, `${err.message} Gave up after ${tries}.`);
      const backoff = Math.min(o.baseDelayMs * 2 ** n, o.maxDelayMs);
      // Jitter (up to a quarter off) spreads out parallel matrix jobs that hit the same limit.
      const waitMs = err.retryAfterMs ?? Math.round(backoff * (1 - 0.25 * random()));
      o.onRetry?.({ attempt: n + 1, waitMs, error: err });
      await sleep(waitMs * o.timeScale, signal);
    }
  }
}

function again(err: ProviderCallError, message: string): ProviderCallError {
  return new ProviderCallError(message, err.kind, err.status, false, err.retryAfterMs);
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
