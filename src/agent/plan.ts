/**
 * Plans: what an agent in the plan stage produces and the execute stage carries
 * out. A plan is a list of tasks with acceptance criteria, the files each is
 * likely to touch, and the tasks it depends on. `finish` validates it against
 * PLAN_SCHEMA and checkPlan; execute runs the tasks in dependency order.
 */
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

/** Fill in optional fields of a plan that passed PLAN_SCHEMA and checkPlan. */
export function normalisePlan(value: unknown): Plan {
  const tasks = (value as Plan).tasks.map((t) => ({ ...t, files: t.files ?? [], needs: t.needs ?? [] }));
  return { tasks };
}

/**
 * The tasks in an order where each comes after the tasks it needs; among tasks
 * that are ready, the plan's own order. The plan must have passed checkPlan.
 */
export function taskOrder(plan: Plan): PlanTask[] {
  return topoOrder(plan.tasks);
}
