import { describe, expect, it } from "vitest";
import { parseRetryAfter, ProviderCallError, withRetries } from "../../../src/agent/providers/index.js";

describe("retries", () => {
  it("reads Retry-After as seconds, an HTTP date, or retry-after-ms", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter(new Headers({ "retry-after": "7" }), now)).toBe(7000);
    expect(parseRetryAfter(new Headers({ "retry-after": "Thu, 01 Jan 2026 00:00:30 GMT" }), now)).toBe(30_000);
    expect(parseRetryAfter(new Headers({ "retry-after-ms": "250", "retry-after": "7" }), now)).toBe(250);
    expect(parseRetryAfter(new Headers({ "retry-after": "soon" }), now)).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  it("retries only what can succeed later, with exponential backoff", async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withRetries(
      async () => {
        if (++calls < 3) throw new ProviderCallError("busy", "server", 503, true);
        return "ok";
      },
      { timeScale: 0, random: () => 0, onRetry: ({ waitMs }) => waits.push(waitMs) },
    );
    expect(result).toBe("ok");
    expect(waits).toEqual([1000, 2000]);

    calls = 0;
    await expect(
      withRetries(async () => {
        calls++;
        throw new ProviderCallError("bad key", "auth", 401, false);
      }),
    ).rejects.toThrow("bad key");
    expect(calls).toBe(1);
  });

  it("stops waiting when the caller aborts", async () => {
    const controller = new AbortController();
    const p = withRetries(
      async () => {
        throw new ProviderCallError("busy", "server", 503, true, 60_000);
      },
      {},
      controller.signal,
    );
    setTimeout(() => controller.abort(new Error("budget spent")), 10);
    await expect(p).rejects.toThrow("budget spent");
  });
});
