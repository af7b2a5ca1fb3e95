import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiDescription,
  apiRouteKeys,
  EXTRA_ROUTES,
  startLocalForge,
  type Flavour,
  type LocalForge,
  type RepoRecord,
} from "../../src/localforge/index.js";
import { ApiValidator } from "../../src/localforge/validation.js";
import { client, commitFile, expectNoViolations, PINNED, type Answer } from "./helpers.js";

const FLAVOURS: Flavour[] = ["github", "forgejo"];

/** Git smart HTTP: served beside the REST API and outside both REST descriptions, on purpose. */
const GIT_ROUTES = ["GET /{owner}/{repo}.git/info/refs", "POST /{owner}/{repo}.git/git-receive-pack", "POST /{owner}/{repo}.git/git-upload-pack"];

/** GitHub's GraphQL endpoint (GHES: /api/graphql), for enablePullRequestAutoMerge only: src/localforge/graphql.ts. */
const GRAPHQL_ROUTE = "POST /graphql";

const placeholders = (template: string) => [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);

describe.each(FLAVOURS)("the %s API description (schema/forge-api/)", (flavour) => {
  const description = apiDescription(flavour);
  const served = apiRouteKeys(flavour);

  it("has an operation for every REST route the local forge serves, bar the listed extras", () => {
    const missing = served.filter((key) => !(key in description.operations) && !(key in EXTRA_ROUTES[flavour]));
    expect(missing, `routes the ${flavour} description does not have; serve them only with a reason in EXTRA_ROUTES`).toEqual([]);
    expect(Object.keys(EXTRA_ROUTES[flavour]).filter((key) => !served.includes(key)), "stale EXTRA_ROUTES entries").toEqual([]);
  });

  it("was extracted for exactly the routes served now", () => {
    const extracted = [...Object.keys(description.operations), ...description.unmatched].sort();
    expect(extracted, "run 'npm run forge-api' after changing the routes").toEqual(served);
    expect(description.unmatched.filter((key) => !(key in EXTRA_ROUTES[flavour]))).toEqual([]);
  });

  it("maps each route's parameters to the description's, by position", () => {
    for (const [key, op] of Object.entries(description.operations)) {
      const local = placeholders(key);
      expect(Object.keys(op.pathParams), key).toEqual(local);
      expect(Object.values(op.pathParams), key).toEqual(placeholders(op.path));
    }
  });

  it("serves git smart HTTP (and GitHub's GraphQL endpoint) outside the description, and nothing else", async () => {
    const forge = await startLocalForge({ flavour });
    try {
      expect(forge.routes().filter((key) => !served.includes(key))).toEqual([...GIT_ROUTES, ...(flavour === "github" ? [GRAPHQL_ROUTE] : [])].sort());
    } finally {
      await forge.close();
    }
  });

  it("records its source, an exact devDependency", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { devDependencies: Record<string, string> };
    const installed = JSON.parse(
      readFileSync(new URL(`../../node_modules/${description.source.package}/package.json`, import.meta.url), "utf8"),
    ) as { version: string };
    expect(pkg.devDependencies[description.source.package]).toBe(description.source.version);
    expect(installed.version).toBe(description.source.version);
    expect(description.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

interface World {
  forge: LocalForge;
  repo: RepoRecord;
  owner: (method: string, route: string, body?: unknown) => Promise<Answer>;
  dev: (method: string, route: string, body?: unknown) => Promise<Answer>;
  rev: (method: string, route: string, body?: unknown) => Promise<Answer>;
}

async function world(flavour: Flavour): Promise<World> {
  const forge = await startLocalForge({ flavour, now: () => PINNED });
  const workflows = flavour === "github" ? ".github/workflows" : ".forgejo/workflows";
  const repo = await forge.addRepo({
    owner: "acme",
    name: "app",
    collaborators: { dev: "write", rev: "write" },
    files: { "README.md": "# app\n", [`${workflows}/manual.yml`]: "on: workflow_dispatch\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n" },
  });
  return {
    forge,
    repo,
    owner: client(forge, forge.token("acme")),
    dev: client(forge, forge.token("dev")),
    rev: client(forge, forge.token("rev")),
  };
}

/** Calls every route once with a request that succeeds; the forge validates each answer. */
async function everyRoute(flavour: Flavour, { forge, repo, owner, dev, rev }: World): Promise<void> {
  const github = flavour === "github";
  const ok = async (call: Promise<Answer>): Promise<Answer> => {
    const res = await call;
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    return res;
  };
  const base = "/repos/acme/app";
  await ok(dev("GET", "/user"));
  await ok(dev("GET", "/users/dev"));
  await ok(dev("GET", base));
  await ok(dev("GET", `${base}/branches/main`));
  await ok(owner("GET", `${base}/collaborators/dev/permission`));
  // What `crustyclaw pin` and `check --runners` ask.
  execFileSync("git", ["-C", repo.gitDir, "-c", "user.name=t", "-c", "user.email=t@localhost", "tag", "-a", "-m", "v1", "v1", "main"]);
  await ok(dev("GET", github ? `${base}/commits/v1` : `${base}/tags/v1`));
  forge.addRunner("acme/app", { name: "r1", labels: ["self-hosted", "microvm"] });
  forge.addRunner("acme/app", { name: "r2", labels: ["docker"], online: false });
  await ok(owner("GET", `${base}/actions/runners${github ? "" : "?visible=true"}`));

  const label = (await ok(dev("POST", `${base}/labels`, { name: "bug", color: "d73a4a" }))).body;
  await ok(dev("GET", `${base}/labels`));
  const n = (await ok(dev("POST", `${base}/issues`, { title: "A thing", body: "please" }))).body.number;
  await ok(dev("GET", `${base}/issues?state=all`));
  await ok(dev("GET", `${base}/issues/${n}`));
  await ok(dev("PATCH", `${base}/issues/${n}`, { body: "please, now" }));
  // Assignees, with users assigned (GitHub: by name; Forgejo: editing the issue).
  if (github) {
    await ok(dev("POST", `${base}/issues/${n}/assignees`, { assignees: ["rev"] }));
    await ok(dev("DELETE", `${base}/issues/${n}/assignees`, { assignees: ["rev"] }));
  }
  await ok(dev("PATCH", `${base}/issues/${n}`, { assignees: ["rev"] }));
  const labels = { labels: github ? ["bug"] : [label.id] };
  await ok(dev("POST", `${base}/issues/${n}/labels`, labels));
  await ok(dev("PUT", `${base}/issues/${n}/labels`, labels));
  await ok(dev("GET", `${base}/issues/${n}/labels`));
  await ok(dev("DELETE", `${base}/issues/${n}/labels/${github ? "bug" : label.id}`));

  const comment = (await ok(dev("POST", `${base}/issues/${n}/comments`, { body: "on it" }))).body.id;
  await ok(dev("GET", `${base}/issues/${n}/comments`));
  await ok(dev("GET", `${base}/issues/comments/${comment}`));
  await ok(dev("PATCH", `${base}/issues/comments/${comment}`, { body: "done" }));
  await ok(rev("POST", `${base}/issues/${n}/reactions`, { content: "eyes" }));
  await ok(dev("GET", `${base}/issues/${n}/reactions`));
  await ok(rev("POST", `${base}/issues/comments/${comment}/reactions`, { content: "rocket" }));
  await ok(dev("GET", `${base}/issues/comments/${comment}/reactions`));
  await ok(dev("DELETE", `${base}/issues/comments/${comment}`));

  const head = await commitFile(repo, "feature", "feature.txt", "one\ntwo\n");
  const pr = (await ok(dev("POST", `${base}/pulls`, { title: "Feature", head: "feature", base: "main", body: "b" }))).body.number;
  await ok(dev("POST", `${base}/issues/${pr}/labels`, labels));
  await ok(dev("GET", `${base}/pulls?state=all`));
  await ok(dev("GET", `${base}/pulls/${pr}`));
  await ok(dev("PATCH", `${base}/pulls/${pr}`, { body: "b2" }));
  if (!github) await ok(dev("GET", `${base}/pulls/main/feature`));
  if (!github) expect((await ok(dev("GET", `${base}/pulls/${pr}.diff`))).body).toContain("+++ b/feature.txt\n@@ -0,0 +1,2 @@\n+one\n+two\n");
  await ok(dev("POST", `${base}/pulls/${pr}/requested_reviewers`, { reviewers: ["rev"] }));
  if (github) await ok(dev("GET", `${base}/pulls/${pr}/requested_reviewers`));
  await ok(dev("DELETE", `${base}/pulls/${pr}/requested_reviewers`, { reviewers: ["rev"] }));

  const inline = { path: "feature.txt", body: "rename this", ...(github ? { line: 2 } : { new_position: 2 }) };
  const review = (await ok(rev("POST", `${base}/pulls/${pr}/reviews`, { event: "COMMENT", body: "see inline", comments: [inline] }))).body.id;
  await ok(dev("GET", `${base}/pulls/${pr}/reviews`));
  await ok(dev("GET", `${base}/pulls/${pr}/reviews/${review}`));
  await ok(dev("GET", `${base}/pulls/${pr}/reviews/${review}/comments`));
  if (github) {
    const first = (await ok(dev("GET", `${base}/pulls/${pr}/comments`))).body[0].id;
    await ok(dev("POST", `${base}/pulls/${pr}/comments/${first}/replies`, { body: "renamed" }));
  }
  // A pending review (no event on GitHub, any unknown one on Forgejo), then submitted.
  const pending = (await ok(rev("POST", `${base}/pulls/${pr}/reviews`, github ? { body: "draft" } : { event: "PENDING", body: "draft" }))).body.id;
  const submit = github ? `${base}/pulls/${pr}/reviews/${pending}/events` : `${base}/pulls/${pr}/reviews/${pending}`;
  await ok(rev("POST", submit, { event: "COMMENT", body: "done" }));

  await ok(dev("POST", `${base}/statuses/${head}`, { state: "success", context: "ci/test", target_url: "http://ci.localhost/1" }));
  await ok(dev("GET", `${base}/commits/${head}/statuses`));
  await ok(dev("GET", `${base}/commits/feature/status`));
  if (!github) await ok(dev("GET", `${base}/statuses/${head}`));
  if (github) {
    const run = (await ok(dev("POST", `${base}/check-runs`, { name: "crustyclaw/review", head_sha: head, status: "in_progress" }))).body.id;
    await ok(dev("PATCH", `${base}/check-runs/${run}`, { conclusion: "success", output: { title: "ok", summary: "all good" } }));
    await ok(dev("GET", `${base}/commits/${head}/check-runs`));
    // A job's log: Actions jobs are check runs with a log file (this world runs no workflows, so give one a log).
    const log = path.join(mkdtempSync(path.join(tmpdir(), "crustyclaw-joblog-")), "a.log");
    writeFileSync(log, "##[group]Run echo hi\nhi\n");
    repo.checkRuns.get(run)!.logFile = log;
    await ok(dev("GET", `${base}/actions/jobs/${run}/logs`));
  }
  // A file, and a directory (a list), at a branch; Forgejo's raw file.
  await ok(dev("GET", `${base}/contents/feature.txt?ref=feature`));
  await ok(dev("GET", `${base}/contents/${github ? ".github" : ".forgejo"}?ref=main`));
  if (!github) expect((await ok(dev("GET", `${base}/raw/feature.txt?ref=feature`))).body).toBe("one\ntwo\n");
  await ok(dev("POST", `${base}/actions/workflows/manual.yml/dispatches`, { ref: "main", inputs: {} }));
  await ok(dev(github ? "PUT" : "POST", `${base}/pulls/${pr}/merge`, github ? { merge_method: "merge" } : { Do: "merge" }));
}

describe.each(FLAVOURS)("validation of the %s flavour's traffic", (flavour) => {
  let w: World;
  beforeAll(async () => {
    w = await world(flavour);
  });
  afterAll(() => w.forge.close());

  it("answers every route's success in the description's shape", async () => {
    await everyRoute(flavour, w);
    expectNoViolations(w.forge);
    const answered = new Set(w.forge.requests.entries.filter((r) => r.status >= 200 && r.status < 300).map((r) => r.route));
    expect(apiRouteKeys(flavour).filter((key) => !answered.has(key)), "routes the walk did not cover").toEqual([]);
  });

  it("records a response that breaks the description, and still answers it", async () => {
    const n = (await w.dev("POST", "/repos/acme/app/issues", { title: "shape" })).body.number;
    // A record the presenter turns into a wrong shape: a number where the description has a string.
    (w.repo.issues.get(n) as unknown as { title: unknown }).title = 42;
    const res = await w.dev("GET", `/repos/acme/app/issues/${n}`);
    expect(res.status).toBe(200);
    expect(res.body.title).toBe(42);
    expect(w.forge.violations.entries).toEqual([
      expect.objectContaining({
        side: "response",
        route: "GET /repos/{owner}/{repo}/issues/{number}",
        status: 200,
        path: `/api/${flavour === "github" ? "v3" : "v1"}/repos/acme/app/issues/${n}`,
        // Forgejo's strings may be null (see validation.ts).
        problems: [expect.stringMatching(/^body\/title: must be string/)],
      }),
    ]);
    expect(() => expectNoViolations(w.forge)).toThrow(/response 200 of GET \/repos\/\{owner\}\/\{repo\}\/issues\/\{number\}.*body\/title: must be string/);
    expect(w.forge.violations.entries).toEqual([]);
  });

  it("records a request that breaks the description, and handles it as the forge would", async () => {
    const res = await w.dev("POST", "/repos/acme/app/issues", { title: "typed", invented: true });
    expect(res.status).toBe(201);
    expect(w.forge.violations.lines()).toEqual([
      expect.stringMatching(/^request POST \/repos\/\{owner\}\/\{repo\}\/issues .*body: has 'invented', which the description does not define$/),
    ]);
    w.forge.violations.reset();
  });

  it("validates nothing when validate is off", async () => {
    const quiet = await startLocalForge({ flavour, validate: false });
    try {
      await quiet.addRepo({ owner: "acme", name: "app" });
      await client(quiet, quiet.token("acme"))("POST", "/repos/acme/app/issues", { title: "x", invented: true });
      expect(quiet.violations.entries).toEqual([]);
    } finally {
      await quiet.close();
    }
  });
});

describe("the validator", () => {
  const ISSUE = "GET /repos/{owner}/{repo}/issues/{number}";
  let bodies: Record<Flavour, Record<string, unknown>>;
  beforeAll(async () => {
    bodies = { github: {}, forgejo: {} };
    for (const flavour of FLAVOURS) {
      const w = await world(flavour);
      const n = (await w.dev("POST", "/repos/acme/app/issues", { title: "t" })).body.number;
      bodies[flavour] = (await w.dev("GET", `/repos/acme/app/issues/${n}`)).body;
      await w.forge.close();
    }
  });
  const check = (flavour: Flavour, change: (b: Record<string, unknown>) => void, status = 200) => {
    const body = structuredClone(bodies[flavour]);
    change(body);
    return new ApiValidator(flavour).checkResponse(ISSUE, status, body);
  };

  it.each(FLAVOURS)("accepts what the %s flavour answers", (flavour) => {
    expect(check(flavour, () => {})).toEqual([]);
  });

  it.each(FLAVOURS)("refuses a property the %s description does not define, a wrong type, and an undescribed success status", (flavour) => {
    expect(check(flavour, (b) => (b.invented = 1))).toEqual(["body: has 'invented', which the description does not define"]);
    expect(check(flavour, (b) => (b.number = "1"))).toEqual([expect.stringMatching(/^body\/number: must be (number|integer)$/)]);
    expect(check(flavour, () => {}, 202)[0]).toMatch(/^status 202 is not in the description \(it lists 200/);
  });

  it("holds GitHub to its required properties, nullable formats and enums", () => {
    expect(check("github", (b) => delete b.node_id)).toEqual(["body: must have required property 'node_id'"]);
    expect(check("github", (b) => (b.locked = null))).toEqual(["body/locked: must be boolean"]);
    expect(check("github", (b) => (b.closed_at = null))).toEqual([]);
    expect(check("github", (b) => (b.created_at = "yesterday"))).toEqual(['body/created_at: must match format "date-time"']);
    expect(check("github", (b) => (b.author_association = "FRIEND"))).toEqual([expect.stringMatching(/^body\/author_association: must be equal to one of the allowed values/)]);
  });

  it("lets Forgejo send null for strings, arrays and objects, as Go does for nil, but not for numbers", () => {
    expect(check("forgejo", (b) => Object.assign(b, { closed_at: null, labels: null, milestone: null }))).toEqual([]);
    expect(check("forgejo", (b) => (b.comments = null))).toEqual(["body/comments: must be number"]);
    // Without the noise of the null alternative.
    expect(check("forgejo", (b) => ((b.user as Record<string, unknown>).invented = 1))).toEqual([
      "body/user: has 'invented', which the description does not define",
    ]);
  });

  it.each(FLAVOURS)("compiles every request and response schema of the %s description", (flavour) => {
    const validator = new ApiValidator(flavour);
    for (const [route, op] of Object.entries(apiDescription(flavour).operations)) {
      expect(() => validator.checkRequest(route, new URLSearchParams(), op.requestBody ? {} : undefined), route).not.toThrow();
      for (const status of Object.keys(op.responses)) {
        expect(() => validator.checkResponse(route, Number(status), {}), `${route} ${status}`).not.toThrow();
      }
    }
  });
});
