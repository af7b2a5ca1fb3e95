/** Every request the forge received, countable by route template. */
import type { RequestRecord } from "./types.js";

export class RequestLog {
  private readonly records: RequestRecord[] = [];

  /** Records in arrival order. A record's status is filled in when its response finishes. */
  get entries(): readonly RequestRecord[] {
    return this.records;
  }

  record(r: RequestRecord): RequestRecord {
    this.records.push(r);
    return r;
  }

  /** Requests that matched `"<METHOD> <template>"`, faulted ones included. */
  count(route: string): number {
    return this.records.filter((r) => r.route === route).length;
  }

  /** Request counts per route template; unmatched requests under `"<METHOD> <unmatched>"`. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.records) {
      const key = r.route ?? `${r.method} <unmatched>`;
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }

  reset(): void {
    this.records.length = 0;
  }
}
