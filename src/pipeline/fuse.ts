import type { Node, TrustTier } from "../blueprint/types.js";
import { topoOrder } from "../util/order.js";
import type { Segment } from "./segments.js";

/** A job to emit: one or more fused nodes that share a runner. */
export interface WorkJob {
  /** Job id: the first node's id. */
  id: string;
  nodes: Node[];
  trust: TrustTier;
  /** Secrets the job's deterministic nodes need (empty for jobs with agents). */
  secrets: string[];
  /** Ids of work jobs this one needs. */
  needs: string[];
  /** A matrix of one job per plan task: the job and node of the plan, and how many run at once. */
  fanOut?: { planJob: string; planNode: string; maxParallel: number };
}

/**
 * The plan-stage agent whose tasks an execute-stage agent fans out over: one it needs in
 * the same segment, when the blueprint's max-parallel allows more than one task at once.
 */
export function fanOutPlan(node: Node, segment: Segment): Node | undefined {
  if (segment.maxParallel <= 1 || node.kind !== "agent" || node.stage !== "execute") return undefined;
  return segment.nodes.find((n) => node.needs.includes(n.id) && n.kind === "agent" && n.stage === "plan");
}

/** Nodes may share a job only with the same runner and the same credentials. */
function fusionKey(node: Node): string {
  return `${node.trust}|${[...node.secrets].sort().join(",")}`;
}

/**
 * Group a segment's nodes into jobs. A node joins the job of its predecessors
 * when all of its needs are in that job, it is the only node depending on that
 * job, and it has the same trust tier and credentials. That fuses chains into
 * one job (one runner start-up) while siblings stay parallel jobs.
 */
export function fuseNodes(segment: Segment): WorkJob[] {
  const inSegment = new Set(segment.nodes.map((n) => n.id));
  const ordered = topoOrder(segment.nodes);
  const jobOf = new Map<string, WorkJob>();
  const jobs: WorkJob[] = [];
  const dependents = (job: WorkJob) =>
    segment.nodes.filter((n) => !job.nodes.includes(n) && n.needs.some((id) => job.nodes.some((m) => m.id === id)));

  for (const node of ordered) {
    const needs = node.needs.filter((id) => inSegment.has(id));
    const predecessorJobs = [...new Set(needs.map((id) => jobOf.get(id)!))];
    const host = predecessorJobs.length === 1 ? predecessorJobs[0]! : undefined;
    // A fan-out runs once per task: it shares a job with nothing before or after it.
    const plan = fanOutPlan(node, segment);
    if (host && !plan && !host.fanOut && fusionKey(host.nodes[0]!) === fusionKey(node) && dependents(host).every((d) => d === node)) {
      host.nodes.push(node);
      jobOf.set(node.id, host);
      continue;
    }
    const job: WorkJob = {
      id: node.id,
      nodes: [node],
      trust: node.trust,
      secrets: [...node.secrets].sort(),
      needs: predecessorJobs.map((j) => j.id),
      ...(plan ? { fanOut: { planJob: jobOf.get(plan.id)!.id, planNode: plan.id, maxParallel: segment.maxParallel } } : {}),
    };
    jobs.push(job);
    jobOf.set(node.id, job);
  }
  return jobs;
}

/** Every job each job builds on, directly or not (work jobs come in topological order from fuseNodes). */
export function ancestry(jobs: readonly WorkJob[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const job of jobs) {
    const all = new Set<string>();
    for (const id of job.needs) {
      all.add(id);
      for (const a of out.get(id) ?? []) all.add(a);
    }
    out.set(job.id, all);
  }
  return out;
}
