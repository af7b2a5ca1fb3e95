/**
 * Trace identity of a CrustyClaw run. A run spans several jobs and workflow runs, so its
 * trace id and the ids of its run and stage spans are derived, not drawn: every job that
 * knows the run (`<blueprint>#<issue>@<startedAt>`, the outcome record's `run`) and the
 * repository finds the same ids, and the job that ends the run can emit its span last.
 */
import { createHash } from "node:crypto";

const hex = (text: string, chars: number) => createHash("sha256").update(text).digest("hex").slice(0, chars);

/** The run's trace: `<trace id>` and its run span's id. */
export function runTrace(repo: string, run: string): { traceId: string; runSpanId: string } {
  const traceId = hex(`crustyclaw:${repo}:${run}`, 32);
  return { traceId, runSpanId: hex(`${traceId}:run`, 16) };
}

/** The span of one stage (segment) in one workflow run attempt. */
export function stageSpanId(traceId: string, workflowRun: string, stage: string): string {
  return hex(`${traceId}:stage:${workflowRun}:${stage}`, 16);
}

/** What the route job hands the jobs after it (its `trace` output): the parent of their spans, and when the stage began. */
export interface StageTrace {
  traceId: string;
  runSpanId: string;
  stageSpanId: string;
  /** Milliseconds since the epoch when the route job began the stage. */
  startMs: number;
  /** The segment, named by its first stage (`execute`, `feedback`, …). */
  stage: string;
}

export function formatStageTrace(t: StageTrace): string {
  return `${t.traceId}-${t.runSpanId}-${t.stageSpanId}-${t.startMs}-${t.stage}`;
}

/** The route job's `trace` output read back; anything else is no trace (spans are then roots of their own). */
export function parseStageTrace(text: string | undefined): StageTrace | undefined {
  const m = /^([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{16})-([0-9]{1,15})-([a-z]{1,20})$/.exec(text?.trim() ?? "");
  return m ? { traceId: m[1]!, runSpanId: m[2]!, stageSpanId: m[3]!, startMs: Number(m[4]), stage: m[5]! } : undefined;
}
