import path from "node:path";
import type { Blueprint, Node, Stage } from "../blueprint/types.js";
import { hasLimits, type Config } from "../config/config.js";
import { ancestry, fuseNodes, type WorkJob } from "../pipeline/fuse.js";
import { publishingStage, segmentsOf, type Segment } from "../pipeline/segments.js";
import { APPROVED_PLAN_FILE, ROUTE_ARTIFACT } from "../stages/results.js";
import { FEEDBACK_FILE } from "../stages/feedback-data.js";
import { INSTRUCTIONS_FILE } from "../context/instructions.js";
import { postsReview, reviewsPullRequests } from "../agent/review.js";
import { PULL_FILE } from "../stages/review-data.js";
import { IN_DIR, OUT_DIR, type Target } from "./target.js";
import { followsPullRequests, mapsRepo, REPO_MAP_CACHE } from "../pipeline/runs.js";
import { compileTriggers, concurrencyNumber, literal } from "./triggers.js";

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
  if (blueprint.report) return reportWorkflow(input, triggers.on, triggers.routeIf, triggers.warnings);
  const segments = segmentsOf(blueprint);
  const jobs: Record<string, unknown> = { route: routeJob(input, triggers.routeIf), record: recordJob(input) };
  let mainPathJobs = 1;
  segments.forEach((segment, i) => {
    const work = fuseNodes(segment);
    const ancestors = ancestry(work);
    for (const job of work) jobs[job.id] = workJob(input, segment, job, [...ancestors.get(job.id)!].map((id) => work.find((j) => j.id === id)!), work);
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
    group: `crustyclaw-${blueprint.name}-\${{ ${concurrencyNumber(blueprint, target.forge)} }}`,
    "cancel-in-progress": false,
  };
  workflow.jobs = jobs;
  return { workflow, warnings: triggers.warnings, mainPathJobs };
}

/**
 * A report blueprint's workflow: one job that reads the outcome store through the API (its token
 * may read contents and write issues, nothing else) and posts the report as an issue. Its runs
 * share one concurrency group, so two never post at once.
 */
function reportWorkflow(input: WorkflowInput, on: Record<string, unknown>, ifEvents: string, warnings: string[]): WorkflowModel {
  const { target, blueprint } = input;
  const job = {
    name: "report",
    if: ifEvents,
    "runs-on": target.runsOn("trusted"),
    "timeout-minutes": REPORT_MINUTES,
    ...permissions(target, { contents: "read", issues: "write" }),
    outputs: { issue: "${{ steps.report.outputs.issue }}" },
    steps: [
      // The blueprint (checked against its hash), config and policy, from the default branch.
      {
        uses: target.checkout,
        with: {
          ref: "${{ github.event.repository.default_branch }}",
          "persist-credentials": false,
          "sparse-checkout": sparsePaths([".crustyclaw", input.config.blueprints, path.posix.dirname(input.sourcePath)]),
        },
      },
      { id: "report", uses: target.action("route"), with: { ...stageInputs(input), phase: "report", token: "${{ github.token }}", "out-dir": REPORT_DIR } },
      // The page with charts, and the figures as JSON: an issue body holds only the Markdown.
      { if: "${{ steps.report.outputs.issue != '' }}", uses: target.upload.uses, with: { name: "crustyclaw-report", path: REPORT_DIR, "if-no-files-found": "error", ...target.upload.with } },
    ],
  };
  // Started by hand, a report names no issue.
  const workflow: Record<string, unknown> = { name: `crustyclaw: ${blueprint.name}`, on: on.workflow_dispatch ? { ...on, workflow_dispatch: {} } : on };
  if (target.supportsPermissions) workflow.permissions = {};
  workflow.concurrency = { group: `crustyclaw-${blueprint.name}`, "cancel-in-progress": false };
  workflow.jobs = { report: job };
  return { workflow, warnings, mainPathJobs: 1 };
}
const REPORT_MINUTES = 10;
const REPORT_DIR = "${{ runner.temp }}/crustyclaw-report";

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
  const reviews = reviewsPullRequests(input.blueprint);
  return {
    name: "route",
    if: routeIf,
    "runs-on": target.runsOn("trusted"),
    "timeout-minutes": ROUTE_MINUTES,
    // A CI round reads the failing checks: check runs, statuses, and Actions job logs.
    ...permissions(target, { contents: "read", issues: "write", "pull-requests": "write", ...(ciRounds(input.blueprint) ? { actions: "read", checks: "read", statuses: "read" } : {}) }),
    outputs: {
      stage: "${{ steps.route.outputs.stage }}",
      issue: "${{ steps.route.outputs.issue }}",
      ref: "${{ steps.route.outputs.ref }}",
      // sha256 of the approved plan the execute segment carries out, or empty.
      plan: "${{ steps.route.outputs.plan }}",
      // sha256 of the base branch's instruction files handed to a feedback round or a review (instructions.json), or empty.
      instructions: "${{ steps.route.outputs.instructions }}",
      // sha256 of the pull request a review run reviews (pull.json).
      ...(reviews ? { review: "${{ steps.route.outputs.review }}" } : {}),
      // The records of runs this event ended, for the record job; empty when it ended none.
      outcomes: "${{ steps.route.outputs.outcomes }}",
      // .crustyclaw/policy.yml's rules for this blueprint's agents, read from the default branch (JSON), or empty.
      policy: "${{ steps.route.outputs.policy }}",
      // The run's trace and this stage's span, for the spans of the jobs after route (observe/ids.ts), or empty.
      trace: "${{ steps.route.outputs.trace }}",
      // Under spend caps: what they leave ({"tokens":…,"usd":…}), which agents' budgets are clipped to; empty without caps.
      spend: "${{ steps.route.outputs.spend }}",
    },
    steps: [
      {
        // Blueprints and instruction files come from the default branch, never from a pull request's head
        // (cone mode keeps the top-level files: AGENTS.md, CLAUDE.md; .github for copilot-instructions.md).
        uses: target.checkout,
        with: {
          ref: "${{ github.event.repository.default_branch }}",
          "persist-credentials": false,
          "sparse-checkout": sparsePaths([".crustyclaw", ".github", config.blueprints, path.posix.dirname(input.sourcePath)]),
        },
      },
      {
        id: "route",
        uses: target.action("route"),
        with: { ...stageInputs(input), token: "${{ github.token }}", "out-dir": ROUTE_DIR },
      },
      {
        // The approved plan, for the execute segment's work jobs, when there is one; a feedback round's review and comments;
        // the pull request a review run reviews.
        if: `\${{ steps.route.outputs.plan != '' || steps.route.outputs.stage == 'feedback'${reviews ? " || steps.route.outputs.review != ''" : ""} }}`,
        uses: target.upload.uses,
        with: { name: ROUTE_ARTIFACT, path: ROUTE_DIR, "if-no-files-found": "error", ...target.upload.with },
      },
    ],
  };
}

/**
 * The record job: stores the outcome records of the runs the route job ended (a merge, a
 * close, `/reject`, a round budget spent, a sweep) on the outcome store's branch. The route
 * job reads events and writes comments; only this job may push, and only that branch's
 * commits (it checks out nothing).
 */
function recordJob(input: WorkflowInput): Record<string, unknown> {
  const { target } = input;
  return {
    name: "record outcomes",
    needs: ["route"],
    if: "needs.route.outputs.outcomes != ''",
    "runs-on": target.runsOn("trusted"),
    "timeout-minutes": RECORD_MINUTES,
    ...permissions(target, { contents: "write" }),
    steps: [
      {
        uses: target.action("route"),
        with: { ...stageInputs(input), phase: "record", outcomes: "${{ needs.route.outputs.outcomes }}", token: "${{ github.token }}" },
        ...withEnv(notifyEnv(input.blueprint)),
      },
    ],
  };
}
const RECORD_MINUTES = 10;

/**
 * The blueprint's notification targets, for the steps that post transitions (publish and
 * record): each secret under a fixed variable name, formats and events as literals.
 */
function notifyEnv(blueprint: Blueprint): Record<string, string> {
  const n = blueprint.notify;
  if (!n) return {};
  const env: Record<string, string> = { CRUSTYCLAW_NOTIFY_ON: n.on.join(",") };
  n.webhooks.forEach((w, i) => {
    env[`CRUSTYCLAW_NOTIFY_WEBHOOK_${i + 1}`] = `\${{ secrets.${w.secret} }}`;
    env[`CRUSTYCLAW_NOTIFY_WEBHOOK_${i + 1}_FORMAT`] = w.format;
  });
  if (n.signal) {
    env.CRUSTYCLAW_NOTIFY_SIGNAL_URL = `\${{ secrets.${n.signal.urlSecret} }}`;
    env.CRUSTYCLAW_NOTIFY_SIGNAL_NUMBER = `\${{ secrets.${n.signal.numberSecret} }}`;
    env.CRUSTYCLAW_NOTIFY_SIGNAL_RECIPIENTS = `\${{ secrets.${n.signal.recipientsSecret} }}`;
  }
  return env;
}

const withEnv = (env: Record<string, string>) => (Object.keys(env).length > 0 ? { env } : {});

/** Where the route job writes its artifact, and where work jobs that carry out a plan download it. */
const ROUTE_DIR = "${{ runner.temp }}/crustyclaw-route";
const APPROVED_DIR = "${{ runner.temp }}/crustyclaw-approved";

/**
 * Execute-stage agents carry out the approved plan (when the route job hands one over) and check it by its hash;
 * review-stage agents of the same run check the work against it (implement-from-spec's conformance check).
 */
const carriesPlan = (blueprint: Blueprint, node: Node) =>
  node.kind === "agent" && (node.stage === "execute" || (node.stage === "review" && !postsReview(blueprint, node)));

/** The download of the approved plan, for a work job with an agent that carries it out; only when the route handed one over. */
function approvedPlanDownload(target: Target, job: WorkJob, blueprint: Blueprint): Array<Record<string, unknown>> {
  if (!job.nodes.some((n) => carriesPlan(blueprint, n))) return [];
  return [{ if: "${{ needs.route.outputs.plan != '' }}", uses: target.download.uses, with: { name: ROUTE_ARTIFACT, path: APPROVED_DIR } }];
}

const FEEDBACK_DIR = "${{ runner.temp }}/crustyclaw-feedback";

/** Feedback-stage agents are given the round's review, inline comments and follow-ups (written by the route job for every round). */
const readsFeedback = (node: Node) => node.kind === "agent" && node.stage === "feedback";

function feedbackDownload(target: Target, job: WorkJob): Array<Record<string, unknown>> {
  if (!job.nodes.some(readsFeedback)) return [];
  return [{ uses: target.download.uses, with: { name: ROUTE_ARTIFACT, path: FEEDBACK_DIR } }];
}

const REVIEW_DIR = "${{ runner.temp }}/crustyclaw-review";

/** A review agent gets the pull request it reviews and the base branch's instruction files (written by the route job for every review run). */
function reviewDownload(target: Target, job: WorkJob, blueprint: WorkflowInput["blueprint"]): Array<Record<string, unknown>> {
  if (!job.nodes.some((n) => postsReview(blueprint, n))) return [];
  return [{ uses: target.download.uses, with: { name: ROUTE_ARTIFACT, path: REVIEW_DIR } }];
}

function ifStage(segment: Segment): string {
  return `needs.route.outputs.stage == ${literal(segment.id)}`;
}

/** The expression naming a fan-out job's task (its matrix value). */
const MATRIX_TASK = "${{ matrix.task }}";

/**
 * Downloads of the results of the jobs this one builds on, each into its own directory
 * under in-dir. A fan-out's results are one artifact per task (`crustyclaw-<job>.<task>`):
 * by pattern where download-artifact takes one (v4), else every artifact of the run so far
 * (v3), of which the stage action reads only its ancestors'.
 */
function resultDownloads(target: Target, builtOn: WorkJob[]): Array<Record<string, unknown>> {
  const plain = builtOn.filter((j) => !j.fanOut);
  const fanned = builtOn.filter((j) => j.fanOut);
  if (fanned.length > 0 && !target.downloadPattern) return [{ uses: target.download.uses, with: { path: IN_DIR } }];
  return [
    ...plain.map((j) => ({ uses: target.download.uses, with: { name: `crustyclaw-${j.id}`, path: `${IN_DIR}/crustyclaw-${j.id}` } })),
    ...fanned.map((j) => ({ uses: target.download.uses, with: { pattern: `crustyclaw-${j.id}.*`, path: IN_DIR } })),
  ];
}

const TRACE = "${{ needs.route.outputs.trace }}";

function nodeStep(input: WorkflowInput, node: Node, receivesResults: boolean, fanOut?: WorkJob["fanOut"]): Record<string, unknown> {
  // The stage's span is the parent of the node's (observe/); nothing secret.
  const env: Record<string, string> = { CRUSTYCLAW_TRACE: TRACE };
  if (node.kind === "agent") env.CRUSTYCLAW_MODEL_API_KEY = `\${{ secrets.${input.config.modelApiKeySecret} }}`;
  if (node.kind === "agent" && hasLimits(input.config.limits, input.blueprint.name)) env.CRUSTYCLAW_SPEND_LEFT = "${{ needs.route.outputs.spend }}";
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
      // One job per plan task: this one's task ("all" when the plan's tasks depend on each other).
      ...(fanOut ? { task: MATRIX_TASK } : {}),
      // Repository variables pick the model and endpoint for every agent without editing blueprints. Unset is empty, and empty
      // inputs count as not given, so the runner's CRUSTYCLAW_MODEL and the blueprint still apply.
      ...(node.kind === "agent" ? { model: "${{ vars.CRUSTYCLAW_MODEL }}", "model-base-url": "${{ vars.CRUSTYCLAW_MODEL_BASE_URL }}" } : {}),
      // The default branch's policy rules for agents, as the route job read them: the checkout may be a pull request's head.
      ...(node.kind === "agent" ? { policy: "${{ needs.route.outputs.policy }}" } : {}),
      // Empty unless the route job handed over an approved plan; then the step refuses any other.
      ...(carriesPlan(input.blueprint, node) ? { "plan-sha256": "${{ needs.route.outputs.plan }}", "plan-file": `${APPROVED_DIR}/${APPROVED_PLAN_FILE}` } : {}),
      // The checkout is the pull request's head: instruction files are the base branch's, checked against the route job's hash.
      ...(readsFeedback(node)
        ? { "feedback-file": `${FEEDBACK_DIR}/${FEEDBACK_FILE}`, "instructions-sha256": "${{ needs.route.outputs.instructions }}", "instructions-file": `${FEEDBACK_DIR}/${INSTRUCTIONS_FILE}` }
        : {}),
      // A review of a pull request's head: the pull request and its diff, checked against the route job's hash; instruction files as for feedback.
      ...(postsReview(input.blueprint, node)
        ? {
            "pull-sha256": "${{ needs.route.outputs.review }}",
            "pull-file": `${REVIEW_DIR}/${PULL_FILE}`,
            "instructions-sha256": "${{ needs.route.outputs.instructions }}",
            "instructions-file": `${REVIEW_DIR}/${INSTRUCTIONS_FILE}`,
          }
        : {}),
    },
    env,
  };
}

/** `builtOn`: every job this one builds on, directly or not; their change sets are applied before its nodes run. */
function workJob(input: WorkflowInput, segment: Segment, job: WorkJob, builtOn: WorkJob[], all: WorkJob[]): Record<string, unknown> {
  const { target } = input;
  const minutes = Math.min(MAX_JOB_MINUTES, job.nodes.reduce((sum, n) => sum + n.minutes, SETUP_MINUTES));
  // The plan's job tells the fan-outs after it which tasks to run (its node step's `tasks` output).
  const fansOut = all.filter((j) => j.fanOut?.planJob === job.id).map((j) => j.fanOut!.planNode);
  const artifact = `crustyclaw-${job.id}${job.fanOut ? `.${MATRIX_TASK}` : ""}`;
  const upload = () => ({ if: "${{ !cancelled() }}", uses: target.upload.uses, with: { name: artifact, path: OUT_DIR, ...target.upload.with } });
  // Continuity: a job of several nodes records its results after each node, and a re-run of it (an attempt after the
  // first) starts from them: nodes that finished are not run again (run-node.ts, resume).
  const steps = job.nodes.length > 1;
  return {
    name: job.nodes.map((n) => n.id).join(" → "),
    needs: ["route", ...job.needs],
    if: ifStage(segment),
    ...(job.fanOut
      ? {
          strategy: {
            matrix: { task: `\${{ fromJSON(needs.${job.fanOut.planJob}.outputs.tasks) }}` },
            "max-parallel": job.fanOut.maxParallel,
            // A failed task escalates the run; the others' work is kept.
            "fail-fast": false,
          },
        }
      : {}),
    ...(fansOut.length > 0 ? { outputs: { tasks: `\${{ steps.${fansOut[0]}.outputs.tasks }}` } } : {}),
    "runs-on": target.runsOn(job.trust),
    "timeout-minutes": minutes,
    // Read-only: agents and the commands they run never hold a write token.
    ...permissions(target, { contents: "read" }),
    steps: [
      {
        uses: target.checkout,
        with: { ref: "${{ needs.route.outputs.ref }}", "persist-credentials": false },
      },
      // Results of every job this one builds on (each holds only its own change set), applied by the stage action.
      ...resultDownloads(target, builtOn),
      ...approvedPlanDownload(target, job, input.blueprint),
      ...feedbackDownload(target, job),
      ...reviewDownload(target, job, input.blueprint),
      ...(steps
        ? [{ name: "results of an earlier attempt", if: "${{ github.run_attempt != '1' }}", "continue-on-error": true, uses: target.download.uses, with: { name: artifact, path: OUT_DIR } }]
        : []),
      ...repoMapCache(target, job, "restore"),
      ...job.nodes.flatMap((n, i) => [nodeStep(input, n, i === 0 && builtOn.length > 0, job.fanOut), ...(steps && i < job.nodes.length - 1 ? [{ name: "results so far", ...upload() }] : [])]),
      ...repoMapCache(target, job, "save"),
      // Results travel to the publish job, which validates them before anything is written.
      upload(),
    ],
  };
}

/**
 * The repo map's cache (agents that read files start with a map of the checkout): restored
 * before the nodes, from the newest entry of this commit or any earlier one, and saved after
 * them unless this commit's entry was there already. Entries are keyed by the commit checked
 * out; the cache itself is keyed by file content, so an older entry still serves what did not change.
 */
function repoMapCache(target: Target, job: WorkJob, half: "restore" | "save"): Array<Record<string, unknown>> {
  if (!job.nodes.some(mapsRepo)) return [];
  const file = `\${{ runner.temp }}/${REPO_MAP_CACHE}`;
  const key = "crustyclaw-repomap-${{ needs.route.outputs.ref }}";
  return half === "restore"
    ? [{ name: "repo map cache", id: "repomap", uses: target.cache.restore, with: { path: file, key, "restore-keys": "crustyclaw-repomap-" } }]
    : [{ name: "save the repo map cache", if: "${{ !cancelled() && steps.repomap.outputs.cache-hit != 'true' }}", uses: target.cache.save, with: { path: file, key } }];
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
    // config ci.dispatch: the publish job starts the repository's CI workflows on the branch it pushed.
    ...permissions(target, { contents: "write", issues: "write", "pull-requests": "write", ...(input.config.ci.dispatch.length > 0 ? { actions: "write" } : {}) }),
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
          // Paths the policy denies agents are checked again over the whole change set.
          policy: "${{ needs.route.outputs.policy }}",
          token: "${{ github.token }}",
        },
        // config ci.push-token: the branch is pushed with this secret's token, whose pushes start CI; blueprint notify: its targets.
        ...withEnv({ CRUSTYCLAW_TRACE: TRACE, ...(input.config.ci.pushTokenSecret ? { CRUSTYCLAW_PUSH_TOKEN: `\${{ secrets.${input.config.ci.pushTokenSecret} }}` } : {}), ...notifyEnv(input.blueprint) }),
      },
    ],
  };
}

/** A blueprint whose feedback rounds can be started by failing CI: it opens (or adopts) pull requests and has feedback nodes. */
function ciRounds(blueprint: Blueprint): boolean {
  return followsPullRequests(blueprint) && blueprint.nodes.some((n) => n.stage === "feedback");
}

/** Directories the route job needs, without duplicates or directories inside others. */
function sparsePaths(dirs: string[]): string {
  const unique = [...new Set(dirs.map((d) => path.posix.normalize(d).replace(/\/$/, "")))].filter((d) => d !== ".");
  return unique
    .filter((d) => !unique.some((other) => other !== d && d.startsWith(`${other}/`)))
    .sort()
    .join("\n");
}
