/**
 * Plans: what an agent in the plan stage produces and the execute stage carries
 * out. A plan is a list of tasks with acceptance criteria, the files each is
 * likely to touch, and the tasks it depends on. `finish` validates it against
 * PLAN_SCHEMA and checkPlan; execute runs the tasks in dependency order.
 */
import { createHash } from "node:crypto";
import * as validators from "../generated/validators.js";
import { findCycles, topoOrder } from "../util/order.js";
import type { JsonSchema } from "./types.js";

export interface PlanTask {
  id: string;
  title: string;
  description: string;
  acceptance: string[];
  files: string[];
  needs: string[];
}

export interface Plan {
  tasks: PlanTask[];
}

const TASK_ID = "^[a-z0-9][a-z0-9-]{0,39}$";

/** The plan's JSON Schema (also published as schema/plan.schema.json). */
export const PLAN_SCHEMA: JsonSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://crustyclaw.dev/schema/plan.schema.json",
  title: "CrustyClaw plan",
  description: "What a plan-stage agent produces: the tasks the execute stage carries out, in dependency order.",
  type: "object",
  additionalProperties: false,
  required: ["tasks"],
  properties: {
    tasks: {
      type: "array",
      minItems: 1,
      maxItems: 30,
      description: "The tasks, each small enough for one focused change.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "title", "description", "acceptance"],
        properties: {
          id: { type: "string", pattern: TASK_ID, description: "Short id: lowercase letters, digits and '-', e.g. `parse-config`." },
          title: { type: "string", minLength: 1, maxLength: 120, description: "One line." },
          description: { type: "string", minLength: 1, maxLength: 4000, description: "What to change and why." },
          acceptance: {
            type: "array",
            minItems: 1,
            items: { type: "string", minLength: 1, maxLength: 500 },
            description: "Checkable criteria: when all hold, the task is done.",
          },
          files: { type: "array", items: { type: "string", minLength: 1, maxLength: 300 }, description: "Files the task is likely to touch." },
          needs: { type: "array", uniqueItems: true, items: { type: "string", pattern: TASK_ID }, description: "Ids of tasks that must be done first." },
        },
      },
    },
  },
};

/** What JSON Schema cannot say: ids are unique, needs name other tasks, no cycles. */
export function checkPlan(value: unknown): string[] {
  const tasks = (value as Partial<Plan>).tasks ?? [];
  const errors: string[] = [];
  const ids = new Set<string>();
  tasks.forEach((t, i) => {
    if (ids.has(t.id)) errors.push(`- /tasks/${i}/id: '${t.id}' is used by an earlier task; ids must be unique`);
    ids.add(t.id);
  });
  tasks.forEach((t, i) =>
    (t.needs ?? []).forEach((n, j) => {
      if (n === t.id) errors.push(`- /tasks/${i}/needs/${j}: a task cannot need itself`);
      else if (!ids.has(n)) errors.push(`- /tasks/${i}/needs/${j}: no task has the id '${n}' (ids: ${[...ids].join(", ")})`);
    }),
  );
  if (errors.length === 0) {
    const [cycle] = findCycles(new Map(tasks.map((t) => [t.id, t.needs ?? []])));
    if (cycle) errors.push(`- /tasks: the needs form a cycle: ${cycle.join(" → ")}`);
  }
  return errors;
}

/**
 * Fill in optional fields of a plan that passed PLAN_SCHEMA and checkPlan. Rebuilt field
 * by field rather than spread: nothing but the plan's own fields reaches the copy.
 */
export function normalisePlan(value: unknown): Plan {
  const tasks = (value as Plan).tasks.map((t) => ({
    id: t.id,
    title: t.title,
    description: t.description,
    acceptance: [...t.acceptance],
    files: [...(t.files ?? [])],
    needs: [...(t.needs ?? [])],
  }));
  return { tasks };
}

/**
 * A plan from JSON that crossed a boundary (a node result, the run state, an artifact):
 * checked against PLAN_SCHEMA and checkPlan, then normalised; otherwise the errors.
 */
export function parsePlan(value: unknown): { plan: Plan } | { errors: string[] } {
  const validate = validators.plan;
  if (!validate(value)) return { errors: (validate.errors ?? []).slice(0, 5).map((e) => `- ${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`) };
  const errors = checkPlan(value);
  return errors.length > 0 ? { errors } : { plan: normalisePlan(value) };
}

/** JSON with every object's keys sorted and no spaces: one text per value, whatever order it was built in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The sha256 (hex) of a normalised plan's canonical JSON: what `/approve` approves and the execute run checks. */
export function planSha256(plan: Plan): string {
  return createHash("sha256").update(canonicalJson(normalisePlan(plan))).digest("hex");
}

/** The last plan among node results: a done plan-stage agent's result that is a valid plan. */
export function latestPlan(results: ReadonlyArray<{ stage: string; kind: string; status: string; result?: unknown }>): Plan | undefined {
  let found: Plan | undefined;
  for (const r of results) {
    if (r.stage !== "plan" || r.kind !== "agent" || r.status !== "done") continue;
    const parsed = parsePlan(r.result);
    if ("plan" in parsed) found = parsed.plan;
  }
  return found;
}

/**
 * The tasks in an order where each comes after the tasks it needs; among tasks
 * that are ready, the plan's own order. The plan must have passed checkPlan.
 */
export function taskOrder(plan: Plan): PlanTask[] {
  return topoOrder(plan.tasks);
}

/**
 * The plan an execute run was handed (`text`, the route job's `approved-plan.json`),
 * checked against `sha256`, the hash `/approve` recorded: a plan that is missing, not a
 * valid plan, or another plan than the approved one is refused with why.
 */
export function checkApprovedPlan(text: string | undefined, sha256: string): { plan: Plan } | { refused: string } {
  const short = sha256.slice(0, 12);
  if (text === undefined) return { refused: `the approved plan (sha256 ${short}…) did not arrive from the route job; refusing to run without it` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { refused: `the approved plan from the route job is not JSON (${(err as Error).message.slice(0, 200)}); refusing to run` };
  }
  const parsed = parsePlan(value);
  if ("errors" in parsed) return { refused: `the approved plan from the route job is not a valid plan; refusing to run:\n${parsed.errors.join("\n")}` };
  const actual = planSha256(parsed.plan);
  if (actual !== sha256) return { refused: `the plan from the route job has sha256 ${actual.slice(0, 12)}…, not the approved ${short}…; refusing to run another plan than the one approved` };
  return parsed;
}

/** The matrix value of a fan-out job that carries out every task, in order, in one job. */
export const ALL_TASKS = "all";

/**
 * The tasks a fan-out runs as parallel jobs: each task's id when the plan has two or more
 * and none needs another, else one job for them all. Anything but a valid plan is one job
 * (which then finds no plan and says so).
 */
export function fanOutTasks(result: unknown): string[] {
  const parsed = parsePlan(result);
  if (!("plan" in parsed)) return [ALL_TASKS];
  const { tasks } = parsed.plan;
  return tasks.length >= 2 && tasks.every((t) => t.needs.length === 0) ? tasks.map((t) => t.id) : [ALL_TASKS];
}
