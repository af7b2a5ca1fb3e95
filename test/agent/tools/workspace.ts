import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { git } from "../../../src/git/git.js";

/** A fake token in a format the redactor knows; not a real credential. */
export const FAKE_GHP = `ghp_${"a1B2c3D4e5".repeat(4)}`;

/**
 * A workspace with the given files, next to an `outside` directory holding a
 * secret the agent must never see (the target of hostile symlinks).
 */
export function makeWorkspace(files: Record<string, string> = {}): { root: string; outside: string } {
  const base = mkdtempSync(path.join(tmpdir(), "crustyclaw-tools-"));
  const root = path.join(base, "ws");
  const outside = path.join(base, "outside");
  mkdirSync(root);
  mkdirSync(outside);
  writeFileSync(path.join(outside, "secret.txt"), "TOP-SECRET-OUTSIDE\n");
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return { root, outside };
}

export async function gitInit(root: string): Promise<void> {
  await git(["init", "--quiet", "-b", "main"], { cwd: root });
}
