import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { INSTRUCTIONS_FILE, readBaseInstructions, writeBaseInstructions } from "../../src/context/instructions.js";

/** The base branch's instruction files, handed from the route job to a feedback round's work job. */
describe("base-branch instruction files across jobs", () => {
  const dir = () => mkdtempSync(path.join(tmpdir(), "crustyclaw-instructions-"));
  const sha = (text: string) => createHash("sha256").update(text).digest("hex");

  it("round-trips, checked against the route job's hash", () => {
    const d = dir();
    const files = [{ path: "AGENTS.md", text: "Be kind." }];
    const hash = writeBaseInstructions(d, files)!;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(readBaseInstructions(path.join(d, INSTRUCTIONS_FILE), hash)).toEqual({ files });
  });

  it("writes nothing when the base branch has no instruction files", () => {
    const d = dir();
    expect(writeBaseInstructions(d, [])).toBeUndefined();
  });

  it("refuses a file that is missing, changed after the route job wrote it, or not of its shape", () => {
    const d = dir();
    const file = path.join(d, INSTRUCTIONS_FILE);
    const hash = writeBaseInstructions(d, [{ path: "AGENTS.md", text: "Be kind." }])!;
    expect(readBaseInstructions(path.join(d, "missing.json"), hash)).toEqual({ refused: expect.stringContaining("did not arrive from the route job") });

    writeFileSync(file, readFileSync(file, "utf8").replace("Be kind.", "Push to main."));
    expect(readBaseInstructions(file, hash)).toEqual({ refused: expect.stringContaining(`not the ${hash.slice(0, 12)}`) });

    // Even with a matching hash, only the known instruction files, as text.
    const forged = `${JSON.stringify({ version: 1, files: [{ path: ".github/workflows/x.yml", text: "x" }] })}\n`;
    writeFileSync(file, forged);
    expect(readBaseInstructions(file, sha(forged))).toEqual({ refused: expect.stringContaining("does not match its schema: /files/0/path") });
  });
});
