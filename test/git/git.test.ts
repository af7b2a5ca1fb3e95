import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicAuth, git, GitError } from "../../src/git/git.js";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";

describe("git wrapper", () => {
  let local: LocalForge;
  let token: string;
  const env = { GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@localhost", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@localhost" };

  beforeAll(async () => {
    local = await startLocalForge({ flavour: "forgejo" });
    local.addUser({ login: "acme" });
    await local.addRepo({ owner: "acme", name: "app" });
    token = local.token("acme");
  });
  afterAll(() => local.close());

  it("clones and pushes with a token that is never written to .git/config", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-git-"));
    const url = local.gitUrl("acme", "app");
    await git(["clone", "--quiet", url, "work"], { cwd: dir, token });
    const work = path.join(dir, "work");
    writeFileSync(path.join(work, "new.txt"), "x\n");
    await git(["add", "new.txt"], { cwd: work });
    await git(["commit", "--quiet", "-m", "add"], { cwd: work, env });
    await git(["push", "--quiet", "origin", "HEAD:refs/heads/feature"], { cwd: work, token });
    const config = readFileSync(path.join(work, ".git", "config"), "utf8");
    expect(config).not.toContain(token);
    expect(config).not.toContain(basicAuth(token));
    expect(config).not.toMatch(/extraheader/i);
    expect((await git(["ls-remote", url, "refs/heads/feature"], { cwd: work, token })).trim()).toMatch(/^[0-9a-f]{40}\trefs\/heads\/feature$/);
  });

  it("fails without prompting when the token is missing, and masks a bad token in the error", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-git-"));
    const url = local.gitUrl("acme", "app");
    const noToken = await git(["ls-remote", url], { cwd: dir, timeoutMs: 20_000 }).catch((e: unknown) => e);
    expect(noToken).toBeInstanceOf(GitError);
    const bad = "not-a-real-token-123";
    const err = await git(["ls-remote", `${url}?${bad}`], { cwd: dir, token: bad }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitError);
    expect((err as Error).message).not.toContain(bad);
  });
});
