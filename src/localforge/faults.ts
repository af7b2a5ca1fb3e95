/**
 * Fault injection: make the next N requests to a route fail with a 5xx or 429, or hang
 * past a client's timeout, so retry and idempotency code can be tested against the
 * failures real forges produce.
 */
import { didYouMean } from "../util/suggest.js";
import type { FaultSpec } from "./types.js";

export interface Fault {
  readonly spec: FaultSpec;
  /** Matching requests still to be faulted. */
  remaining: number;
  /** Requests this fault has been applied to. */
  hits: number;
}

export class Faults {
  private readonly list: Fault[] = [];

  /** @param knownRoutes `"<METHOD> <template>"` keys the server serves, to catch typos early. */
  constructor(private readonly knownRoutes: readonly string[]) {}

  add(spec: FaultSpec): Fault {
    if (spec.route !== "*" && !this.knownRoutes.includes(spec.route)) {
      const hint = didYouMean(spec.route, this.knownRoutes);
      throw new Error(
        `Unknown route '${spec.route}' in fault. Expected "*" or "<METHOD> <template>" as listed by routes()${hint ? `; ${hint}` : "."}`,
      );
    }
    const times = spec.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error(`Invalid times '${String(spec.times)}' in fault. Expected a positive integer.`);
    if ("timeout" in spec && !(spec.timeout >= 0)) throw new Error(`Invalid timeout '${String(spec.timeout)}' in fault. Expected milliseconds >= 0.`);
    const fault: Fault = { spec, remaining: times, hits: 0 };
    this.list.push(fault);
    return fault;
  }

  /** Faults that still have requests to spoil, oldest first. */
  get pending(): readonly Fault[] {
    return this.list.filter((f) => f.remaining > 0);
  }

  clear(): void {
    this.list.length = 0;
  }

  /** The fault to apply to a request, consuming one use of it. Oldest matching fault first. */
  take(routeKey: string | undefined): Fault | undefined {
    const fault = this.list.find((f) => f.remaining > 0 && (f.spec.route === "*" || f.spec.route === routeKey));
    if (!fault) return undefined;
    fault.remaining--;
    fault.hits++;
    return fault;
  }
}
