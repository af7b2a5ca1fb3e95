import { sha256 } from "../util/hash.js";
import { isTranscriptLinks, MAX_LINKS, TRANSCRIPT_FILE, type TranscriptLink } from "./transcripts.js";

/**
 * One run's outcome, as the outcome store keeps it: a line of JSON in
 * `outcomes/<yyyy-mm>.jsonl` on the `crustyclaw/outcomes` branch. A run that ends twice
 * (escalated, then merged once a person fixed it) has a record for each ending, with the
 * same `run`; readers take a run's latest record as its outcome.
 */
export interface OutcomeRecord {
  version: 1;
  /** When the record was written (ISO 8601, UTC). */
  at: string;
  /** `<blueprint>#<issue>@<startedAt>`: the same for every record of one run. */
  run: string;
  blueprint: string;
  /** sha256 of the blueprint file the run was compiled from, when the job knew it. */
  blueprintSha256?: string;
  /** The event kind that started the run's latest step (`issue`, `comment`, `review`, `ci`, `schedule`, …). */
  trigger: string;
  /** Who started that step (a forge login). */
  actor?: string;
  issue: number;
  pull?: number;
  outcome: OutcomeClass;
  /** Why an escalated run escalated, by kind; with `reason` in words. */
  cause?: EscalationCause;
  reason?: string;
  ciRounds: number;
  reviewRounds: number;
  turns: number;
  tokens: number;
  usd: number;
  /** Some model call had no known price: `usd` counts only the priced ones. */
  unpriced?: true;
  /** Wall time of each stage's nodes, summed over the run's rounds (milliseconds). */
  stageMs: Partial<Record<string, number>>;
  startedAt: string;
  /** When the pull request was opened. */
  pullAt?: string;
  endedAt: string;
  /** Files the run's last push changed. */
  files?: number;
  /** What people decided, who and when. */
  decisions: Decision[];
  /** The workflow run, for its logs and artifacts. */
  runUrl?: string;
  /** The run's agent transcripts archived on the store's branch so far (path and sha256 of each archive), oldest first. */
  transcripts?: TranscriptLink[];
  /** `hash` of the record before this one in the store; 64 zeros for the first. */
  prev: string;
  /** sha256 of this record's canonical JSON without `hash`. */
  hash: string;
}

export type OutcomeClass = "merged" | "closed" | "rejected" | "escalated" | "reviewed";
export const OUTCOME_CLASSES: readonly OutcomeClass[] = ["merged", "closed", "rejected", "escalated", "reviewed"];

/** Escalation causes: the issue's list, plus `failure` (a node failed) and `forge` (pushing or posting failed). */
export type EscalationCause = "budget" | "gate" | "sandbox" | "ci" | "review" | "timeout" | "conflict" | "failure" | "forge";
export const ESCALATION_CAUSES: readonly EscalationCause[] = ["budget", "gate", "sandbox", "ci", "review", "timeout", "conflict", "failure", "forge"];

export interface Decision {
  by: string;
  at: string;
  what: DecisionKind;
  /** A `/reject` reason, a review's state: short, as people wrote it (redacted). */
  note?: string;
}

export type DecisionKind = "approve" | "reject" | "review-approved" | "changes-requested" | "command" | "merge" | "close";
export const DECISION_KINDS: readonly DecisionKind[] = ["approve", "reject", "review-approved", "changes-requested", "command", "merge", "close"];

/** The `prev` of the first record. */
export const GENESIS = "0".repeat(64);

/** JSON with object keys sorted, recursively: the text a record's hash is taken over. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The hash a record should carry: over everything but `hash` itself. */
export function recordHash(record: Omit<OutcomeRecord, "hash"> | OutcomeRecord): string {
  const { hash: _, ...rest } = record as OutcomeRecord;
  return sha256(canonicalJson(rest));
}

/** A record chained after `prev`: `prev` set, `hash` computed. */
export function chained(record: Omit<OutcomeRecord, "prev" | "hash">, prev: string): OutcomeRecord {
  const linked = { ...record, prev };
  return { ...linked, hash: recordHash(linked) };
}

/** The JSON Lines form of a record: one line, no trailing newline. */
export function recordLine(record: OutcomeRecord): string {
  return canonicalJson(record);
}

/** The month file a record goes to: `outcomes/2026-12.jsonl`. */
export function monthFile(at: string): string {
  return `outcomes/${at.slice(0, 7)}.jsonl`;
}
export const MONTH_FILE = /^outcomes\/(\d{4}-\d{2})\.jsonl$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isAmount = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;
/** ISO 8601 in UTC, as CrustyClaw writes times: nothing else (a free-form date could carry markup into a report). */
const isTime = (v: unknown): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(v) && Number.isFinite(Date.parse(v));
const isText = (v: unknown, max: number): v is string => typeof v === "string" && v.length <= max;
const isHash = (v: unknown): v is string => typeof v === "string" && /^[0-9a-f]{64}$/.test(v);

const REQUIRED = ["version", "at", "run", "blueprint", "trigger", "issue", "outcome", "ciRounds", "reviewRounds", "turns", "tokens", "usd", "stageMs", "startedAt", "endedAt", "decisions", "prev", "hash"];
const OPTIONAL = ["blueprintSha256", "actor", "pull", "cause", "reason", "unpriced", "pullAt", "files", "runUrl", "transcripts"];
const KEYS = new Set([...REQUIRED, ...OPTIONAL]);

/**
 * A line of the store read back as a record, or what is wrong with it. Shape only: whether
 * its hash and chain hold is verifyChain's question.
 */
export function parseRecordLine(line: string): OutcomeRecord | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (err) {
    return `not JSON (${(err as Error).message})`;
  }
  if (!isRecord(v)) return "not a JSON object";
  const unknown = Object.keys(v).filter((k) => !KEYS.has(k));
  if (unknown.length > 0) return `unknown field ${unknown.map((k) => `'${k}'`).join(", ")}`;
  const missing = REQUIRED.filter((k) => v[k] === undefined);
  if (missing.length > 0) return `missing field ${missing.map((k) => `'${k}'`).join(", ")}`;
  const bad = (field: string, what: string) => `field '${field}' is not ${what}`;
  if (v.version !== 1) return bad("version", "1");
  for (const k of ["at", "startedAt", "endedAt"]) if (!isTime(v[k])) return bad(k, "a time");
  if (v.pullAt !== undefined && !isTime(v.pullAt)) return bad("pullAt", "a time");
  for (const k of ["run", "blueprint", "trigger"]) if (!isText(v[k], 200)) return bad(k, "a short text");
  if (v.actor !== undefined && !isText(v.actor, 200)) return bad("actor", "a short text");
  if (v.reason !== undefined && !isText(v.reason, 2000)) return bad("reason", "a text of at most 2000 characters");
  if (v.runUrl !== undefined && !isText(v.runUrl, 2000)) return bad("runUrl", "a URL");
  if (!isCount(v.issue) || v.issue === 0) return bad("issue", "an issue number");
  if (v.pull !== undefined && (!isCount(v.pull) || v.pull === 0)) return bad("pull", "a pull request number");
  if (!OUTCOME_CLASSES.includes(v.outcome as OutcomeClass)) return bad("outcome", `one of ${OUTCOME_CLASSES.join(", ")}`);
  if (v.cause !== undefined && !ESCALATION_CAUSES.includes(v.cause as EscalationCause)) return bad("cause", `one of ${ESCALATION_CAUSES.join(", ")}`);
  for (const k of ["ciRounds", "reviewRounds", "turns", "tokens"]) if (!isCount(v[k])) return bad(k, "a count");
  if (v.files !== undefined && !isCount(v.files)) return bad("files", "a count");
  if (!isAmount(v.usd)) return bad("usd", "an amount");
  if (v.unpriced !== undefined && v.unpriced !== true) return bad("unpriced", "true");
  if (!isRecord(v.stageMs) || !Object.values(v.stageMs).every(isCount)) return bad("stageMs", "a map of stage to milliseconds");
  if (!Array.isArray(v.decisions) || !v.decisions.every(isDecision)) return bad("decisions", "a list of {by, at, what, note?}");
  if (v.blueprintSha256 !== undefined && !isHash(v.blueprintSha256)) return bad("blueprintSha256", "a sha256");
  if (v.transcripts !== undefined && !isTranscriptLinks(v.transcripts)) {
    return bad("transcripts", `a list of at most ${MAX_LINKS} {path: transcripts/…jsonl.gz, sha256}`);
  }
  if (!isHash(v.prev)) return bad("prev", "a sha256");
  if (!isHash(v.hash)) return bad("hash", "a sha256");
  return v as unknown as OutcomeRecord;
}

function isDecision(v: unknown): v is Decision {
  if (!isRecord(v) || Object.keys(v).some((k) => !["by", "at", "what", "note"].includes(k))) return false;
  return isText(v.by, 200) && isTime(v.at) && DECISION_KINDS.includes(v.what as DecisionKind) && (v.note === undefined || isText(v.note, 1000));
}

/** One month file of the store, as read from the branch. */
export interface StoreFile {
  path: string;
  text: string;
}

/** A record in the store and where it is. */
export interface Located {
  record: OutcomeRecord;
  file: string;
  line: number;
}

export interface ChainReport {
  records: Located[];
  /** The newest record's hash, or GENESIS for an empty store. */
  head: string;
  /** What is broken, each naming the record (file:line) — empty when the chain holds. */
  problems: string[];
}

/**
 * Read and check the whole store: every line a record, every record's hash its own, every
 * `prev` its predecessor's hash, month files in order. An edited record fails its own
 * hash; a removed or reordered one breaks the `prev` of the record after it.
 */
export function verifyChain(files: readonly StoreFile[], archives?: ReadonlyMap<string, string>): ChainReport {
  const problems: string[] = [];
  const records: Located[] = [];
  const sorted = files.filter((f) => MONTH_FILE.test(f.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
  for (const f of files) {
    if (!MONTH_FILE.test(f.path) && !TRANSCRIPT_FILE.test(f.path)) problems.push(`${f.path}: neither a month file (outcomes/<yyyy-mm>.jsonl) nor a transcript archive (transcripts/…/*.jsonl.gz); the store holds nothing else`);
  }
  let prev = GENESIS;
  let prevWhere = "the start of the store";
  for (const f of sorted) {
    const lines = f.text.split("\n");
    if (lines.at(-1) === "") lines.pop();
    lines.forEach((text, i) => {
      const where = `${f.path}:${i + 1}`;
      const parsed = parseRecordLine(text);
      if (typeof parsed === "string") {
        problems.push(`${where}: not a record: ${parsed}`);
        return;
      }
      const own = recordHash(parsed);
      if (own !== parsed.hash) problems.push(`${where}: record of run ${parsed.run} was edited: its content hashes to ${own.slice(0, 12)}, it says ${parsed.hash.slice(0, 12)}`);
      else if (parsed.prev !== prev) problems.push(`${where}: record of run ${parsed.run} does not follow ${prevWhere} (it names ${parsed.prev.slice(0, 12)} before it, that record hashes to ${prev.slice(0, 12)}): a record between them was removed, inserted or reordered`);
      if (monthFile(parsed.at) > f.path) problems.push(`${where}: record written at ${parsed.at} is in an earlier month's file`);
      // A link is part of the record, so of its hash: the archive it names must still be there, byte for byte.
      for (const link of archives ? (parsed.transcripts ?? []) : []) {
        const found = archives!.get(link.path);
        if (found === undefined) problems.push(`${where}: record of run ${parsed.run} links transcript archive ${link.path}, which is not in the store: it was removed`);
        else if (found !== link.sha256) problems.push(`${where}: transcript archive ${link.path} of run ${parsed.run} was edited: it hashes to ${found.slice(0, 12)}, its record says ${link.sha256.slice(0, 12)}`);
      }
      records.push({ record: parsed, file: f.path, line: i + 1 });
      prev = parsed.hash;
      prevWhere = where;
    });
  }
  return { records, head: prev, problems };
}
