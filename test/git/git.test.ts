import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

describe("git in a checkout an agent worked in", () => {
  it("runs none of the programs the repository's config names: fsmonitor, hooks, filters, diff drivers, included config", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-git-hostile-"));
    const marker = path.join(dir, "ran");
    const env = { GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@localhost", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@localhost" };
    await git(["init", "-q", "-b", "main"], { cwd: dir });
    writeFileSync(path.join(dir, "a.txt"), "one\n");
    await git(["add", "-A"], { cwd: dir });
    await git(["commit", "-q", "-m", "base"], { cwd: dir, env });
    // What an agent's command could write where nothing isolates it.
    const run = (tag: string) => `sh -c 'echo ${tag} >> ${marker}; cat'`;
    const hostile = [
      "[core]",
      `\tfsmonitor = ${run("fsmonitor")}`,
      `\thooksPath = ${dir}/hooks`,
      `\tpager = ${run("pager")}`,
      '[filter "x"]',
      `\tclean = ${run("clean")}`,
      `\tsmudge = ${run("smudge")}`,
      `\tprocess = ${run("process")}`,
      "\trequired = true",
      '[diff "y"]',
      `\ttextconv = ${run("textconv")}`,
      `\tcommand = ${run("command")}`,
      "[include]",
      `\tpath = ${dir}/more.config`,
    ].join("\n");
    writeFileSync(path.join(dir, ".git", "config"), `${readFileSync(path.join(dir, ".git", "config"), "utf8")}\n${hostile}\n`);
    mkdirSync(path.join(dir, "hooks"));
    writeFileSync(path.join(dir, "hooks", "pre-commit"), `#!/bin/sh\necho hook >> ${marker}\n`, { mode: 0o755 });
    writeFileSync(path.join(dir, "more.config"), `[filter "z"]\n\tclean = ${run("included")}\n`);
    writeFileSync(path.join(dir, ".gitattributes"), "*.txt filter=x diff=y\n*.md filter=z\n");
    writeFileSync(path.join(dir, "a.txt"), "two\n");
    writeFileSync(path.join(dir, "b.md"), "# b\n");

    await git(["status", "--porcelain"], { cwd: dir });
    await git(["add", "-A"], { cwd: dir });
    const patch = await git(["diff", "--cached", "--binary", "HEAD"], { cwd: dir });
    await git(["log", "-p", "-1"], { cwd: dir });
    await git(["commit", "-q", "-m", "change"], { cwd: dir, env });
    await git(["checkout", "-q", "HEAD~1", "--", "a.txt"], { cwd: dir });

    expect(patch).toContain("+two");
    expect(patch).toContain("+# b");
    expect(existsSync(marker) ? readFileSync(marker, "utf8") : "").toBe("");
  });
});
