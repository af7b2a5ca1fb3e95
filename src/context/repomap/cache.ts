// The repo map's cache file, and content keys for files (git's blob ids).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { git } from "../../git/git.js";
import { grammarFingerprint } from "./grammars.js";
import { SYMBOL_KINDS, type FileOutline, type SourceSymbol } from "./languages.js";
import { compare } from "./outline.js";

/** Bump when what is extracted or how it is stored changes: older cache files are then ignored. */
const CACHE_FORMAT = 3;

/** What a cache file must say it is to be used: this format, these grammars. */
export function cacheVersion(): string {
  return `repomap/${CACHE_FORMAT} ${grammarFingerprint()}`;
}

// --- Cache -----------------------------------------------------------------------

/**
 * The cache keeps only what ranking needs. Names are stored once, in `names`: every name some
 * file of the tree defined when the cache was written. A file's outline is its symbols as
 * [line, kind index, name index] and, as `r`, the indices of the names it uses; words no file
 * defines cannot move the ranking and are not kept. (Signatures are read from the file when
 * the map shows it.) null: a file whose parse failed.
 */
type CachedOutline = { s: Array<[number, number, number]>; r: number[] } | null;

interface CacheFile {
  version: string;
  names: string[];
  files: Record<string, CachedOutline>;
}

export interface LoadedCache {
  /** The names the cached refs were filtered by: a ref to any other name is not in them. */
  names: Set<string>;
  entries: Map<string, FileOutline | null>;
}

export function loadCache(file: string | undefined, version: string): LoadedCache {
  const empty = { names: new Set<string>(), entries: new Map<string, FileOutline | null>() };
  if (!file) return empty;
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as Partial<CacheFile>;
    if (data.version !== version || typeof data.files !== "object" || data.files === null || !Array.isArray(data.names) || !data.names.every((n) => typeof n === "string")) return empty;
    const names = data.names as string[];
    const entries = new Map<string, FileOutline | null>();
    for (const [key, entry] of Object.entries(data.files)) {
      const outline = fromCache(entry, names);
      if (outline !== undefined) entries.set(key, outline);
    }
    return { names: new Set(names), entries };
  } catch {
    // Missing, unreadable or corrupt: start over.
    return empty;
  }
}

/** Written to a temporary file and renamed, so a concurrent reader never sees half of it. */
export function saveCache(file: string, version: string, entries: Map<string, FileOutline | null>): void {
  const defined = new Set<string>();
  for (const o of entries.values()) for (const sym of o?.symbols ?? []) defined.add(sym.name);
  const names = [...defined].sort(compare);
  const index = new Map(names.map((n, i) => [n, i]));
  const files: Record<string, CachedOutline> = {};
  for (const key of [...entries.keys()].sort()) files[key] = toCache(entries.get(key)!, index);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, JSON.stringify({ version, names, files } satisfies CacheFile));
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written costs the next run time, not this one its map.
  }
}

/** An entry as stored, or undefined when it is not one (a hand-edited or foreign cache). */
function fromCache(entry: unknown, names: string[]): FileOutline | null | undefined {
  if (entry === null) return null;
  if (typeof entry !== "object" || !Array.isArray((entry as { s?: unknown }).s) || !Array.isArray((entry as { r?: unknown }).r)) return undefined;
  const { s, r } = entry as { s: unknown[]; r: unknown[] };
  const name = (i: unknown) => (typeof i === "number" ? names[i] : undefined);
  const symbols: SourceSymbol[] = [];
  for (const x of s) {
    if (!Array.isArray(x) || typeof x[0] !== "number" || typeof x[1] !== "number") return undefined;
    const kind = SYMBOL_KINDS[x[1]];
    const n = name(x[2]);
    if (kind === undefined || n === undefined) return undefined;
    symbols.push({ line: x[0], kind, name: n });
  }
  const refs: string[] = [];
  for (const i of r) {
    const n = name(i);
    if (n === undefined) return undefined;
    refs.push(n);
  }
  return { symbols, refs };
}

function toCache(o: FileOutline | null, index: Map<string, number>): CachedOutline {
  if (o === null) return null;
  const r: number[] = [];
  for (const ref of o.refs) {
    const i = index.get(ref);
    if (i !== undefined) r.push(i);
  }
  return { s: o.symbols.map((x) => [x.line, SYMBOL_KINDS.indexOf(x.kind), index.get(x.name)!]), r };
}

/**
 * Blob ids of tracked files whose work-tree copy matches the index: free from
 * `git ls-files -s`. Anything else (changed, untracked, not a checkout) is hashed by content.
 */
export async function indexBlobs(root: string): Promise<Map<string, string>> {
  const blobs = new Map<string, string>();
  try {
    const top = await git(["rev-parse", "--show-toplevel"], { cwd: root, timeoutMs: 30_000 });
    if (realpathSync.native(top.trim()) !== root) return blobs;
    // No fsmonitor: reading the index must not run a hook configured in the repository.
    const opts = { cwd: root, timeoutMs: 60_000 };
    const [staged, changed] = await Promise.all([
      git(["-c", "core.fsmonitor=false", "ls-files", "-s", "-z"], opts),
      git(["-c", "core.fsmonitor=false", "diff-files", "--name-only", "-z"], opts),
    ]);
    const dirty = new Set(changed.split("\0"));
    for (const entry of staged.split("\0")) {
      // <mode> SP <blob> SP <stage> TAB <path>
      const tab = entry.indexOf("\t");
      if (tab < 0) continue;
      const [mode, blob, stage] = entry.slice(0, tab).split(" ");
      const rel = entry.slice(tab + 1);
      if (stage === "0" && mode?.startsWith("100") && blob && !dirty.has(rel)) blobs.set(rel, blob);
    }
  } catch {
    // Not a checkout, or git refuses it: every file is hashed.
  }
  return blobs;
}

/** The id git would give the content, so hashed and indexed files share cache entries. */
export function blobId(content: Buffer): string {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}
