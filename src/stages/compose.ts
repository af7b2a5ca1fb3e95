/**
 * Change sets that compose. Each work job records only its own change set: the diff from
 * the commit it checked out plus what it applied from the jobs before it. A job applies
 * its ancestors' change sets in topological order before its nodes run, and publish
 * applies every job's in the same order, so a diamond (a → b, a → c, b + c → d) applies
 * a's change once, and parallel branches that changed different lines of one file merge
 * (git's three-way merge). Two that changed the same or adjacent lines are a conflict,
 * reported naming both jobs' nodes and the files, never resolved by guessing.
 */
import { git, GitError } from "../git/git.js";
import { ancestry, type WorkJob } from "../pipeline/fuse.js";
import type { JobResults } from "./results.js";

/** One job's change set (one task's, for a fan-out), with what it builds on. */
export interface ChangeSet {
  job: WorkJob;
  /** A fan-out job's task: each task's change set is parallel to the others'. */
  task?: string;
  /** Path of the patch file; absent when the job changed nothing. */
  patch?: string;
}

/** The change set a job's (or a fan-out task's) loaded results directory holds. */
export function changeSetOf(job: WorkJob, loaded: JobResults): ChangeSet {
  return { job, ...(loaded.task !== undefined ? { task: loaded.task } : {}), ...(loaded.patch ? { patch: loaded.patch } : {}) };
}

export interface Conflict {
  /** The change set that did not apply, and the parallel ones applied before it that touch the same files. */
  set: ChangeSet;
  with: ChangeSet[];
  files: string[];
  message: string;
}

export interface Composition {
  /** Change sets in the index (those without a patch included). */
  applied: ChangeSet[];
  /** Each path in the index's change, with the applied change sets that touched it. */
  touchedBy: Map<string, ChangeSet[]>;
  /** Change sets that did not apply; those building on them were not applied either. */
  conflicts: Conflict[];
  /** Change sets left out because a job they build on did not apply. */
  skipped: ChangeSet[];
}

/** How a change set is named to people: its job's nodes, and its task. */
export function setLabel(set: ChangeSet): string {
  return `${set.job.nodes.map((n) => `'${n.id}'`).join(" + ")}${set.task !== undefined ? ` (task '${set.task}')` : ""}`;
}

/**
 * Apply change sets in order (topological: ancestors first) to the index of the work tree
 * at `cwd`. A change set that does not apply is a conflict with the parallel change sets
 * already applied that touch the same files (or, when none does, with the checked-out
 * commit); it and every change set building on it are left out, the others still apply.
 */
export async function composeChangeSets(cwd: string, sets: readonly ChangeSet[], all: readonly WorkJob[]): Promise<Composition> {
  const ancestors = ancestry(all);
  const applied: Array<{ set: ChangeSet; files: string[] }> = [];
  const conflicts: Conflict[] = [];
  const skipped: ChangeSet[] = [];
  const out = new Set<string>();
  for (const set of sets) {
    const mine = ancestors.get(set.job.id) ?? new Set<string>();
    if ([...mine].some((id) => out.has(id))) {
      skipped.push(set);
      continue;
    }
    if (!set.patch) {
      applied.push({ set, files: [] });
      continue;
    }
    const files = await patchFiles(cwd, set.patch);
    const before = (await git(["write-tree"], { cwd })).trim();
    try {
      // --3way: parallel branches that changed different lines of one file merge, as git merges them.
      await git(["apply", "--index", "--3way", "--binary", set.patch], { cwd });
      applied.push({ set, files });
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
      // Back to before this change set: no conflict markers, no half of it.
      await git(["read-tree", "--reset", "-u", before], { cwd });
      out.add(set.job.id);
      const touched = new Set(files);
      const parallel = applied.filter((a) => !mine.has(a.set.job.id) && a.files.some((f) => touched.has(f)));
      const shared = [...new Set(parallel.flatMap((a) => a.files.filter((f) => touched.has(f))))].sort();
      const shown = shared.map((f) => JSON.stringify(f)).join(", ");
      const message =
        parallel.length > 0
          ? `the changes of ${parallel.map((a) => setLabel(a.set)).join(", ")} and of ${setLabel(set)} conflict in ${shown}: parallel branches changed the same lines`
          : `the changes of ${setLabel(set)} do not apply to the checked-out commit: ${err.stderr.trim().split("\n").slice(0, 3).join(" / ").slice(0, 500)}`;
      conflicts.push({ set, with: parallel.map((a) => a.set), files: shared, message });
    }
  }
  const touchedBy = new Map<string, ChangeSet[]>();
  for (const a of applied) for (const f of a.files) touchedBy.set(f, [...(touchedBy.get(f) ?? []), a.set]);
  return { applied: applied.map((a) => a.set), touchedBy, conflicts, skipped };
}

/** The paths a patch touches, both sides of renames, unquoted. */
async function patchFiles(cwd: string, patch: string): Promise<string[]> {
  // -z: NUL-terminated, paths never quoted; a rename is "added\tdeleted\t\0old\0new\0".
  const out = await git(["apply", "--numstat", "-z", patch], { cwd });
  const fields = out.split("\0");
  const files: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f === "") continue;
    const m = /^(?:-|\d+)\t(?:-|\d+)\t(.*)$/s.exec(f);
    if (!m) continue;
    if (m[1] !== "") files.push(m[1]!);
    else {
      files.push(fields[i + 1] ?? "", fields[i + 2] ?? "");
      i += 2;
    }
  }
  return [...new Set(files.filter(Boolean))];
}
