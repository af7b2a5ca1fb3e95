import path from "node:path";
import type { Blueprint, Node, Stage } from "../blueprint/types.js";
import type { Config } from "../config/config.js";
import { fuseNodes, type WorkJob } from "./fuse.js";
import { publishingStage, segmentsOf, type Segment } from "./segments.js";
import { IN_DIR, OUT_DIR, type Target } from "./target.js";
import { compileTriggers, literal } from "./triggers.js";

/** Job timeouts: GitHub's hard limit, and the margin for runner start-up and checkout. */
const MAX_JOB_MINUTES = 360;
const SETUP_MINUTES = 5;
const ROUTE_MINUTES = 10;
const PUBLISH_MINUTES = 15;

export interface WorkflowInput {
  blueprint: Blueprint;
  /** Repository-relative path of the blueprint file (POSIX separators). */
  sourcePath: string;
  /** sha256 of the blueprint file's bytes: stage actions refuse a blueprint that differs. */
  sourceHash: string;
  config: Config;
  target: Target;
}

export interface WorkflowModel {
  /** The workflow as plain data, keys in emission order. */
  workflow: Record<string, unknown>;
  warnings: string[];
  /** Jobs an issue's main path runs (route, work jobs and publish of the first segment). */
  mainPathJobs: number;
}

/**
 * Build the workflow as data. Only node ids (pattern-checked), label and command
 * literals (pattern-checked, quoted) and compiler-written expressions reach it;
 * instructions, commands and descriptions stay in the blueprint file, which the
 * stage actions read and verify by hash at run time.
 */
export function buildWorkflow(input: WorkflowInput): WorkflowModel {
  const { blueprint, target } = input;
  const triggers = compileTriggers(blueprint, target.forge);
  if (Object.keys(triggers.on).length === 0) {
    throw new CompileError(`blueprint '${blueprint.name}' has no trigger that ${target.forge} supports`);
  }
  const segments = segmentsOf(blueprint);
  const jobs: Record<string, unknown> = { route: routeJob(input, triggers.routeIf) };
  let mainPathJobs = 1;
  segments.forEach((segment, i) => {
    const work = fuseNodes(segment);
    for (const job of work) jobs[job.id] = workJob(input, segment, job);
    jobs[`publish-${segment.id}`] = publishJob(input, segment, work);
    if (i === 0) mainPathJobs += work.length + 1;
  });

  const workflow: Record<string, unknown> = {
    name: `crustyclaw: ${blueprint.name}`,
    on: triggers.on,
  };
  if (target.supportsPermissions) workflow.permissions = {};
  workflow.concurrency = {
    // Numbers only: event text never reaches the group name.
    group: `crustyclaw-${blueprint.name}-\${{ github.event.issue.number || github.event.pull_request.number || github.event.workflow_run.pull_requests[0].number || github.run_id }}`,
    "cancel-in-progress": false,
  };
  workflow.jobs = jobs;
  return { workflow, warnings: triggers.warnings, mainPathJobs };
}

export class CompileError extends Error {
  override name = "CompileError";
}

function permissions(target: Target, scopes: Record<string, "read" | "write">): Record<string, unknown> {
  return target.supportsPermissions ? { permissions: scopes } : {};
}

function stageInputs(input: WorkflowInput): Record<string, string> {
  return { blueprint: input.sourcePath, "blueprint-sha256": input.sourceHash };
}

function routeJob(input: WorkflowInput, routeIf: string): Record<string, unknown> {
  const { target, config } = input;
  return {
    name: "route",
    if: routeIf,
    "runs-on": target.runsOn("trusted"),
    "timeout-minutes": ROUTE_MINUTES,
    ...permissions(target, { contents: "read", issues: "write", "pull-requests": "write" }),
    outputs: {
      stage: "${{ steps.route.outputs.stage }}",
      issue: "${{ steps.route.outputs.issue }}",
      ref: "${{ steps.route.outputs.ref }}",
    },
    steps: [
      {
        // Blueprints come from the default branch, never from a pull request's head.
        uses: target.checkout,
        with: {
          ref: "${{ github.event.repository.default_branch }}",
          "persist-credentials": false,
          "sparse-checkout": sparsePaths([".crustyclaw", config.blueprints, path.posix.dirname(input.sourcePath)]),
        },
      },
      {
        id: "route",
        uses: target.action("route"),
        with: { ...stageInputs(input), token: "${{ github.token }}" },
      },
    ],
  };
}

function ifStage(segment: Segment): string {
  return `needs.route.outputs.stage == ${literal(segment.id)}`;
}

function nodeStep(input: WorkflowInput, node: Node, receivesResults: boolean): Record<string, unknown> {
  const env: Record<string, string> = {};
  if (node.kind === "agent") env.CRUSTYCLAW_MODEL_API_KEY = `\${{ secrets.${input.config.modelApiKeySecret} }}`;
  for (const s of node.secrets) env[s] = `\${{ secrets.${s} }}`;
  return {
    id: node.id,
    name: `${node.stage}: ${node.id}`,
    uses: input.target.action(node.stage),
    with: {
      ...stageInputs(input),
      node: node.id,
      issue: "${{ needs.route.outputs.issue }}",
      ...(receivesResults ? { "in-dir": IN_DIR } : {}),
      "out-dir": OUT_DIR,
      // Repository variables pick the model and endpoint for every agent without editing blueprints. Unset is empty, and empty
      // inputs count as not given, so the runner's CRUSTYCLAW_MODEL and the blueprint still apply.
      ...(node.kind === "agent" ? { model: "${{ vars.CRUSTYCLAW_MODEL }}", "model-base-url": "${{ vars.CRUSTYCLAW_MODEL_BASE_URL }}" } : {}),
    },
    ...(Object.keys(env).length ? { env } : {}),
  };
}

function workJob(input: WorkflowInput, segment: Segment, job: WorkJob): Record<string, unknown> {
  const { target } = input;
  const minutes = Math.min(MAX_JOB_MINUTES, job.nodes.reduce((sum, n) => sum + n.minutes, SETUP_MINUTES));
  return {
    name: job.nodes.map((n) => n.id).join(" → "),
    needs: ["route", ...job.needs],
    if: ifStage(segment),
    "runs-on": target.runsOn(job.trust),
    "timeout-minutes": minutes,
    // Read-only: agents and the commands they run never hold a write token.
    ...permissions(target, { contents: "read" }),
    steps: [
      {
        uses: target.checkout,
        with: { ref: "${{ needs.route.outputs.ref }}", "persist-credentials": false },
      },
      // Results of the work jobs this one needs (their change sets), applied by the stage action.
      ...job.needs.map((id) => ({
        uses: target.download.uses,
        with: { name: `crustyclaw-${id}`, path: `${IN_DIR}/crustyclaw-${id}` },
      })),
      ...job.nodes.map((n, i) => nodeStep(input, n, i === 0 && job.needs.length > 0)),
      {
        // Results travel to the publish job, which validates them before anything is written.
        if: "${{ !cancelled() }}",
        uses: target.upload.uses,
        with: { name: `crustyclaw-${job.id}`, path: OUT_DIR, ...target.upload.with },
      },
    ],
  };
}

function publishJob(input: WorkflowInput, segment: Segment, work: WorkJob[]): Record<string, unknown> {
  const { target } = input;
  const dependedOn = new Set(work.flatMap((j) => j.needs));
  const terminal = work.filter((j) => !dependedOn.has(j.id)).map((j) => j.id);
  const stage: Stage = publishingStage(segment);
  return {
    name: `publish ${segment.stages.join(" + ")}`,
    needs: ["route", ...terminal],
    // Runs after failures too, so a failed run is reported and escalated, not silent.
    if: `\${{ !cancelled() && ${ifStage(segment)} }}`,
    "runs-on": target.runsOn("trusted"),
    "timeout-minutes": PUBLISH_MINUTES,
    ...permissions(target, { contents: "write", issues: "write", "pull-requests": "write" }),
    steps: [
      {
        uses: target.checkout,
        with: { ref: "${{ needs.route.outputs.ref }}", "persist-credentials": false },
      },
      {
        uses: target.download.uses,
        with: { path: IN_DIR, ...target.download.with },
      },
      {
        id: "publish",
        uses: target.action(stage),
        with: {
          ...stageInputs(input),
          phase: "publish",
          issue: "${{ needs.route.outputs.issue }}",
          "in-dir": IN_DIR,
          token: "${{ github.token }}",
        },
      },
    ],
  };
}

/** Directories the route job needs, without duplicates or directories inside others. */
function sparsePaths(dirs: string[]): string {
  const unique = [...new Set(dirs.map((d) => path.posix.normalize(d).replace(/\/$/, "")))].filter((d) => d !== ".");
  return unique
    .filter((d) => !unique.some((other) => other !== d && d.startsWith(`${other}/`)))
    .sort()
    .join("\n");
}
