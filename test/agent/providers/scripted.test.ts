import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createProvider, parseScript, ScriptedProvider, type Script } from "../../../src/agent/providers/index.js";
import { ProviderError, type ModelRequest } from "../../../src/agent/types.js";
import { ProblemError } from "../../../src/util/problem.js";

const request: ModelRequest = { system: "s", messages: [{ role: "user", content: "go" }], tools: [], maxTokens: 100 };

const SCRIPT = `model: demo-model
turns:
  - content: Reading the readme.
    tool_calls:
      - name: read_file
        arguments: { path: README.md }
    usage: { input_tokens: 100, output_tokens: 20 }
  - tool_calls:
      - id: fin
        name: finish
        arguments: { summary: done, result: { files: 1 } }
`;

function dir(): string {
  return mkdtempSync(path.join(tmpdir(), "crustyclaw-scripted-"));
}

async function failure(p: Promise<unknown>): Promise<Error> {
  return (await p.then(
    () => undefined,
    (e: unknown) => e,
  )) as Error;
}

describe("scripted provider", () => {
  it("replays turns from a YAML file in order, then says the script is used up", async () => {
    const d = dir();
    writeFileSync(path.join(d, "turns.yml"), SCRIPT);
    const p = createProvider("scripted:turns.yml", {}, { cwd: d }) as ScriptedProvider;
    expect(p.id).toBe("scripted/turns.yml");

    expect(await p.complete(request)).toEqual({
      content: "Reading the readme.",
      toolCalls: [{ id: "call_1_1", name: "read_file", arguments: { path: "README.md" } }],
      usage: { inputTokens: 100, outputTokens: 20 },
      stop: "tool_use",
      model: "demo-model",
    });
    expect(await p.complete(request)).toMatchObject({ content: "", toolCalls: [{ id: "fin", name: "finish", arguments: { summary: "done", result: { files: 1 } } }], usage: { inputTokens: 0, outputTokens: 0 } });
    expect(p.remaining).toBe(0);
    expect(p.requests).toHaveLength(2);

    const err = await failure(p.complete(request));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ kind: "bad_response" });
    expect(err.message).toBe("scripted model turns.yml has no turn 3: its 2 turns are used up. Add turns to the script, or end it with a turn that finishes the task.");
  });

  it("reads JSON too", async () => {
    const d = dir();
    writeFileSync(path.join(d, "turns.json"), JSON.stringify({ turns: [{ content: "hello" }] }));
    const p = createProvider("scripted:turns.json", {}, { cwd: d });
    expect(await p.complete(request)).toMatchObject({ content: "hello", toolCalls: [], stop: "end", model: "scripted" });
  });

  it("names the turn and its position for a bad script", () => {
    const text = `turns:
  - content: fine
  - content: also fine
    tool_calls:
      - arguments: { path: a }
    usage: { input_tokens: -1 }
  - contnet: typo
`;
    let err: unknown;
    try {
      parseScript("bad.yml", text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ProblemError);
    const messages = (err as ProblemError).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^5:\d+ turn 2: turns\[1\]\.tool_calls\[0\] is missing required key 'name'$/),
        expect.stringMatching(/^6:\d+ turn 2: turns\[1\]\.usage\.input_tokens is -1/),
        expect.stringMatching(/^7:\d+ turn 3: unknown key 'contnet' in turns\[2\]$/),
      ]),
    );
    expect((err as ProblemError).message).toContain("bad.yml:5:");
  });

  it("says when the file is missing or not YAML", () => {
    expect(() => createProvider("scripted:nope.yml", {}, { cwd: dir() })).toThrow(/nope\.yml: scripted model file not found/);
    expect(() => parseScript("x.yml", "turns: [")).toThrow(ProblemError);
    expect(() => parseScript("x.yml", "turns: []")).toThrow(/turns must list at least 1 item/);
  });

  it("replays malformed arguments and provider errors, for testing the loop's handling", async () => {
    const p = new ScriptedProvider(parseScript("t.yml", `turns:\n  - tool_calls: [{ name: edit, arguments: '{"path": ' }]\n  - error: { kind: rate_limit, message: slow down }\n`) as Script, "t.yml");
    const turn = await p.complete(request);
    expect(turn.toolCalls[0]).toMatchObject({ name: "edit", arguments: {} });
    expect(turn.toolCalls[0]!.argumentsError).toMatch(/not valid JSON/);
    const err = await failure(p.complete(request));
    expect(err).toMatchObject({ kind: "rate_limit", message: "scripted model t.yml, turn 2: slow down" });
  });
});
