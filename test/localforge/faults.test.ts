import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { client, expectNoViolations, git, tempDir, type Answer } from "./helpers.js";

const ISSUE = "GET /repos/{owner}/{repo}/issues/{number}";
const COMMENT = "POST /repos/{owner}/{repo}/issues/{number}/comments";

describe("request counts and fault injection", () => {
  let forge: LocalForge;
  let call: (method: string, route: string, body?: unknown, signal?: AbortSignal) => Promise<Answer>;
  let token: string;

  beforeAll(async () => {
    forge = await startLocalForge({ flavour: "github" });
    await forge.addRepo({ owner: "acme", name: "app" });
    token = forge.token("acme");
    call = client(forge, token);
    await call("POST", "/repos/acme/app/issues", { title: "one" });
  });
  afterAll(() => forge.close());
  beforeEach(() => {
    forge.requests.reset();
    forge.faults.clear();
  });
  // Faulted answers are the forge's on purpose and not checked; every other one is.
  afterEach(() => expectNoViolations(forge));

  it("counts requests per route template", async () => {
    await call("GET", "/repos/acme/app/issues/1");
    await call("GET", "/repos/acme/app/issues/1");
    await call("GET", "/repos/acme/app/issues/99");
    await call("POST", "/repos/acme/app/issues/1/comments", { body: "hi" });
    await call("GET", "/repos/acme/app/nonsense");
    expect(forge.requests.count(ISSUE)).toBe(3);
    expect(forge.requests.counts()).toEqual({ [ISSUE]: 3, [COMMENT]: 1, "GET <unmatched>": 1 });
    expect(forge.requests.entries.map((r) => r.status)).toEqual([200, 200, 404, 201, 404]);
    expect(forge.requests.entries[0]).toMatchObject({ login: "acme", path: "/api/v3/repos/acme/app/issues/1" });
  });

  it("lists the routes it serves and refuses faults for unknown ones", () => {
    expect(forge.routes()).toContain(ISSUE);
    expect(forge.routes()).toContain("POST /{owner}/{repo}.git/git-receive-pack");
    expect(() => forge.faults.add({ route: "GET /repos/{owner}/{repo}/issue/{number}", status: 500 })).toThrow(
      /Unknown route .*did you mean 'GET \/repos\/\{owner\}\/\{repo\}\/issues\/\{number\}'/,
    );
    expect(() => forge.faults.add({ route: ISSUE, status: 500, times: 0 })).toThrow(/Invalid times/);
  });

  it.each([500, 502, 503] as const)("answers %i the given number of times, then recovers", async (status) => {
    const fault = forge.faults.add({ route: ISSUE, status, times: 2 });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await call("GET", "/repos/acme/app/issues/1")).status);
    expect(answers).toEqual([status, status, 200]);
    expect(fault).toMatchObject({ remaining: 0, hits: 2 });
    expect(forge.requests.entries.filter((r) => r.fault === "status")).toHaveLength(2);
  });

  it("answers 429 with Retry-After and an exhausted rate limit", async () => {
    forge.faults.add({ route: ISSUE, status: 429, retryAfter: 7 });
    const res = await call("GET", "/repos/acme/app/issues/1");
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("7");
    expect(res.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(res.body.message).toMatch(/rate limit/);
  });

  it("matches any route with *, oldest fault first, and leaves other routes alone", async () => {
    forge.faults.add({ route: COMMENT, status: 503 });
    forge.faults.add({ route: "*", status: 500 });
    expect((await call("GET", "/repos/acme/app/issues/1")).status).toBe(500);
    expect((await call("POST", "/repos/acme/app/issues/1/comments", { body: "x" })).status).toBe(503);
    expect((await call("POST", "/repos/acme/app/issues/1/comments", { body: "x" })).status).toBe(201);
    expect(forge.faults.pending).toHaveLength(0);
  });

  it("holds a request past the client's timeout and still carries it out (then: respond)", async () => {
    forge.faults.add({ route: COMMENT, timeout: 400 });
    const before = forge.state.repo("acme/app")!.comments.size;
    const started = Date.now();
    await expect(call("POST", "/repos/acme/app/issues/1/comments", { body: "late" }, AbortSignal.timeout(100))).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(350);
    await sleep(500);
    // The client gave up, the forge did not: a retry must not duplicate the comment.
    const bodies = [...forge.state.repo("acme/app")!.comments.values()].map((c) => c.body);
    expect(bodies.filter((b) => b === "late")).toHaveLength(1);
    expect(forge.state.repo("acme/app")!.comments.size).toBe(before + 1);
  });

  it("answers a patient client after the delay", async () => {
    forge.faults.add({ route: ISSUE, timeout: 150 });
    const started = Date.now();
    const res = await call("GET", "/repos/acme/app/issues/1");
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("drops the connection after the delay (then: close) without carrying the request out", async () => {
    forge.faults.add({ route: COMMENT, timeout: 50, then: "close" });
    const before = forge.state.repo("acme/app")!.comments.size;
    await expect(call("POST", "/repos/acme/app/issues/1/comments", { body: "dropped" })).rejects.toThrow();
    expect(forge.state.repo("acme/app")!.comments.size).toBe(before);
    expect(forge.requests.entries.at(-1)).toMatchObject({ route: COMMENT, status: 0, fault: "timeout" });
  });

  it("faults git requests too", async () => {
    const work = await tempDir();
    try {
      forge.faults.add({ route: "GET /{owner}/{repo}.git/info/refs", status: 503 });
      const failed = await git(["clone", forge.gitUrl("acme", "app", token), `${work.dir}/a`]);
      expect(failed.code).not.toBe(0);
      expect(failed.stderr).toMatch(/503/);
      const ok = await git(["clone", forge.gitUrl("acme", "app", token), `${work.dir}/b`]);
      expect(ok.code).toBe(0);
      const refs = forge.requests.entries.filter((r) => r.route === "GET /{owner}/{repo}.git/info/refs").map((r) => r.status);
      // The faulted attempt, then the retry's anonymous probe and its authenticated request.
      expect(refs).toEqual([503, 401, 200]);
      expect(forge.requests.count("POST /{owner}/{repo}.git/git-upload-pack")).toBeGreaterThan(0);
    } finally {
      await work.cleanup();
    }
  });

  it("releases held requests when the forge closes", async () => {
    const other = await startLocalForge({ flavour: "forgejo" });
    await other.addRepo({ owner: "acme", name: "app" });
    other.faults.add({ route: "GET /repos/{owner}/{repo}", timeout: 60_000 });
    const outcome = client(other, other.token("acme"))("GET", "/repos/acme/app").then(
      () => "answered",
      () => "dropped",
    );
    await sleep(50);
    const started = Date.now();
    await other.close();
    expect(await outcome).toBe("dropped");
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
