import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Agent instruction files, in the order they are given to the model. */
export const INSTRUCTION_FILES = ["AGENTS.md", "CLAUDE.md", ".github/copilot-instructions.md", ".crustyclaw/instructions.md"];
const MAX_BYTES = 32 * 1024;

export interface InstructionFile {
  path: string;
  text: string;
}

/**
 * Read the repository's instruction files from a checkout of the base branch.
 * Callers must not pass a pull request's head: its author could rewrite the rules.
 */
export function readInstructionFiles(baseCheckout: string): InstructionFile[] {
  const out: InstructionFile[] = [];
  for (const rel of INSTRUCTION_FILES) {
    const file = path.join(baseCheckout, rel);
    if (!existsSync(file)) continue;
    let text = readFileSync(file, "utf8");
    if (Buffer.byteLength(text) > MAX_BYTES) text = `${text.slice(0, MAX_BYTES)}\n[… truncated at ${MAX_BYTES} bytes]`;
    out.push({ path: rel, text });
  }
  return out;
}
