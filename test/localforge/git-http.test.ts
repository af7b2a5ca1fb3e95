import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startLocalForge, type Flavour, type LocalForge } from "../../src/localforge/index.js";
import { client, expectNoViolations, git, mustGit, tempDir } from "./helpers.js";

describe.each<Flavour>(["github", "forgejo"])("git smart HTTP (%s)", (flavour) => {
  let forge: LocalForge;
  let work: Awaited<ReturnType<typeof tempDir>>;
  let writer: string;
  let reader: string;
  let readCapped: string;
  let stranger: string;

  beforeAll(async () => {
    forge = await startLocalForge({ flavour });
    work = await tempDir();
    await forge.addRepo({ owner: "acme", name: "app", files: { "README.md": "# app\n", "src/main.ts": "export {};\n" } });
    forge.grant("acme/app", "dev", "write");
    forge.grant("acme/app", "viewer", "read");
    forge.addUser({ login: "outsider" });
    writer = forge.token("dev");
    reader = forge.token("viewer");
    readCapped = forge.token("dev", { permission: "read" });
    stranger = forge.token("outsider");
  });

  afterAll(async () => {
    await forge.close();
    await work.cleanup();
  });
  afterEach(() => expectNoViolations(forge));

  it("clones with a token, pushes a branch, and the API reads the branch from git", async () => {
    const dir = `${work.dir}/push`;
    await mustGit(["clone", forge.gitUrl("acme", "app", writer), dir]);
    expect(await mustGit(["-C", dir, "show", "HEAD:src/main.ts"])).toBe("export {};");
    expect(await mustGit(["-C", dir, "rev-parse", "--abbrev-ref", "HEAD"])).toBe("main");

    await mustGit(["-C", dir, "checkout", "-b", "feature/x"]);
    await mustGit(["-C", dir, "commit", "--allow-empty", "-m", "feature work"]);
    await mustGit(["-C", dir, "push", "origin", "feature/x"]);
    const head = await mustGit(["-C", dir, "rev-parse", "HEAD"]);

    const res = await client(forge, writer)("GET", "/repos/acme/app/branches/feature/x");
    expect(res.status).toBe(200);
    expect(res.body.name).toBe("feature/x");
    // GitHub: commit.sha and commit.commit.message; Forgejo: commit.id and commit.message.
    if (flavour === "github") {
      expect(res.body.commit.sha).toBe(head);
      expect(res.body.commit.commit.message).toBe("feature work");
    } else {
      expect(res.body.commit.id).toBe(head);
      expect(res.body.commit.message).toBe("feature work\n");
    }
  });

  it("refuses git without credentials with 401 and a Basic challenge", async () => {
    const r = await git(["clone", forge.gitUrl("acme", "app"), `${work.dir}/anon`]);
    expect(r.code).not.toBe(0);
    const res = await fetch(`${forge.url}/acme/app.git/info/refs?service=git-upload-pack`);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Basic /);
  });

  it("lets a read token clone but refuses its push with 403", async () => {
    for (const token of [reader, readCapped]) {
      const dir = `${work.dir}/read-${token.slice(-6)}`;
      await mustGit(["clone", forge.gitUrl("acme", "app", token), dir]);
      await mustGit(["-C", dir, "commit", "--allow-empty", "-m", "sneaky"]);
      const push = await git(["-C", dir, "push", "origin", "HEAD:refs/heads/sneaky"]);
      expect(push.code).not.toBe(0);
      expect(push.stderr).toMatch(/403/);
    }
    const res = await client(forge, writer)("GET", "/repos/acme/app/branches/sneaky");
    expect(res.status).toBe(404);
    expect(forge.requests.entries.some((r) => r.route === "GET /{owner}/{repo}.git/info/refs" && r.status === 403)).toBe(true);
  });

  it("hides a repository from a user without access (404), and unknown repositories alike", async () => {
    const none = await git(["clone", forge.gitUrl("acme", "app", stranger), `${work.dir}/stranger`]);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/not found|404/i);
    const missing = await git(["clone", forge.gitUrl("acme", "nope", writer), `${work.dir}/missing`]);
    expect(missing.code).not.toBe(0);
  });
});
