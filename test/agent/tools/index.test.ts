import { describe, expect, it } from "vitest";
import { TOOLS } from "../../../src/blueprint/schema.js";
import type { ToolName } from "../../../src/blueprint/types.js";
import { createTools } from "../../../src/agent/tools/index.js";
import { makeWorkspace } from "./workspace.js";

describe("createTools", () => {
  const { root } = makeWorkspace({ "a.txt": "a\n" });

  it("grants nothing by default and exactly what is granted, in a stable order", () => {
    expect(createTools([], { workspace: root })).toEqual([]);
    expect(createTools(["finish", "read_file", "search"], { workspace: root }).map((t) => t.spec.name)).toEqual(["read_file", "search", "finish"]);
    expect(createTools([...TOOLS], { workspace: root }).map((t) => t.spec.name)).toEqual([...TOOLS]);
  });

  it("describes every tool's arguments as a JSON Schema object", () => {
    for (const t of createTools([...TOOLS], { workspace: root })) {
      expect(t.spec.description.length).toBeGreaterThan(20);
      expect(t.spec.parameters).toMatchObject({ type: "object" });
    }
  });

  it("treats an unknown tool or a missing workspace as the caller's bug", () => {
    expect(() => createTools(["shell" as ToolName], { workspace: root })).toThrow(/unknown tool 'shell'/);
    expect(() => createTools(["toString" as ToolName], { workspace: root })).toThrow(/unknown tool/);
    expect(() => createTools(["read_file"], { workspace: `${root}/missing` })).toThrow();
  });

  it("answers malformed arguments with error results, never exceptions", async () => {
    const tools = createTools([...TOOLS], { workspace: root, commands: ["ls"] });
    const garbage: Array<Record<string, unknown>> = [{}, { path: 1, pattern: [], command: {}, content: null, old_text: 3, summary: 5 }, { path: "../x", pattern: "(", command: "ls; id" }];
    for (const t of tools) {
      for (const args of garbage) {
        const r = await t.run(args);
        expect(r.isError, `${t.spec.name} ${JSON.stringify(args)}: ${r.content}`).toBe(!(t.spec.name === "list_files" && !("path" in args)));
        expect(typeof r.content).toBe("string");
      }
    }
  });
});
