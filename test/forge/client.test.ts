import { describe, expect, it } from "vitest";
import { createForge } from "../../src/forge/create.js";
import { ForgeError } from "../../src/forge/client.js";

/** A fetch that answers from a script of responses, recording each request. */
function scriptedFetch(responses: Array<{ status: number; body?: unknown; headers?: Record<string, string> }>) {
  const calls: Array<{ url: string; method: string; auth: string | null }> = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    calls.push({ url: String(url), method: init?.method ?? "GET", auth: headers.get("authorization") });
    const r = responses.shift() ?? { status: 500, body: { message: "script exhausted" } };
    return new Response(r.body === undefined ? null : JSON.stringify(r.body), {
      status: r.status,
      headers: { "content-type": "application/json", ...r.headers },
    });
  }) as typeof fetch;
  return { fetchImpl, calls };
}

const issue = { number: 7, title: "t", body: "b", labels: [{ name: "x" }], user: { login: "alice" }, html_url: "http://h/7" };

function forge(kind: "github" | "forgejo", fetchImpl: typeof fetch) {
  return createForge({ kind, repo: { owner: "o", repo: "r" }, baseUrl: "http://127.0.0.1:1/api", token: "s3cr3t-token-value", fetch: fetchImpl, timeScale: 0.001 });
}

describe("forge HTTP client", () => {
  it("retries a 429 after its Retry-After and a 503, then succeeds", async () => {
    const { fetchImpl, calls } = scriptedFetch([
      { status: 429, body: { message: "slow down" }, headers: { "retry-after": "2" } },
      { status: 503, body: { message: "unavailable" } },
      { status: 200, body: issue },
    ]);
    const started = Date.now();
    const got = await forge("github", fetchImpl).getIssue(7);
    expect(got).toMatchObject({ number: 7, labels: ["x"], author: "alice" });
    expect(calls).toHaveLength(3);
    expect(calls[0]!.url).toBe("http://127.0.0.1:1/api/repos/o/r/issues/7");
    expect(calls[0]!.auth).toBe("token s3cr3t-token-value");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("gives up on a permanent 500 with an error naming the request", async () => {
    const { fetchImpl, calls } = scriptedFetch(Array(10).fill({ status: 500, body: { message: "boom" } }));
    const err = await forge("forgejo", fetchImpl).getIssue(7).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForgeError);
    expect((err as Error).message).toMatch(/^read issue #7: HTTP 500/);
    expect(calls.length).toBe(4); // the first try and three retries
  });

  it("does not retry a 401 and says what to check", async () => {
    const { fetchImpl, calls } = scriptedFetch([{ status: 401, body: { message: "Bad credentials" } }]);
    const err = await forge("github", fetchImpl).getIssue(7).catch((e: unknown) => e);
    expect((err as Error).message).toBe("read issue #7: the token was refused (401): check that it is set and not expired");
    expect(calls).toHaveLength(1);
  });

  it("never puts the token in an error message", async () => {
    const { fetchImpl } = scriptedFetch([{ status: 422, body: { message: "Validation Failed" } }]);
    const err = await forge("github", fetchImpl).createComment(7, "x").catch((e: unknown) => e);
    expect(String((err as Error).message)).not.toContain("s3cr3t");
  });
});
