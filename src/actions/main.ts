import * as core from "@actions/core";
import type { Stage } from "../blueprint/types.js";
import { readRunEnv } from "../stages/env.js";
import { getInputs } from "./inputs.js";
import { eventLogFile, type Fields } from "../observe/events.js";
import { endStep, observeStep, type Observed } from "../observe/observe.js";
import type { RunEnv } from "../stages/env.js";

/** Runs a phase inside its step's span and log (observe/). */
async function observed(env: RunEnv, name: string, fields: Fields, phase: (o: Observed) => Promise<void>, opts: { defer?: boolean } = {}): Promise<void> {
  const o = await observeStep({ repository: `${env.repo.owner}/${env.repo.repo}`, forge: env.forge }, name, fields, (m) => core.warning(m), opts);
  let error: unknown;
  try {
    await phase(o);
  } catch (err) {
    error = err;
    throw err;
  } finally {
    await endStep(o, error);
  }
}

/**
 * Entry point shared by every action: one try/catch ending in setFailed. Each phase is
 * loaded on demand, so a work step does not load the forge client and a route step does
 * not load the node runner.
 */
export async function run(action: Stage | "route"): Promise<void> {
  try {
    const inputs = getInputs();
    const env = readRunEnv(process.env);
    if (action === "route" && inputs.phase === "report") await observed(env, "report", { phase: "report", blueprint: inputs.blueprint }, (o) => import("./report-step.js").then((m) => m.runReport(env, inputs, o)));
    else if (action === "route" && inputs.phase === "record") await observed(env, "record", { phase: "record", blueprint: inputs.blueprint }, (o) => import("./record-step.js").then((m) => m.runRecord(env, inputs, o)));
    // The route step decides its stage, and so its span's parent, as it ends.
    else if (action === "route") await observed(env, "route", { phase: "route", blueprint: inputs.blueprint }, (o) => import("./route-step.js").then((m) => m.runRoute(env, inputs, o)), { defer: true });
    else if (inputs.phase === "publish") {
      await observed(env, "publish", { phase: "publish", stage: action, blueprint: inputs.blueprint, issue: inputs.issue }, (o) => import("./publish-step.js").then((m) => m.runPublish(env, inputs, o)));
    } else {
      // Commands get a uid of their own only when the step runs as root (see elevate.ts).
      const elevate = await import("./elevate.js");
      if (elevate.canElevate()) return await elevate.runElevated();
      elevate.restoreElevatedEnv();
      try {
        const fields = { phase: "node", stage: action, node: inputs.node, blueprint: inputs.blueprint, issue: inputs.issue, task: inputs.task };
        await observed(env, `node ${inputs.node ?? ""}`, fields, (o) => import("./node-step.js").then((m) => m.runNode(env, inputs, action, o)));
      } finally {
        const log = eventLogFile(process.env);
        elevate.handBack([env.workspace, ...(inputs.outDir ? [inputs.outDir] : []), ...(log ? [log] : [])]);
      }
    }
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err));
  }
}
