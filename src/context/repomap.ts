// The repo map: a ranked outline of the workspace's source files (definitions and
// their line numbers, from tree-sitter) that fits a token budget, so an agent starts
// knowing where things are instead of spending turns on list_files and search.
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import * as nodeModule from "node:module";
import path from "node:path";
import { availableParallelism } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type * as TreeSitter from "web-tree-sitter";
import { plural } from "../util/text.js";
import { workspaceFiles } from "./workspace-files.js";
import { git } from "../git/git.js";

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
  /** Files left out: too large, binary, a symlink, no grammar loaded, or a parse that failed. */
  skipped: number;
  /** Files that appear in the text (in full, in part, or by path only). */
  included: number;
  /** Files with symbols that did not fit the budget. */
  omitted: number;
}

export const DEFAULT_REPO_MAP_TOKENS = 2_000;
/** Larger files are generated or data more often than not; their outline would crowd out the rest. */
const MAX_FILE_BYTES = 256 * 1024;
/** A parse still running after this is abandoned (and remembered as failed). */
const PARSE_TIME_LIMIT_MS = 2_000;
const MAX_SIGNATURE_CHARS = 120;
/**
 * Definitions are looked for at most this deep in the syntax tree (the root is 0): deep
 * enough for a method of a class inside a namespace or another class. The query then
 * skips the depths of function bodies, a third or more of its time.
 */
const MAX_DEFINITION_DEPTH = 5;
/** A name defined in more files than this (run, init, new) says nothing about which one is used. */
const MAX_DEFINERS = 20;
/** Bump when what is extracted or how it is stored changes: older cache files are then ignored. */
const CACHE_FORMAT = 2;

type LanguageId = "typescript" | "tsx" | "javascript" | "python" | "go" | "rust" | "java";
/** Symbol kinds; the cache stores a kind as its index here. */
const SYMBOL_KINDS = ["function", "method", "constructor", "class", "interface", "type", "enum", "struct", "trait", "impl", "record", "annotation", "const", "namespace", "module", "macro"] as const;
type SymbolKind = (typeof SYMBOL_KINDS)[number];

interface SourceSymbol {
  name: string;
  kind: SymbolKind;
  /** 1-based line of the symbol's name; the map shows that line (trimmed, capped) as its signature. */
  line: number;
}

interface FileOutline {
  symbols: SourceSymbol[];
  /** Identifiers the file uses but does not define, sorted. */
  refs: string[];
}

const LANGUAGE_OF_EXTENSION: Record<string, LanguageId> = {
  ".ts": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".tsx": "tsx",
  ".js": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".jsx": "javascript",
  ".py": "python",
  ".pyi": "python",
  ".go": "go",
  ".rs": "rust",
  ".java": "java",
};

export const GRAMMAR_FILES: Record<LanguageId, string> = {
  typescript: "tree-sitter-typescript.wasm",
  tsx: "tree-sitter-tsx.wasm",
  javascript: "tree-sitter-javascript.wasm",
  python: "tree-sitter-python.wasm",
  go: "tree-sitter-go.wasm",
  rust: "tree-sitter-rust.wasm",
  java: "tree-sitter-java.wasm",
};
export const RUNTIME_WASM = "web-tree-sitter.wasm";
export const RUNTIME_JS = "web-tree-sitter.cjs";

// Definition patterns per language, one per entry, each capturing only `@name`: the kind
// comes from the pattern (fewer captures, less to copy out of wasm). Where two patterns
// match the same name, the later wins (a def inside a class body is a method), so
// specific patterns come after general ones.
type Patterns = Array<[SymbolKind, string]>;

const FUNCTION_VALUE = "value: [(arrow_function) (function_expression)]";
const JS_DEFINITIONS: Patterns = [
  ["function", "(function_declaration name: (identifier) @name)"],
  ["function", "(generator_function_declaration name: (identifier) @name)"],
  ["method", "(method_definition name: (_) @name)"],
  ["const", "(export_statement declaration: (lexical_declaration (variable_declarator name: (identifier) @name)))"],
  ["const", "(export_statement declaration: (variable_declaration (variable_declarator name: (identifier) @name)))"],
  ["function", `(export_statement declaration: (lexical_declaration (variable_declarator name: (identifier) @name ${FUNCTION_VALUE})))`],
  ["function", `(export_statement declaration: (variable_declaration (variable_declarator name: (identifier) @name ${FUNCTION_VALUE})))`],
  ["function", `(program (lexical_declaration (variable_declarator name: (identifier) @name ${FUNCTION_VALUE})))`],
  ["function", `(program (variable_declaration (variable_declarator name: (identifier) @name ${FUNCTION_VALUE})))`],
];
const TS_DEFINITIONS: Patterns = [
  ...JS_DEFINITIONS,
  ["function", "(function_signature name: (identifier) @name)"],
  ["class", "(class_declaration name: (type_identifier) @name)"],
  ["class", "(abstract_class_declaration name: (type_identifier) @name)"],
  ["method", "(abstract_method_signature name: (_) @name)"],
  ["interface", "(interface_declaration name: (type_identifier) @name)"],
  ["type", "(type_alias_declaration name: (type_identifier) @name)"],
  ["enum", "(enum_declaration name: (identifier) @name)"],
  ["namespace", "(internal_module name: (_) @name)"],
];

const DEFINITIONS: Record<LanguageId, Patterns> = {
  typescript: TS_DEFINITIONS,
  tsx: TS_DEFINITIONS,
  javascript: [...JS_DEFINITIONS, ["class", "(class_declaration name: (identifier) @name)"]],
  python: [
    ["function", "(function_definition name: (identifier) @name)"],
    ["class", "(class_definition name: (identifier) @name)"],
    ["method", "(class_definition body: (block (function_definition name: (identifier) @name)))"],
    ["method", "(class_definition body: (block (decorated_definition definition: (function_definition name: (identifier) @name))))"],
  ],
  go: [
    ["function", "(function_declaration name: (identifier) @name)"],
    ["method", "(method_declaration name: (field_identifier) @name)"],
    ["type", "(type_spec name: (type_identifier) @name)"],
    ["type", "(type_alias name: (type_identifier) @name)"],
    ["struct", "(type_spec name: (type_identifier) @name type: (struct_type))"],
    ["interface", "(type_spec name: (type_identifier) @name type: (interface_type))"],
  ],
  rust: [
    ["function", "(function_item name: (identifier) @name)"],
    ["function", "(function_signature_item name: (identifier) @name)"],
    ["method", "(impl_item body: (declaration_list (function_item name: (identifier) @name)))"],
    ["method", "(trait_item body: (declaration_list (function_item name: (identifier) @name)))"],
    ["method", "(trait_item body: (declaration_list (function_signature_item name: (identifier) @name)))"],
    ["struct", "(struct_item name: (type_identifier) @name)"],
    ["struct", "(union_item name: (type_identifier) @name)"],
    ["enum", "(enum_item name: (type_identifier) @name)"],
    ["trait", "(trait_item name: (type_identifier) @name)"],
    ["type", "(type_item name: (type_identifier) @name)"],
    ["impl", "(impl_item type: (_) @name)"],
    ["macro", "(macro_definition name: (identifier) @name)"],
    ["module", "(mod_item name: (identifier) @name body: (declaration_list))"],
  ],
  java: [
    ["class", "(class_declaration name: (identifier) @name)"],
    ["interface", "(interface_declaration name: (identifier) @name)"],
    ["enum", "(enum_declaration name: (identifier) @name)"],
    ["record", "(record_declaration name: (identifier) @name)"],
    ["annotation", "(annotation_type_declaration name: (identifier) @name)"],
    ["method", "(method_declaration name: (identifier) @name)"],
    ["constructor", "(constructor_declaration name: (identifier) @name)"],
  ],
};

/** Kinds that do not define a name of their own (an impl names its type; a constructor its class). */
const NOT_DEFINING = new Set<SymbolKind>(["impl", "constructor"]);

// --- Where the wasm files are -------------------------------------------------------

function moduleDir(): string {
  return path.dirname(fileURLToPath(import.meta.url));
}

/** Directories tried for grammars, in order; the first that exists wins. */
function grammarCandidates(): string[] {
  const env = process.env.CRUSTYCLAW_GRAMMARS;
  if (env) return [path.resolve(env)];
  const here = moduleDir();
  // Bundled: dist/<action>/index.js next to dist/grammars/, copied there by scripts/build.mjs.
  const out = [path.join(here, "..", "grammars")];
  for (let dir = here; ; dir = path.dirname(dir)) {
    out.push(path.join(dir, "node_modules", "@vscode", "tree-sitter-wasm", "wasm"));
    if (path.dirname(dir) === dir) break;
  }
  return out;
}

/**
 * The directory holding the tree-sitter grammar wasm files: $CRUSTYCLAW_GRAMMARS; else
 * `grammars/` beside this bundle's directory (dist/grammars); else
 * node_modules/@vscode/tree-sitter-wasm/wasm found walking up from this module.
 */
export function grammarDir(): string {
  const candidates = grammarCandidates();
  const found = candidates.find((d) => existsSync(d));
  if (found) return found;
  throw new Error(
    process.env.CRUSTYCLAW_GRAMMARS
      ? `CRUSTYCLAW_GRAMMARS is ${process.env.CRUSTYCLAW_GRAMMARS}, which does not exist; point it at a directory holding ${GRAMMAR_FILES.typescript} and friends, or unset it`
      : `no tree-sitter grammars found: looked in ${candidates[0]} and for node_modules/@vscode/tree-sitter-wasm/wasm above ${moduleDir()}; run the build (it copies them to dist/grammars) or set CRUSTYCLAW_GRAMMARS`,
  );
}

/**
 * web-tree-sitter's CommonJS build and its wasm, which are loaded at run time rather than
 * bundled: the ES module build starts with a top-level `await import("module")` and
 * locates its wasm next to itself, which a bundle moves. The build copies both beside
 * the grammars (dist/grammars); in development they are the installed package's.
 */
function runtimeFiles(grammars: string): { js: string; wasm: string } | undefined {
  const copied = path.join(grammars, RUNTIME_JS);
  if (existsSync(copied)) return { js: copied, wasm: path.join(grammars, RUNTIME_WASM) };
  try {
    // The "require" condition of the package's exports: web-tree-sitter.cjs.
    const js = nodeModule.createRequire(import.meta.url).resolve("web-tree-sitter");
    return { js, wasm: path.join(path.dirname(js), RUNTIME_WASM) };
  } catch {
    return undefined;
  }
}

interface LanguageTools {
  parser: TreeSitter.Parser;
  definitions: TreeSitter.Query;
  /** Symbol kind by the query's pattern index. */
  kinds: SymbolKind[];
}

interface Runtime {
  ts: typeof TreeSitter;
  grammars: string;
  /** Grammar and runtime versions: a cache written with others is ignored. */
  fingerprint: string;
  languages: Map<LanguageId, LanguageTools | undefined>;
}

let runtimePromise: Promise<Runtime> | undefined;

/** tree-sitter started once per process; parsers and compiled queries are kept for reuse. */
function runtime(): Promise<Runtime> {
  runtimePromise ??= startRuntime().catch((e: unknown) => {
    runtimePromise = undefined;
    throw e;
  });
  return runtimePromise;
}

async function startRuntime(): Promise<Runtime> {
  const grammars = grammarDir();
  const files = runtimeFiles(grammars);
  if (!files) throw new Error(`tree-sitter could not start: ${RUNTIME_JS} is not in ${grammars} and the web-tree-sitter package is not installed`);
  let ts: typeof TreeSitter;
  try {
    ts = nodeModule.createRequire(import.meta.url)(files.js) as typeof TreeSitter;
    await ts.Parser.init({ locateFile: (name: string) => path.join(path.dirname(files.wasm), name) });
  } catch (e) {
    throw new Error(`tree-sitter could not start from ${files.js} and ${files.wasm}: ${(e as Error).message}`);
  }
  return { ts, grammars, fingerprint: cacheVersion(), languages: new Map() };
}

let versionOnce: string | undefined;

/** The cache's version for these grammars (fingerprint), known without starting tree-sitter. */
function cacheVersion(): string {
  if (versionOnce === undefined) {
    const grammars = grammarDir();
    versionOnce = fingerprint(grammars, runtimeFiles(grammars)?.wasm ?? path.join(grammars, RUNTIME_WASM));
  }
  return versionOnce;
}

/**
 * Versions of the grammar package and web-tree-sitter (from dist/grammars/versions.json
 * when bundled, else their package.json files), plus the wasm files' sizes in case
 * CRUSTYCLAW_GRAMMARS points at something else.
 */
function fingerprint(grammars: string, wasm: string): string {
  const version = (file: string): string | undefined => {
    try {
      return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version;
    } catch {
      return undefined;
    }
  };
  let versions: Record<string, string | undefined> = {};
  try {
    versions = JSON.parse(readFileSync(path.join(grammars, "versions.json"), "utf8")) as Record<string, string>;
  } catch {
    versions = {
      "@vscode/tree-sitter-wasm": version(path.join(grammars, "..", "package.json")),
      "web-tree-sitter": version(path.join(path.dirname(wasm), "package.json")),
    };
  }
  const sizes = [...Object.values(GRAMMAR_FILES), RUNTIME_WASM].map((f) => {
    const file = f === RUNTIME_WASM ? wasm : path.join(grammars, f);
    try {
      return `${f}:${statSync(file).size}`;
    } catch {
      return `${f}:-`;
    }
  });
  const named = Object.keys(versions)
    .sort()
    .map((k) => `${k}@${versions[k] ?? "?"}`);
  return [`repomap/${CACHE_FORMAT}`, ...named, ...sizes].join(" ");
}

/** A language's parser and queries, loaded on first use; undefined when its grammar is missing or does not load. */
async function languageTools(rt: Runtime, id: LanguageId): Promise<LanguageTools | undefined> {
  if (rt.languages.has(id)) return rt.languages.get(id);
  let tools: LanguageTools | undefined;
  try {
    const language = await rt.ts.Language.load(path.join(rt.grammars, GRAMMAR_FILES[id]));
    const parser = new rt.ts.Parser();
    parser.setLanguage(language);
    const patterns = DEFINITIONS[id];
    tools = { parser, definitions: new rt.ts.Query(language, patterns.map(([, p]) => p).join("\n")), kinds: patterns.map(([k]) => k) };
  } catch {
    tools = undefined;
  }
  rt.languages.set(id, tools);
  return tools;
}

// --- Extraction ------------------------------------------------------------------

/** Definitions and used identifiers of one file, or undefined when the parse failed or ran too long. */
function outline(tools: LanguageTools, source: string): FileOutline | undefined {
  const started = Date.now();
  const tree = tools.parser.parse(source, null, {
    progressCallback: () => Date.now() - started > PARSE_TIME_LIMIT_MS,
  });
  if (!tree) {
    tools.parser.reset();
    return undefined;
  }
  try {
    const found = new Map<string, { symbol: SourceSymbol; pattern: number }>();
    for (const match of tools.definitions.matches(tree.rootNode, { maxStartDepth: MAX_DEFINITION_DEPTH })) {
      const node = match.captures[0]?.node;
      const kind = tools.kinds[match.patternIndex];
      if (!node || !kind) continue;
      const name = source.slice(node.startIndex, node.endIndex);
      const key = `${node.startIndex}:${name}`;
      const prior = found.get(key);
      if (prior && prior.pattern > match.patternIndex) continue;
      const line = node.startPosition.row + 1;
      found.set(key, { symbol: { name, kind, line }, pattern: match.patternIndex });
    }
    const symbols = [...found.values()].map((f) => f.symbol).sort((a, b) => a.line - b.line || compare(a.name, b.name));
    const own = new Set(symbols.map((s) => s.name));
    // Used names are the file's identifier-shaped words, not tree-sitter's identifier nodes:
    // the same set plus words in comments and strings, at a twentieth of the cost of a
    // query over every identifier (which would add a third to each parse).
    const refs = new Set<string>();
    for (const word of identifiers(source)) if (!own.has(word)) refs.add(word);
    return { symbols, refs: [...refs].sort(compare) };
  } finally {
    tree.delete();
  }
}

/** A symbol's signature: its line, trimmed and capped. */
function signatureOf(line: string | undefined): string {
  const s = (line ?? "").trim();
  return s.length > MAX_SIGNATURE_CHARS ? `${s.slice(0, MAX_SIGNATURE_CHARS - 1)}…` : s;
}

/** Identifier-shaped words of a source text: what a file uses, for ranking. */
function identifiers(source: string): string[] {
  return source.match(/[A-Za-z_$][\w$]+/g) ?? [];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

interface LoadedCache {
  /** The names the cached refs were filtered by: a ref to any other name is not in them. */
  names: Set<string>;
  entries: Map<string, FileOutline | null>;
}

function loadCache(file: string | undefined, version: string): LoadedCache {
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
function saveCache(file: string, version: string, entries: Map<string, FileOutline | null>): void {
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
async function indexBlobs(root: string): Promise<Map<string, string>> {
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
function blobId(content: Buffer): string {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}

// --- Ranking ---------------------------------------------------------------------

interface MappedFile {
  path: string;
  symbols: SourceSymbol[];
  refs: string[];
}

const STOPWORDS = new Set(
  "the and for with this that these those from into onto when then than not are was were has have had but all can will what which where who how why its our your you they them their there here also only just like should would could must may might does did done been being about after before over under more most some any each every other such same very too out off per via please see".split(
    " ",
  ),
);

/** Lower-case words of text: each identifier whole and split at camelCase and snake_case. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const token of text.match(/[A-Za-z0-9_]+/g) ?? []) {
    out.push(token.toLowerCase());
    const parts = token
      .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
      .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
      .split(/[\s_]+/);
    if (parts.length > 1) for (const p of parts) if (p) out.push(p.toLowerCase());
  }
  return out;
}

function taskTerms(task: string): string[] {
  return [...new Set(words(task).filter((w) => w.length >= 3 && !STOPWORDS.has(w)))];
}

/**
 * Files the task names: by workspace path, also after a prefix (./src/a.ts, or a URL
 * ending …/blob/main/src/a.ts), or by bare file name when only one file has that name.
 */
function mentionedFiles(task: string, files: MappedFile[]): Set<string> {
  const paths = new Set(files.map((f) => f.path));
  // File name → its path, or null when several files share the name.
  const names = new Map<string, string | null>();
  for (const f of files) {
    const name = path.posix.basename(f.path);
    names.set(name, names.has(name) ? null : f.path);
  }
  const out = new Set<string>();
  for (const word of task.match(/[\w./-]+/g) ?? []) {
    const token = word.replace(/\.+$/, ""); // a sentence's full stop
    if (paths.has(token)) out.add(token);
    for (let i = token.indexOf("/"); i >= 0; i = token.indexOf("/", i + 1)) if (paths.has(token.slice(i + 1))) out.add(token.slice(i + 1));
    // vendor/util.js names some other util.js, not ours.
    const named = token.includes("/") ? undefined : names.get(token);
    if (named) out.add(named);
  }
  return out;
}

/**
 * Files in the order the map shows them: those the task names first; then by score:
 * task words in the path (3) and in symbol names (4 for a whole name, 1 for a part),
 * each weighted by how rare the word is across files; plus how much the files the task
 * names or matches use this file's definitions, and how much all other files do. Ties by path.
 */
function rank(files: MappedFile[], task: string): MappedFile[] {
  const terms = taskTerms(task);
  const termIndex = new Map(terms.map((t, i) => [t, i]));
  const PATH = 1;
  const WHOLE = 2;
  const PART = 4;
  // hits[file][term]: where the term occurs in the file (PATH | WHOLE | PART).
  // Splitting every name is most of the ranking's time; only names containing a term need it.
  // Terms are [a-z0-9_]+, nothing to escape.
  const anyTerm = new RegExp(terms.join("|") || "(?!)");
  const hits = files.map((f) => {
    const h = new Uint8Array(terms.length);
    if (terms.length === 0) return h;
    const stem = f.path.replace(/\.[^./]+$/, "");
    if (anyTerm.test(stem.toLowerCase())) {
      for (const w of words(stem.replace(/[/.-]/g, " "))) {
        const i = termIndex.get(w);
        if (i !== undefined) h[i]! |= PATH;
      }
    }
    for (const s of f.symbols) {
      const lower = s.name.toLowerCase();
      if (!anyTerm.test(lower)) continue;
      const whole = termIndex.get(lower);
      if (whole !== undefined) h[whole]! |= WHOLE;
      for (const w of words(s.name)) {
        const i = termIndex.get(w);
        if (i !== undefined) h[i]! |= PART;
      }
    }
    return h;
  });
  const idf = terms.map((_, i) => {
    const df = hits.reduce((n, h) => n + (h[i] ? 1 : 0), 0);
    return df === 0 ? 0 : Math.log(1 + files.length / df);
  });
  const term = hits.map((h) => h.reduce((sum, bits, i) => sum + idf[i]! * ((bits & PATH ? 3 : 0) + (bits & WHOLE ? 4 : bits & PART ? 1 : 0)), 0));

  // Who uses whose definitions, by name; a name defined in n files counts 1/n for each.
  const definers = new Map<string, number[]>();
  files.forEach((f, i) => {
    for (const name of new Set(f.symbols.filter((s) => !NOT_DEFINING.has(s.kind)).map((s) => s.name))) {
      const list = definers.get(name);
      if (list) list.push(i);
      else definers.set(name, [i]);
    }
  });
  const mentioned = mentionedFiles(task, files);
  const focus = files.map((f, i) => term[i]! > 0 || mentioned.has(f.path));
  const usedBy = new Float64Array(files.length);
  const usedByTask = new Float64Array(files.length);
  files.forEach((f, g) => {
    for (const name of f.refs) {
      const defs = definers.get(name);
      if (!defs || defs.length > MAX_DEFINERS) continue;
      const w = 1 / defs.length;
      for (const d of defs) {
        if (d === g) continue;
        usedBy[d]! += w;
        if (focus[g]) usedByTask[d]! += w;
      }
    }
  });

  const score = files.map((_, i) => 10 * term[i]! + 2 * Math.log2(1 + usedByTask[i]!) + Math.log2(1 + usedBy[i]!));
  const order = files.map((_, i) => i);
  order.sort((a, b) => {
    const ma = mentioned.has(files[a]!.path) ? 1 : 0;
    const mb = mentioned.has(files[b]!.path) ? 1 : 0;
    return mb - ma || score[b]! - score[a]! || compare(files[a]!.path, files[b]!.path);
  });
  return order.map((i) => files[i]!);
}

// --- Packing ---------------------------------------------------------------------

/**
 * Whole files in rank order while they fit; the first that does not is shown as far
 * as it fits, and the files after it by path only; then how many were left out.
 */
function pack(ranked: MappedFile[], budgetTokens: number, linesOf: (file: string) => string[]): { text: string; included: number; omitted: number } {
  const limit = Math.max(0, Math.floor(budgetTokens)) * 4;
  const shown = ranked.filter((f) => f.symbols.length > 0);
  const footer = (n: number) => `[… ${plural(n, "more file")} with symbols not shown]`;
  const reserve = footer(shown.length).length;
  const out: string[] = [];
  // Characters so far, counting a newline after every line.
  let used = 0;
  const fits = (chars: number) => used + chars + reserve <= limit;
  const add = (lines: string[]) => {
    for (const l of lines) {
      out.push(l);
      used += l.length + 1;
    }
  };
  const size = (lines: string[]) => lines.reduce((n, l) => n + l.length + 1, 0);
  let included = 0;
  let whole = true;
  for (const f of shown) {
    // Symbols sharing a line (class K { m() {} }) show once. Signatures are read only for
    // files that may be shown with them: the others need only their count.
    const numbers = [...new Set(f.symbols.map((s) => s.line))];
    if (whole) {
      const lines = signatures(f.path, numbers);
      const block = [`${f.path}:`, ...lines];
      if (fits(size(block))) {
        add(block);
        included++;
        continue;
      }
      whole = false;
      const part = [`${f.path}:`];
      let partSize = size(part);
      const more = (rest: number) => `  … ${plural(rest, "more symbol")}`;
      let n = 0;
      while (n < lines.length && fits(partSize + lines[n]!.length + 1 + more(lines.length - n - 1).length + 1)) {
        partSize += lines[n]!.length + 1;
        part.push(lines[n++]!);
      }
      if (n > 0) {
        add([...part, more(lines.length - n)]);
        included++;
        continue;
      }
    }
    const line = `${f.path}: (${plural(numbers.length, "symbol")} not shown)`;
    if (!fits(line.length + 1)) break;
    add([line]);
    included++;
  }
  function signatures(file: string, numbers: number[]): string[] {
    const source = linesOf(file);
    return numbers.map((n) => `  ${n}: ${signatureOf(source[n - 1])}`);
  }
  const omitted = shown.length - included;
  if (omitted > 0 && used + footer(omitted).length <= limit) out.push(footer(omitted));
  return { text: out.join("\n"), included, omitted };
}

// --- Parsing, in worker threads -------------------------------------------------------

interface ParseJob {
  abs: string;
  language: LanguageId;
}

/**
 * One file's outline: null when it does not parse (binary, failed, too slow: remembered as
 * such), undefined when there is no grammar for it or it cannot be read (not remembered).
 */
async function parseFile(job: ParseJob): Promise<FileOutline | null | undefined> {
  const rt = await runtime();
  const tools = rt.languages.has(job.language) ? rt.languages.get(job.language) : await languageTools(rt, job.language);
  if (!tools) return undefined;
  let content: Buffer;
  try {
    content = readFileSync(job.abs);
  } catch {
    return undefined;
  }
  if (content.subarray(0, 8000).includes(0)) return null;
  try {
    return outline(tools, content.toString("utf8")) ?? null;
  } catch {
    // One file's failure (say, out of wasm memory) is that file's, not the map's.
    return null;
  }
}

/** Below this many files a worker's start (tree-sitter and grammars again) costs more than it saves. */
const FILES_PER_WORKER = 250;
/** Files a worker takes at a time: small enough to balance, large enough to keep messages few. */
const WORKER_BATCH = 40;
const WORKER_MARK = "crustyclaw-repomap-worker";

/** Outlines of `jobs`, in their order: on all cores when there are enough files, else here. */
async function parseFiles(jobs: ParseJob[], most = Math.min(availableParallelism(), 4)): Promise<Array<FileOutline | null | undefined>> {
  const workers = Math.min(most, Math.floor(jobs.length / FILES_PER_WORKER));
  if (workers < 2) {
    const out: Array<FileOutline | null | undefined> = [];
    for (const job of jobs) out.push(await parseFile(job));
    return out;
  }
  const out = new Array<FileOutline | null | undefined>(jobs.length);
  let nextJob = 0;
  const pool = Array.from({ length: workers }, () => startWorker());
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let given: number[] = [];
            const feed = () => {
              given = [];
              while (given.length < WORKER_BATCH && nextJob < jobs.length) given.push(nextJob++);
              if (given.length === 0) return resolve();
              worker.postMessage(given.map((i) => jobs[i]));
            };
            worker.on("message", (results: Array<FileOutline | null | undefined> | "ready") => {
              if (results !== "ready") given.forEach((i, k) => (out[i] = results[k]));
              feed();
            });
            worker.once("error", reject);
            worker.once("exit", (code) => (given.length > 0 ? reject(new Error(`repo map: a parsing worker stopped (exit code ${code})`)) : resolve()));
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return out;
}

/**
 * A worker running this very module. Bundled, that is the chunk it was built into; from the
 * sources (tests, benchmarks), tsx is registered in the worker first to load TypeScript.
 */
function startWorker(): Worker {
  const self = import.meta.url;
  const workerData = { [WORKER_MARK]: true };
  if (!self.endsWith(".ts")) return new Worker(new URL(self), { workerData });
  const tsx = pathToFileURL(nodeModule.createRequire(self).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(self)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData });
}

// In a parsing worker: take batches of files, answer with their outlines.
if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_MARK] === true && parentPort) {
  const port = parentPort;
  port.on("message", (batch: ParseJob[]) => {
    void (async () => {
      const results: Array<FileOutline | null | undefined> = [];
      for (const job of batch) results.push(await parseFile(job));
      port.postMessage(results);
    })();
  });
  port.postMessage("ready");
}

// --- The map -----------------------------------------------------------------------

/**
 * The workspace's repo map for a task. Files come from `git ls-files` (so .gitignore
 * holds); symlinks, files over 256 KiB, binary files and files that fail to parse are
 * skipped and counted. With `cacheFile`, a run on an unchanged tree parses nothing.
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
  const listed = (await workspaceFiles(root, "")).filter((f) => LANGUAGE_OF_EXTENSION[path.posix.extname(f).toLowerCase()] !== undefined);
  const blobs = await indexBlobs(root);
  const cache = loadCache(opts.cacheFile, version);
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
