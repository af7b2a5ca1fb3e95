import { describe, expect, it } from "vitest";
import { isProtectedPath, patchSizeProblems, protectedPathProblems, secretProblems } from "../../src/policy/gates.js";
import { findSecrets, redact } from "../../src/policy/secrets.js";

const FAKE_GHP = `ghp_${"a1B2c3D4e5".repeat(4)}`;

describe("protected paths", () => {
  it.each([
    ".github/workflows/x.yml",
    ".forgejo/workflows/ci.yml",
    ".gitea/x",
    ".crustyclaw/config.yml",
    "action.yml",
    "sub/dir/action.yaml",
    "AGENTS.md",
    "packages/a/CLAUDE.md",
    ".mcp.json",
    ".vscode/mcp.json",
    ".githooks/pre-commit",
    ".husky/pre-push",
    "vendor/lib/.git/hooks/post-checkout",
    "./.github/CODEOWNERS",
  ])("refuses %s", (file) => {
    expect(isProtectedPath(file)).toBe(true);
    expect(protectedPathProblems([file], [])).toHaveLength(1);
  });

  it.each(["src/index.ts", "docs/github.md", "my.github/x", "actions.yml", "README.md", "test/agents.md.snap"])("allows %s", (file) => {
    expect(isProtectedPath(file)).toBe(false);
  });

  it("lets a blueprint allow specific protected paths, and only those", () => {
    const files = [".github/workflows/ci.yml", ".github/workflows/deploy.yml", ".github/CODEOWNERS"];
    expect(protectedPathProblems(files, [".github/workflows/ci.yml"])).toEqual([
      "changes protected path .github/workflows/deploy.yml (allow it in the blueprint's allow-protected-paths if intended)",
      "changes protected path .github/CODEOWNERS (allow it in the blueprint's allow-protected-paths if intended)",
    ]);
    expect(protectedPathProblems(files, [".github/**"])).toEqual([]);
  });
});

describe("secrets", () => {
  it("finds token formats and known values, and redacts them", () => {
    const text = `ok\ntoken=${FAKE_GHP}\nkey=AKIAABCDEFGHIJKLMNOP\nmine=hunter2-secret\n`;
    expect(findSecrets(text, ["hunter2-secret"]).map((f) => [f.name, f.line])).toEqual([
      ["GitHub token", 2],
      ["AWS access key", 3],
      ["a secret of this job", 4],
    ]);
    const clean = redact(text, ["hunter2-secret"]);
    expect(clean).toBe("ok\ntoken=***\nkey=***\nmine=***\n");
  });

  it("blocks a diff that adds a secret, not one that removes it", () => {
    expect(secretProblems(`--- a/x\n+++ b/x\n+const t = "${FAKE_GHP}";\n`)).toEqual(["the diff adds what looks like a GitHub token"]);
    expect(secretProblems(`--- a/x\n+++ b/x\n-const t = "${FAKE_GHP}";\n`)).toEqual([]);
  });
});

describe("patch size", () => {
  it("counts changed lines and files against the limits", () => {
    const patch = ["--- a/x", "+++ b/x", "+a", "+b", "-c"].join("\n");
    expect(patchSizeProblems(patch, ["x"], { maxChangedLines: 3, maxFiles: 1 })).toEqual([]);
    expect(patchSizeProblems(patch, ["x", "y"], { maxChangedLines: 2, maxFiles: 1 })).toEqual([
      "the patch changes 3 lines; the limit is 2",
      "the patch touches 2 files; the limit is 1",
    ]);
  });
});
