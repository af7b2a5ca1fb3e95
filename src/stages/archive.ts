import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync } from "node:fs";
import path from "node:path";
import { redact } from "../policy/secrets.js";
import { archivePath, buildArchive, MAX_ARCHIVE_BYTES, type Archive } from "../outcomes/transcripts.js";
import { JOB_RESULTS_DIR, ROUTE_ARTIFACT } from "./results.js";

/** The most transcript files one archive reads (a job has a few agent nodes; a fan-out a task each). */
const MAX_FILES = 200;
/**
 * The most bytes read from all of them together: long tool outputs are cut once read, so a file may
 * hold more than its share of the archive, but artifacts an agent wrote must not fill publish's memory.
 */
export const MAX_READ_BYTES = 8 * MAX_ARCHIVE_BYTES;

export interface ArchiveInput {
  /** The work jobs' downloaded artifacts (`crustyclaw-<job>[.<task>]/transcripts/<node>.jsonl`). */
  inDir: string;
  run: { blueprint: string; issue: number; startedAt: string };
  segment: string;
  /** The workflow run and attempt this publish job belongs to: the archive's name. */
  runId: string;
  attempt: string;
  /** Publish's own credentials, redacted from every line (transcripts were redacted of the work job's when written). */
  secrets: string[];
  /** Stores the archive on the outcome branch. */
  store: (file: { path: string; bytes: Buffer }) => Promise<void>;
}

/**
 * Archive the segment's agent transcripts on the outcome branch; undefined when its jobs left
 * none. Artifacts are hostile input: only regular files named like a node's transcript are
 * read, each to a bounded size, and buildArchive re-reads every line.
 */
export async function archiveTranscripts(input: ArchiveInput): Promise<Archive | undefined> {
  const transcripts: Array<{ source: string; text: string }> = [];
  let budget = MAX_READ_BYTES;
  const jobs = existsSync(input.inDir) ? readdirSync(input.inDir).filter((d) => d !== ROUTE_ARTIFACT && JOB_RESULTS_DIR.test(d)).sort() : [];
  for (const job of jobs) {
    const dir = path.join(input.inDir, job, "transcripts");
    if (!isDirectory(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => /^[a-z][a-z0-9-]{0,47}\.jsonl$/.test(f)).sort()) {
      const full = path.join(dir, file);
      if (transcripts.length >= MAX_FILES || budget <= 0 || !lstatSync(full).isFile()) continue;
      const head = readHead(full, Math.min(MAX_ARCHIVE_BYTES, budget));
      budget -= head.length;
      transcripts.push({ source: `${job.slice("crustyclaw-".length)}/${file.slice(0, -".jsonl".length)}`, text: head.toString("utf8") });
    }
  }
  if (transcripts.length === 0) return undefined;
  const file = archivePath(input.run, input.segment, input.runId, input.attempt);
  const archive = buildArchive(file, transcripts, (line) => redact(line, input.secrets));
  await input.store({ path: file, bytes: archive.bytes });
  return archive;
}

function isDirectory(p: string): boolean {
  try {
    return lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** At most `max` bytes of a file: a transcript of gigabytes costs no more than the archive keeps. */
function readHead(file: string, max: number): Buffer {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(max);
    let read = 0;
    while (read < max) {
      const n = readSync(fd, buf, read, max - read, read);
      if (n === 0) break;
      read += n;
    }
    return buf.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
