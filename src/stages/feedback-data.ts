/**
 * What a feedback round is about: the review that asked for it (body and state), every
 * inline comment of that review (path, line, side, body), and the comments people left on
 * the issue and the pull request since the last round. The route job gathers it from the
 * forge and writes it as `feedback.json` in its artifact (`crustyclaw-route`); the work
 * jobs and the publish job read it from there, never from the event again.
 *
 * Every text in it is a person's (untrusted: it reaches a model only delimited, and a
 * comment only made inert), and the file crossed a job boundary: readers check it against
 * FEEDBACK_SCHEMA (precompiled, `validators.feedback`) before using any of it.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as validators from "../generated/validators.js";
import type { DiffSide } from "../forge/forge.js";

export const FEEDBACK_FILE = "feedback.json";
/** The most of one body kept; the rest is cut with a note saying so. */
export const MAX_FEEDBACK_BODY = 16 * 1024;
/** Inline comments and follow-up comments kept per round (the newest follow-ups). */
export const MAX_INLINE_COMMENTS = 100;
export const MAX_FOLLOW_UPS = 30;
/** Failing checks kept per round, and the most of each one's log kept: its tail, where failures are. */
export const MAX_CI_CHECKS = 10;
export const MAX_CI_LOG_BYTES = 8 * 1024;
const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface FeedbackData {
  version: 1;
  /** The pull request the round works on. */
  pull: number;
  /** The review that started the round; absent when something else did (failing CI). */
  review?: { id: number; author: string; state: "changes_requested" | "commented"; body: string };
  /** The inline comments of that review, oldest first. */
  comments: Array<{ id: number; author: string; path: string; line?: number; side: DiffSide; body: string; inReplyTo?: number }>;
  /** Comments on the issue (`on` is its number) or the pull request since the last round, not CrustyClaw's own, oldest first. */
  followUps: Array<{ id: number; author: string; on: number; body: string }>;
  /**
   * A round started by failing CI: the commit the checks ran on and each failing check's
   * name, the forge's word for its outcome, its link and description, and (GitHub Actions
   * jobs) the tail of its log, redacted. Check names, descriptions and logs are data too.
   */
  ci?: { sha: string; checks: CiFailure[] };
}

export interface CiFailure {
  name: string;
  conclusion: string;
  url?: string;
  description?: string;
  log?: string;
}

const id = { type: "integer", minimum: 1 } as const;
const login = { type: "string", minLength: 1, maxLength: 100 } as const;
const body = { type: "string", maxLength: MAX_FEEDBACK_BODY + 100 } as const;

/** JSON Schema of `feedback.json`. */
export const FEEDBACK_SCHEMA = {
  $id: "https://crustyclaw.dev/schema/feedback.json",
  title: "CrustyClaw feedback round",
  type: "object",
  additionalProperties: false,
  required: ["version", "pull", "comments", "followUps"],
  properties: {
    version: { const: 1 },
    pull: id,
    review: {
      type: "object",
      additionalProperties: false,
      required: ["id", "author", "state", "body"],
      properties: { id, author: login, state: { enum: ["changes_requested", "commented"] }, body },
    },
    comments: {
      type: "array",
      maxItems: MAX_INLINE_COMMENTS,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "author", "path", "side", "body"],
        properties: { id, author: login, path: { type: "string", minLength: 1, maxLength: 4096 }, line: id, side: { enum: ["LEFT", "RIGHT"] }, body, inReplyTo: id },
      },
    },
    followUps: {
      type: "array",
      maxItems: MAX_FOLLOW_UPS,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "author", "on", "body"],
        properties: { id, author: login, on: id, body },
      },
    },
    ci: {
      type: "object",
      additionalProperties: false,
      required: ["sha", "checks"],
      properties: {
        sha: { type: "string", pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" },
        checks: {
          type: "array",
          maxItems: MAX_CI_CHECKS,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["name", "conclusion"],
            properties: {
              name: { type: "string", minLength: 1, maxLength: 1024 },
              conclusion: { type: "string", maxLength: 64 },
              url: { type: "string", maxLength: 4096 },
              description: { type: "string", maxLength: 4096 },
              // A tail of MAX_CI_LOG_BYTES bytes is at most that many characters, plus the note saying where it was cut.
              log: { type: "string", maxLength: MAX_CI_LOG_BYTES + 200 },
            },
          },
        },
      },
    },
  },
} as const;

/** A body as kept: at most MAX_FEEDBACK_BODY characters, saying where it was cut. */
export function keepBody(text: string): string {
  return text.length <= MAX_FEEDBACK_BODY ? text : `${text.slice(0, MAX_FEEDBACK_BODY)}\n[… cut at ${MAX_FEEDBACK_BODY} characters]`;
}

/**
 * The tail of a log within MAX_CI_LOG_BYTES bytes of UTF-8 (failures are at the end), from
 * the start of a line, saying how much was cut.
 */
export function logTail(log: string, budget = MAX_CI_LOG_BYTES): string {
  const bytes = Buffer.from(log, "utf8");
  if (bytes.length <= budget) return log;
  let tail = bytes.subarray(bytes.length - budget).toString("utf8").replace(/^\uFFFD+/, "");
  const nl = tail.indexOf("\n");
  if (nl >= 0 && nl < tail.length - 1) tail = tail.slice(nl + 1);
  return `[… the first ${bytes.length - Buffer.byteLength(tail, "utf8")} bytes of the log cut]\n${tail}`;
}

export function writeFeedback(dir: string, data: FeedbackData): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, FEEDBACK_FILE), `${JSON.stringify(data, null, 2)}\n`);
}

/**
 * A `feedback.json` as the route job wrote it: the data, nothing when there is no such
 * file (no round was started by a review), or a problem naming what is wrong with it.
 */
export function readFeedback(file: string | undefined): { data?: FeedbackData; problem?: string } {
  if (!file || !existsSync(file)) return {};
  const where = `${path.basename(path.dirname(file))}/${path.basename(file)}`;
  const st = lstatSync(file);
  if (!st.isFile()) return { problem: `${where} is not a regular file` };
  if (st.size > MAX_FILE_BYTES) return { problem: `${where} is ${st.size} bytes; the limit is ${MAX_FILE_BYTES}` };
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    return { problem: `${where} is not JSON (${(err as Error).message.slice(0, 200)})` };
  }
  const validate = validators.feedback;
  if (!validate(value)) {
    const e = validate.errors?.[0];
    return { problem: `${where} is not a feedback round as the route job writes it: ${e?.instancePath || "(root)"} ${e?.message ?? "is invalid"}` };
  }
  return { data: value as FeedbackData };
}
