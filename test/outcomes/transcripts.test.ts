import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { redact } from "../../src/policy/secrets.js";
import { archivePath, buildArchive, MAX_ARCHIVE_BYTES, MAX_FIELD_CHARS, readArchive, TRANSCRIPT_FILE } from "../../src/outcomes/transcripts.js";
import { archiveTranscripts, MAX_READ_BYTES } from "../../src/stages/archive.js";
import { chained, GENESIS, parseRecordLine, recordLine, verifyChain } from "../../src/outcomes/record.js";
import { sampleRecord } from "./sample.js";

/**
 * Transcript archives are built from work jobs' artifacts, which an agent's commands may have
 * written: what reaches the outcome branch is JSON objects of bounded size, redacted of
 * publish's own token, tagged with the transcript they came from and nothing else.
 */
const FILE = "transcripts/issue-to-pr/7-20261201T090000Z/execute-12-1.jsonl.gz";
const TOKEN = "ghs_0123456789abcdefghijABCDEFGHIJ0123456789";

describe("transcript archives", () => {
  it("are named by run, segment, workflow run and attempt; anything else in the name is refused", () => {
    expect(archivePath({ blueprint: "issue-to-pr", issue: 7, startedAt: "2026-12-01T09:00:00.000Z" }, "execute", "12", "1")).toBe(FILE);
    expect(archivePath({ blueprint: "issue-to-pr", issue: 7, startedAt: "2026-12-01T09:00:00.000Z" }, "execute", "../../x", "1; rm")).toBe("transcripts/issue-to-pr/7-20261201T090000Z/execute-0-1.jsonl.gz");
    expect(() => archivePath({ blueprint: "../etc", issue: 7, startedAt: "2026-12-01T09:00:00.000Z" }, "execute", "1", "1")).toThrow(/not an archive path/);
    expect(TRANSCRIPT_FILE.test("transcripts/x/7-20261201T090000Z/../../outcomes/2026-12.jsonl.gz")).toBe(false);
  });

  it("keep each JSON line as an entry tagged with its transcript; unreadable lines become markers, long texts are cut", () => {
    const hostile = [
      JSON.stringify({ type: "tool", call: { name: "run_command" }, content: "x".repeat(MAX_FIELD_CHARS + 500) }),
      "not json at all",
      JSON.stringify(["a", "list"]),
      JSON.stringify({ type: "tool", transcript: "forged/source", content: `token ${TOKEN}` }),
      JSON.stringify({ no: "type" }),
    ].join("\n");
    const a = buildArchive(FILE, [{ source: "implement/implement", text: hostile }], (line) => redact(line, [TOKEN]));
    const entries = readArchive(a.bytes);
    expect(entries.map((e) => [e.type, e.transcript])).toEqual([
      ["tool", "implement/implement"],
      ["unreadable", "implement/implement"],
      ["unreadable", "implement/implement"],
      ["tool", "implement/implement"],
      ["unreadable", "implement/implement"],
    ]);
    expect(a).toMatchObject({ entries: 5, toolCalls: 2, unreadable: 3, dropped: 0 });
    expect(entries[0]!.content).toBe(`${"x".repeat(MAX_FIELD_CHARS)}…[500 more characters cut]`);
    expect(entries[1]).toMatchObject({ line: 2 });
    expect(JSON.stringify(entries)).not.toContain(TOKEN);
    expect(entries[3]!.content).toBe("token ***");
  });

  it("stay within their size bound, saying how many lines were left out", () => {
    const line = JSON.stringify({ type: "model", text: "y".repeat(10_000) });
    const text = Array.from({ length: 1000 }, () => line).join("\n");
    const a = buildArchive(FILE, [{ source: "a/a", text }], (l) => l);
    const entries = readArchive(a.bytes);
    expect(a.dropped).toBeGreaterThan(500);
    expect(entries.at(-1)).toMatchObject({ type: "archive-cut", dropped: a.dropped });
    expect(entries.length - 1 + a.dropped).toBe(1000);
    expect(JSON.stringify(entries).length).toBeLessThan(MAX_ARCHIVE_BYTES);
  });

  it("read only regular transcript files of the work jobs' artifacts: links, FIFOs and stray names are skipped", async () => {
    const inDir = mkdtempSync(path.join(os.tmpdir(), "cc-archive-"));
    const job = path.join(inDir, "crustyclaw-implement", "transcripts");
    mkdirSync(job, { recursive: true });
    writeFileSync(path.join(job, "implement.jsonl"), `${JSON.stringify({ type: "start" })}\n`);
    const secret = path.join(inDir, "secret.txt");
    writeFileSync(secret, `${JSON.stringify({ type: "leak", key: "runner secret" })}\n`);
    symlinkSync(secret, path.join(job, "linked.jsonl"));
    execFileSync("mkfifo", [path.join(job, "fifo.jsonl")]);
    writeFileSync(path.join(job, "NOT-A-NODE.jsonl"), `${JSON.stringify({ type: "stray" })}\n`);
    let stored: { path: string; bytes: Buffer } | undefined;
    const archive = await archiveTranscripts({
      inDir,
      run: { blueprint: "issue-to-pr", issue: 7, startedAt: "2026-12-01T09:00:00.000Z" },
      segment: "execute",
      runId: "12",
      attempt: "1",
      secrets: [],
      store: async (file) => {
        stored = file;
      },
    });
    expect(stored?.path).toBe(FILE);
    expect(readArchive(stored!.bytes)).toEqual([{ type: "start", transcript: "implement/implement" }]);
    expect(archive?.link.path).toBe(FILE);
  });

  it("read at most MAX_READ_BYTES of transcripts in all, however many files the jobs left", async () => {
    const inDir = mkdtempSync(path.join(os.tmpdir(), "cc-archive-"));
    const line = `${JSON.stringify({ type: "model", text: "z".repeat(1000) })}\n`;
    const big = line.repeat(Math.ceil(MAX_ARCHIVE_BYTES / line.length));
    const files = MAX_READ_BYTES / MAX_ARCHIVE_BYTES + 2;
    for (let i = 0; i < files; i++) {
      const dir = path.join(inDir, `crustyclaw-job${i}`, "transcripts");
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "agent.jsonl"), big);
    }
    let stored: { path: string; bytes: Buffer } | undefined;
    const archive = await archiveTranscripts({ inDir, run: { blueprint: "b", issue: 1, startedAt: "2026-12-01T09:00:00.000Z" }, segment: "execute", runId: "1", attempt: "1", secrets: [], store: async (f) => void (stored = f) });
    // Each file is read to MAX_ARCHIVE_BYTES (its last line cut, so unreadable); the budget holds eight such heads, the last two files are not read.
    const perFile = big.slice(0, MAX_ARCHIVE_BYTES).split("\n").filter((l) => l !== "").length;
    expect(archive!.entries + archive!.dropped).toBe((MAX_READ_BYTES / MAX_ARCHIVE_BYTES) * perFile);
    expect(new Set(readArchive(stored!.bytes).filter((e) => e.type !== "archive-cut").map((e) => e.transcript))).toEqual(new Set(["job0/agent"]));
  });

  it("are not made when the jobs left no transcripts", async () => {
    const inDir = mkdtempSync(path.join(os.tmpdir(), "cc-archive-"));
    mkdirSync(path.join(inDir, "crustyclaw-checks", "nodes"), { recursive: true });
    const archive = await archiveTranscripts({ inDir, run: { blueprint: "b", issue: 1, startedAt: "2026-12-01T09:00:00.000Z" }, segment: "execute", runId: "1", attempt: "1", secrets: [], store: () => Promise.reject(new Error("nothing to store")) });
    expect(archive).toBeUndefined();
  });

  it("a record's links are part of its shape and its chain: a removed archive is named, a link elsewhere is refused", () => {
    const link = { path: FILE, sha256: "a".repeat(64) };
    const record = chained({ ...sampleRecord(1), transcripts: [link] }, GENESIS);
    const files = [{ path: "outcomes/2026-12.jsonl", text: `${recordLine(record)}\n` }];
    expect(verifyChain(files, new Map([[FILE, "a".repeat(64)]])).problems).toEqual([]);
    expect(verifyChain(files, new Map()).problems).toEqual([`outcomes/2026-12.jsonl:1: record of run ${record.run} links transcript archive ${FILE}, which is not in the store: it was removed`]);
    // Without the archives (report reads the store without them), the links are not checked.
    expect(verifyChain(files).problems).toEqual([]);
    const elsewhere = recordLine(chained({ ...sampleRecord(1), transcripts: [{ path: "outcomes/2026-12.jsonl", sha256: "a".repeat(64) }] }, GENESIS));
    expect(parseRecordLine(elsewhere)).toMatch(/field 'transcripts' is not a list of at most 30/);
  });
});
