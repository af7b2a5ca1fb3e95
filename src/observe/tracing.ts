/**
 * OpenTelemetry spans over OTLP/HTTP, only when the environment names a collector
 * (`OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`): the official
 * SDK and exporter are loaded then and never otherwise, so a step without a collector
 * pays nothing. The exporter reads the standard variables itself (headers, timeout,
 * protocol) but for the endpoint and headers, taken from the environment the step was given;
 * CrustyClaw chooses the ids (ids.ts) and the parents.
 */

export type Attrs = Record<string, string | number | boolean | undefined>;

export interface SpanRef {
  traceId: string;
  spanId: string;
}

export interface SpanHandle {
  readonly ref: SpanRef;
  set(attrs: Attrs): void;
  /** Ends the span, at `atMs` when given; `error` marks it failed. */
  end(o?: { atMs?: number; error?: string }): void;
}

export interface StartOptions {
  parent?: SpanRef;
  attrs?: Attrs;
  /** A span id chosen by the caller (a run or stage span whose id other jobs derive). */
  id?: string;
  /** The trace of a span without a parent. */
  traceId?: string;
  startMs?: number;
}

export interface Spans {
  readonly enabled: boolean;
  start(name: string, o?: StartOptions): SpanHandle;
  /** Sends what has ended; call before the process exits. Never throws: telemetry must not fail a run. */
  flush(): Promise<void>;
}

const NOOP_HANDLE: SpanHandle = { ref: { traceId: "0".repeat(32), spanId: "0".repeat(16) }, set() {}, end() {} };
export const NO_SPANS: Spans = { enabled: false, start: () => NOOP_HANDLE, flush: async () => {} };

/**
 * The traces URL the environment names, or undefined: the signal's own endpoint as given, else the
 * general one with `/v1/traces` (the OTLP exporter specification); off with OTEL_SDK_DISABLED or
 * OTEL_TRACES_EXPORTER=none.
 */
export function collectorOf(env: NodeJS.ProcessEnv): string | undefined {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return undefined;
  if (env.OTEL_TRACES_EXPORTER?.split(",").some((e) => e.trim() === "none")) return undefined;
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (traces) return traces;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  return base ? `${base.replace(/\/+$/, "")}/v1/traces` : undefined;
}

/** `OTEL_EXPORTER_OTLP_(TRACES_)HEADERS`: comma-separated key=value pairs, values URL-encoded. */
function headersOf(env: NodeJS.ProcessEnv): Record<string, string> {
  const text = env.OTEL_EXPORTER_OTLP_TRACES_HEADERS ?? env.OTEL_EXPORTER_OTLP_HEADERS ?? "";
  const out: Record<string, string> = {};
  for (const pair of text.split(",")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) continue;
    try {
      out[decodeURIComponent(pair.slice(0, eq).trim())] = decodeURIComponent(pair.slice(eq + 1).trim());
    } catch {
      // A malformed pair is left out rather than sent half-decoded.
    }
  }
  return out;
}

/** Spans for this process: exported when a collector is named, otherwise nothing at all. */
export async function openSpans(env: NodeJS.ProcessEnv, resource: Attrs, warn: (message: string) => void): Promise<Spans> {
  const url = collectorOf(env);
  if (!url) return NO_SPANS;
  try {
    return await otelSpans(url, headersOf(env), resource, warn);
  } catch (err) {
    warn(`OpenTelemetry is not available, so no spans are sent: ${(err as Error).message}`);
    return NO_SPANS;
  }
}

async function otelSpans(url: string, headers: Record<string, string>, resource: Attrs, warn: (message: string) => void): Promise<Spans> {
  // CommonJS packages: bundled, Node's rules give an ES module importing them only `default`.
  const [sdk, exporter, resources, api] = await Promise.all([
    import("@opentelemetry/sdk-trace").then((m) => named(m, "TracerProvider")),
    import("@opentelemetry/exporter-trace-otlp-http").then((m) => named(m, "OTLPTraceExporter")),
    import("@opentelemetry/resources").then((m) => named(m, "resourceFromAttributes")),
    import("@opentelemetry/api").then((m) => named(m, "ROOT_CONTEXT")),
  ]);
  const random = new sdk.RandomIdGenerator();
  // The next span's ids when the caller chose them, drawn at random otherwise.
  let nextSpanId: string | undefined;
  let nextTraceId: string | undefined;
  const idGenerator = {
    generateTraceId: () => nextTraceId ?? random.generateTraceId(),
    generateSpanId: () => nextSpanId ?? random.generateSpanId(),
  };
  const clean = Object.fromEntries(Object.entries(resource).filter(([, v]) => v !== undefined)) as Record<string, string | number | boolean>;
  const provider = new sdk.TracerProvider({
    resource: resources.resourceFromAttributes({ "service.name": "crustyclaw", ...clean }),
    idGenerator,
    spanProcessors: [new sdk.BatchSpanProcessor({ exporter: new exporter.OTLPTraceExporter({ url, headers }) })],
  });
  const tracer = provider.getTracer("crustyclaw");
  const attributes = (attrs: Attrs | undefined) => Object.fromEntries(Object.entries(attrs ?? {}).filter(([, v]) => v !== undefined)) as Record<string, string | number | boolean>;
  return {
    enabled: true,
    start(name, o = {}) {
      const parent = o.parent ? api.trace.setSpanContext(api.ROOT_CONTEXT, { ...o.parent, traceFlags: api.TraceFlags.SAMPLED, isRemote: true }) : api.ROOT_CONTEXT;
      nextSpanId = o.id;
      nextTraceId = o.parent ? undefined : o.traceId;
      let span;
      try {
        span = tracer.startSpan(name, { attributes: attributes(o.attrs), ...(o.startMs !== undefined ? { startTime: o.startMs } : {}) }, parent);
      } finally {
        nextSpanId = nextTraceId = undefined;
      }
      const ctx = span.spanContext();
      return {
        ref: { traceId: ctx.traceId, spanId: ctx.spanId },
        set: (attrs) => span.setAttributes(attributes(attrs)),
        end: ({ atMs, error } = {}) => {
          if (error) span.setStatus({ code: api.SpanStatusCode.ERROR, message: error.slice(0, 500) });
          span.end(atMs);
        },
      };
    },
    async flush() {
      try {
        await provider.shutdown();
      } catch (err) {
        warn(`could not send spans to the collector: ${(err as Error).message}`);
      }
    },
  };
}

/** A module's named exports, whether it was loaded as an ES module or as CommonJS behind `default`: the one that has `key`. */
function named<T extends object>(m: T, key: keyof T): T {
  return m[key] !== undefined ? m : ((m as { default?: T }).default ?? m);
}
