/** Every kind of step the executor runs, behind one function. */
import type { ExprScope } from "../expressions.js";
import type { JobRuntime } from "../job.js";
import type { StepDef } from "../workflow.js";
import { downloadArtifact, uploadArtifact } from "./artifacts.js";
import { restoreCache, saveCache } from "./cache.js";
import { checkout } from "./checkout.js";
import { nodeAction } from "./node-action.js";
import { runScript } from "./run-script.js";
import { setupNode } from "./setup-node.js";

export interface StepRun {
  runtime: JobRuntime;
  step: StepDef;
  name: string;
  scope: ExprScope;
  /** `with:`, evaluated. */
  inputs: Record<string, string>;
  /** The process environment for this step (runner variables, env, file command paths). */
  env: Record<string, string>;
  /** ACTIONS_RUNTIME_TOKEN for JavaScript actions (a stand-in: there is no results service locally). */
  runtimeToken: string;
  signal: AbortSignal;
  /** A line of output, through workflow-command parsing and the mask. */
  line(text: string): void;
}

export interface StepDone {
  ok: boolean;
  /** Outputs the step produced other than through GITHUB_OUTPUT (built-in actions). */
  outputs: Record<string, string>;
  message?: string;
}

export function runStep(run: StepRun): Promise<StepDone> {
  const { step } = run;
  if (step.run) return runScript(run, step.run);
  const action = step.action!;
  if (action.kind === "builtin") {
    switch (action.name) {
      case "checkout":
        return checkout(run);
      case "upload-artifact":
        return uploadArtifact(run, action.major);
      case "download-artifact":
        return downloadArtifact(run, action.major);
      case "setup-node":
        return setupNode(run);
      case "cache/restore":
        return restoreCache(run);
      case "cache/save":
        return saveCache(run);
    }
  }
  return nodeAction(run, action);
}
