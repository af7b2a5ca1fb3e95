import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { actionlint } from "../helpers/actionlint.js";
import { ROOT } from "../helpers/blueprints.js";

/**
 * Targets per forge (issue 11, item 1), through the bundled CLI: workflows go where the forge
 * reads them, which for Forgejo and Gitea is the directory that already holds the
 * repository's CI (they read only the first of their directories that exists), and `check`
 * fails on a generated workflow no configured forge reads.
 */
const BIN = path.join(ROOT, "dist", "cli", "index.js");
const cli = (cwd: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, out: r.stdout + r.stderr };
};

/** A repository whose CI lives in `ciDir` (none: no CI yet). */
function repo(ciDir?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-targets-"));
  execFileSync("git", ["init", "-q", dir]);
  if (ciDir) {
    mkdirSync(path.join(dir, ciDir), { recursive: true });
    writeFileSync(path.join(dir, ciDir, "ci.yml"), "name: CI\non: [push]\njobs:\n  test:\n    runs-on: docker\n    steps:\n      - run: echo ok\n");
  }
  return dir;
}

describe("where workflows go", () => {
  it("init on Forgejo writes next to the repository's CI, wherever it lives", () => {
    for (const ci of [".github/workflows", ".gitea/workflows", ".forgejo/workflows"]) {
      const dir = repo(ci);
      const r = cli(dir, "init", "--forge", "forgejo");
      expect(r.code, r.out).toBe(0);
      expect(existsSync(path.join(dir, ci, "crustyclaw-issue-to-pr.yml")), `${ci}: ${r.out}`).toBe(true);
      // No other workflow directory appears: one would switch the repository's CI off on Forgejo.
      for (const other of [".github", ".gitea", ".forgejo"].filter((d) => !ci.startsWith(d))) expect(existsSync(path.join(dir, other)), `${ci}: ${other}`).toBe(false);
      expect(r.out).toContain(`Commit .crustyclaw/ and ${ci}/`);
      expect(cli(dir, "check").code).toBe(0);
    }
  });

  it("compiles for Gitea into .gitea/workflows, and for GHES with artifact actions GHES runs", async () => {
    const gitea = repo();
    writeFileSync(path.join(gitea, "bp.yml"), readFileSync(path.join(ROOT, "blueprints", "issue-to-pr.yml")));
    mkdirSync(path.join(gitea, ".crustyclaw"));
    writeFileSync(path.join(gitea, ".crustyclaw", "config.yml"), "forges: [gitea]\nblueprints: .\n");
    expect(cli(gitea, "compile").code).toBe(0);
    const giteaFile = path.join(gitea, ".gitea", "workflows", "crustyclaw-issue-to-pr.yml");
    const giteaText = readFileSync(giteaFile, "utf8");
    expect(giteaText).toContain("# Gitea ignores `permissions:`");
    expect(giteaText).toContain("actions/upload-artifact@v3");

    const ghes = repo(".github/workflows");
    expect(cli(ghes, "init", "--forge", "ghes").code).toBe(0);
    const file = path.join(ghes, ".github", "workflows", "crustyclaw-issue-to-pr.yml");
    const text = readFileSync(file, "utf8");
    expect(text).toContain("uses: actions/upload-artifact@v3");
    expect(text).toContain("uses: actions/download-artifact@v3");
    expect(text).not.toMatch(/artifact@v4/);
    expect(text).toContain("runs-on: self-hosted");
    expect(await actionlint(text, file, ["self-hosted", "microvm"])).toEqual([]);
  });

  it("refuses two forges that would share a directory, saying how to separate them", () => {
    const dir = repo(".github/workflows");
    mkdirSync(path.join(dir, ".crustyclaw"));
    writeFileSync(path.join(dir, ".crustyclaw", "config.yml"), "forges: [github, forgejo]\n");
    mkdirSync(path.join(dir, ".crustyclaw", "blueprints"));
    writeFileSync(path.join(dir, ".crustyclaw", "blueprints", "issue-to-pr.yml"), readFileSync(path.join(ROOT, "blueprints", "issue-to-pr.yml")));
    const r = cli(dir, "compile");
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      "forges github and forgejo would both write their workflows into .github/workflows (forgejo reads .github/workflows because this repository has no .forgejo/workflows), and each would run the other's",
    );
    expect(r.out).toContain("create .forgejo/workflows for forgejo");
    expect(existsSync(path.join(dir, ".github", "workflows", "crustyclaw-issue-to-pr.yml"))).toBe(false);
  });

  it("check fails on a generated workflow in a directory no configured forge reads", () => {
    const dir = repo(".forgejo/workflows");
    expect(cli(dir, "init", "--forge", "forgejo").code).toBe(0);
    // Left in .github/workflows, which Forgejo never reads while .forgejo/workflows exists.
    mkdirSync(path.join(dir, ".github", "workflows"), { recursive: true });
    writeFileSync(path.join(dir, ".github", "workflows", "crustyclaw-issue-to-pr.yml"), readFileSync(path.join(dir, ".forgejo", "workflows", "crustyclaw-issue-to-pr.yml")));
    const r = cli(dir, "check");
    expect(r.code).toBe(1);
    expect(r.out).toContain(".github/workflows/crustyclaw-issue-to-pr.yml:1:1: generated workflow in .github/workflows, which none of the configured forges reads (forgejo reads .forgejo/workflows): it never runs");
  });
});
