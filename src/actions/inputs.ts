import * as core from "@actions/core";

/** Inputs of every CrustyClaw action, parsed in one place. No other module reads inputs. */
export interface ActionInputs {
  /** Repository-relative path of the blueprint the workflow was compiled from. */
  blueprint: string;
  /** sha256 of that blueprint, pinned in the workflow at compile time. */
  blueprintSha256: string;
  /** Node to run (stage steps in work jobs). */
  node?: string;
  /** Issue the run belongs to, from the route job. */
  issue?: number;
  /** `run` in work jobs, `publish` in the job that writes to the forge, `record` in the job that stores the route's outcomes, `report` in a report blueprint's job. */
  phase: "run" | "publish" | "record" | "report";
  /** Results of earlier jobs (downloaded artifacts). */
  inDir?: string;
  /** Where this job's results go (uploaded as an artifact). */
  outDir?: string;
  /** Forge token; only the route and publish jobs are given one. */
  token?: string;
  /** Model for agent nodes (`provider/model`), overriding the blueprint. */
  model?: string;
  /** API root for the model provider, overriding CRUSTYCLAW_MODEL_BASE_URL. */
  modelBaseUrl?: string;
  /** sha256 of the plan `/approve` approved (the route job's `plan` output); execute agents refuse any other plan. */
  planSha256?: string;
  /** The approved plan's file (downloaded from the route job's artifact). */
  planFile?: string;
  /** A fan-out job's plan task (its matrix value): one task id, or "all". */
  task?: string;
  /** A feedback round's review and comments (`feedback.json`, downloaded from the route job's artifact). */
  feedbackFile?: string;
  /** sha256 of the base branch's instruction files the route job handed over (its `instructions` output); empty: none. */
  instructionsSha256?: string;
  /** Those instruction files (`instructions.json`, downloaded from the route job's artifact). */
  instructionsFile?: string;
  /** sha256 of the pull request a review run reviews (the route job's `review` output). */
  pullSha256?: string;
  /** That pull request, its head and diff (`pull.json`, downloaded from the route job's artifact). */
  pullFile?: string;
  /** The route job's `policy` output: the default branch's agent rules (JSON); empty: none. */
  policy?: string;
  /** The record job: the route job's `outcomes` output (a JSON list of outcome records). */
  outcomes?: string;
}

function optional(name: string): string | undefined {
  const v = core.getInput(name).trim();
  return v === "" ? undefined : v;
}

export function getInputs(): ActionInputs {
  const blueprint = core.getInput("blueprint", { required: true }).trim();
  const blueprintSha256 = core.getInput("blueprint-sha256", { required: true }).trim();
  if (!/^[0-9a-f]{64}$/.test(blueprintSha256)) {
    throw new Error(`Invalid blueprint-sha256 '${blueprintSha256.slice(0, 80)}'. Expected 64 lower-case hex digits, as written by crustyclaw compile.`);
  }
  const node = optional("node");
  if (node !== undefined && !/^[a-z][a-z0-9-]{0,47}$/.test(node)) {
    throw new Error(`Invalid node '${node.slice(0, 80)}'. Expected a node id from the blueprint (lower-case letters, digits, dashes).`);
  }
  const issueText = optional("issue");
  const issue = issueText === undefined ? undefined : Number(issueText);
  if (issue !== undefined && !(Number.isSafeInteger(issue) && issue > 0)) {
    throw new Error(`Invalid issue '${issueText!.slice(0, 80)}'. Expected an issue number such as 42.`);
  }
  const phase = optional("phase") ?? "run";
  if (phase !== "run" && phase !== "publish" && phase !== "record" && phase !== "report") throw new Error(`Invalid phase '${phase.slice(0, 80)}'. Expected run, publish, record or report.`);
  const token = optional("token");
  if (token) core.setSecret(token);
  const model = optional("model");
  const modelBaseUrl = optional("model-base-url");
  const planSha256 = optional("plan-sha256");
  if (planSha256 !== undefined && !/^[0-9a-f]{64}$/.test(planSha256)) {
    throw new Error(`Invalid plan-sha256 '${planSha256.slice(0, 80)}'. Expected 64 lower-case hex digits (the route job's plan output) or nothing.`);
  }
  const planFile = optional("plan-file");
  const task = optional("task");
  if (task !== undefined && !/^[a-z0-9][a-z0-9-]{0,39}$/.test(task)) {
    throw new Error(`Invalid task '${task.slice(0, 80)}'. Expected a plan task id (lower-case letters, digits and '-') or 'all'.`);
  }
  const feedbackFile = optional("feedback-file");
  const instructionsSha256 = optional("instructions-sha256");
  if (instructionsSha256 !== undefined && !/^[0-9a-f]{64}$/.test(instructionsSha256)) {
    throw new Error(`Invalid instructions-sha256 '${instructionsSha256.slice(0, 80)}'. Expected 64 lower-case hex digits (the route job's instructions output) or nothing.`);
  }
  const instructionsFile = optional("instructions-file");
  const pullSha256 = optional("pull-sha256");
  if (pullSha256 !== undefined && !/^[0-9a-f]{64}$/.test(pullSha256)) {
    throw new Error(`Invalid pull-sha256 '${pullSha256.slice(0, 80)}'. Expected 64 lower-case hex digits (the route job's review output) or nothing.`);
  }
  const pullFile = optional("pull-file");
  const outcomes = optional("outcomes");
  const policy = optional("policy");
  const inDir = optional("in-dir");
  const outDir = optional("out-dir");
  return {
    blueprint,
    blueprintSha256,
    phase,
    ...(node !== undefined ? { node } : {}),
    ...(issue !== undefined ? { issue } : {}),
    ...(inDir !== undefined ? { inDir } : {}),
    ...(outDir !== undefined ? { outDir } : {}),
    ...(token !== undefined ? { token } : {}),
    ...(model !== undefined ? { model } : {}),
    ...(modelBaseUrl !== undefined ? { modelBaseUrl } : {}),
    ...(planSha256 !== undefined ? { planSha256 } : {}),
    ...(planFile !== undefined ? { planFile } : {}),
    ...(task !== undefined ? { task } : {}),
    ...(feedbackFile !== undefined ? { feedbackFile } : {}),
    ...(instructionsSha256 !== undefined ? { instructionsSha256 } : {}),
    ...(instructionsFile !== undefined ? { instructionsFile } : {}),
    ...(pullSha256 !== undefined ? { pullSha256 } : {}),
    ...(pullFile !== undefined ? { pullFile } : {}),
    ...(outcomes !== undefined ? { outcomes } : {}),
    ...(policy !== undefined ? { policy } : {}),
  };
}
