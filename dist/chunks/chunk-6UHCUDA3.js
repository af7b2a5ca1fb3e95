import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  ancestry
} from "./chunk-JBRZ5G6P.js";
import {
  GitError,
  git
} from "./chunk-ERHXKVEK.js";

// src/stages/compose.ts
function changeSetOf(job, loaded) {
  return { job, ...loaded.task !== void 0 ? { task: loaded.task } : {}, ...loaded.patch ? { patch: loaded.patch } : {} };
}
function setLabel(set) {
  return `${set.job.nodes.map((n) => `'${n.id}'`).join(" + ")}${set.task !== void 0 ? ` (task '${set.task}')` : ""}`;
}
async function composeChangeSets(cwd, sets, all) {
  const ancestors = ancestry(all);
  const applied = [];
  const conflicts = [];
  const skipped = [];
  const out = /* @__PURE__ */ new Set();
  for (const set of sets) {
    const mine = ancestors.get(set.job.id) ?? /* @__PURE__ */ new Set();
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
      await git(["apply", "--index", "--3way", "--binary", set.patch], { cwd });
      applied.push({ set, files });
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
      await git(["read-tree", "--reset", "-u", before], { cwd });
      out.add(set.job.id);
      const touched = new Set(files);
      const parallel = applied.filter((a) => !mine.has(a.set.job.id) && a.files.some((f) => touched.has(f)));
      const shared = [...new Set(parallel.flatMap((a) => a.files.filter((f) => touched.has(f))))].sort();
      const shown = shared.map((f) => JSON.stringify(f)).join(", ");
      const message = parallel.length > 0 ? `the changes of ${parallel.map((a) => setLabel(a.set)).join(", ")} and of ${setLabel(set)} conflict in ${shown}: parallel branches changed the same lines` : `the changes of ${setLabel(set)} do not apply to the checked-out commit: ${err.stderr.trim().split("\n").slice(0, 3).join(" / ").slice(0, 500)}`;
      conflicts.push({ set, with: parallel.map((a) => a.set), files: shared, message });
    }
  }
  return { applied: applied.map((a) => a.set), conflicts, skipped };
}
async function patchFiles(cwd, patch) {
  const out = await git(["apply", "--numstat", "-z", patch], { cwd });
  const fields = out.split("\0");
  const files = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (f === "") continue;
    const m = /^(?:-|\d+)\t(?:-|\d+)\t(.*)$/s.exec(f);
    if (!m) continue;
    if (m[1] !== "") files.push(m[1]);
    else {
      files.push(fields[i + 1] ?? "", fields[i + 2] ?? "");
      i += 2;
    }
  }
  return [...new Set(files.filter(Boolean))];
}

export {
  changeSetOf,
  setLabel,
  composeChangeSets
};
