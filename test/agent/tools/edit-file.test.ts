import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { editFileTool } from "../../../src/agent/tools/edit-file.js";
import { makeWorkspace } from "./workspace.js";

const SOURCE = ["function a() {", "  return 1;", "}", "", "function b() {", "  return 1;", "}", ""].join("\n");

describe("edit_file", () => {
  function setup() {
    const { root } = makeWorkspace({ "src/x.ts": SOURCE, "bin.dat": "a\0b" });
    return { root, edit: editFileTool({ workspace: root }), text: () => readFileSync(path.join(root, "src/x.ts"), "utf8") };
  }

  it("replaces text that appears exactly once", async () => {
    const { edit, text } = setup();
    const r = await edit.run({ path: "src/x.ts", old_text: "function b() {\n  return 1;", new_text: "function b() {\n  return 2;" });
    expect(r).toEqual({ content: "Edited src/x.ts: replaced 2 lines at line 5 with 2 lines.", isError: false });
    expect(text()).toBe(SOURCE.replace("function b() {\n  return 1;", "function b() {\n  return 2;"));
  });

  it("keeps $ patterns in the new text literal", async () => {
    const { edit, text } = setup();
    await edit.run({ path: "src/x.ts", old_text: "function a() {", new_text: "function a() { // $& $1 $$" });
    expect(text().split("\n")[0]).toBe("function a() { // $& $1 $$");
  });

  it("refuses ambiguous text, saying how often and where it appears", async () => {
    const { edit, text } = setup();
    const r = await edit.run({ path: "src/x.ts", old_text: "  return 1;", new_text: "  return 3;" });
    expect(r).toEqual({
      content: "old_text appears 2 times in src/x.ts (at lines 2, 6); include more of the surrounding lines in old_text so that it matches exactly once",
      isError: true,
    });
    expect(text()).toBe(SOURCE);
  });

  it("says when the text is missing, and points at a near match that differs in whitespace", async () => {
    const { edit } = setup();
    expect((await edit.run({ path: "src/x.ts", old_text: "return 42;", new_text: "x" })).content).toBe(
      "old_text was not found in src/x.ts; read the file again with read_file and copy the text to replace exactly, including whitespace and indentation",
    );
    expect((await edit.run({ path: "src/x.ts", old_text: "function a() {\n\treturn 1;", new_text: "x" })).content).toContain("lines 1–2 match it apart from whitespace");
  });

  it("explains other mistakes", async () => {
    const { edit } = setup();
    expect((await edit.run({ path: "src/new.ts", old_text: "a", new_text: "b" })).content).toBe("src/new.ts does not exist; use write_file to create it");
    expect((await edit.run({ path: "src/x.ts", old_text: "", new_text: "b" })).content).toContain("old_text is empty");
    expect((await edit.run({ path: "src/x.ts", old_text: "a", new_text: "a" })).content).toContain("would change nothing");
    expect((await edit.run({ path: "bin.dat", old_text: "a", new_text: "b" })).content).toContain("binary");
    expect((await edit.run({ path: "src/x.ts", old_text: 1, new_text: "b" })).content).toBe("'old_text' is required and must be a string");
    expect((await edit.run({ path: "src", old_text: "a", new_text: "b" })).content).toBe("src is not a regular file");
  });
});
