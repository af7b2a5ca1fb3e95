import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_READ_CHARS, readFileTool } from "../../../src/agent/tools/read-file.js";
import { FAKE_GHP, makeWorkspace } from "./workspace.js";

describe("read_file", () => {
  const lines = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join("\n") + "\n";
  const { root } = makeWorkspace({ "src/a.ts": lines, "empty.txt": "", "bin.dat": "ab\0cd", "no-newline.txt": "x\ny" });
  const read = readFileTool({ workspace: root });

  it("returns a whole small file as it is", async () => {
    expect(await read.run({ path: "src/a.ts" })).toEqual({ content: lines, isError: false });
    expect((await read.run({ path: "no-newline.txt" })).content).toBe("x\ny");
    expect((await read.run({ path: "empty.txt" })).content).toBe("empty.txt is empty");
  });

  it("returns a line range and says which lines it is", async () => {
    const r = await read.run({ path: "src/a.ts", start_line: 3, end_line: 5 });
    expect(r.content).toBe("line 3\nline 4\nline 5\n[lines 3–5 of 30]");
    expect((await read.run({ path: "src/a.ts", start_line: 29 })).content).toBe("line 29\nline 30\n[lines 29–30 of 30]");
  });

  it("explains bad ranges, directories, binaries and missing files", async () => {
    expect(await read.run({ path: "src/a.ts", start_line: 40 })).toEqual({ content: "src/a.ts has 30 lines; start_line 40 is past the end", isError: true });
    expect((await read.run({ path: "src/a.ts", start_line: 5, end_line: 2 })).content).toContain("before start_line");
    expect((await read.run({ path: "src/a.ts", start_line: 0 })).content).toContain("must be a line number");
    expect((await read.run({ path: "src" })).content).toContain("is a directory; use list_files");
    expect((await read.run({ path: "bin.dat" })).content).toContain("binary file");
    expect(await read.run({ path: "src/missing.ts" })).toEqual({ content: "src/missing.ts does not exist", isError: true });
    expect((await read.run({})).content).toBe("'path' is required and must be a string");
  });

  it("cuts long files on a line boundary and says how to read on", async () => {
    const big = Array.from({ length: 20_000 }, (_, i) => `const value${i} = ${i};`).join("\n");
    writeFileSync(path.join(root, "big.ts"), big);
    const r = await read.run({ path: "big.ts" });
    expect(r.content.length).toBeLessThan(MAX_READ_CHARS + 200);
    const note = /\[… truncated at \d+ characters: showed lines 1–(\d+) of 20000; read on with start_line=(\d+)\]$/.exec(r.content);
    expect(note).not.toBeNull();
    expect(Number(note![2])).toBe(Number(note![1]) + 1);
    const next = await read.run({ path: "big.ts", start_line: Number(note![2]) });
    expect(next.content.startsWith(`const value${Number(note![1])} =`)).toBe(true);
  });

  it("shows the start of a single enormous line", async () => {
    writeFileSync(path.join(root, "min.js"), "x".repeat(MAX_READ_CHARS * 2));
    expect((await read.run({ path: "min.js" })).content).toMatch(/line 1 of min\.js is 100000 characters long; showed its first 50000\]$/);
  });

  it("redacts tokens and the job's known secrets from file contents", async () => {
    writeFileSync(path.join(root, "config.env"), `TOKEN=${FAKE_GHP}\nKEY=model-key-value-123\n`);
    const r = await readFileTool({ workspace: root, secrets: ["model-key-value-123"] }).run({ path: "config.env" });
    expect(r.content).toBe("TOKEN=***\nKEY=***\n");
  });
});
