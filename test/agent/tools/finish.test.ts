import { describe, expect, it } from "vitest";
import { finishTool } from "../../../src/agent/tools/finish.js";
import { makeWorkspace } from "./workspace.js";

const resultSchema = {
  type: "object",
  additionalProperties: false,
  required: ["status", "files"],
  properties: {
    status: { enum: ["done", "blocked"] },
    files: { type: "array", items: { type: "string" } },
  },
};

describe("finish", () => {
  const { root } = makeWorkspace();

  it("accepts a result that fits the schema and hands it back as finished", async () => {
    const finish = finishTool({ workspace: root, resultSchema });
    expect(finish.spec.parameters).toMatchObject({ required: ["summary", "result"], properties: { result: resultSchema } });
    const r = await finish.run({ summary: "Fixed the bug.", result: { status: "done", files: ["src/a.ts"] } });
    expect(r).toEqual({ content: "Finished.", isError: false, finished: { summary: "Fixed the bug.", result: { status: "done", files: ["src/a.ts"] } } });
  });

  it("returns ajv's errors so the model can try again", async () => {
    const finish = finishTool({ workspace: root, resultSchema });
    const r = await finish.run({ summary: "", result: { status: "maybe", extra: 1 } });
    expect(r.isError).toBe(true);
    expect(r.finished).toBeUndefined();
    expect(r.content.split("\n")).toEqual([
      "finish was not accepted; fix these and call finish again:",
      "- /summary: must NOT have fewer than 1 characters",
      "- /result: must have required property 'files'",
      "- /result: must NOT have additional properties ('extra')",
      '- /result/status: must be equal to one of the allowed values (allowed: "done", "blocked")',
    ]);
    expect((await finish.run({ summary: "x" })).content).toContain("- (the arguments): must have required property 'result'");
  });

  it("without a schema, takes any object result, or none", async () => {
    const finish = finishTool({ workspace: root });
    expect((await finish.run({ summary: "ok" })).finished).toEqual({ summary: "ok", result: {} });
    expect((await finish.run({ summary: "ok", result: { n: 1 } })).finished).toEqual({ summary: "ok", result: { n: 1 } });
    expect((await finish.run({ summary: "ok", result: "done" })).isError).toBe(true);
  });
});
