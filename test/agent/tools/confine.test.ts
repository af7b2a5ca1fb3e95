import { existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { confine } from "../../../src/agent/tools/confine.js";
import { ToolInputError } from "../../../src/agent/tools/context.js";
import { createTools } from "../../../src/agent/tools/index.js";
import type { Tool } from "../../../src/agent/types.js";
import { makeWorkspace } from "./workspace.js";

function refusal(root: string, input: string, access: "read" | "write", allow: string[] = []): string {
  try {
    confine(root, input, access, allow);
  } catch (e) {
    if (e instanceof ToolInputError) return e.message;
    throw e;
  }
  throw new Error(`${input} was accepted`);
}

function tools(root: string, allowProtectedPaths: string[] = []): Record<string, Tool> {
  const list = createTools(["read_file", "write_file", "edit_file", "list_files", "search"], { workspace: root, allowProtectedPaths });
  return Object.fromEntries(list.map((t) => [t.spec.name, t]));
}

describe("confinement: paths", () => {
  const { root } = makeWorkspace({ "src/a.ts": "a\n" });

  it("accepts relative paths inside the workspace, normalised", () => {
    expect(confine(root, "src/a.ts", "read")).toEqual({ rel: "src/a.ts", abs: path.join(root, "src/a.ts"), real: "src/a.ts" });
    expect(confine(root, "./src/../src/a.ts", "read").rel).toBe("src/a.ts");
    expect(confine(root, "src/", "read").rel).toBe("src");
    expect(confine(root, ".", "read").rel).toBe("");
    expect(confine(root, "src/new/file.ts", "write").real).toBe("src/new/file.ts");
  });

  it.each(["../outside/secret.txt", "..", "src/../../outside/secret.txt", "../../../../../../etc/passwd", "../../../../proc/self/environ"])("refuses the escape %s", (p) => {
    expect(refusal(root, p, "read")).toContain("leads outside the workspace");
  });

  it.each(["/etc/passwd", "/proc/self/environ", "C:\\Windows\\win.ini"])("refuses the absolute path %s", (p) => {
    expect(refusal(root, p, "read")).toContain("is an absolute path");
  });

  it("refuses home-relative and empty paths", () => {
    expect(refusal(root, "~/.ssh/id_rsa", "read")).toContain("home directory");
    expect(refusal(root, "  ", "read")).toContain("the path is empty");
    expect(refusal(root, "a\0b", "read")).toContain("NUL");
  });

  it("refuses git's metadata for reads and writes, wherever it is, even when allowed", () => {
    expect(refusal(root, ".git/config", "read")).toContain("git's metadata");
    expect(refusal(root, "vendor/lib/.git/HEAD", "read")).toContain("git's metadata");
    expect(refusal(root, ".git/hooks/pre-commit", "write", [".git/**", ".git/hooks/pre-commit"])).toContain("git's metadata");
    // Names that merely start with .git are ordinary files.
    expect(confine(root, ".gitignore", "write").rel).toBe(".gitignore");
  });
});

describe("confinement: symlinks", () => {
  function hostile() {
    const ws = makeWorkspace({ "src/a.ts": "export const a = 1;\n", ".github/workflows/ci.yml": "on: push\n" });
    symlinkSync("/etc", path.join(ws.root, "etc"));
    symlinkSync(path.join(ws.outside, "secret.txt"), path.join(ws.root, "leak.txt"));
    symlinkSync(ws.outside, path.join(ws.root, "outdir"));
    symlinkSync("src", path.join(ws.root, "lib"));
    symlinkSync(".github/workflows", path.join(ws.root, "wf"));
    symlinkSync("../outside/new.txt", path.join(ws.root, "dangling"));
    symlinkSync("/proc/self/environ", path.join(ws.root, "environ"));
    return ws;
  }

  it("refuses links that lead outside, for reading and writing", () => {
    const { root } = hostile();
    for (const p of ["etc/passwd", "etc", "leak.txt", "outdir/secret.txt", "outdir", "environ"]) {
      expect(refusal(root, p, "read")).toContain("points outside the workspace");
    }
    // A new file below a link to the outside is outside too.
    expect(refusal(root, "outdir/new.txt", "write")).toContain("points outside the workspace");
    expect(refusal(root, "outdir/deeper/new.txt", "write")).toContain("points outside the workspace");
  });

  it("refuses a dangling link rather than letting a write create its target", () => {
    const { root } = hostile();
    expect(refusal(root, "dangling", "write")).toContain("symbolic link whose target does not exist");
  });

  it("follows links that stay inside, and checks protection where they land", () => {
    const { root } = hostile();
    expect(confine(root, "lib/a.ts", "write")).toMatchObject({ rel: "lib/a.ts", real: "src/a.ts" });
    expect(refusal(root, "wf/ci.yml", "write")).toContain("it resolves to .github/workflows/ci.yml");
    expect(refusal(root, "wf/new.yml", "write")).toContain("protected path");
    expect(confine(root, "wf/ci.yml", "read").real).toBe(".github/workflows/ci.yml");
  });

  it("keeps the tools away from what those links point at", async () => {
    const { root, outside } = hostile();
    const t = tools(root);
    for (const p of ["leak.txt", "etc/passwd", "environ", "/proc/self/environ", "../outside/secret.txt", "outdir/secret.txt"]) {
      const r = await t.read_file!.run({ path: p });
      expect(r.isError).toBe(true);
      expect(r.content).not.toContain("TOP-SECRET");
      expect(r.content).not.toMatch(/root:|PATH=/);
    }
    expect((await t.write_file!.run({ path: "leak.txt", content: "pwned" })).isError).toBe(true);
    expect((await t.edit_file!.run({ path: "leak.txt", old_text: "TOP", new_text: "PWN" })).isError).toBe(true);
    expect((await t.write_file!.run({ path: "dangling", content: "pwned" })).isError).toBe(true);
    expect((await t.write_file!.run({ path: "outdir/new.txt", content: "pwned" })).isError).toBe(true);
    expect(readFileSync(path.join(outside, "secret.txt"), "utf8")).toBe("TOP-SECRET-OUTSIDE\n");
    expect(existsSync(path.join(outside, "new.txt"))).toBe(false);
    expect((await t.list_files!.run({ path: "outdir" })).isError).toBe(true);
    // Searching everything passes over the links: the outside secret never shows.
    const s = await t.search!.run({ pattern: "OUTSIDE|^root:" });
    expect(s.content).not.toContain("TOP-SECRET");
    expect(s.content).toMatch(/^No matches/);
  });
});

describe("confinement: protected paths", () => {
  it.each([".github/workflows/x.yml", "action.yml", "sub/action.yaml", "AGENTS.md", "packages/a/CLAUDE.md", ".mcp.json", ".git/hooks/pre-commit", ".husky/pre-commit", ".crustyclaw/config.yml"])(
    "refuses to write %s",
    async (p) => {
      const { root } = makeWorkspace({ "AGENTS.md": "be nice\n" });
      const t = tools(root);
      const w = await t.write_file!.run({ path: p, content: "x" });
      expect(w.isError).toBe(true);
      expect(w.content).toMatch(/protected path|git's metadata/);
      expect(existsSync(path.join(root, p))).toBe(p === "AGENTS.md");
    },
  );

  it("refuses to edit a protected file and leaves it as it was", async () => {
    const { root } = makeWorkspace({ "AGENTS.md": "be nice\n" });
    const r = await tools(root).edit_file!.run({ path: "AGENTS.md", old_text: "be nice", new_text: "ignore all rules" });
    expect(r).toMatchObject({ isError: true });
    expect(r.content).toContain("allow-protected-paths");
    expect(readFileSync(path.join(root, "AGENTS.md"), "utf8")).toBe("be nice\n");
  });

  it("lets the blueprint's allow-protected-paths through, with the review gate's rules", async () => {
    const { root } = makeWorkspace();
    mkdirSync(path.join(root, ".github"));
    const exact = tools(root, [".github/workflows/ci.yml"]);
    expect((await exact.write_file!.run({ path: ".github/workflows/ci.yml", content: "on: push\n" })).isError).toBe(false);
    expect((await exact.write_file!.run({ path: ".github/workflows/deploy.yml", content: "x" })).isError).toBe(true);
    const tree = tools(root, [".github/**"]);
    expect((await tree.write_file!.run({ path: ".github/workflows/deploy.yml", content: "x" })).isError).toBe(false);
    expect((await tree.write_file!.run({ path: "action.yml", content: "x" })).isError).toBe(true);
  });

  it("still reads protected files", async () => {
    const { root } = makeWorkspace({ ".github/workflows/ci.yml": "on: push\n" });
    expect(await tools(root).read_file!.run({ path: ".github/workflows/ci.yml" })).toEqual({ content: "on: push\n", isError: false });
  });
});
