/**
 * The local workflow executor: runs a compiled (or any) workflow file the way
 * GitHub's and Forgejo's runners do, with GitHub's own workflow parser and
 * expression evaluator. `crustyclaw run`, `crustyclaw test`, the local forge's
 * Actions and the scenario tests all run workflows through it.
 */
import { stringOf } from "./evaluate.js";
import { githubContext } from "./context.js";
import type { ExecutorHost, RunRequest } from "./types.js";
import type { Workflow } from "./workflow.js";

export { parseWorkflowFile, classifyUses, WorkflowError, type Workflow, type JobDef, type StepDef, type Permissions, type Access, type ActionRef } from "./workflow.js";
export { runWorkflow, unresolvedActions } from "./run.js";
export { condition, evaluate, asString, ExpressionProblem, type ExprScope, type Status } from "./expressions.js";
export type * from "./types.js";

/** Contexts available where a run-level expression (concurrency, run-name) is evaluated. */
function runScope(host: ExecutorHost, workflow: Workflow, request: Omit<RunRequest, "workDir">) {
  const github = githubContext({ host, request: { ...request, workDir: "" }, workflow, job: "", token: "", workspace: "", eventPath: "" });
  const inputs = request.eventName === "workflow_dispatch" && typeof request.event.inputs === "object" ? request.event.inputs : {};
  return { contexts: { github, vars: host.vars, inputs }, status: { failed: false, cancelled: false } };
}

/** The run's concurrency group, or undefined when the workflow has none. */
export function concurrencyGroup(host: ExecutorHost, workflow: Workflow, request: Omit<RunRequest, "workDir">): string | undefined {
  if (!workflow.concurrency) return undefined;
  return stringOf(workflow.concurrency.group, runScope(host, workflow, request));
}

/** The run's display name: `run-name:` evaluated, else the workflow's name. */
export function runName(host: ExecutorHost, workflow: Workflow, request: Omit<RunRequest, "workDir">): string {
  return workflow.runName ? stringOf(workflow.runName, runScope(host, workflow, request)) : workflow.name;
}
