/**
 * A job's log, as a runner keeps it: every line through the mask (secrets, the job
 * token, `::add-mask::` values) before it is stored or shown.
 */
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export class JobLog {
  private readonly masks = new Set<string>();
  readonly lines: string[] = [];

  constructor(
    readonly file: string,
    private readonly onLine?: (line: string) => void,
  ) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, "");
  }

  /** Hide a value in everything logged from now on; each line of a multi-line value too. */
  mask(value: string | undefined): void {
    if (!value) return;
    for (const v of [value, ...value.split(/\r?\n/)]) if (v.trim().length >= 2) this.masks.add(v);
  }

  /** The text with every masked value replaced by `***`, longest first. */
  redact(text: string): string {
    let out = text;
    for (const m of [...this.masks].sort((a, b) => b.length - a.length)) out = out.split(m).join("***");
    return out;
  }

  write(text: string): void {
    for (const raw of text.replace(/\r?\n$/, "").split(/\r?\n/)) {
      const line = this.redact(raw);
      this.lines.push(line);
      appendFileSync(this.file, `${line}\n`);
      this.onLine?.(line);
    }
  }

  text(): string {
    return this.lines.join("\n");
  }
}
