import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chained, GENESIS, recordLine, verifyChain, type OutcomeRecord } from "../../src/outcomes/record.js";
import { OUTCOMES_BRANCH, readStore } from "../../src/outcomes/store.js";
import { sampleRecord } from "./sample.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "dist", "cli", "index.js");
const run = promisify(execFile);

function chain(n: number): OutcomeRecord[] {
  const out: OutcomeRecord[] = [];
  for (let i = 1; i <= n; i++) out.push(chained(sampleRecord(i), out.at(-1)?.hash ?? GENESIS));
  return out;
}
const file = (records: OutcomeRecord[], lines = records.map(recordLine)) => [{ path: "outcomes/2026-12.jsonl", text: `${lines.join("\n")}\n` }];

describe("the outcome store's chain", () => {
  it("holds for records chained one after another", () => {
    const r = verifyChain(file(chain(5)));
    expect(r.problems).toEqual([]);
    expect(r.records).toHaveLength(5);
    expect(r.head).toBe(r.records[4]!.record.hash);
  });

  it("names an edited record by file and line, and only that one", () => {
    const records = chain(5);
    const lines = records.map(recordLine);
    lines[2] = lines[2]!.replace('"tokens":1003', '"tokens":3');
    const r = verifyChain(file(records, lines));
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^outcomes\/2026-12\.jsonl:3: record of run issue-to-pr#3@.* was edited/);
  });

  it("names the record after a removed one, and after a reordering", () => {
    const lines = chain(5).map(recordLine);
    const removed = verifyChain(file([], [lines[0]!, lines[1]!, lines[3]!, lines[4]!]));
    expect(removed.problems).toEqual([expect.stringMatching(/^outcomes\/2026-12\.jsonl:3: record of run issue-to-pr#4@.* does not follow outcomes\/2026-12\.jsonl:2 .*removed/)]);
    const swapped = verifyChain(file([], [lines[0]!, lines[2]!, lines[1]!, lines[3]!, lines[4]!]));
    expect(swapped.problems.length).toBeGreaterThan(0);
    expect(swapped.problems[0]).toMatch(/:2: .*does not follow/);
  });

  it("reports a line that is not a record, and a file that is not a month file", () => {
    const lines = chain(2).map(recordLine);
    const r = verifyChain([...file([], [lines[0]!, "{not json", lines[1]!]), { path: "outcomes/notes.txt", text: "hi" }]);
    expect(r.problems).toContainEqual(expect.stringMatching(/^outcomes\/2026-12\.jsonl:2: not a record: not JSON/));
    expect(r.problems).toContainEqual(expect.stringMatching(/^outcomes\/notes\.txt: neither a month file .* nor a transcript archive/));
  });
});

describe("100 publish jobs appending at once (local forge, bundled CLI)", () => {
  let forge: ChildProcess;
  let remote: string;
  let token: string;
  let appender: string;
  const work = mkdtempSync(path.join(tmpdir(), "outcomes-test-"));

  beforeAll(async () => {
    // Each job is a small process of its own, as on runners; the forge serves from another one.
    appender = path.join(work, "append.mjs");
    await build({ entryPoints: [path.join(import.meta.dirname, "append-main.ts")], bundle: true, platform: "node", format: "esm", target: "node20", outfile: appender, logLevel: "error" });
    forge = spawn(process.execPath, [BIN, "forge", "serve", "--repo", "acme/app"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, CRUSTYCLAW_FORGE_CONNECTION: path.join(work, "forge.json") } });
    let banner = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no banner: ${banner}`)), 30_000);
      forge.stdout!.on("data", (d: Buffer) => {
        banner += d.toString();
        if (banner.includes("Ctrl-C")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    remote = /git: +(\S+)/.exec(banner)![1]!;
    token = /token: +(\S+)/.exec(banner)![1]!;
  }, 60_000);
  afterAll(() => {
    forge?.kill("SIGINT");
  });

  it("stores all 100 records in one valid chain; audit verify names an edited one", async () => {
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 100 }, (_, i) => run(process.execPath, [appender, remote, token, String(i + 1)], { timeout: 800_000 })));
    console.log(`100 parallel appends: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const store = await readStore({ remote, token });
    expect(store.problems).toEqual([]);
    expect(store.records).toHaveLength(100);
    expect(new Set(store.records.map((r) => r.record.issue)).size).toBe(100);
    // No record is left parked.
    const { stdout: refs } = await run("git", ["ls-remote", remote.replace("://", `://x:${token}@`)]);
    expect(refs).not.toMatch(/outcomes-pending/);

    const env = { ...process.env, GITHUB_TOKEN: token };
    const ok = await run(process.execPath, [BIN, "audit", "verify", "--from", remote], { env });
    expect(ok.stdout).toMatch(/^100 records intact and chained; newest [0-9a-f]{12}\n$/);

    // Someone with write access edits record 37 and pushes it as a new commit.
    const clone = path.join(work, "clone");
    const authed = remote.replace("://", `://x:${token}@`);
    await run("git", ["clone", "-q", "--branch", OUTCOMES_BRANCH, authed, clone]);
    const month = path.join(clone, "outcomes/2026-12.jsonl");
    const lines = readFileSync(month, "utf8").split("\n");
    lines[36] = lines[36]!.replace(/"usd":[0-9.]+/, '"usd":0');
    writeFileSync(month, lines.join("\n"));
    const git = (...args: string[]) => run("git", ["-c", "user.name=mallory", "-c", "user.email=m@example.com", ...args], { cwd: clone });
    await git("commit", "-qam", "tidy");
    await git("push", "-q", "origin", OUTCOMES_BRANCH);
    const bad = await run(process.execPath, [BIN, "audit", "verify", "--from", remote], { env }).catch((e: { code: number; stderr: string }) => e);
    expect("code" in bad && bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^outcomes\/2026-12\.jsonl:37: record of run issue-to-pr#\d+@\S+ was edited/m);
    expect(bad.stderr).toMatch(/1 problem\(s\) in 100 records/);
  }, 900_000);
});
