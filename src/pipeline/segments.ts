import { STAGES } from "../blueprint/schema.js";
import type { Blueprint, Node, ReviewPolicy, Stage } from "../blueprint/types.js";

/**
 * A segment is the part of a pipeline that runs in one workflow run: the
 * review policy puts a human approval between segments. The route step picks
 * which segment an event starts; the stage actions use the same function, so
 * compiler and runtime cannot disagree.
 */
export interface Segment {
  /** The first stage in the segment that has nodes; names the segment in `needs.route.outputs.stage`. */
  id: Stage;
  stages: Stage[];
  nodes: Node[];
  /** The blueprint's `max-parallel`: above 1, execute agents after a plan agent fan out over its tasks. */
  maxParallel: number;
}

/** Which stages share a run, by policy. Feedback always runs on its own events. */
function stageGroups(policy: ReviewPolicy): Stage[][] {
  switch (policy) {
    case "auto":
    case "approve-before-merge":
      return [["plan", "execute", "review"], ["feedback"]];
    case "approve-before-execute":
      return [["plan"], ["execute", "review"], ["feedback"]];
    case "approve-every-step":
      return STAGES.map((s) => [s]);
  }
}

export function segmentsOf(blueprint: Blueprint): Segment[] {
  const out: Segment[] = [];
  for (const stages of stageGroups(blueprint.reviewPolicy)) {
    const nodes = blueprint.nodes.filter((n) => stages.includes(n.stage));
    if (nodes.length === 0) continue;
    const present = STAGES.filter((s) => nodes.some((n) => n.stage === s));
    out.push({ id: present[0]!, stages: present, nodes, maxParallel: blueprint.maxParallel });
  }
  return out;
}

/**
 * The segment `/approve` starts after `id`, or undefined when `id` is the last before feedback:
 * that segment's publish opens the pull request, every earlier one waits for approval.
 */
export function nextSegment(segments: Segment[], id: Stage | undefined): Segment | undefined {
  const i = segments.findIndex((s) => s.id === id);
  const next = segments[i + 1];
  return next && next.id !== "feedback" ? next : undefined;
}

/** The stage action that publishes a segment's results: the latest stage it contains. */
export function publishingStage(segment: Segment): Stage {
  return segment.stages[segment.stages.length - 1]!;
}
