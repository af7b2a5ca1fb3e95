/**
 * Matrix jobs, expanded the way GitHub and Forgejo expand them: the product of the
 * keys' lists, combinations matching an `exclude` entry removed, then each `include`
 * entry either extends the combinations it matches (adding keys, never overwriting an
 * original one) or, matching none, becomes a combination of its own.
 */
import { isDeepStrictEqual } from "node:util";

/** GitHub's limit on the jobs one matrix may generate. */
export const MAX_COMBINATIONS = 256;

export type Combination = Record<string, unknown>;

export class MatrixError extends Error {
  override name = "MatrixError";
}

export function expandMatrix(value: unknown): Combination[] {
  if (!isObject(value)) throw new MatrixError(`a matrix must be a mapping, got ${describe(value)}`);
  const { include, exclude, ...vectors } = value;
  let combos: Combination[] = [{}];
  for (const [key, list] of Object.entries(vectors)) {
    if (!Array.isArray(list)) throw new MatrixError(`matrix key '${key}' must be a list, got ${describe(list)}`);
    if (list.length === 0) throw new MatrixError(`matrix vector '${key}' does not contain any values`);
    combos = combos.flatMap((c) => list.map((v) => ({ ...c, [key]: v })));
    if (combos.length > MAX_COMBINATIONS) break;
  }
  const keys = Object.keys(vectors);
  if (keys.length === 0) combos = [];
  for (const e of listOf(exclude, "exclude")) {
    combos = combos.filter((c) => !Object.entries(e).every(([k, v]) => keys.includes(k) && isDeepStrictEqual(c[k], v)));
  }
  for (const inc of listOf(include, "include")) {
    const matching = combos.filter((c) => Object.entries(inc).every(([k, v]) => !keys.includes(k) || isDeepStrictEqual(c[k], v)));
    if (keys.length > 0 && matching.length > 0) {
      for (const c of matching) for (const [k, v] of Object.entries(inc)) if (!keys.includes(k)) c[k] = v;
    } else combos.push({ ...inc });
  }
  if (combos.length === 0) throw new MatrixError("the matrix has no combinations");
  if (combos.length > MAX_COMBINATIONS) throw new MatrixError(`the matrix has more than ${MAX_COMBINATIONS} combinations`);
  return combos;
}

/** How a combination is shown after the job's name: `build (18, linux)`. */
export function combinationLabel(c: Combination): string {
  return Object.values(c)
    .map((v) => (typeof v === "object" && v !== null ? JSON.stringify(v) : String(v)))
    .join(", ");
}

function listOf(value: unknown, name: string): Combination[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every(isObject)) throw new MatrixError(`matrix ${name} must be a list of mappings`);
  return value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  return v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "a mapping" : `${typeof v} ${JSON.stringify(v)}`;
}
