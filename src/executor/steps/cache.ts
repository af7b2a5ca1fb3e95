/**
 * `actions/cache/restore` and `actions/cache/save` (v4), as the forges' cache service scopes
 * them: a run restores entries saved on its own ref or on the default branch, the exact key
 * first, then each `restore-keys` prefix (newest entry first); an entry's key is immutable on
 * its ref, so saving it again only warns. `cache-hit` is "true" for the exact key alone.
 * Locally an entry keeps the files of each path in order and restores them to the paths the
 * restoring step names (a runner's temp directory differs from job to job here, not on a forge).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { StepDone, StepRun } from "./index.js";

interface Entry {
  key: string;
  ref: string;
  /** Order of saving: newer entries win among prefix matches. */
  seq: number;
  paths: number;
}

const KEY_MAX = 512;

function pathsOf(run: StepRun): string[] {
  const home = run.env.HOME ?? "";
  return (run.inputs.path ?? "")
    .split("\n")
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (p.startsWith("~/") ? path.join(home, p.slice(2)) : path.resolve(run.runtime.dirs.workspace, p)));
}

function entries(store: string): Array<Entry & { dir: string }> {
  if (!existsSync(store)) return [];
  return readdirSync(store).flatMap((name) => {
    try {
      return [{ ...(JSON.parse(readFileSync(path.join(store, name, "entry.json"), "utf8")) as Entry), dir: path.join(store, name) }];
    } catch {
      return [];
    }
  });
}

/** The key and paths both halves take, or why they are not usable (the action's own messages). */
function cacheInputs(run: StepRun): { key: string; paths: string[] } | { error: string } {
  const key = run.inputs.key?.trim();
  if (!key) return { error: "Input required and not supplied: key" };
  if (key.length > KEY_MAX) return { error: `Key Validation Error: ${key} cannot be larger than ${KEY_MAX} characters.` };
  if (key.includes(",")) return { error: `Key Validation Error: ${key} cannot contain commas.` };
  const paths = pathsOf(run);
  if (paths.length === 0) return { error: "Input required and not supplied: path" };
  return { key, paths };
}

export async function restoreCache(run: StepRun): Promise<StepDone> {
  const store = run.runtime.host.cacheDir;
  const inputs = cacheInputs(run);
  if ("error" in inputs) return { ok: false, outputs: {}, message: inputs.error };
  const { key, paths } = inputs;
  const refs = [run.runtime.request.ref, `refs/heads/${run.runtime.host.defaultBranch}`];
  const usable = (store ? entries(store) : []).filter((e) => refs.includes(e.ref) && e.paths === paths.length).sort((a, b) => b.seq - a.seq);
  const prefixes = (run.inputs["restore-keys"] ?? "").split("\n").map((k) => k.trim()).filter(Boolean);
  const found = usable.find((e) => e.key === key) ?? prefixes.map((p) => usable.find((e) => e.key.startsWith(p))).find(Boolean);
  const outputs: Record<string, string> = { "cache-primary-key": key };
  if (!found) {
    if (run.inputs["fail-on-cache-miss"] === "true") return { ok: false, outputs, message: `Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: ${key}` };
    run.line(`Cache not found for input keys: ${[key, ...prefixes].join(", ")}`);
    return { ok: true, outputs };
  }
  if (run.inputs["lookup-only"] !== "true") {
    paths.forEach((p, i) => {
      const saved = path.join(found.dir, String(i));
      if (!existsSync(saved)) return;
      mkdirSync(path.dirname(p), { recursive: true });
      cpSync(saved, p, { recursive: true, force: true });
    });
  }
  run.line(`Cache restored from key: ${found.key}`);
  return { ok: true, outputs: { ...outputs, "cache-hit": String(found.key === key), "cache-matched-key": found.key } };
}

export async function saveCache(run: StepRun): Promise<StepDone> {
  const store = run.runtime.host.cacheDir;
  const inputs = cacheInputs(run);
  if ("error" in inputs) return { ok: false, outputs: {}, message: inputs.error };
  const { key, paths } = inputs;
  if (!store) {
    run.line("##[warning]Cache service is not available: nothing saved");
    return { ok: true, outputs: {} };
  }
  const ref = run.runtime.request.ref;
  const all = entries(store);
  if (all.some((e) => e.key === key && e.ref === ref)) {
    run.line(`##[warning]Failed to save: Unable to reserve cache with key ${key}, another job may be creating this cache.`);
    return { ok: true, outputs: {} };
  }
  if (!paths.some((p) => existsSync(p))) {
    run.line("##[warning]Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.");
    return { ok: true, outputs: {} };
  }
  const seq = all.reduce((n, e) => Math.max(n, e.seq), 0) + 1;
  const dir = path.join(store, String(seq));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  paths.forEach((p, i) => {
    if (existsSync(p)) cpSync(p, path.join(dir, String(i)), { recursive: true, verbatimSymlinks: true });
  });
  writeFileSync(path.join(dir, "entry.json"), JSON.stringify({ key, ref, seq, paths: paths.length } satisfies Entry));
  run.line(`Cache saved with key: ${key}`);
  return { ok: true, outputs: {} };
}
