import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  pullData
} from "./chunk-UNI2HRDF.js";

// src/stages/review-data.ts
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
var PULL_FILE = "pull.json";
var MAX_DIFF_CHARS = 400 * 1024;
var MAX_TEXT = 64 * 1024;
var MAX_FILE_BYTES = 4 * 1024 * 1024;
function pullData2(p) {
  return {
    version: 1,
    number: p.number,
    title: p.title.slice(0, MAX_TEXT),
    body: p.body.slice(0, MAX_TEXT),
    base: p.base,
    head: p.head,
    diff: p.diff.slice(0, MAX_DIFF_CHARS),
    truncated: p.diff.length > MAX_DIFF_CHARS
  };
}
function writePullData(dir, data) {
  const text = `${JSON.stringify(data, null, 2)}
`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, PULL_FILE), text);
  return createHash("sha256").update(text).digest("hex");
}
function readPullData(file, sha256) {
  const short = sha256.slice(0, 12);
  if (!file || !existsSync(file)) return { refused: `the pull request to review (${PULL_FILE}, sha256 ${short}\u2026) did not arrive from the route job; refusing to run without it` };
  const st = lstatSync(file);
  if (!st.isFile() || st.size > MAX_FILE_BYTES) return { refused: `${PULL_FILE} from the route job is not a regular file of at most ${MAX_FILE_BYTES} bytes; refusing to run` };
  const text = readFileSync(file);
  const actual = createHash("sha256").update(text).digest("hex");
  if (actual !== sha256) return { refused: `${PULL_FILE} has sha256 ${actual.slice(0, 12)}\u2026, not the ${short}\u2026 the route job wrote; refusing to review a pull request it did not read` };
  let value;
  try {
    value = JSON.parse(text.toString("utf8"));
  } catch (err) {
    return { refused: `${PULL_FILE} from the route job is not JSON (${err.message.slice(0, 200)}); refusing to run` };
  }
  const validate = pullData;
  if (!validate(value)) {
    const e = validate.errors?.[0];
    return { refused: `${PULL_FILE} from the route job does not match its schema: ${e?.instancePath || "(root)"} ${e?.message ?? "is invalid"}; refusing to run` };
  }
  return { data: value };
}

export {
  PULL_FILE,
  pullData2 as pullData,
  writePullData,
  readPullData
};
