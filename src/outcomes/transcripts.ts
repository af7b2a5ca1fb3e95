import { gunzipSync, gzipSync } from "node:zlib";
import { sha256 } from "../util/hash.js";

/**
 * Agent transcripts kept on the outcome branch beyond artifact retention: one gzipped JSON
 * Lines archive per publish job (every agent node of the segment), under
 * `transcripts/<blueprint>/<issue>-<started>/`, linked from the run's records by path and
 * sha256. The transcripts come from work jobs' artifacts, which an agent's commands may have
 * written: every line is re-read as a JSON object, long texts are cut, and the archive is
 * bounded, so what lands on the branch is data of a known shape and size.
 */

/** One archived file, as a record links it. */
export interface TranscriptLink {
  path: string;
  /** sha256 of the archive's bytes (gzip), which `audit verify` checks. */
  sha256: string;
}

/** The most an archive holds before gzip; lines past it are dropped and counted. */
export const MAX_ARCHIVE_BYTES = 4 * 1024 * 1024;
/** The longest string kept in an entry (a tool's output, a model's text); longer ones are cut and say by how much. */
export const MAX_FIELD_CHARS = 16 * 1024;
/** The most archives a run's records link (a run of many rounds keeps its newest). */
export const MAX_LINKS = 30;

export const TRANSCRIPT_FILE = /^transcripts\/[a-z][a-z0-9-]{0,63}\/[1-9][0-9]{0,9}-[0-9]{8}T[0-9]{6}Z\/[a-z][a-z0-9-]{0,47}-[0-9]{1,20}-[0-9]{1,5}\.jsonl\.gz$/;

/** A run's links as records and the tracking state keep them: at most MAX_LINKS, each exactly {path, sha256}. */
export function isTranscriptLinks(v: unknown): v is TranscriptLink[] {
  return Array.isArray(v) && v.length <= MAX_LINKS && v.every(isLink);
}

function isLink(v: unknown): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v) || Object.keys(v).length !== 2) return false;
  const { path, sha256 } = v as Record<string, unknown>;
  return typeof path === "string" && TRANSCRIPT_FILE.test(path) && typeof sha256 === "string" && /^[0-9a-f]{64}$/.test(sha256);
}

/** Where a publish job's archive goes: by run (blueprint, issue, start) and by workflow run and attempt, so reruns never collide. */
export function archivePath(run: { blueprint: string; issue: number; startedAt: string }, segment: string, runId: string, attempt: string): string {
  const started = new Date(run.startedAt).toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const at = `${run.issue}-${started}`;
  const file = `transcripts/${run.blueprint}/${at}/${segment}-${/^\d{1,20}$/.test(runId) ? runId : "0"}-${/^\d{1,5}$/.test(attempt) ? attempt : "1"}.jsonl.gz`;
  if (!TRANSCRIPT_FILE.test(file)) throw new Error(`not an archive path: ${file}`);
  return file;
}

export interface Archive {
  bytes: Buffer;
  link: TranscriptLink;
  /** Entries kept, tool calls among them, and lines dropped (past the size bound) or unreadable. */
  entries: number;
  toolCalls: number;
  dropped: number;
  unreadable: number;
}

/**
 * The archive of `transcripts` (`source`: `<job>/<node>`, `text`: the JSON Lines file as the
 * artifact holds it), each line tagged with its source. `clean` redacts a line (publish's own
 * secrets); it runs on every line kept.
 */
export function buildArchive(file: string, transcripts: ReadonlyArray<{ source: string; text: string }>, clean: (line: string) => string): Archive {
  const lines: string[] = [];
  let size = 0;
  let entries = 0;
  let toolCalls = 0;
  let dropped = 0;
  let unreadable = 0;
  for (const t of transcripts) {
    const source = t.source.slice(0, 120);
    t.text.split("\n").forEach((raw, i) => {
      if (raw.trim() === "") return;
      let entry = entryOf(raw);
      if (!entry) {
        unreadable++;
        entry = { type: "unreadable", line: i + 1 };
      }
      const line = clean(JSON.stringify({ ...cut(entry), transcript: source }));
      if (size + line.length + 1 > MAX_ARCHIVE_BYTES - 200) {
        dropped++;
        return;
      }
      lines.push(line);
      size += line.length + 1;
      entries++;
      if (entry.type === "tool") toolCalls++;
    });
  }
  if (dropped > 0) lines.push(JSON.stringify({ type: "archive-cut", dropped, why: `the archive keeps ${MAX_ARCHIVE_BYTES} bytes; the run's artifacts have everything while they last` }));
  const bytes = gzipSync(lines.length ? `${lines.join("\n")}\n` : "", { level: 9 });
  return { bytes, link: { path: file, sha256: sha256(bytes) }, entries, toolCalls, dropped, unreadable };
}

/** The entries of an archive, as stored (for readers; each is a JSON object with `transcript` and `type`). */
export function readArchive(bytes: Buffer): Array<Record<string, unknown>> {
  const text = gunzipSync(bytes, { maxOutputLength: MAX_ARCHIVE_BYTES * 2 }).toString("utf8");
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A transcript line as an entry: a JSON object with a string `type`, or undefined. */
function entryOf(raw: string): (Record<string, unknown> & { type: string }) | undefined {
  if (raw.length > MAX_ARCHIVE_BYTES) return undefined;
  try {
    const v = JSON.parse(raw) as unknown;
    if (typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
    const type = (v as { type?: unknown }).type;
    return typeof type === "string" && type.length <= 64 ? (v as Record<string, unknown> & { type: string }) : undefined;
  } catch {
    return undefined;
  }
}

/** Every string in `value` at most MAX_FIELD_CHARS long, nesting at most 8 deep. */
function cut<T>(value: T, depth = 0): T {
  if (typeof value === "string") return (value.length > MAX_FIELD_CHARS ? `${value.slice(0, MAX_FIELD_CHARS)}…[${value.length - MAX_FIELD_CHARS} more characters cut]` : value) as T;
  if (typeof value !== "object" || value === null) return value;
  if (depth >= 8) return "[nested too deep]" as T;
  if (Array.isArray(value)) return value.map((v) => cut(v, depth + 1)) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.slice(0, 200), cut(v, depth + 1)])) as T;
}
