/**
 * Cron expressions for `triggers.schedule`, checked as GitHub checks them
 * (@actions/workflow-parser, model/converter/cron.ts): five fields separated by
 * spaces, each `*`, a number or name in the field's range, a range `a-b` (upwards),
 * a step `x/n`, or a list of these. Forgejo's parser (robfig/cron) accepts all of
 * that too; what either forge would refuse, or read differently, is refused here,
 * at validation, instead of by the forge after the workflow is committed. Stricter
 * than GitHub in one way: numbers are decimal digits (GitHub's `+value` also takes
 * `0x1f` and `1e1`, which Forgejo refuses).
 */

interface Field {
  name: string;
  min: number;
  max: number;
  names?: Readonly<Record<string, number>>;
}

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DAYS = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const FIELDS: readonly Field[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day-of-month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: MONTHS },
  { name: "day-of-week", min: 0, max: 6, names: DAYS },
];

const FORMS = "each field takes '*', a number or name, a range 'a-b', a step '*/n' or 'a-b/n', or a list of these separated by ','";

export interface CronProblem {
  message: string;
  hint: string;
  /** Index in the expression of the field at fault (0 for the expression as a whole). */
  index: number;
}

/** What is wrong with a cron expression, or undefined when GitHub and Forgejo both accept it. */
export function cronProblem(cron: string): CronProblem | undefined {
  const quoted = `cron '${cron}'`;
  if (/\$\{\{|\}\}/.test(cron)) {
    const index = Math.max(0, cron.search(/\$\{\{|\}\}/));
    return { message: `${quoted} holds a workflow expression; the forge reads a schedule literally`, hint: "write the five fields out, for example '0 3 * * 1' (03:00 UTC every Monday)", index };
  }
  if (/^@/.test(cron.trim())) {
    return { message: `${quoted} is a shortcut GitHub does not accept`, hint: "write the five fields out; '@daily' is '0 0 * * *'", index: 0 };
  }
  const odd = cron.search(/[^ \S]/);
  if (odd >= 0) return { message: `${quoted} separates fields with something other than spaces`, hint: "separate the five fields with spaces only", index: odd };
  const parts = cron.trim() === cron ? [...cron.matchAll(/[^ ]+/g)] : [];
  if (parts.length !== 5) {
    return {
      message: `${quoted} ${parts.length ? `has ${parts.length} fields` : "starts or ends with a space"}; expected five: minute hour day-of-month month day-of-week`,
      hint: "for example '0 3 * * 1' (03:00 UTC every Monday)",
      index: 0,
    };
  }
  for (const [i, m] of parts.entries()) {
    const field = FIELDS[i]!;
    const why = fieldProblem(m[0], field);
    if (why) return { message: `${field.name} field '${m[0]}' of ${quoted} ${why}`, hint: hintFor(field), index: m.index };
  }
  return undefined;
}

function hintFor(field: Field): string {
  const names = field.names ? ` or ${Object.keys(field.names)[0]!.toUpperCase()}-${Object.keys(field.names).at(-1)!.toUpperCase()}` : "";
  return `${field.name} is ${field.min}-${field.max}${names}; ${FORMS}`;
}

/** A single value (number or name) of a field, or undefined. */
function valueOf(text: string, field: Field): number | undefined {
  const named = field.names?.[text.toLowerCase() as keyof typeof field.names];
  if (named !== undefined) return named;
  return /^[0-9]{1,4}$/.test(text) ? Number(text) : undefined;
}

/** Why one field (or one piece of a list) is not accepted; GitHub's precedence: `,` then `/` then `-`. */
function fieldProblem(text: string, field: Field): string | undefined {
  if (text === "*") return undefined;
  if (text.includes(",")) {
    const pieces = text.split(",");
    if (pieces.some((p) => p === "")) return "has an empty item in its list";
    for (const p of pieces) {
      const why = fieldProblem(p, field);
      if (why) return why;
    }
    return undefined;
  }
  if (text.includes("/")) {
    const [start, step, ...rest] = text.split("/");
    if (rest.length > 0 || !start || !step) return "has a step that is not 'x/n'";
    const n = /^[0-9]{1,4}$/.test(step) ? Number(step) : undefined;
    if (n === undefined || n < 1) return `has step '${step}'; a step is a whole number of at least 1`;
    if (n < field.min || n > field.max) return `has step ${n}, outside ${field.min}-${field.max}`;
    return fieldProblem(start, field);
  }
  if (text.includes("-")) {
    const [start, end, ...rest] = text.split("-");
    if (rest.length > 0 || !start || !end) return "has a range that is not 'a-b'";
    const from = valueOf(start, field);
    const to = valueOf(end, field);
    if (from === undefined || to === undefined) return `has range end '${from === undefined ? start : end}', which is not a number or name`;
    if (from < field.min || to > field.max || to < field.min || from > field.max) return `is outside ${field.min}-${field.max}`;
    if (to < from) return "has a range that goes down; a range is 'low-high'";
    return undefined;
  }
  const v = valueOf(text, field);
  if (v === undefined) return /^[0-9]+$/.test(text) ? `is outside ${field.min}-${field.max}` : "is not a number, name, range, step or list";
  if (v < field.min || v > field.max) return `is outside ${field.min}-${field.max}`;
  return undefined;
}
