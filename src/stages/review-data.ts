/**
 * The pull request a review run reviews (review-pr): its number, title, text, base branch,
 * the head commit the work job checks out, and its diff from the merge base. The route job
 * reads it from the forge and writes it as `pull.json` in its artifact (`crustyclaw-route`),
 * with the file's sha256 as its `review` output; the review agent's step checks the file
 * against both before the agent sees any of it.
 *
 * The title, text and diff are the pull request author's (untrusted: they reach a model only
 * delimited). Publish never reads this file: it posts on the commit its own checkout holds,
 * and checks the agent's comments against the diff it reads from the forge itself.
 */
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as validators from "../generated/validators.js";

export const PULL_FILE = "pull.json";
/** The most of a diff handed to the agent; the rest is cut, saying so (the agent can read the files). */
export const MAX_DIFF_CHARS = 400 * 1024;
const MAX_TEXT = 64 * 1024;
const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface PullData {
  version: 1;
  number: number;
  title: string;
  body: string;
  /** The branch it merges into. */
  base: string;
  /** The commit reviewed: the pull request's head when the route job read it. */
  head: string;
  /** Unified diff from the merge base to `head`, at most MAX_DIFF_CHARS. */
  diff: string;
  /** The diff was longer and is cut. */
  truncated: boolean;
}

/** JSON Schema of `pull.json`. */
export const PULL_DATA_SCHEMA = {
  $id: "https://crustyclaw.dev/schema/pull.json",
  title: "CrustyClaw pull request under review",
  type: "object",
  additionalProperties: false,
  required: ["version", "number", "title", "body", "base", "head", "diff", "truncated"],
  properties: {
    version: { const: 1 },
    number: { type: "integer", minimum: 1 },
    title: { type: "string", maxLength: MAX_TEXT },
    body: { type: "string", maxLength: MAX_TEXT },
    base: { type: "string", minLength: 1, maxLength: 255 },
    head: { type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" },
    diff: { type: "string", maxLength: MAX_DIFF_CHARS },
    truncated: { type: "boolean" },
  },
} as const;

/** The data as kept: title and text cut to the schema's limits, the diff to MAX_DIFF_CHARS. */
export function pullData(p: { number: number; title: string; body: string; base: string; head: string; diff: string }): PullData {
  return {
    version: 1,
    number: p.number,
    title: p.title.slice(0, MAX_TEXT),
    body: p.body.slice(0, MAX_TEXT),
    base: p.base,
    head: p.head,
    diff: p.diff.slice(0, MAX_DIFF_CHARS),
    truncated: p.diff.length > MAX_DIFF_CHARS,
  };
}

/** Write `pull.json` for the work jobs; returns its sha256 (the route job's `review` output). */
export function writePullData(dir: string, data: PullData): string {
  const text = `${JSON.stringify(data, null, 2)}\n`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, PULL_FILE), text);
  return createHash("sha256").update(text).digest("hex");
}

/**
 * `pull.json` as the route job wrote it (`file`), checked against `sha256` (its `review`
 * output) and the schema; or why it cannot be used.
 */
export function readPullData(file: string | undefined, sha256: string): { data: PullData } | { refused: string } {
  const short = sha256.slice(0, 12);
  if (!file || !existsSync(file)) return { refused: `the pull request to review (${PULL_FILE}, sha256 ${short}…) did not arrive from the route job; refusing to run without it` };
  const st = lstatSync(file);
  if (!st.isFile() || st.size > MAX_FILE_BYTES) return { refused: `${PULL_FILE} from the route job is not a regular file of at most ${MAX_FILE_BYTES} bytes; refusing to run` };
  const text = readFileSync(file);
  const actual = createHash("sha256").update(text).digest("hex");
  if (actual !== sha256) return { refused: `${PULL_FILE} has sha256 ${actual.slice(0, 12)}…, not the ${short}… the route job wrote; refusing to review a pull request it did not read` };
  let value: unknown;
  try {
    value = JSON.parse(text.toString("utf8"));
  } catch (err) {
    return { refused: `${PULL_FILE} from the route job is not JSON (${(err as Error).message.slice(0, 200)}); refusing to run` };
  }
  const validate = validators.pullData;
  if (!validate(value)) {
    const e = validate.errors?.[0];
    return { refused: `${PULL_FILE} from the route job does not match its schema: ${e?.instancePath || "(root)"} ${e?.message ?? "is invalid"}; refusing to run` };
  }
  return { data: value as PullData };
}
