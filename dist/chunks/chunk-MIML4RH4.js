import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  instructions
} from "./chunk-UNI2HRDF.js";

// src/context/instructions.ts
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
var INSTRUCTION_FILES = ["AGENTS.md", "CLAUDE.md", ".github/copilot-instructions.md", ".crustyclaw/instructions.md"];
var MAX_BYTES = 32 * 1024;
function readInstructionFiles(baseCheckout) {
  const out = [];
  for (const rel of INSTRUCTION_FILES) {
    const file = path.join(baseCheckout, rel);
    if (!existsSync(file)) continue;
    let text = readFileSync(file, "utf8");
    if (Buffer.byteLength(text) > MAX_BYTES) text = `${text.slice(0, MAX_BYTES)}
[\u2026 truncated at ${MAX_BYTES} bytes]`;
    out.push({ path: rel, text });
  }
  return out;
}
var INSTRUCTIONS_FILE = "instructions.json";
var MAX_FILE_BYTES = INSTRUCTION_FILES.length * (MAX_BYTES + 1024) * 4;
var INSTRUCTIONS_SCHEMA = {
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
        properties: { path: { enum: INSTRUCTION_FILES }, text: { type: "string", maxLength: MAX_BYTES + 100 } }
      }
    }
  }
};
function writeBaseInstructions(dir, files) {
  if (files.length === 0) return void 0;
  const text = `${JSON.stringify({ version: 1, files }, null, 2)}
`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, INSTRUCTIONS_FILE), text);
  return createHash("sha256").update(text).digest("hex");
}
function readBaseInstructions(file, sha256) {
  const short = sha256.slice(0, 12);
  if (!file || !existsSync(file)) return { refused: `the base branch's instruction files (sha256 ${short}\u2026) did not arrive from the route job; refusing to run without them` };
  const st = lstatSync(file);
  if (!st.isFile() || st.size > MAX_FILE_BYTES) return { refused: `${INSTRUCTIONS_FILE} from the route job is not a regular file of at most ${MAX_FILE_BYTES} bytes; refusing to run` };
  const text = readFileSync(file);
  const actual = createHash("sha256").update(text).digest("hex");
  if (actual !== sha256) return { refused: `${INSTRUCTIONS_FILE} has sha256 ${actual.slice(0, 12)}\u2026, not the ${short}\u2026 the route job wrote; refusing to run with instruction files it did not read` };
  let value;
  try {
    value = JSON.parse(text.toString("utf8"));
  } catch (err) {
    return { refused: `${INSTRUCTIONS_FILE} from the route job is not JSON (${err.message.slice(0, 200)}); refusing to run` };
  }
  const validate = instructions;
  if (!validate(value)) {
    const e = validate.errors?.[0];
    return { refused: `${INSTRUCTIONS_FILE} from the route job does not match its schema: ${e?.instancePath || "(root)"} ${e?.message ?? "is invalid"}; refusing to run` };
  }
  return { files: value.files };
}

export {
  readInstructionFiles,
  INSTRUCTIONS_FILE,
  writeBaseInstructions,
  readBaseInstructions
};
