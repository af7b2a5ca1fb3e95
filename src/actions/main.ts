import * as core from "@actions/core";
import type { Stage } from "../blueprint/types.js";
import { readRunEnv } from "../stages/env.js";
import { getInputs } from "./inputs.js";

/**
 * Entry point shared by every action: one try/catch ending in setFailed. Each phase is
 * loaded on demand, so a work step does not load the forge client and a route step does
 * not load the node runner.
 */
export async function run(action: Stage | "route"): Promise<void> {
  try {
    const inputs = getInputs();
    const env = readRunEnv(process.env);
    if (action === "route" && inputs.phase === "record") await (await import("./record-step.js")).runRecord(env, inputs);
    else if (action === "route") await (await import("./route-step.js")).runRoute(env, inputs);
    else if (inputs.phase === "publish") await (await import("./publish-step.js")).runPublish(env, inputs);
    else {
      // Commands get a uid of their own only when the step runs as root (see elevate.ts).
      const elevate = await import("./elevate.js");
      if (elevate.canElevate()) return await elevate.runElevated();
      elevate.restoreElevatedEnv();
      try {
        await (await import("./node-step.js")).runNode(env, inputs, action);
      } finally {
        elevate.handBack([env.workspace, ...(inputs.outDir ? [inputs.outDir] : [])]);
      }
    }
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err));
  }
}
