import { describe, expect, it } from "vitest";
import { isGitMetadataName, isGitMetadataPath, isProtectedPath, protectedPathProblems } from "../../src/policy/gates.js";


describe("protected paths", () => {
  it.each([
    ".github/workflows/x.yml",
    ".github/workflows/ü.yml",
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
    // `.git` as case-insensitive, name-normalising filesystems read it.
    ".GIT/hooks/pre-commit",
    "sub/.Git/config",
    ".git./hooks/pre-commit",
    ".git /hooks/pre-commit",
    ".git. . /config",
    ".git::$INDEX_ALLOCATION/hooks/x",
    "GIT~1/config",
    ".g\u200cit/hooks/pre-commit",
    "sub\\.git\\hooks\\x",
  ])("refuses %s", (file) => {
    expect(isProtectedPath(file)).toBe(true);
    expect(protectedPathProblems([file], [])).toHaveLength(1);
  });

  it.each(["src/index.ts", "docs/github.md", "my.github/x", "actions.yml", "README.md", "test/agents.md.snap", ".gitignore", ".gitattributes", "x.git/y", ".git-blame-ignore-revs", "git/x", ".gitx/y"])("allows %s", (file) => {
    expect(isProtectedPath(file)).toBe(false);
  });

  it("names git's metadata in every spelling, and nothing else", () => {
    for (const name of [".git", ".GIT", ".Git", ".git.", ".git ", ".git..", ".git. ", "git~1", "GIT~1", ".git:stream", ".g\ufeffit"]) expect(isGitMetadataName(name), name).toBe(true);
    for (const name of [".gitignore", "git", ".gi", "x.git", ".git~1", ". git", ".git-x"]) expect(isGitMetadataName(name), name).toBe(false);
    expect(isGitMetadataPath("a/b/.GIT./c")).toBe(true);
    expect(isGitMetadataPath("a/b/c.git")).toBe(false);
  });

  it("lets a blueprint allow specific protected paths, and only those", () => {
    const files = [".github/workflows/ci.yml", ".github/workflows/deploy.yml", ".github/CODEOWNERS"];
    expect(protectedPathProblems(files, [".github/workflows/ci.yml"]).map((p) => p.message)).toEqual([
      "changes protected path .github/workflows/deploy.yml (allow it in the blueprint's allow-protected-paths if intended)",
      "changes protected path .github/CODEOWNERS (allow it in the blueprint's allow-protected-paths if intended)",
    ]);
    expect(protectedPathProblems(files, [".github/**"])).toEqual([]);
  });

  it("shows a path with control characters escaped", () => {
    expect(protectedPathProblems([".github/a\nb\u202e.yml"], []).map((p) => p.message)).toEqual(["changes protected path .github/a\\u{a}b\\u{202e}.yml (allow it in the blueprint's allow-protected-paths if intended)"]);
  });
});

