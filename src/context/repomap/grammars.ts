// Where tree-sitter and the grammars are, starting tree-sitter once per thread, and a
// fingerprint of their versions (a cache written with other grammars is not used).
import { existsSync, readFileSync, statSync } from "node:fs";
import * as nodeModule from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type * as TreeSitter from "web-tree-sitter";
import { DEFINITIONS, GRAMMAR_FILES, RUNTIME_JS, RUNTIME_WASM, type LanguageId, type SymbolKind } from "./languages.js";

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
export function runtimeFiles(grammars: string): { js: string; wasm: string } | undefined {
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

export interface LanguageTools {
  parser: TreeSitter.Parser;
  definitions: TreeSitter.Query;
  /** Symbol kind by the query's pattern index. */
  kinds: SymbolKind[];
}

interface Runtime {
  ts: typeof TreeSitter;
  grammars: string;
  languages: Map<LanguageId, LanguageTools | undefined>;
}

let runtimePromise: Promise<Runtime> | undefined;

/** tree-sitter started once per process; parsers and compiled queries are kept for reuse. */
export function runtime(): Promise<Runtime> {
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
  return { ts, grammars, languages: new Map() };
}

let fingerprintOnce: string | undefined;

/** The grammars' and runtime's fingerprint, known without starting tree-sitter. */
export function grammarFingerprint(): string {
  if (fingerprintOnce === undefined) {
    const grammars = grammarDir();
    fingerprintOnce = fingerprint(grammars, runtimeFiles(grammars)?.wasm ?? path.join(grammars, RUNTIME_WASM));
  }
  return fingerprintOnce;
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
  return [...named, ...sizes].join(" ");
}

/** A language's parser and queries, loaded on first use; undefined when its grammar is missing or does not load. */
export async function languageTools(rt: Runtime, id: LanguageId): Promise<LanguageTools | undefined> {
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
