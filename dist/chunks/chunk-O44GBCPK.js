import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  getInput,
  readRunEnv,
  setFailed,
  setSecret
} from "./chunk-R4H3NZ2E.js";

// src/actions/inputs.ts
function optional(name) {
  const v = getInput(name).trim();
  return v === "" ? void 0 : v;
}
function getInputs() {
  const blueprint = getInput("blueprint", { required: true }).trim();
  const blueprintSha256 = getInput("blueprint-sha256", { required: true }).trim();
  if (!/^[0-9a-f]{64}$/.test(blueprintSha256)) {
    throw new Error(`Invalid blueprint-sha256 '${blueprintSha256.slice(0, 80)}'. Expected 64 lower-case hex digits, as written by crustyclaw compile.`);
  }
  const node = optional("node");
  if (node !== void 0 && !/^[a-z][a-z0-9-]{0,47}$/.test(node)) {
    throw new Error(`Invalid node '${node.slice(0, 80)}'. Expected a node id from the blueprint (lower-case letters, digits, dashes).`);
  }
  const issueText = optional("issue");
  const issue = issueText === void 0 ? void 0 : Number(issueText);
  if (issue !== void 0 && !(Number.isSafeInteger(issue) && issue > 0)) {
    throw new Error(`Invalid issue '${issueText.slice(0, 80)}'. Expected an issue number such as 42.`);
  }
  const phase = optional("phase") ?? "run";
  if (phase !== "run" && phase !== "publish") throw new Error(`Invalid phase '${phase.slice(0, 80)}'. Expected run or publish.`);
  const token = optional("token");
  if (token) setSecret(token);
  const model = optional("model");
  const modelBaseUrl = optional("model-base-url");
  const planSha256 = optional("plan-sha256");
  if (planSha256 !== void 0 && !/^[0-9a-f]{64}$/.test(planSha256)) {
    throw new Error(`Invalid plan-sha256 '${planSha256.slice(0, 80)}'. Expected 64 lower-case hex digits (the route job's plan output) or nothing.`);
  }
  const planFile = optional("plan-file");
  const task = optional("task");
  if (task !== void 0 && !/^[a-z0-9][a-z0-9-]{0,39}$/.test(task)) {
    throw new Error(`Invalid task '${task.slice(0, 80)}'. Expected a plan task id (lower-case letters, digits and '-') or 'all'.`);
  }
  const feedbackFile = optional("feedback-file");
  const instructionsSha256 = optional("instructions-sha256");
  if (instructionsSha256 !== void 0 && !/^[0-9a-f]{64}$/.test(instructionsSha256)) {
    throw new Error(`Invalid instructions-sha256 '${instructionsSha256.slice(0, 80)}'. Expected 64 lower-case hex digits (the route job's instructions output) or nothing.`);
  }
  const instructionsFile = optional("instructions-file");
  const pullSha256 = optional("pull-sha256");
  if (pullSha256 !== void 0 && !/^[0-9a-f]{64}$/.test(pullSha256)) {
    throw new Error(`Invalid pull-sha256 '${pullSha256.slice(0, 80)}'. Expected 64 lower-case hex digits (the route job's review output) or nothing.`);
  }
  const pullFile = optional("pull-file");
  const inDir = optional("in-dir");
  const outDir = optional("out-dir");
  return {
    blueprint,
    blueprintSha256,
    phase,
    ...node !== void 0 ? { node } : {},
    ...issue !== void 0 ? { issue } : {},
    ...inDir !== void 0 ? { inDir } : {},
    ...outDir !== void 0 ? { outDir } : {},
    ...token !== void 0 ? { token } : {},
    ...model !== void 0 ? { model } : {},
    ...modelBaseUrl !== void 0 ? { modelBaseUrl } : {},
    ...planSha256 !== void 0 ? { planSha256 } : {},
    ...planFile !== void 0 ? { planFile } : {},
    ...task !== void 0 ? { task } : {},
    ...feedbackFile !== void 0 ? { feedbackFile } : {},
    ...instructionsSha256 !== void 0 ? { instructionsSha256 } : {},
    ...instructionsFile !== void 0 ? { instructionsFile } : {},
    ...pullSha256 !== void 0 ? { pullSha256 } : {},
    ...pullFile !== void 0 ? { pullFile } : {}
  };
}

// src/actions/main.ts
async function run(action) {
  try {
    const inputs = getInputs();
    const env = readRunEnv(process.env);
    if (action === "route") await (await import("./route-step-MIIJWHFG.js")).runRoute(env, inputs);
    else if (inputs.phase === "publish") await (await import("./publish-step-2J2NQ3QX.js")).runPublish(env, inputs);
    else {
      const elevate = await import("./elevate-6AF6ZCKX.js");
      if (elevate.canElevate()) return await elevate.runElevated();
      elevate.restoreElevatedEnv();
      try {
        await (await import("./node-step-3BSCZD7M.js")).runNode(env, inputs, action);
      } finally {
        elevate.handBack([env.workspace, ...inputs.outDir ? [inputs.outDir] : []]);
      }
    }
  } catch (err) {
    setFailed(err instanceof Error ? err.message : String(err));
  }
}

export {
  run
};
