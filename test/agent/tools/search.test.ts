import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compilePattern, MAX_SEARCH_MATCHES, searchTool } from "../../../src/agent/tools/search.js";
import { FAKE_GHP, gitInit, makeWorkspace } from "./workspace.js";

describe("search", () => {
  async function setup() {
    const ws = makeWorkspace({
      ".gitignore": "dist/\n",
      "src/a.ts": "export function main() {\n  return 1;\n}\n",
      "src/b.ts": "// TODO: main is called here\nmain();\n",
      "docs/guide.md": "Call Main to start.\n",
      "dist/bundle.js": "function main(){}\n",
      "image.png": "\x89PNG\0\0main\0",
      "crlf.txt": "one main\r\ntwo\r\n",
    });
    await gitInit(ws.root);
    return { ...ws, search: searchTool({ workspace: ws.root }) };
  }

  it("prints file:line:text, sorted, skipping ignored and binary files", async () => {
    const { search } = await setup();
    expect((await search.run({ pattern: "main" })).content).toBe(["crlf.txt:1:one main", "src/a.ts:1:export function main() {", "src/b.ts:1:// TODO: main is called here", "src/b.ts:2:main();"].join("\n"));
  });

  it("narrows by path, glob and case", async () => {
    const { search } = await setup();
    expect((await search.run({ pattern: "main", path: "src", glob: "b.ts" })).content).toBe("src/b.ts:1:// TODO: main is called here\nsrc/b.ts:2:main();");
    expect((await search.run({ pattern: "^main", path: "src/b.ts" })).content).toBe("src/b.ts:2:main();");
    expect((await search.run({ pattern: "call main", case_insensitive: true })).content).toBe("docs/guide.md:1:Call Main to start.");
    expect((await search.run({ pattern: "nothing-here" })).content).toMatch(/^No matches for \/nothing-here\/ in \d+ files\.$/);
  });

  it("finds untracked files the agent just wrote", async () => {
    const { root, search } = await setup();
    writeFileSync(path.join(root, "src/new.ts"), "const fresh = 1;\n");
    expect((await search.run({ pattern: "fresh" })).content).toBe("src/new.ts:1:const fresh = 1;");
  });

  it("explains a bad pattern, and what RE2 leaves out", async () => {
    const { search } = await setup();
    const bad = await search.run({ pattern: "foo(" });
    expect(bad.isError).toBe(true);
    expect(bad.content).toContain("not a valid RE2 regular expression (missing closing )");
    for (const p of ["(a)\\1", "(?<n>a)\\k<n>"]) expect((await search.run({ pattern: p })).content).toContain("uses a backreference");
    for (const p of ["foo(?=bar)", "foo(?!bar)", "(?<=x)y", "(?<!x)y"]) expect((await search.run({ pattern: p })).content).toContain("uses lookahead or lookbehind");
    expect((await search.run({ pattern: "\\u0041" })).content).toContain("write \\x{XXXX}");
    expect((await search.run({ pattern: "[a-z]{1000}[0-9]{1000}" })).content).toContain("the pattern is too large");
    for (const p of ["[(?=]", "\\\\1", "(?i)MAIN", "(?P<n>main)", "\\pL+"]) expect(() => compilePattern(p, false)).not.toThrow();
    expect((await search.run({ pattern: "" })).isError).toBe(true);
    expect((await search.run({ pattern: "x", path: "missing" })).isError).toBe(true);
    expect((await search.run({ pattern: "x", path: ".git" })).isError).toBe(true);
  });

  it("runs patterns that backtrack forever elsewhere, on a long minified line", async () => {
    // Issue "The agent's code is hostile", item 7: ^(a|a)*$ slipped past the old nested-quantifier guard.
    const { root, search } = await setup();
    writeFileSync(path.join(root, "bundle.min.js"), `${"a".repeat(200_000)}!\n`);
    for (const p of ["^(a|a)*$", "(a+)+$", "(x+x+)+y", "(\\w+\\s?){2,}$"]) {
      expect((await search.run({ pattern: p, glob: "*.min.js" })).content).toBe(`No matches for /${p}/ in 1 file.`);
    }
    expect((await search.run({ pattern: "^(a|a)*!$", glob: "*.min.js" })).content).toMatch(/^bundle\.min\.js:1:a{240}…$/);
  });

  it("bounds the number of matches and says how to see the rest", async () => {
    const { root, search } = await setup();
    writeFileSync(path.join(root, "many.txt"), "hit\n".repeat(MAX_SEARCH_MATCHES + 50));
    const r = await search.run({ pattern: "^hit$" });
    const lines = r.content.split("\n");
    expect(lines).toHaveLength(MAX_SEARCH_MATCHES + 1);
    expect(lines.at(-1)).toContain(`stopped after ${MAX_SEARCH_MATCHES} matches`);
  });

  it("redacts secrets in matching lines", async () => {
    const { root } = await setup();
    writeFileSync(path.join(root, "leak.ts"), `const t = "${FAKE_GHP}"; // model-key-value-123\n`);
    const r = await searchTool({ workspace: root, secrets: ["model-key-value-123"] }).run({ pattern: "const t" });
    expect(r.content).toBe('leak.ts:1:const t = "***"; // ***');
  });

  it("passes over a committed symlink that points outside the workspace", async () => {
    const { root, outside, search } = await setup();
    symlinkSync(path.join(outside, "secret.txt"), path.join(root, "innocent.txt"));
    symlinkSync("src/a.ts", path.join(root, "alias.ts"));
    const r = await search.run({ pattern: "SECRET|return 1" });
    expect(r.content).toBe("alias.ts:2:  return 1;\nsrc/a.ts:2:  return 1;");
  });

  it("stays quick on a generated tree of a few thousand files", async () => {
    const { root } = makeWorkspace();
    await gitInit(root);
    writeFileSync(path.join(root, ".gitignore"), "ignored/\n");
    for (let d = 0; d < 40; d++) {
      for (const top of ["pkg", "ignored"]) mkdirSync(path.join(root, top, `m${d}`), { recursive: true });
      for (let f = 0; f < 75; f++) {
        const body = Array.from({ length: 40 }, (_, i) => `export const v${f}_${i} = ${i}; // module ${d}`).join("\n");
        writeFileSync(path.join(root, "pkg", `m${d}`, `f${f}.ts`), `${body}\n${d === 17 && f === 42 ? "export const needle = true;\n" : ""}`);
        if (f < 10) writeFileSync(path.join(root, "ignored", `m${d}`, `f${f}.ts`), "export const needle = false;\n");
      }
    }
    const search = searchTool({ workspace: root });
    expect((await search.run({ pattern: "needle" })).content).toBe("pkg/m17/f42.ts:41:export const needle = true;");
    expect((await search.run({ pattern: "v3_7 = 7; // module 3\\b", glob: "pkg/m3/*.ts" })).content).toBe("pkg/m3/f3.ts:8:export const v3_7 = 7; // module 3");
  });
});
