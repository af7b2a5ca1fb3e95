/**
 * Dependency graphs of things with an id and the ids they need: blueprint nodes,
 * plan tasks. One ordering and one cycle search serve them all.
 */

export interface Needing {
  id: string;
  needs: readonly string[];
}

/** Kahn's algorithm, stable by list order. Needs outside the list are ignored. */
export function topoOrder<T extends Needing>(items: readonly T[]): T[] {
  const ids = new Set(items.map((n) => n.id));
  const remaining = new Map(items.map((n) => [n.id, n.needs.filter((id) => ids.has(id)).length]));
  const out: T[] = [];
  const done = new Set<string>();
  while (out.length < items.length) {
    const next = items.find((n) => !done.has(n.id) && remaining.get(n.id) === 0);
    if (!next) throw new Error("topoOrder: cycle (validation should have caught it)");
    out.push(next);
    done.add(next.id);
    for (const n of items) if (n.needs.includes(next.id)) remaining.set(n.id, remaining.get(n.id)! - 1);
  }
  return out;
}

/**
 * Each elementary cycle reachable via needs, reported once, starting at its
 * smallest id and ending where it started (`a, c, b, a`). Needs that are not
 * strings, name the item itself, or name no item are skipped: other checks
 * report those.
 */
export function findCycles(needsOf: ReadonlyMap<string, readonly unknown[]>): string[][] {
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    state.set(id, "visiting");
    stack.push(id);
    for (const next of needsOf.get(id) ?? []) {
      if (typeof next !== "string" || next === id || !needsOf.has(next)) continue;
      if (state.get(next) === "visiting") {
        const cycle = stack.slice(stack.indexOf(next));
        // Rotate so the cycle starts at its smallest id: the same cycle reads the same way.
        const min = cycle.indexOf([...cycle].sort()[0]!);
        const rotated = [...cycle.slice(min), ...cycle.slice(0, min)];
        const key = rotated.join(">");
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...rotated, rotated[0]!]);
        }
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const id of [...needsOf.keys()].sort()) if (!state.has(id)) visit(id);
  return cycles;
}
