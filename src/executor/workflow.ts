/**
 * A workflow file as the local executor runs it: parsed and schema-checked by
 * GitHub's own parser (@actions/workflow-parser), then checked against what the
 * executor implements. A construct it does not implement is a problem with its
 * line and column, never a silent skip: a run that would behave differently on a
 * forge must not pass here.
 */
import {
  convertWorkflowTemplate,
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from "@actions/workflow-parser";
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/template-token";
import type { EventsConfig } from "@actions/workflow-parser/model/workflow-template";
import type { MappingToken } from "@actions/workflow-parser/templates/tokens/mapping-token";
import type { Problem } from "../util/problem.js";

/** `read`/`write`/`none` per GITHUB_TOKEN scope, as a job's `permissions:` says. */
export type Access = "read" | "write" | "none";
export interface Permissions {
  /** `read-all`, `write-all`, or `{}` (none); scopes listed override it. */
  all: Access;
  scopes: Record<string, Access>;
}

/** An action a step uses, as the executor will run it. */
export type ActionRef =
  /** Implemented by the executor itself (checkout, artifacts, setup-node, cache/restore and cache/save). */
  | { kind: "builtin"; name: BuiltinName; major: number; uses: string }
  /** A JavaScript action from another repository; the executor's resolver must know where it is. */
  | { kind: "remote"; repo: string; path: string; ref: string; uses: string }
  /** A JavaScript action in the workspace (`./path`). */
  | { kind: "workspace"; path: string; uses: string };

export const BUILTINS = ["checkout", "upload-artifact", "download-artifact", "setup-node", "cache/restore", "cache/save"] as const;
export type BuiltinName = (typeof BUILTINS)[number];

/** Inputs each built-in implements; anything else is refused rather than ignored. */
const BUILTIN_INPUTS: Record<BuiltinName, readonly string[]> = {
  checkout: ["ref", "persist-credentials", "sparse-checkout", "sparse-checkout-cone-mode", "path", "fetch-depth", "token", "repository", "clean"],
  "upload-artifact": ["name", "path", "retention-days", "overwrite", "if-no-files-found", "include-hidden-files", "compression-level"],
  "download-artifact": ["name", "path", "pattern", "merge-multiple"],
  "setup-node": ["node-version", "cache"],
  "cache/restore": ["path", "key", "restore-keys", "fail-on-cache-miss", "lookup-only"],
  "cache/save": ["path", "key"],
};
/** Oldest major version whose behaviour the built-in follows. */
const BUILTIN_MIN_MAJOR: Record<BuiltinName, number> = { checkout: 2, "upload-artifact": 3, "download-artifact": 3, "setup-node": 2, "cache/restore": 4, "cache/save": 4 };

export interface StepDef {
  /** The step's `id:`, or a generated one (`__run`, `__actions_checkout`) that `steps.` cannot name. */
  id: string;
  hasId: boolean;
  name?: TemplateToken;
  /** `if:` with its status function ensured by the parser (`success() && (…)`). */
  if: string;
  env?: MappingToken;
  with?: MappingToken;
  continueOnError: TemplateToken | boolean;
  timeoutMinutes?: TemplateToken;
  run?: { script: TemplateToken; shell: "bash" | "sh" | "default"; workingDirectory?: TemplateToken };
  action?: ActionRef;
  line: number;
}

export interface JobDef {
  id: string;
  name?: TemplateToken;
  needs: string[];
  if: string;
  runsOn?: TemplateToken;
  timeoutMinutes?: TemplateToken;
  permissions?: Permissions;
  outputs?: MappingToken;
  env?: MappingToken;
  steps: StepDef[];
  /** `strategy:`, evaluated when the job starts (the matrix may come from `needs`). */
  strategy?: { matrix: TemplateToken; maxParallel?: TemplateToken; failFast?: TemplateToken };
}

export interface Workflow {
  /** Repository-relative path, e.g. `.github/workflows/ci.yml`. */
  file: string;
  /** `name:`, or the file path as both forges show it when there is none. */
  name: string;
  events: EventsConfig;
  env?: MappingToken;
  permissions?: Permissions;
  concurrency?: { group: TemplateToken; cancelInProgress: boolean; queue: "single" | "max" };
  runName?: TemplateToken;
  jobs: JobDef[];
}

/** Problems with a workflow file: its own mistakes, or constructs the executor does not implement. */
export class WorkflowError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.file}${p.line ? `:${p.line}:${p.column}` : ""}: ${p.message}`).join("\n"));
    this.name = "WorkflowError";
  }
}

const TOP_KEYS = ["name", "run-name", "on", "permissions", "env", "concurrency", "jobs"];
const JOB_KEYS = ["name", "needs", "if", "runs-on", "timeout-minutes", "permissions", "outputs", "env", "steps", "strategy"];
const STRATEGY_KEYS = ["matrix", "max-parallel", "fail-fast"];
const STEP_KEYS = ["id", "name", "if", "uses", "with", "env", "run", "shell", "working-directory", "continue-on-error", "timeout-minutes"];

/** Why a key the schema allows is not run locally, for the error message. */
const UNSUPPORTED_WHY: Record<string, string> = {
  defaults: "set shell and working-directory on each step instead",
  container: "the local executor runs jobs on the host, not in containers",
  services: "the local executor starts no service containers",
  uses: "reusable workflows are not implemented by the local executor",
  environment: "deployment environments are not implemented by the local executor",
  concurrency: "only workflow-level concurrency is implemented",
  "continue-on-error": "only step-level continue-on-error is implemented",
  snapshot: "custom images are not implemented by the local executor",
  with: "inputs belong to reusable workflows, which the local executor does not implement",
  secrets: "secrets belong to reusable workflows, which the local executor does not implement",
};

function readStrategy(entry: Entry | undefined, job: string, problem: Report): JobDef["strategy"] | undefined {
  if (!entry) return undefined;
  if (!isMapping(entry.value)) {
    problem(entry.value, `strategy of job '${job}' must be a mapping`, "invalid-workflow");
    return undefined;
  }
  const keys = entries(entry.value);
  unsupportedKeys(keys, STRATEGY_KEYS, `strategy of job '${job}'`, problem);
  const matrix = keys.get("matrix")?.value;
  if (!matrix) {
    problem(entry.key, `strategy of job '${job}' has no matrix`, "invalid-workflow");
    return undefined;
  }
  const maxParallel = keys.get("max-parallel")?.value;
  const failFast = keys.get("fail-fast")?.value;
  return { matrix, ...(maxParallel ? { maxParallel } : {}), ...(failFast ? { failFast } : {}) };
}

/** Parse a workflow file; throws WorkflowError with every problem found. */
export async function parseWorkflowFile(file: string, text: string): Promise<Workflow> {
  const parsed = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  const problems: Problem[] = [];
  const problem = (token: TemplateToken | undefined, message: string, code = "unsupported", hint?: string) =>
    problems.push({ file, line: token?.range?.start.line ?? 0, column: token?.range?.start.column ?? 0, message, code, ...(hint ? { hint } : {}) });
  for (const e of parsed.context.errors.getErrors()) {
    problems.push({ file, line: e.range?.start.line ?? 0, column: e.range?.start.column ?? 0, message: e.rawMessage, code: "invalid-workflow" });
  }
  const root = parsed.value;
  if (problems.length > 0 || !root || !isMapping(root)) {
    if (problems.length === 0) problem(root, "a workflow must be a mapping with `on` and `jobs`", "invalid-workflow");
    throw new WorkflowError(problems);
  }
  const template = await convertWorkflowTemplate(parsed.context, root);
  for (const e of parsed.context.errors.getErrors()) {
    problems.push({ file, line: e.range?.start.line ?? 0, column: e.range?.start.column ?? 0, message: e.rawMessage, code: "invalid-workflow" });
  }
  if (problems.length > 0) throw new WorkflowError(problems);

  const top = entries(root);
  unsupportedKeys(top, TOP_KEYS, "workflow", problem);
  const jobsToken = top.get("jobs");
  const rawJobs = jobsToken && isMapping(jobsToken.value) ? entries(jobsToken.value) : new Map<string, Entry>();

  const jobs: JobDef[] = [];
  for (const job of template.jobs) {
    const raw = rawJobs.get(job.id.value);
    if (!raw || !isMapping(raw.value)) continue;
    const keys = entries(raw.value);
    unsupportedKeys(keys, JOB_KEYS, `job '${job.id.value}'`, problem);
    if (job.type !== "job") continue;
    const rawSteps = keys.get("steps");
    const stepTokens = rawSteps && isSequence(rawSteps.value) ? [...rawSteps.value] : [];
    const steps: StepDef[] = [];
    job.steps.forEach((step, i) => {
      const token = stepTokens[i];
      if (!token || !isMapping(token)) return;
      const sk = entries(token);
      unsupportedKeys(sk, STEP_KEYS, `step ${i + 1} of job '${job.id.value}'`, problem);
      const def: StepDef = {
        id: step.id,
        hasId: sk.has("id"),
        if: "if" in step && step.if ? step.if.expression : "success()",
        continueOnError: "continue-on-error" in step ? (step["continue-on-error"] ?? false) : false,
        line: token.range?.start.line ?? 0,
        ...(step.name ? { name: step.name } : {}),
        ...("env" in step && step.env ? { env: step.env } : {}),
      };
      const timeout = sk.get("timeout-minutes")?.value;
      if (timeout) def.timeoutMinutes = timeout;
      const withToken = sk.get("with")?.value;
      if (withToken && isMapping(withToken)) def.with = withToken;
      if ("run" in step) {
        const shell = sk.get("shell")?.value;
        const shellName = shell && isString(shell) ? shell.value : shell ? undefined : "default";
        if (shellName !== "bash" && shellName !== "sh" && shellName !== "default") {
          problem(shell, `shell '${shell && isString(shell) ? shell.value : "(an expression)"}' is not supported by the local executor`, "unsupported", "use bash or sh");
        }
        const wd = sk.get("working-directory")?.value;
        def.run = { script: step.run, shell: shellName === "bash" || shellName === "sh" ? shellName : "default", ...(wd ? { workingDirectory: wd } : {}) };
      } else if ("uses" in step) {
        for (const k of ["shell", "working-directory"]) if (sk.has(k)) problem(sk.get(k)!.key, `'${k}' applies to run steps only`, "invalid-workflow");
        const action = classifyUses(step.uses.value);
        if (typeof action === "string") problem(step.uses, action);
        else {
          def.action = action;
          if (action.kind === "builtin") checkBuiltinInputs(action, withToken && isMapping(withToken) ? withToken : undefined, problem);
        }
      } else {
        problem(token, "only run and uses steps are implemented by the local executor");
      }
      steps.push(def);
    });
    const timeout = keys.get("timeout-minutes")?.value;
    const permissions = keys.get("permissions")?.value;
    const strategy = readStrategy(keys.get("strategy"), job.id.value, problem);
    jobs.push({
      ...(strategy ? { strategy } : {}),
      id: job.id.value,
      needs: (job.needs ?? []).map((n) => n.value),
      if: job.if.expression,
      steps,
      ...(job.name ? { name: job.name } : {}),
      ...(job["runs-on"] ? { runsOn: job["runs-on"] } : {}),
      ...(timeout ? { timeoutMinutes: timeout } : {}),
      ...(permissions ? { permissions: readPermissions(permissions, problem) } : {}),
      ...(job.outputs ? { outputs: job.outputs } : {}),
      ...(job.env ? { env: job.env } : {}),
    });
  }

  const workflow: Workflow = { file, name: file, events: template.events, jobs };
  const name = top.get("name")?.value;
  if (name && isString(name)) workflow.name = name.value;
  const runName = top.get("run-name")?.value;
  if (runName) workflow.runName = runName;
  const env = top.get("env")?.value;
  if (env && isMapping(env)) workflow.env = env;
  const permissions = top.get("permissions")?.value;
  if (permissions) workflow.permissions = readPermissions(permissions, problem);
  const concurrency = top.get("concurrency")?.value;
  if (concurrency) {
    const c = readConcurrency(concurrency, problem);
    if (c) workflow.concurrency = c;
  }
  if (problems.length > 0) throw new WorkflowError(problems);
  return workflow;
}

interface Entry {
  key: TemplateToken;
  value: TemplateToken;
}

function entries(mapping: MappingToken): Map<string, Entry> {
  const out = new Map<string, Entry>();
  for (const { key, value } of mapping) if (isString(key)) out.set(key.value, { key, value });
  return out;
}

type Report = (token: TemplateToken | undefined, message: string, code?: string, hint?: string) => void;

function unsupportedKeys(keys: Map<string, Entry>, allowed: string[], where: string, problem: Report): void {
  for (const [name, { key }] of keys) {
    if (allowed.includes(name)) continue;
    const why = UNSUPPORTED_WHY[name];
    problem(key, `'${name}' in ${where} is not implemented by the local executor${why ? `: ${why}` : ""}`);
  }
}

/**
 * What a `uses:` names. Forgejo accepts full URLs (`https://code.forgejo.org/actions/checkout@v4`)
 * and resolves short names against its default actions host; both mean the same action here.
 */
export function classifyUses(uses: string): ActionRef | string {
  if (uses.startsWith("docker://")) return `'${uses}': container actions are not implemented by the local executor`;
  if (uses.startsWith("./")) return { kind: "workspace", path: uses.replace(/\/+$/, ""), uses };
  const short = uses.replace(/^https?:\/\/[^/]+\//, "");
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)((?:\/[A-Za-z0-9_.-]+)*)@([A-Za-z0-9_./-]+)$/.exec(short);
  if (!m) return `'${uses}' is not a reference to an action; expected owner/repo[/path]@ref or ./path`;
  const [, owner, repo, sub = "", ref = ""] = m as unknown as [string, string, string, string, string];
  if (owner.toLowerCase() === "actions") {
    const full = `${repo}${sub}`.toLowerCase();
    const name = (BUILTINS as readonly string[]).find((b) => b === full) as BuiltinName | undefined;
    if (name) {
      const major = /^v(\d+)(?:\.|$)/.exec(ref);
      if (!major) return `'${uses}': the local executor implements ${name} by major version; use a tag like @v4`;
      const n = Number(major[1]);
      if (n < BUILTIN_MIN_MAJOR[name]) return `'${uses}': versions of actions/${name} before v${BUILTIN_MIN_MAJOR[name]} are not implemented by the local executor`;
      return { kind: "builtin", name, major: n, uses };
    }
  }
  return { kind: "remote", repo: `${owner}/${repo}`, path: sub.replace(/^\//, ""), ref, uses };
}

function checkBuiltinInputs(action: Extract<ActionRef, { kind: "builtin" }>, withToken: MappingToken | undefined, problem: Report): void {
  if (!withToken) return;
  const allowed = BUILTIN_INPUTS[action.name];
  for (const { key } of withToken) {
    if (!isString(key)) continue;
    if (!allowed.includes(key.value)) {
      problem(key, `input '${key.value}' of actions/${action.name} is not implemented by the local executor`, "unsupported", `implemented inputs: ${allowed.join(", ")}`);
    }
  }
}

const ACCESS = ["read", "write", "none"] as const;

function readPermissions(token: TemplateToken, problem: Report): Permissions {
  if (isString(token)) {
    if (token.value === "read-all") return { all: "read", scopes: {} };
    if (token.value === "write-all") return { all: "write", scopes: {} };
    problem(token, `permissions '${token.value}' is not read-all, write-all or a mapping`, "invalid-workflow");
    return { all: "none", scopes: {} };
  }
  const out: Permissions = { all: "none", scopes: {} };
  if (!isMapping(token)) return out;
  for (const { key, value } of token) {
    if (!isString(key) || !isString(value) || !(ACCESS as readonly string[]).includes(value.value)) continue;
    out.scopes[key.value] = value.value as Access;
  }
  return out;
}

function readConcurrency(token: TemplateToken, problem: Report): Workflow["concurrency"] {
  if (isString(token) || isBasicExpression(token)) return { group: token, cancelInProgress: false, queue: "single" };
  if (!isMapping(token)) return undefined;
  const e = entries(token);
  const group = e.get("group")?.value;
  if (!group) {
    problem(token, "concurrency needs a group", "invalid-workflow");
    return undefined;
  }
  const cancel = e.get("cancel-in-progress")?.value;
  if (cancel && !isBoolean(cancel)) problem(cancel, "cancel-in-progress as an expression is not implemented by the local executor");
  const queue = e.get("queue")?.value;
  return {
    group,
    cancelInProgress: cancel && isBoolean(cancel) ? cancel.value : false,
    queue: queue && isString(queue) && queue.value === "max" ? "max" : "single",
  };
}

/** A literal number token's value, for `timeout-minutes` written as a number. */
export function literalNumber(token: TemplateToken | undefined): number | undefined {
  return token && isNumber(token) ? token.value : undefined;
}
