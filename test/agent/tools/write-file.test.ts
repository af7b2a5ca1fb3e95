import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_WRITE_BYTES, writeFileTool } from "../../../src/agent/tools/write-file.js";
import { makeWorkspace } from "./workspace.js";

describe("write_file", () => {
  it("creates files (and their directories) and overwrites them", async () => {
    const { root } = makeWorkspace({ "a.txt": "old\n" });
    const write = writeFileTool({ workspace: root });
    expect(await write.run({ path: "src/deep/new.ts", content: "export {};\n" })).toEqual({ content: "Created src/deep/new.ts (11 bytes).", isError: false });
    expect(readFileSync(path.join(root, "src/deep/new.ts"), "utf8")).toBe("export {};\n");
    expect(await write.run({ path: "a.txt", content: "new\n" })).toEqual({ content: "Overwrote a.txt (4 bytes).", isError: false });
    expect(readFileSync(path.join(root, "a.txt"), "utf8")).toBe("new\n");
  });

  it("explains what it will not write", async () => {
    const { root } = makeWorkspace({ "a.txt": "x", "src/b.ts": "" });
    const write = writeFileTool({ workspace: root });
    expect((await write.run({ path: "src", content: "x" })).content).toBe("src is a directory; name a file inside it");
    expect((await write.run({ path: "a.txt/below", content: "x" })).isError).toBe(true);
    expect((await write.run({ path: ".", content: "x" })).isError).toBe(true);
    expect((await write.run({ path: "big.bin", content: "x".repeat(MAX_WRITE_BYTES + 1) })).content).toContain("at most");
    expect((await write.run({ path: "a.txt" })).content).toBe("'content' is required and must be a string");
  });
});
