import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startLocalForge, type Flavour, type LocalForge, type RepoRecord } from "../../src/localforge/index.js";
import { client, commitFile, expectNoViolations, expectRequestViolation, PINNED, type Answer } from "./helpers.js";

type Call = (method: string, route: string, body?: unknown) => Promise<Answer>;

interface World {
  forge: LocalForge;
  repo: RepoRecord;
  /** Repo owner (admin). */
  owner: Call;
  /** Collaborator with write access; opens the pull requests. */
  dev: Call;
  /** Collaborator with write access; reviews. */
  reviewer: Call;
  /** Read-only collaborator. */
  viewer: Call;
  /** Bot with write access. */
  bot: Call;
  /** Token of a user with no access. */
  outsider: Call;
}

async function world(flavour: Flavour): Promise<World> {
  const forge = await startLocalForge({ flavour, now: () => PINNED });
  const repo = await forge.addRepo({
    owner: "acme",
    name: "app",
    collaborators: { dev: "write", rev: "write", viewer: "read" },
  });
  forge.addUser({ login: "crusty[bot]", type: "Bot" });
  forge.grant("acme/app", "crusty[bot]", "write");
  forge.addUser({ login: "outsider" });
  return {
    forge,
    repo,
    owner: client(forge, forge.token("acme")),
    dev: client(forge, forge.token("dev")),
    reviewer: client(forge, forge.token("rev")),
    viewer: client(forge, forge.token("viewer")),
    bot: client(forge, forge.token("crusty[bot]")),
    outsider: client(forge, forge.token("outsider")),
  };
}

describe.each<Flavour>(["github", "forgejo"])("API common to both forges (%s)", (flavour) => {
  let w: World;
  beforeAll(async () => {
    w = await world(flavour);
  });
  afterAll(() => w.forge.close());
  // Every request and response is checked against the flavour's API description.
  afterEach(() => expectNoViolations(w.forge));

  it("serves the API under the flavour's base path", () => {
    expect(w.forge.apiUrl).toBe(`${w.forge.url}${flavour === "github" ? "/api/v3" : "/api/v1"}`);
  });

  it("requires a token (401), hides repos from users without access (404), and refuses writes below need (403)", async () => {
    expect((await client(w.forge)("GET", "/repos/acme/app")).status).toBe(401);
    expect((await client(w.forge, "not-a-token")("GET", "/repos/acme/app")).status).toBe(401);
    expect((await w.outsider("GET", "/repos/acme/app")).status).toBe(404);
    const sha = (await w.dev("GET", "/repos/acme/app/branches/main")).body;
    const main = flavour === "github" ? sha.commit.sha : sha.commit.id;
    expect((await w.viewer("POST", `/repos/acme/app/statuses/${main}`, { state: "success" })).status).toBe(403);
    const capped = client(w.forge, w.forge.token("dev", { permission: "read" }));
    expect((await capped("POST", `/repos/acme/app/statuses/${main}`, { state: "success" })).status).toBe(403);
  });

  it("describes the repository and users", async () => {
    const repo = await w.dev("GET", "/repos/acme/app");
    expect(repo.status).toBe(200);
    expect(repo.body).toMatchObject({ name: "app", full_name: "acme/app", default_branch: "main", owner: { login: "acme" } });
    expect(repo.body.permissions).toMatchObject({ push: true, pull: true, admin: false });
    expect(repo.body.html_url).toBe(`${w.forge.url}/acme/app`);

    const bot = await w.dev("GET", "/users/crusty[bot]");
    expect(bot.body.login).toBe("crusty[bot]");
    // GitHub says which accounts are bots; Forgejo user payloads carry no type at all.
    if (flavour === "github") expect(bot.body.type).toBe("Bot");
    else expect(bot.body).not.toHaveProperty("type");
    expect((await w.dev("GET", "/users/nobody")).status).toBe(404);
    expect((await w.bot("GET", "/user")).body.login).toBe("crusty[bot]");
  });

  it("creates, reads, lists and closes issues; comments carry ids, bodies, users and timestamps", async () => {
    const created = await w.viewer("POST", "/repos/acme/app/issues", { title: "Add a thing", body: "please" });
    expect(created.status).toBe(201);
    const n = created.body.number as number;
    expect(created.body).toMatchObject({ title: "Add a thing", body: "please", state: "open", user: { login: "viewer" } });
    expect(created.body.html_url).toBe(`${w.forge.url}/acme/app/issues/${n}`);
    expect(created.body.created_at).toBe("2024-05-01T12:00:00Z");

    const c1 = await w.bot("POST", `/repos/acme/app/issues/${n}/comments`, { body: "on it" });
    const c2 = await w.viewer("POST", `/repos/acme/app/issues/${n}/comments`, { body: "thanks" });
    expect(c1.status).toBe(201);
    expect(c1.body).toMatchObject({ body: "on it", user: { login: "crusty[bot]" }, created_at: "2024-05-01T12:00:00Z" });
    expect(c1.body.id).not.toBe(c2.body.id);
    expect(c1.body.html_url).toBe(`${w.forge.url}/acme/app/issues/${n}#issuecomment-${c1.body.id}`);

    const edited = await w.bot("PATCH", `/repos/acme/app/issues/comments/${c1.body.id}`, { body: "done" });
    expect(edited.status).toBe(200);
    expect(edited.body.body).toBe("done");
    // Only authors and writers edit comments.
    expect((await w.viewer("PATCH", `/repos/acme/app/issues/comments/${c1.body.id}`, { body: "hijack" })).status).toBe(403);

    const list = await w.dev("GET", `/repos/acme/app/issues/${n}/comments`);
    expect(list.body.map((c: { body: string }) => c.body)).toEqual(["done", "thanks"]);
    expect((await w.dev("GET", `/repos/acme/app/issues/${n}`)).body.comments).toBe(2);

    const closed = await w.dev("PATCH", `/repos/acme/app/issues/${n}`, { state: "closed" });
    expect(closed.body.state).toBe("closed");
    // Forgejo answers edits with 201.
    expect(closed.status).toBe(flavour === "github" ? 200 : 201);
    const open = await w.dev("GET", "/repos/acme/app/issues?state=open");
    expect(open.body.map((i: { number: number }) => i.number)).not.toContain(n);
    const all = await w.dev("GET", "/repos/acme/app/issues?state=all");
    expect(all.body.map((i: { number: number }) => i.number)).toContain(n);
    expect((await w.dev("GET", "/repos/acme/app/issues/9999")).status).toBe(404);
  });

  it("records reactions once per user and content, on issues and comments", async () => {
    const n = (await w.dev("POST", "/repos/acme/app/issues", { title: "react" })).body.number;
    const c = (await w.dev("POST", `/repos/acme/app/issues/${n}/comments`, { body: "x" })).body.id;
    const first = await w.bot("POST", `/repos/acme/app/issues/${n}/reactions`, { content: "eyes" });
    const again = await w.bot("POST", `/repos/acme/app/issues/${n}/reactions`, { content: "eyes" });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(first.body).toMatchObject({ content: "eyes", user: { login: "crusty[bot]" } });
    // GitHub reactions have ids; Forgejo's have none.
    if (flavour === "github") expect(first.body.id).toBe(again.body.id);
    else expect(first.body).not.toHaveProperty("id");
    expect((await w.bot("POST", `/repos/acme/app/issues/comments/${c}/reactions`, { content: "rocket" })).status).toBe(201);
    expect((await w.dev("GET", `/repos/acme/app/issues/comments/${c}/reactions`)).body).toHaveLength(1);
    // An unknown reaction: GitHub validates the enum (422), Forgejo refuses it (403).
    expect((await w.bot("POST", `/repos/acme/app/issues/${n}/reactions`, { content: "party" })).status).toBe(
      flavour === "github" ? 422 : 403,
    );
    // GitHub's description has the enum; Forgejo's takes any string.
    if (flavour === "github") expectRequestViolation(w.forge, "POST /repos/{owner}/{repo}/issues/{number}/reactions", /body\/content/);
  });

  it("reads branches from git, and 404s unknown ones", async () => {
    const sha = await commitFile(w.repo, "topic/nested", "x.txt", "x\n");
    const res = await w.dev("GET", "/repos/acme/app/branches/topic/nested");
    expect(res.status).toBe(200);
    expect(flavour === "github" ? res.body.commit.sha : res.body.commit.id).toBe(sha);
    expect((await w.dev("GET", "/repos/acme/app/branches/missing")).status).toBe(404);
  });
});

describe("GitHub flavour", () => {
  let w: World;
  let pr: number;
  let head: string;
  beforeAll(async () => {
    w = await world("github");
    head = await commitFile(w.repo, "feature", "feature.txt", "one\ntwo\n");
    await commitFile(w.repo, "wip", "wip.txt", "w\n");
  });
  afterAll(() => w.forge.close());
  // Every request and response is checked against the flavour's API description.
  afterEach(() => expectNoViolations(w.forge));

  it("adds labels by name, creating unknown ones, and removes them by name", async () => {
    await w.dev("POST", "/repos/acme/app/labels", { name: "bug", color: "d73a4a" });
    const n = (await w.dev("POST", "/repos/acme/app/issues", { title: "labelled" })).body.number;
    const added = await w.dev("POST", `/repos/acme/app/issues/${n}/labels`, { labels: ["BUG", "crustyclaw"] });
    expect(added.status).toBe(200);
    expect(added.body.map((l: { name: string }) => l.name)).toEqual(["bug", "crustyclaw"]);
    expect((await w.dev("GET", "/repos/acme/app/labels")).body).toHaveLength(2);
    const removed = await w.dev("DELETE", `/repos/acme/app/issues/${n}/labels/bug`);
    expect(removed.status).toBe(200);
    expect(removed.body.map((l: { name: string }) => l.name)).toEqual(["crustyclaw"]);
    expect((await w.dev("DELETE", `/repos/acme/app/issues/${n}/labels/bug`)).status).toBe(404);
    expect((await w.dev("GET", "/repos/acme/app/issues?labels=crustyclaw")).body.map((i: { number: number }) => i.number)).toEqual([n]);
  });

  it("opens draft pull requests, refuses duplicates, and filters the list by owner:branch", async () => {
    const res = await w.dev("POST", "/repos/acme/app/pulls", { title: "Feature", head: "feature", base: "main", body: "b", draft: true });
    expect(res.status).toBe(201);
    pr = res.body.number;
    expect(res.body).toMatchObject({ draft: true, state: "open", head: { ref: "feature", sha: head }, base: { ref: "main" } });
    expect(res.body).toMatchObject({ additions: 2, deletions: 0, changed_files: 1, commits: 1 });
    expect(res.body.html_url).toBe(`${w.forge.url}/acme/app/pull/${pr}`);

    const dup = await w.dev("POST", "/repos/acme/app/pulls", { title: "again", head: "acme:feature", base: "main" });
    expect(dup.status).toBe(422);
    expect(dup.body.errors[0].message).toMatch(/already exists/);
    expect((await w.dev("POST", "/repos/acme/app/pulls", { title: "x", head: "nope", base: "main" })).status).toBe(422);
    expect((await w.dev("POST", "/repos/acme/app/pulls", { title: "wip", head: "wip", base: "main" })).status).toBe(201);

    const filtered = await w.dev("GET", "/repos/acme/app/pulls?head=acme:feature");
    expect(filtered.body.map((p: { number: number }) => p.number)).toEqual([pr]);
    // Without the owner prefix GitHub ignores the filter.
    expect((await w.dev("GET", "/repos/acme/app/pulls?head=feature")).body).toHaveLength(2);
    expect((await w.dev("GET", "/repos/acme/app/pulls?state=closed")).body).toHaveLength(0);
    // Pull requests are issues too.
    expect((await w.dev("GET", `/repos/acme/app/issues/${pr}`)).body.pull_request.url).toBe(`${w.forge.apiUrl}/repos/acme/app/pulls/${pr}`);
  });

  it("requests reviewers and answers with the pull request", async () => {
    const res = await w.dev("POST", `/repos/acme/app/pulls/${pr}/requested_reviewers`, { reviewers: ["rev"] });
    expect(res.status).toBe(201);
    expect(res.body.number).toBe(pr);
    expect(res.body.requested_reviewers.map((u: { login: string }) => u.login)).toEqual(["rev"]);
    expect((await w.dev("POST", `/repos/acme/app/pulls/${pr}/requested_reviewers`, { reviewers: ["dev"] })).status).toBe(422);
  });

  it("takes APPROVE/REQUEST_CHANGES/COMMENT, rejects Forgejo's APPROVED, and lists review comments per PR", async () => {
    expect((await w.reviewer("POST", `/repos/acme/app/pulls/${pr}/reviews`, { event: "APPROVED" })).status).toBe(422);
    expectRequestViolation(w.forge, "POST /repos/{owner}/{repo}/pulls/{number}/reviews", /body\/event: must be equal to one of the allowed values/);
    expect((await w.dev("POST", `/repos/acme/app/pulls/${pr}/reviews`, { event: "APPROVE" })).status).toBe(422);

    const changes = await w.reviewer("POST", `/repos/acme/app/pulls/${pr}/reviews`, {
      event: "REQUEST_CHANGES",
      body: "see inline",
      comments: [{ path: "feature.txt", line: 2, body: "rename this" }],
    });
    expect(changes.status).toBe(200);
    expect(changes.body).toMatchObject({ state: "CHANGES_REQUESTED", user: { login: "rev" }, commit_id: head });
    expect((await w.dev("GET", `/repos/acme/app/pulls/${pr}`)).body.requested_reviewers).toEqual([]);

    const comments = await w.dev("GET", `/repos/acme/app/pulls/${pr}/comments`);
    expect(comments.status).toBe(200);
    expect(comments.body).toHaveLength(1);
    expect(comments.body[0]).toMatchObject({ path: "feature.txt", line: 2, body: "rename this", pull_request_review_id: changes.body.id });

    const approve = await w.reviewer("POST", `/repos/acme/app/pulls/${pr}/reviews`, { event: "APPROVE" });
    expect(approve.body.state).toBe("APPROVED");
    const states = (await w.dev("GET", `/repos/acme/app/pulls/${pr}/reviews`)).body.map((r: { state: string }) => r.state);
    expect(states).toEqual(["CHANGES_REQUESTED", "APPROVED"]);
  });

  it("reports commit statuses under `state`, combines them, and serves check runs", async () => {
    const none = await w.dev("GET", `/repos/acme/app/commits/${head}/status`);
    expect(none.body).toMatchObject({ state: "pending", total_count: 0, sha: head });

    const s = await w.bot("POST", `/repos/acme/app/statuses/${head}`, { state: "success", context: "ci/test", target_url: "http://ci/1" });
    expect(s.status).toBe(201);
    expect(s.body).toMatchObject({ state: "success", context: "ci/test", creator: { login: "crusty[bot]" } });
    await w.bot("POST", `/repos/acme/app/statuses/${head}`, { state: "failure", context: "ci/lint" });
    const combined = await w.dev("GET", "/repos/acme/app/commits/feature/status");
    expect(combined.body).toMatchObject({ state: "failure", total_count: 2 });
    expect((await w.dev("GET", `/repos/acme/app/commits/${head}/statuses`)).body).toHaveLength(2);
    expect((await w.bot("POST", `/repos/acme/app/statuses/${head}`, { state: "warning" })).status).toBe(422);
    expectRequestViolation(w.forge, "POST /repos/{owner}/{repo}/statuses/{sha}", /body\/state/);
    expect((await w.bot("POST", "/repos/acme/app/statuses/deadbeef", { state: "success" })).status).toBe(422);

    const run = await w.bot("POST", "/repos/acme/app/check-runs", { name: "crustyclaw/review", head_sha: head, status: "in_progress" });
    expect(run.status).toBe(201);
    const done = await w.bot("PATCH", `/repos/acme/app/check-runs/${run.body.id}`, { conclusion: "success", output: { title: "ok", summary: "all good" } });
    expect(done.body).toMatchObject({ status: "completed", conclusion: "success", output: { title: "ok" } });
    const runs = await w.dev("GET", `/repos/acme/app/commits/${head}/check-runs`);
    expect(runs.body.total_count).toBe(1);
    expect(runs.body.check_runs[0].name).toBe("crustyclaw/review");
  });

  it("answers collaborator permission for any reader", async () => {
    const res = await w.viewer("GET", "/repos/acme/app/collaborators/dev/permission");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ permission: "write", user: { login: "dev" } });
    expect((await w.viewer("GET", "/repos/acme/app/collaborators/acme/permission")).body.permission).toBe("admin");
    expect((await w.viewer("GET", "/repos/acme/app/collaborators/outsider/permission")).body.permission).toBe("none");
  });
});

describe("Forgejo flavour", () => {
  let w: World;
  let pr: number;
  let head: string;
  beforeAll(async () => {
    w = await world("forgejo");
    head = await commitFile(w.repo, "feature", "feature.txt", "one\ntwo\n");
    await commitFile(w.repo, "other", "other.txt", "o\n");
  });
  afterAll(() => w.forge.close());
  // Every request and response is checked against the flavour's API description.
  afterEach(() => expectNoViolations(w.forge));

  it("adds labels by id (or by name, never both), skips unknown ones, and removes them by id", async () => {
    const bug = (await w.dev("POST", "/repos/acme/app/labels", { name: "bug", color: "#d73a4a" })).body;
    const feat = (await w.dev("POST", "/repos/acme/app/labels", { name: "feature", color: "00ff00" })).body;
    expect(bug).toMatchObject({ name: "bug", color: "d73a4a" });
    expect((await w.dev("POST", "/repos/acme/app/labels", { name: "nocolor" })).status).toBe(422);
    expectRequestViolation(w.forge, "POST /repos/{owner}/{repo}/labels", /must have required property 'color'/);

    const n = (await w.dev("POST", "/repos/acme/app/issues", { title: "labelled" })).body.number;
    const byId = await w.dev("POST", `/repos/acme/app/issues/${n}/labels`, { labels: [bug.id, 424242] });
    expect(byId.status).toBe(200);
    expect(byId.body.map((l: { name: string }) => l.name)).toEqual(["bug"]);
    const byName = await w.dev("POST", `/repos/acme/app/issues/${n}/labels`, { labels: ["feature", "unknown"] });
    expect(byName.body.map((l: { id: number }) => l.id)).toEqual([bug.id, feat.id]);
    expect((await w.dev("POST", `/repos/acme/app/issues/${n}/labels`, { labels: [bug.id, "feature"] })).status).toBe(400);
    expect((await w.viewer("POST", `/repos/acme/app/issues/${n}/labels`, { labels: [bug.id] })).status).toBe(403);

    expect((await w.dev("DELETE", `/repos/acme/app/issues/${n}/labels/${bug.id}`)).status).toBe(204);
    expect((await w.dev("DELETE", `/repos/acme/app/issues/${n}/labels/bug`)).status).toBe(422);
    expect((await w.dev("GET", `/repos/acme/app/issues/${n}/labels`)).body.map((l: { name: string }) => l.name)).toEqual(["feature"]);
  });

  it("has no draft field: `draft` is dropped and a WIP: title prefix makes the draft", async () => {
    const res = await w.dev("POST", "/repos/acme/app/pulls", { title: "Feature", head: "feature", base: "main", draft: true });
    expect(res.status).toBe(201);
    // Forgejo's description has no such field either.
    expectRequestViolation(w.forge, "POST /repos/{owner}/{repo}/pulls", /has 'draft', which the description does not define/);
    pr = res.body.number;
    expect(res.body).toMatchObject({ draft: false, head: { ref: "feature", sha: head }, base: { ref: "main" } });
    expect(res.body).toMatchObject({ additions: 2, deletions: 0, changed_files: 1 });
    expect(res.body.html_url).toBe(`${w.forge.url}/acme/app/pulls/${pr}`);
    expect((await w.dev("PATCH", `/repos/acme/app/pulls/${pr}`, { title: "WIP: Feature" })).body.draft).toBe(true);
    expect((await w.dev("PATCH", `/repos/acme/app/pulls/${pr}`, { title: "Feature" })).body.draft).toBe(false);
    expect((await w.dev("POST", "/repos/acme/app/pulls", { title: "again", head: "feature", base: "main" })).status).toBe(409);
  });

  it("ignores `head` on the pull list and finds a PR by base and head instead", async () => {
    await w.dev("POST", "/repos/acme/app/pulls", { title: "Other", head: "other", base: "main" });
    expect((await w.dev("GET", "/repos/acme/app/pulls?head=acme:feature")).body).toHaveLength(2);
    expectRequestViolation(w.forge, "GET /repos/{owner}/{repo}/pulls", /query parameter 'head' is not in the description/);
    const byRef = await w.dev("GET", "/repos/acme/app/pulls/main/feature");
    expect(byRef.status).toBe(200);
    expect(byRef.body.number).toBe(pr);
    expect((await w.dev("GET", "/repos/acme/app/pulls/main/nope")).status).toBe(404);
  });

  it("answers a review request with REQUEST_REVIEW reviews, which the review list then includes", async () => {
    const res = await w.dev("POST", `/repos/acme/app/pulls/${pr}/requested_reviewers`, { reviewers: ["rev"] });
    expect(res.status).toBe(201);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({ state: "REQUEST_REVIEW", user: { login: "rev" } });
    const reviews = await w.dev("GET", `/repos/acme/app/pulls/${pr}/reviews`);
    expect(reviews.body.map((r: { state: string }) => r.state)).toEqual(["REQUEST_REVIEW"]);
  });

  it("turns GitHub's APPROVE into a PENDING review (200), or a 422 without a body, as Forgejo does", async () => {
    const noBody = await w.reviewer("POST", `/repos/acme/app/pulls/${pr}/reviews`, { event: "APPROVE" });
    expect(noBody.status).toBe(422);
    expect(noBody.body.message).toBe("review event APPROVE requires a body");

    const pending = await w.reviewer("POST", `/repos/acme/app/pulls/${pr}/reviews`, { event: "APPROVE", body: "lgtm" });
    expect(pending.status).toBe(200);
    expect(pending.body.state).toBe("PENDING");
    // Only its author sees a pending review.
    expect((await w.dev("GET", `/repos/acme/app/pulls/${pr}/reviews/${pending.body.id}`)).status).toBe(404);

    // Submitting it with the right value approves it.
    const submitted = await w.reviewer("POST", `/repos/acme/app/pulls/${pr}/reviews/${pending.body.id}`, { event: "APPROVED" });
    expect(submitted.status).toBe(200);
    expect(submitted.body.state).toBe("APPROVED");
    expect((await w.reviewer("POST", `/repos/acme/app/pulls/${pr}/reviews/${pending.body.id}`, { event: "APPROVED" })).status).toBe(422);
    expect((await w.dev("POST", `/repos/acme/app/pulls/${pr}/reviews`, { event: "APPROVED" })).status).toBe(422); // own PR
  });

  it("has no GET /pulls/{n}/comments; review comments are listed per review", async () => {
    const review = await w.reviewer("POST", `/repos/acme/app/pulls/${pr}/reviews`, {
      event: "REQUEST_CHANGES",
      body: "see inline",
      comments: [{ path: "feature.txt", new_position: 2, body: "rename this" }],
    });
    expect(review.status).toBe(200);
    expect(review.body).toMatchObject({ state: "REQUEST_CHANGES", comments_count: 1, official: true });
    expect((await w.dev("GET", `/repos/acme/app/pulls/${pr}/comments`)).status).toBe(404);
    const comments = await w.dev("GET", `/repos/acme/app/pulls/${pr}/reviews/${review.body.id}/comments`);
    expect(comments.status).toBe(200);
    expect(comments.body[0]).toMatchObject({ path: "feature.txt", position: 2, body: "rename this", pull_request_review_id: review.body.id });
    const states = (await w.dev("GET", `/repos/acme/app/pulls/${pr}/reviews`)).body.map((r: { state: string }) => r.state);
    expect(states).toEqual(["APPROVED", "REQUEST_CHANGES"]);
  });

  it("reports commit statuses under `status`, worst state wins, and an empty combined status is all zero", async () => {
    const none = await w.dev("GET", `/repos/acme/app/commits/${head}/status`);
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ state: "", total_count: 0, statuses: null });

    const s = await w.bot("POST", `/repos/acme/app/statuses/${head}`, { state: "warning", context: "ci/lint" });
    expect(s.status).toBe(201);
    expect(s.body).toMatchObject({ status: "warning", context: "ci/lint" });
    expect(s.body).not.toHaveProperty("state");
    await w.bot("POST", `/repos/acme/app/statuses/${head}`, { state: "success", context: "ci/test" });
    expect((await w.dev("GET", "/repos/acme/app/commits/feature/status")).body).toMatchObject({ state: "warning", total_count: 2 });
    expect((await w.dev("GET", "/repos/acme/app/commits/feature/statuses")).body).toHaveLength(2);
  });

  it("has no check runs", async () => {
    expect((await w.dev("GET", `/repos/acme/app/commits/${head}/check-runs`)).status).toBe(404);
    expect((await w.bot("POST", "/repos/acme/app/check-runs", { name: "x", head_sha: head })).status).toBe(404);
  });

  it("answers collaborator permission only to admins and about oneself (403 otherwise)", async () => {
    const other = await w.bot("GET", "/repos/acme/app/collaborators/dev/permission");
    expect(other.status).toBe(403);
    const self = await w.bot("GET", "/repos/acme/app/collaborators/crusty[bot]/permission");
    expect(self.status).toBe(200);
    expect(self.body).toMatchObject({ permission: "write", role_name: "write", user: { login: "crusty[bot]" } });
    expect((await w.owner("GET", "/repos/acme/app/collaborators/dev/permission")).body.permission).toBe("write");
    expect((await w.owner("GET", "/repos/acme/app/collaborators/acme/permission")).body.permission).toBe("owner");
    expect((await w.owner("GET", "/repos/acme/app/collaborators/nobody/permission")).status).toBe(404);
  });

  it("pages lists with limit and X-Total-Count", async () => {
    const page = await w.dev("GET", "/repos/acme/app/issues?state=all&limit=1&page=2");
    expect(page.body).toHaveLength(1);
    expect(Number(page.headers.get("x-total-count"))).toBeGreaterThan(1);
    expect(page.headers.get("link")).toMatch(/rel="next"/);
  });
});
