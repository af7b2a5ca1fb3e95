/**
 * What one action step reports about itself: a span (child of its stage's span, which is the
 * child of the run's) and structured log lines carrying the same run, job, stage and node.
 */
import { eventLogFile, openEventLog, stepFields, type EventLog, type Fields } from "./events.js";
import { parseStageTrace, runTrace, type StageTrace } from "./ids.js";
import { NO_SPANS, openSpans, type Attrs, type SpanHandle, type Spans } from "./tracing.js";

export interface Observed {
  spans: Spans;
  log: EventLog;
  /** This step's span: the parent of what it does. The route step's is opened when it ends (it decides its stage). */
  step: SpanHandle;
  /** The stage this step belongs to, as the route job handed it over (`CRUSTYCLAW_TRACE`); the route step sets its own. */
  trace?: StageTrace;
  readonly name: string;
  readonly started: number;
  readonly attrs: Attrs;
  readonly deferred: boolean;
}

/** Opens the step's span and log (spans only when a collector is named). */
export async function observeStep(where: { repository: string; forge: string }, name: string, fields: Fields, warn: (m: string) => void, o: { defer?: boolean } = {}): Promise<Observed> {
  const started = Date.now();
  const trace = parseStageTrace(process.env.CRUSTYCLAW_TRACE);
  const spans = await openSpans(process.env, { "crustyclaw.repository": where.repository, "crustyclaw.forge": where.forge }, warn);
  const attrs: Attrs = { "crustyclaw.run_id": process.env.GITHUB_RUN_ID, "crustyclaw.job": process.env.GITHUB_JOB, ...prefixed(fields) };
  const step = o.defer ? NO_SPANS.start(name) : spans.start(name, { ...(trace ? { parent: { traceId: trace.traceId, spanId: trace.stageSpanId } } : {}), attrs });
  const log = openEventLog(eventLogFile(process.env), {
    ...stepFields(process.env),
    ...fields,
    ...(trace ? { trace_id: trace.traceId } : {}),
  });
  log.event("step.start");
  return { spans, log, step, ...(trace ? { trace } : {}), name, started, attrs, deferred: o.defer === true };
}

/** Ends the step: its span with the error if it failed, a last log line, and the spans sent. */
export async function endStep(o: Observed, error?: unknown): Promise<void> {
  const message = error === undefined ? undefined : error instanceof Error ? error.message : String(error);
  o.log.event("step.end", { durationMs: Date.now() - o.started, ...(message ? { error: message } : {}) }, message ? "error" : "info");
  const step = o.deferred
    ? o.spans.start(o.name, { ...(o.trace ? { parent: { traceId: o.trace.traceId, spanId: o.trace.stageSpanId } } : {}), attrs: o.attrs, startMs: o.started })
    : o.step;
  step.end(message ? { error: message } : {});
  await o.spans.flush();
}

function prefixed(fields: Fields): Attrs {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null).map(([k, v]) => [`crustyclaw.${k}`, v ?? undefined]));
}

/** The span of a run that ended, from its outcome record's fields: ids derived from the run (ids.ts), so later jobs need not know it. */
export function endRunSpan(spans: Spans, repository: string, r: { run: string; blueprint: string; issue: number; outcome: string; startedAt: string; endedAt: string; cause?: string; pull?: number; tokens?: number; usd?: number }): void {
  const ids = runTrace(repository, r.run);
  const span = spans.start(`run ${r.blueprint}`, {
    id: ids.runSpanId,
    traceId: ids.traceId,
    startMs: Date.parse(r.startedAt),
    attrs: { "crustyclaw.blueprint": r.blueprint, "crustyclaw.issue": r.issue, "crustyclaw.outcome": r.outcome, "crustyclaw.cause": r.cause, "crustyclaw.pull": r.pull, "crustyclaw.tokens": r.tokens, "crustyclaw.usd": r.usd },
  });
  span.end({ atMs: Date.parse(r.endedAt), ...(r.outcome === "escalated" ? { error: `escalated${r.cause ? `: ${r.cause}` : ""}` } : {}) });
}

/** The span of the stage this publish step ends: begun by the route job, ended now. */
export function endStageSpan(o: Observed): void {
  if (!o.trace) return;
  const t = o.trace;
  o.spans.start(`stage ${t.stage}`, { id: t.stageSpanId, parent: { traceId: t.traceId, spanId: t.runSpanId }, startMs: t.startMs, attrs: { "crustyclaw.stage": t.stage, "crustyclaw.run_id": process.env.GITHUB_RUN_ID } }).end();
}
