import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readJobDir } from "../../src/stages/results.js";

describe("a work job's results, as an agent could forge them", () => {
  it("refuses a duration no node runs (it would overflow the state's counts and lose the run)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "results-bounds-"));
    mkdirSync(path.join(dir, "nodes"));
    const result = (durationMs: number) => JSON.stringify({ node: "implement", stage: "execute", kind: "run", status: "done", exitCode: 0, timedOut: false, durationMs, output: "ok" });
    writeFileSync(path.join(dir, "nodes", "implement.json"), result(1e300));
    const forged = readJobDir(dir, "implement");
    expect(forged.results).toEqual([]);
    expect(forged.problems).toEqual([expect.stringMatching(/durationMs/)]);
    writeFileSync(path.join(dir, "nodes", "implement.json"), result(90_000));
    expect(readJobDir(dir, "implement").results).toHaveLength(1);
  });
});
