/**
 * What crosses from a work job to the jobs after it: one directory per job (an artifact
 * named `crustyclaw-<job>`) holding `nodes/<id>.json` per node and `changes.patch`.
 *
 * The job that wrote them ran an agent, so every byte is untrusted input (DESIGN: "what
 * crosses a job boundary is data, typed and re-checked"): results are checked against
 * NODE_RESULT_SCHEMA, a job's directory may hold only the results of that job's own
 * nodes (as the pinned blueprint fuses them), and anything else is a problem to report,
 * never a result to act on.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as validators from "../generated/validators.js";
import { ID_PATTERN, STAGES } from "../blueprint/schema.js";
import type { NodeResult } from "./run-node.js";

/**
 * The route job's artifact (`crustyclaw-route`, route is a reserved node id): the approved
 * plan the execute segment carries out, as `approved-plan.json`, and a feedback round's
 * review and comments, as `feedback.json` (feedback-data.ts). It is no job's results;
 * a download of every artifact (publish's) brings it along, and results readers skip it.
 */
export const ROUTE_ARTIFACT = "crustyclaw-route";
export const APPROVED_PLAN_FILE = "approved-plan.json";

/** The most a result file may hold: outputs are capped far below this when written. */
export const MAX_RESULT_BYTES = 1024 * 1024;
/** The most a change set may hold. */
export const MAX_PATCH_BYTES = 64 * 1024 * 1024;

const text = (max: number) => ({ type: "string", maxLength: max }) as const;

/** JSON Schema of `nodes/<id>.json`. */
export const NODE_RESULT_SCHEMA = {
  $id: "https://crustyclaw.dev/schema/node-result.json",
  title: "CrustyClaw node result",
  type: "object",
  additionalProperties: false,
  required: ["node", "stage", "kind", "status", "exitCode", "timedOut", "durationMs", "output"],
  properties: {
    node: { type: "string", pattern: ID_PATTERN },
    stage: { enum: STAGES },
    kind: { enum: ["run", "agent"] },
    status: { enum: ["done", "failed"] },
    exitCode: { type: ["integer", "null"] },
    timedOut: { type: "boolean" },
    // A week at most: no node runs longer, and the outcome record sums these into counts the state must read back.
    durationMs: { type: "number", minimum: 0, maximum: 7 * 86_400_000 },
    output: text(256 * 1024),
    summary: text(64 * 1024),
    result: { type: "object" },
    escalation: text(16 * 1024),
    warnings: { type: "array", maxItems: 50, items: text(2000) },
    usage: {
      type: "object",
      additionalProperties: false,
      required: ["turns", "inputTokens", "outputTokens", "usd", "priced"],
      properties: {
        turns: { type: "integer", minimum: 0 },
        inputTokens: { type: "integer", minimum: 0 },
        outputTokens: { type: "integer", minimum: 0 },
        usd: { type: "number", minimum: 0 },
        priced: { type: "boolean" },
      },
    },
  },
} as const;

export interface JobResults {
  /** The job id (the artifact is `crustyclaw-<job>`, or `crustyclaw-<job>.<task>` for one task of a fan-out). */
  job: string;
  /** A fan-out job's task. */
  task?: string;
  results: NodeResult[];
  /** Path of a non-empty change set. */
  patch?: string;
}

export interface LoadedResults {
  jobs: JobResults[];
  /** What was refused, for people: each names the file and why. */
  problems: string[];
}

export interface LoadOptions {
  /** Jobs that fan out over plan tasks: their results come as one directory per task. */
  fannedOut?: ReadonlySet<string>;
  /**
   * Jobs of the run that are not `expected` but may be there, skipped without a problem: a
   * work job that downloads every artifact of the run so far (v3) gets its siblings' too.
   */
  others?: ReadonlySet<string>;
}

/** A work job's downloaded artifact: `crustyclaw-<job>`, or `crustyclaw-<job>.<task>` for a fan-out's task. */
export const JOB_RESULTS_DIR = /^crustyclaw-([a-z][a-z0-9-]*)(?:\.([a-z0-9][a-z0-9-]{0,39}))?$/;

/**
 * Read the result directories under `inDir`. `expected` maps each job id to the ids of
 * its nodes; directories of other jobs, results of other nodes, files that do not match
 * the schema, and oversized files are refused with a problem. Without `expected`, any
 * job's directory is read, but results are still schema-checked.
 */
export function loadResults(inDir: string | undefined, expected?: ReadonlyMap<string, readonly string[]>, options: LoadOptions = {}): LoadedResults {
  const jobs: JobResults[] = [];
  const problems: string[] = [];
  if (!inDir || !existsSync(inDir)) return { jobs, problems };
  for (const name of readdirSync(inDir).sort()) {
    if (name === ROUTE_ARTIFACT) continue;
    const dir = path.join(inDir, name);
    const m = JOB_RESULTS_DIR.exec(name);
    const job = m?.[1];
    const task = m?.[2];
    if (job && options.others?.has(job)) continue;
    if (!job || (expected && !expected.has(job))) {
      problems.push(`results directory '${printable(name)}' belongs to no job of this blueprint`);
      continue;
    }
    if (expected && (task !== undefined) !== (options.fannedOut?.has(job) ?? false)) {
      problems.push(task === undefined ? `results of job '${job}' must come one directory per plan task` : `results directory '${printable(name)}': job '${job}' does not fan out over plan tasks`);
      continue;
    }
    if (!lstatSync(dir).isDirectory()) {
      problems.push(`results of job '${job}' are not a directory`);
      continue;
    }
    const read = readJobDir(dir, name, expected?.get(job));
    problems.push(...read.problems);
    jobs.push({ job, ...(task !== undefined ? { task } : {}), results: read.results, ...(read.patch ? { patch: read.patch } : {}) });
  }
  return { jobs, problems };
}

/**
 * One job's results directory (`label` names it in problems). With `own`, results of
 * nodes outside that list are refused.
 */
export function readJobDir(dir: string, label: string, own?: readonly string[]): { results: NodeResult[]; patch?: string; problems: string[] } {
  const problems: string[] = [];
  const results: NodeResult[] = [];
  const nodesDir = path.join(dir, "nodes");
  if (existsSync(nodesDir)) {
    for (const file of readdirSync(nodesDir).sort()) {
      const where = `${label}/nodes/${printable(file)}`;
      const r = readResult(path.join(nodesDir, file), where);
      if (typeof r === "string") problems.push(r);
      else if (`${r.node}.json` !== file) problems.push(`${where} holds the result of node '${r.node}', not of the node its name says`);
      else if (own && !own.includes(r.node)) problems.push(`${where}: node '${r.node}' does not run in that job`);
      else results.push(r);
    }
  }
  const patchFile = path.join(dir, "changes.patch");
  let patch: string | undefined;
  if (existsSync(patchFile)) {
    const st = lstatSync(patchFile);
    if (!st.isFile()) problems.push(`${label}/changes.patch is not a regular file`);
    else if (st.size > MAX_PATCH_BYTES) problems.push(`${label}/changes.patch is ${st.size} bytes; the limit is ${MAX_PATCH_BYTES}`);
    else if (st.size > 0) patch = patchFile;
  }
  return { results, ...(patch ? { patch } : {}), problems };
}

function readResult(file: string, where: string): NodeResult | string {
  const st = lstatSync(file);
  if (!st.isFile()) return `${where} is not a regular file`;
  if (st.size > MAX_RESULT_BYTES) return `${where} is ${st.size} bytes; a node result may be at most ${MAX_RESULT_BYTES}`;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    return `${where} is not JSON (${(err as Error).message.slice(0, 200)})`;
  }
  const validate = validators.nodeResult;
  if (!validate(value)) {
    const e = validate.errors?.[0];
    return `${where} is not a node result: ${e?.instancePath || "(root)"} ${e?.message ?? "is invalid"}`;
  }
  return value as NodeResult;
}

/** A file name as it may be shown: control characters and markup escaped. */
function printable(name: string): string {
  return JSON.stringify(name.slice(0, 100)).slice(1, -1).replace(/[`<>@[\]]/g, "_");
}
