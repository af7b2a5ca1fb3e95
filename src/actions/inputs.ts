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
  /** `run` in work jobs, `publish` in the job that writes to the forge. */
  phase: "run" | "publish";
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
  if (phase !== "run" && phase !== "publish") throw new Error(`Invalid phase '${phase.slice(0, 80)}'. Expected run or publish.`);
  const token = optional("token");
  if (token) core.setSecret(token);
  const model = optional("model");
  const modelBaseUrl = optional("model-base-url");
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
  };
}
