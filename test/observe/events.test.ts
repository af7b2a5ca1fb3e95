import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { eventLogFile, openEventLog } from "../../src/observe/events.js";

const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-events-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the structured log", () => {
  it("writes one JSON object per line with the step's fields, cutting long values", () => {
    const file = path.join(dir, "a", "events.jsonl");
    const log = openEventLog(file, { run: "41", job: "implement", stage: "execute" }, () => new Date("2026-12-02T06:00:00.000Z"));
    log.with({ node: "implement" }).event("agent.turn", { turn: 2, inputTokens: 10, skipped: undefined });
    log.event("step.end", { error: "x".repeat(5000) }, "error");
    const lines = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toEqual({ time: "2026-12-02T06:00:00.000Z", level: "info", event: "agent.turn", run: "41", job: "implement", stage: "execute", node: "implement", turn: 2, inputTokens: 10 });
    expect(lines[1]).toMatchObject({ level: "error", event: "step.end" });
    expect((lines[1]!.error as string).length).toBe(2001);
  });

  it("goes where CRUSTYCLAW_LOG_JSON says, else to RUNNER_TEMP, else nowhere", () => {
    expect(eventLogFile({ CRUSTYCLAW_LOG_JSON: "/x/log.jsonl", RUNNER_TEMP: "/t" })).toBe("/x/log.jsonl");
    expect(eventLogFile({ RUNNER_TEMP: "/t" })).toBe("/t/crustyclaw-events.jsonl");
    expect(eventLogFile({})).toBeUndefined();
  });

  it("never writes through a link planted where the log goes", () => {
    const target = path.join(dir, "precious");
    writeFileSync(target, "keep\n");
    const link = path.join(dir, "planted.jsonl");
    symlinkSync(target, link);
    openEventLog(link, {}).event("step.start");
    expect(readFileSync(target, "utf8")).toBe("keep\n");
  });

  it("does not wait on a FIFO planted where the log goes", () => {
    const fifo = path.join(dir, "fifo.jsonl");
    execFileSync("mkfifo", [fifo]);
    const log = openEventLog(fifo, {});
    log.event("step.start");
    log.event("step.end");
  });
});
