// The repo map: a ranked outline of the workspace's source files (definitions and
// their line numbers, from tree-sitter) that fits a token budget, so an agent starts
// knowing where things are instead of spending turns on list_files and search.
import { lstatSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { workspaceFiles } from "../workspace-files.js";
import { blobId, cacheVersion, indexBlobs, loadCache, saveCache } from "./cache.js";
import { LANGUAGE_OF_EXTENSION, type FileOutline } from "./languages.js";
import { identifiers } from "./outline.js";
import { pack } from "./pack.js";
import { parseFiles, type ParseJob } from "./parse.js";
import { rank, type MappedFile } from "./rank.js";

export { grammarDir } from "./grammars.js";
export { GRAMMAR_FILES, RUNTIME_JS, RUNTIME_WASM } from "./languages.js";

export interface RepoMapOptions {
  /** Root of the checkout to map: the top of a git work tree (or any directory, which is walked). */
  workspace: string;
  /** What the agent is asked to do (issue title and body); ranks the files. */
  task: string;
  /** Most tokens the map may take, estimated as ceil(characters / 4). Default 2,000. */
  budgetTokens?: number;
  /** JSON file keeping parsed symbols between runs, keyed by file content. No cache when unset. */
  cacheFile?: string;
  /** Most worker threads parsing at once (default: one per core, at most 4, and only for 250+ files each); 0 parses in this thread. */
  workers?: number;
}

export interface RepoMap {
  /** The map: `path:` then `  line: signature` per file, most relevant first, then a count of what was left out. */
  text: string;
  /** Source files with a grammar that were considered. */
  files: number;
  /** Files parsed in this run. */
  parsed: number;
  /** Files whose symbols came from the cache. */
  cached: number;
  /** Files left out: too large, binary, minified, a symlink, no grammar loaded, or a parse that failed. */
  skipped: number;
  /** Files that appear in the text (in full, in part, or by path only). */
  included: number;
  /** Files with symbols that did not fit the budget. */
  omitted: number;
}

export const DEFAULT_REPO_MAP_TOKENS = 2_000;
/** Larger files are generated or data more often than not; their outline would crowd out the rest. */
const MAX_FILE_BYTES = 256 * 1024;

// --- The map -----------------------------------------------------------------------

/**
 * The workspace's repo map for a task. Files come from `git ls-files` (so .gitignore
 * holds); symlinks, files over 256 KiB, binary and minified files and files that fail to
 * parse are skipped and counted. With `cacheFile`, a run on an unchanged tree parses nothing.
 * Throws only when tree-sitter itself cannot start (the message says where it looked).
 */
export async function buildRepoMap(opts: RepoMapOptions): Promise<RepoMap> {
  let root: string;
  try {
    root = realpathSync.native(opts.workspace);
  } catch {
    throw new Error(`repo map: the workspace ${opts.workspace} does not exist`);
  }
  // tree-sitter starts on the first file the cache does not hold: a warm run never loads it.
  const version = cacheVersion();
  // The listing and the index's blob ids come from git processes, which run while this thread reads the cache.
  const fromGit = Promise.all([workspaceFiles(root, ""), indexBlobs(root)]);
  const cache = loadCache(opts.cacheFile, version);
  const [all, blobs] = await fromGit;
  const listed = all.filter((f) => LANGUAGE_OF_EXTENSION[path.posix.extname(f).toLowerCase()] !== undefined);
  const next = new Map<string, FileOutline | null>();
  /** Mapped files whose refs came from the cache, so hold only names defined when it was written. */
  const fromCacheRefs: Array<{ file: MappedFile; key: string }> = [];
  let cacheChanged = false;

  // First the files and their content keys; what neither this run nor the cache has is parsed
  // (once per content), in worker threads when there are enough files; then the map, in order.
  const entries: Array<{ rel: string; key: string }> = [];
  const misses = new Map<string, ParseJob>();
  let skipped = 0;
  for (const rel of listed) {
    const language = LANGUAGE_OF_EXTENSION[path.posix.extname(rel).toLowerCase()]!;
    const abs = path.join(root, rel);
    let key: string;
    try {
      // A file the index holds unchanged, as a regular file, whose content the cache knows
      // (so passed the size check before) needs no look at the disk: a warm run over a
      // checkout reads nothing but the cache.
      const indexed = blobs.get(rel);
      if (indexed && cache.entries.has(`${language}:${indexed}`)) {
        key = `${language}:${indexed}`;
      } else {
        // Links are skipped outright: one may lead out of the workspace.
        const info = lstatSync(abs);
        if (!info.isFile() || info.size > MAX_FILE_BYTES) {
          skipped++;
          continue;
        }
        key = `${language}:${indexed ?? blobId(readFileSync(abs))}`;
      }
    } catch {
      skipped++;
      continue;
    }
    entries.push({ rel, key });
    if (!cache.entries.has(key) && !misses.has(key)) misses.set(key, { abs, language });
  }
  const fresh = await parseFiles([...misses.values()], opts.workers);
  const parsedNow = new Map([...misses.keys()].map((key, i) => [key, fresh[i]]));

  const mapped: MappedFile[] = [];
  let parsed = 0;
  let cached = 0;
  for (const { rel, key } of entries) {
    // null: a file known not to parse (binary, or too slow), remembered so it is not tried again.
    // From this run first: files with the same content are parsed once.
    const seen = next.has(key);
    const result = seen ? next.get(key)! : cache.entries.has(key) ? cache.entries.get(key)! : parsedNow.get(key);
    if (result === undefined) {
      // No grammar for its language, or the file could not be read: not remembered.
      skipped++;
      continue;
    }
    const cachedRefs = cache.entries.has(key);
    if (!seen && !cachedRefs) {
      if (result) parsed++;
      cacheChanged = true;
    } else if (result) cached++;
    next.set(key, result);
    if (result === null) {
      skipped++;
      continue;
    }
    const file = { path: rel, symbols: result.symbols, refs: result.refs };
    mapped.push(file);
    if (cachedRefs) fromCacheRefs.push({ file, key });
  }
  // Names defined now that no file defined when the cache was written: cached refs cannot
  // hold them, so those files' words are read again (no parse) for just these names.
  const added = new Set<string>();
  for (const f of mapped) for (const sym of f.symbols) if (!cache.names.has(sym.name)) added.add(sym.name);
  if (added.size > 0) {
    for (const { file: f, key } of fromCacheRefs) {
      const own = new Set(f.symbols.map((x) => x.name));
      const extra = new Set<string>();
      try {
        for (const word of identifiers(readFileSync(path.join(root, f.path), "utf8"))) if (added.has(word) && !own.has(word)) extra.add(word);
      } catch {
        continue;
      }
      if (extra.size === 0) continue;
      f.refs = [...f.refs, ...extra];
      next.set(key, { symbols: f.symbols, refs: f.refs });
    }
    cacheChanged = true;
  }
  // Entries for files no longer in the tree are dropped, so the cache stays the size of the tree.
  if (opts.cacheFile && (cacheChanged || next.size !== cache.entries.size)) saveCache(opts.cacheFile, version, next);

  const linesOf = (file: string): string[] => {
    try {
      return readFileSync(path.join(root, file), "utf8").split("\n");
    } catch {
      return [];
    }
  };
  const { text, included, omitted } = pack(rank(mapped, opts.task), opts.budgetTokens ?? DEFAULT_REPO_MAP_TOKENS, linesOf);
  return { text, files: listed.length, parsed, cached, skipped, included, omitted };
}
