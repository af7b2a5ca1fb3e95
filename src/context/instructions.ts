import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as validators from "../generated/validators.js";

/** Agent instruction files, in the order they are given to the model. */
export const INSTRUCTION_FILES = ["AGENTS.md", "CLAUDE.md", ".github/copilot-instructions.md", ".crustyclaw/instructions.md"] as const;
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

/**
 * Work jobs that check out a pull request's head (feedback rounds) cannot read the rules from
 * their workspace: the pull request may have changed them. The route job, whose checkout is
 * the default branch (the base of every pull request CrustyClaw opens), reads them and hands
 * them over as `instructions.json` in its artifact (`crustyclaw-route`), with the file's
 * sha256 as a job output that nothing after the route job can change. The work step checks
 * the file against both the hash and INSTRUCTIONS_SCHEMA before an agent sees a word of it.
 */
export const INSTRUCTIONS_FILE = "instructions.json";
const MAX_FILE_BYTES = INSTRUCTION_FILES.length * (MAX_BYTES + 1024) * 4;

/** JSON Schema of `instructions.json`. */
export const INSTRUCTIONS_SCHEMA = {
  $id: "https://crustyclaw.dev/schema/instructions.json",
  title: "CrustyClaw instruction files from the base branch",
  type: "object",
  additionalProperties: false,
  required: ["version", "files"],
  properties: {
    version: { const: 1 },
    files: {
      type: "array",
      maxItems: INSTRUCTION_FILES.length,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path", "text"],
        properties: { path: { enum: INSTRUCTION_FILES }, text: { type: "string", maxLength: MAX_BYTES + 100 } },
      },
    },
  },
} as const;

/** Write the instruction files for the work jobs; returns the file's sha256, or undefined when there are none (and no file). */
export function writeBaseInstructions(dir: string, files: InstructionFile[]): string | undefined {
  if (files.length === 0) return undefined;
  const text = `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, INSTRUCTIONS_FILE), text);
  return createHash("sha256").update(text).digest("hex");
}

/**
 * The base branch's instruction files as the route job handed them over (`file`), checked
 * against `sha256` (the route job's `instructions` output) and the schema; or why they
 * cannot be used. The agent must not run with rules nobody can vouch for.
 */
export function readBaseInstructions(file: string | undefined, sha256: string): { files: InstructionFile[] } | { refused: string } {
  const short = sha256.slice(0, 12);
  if (!file || !existsSync(file)) return { refused: `the base branch's instruction files (sha256 ${short}…) did not arrive from the route job; refusing to run without them` };
  const st = lstatSync(file);
  if (!st.isFile() || st.size > MAX_FILE_BYTES) return { refused: `${INSTRUCTIONS_FILE} from the route job is not a regular file of at most ${MAX_FILE_BYTES} bytes; refusing to run` };
  const text = readFileSync(file);
  const actual = createHash("sha256").update(text).digest("hex");
  if (actual !== sha256) return { refused: `${INSTRUCTIONS_FILE} has sha256 ${actual.slice(0, 12)}…, not the ${short}… the route job wrote; refusing to run with instruction files it did not read` };
  let value: unknown;
  try {
    value = JSON.parse(text.toString("utf8"));
  } catch (err) {
    return { refused: `${INSTRUCTIONS_FILE} from the route job is not JSON (${(err as Error).message.slice(0, 200)}); refusing to run` };
  }
  const validate = validators.instructions;
  if (!validate(value)) {
    const e = validate.errors?.[0];
    return { refused: `${INSTRUCTIONS_FILE} from the route job does not match its schema: ${e?.instancePath || "(root)"} ${e?.message ?? "is invalid"}; refusing to run` };
  }
  return { files: (value as { files: InstructionFile[] }).files };
}
