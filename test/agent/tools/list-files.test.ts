import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { globMatcher, listFilesTool, MAX_LIST_ENTRIES } from "../../../src/agent/tools/list-files.js";
import { gitInit, makeWorkspace } from "./workspace.js";

const FILES = {
  ".gitignore": "dist/\n*.log\n!keep.log\n/build\n",
  "README.md": "# x\n",
  "src/index.ts": "",
  "src/agent/types.ts": "",
  "src/agent/types.test.ts": "",
  "src/build/x.ts": "", // only the root build/ is ignored
  "dist/index.js": "",
  "build/out.js": "",
  "debug.log": "",
  "keep.log": "",
  "node_modules/.keep": "",
};

describe.each([
  ["a git checkout", true],
  ["a plain directory", false],
])("list_files in %s", (_, isGit) => {
  async function setup() {
    const { root } = makeWorkspace(FILES);
    if (isGit) {
      await gitInit(root);
      writeFileSync(path.join(root, ".gitignore"), `${FILES[".gitignore"]}node_modules/\n`);
    } else writeFileSync(path.join(root, ".gitignore"), `${FILES[".gitignore"]}node_modules/\n`);
    return { root, list: listFilesTool({ workspace: root }) };
  }

  it("lists a directory's own entries, without ignored ones or .git", async () => {
    const { list } = await setup();
    expect((await list.run({})).content.split("\n")).toEqual([".gitignore", "README.md", "keep.log", "src/"]);
    expect((await list.run({ path: "src" })).content.split("\n")).toEqual(["src/agent/", "src/build/", "src/index.ts"]);
  });

  it("lists matching files at any depth with a glob", async () => {
    const { list } = await setup();
    expect((await list.run({ glob: "*.ts" })).content.split("\n")).toEqual(["src/agent/types.test.ts", "src/agent/types.ts", "src/build/x.ts", "src/index.ts"]);
    expect((await list.run({ path: "src", glob: "agent/*.test.ts" })).content).toBe("src/agent/types.test.ts");
    expect((await list.run({ glob: "**/*.{md,log}" })).content.split("\n")).toEqual(["README.md", "keep.log"]);
    expect((await list.run({ glob: "*.py" })).content).toBe("No files under the workspace root match *.py.");
  });

  it("explains what it cannot list", async () => {
    const { list } = await setup();
    expect(await list.run({ path: "nope" })).toEqual({ content: "nope does not exist; list its parent directory to see what is there", isError: true });
    expect((await list.run({ path: "README.md" })).content).toContain("is a file");
    expect((await list.run({ path: ".git" })).isError).toBe(true);
    expect((await list.run({ path: "../" })).isError).toBe(true);
  });
});

describe("list_files limits", () => {
  it("shows a bounded number of entries and says how many more there are", async () => {
    const { root } = makeWorkspace();
    mkdirSync(path.join(root, "many"));
    for (let i = 0; i < MAX_LIST_ENTRIES + 20; i++) writeFileSync(path.join(root, "many", `f${String(i).padStart(4, "0")}.txt`), "");
    const r = await listFilesTool({ workspace: root }).run({ path: "many" });
    const lines = r.content.split("\n");
    expect(lines).toHaveLength(MAX_LIST_ENTRIES + 1);
    expect(lines.at(-1)).toBe("[… 20 more entries not shown; list a subdirectory or pass a narrower glob]");
  });
});

describe("globs", () => {
  it.each([
    ["*.ts", "src/a.ts", true],
    ["*.ts", "a.ts", true],
    ["*.ts", "a.tsx", false],
    ["src/*.ts", "src/a.ts", true],
    ["src/*.ts", "src/x/a.ts", false],
    ["src/**/*.ts", "src/a.ts", true],
    ["src/**/*.ts", "src/x/y/a.ts", true],
    ["**/test/*.js", "test/a.js", true],
    ["*.{ts,tsx}", "x/a.tsx", true],
    ["file?.md", "file1.md", true],
    ["[ab].txt", "b.txt", true],
    ["[!ab].txt", "b.txt", false],
    ["a.b", "axb", false],
    ["(x)+", "(x)+", true],
    ["**/*.md", "docs/line\nbreak.md", true],
  ])("%s against %s is %s", (glob, file, expected) => {
    expect(globMatcher(glob)(file)).toBe(expected);
  });

  it("matches a many-star glob against a long name in linear time", () => {
    // Issue "The agent's code is hostile", item 7: as a backtracking RegExp this took
    // time to the power of the stars. No timing here: a regression never finishes.
    const stars = `${"*a".repeat(12)}*b`;
    expect(globMatcher(stars)(`src/${"a".repeat(20_000)}`)).toBe(false);
    expect(globMatcher(stars)(`src/${"a".repeat(20_000)}b`)).toBe(true);
    expect(globMatcher(`**/${stars}`)(`${"a/".repeat(5_000)}x`)).toBe(false);
  });

  it("explains a glob it cannot read", () => {
    expect(() => globMatcher("[z-a].ts")).toThrow("the glob [z-a].ts is not valid (check its [...] ranges)");
  });
});

describe("list_files with a hostile .gitignore", () => {
  it("walks a plain directory whose .gitignore holds a many-star pattern", async () => {
    const long = "a".repeat(250);
    const { root } = makeWorkspace({ ".gitignore": `${"*a".repeat(12)}*b\n`, [long]: "", [`${long}b`]: "" });
    expect((await listFilesTool({ workspace: root }).run({})).content.split("\n")).toEqual([".gitignore", long]);
  });
});
