import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Node } from "../../src/blueprint/types.js";
import type { WorkJob } from "../../src/pipeline/fuse.js";
import { DONE_PATCH, recordResult, resume, type NodeResult } from "../../src/stages/run-node.js";

/**
 * Continuity's unit: what a re-run of a job takes from an earlier attempt's out-dir, which an
 * agent's job wrote, so it is checked like any result and dropped when unusable.
 */
const node = (id: string): Node => ({ id, stage: "execute", needs: [], trust: "internal", kind: "run", run: "true", secrets: [], minutes: 1, network: "any" });
const [a, b] = [node("a"), node("b")];
const job: WorkJob = { id: "a", nodes: [a, b], trust: "internal", secrets: [], needs: [] };
const done = (n: Node): NodeResult => ({ node: n.id, stage: n.stage, kind: n.kind, status: "done", exitCode: 0, timedOut: false, durationMs: 5, output: "ok" });

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-resume-"));
  const g = (...args: string[]) => execFileSync("git", ["-C", dir, ...args], { encoding: "utf8" });
  g("init", "-q");
  writeFileSync(path.join(dir, "README.md"), "# app\n");
  g("add", "-A");
  g("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "init");
  return dir;
}

/** An earlier attempt: node a wrote a.txt and finished; node b wrote half of b.txt and failed. */
async function earlierAttempt(): Promise<string> {
  const ws = workspace();
  const out = mkdtempSync(path.join(tmpdir(), "crustyclaw-out-"));
  writeFileSync(path.join(ws, "a.txt"), "from a\n");
  await recordResult(out, ws, done(a));
  writeFileSync(path.join(ws, "b.txt"), "half\n");
  await recordResult(out, ws, { ...done(b), status: "failed", exitCode: 1 });
  return out;
}

describe("resume", () => {
  it("applies the change set as of the last finished node, and skips only the nodes that finished", async () => {
    const out = await earlierAttempt();
    const ws = workspace();
    const lines: string[] = [];
    expect(await resume(out, ws, job, a, 2, (l) => lines.push(l))).toMatchObject({ node: "a", status: "done" });
    expect(readFileSync(path.join(ws, "a.txt"), "utf8")).toBe("from a\n");
    // The failed node's partial work is not carried: it runs again from where a left the workspace.
    expect(existsSync(path.join(ws, "b.txt"))).toBe(false);
    expect(await resume(out, ws, job, b, 2, (l) => lines.push(l))).toBeUndefined();
    expect(lines).toEqual(["node 'a' finished in an earlier attempt of this job: its result and changes stand, and it does not run again"]);
  });

  it("takes nothing over in a first attempt, whatever the out-dir holds", async () => {
    const out = await earlierAttempt();
    const ws = workspace();
    expect(await resume(out, ws, job, a, 1, () => {})).toBeUndefined();
    expect(existsSync(path.join(ws, "a.txt"))).toBe(false);
  });

  it("runs everything when there is no earlier attempt", async () => {
    const out = mkdtempSync(path.join(tmpdir(), "crustyclaw-out-"));
    expect(await resume(out, workspace(), job, a, 2, () => {})).toBeUndefined();
  });

  it("drops hostile or broken results and starts over, workspace untouched", async () => {
    const cases: Array<[string, (out: string) => void]> = [
      ["a result of a node of another job", (out) => writeFileSync(path.join(out, "nodes", "c.json"), JSON.stringify({ ...done(a), node: "c" }))],
      ["a result that is not one", (out) => writeFileSync(path.join(out, "nodes", "a.json"), JSON.stringify({ node: "a", status: "done", evil: true }))],
      ["a change set that does not apply", (out) => writeFileSync(path.join(out, DONE_PATCH), "diff --git a/README.md b/README.md\n--- a/README.md\n+++ b/README.md\n@@ -1 +1 @@\n-not what is there\n+x\n")],
      ["a change set into .git", (out) => writeFileSync(path.join(out, DONE_PATCH), "diff --git a/.git/config b/.git/config\n--- a/.git/config\n+++ b/.git/config\n@@ -0,0 +1 @@\n+[core]\n")],
    ];
    for (const [what, spoil] of cases) {
      const out = await earlierAttempt();
      spoil(out);
      const ws = workspace();
      const before = readFileSync(path.join(ws, ".git", "config"), "utf8");
      const lines: string[] = [];
      expect(await resume(out, ws, job, a, 2, (l) => lines.push(l)), what).toBeUndefined();
      expect(lines[0], what).toMatch(/^the results of an earlier attempt of this job are not used \(.+\); its nodes run again$/);
      expect(readdirSync(out), what).toEqual([]);
      expect(execFileSync("git", ["-C", ws, "status", "--porcelain"], { encoding: "utf8" }), what).toBe("");
      expect(readFileSync(path.join(ws, ".git", "config"), "utf8"), what).toBe(before);
      mkdirSync(path.join(out, "nodes"), { recursive: true });
    }
  });
});
