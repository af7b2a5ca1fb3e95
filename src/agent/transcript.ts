import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { redact } from "../policy/secrets.js";

export type TranscriptEntry = Record<string, unknown> & { type: string };

/**
 * The run's record: one JSON line per event (prompt, model turn, tool call and
 * result, budget stop), redacted before it is written or kept.
 */
export class Transcript {
  readonly entries: TranscriptEntry[] = [];

  constructor(
    private readonly file: string | undefined,
    private readonly secrets: string[] = [],
    private readonly clock: () => number = Date.now,
    /** Told of each entry as written (redacted): the structured log's agent events. */
    private readonly onEntry?: (entry: TranscriptEntry) => void,
  ) {
    if (file) mkdirSync(path.dirname(file), { recursive: true });
  }

  add(entry: TranscriptEntry): void {
    const clean = JSON.parse(redact(JSON.stringify({ at: new Date(this.clock()).toISOString(), ...entry }), this.secrets)) as TranscriptEntry;
    this.entries.push(clean);
    if (this.file) appendFileSync(this.file, `${JSON.stringify(clean)}\n`);
    this.onEntry?.(clean);
  }
}
