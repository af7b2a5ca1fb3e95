import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { confine } from "../../src/agent/tools/confine.js";
import { ToolInputError } from "../../src/agent/tools/context.js";
import { isGitMetadataPath } from "../../src/policy/gates.js";
import { makeWorkspace } from "../agent/tools/workspace.js";

/**
 * `.git` as a case-insensitive or name-normalising filesystem (Windows, macOS) reads
 * it: the agent's tools and the publish gate refuse the same spellings, through one
 * helper. Each of these used to pass the tools' `.git` check.
 */
const SPELLINGS = [".GIT", ".Git", ".git.", ".git ", ".git..", ".git. ", "GIT~1", ".g\u200cit"];

function refusal(root: string, input: string, access: "read" | "write", allow: string[] = []): string {
  try {
    confine(root, input, access, allow);
  } catch (e) {
    if (e instanceof ToolInputError) return e.message;
    throw e;
  }
  throw new Error(`${JSON.stringify(input)} was accepted`);
}

describe("git's metadata in every spelling", () => {
  const { root } = makeWorkspace({ "src/a.ts": "a\n" });
  for (const name of SPELLINGS) {
    mkdirSync(path.join(root, name, "hooks"), { recursive: true });
    writeFileSync(path.join(root, name, "config"), "[core]\n");
  }
  mkdirSync(path.join(root, "vendor"));
  symlinkSync(path.join(root, ".GIT"), path.join(root, "vendor", "meta"));

  it.each(SPELLINGS)("the tools refuse %j for reads and writes, even when allowed", (name) => {
    expect(refusal(root, `${name}/config`, "read")).toContain("git's metadata");
    expect(refusal(root, `sub/${name}/hooks/pre-commit`, "write", ["**", `sub/${name}/hooks/pre-commit`])).toContain("git's metadata");
    expect(isGitMetadataPath(`${name}/config`)).toBe(true);
  });

  it("the tools refuse a link that resolves into it", () => {
    expect(refusal(root, "vendor/meta/config", "read")).toContain("git's metadata");
  });

  it("the tools still accept names that only start with .git", () => {
    expect(confine(root, ".gitignore", "write").rel).toBe(".gitignore");
    expect(confine(root, ".gitattributes", "read").rel).toBe(".gitattributes");
    expect(confine(root, "docs/.github-notes.md", "write").rel).toBe("docs/.github-notes.md");
  });
});
