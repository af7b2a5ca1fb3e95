/**
 * `actions/setup-node`: locally the host's Node.js is the only one there is. The step
 * succeeds when it satisfies the major version asked for and fails, saying so, when
 * it does not: nothing is downloaded.
 */
import type { StepDone, StepRun } from "./index.js";

export async function setupNode(run: StepRun): Promise<StepDone> {
  const wanted = (run.inputs["node-version"] ?? "").trim();
  const have = process.versions.node;
  const major = have.split(".")[0]!;
  const m = /^v?(\d+)(?:\.(?:x|\d+))*$/.exec(wanted);
  if (wanted && !/^(lts\/\*|node|latest)$/.test(wanted) && (!m || m[1] !== major)) {
    return { ok: false, outputs: {}, message: `actions/setup-node: Node.js ${wanted} was asked for, but the local executor uses the host's Node.js ${have} and installs nothing` };
  }
  run.line(`Using the host's Node.js ${have}${run.inputs.cache ? " (no dependency cache locally)" : ""}`);
  return { ok: true, outputs: { "node-version": `v${have}`, "cache-hit": "false" } };
}
