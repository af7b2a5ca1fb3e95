import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  plural,
  workspaceFiles
} from "./chunk-5ZFJ5HBO.js";
import {
  git
} from "./chunk-ERHXKVEK.js";
import "./chunk-4BX6NHJ2.js";

// src/context/repomap.ts
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import * as nodeModule from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
var DEFAULT_REPO_MAP_TOKENS = 2e3;
var MAX_FILE_BYTES = 256 * 1024;
var PARSE_TIME_LIMIT_MS = 2e3;
var MAX_SIGNATURE_CHARS = 120;
var MAX_DEFINITION_DEPTH = 5;
var MAX_DEFINERS = 20;
var CACHE_FORMAT = 1;
var LANGUAGE_OF_EXTENSION = {
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
  ".java": "java"
};
var GRAMMAR_FILES = {
  typescript: "tree-sitter-typescript.wasm",
  tsx: "tree-sitter-tsx.wasm",
  javascript: "tree-sitter-javascript.wasm",
  python: "tree-sitter-python.wasm",
  go: "tree-sitter-go.wasm",
  rust: "tree-sitter-rust.wasm",
  java: "tree-sitter-java.wasm"
};
var RUNTIME_WASM = "web-tree-sitter.wasm";
var RUNTIME_JS = "web-tree-sitter.cjs";
var FUNCTION_VALUE = "value: [(arrow_function) (function_expression)]";
var JS_DEFINITIONS = [
  ["function", "(function_declaration name: (identifier) @name)"],
  ["function", "(generator_function_declaration name: (identifier) @name)"],
  ["method", "(method_definition name: (_) @name)"],
  ["const", "(export_statement declaration: (lexical_declaration (variable_declarator name: (identifier) @name)))"],
  ["const", "(export_statement declaration: (variable_declaration (variable_declarator name: (identifier) @name)))"],
  ["function", `(export_statement declaration: (lexical_declaration (variable_declarator name: (identifier) @name ${FUNCTION_VALUE})))`],
  ["function", `(export_statement declaration: (variable_declaration (variable_declarator name: (identifier) @name ${FUNCTION_VALUE})))`],
  ["function", `(program (lexical_declaration (variable_declarator name: (identifier) @name ${FUNCTION_VALUE})))`],
  ["function", `(program (variable_declaration (variable_declarator name: (identifier) @name ${FUNCTION_VALUE})))`]
];
var TS_DEFINITIONS = [
  ...JS_DEFINITIONS,
  ["function", "(function_signature name: (identifier) @name)"],
  ["class", "(class_declaration name: (type_identifier) @name)"],
  ["class", "(abstract_class_declaration name: (type_identifier) @name)"],
  ["method", "(abstract_method_signature name: (_) @name)"],
  ["interface", "(interface_declaration name: (type_identifier) @name)"],
  ["type", "(type_alias_declaration name: (type_identifier) @name)"],
  ["enum", "(enum_declaration name: (identifier) @name)"],
  ["namespace", "(internal_module name: (_) @name)"]
];
var DEFINITIONS = {
  typescript: TS_DEFINITIONS,
  tsx: TS_DEFINITIONS,
  javascript: [...JS_DEFINITIONS, ["class", "(class_declaration name: (identifier) @name)"]],
  python: [
    ["function", "(function_definition name: (identifier) @name)"],
    ["class", "(class_definition name: (identifier) @name)"],
    ["method", "(class_definition body: (block (function_definition name: (identifier) @name)))"],
    ["method", "(class_definition body: (block (decorated_definition definition: (function_definition name: (identifier) @name))))"]
  ],
  go: [
    ["function", "(function_declaration name: (identifier) @name)"],
    ["method", "(method_declaration name: (field_identifier) @name)"],
    ["type", "(type_spec name: (type_identifier) @name)"],
    ["type", "(type_alias name: (type_identifier) @name)"],
    ["struct", "(type_spec name: (type_identifier) @name type: (struct_type))"],
    ["interface", "(type_spec name: (type_identifier) @name type: (interface_type))"]
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
    ["module", "(mod_item name: (identifier) @name body: (declaration_list))"]
  ],
  java: [
    ["class", "(class_declaration name: (identifier) @name)"],
    ["interface", "(interface_declaration name: (identifier) @name)"],
    ["enum", "(enum_declaration name: (identifier) @name)"],
    ["record", "(record_declaration name: (identifier) @name)"],
    ["annotation", "(annotation_type_declaration name: (identifier) @name)"],
    ["method", "(method_declaration name: (identifier) @name)"],
    ["constructor", "(constructor_declaration name: (identifier) @name)"]
  ]
};
var NOT_DEFINING = /* @__PURE__ */ new Set(["impl", "constructor"]);
function moduleDir() {
  return path.dirname(fileURLToPath(import.meta.url));
}
function grammarCandidates() {
  const env = process.env.CRUSTYCLAW_GRAMMARS;
  if (env) return [path.resolve(env)];
  const here = moduleDir();
  const out = [path.join(here, "..", "grammars")];
  for (let dir = here; ; dir = path.dirname(dir)) {
    out.push(path.join(dir, "node_modules", "@vscode", "tree-sitter-wasm", "wasm"));
    if (path.dirname(dir) === dir) break;
  }
  return out;
}
function grammarDir() {
  const candidates = grammarCandidates();
  const found = candidates.find((d) => existsSync(d));
  if (found) return found;
  throw new Error(
    process.env.CRUSTYCLAW_GRAMMARS ? `CRUSTYCLAW_GRAMMARS is ${process.env.CRUSTYCLAW_GRAMMARS}, which does not exist; point it at a directory holding ${GRAMMAR_FILES.typescript} and friends, or unset it` : `no tree-sitter grammars found: looked in ${candidates[0]} and for node_modules/@vscode/tree-sitter-wasm/wasm above ${moduleDir()}; run the build (it copies them to dist/grammars) or set CRUSTYCLAW_GRAMMARS`
  );
}
function runtimeFiles(grammars) {
  const copied = path.join(grammars, RUNTIME_JS);
  if (existsSync(copied)) return { js: copied, wasm: path.join(grammars, RUNTIME_WASM) };
  try {
    const js = nodeModule.createRequire(import.meta.url).resolve("web-tree-sitter");
    return { js, wasm: path.join(path.dirname(js), RUNTIME_WASM) };
  } catch {
    return void 0;
  }
}
var runtimePromise;
function runtime() {
  runtimePromise ??= startRuntime().catch((e) => {
    runtimePromise = void 0;
    throw e;
  });
  return runtimePromise;
}
async function startRuntime() {
  const grammars = grammarDir();
  const files = runtimeFiles(grammars);
  if (!files) throw new Error(`tree-sitter could not start: ${RUNTIME_JS} is not in ${grammars} and the web-tree-sitter package is not installed`);
  let ts;
  try {
    ts = nodeModule.createRequire(import.meta.url)(files.js);
    await ts.Parser.init({ locateFile: (name) => path.join(path.dirname(files.wasm), name) });
  } catch (e) {
    throw new Error(`tree-sitter could not start from ${files.js} and ${files.wasm}: ${e.message}`);
  }
  return { ts, grammars, fingerprint: fingerprint(grammars, files.wasm), languages: /* @__PURE__ */ new Map() };
}
function fingerprint(grammars, wasm) {
  const version = (file) => {
    try {
      return JSON.parse(readFileSync(file, "utf8")).version;
    } catch {
      return void 0;
    }
  };
  let versions = {};
  try {
    versions = JSON.parse(readFileSync(path.join(grammars, "versions.json"), "utf8"));
  } catch {
    versions = {
      "@vscode/tree-sitter-wasm": version(path.join(grammars, "..", "package.json")),
      "web-tree-sitter": version(path.join(path.dirname(wasm), "package.json"))
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
  const named = Object.keys(versions).sort().map((k) => `${k}@${versions[k] ?? "?"}`);
  return [`repomap/${CACHE_FORMAT}`, ...named, ...sizes].join(" ");
}
async function languageTools(rt, id) {
  if (rt.languages.has(id)) return rt.languages.get(id);
  let tools;
  try {
    const language = await rt.ts.Language.load(path.join(rt.grammars, GRAMMAR_FILES[id]));
    const parser = new rt.ts.Parser();
    parser.setLanguage(language);
    const patterns = DEFINITIONS[id];
    tools = { parser, definitions: new rt.ts.Query(language, patterns.map(([, p]) => p).join("\n")), kinds: patterns.map(([k]) => k) };
  } catch {
    tools = void 0;
  }
  rt.languages.set(id, tools);
  return tools;
}
function outline(tools, source) {
  const started = Date.now();
  const tree = tools.parser.parse(source, null, {
    progressCallback: () => Date.now() - started > PARSE_TIME_LIMIT_MS
  });
  if (!tree) {
    tools.parser.reset();
    return void 0;
  }
  try {
    const found = /* @__PURE__ */ new Map();
    for (const match of tools.definitions.matches(tree.rootNode, { maxStartDepth: MAX_DEFINITION_DEPTH })) {
      const node = match.captures[0]?.node;
      const kind = tools.kinds[match.patternIndex];
      if (!node || !kind) continue;
      const name = source.slice(node.startIndex, node.endIndex);
      const key = `${node.startIndex}:${name}`;
      const prior = found.get(key);
      if (prior && prior.pattern > match.patternIndex) continue;
      const line = node.startPosition.row + 1;
      found.set(key, { symbol: { name, kind, line, signature: lineAround(source, node.startIndex) }, pattern: match.patternIndex });
    }
    const symbols = [...found.values()].map((f) => f.symbol).sort((a, b) => a.line - b.line || compare(a.name, b.name));
    const own = new Set(symbols.map((s) => s.name));
    const refs = /* @__PURE__ */ new Set();
    for (const word of source.match(/[A-Za-z_$][\w$]+/g) ?? []) if (!own.has(word)) refs.add(word);
    return { symbols, refs: [...refs].sort(compare) };
  } finally {
    tree.delete();
  }
}
function lineAround(source, index) {
  const end = source.indexOf("\n", index);
  const s = source.slice(source.lastIndexOf("\n", index - 1) + 1, end < 0 ? source.length : end).trim();
  return s.length > MAX_SIGNATURE_CHARS ? `${s.slice(0, MAX_SIGNATURE_CHARS - 1)}\u2026` : s;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function loadCache(file, version) {
  if (!file) return /* @__PURE__ */ new Map();
  try {
    const data = JSON.parse(readFileSync(file, "utf8"));
    if (data.version !== version || typeof data.files !== "object" || data.files === null) return /* @__PURE__ */ new Map();
    return new Map(Object.entries(data.files));
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function saveCache(file, version, entries) {
  const files = {};
  for (const key of [...entries.keys()].sort()) files[key] = entries.get(key);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, JSON.stringify({ version, files }));
    renameSync(tmp, file);
  } catch {
  }
}
function fromCache(entry) {
  if (entry === null) return null;
  if (typeof entry !== "object" || !Array.isArray(entry.s) || !Array.isArray(entry.r)) return void 0;
  const { s, r } = entry;
  const symbols = [];
  for (const x of s) {
    if (!Array.isArray(x) || typeof x[0] !== "number" || typeof x[1] !== "string" || typeof x[2] !== "string" || typeof x[3] !== "string") return void 0;
    symbols.push({ line: x[0], kind: x[1], name: x[2], signature: x[3] });
  }
  if (!r.every((x) => typeof x === "string")) return void 0;
  return { symbols, refs: r };
}
function toCache(o) {
  return o === null ? null : { s: o.symbols.map((x) => [x.line, x.kind, x.name, x.signature]), r: o.refs };
}
async function indexBlobs(root) {
  const blobs = /* @__PURE__ */ new Map();
  try {
    const top = await git(["rev-parse", "--show-toplevel"], { cwd: root, timeoutMs: 3e4 });
    if (realpathSync.native(top.trim()) !== root) return blobs;
    const opts = { cwd: root, timeoutMs: 6e4 };
    const [staged, changed] = await Promise.all([
      git(["-c", "core.fsmonitor=false", "ls-files", "-s", "-z"], opts),
      git(["-c", "core.fsmonitor=false", "diff-files", "--name-only", "-z"], opts)
    ]);
    const dirty = new Set(changed.split("\0"));
    for (const entry of staged.split("\0")) {
      const tab = entry.indexOf("	");
      if (tab < 0) continue;
      const [mode, blob, stage] = entry.slice(0, tab).split(" ");
      const rel = entry.slice(tab + 1);
      if (stage === "0" && mode?.startsWith("100") && blob && !dirty.has(rel)) blobs.set(rel, blob);
    }
  } catch {
  }
  return blobs;
}
function blobId(content) {
  return createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}
var STOPWORDS = new Set(
  "the and for with this that these those from into onto when then than not are was were has have had but all can will what which where who how why its our your you they them their there here also only just like should would could must may might does did done been being about after before over under more most some any each every other such same very too out off per via please see".split(
    " "
  )
);
function words(text) {
  const out = [];
  for (const token of text.match(/[A-Za-z0-9_]+/g) ?? []) {
    out.push(token.toLowerCase());
    const parts = token.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[\s_]+/);
    if (parts.length > 1) {
      for (const p of parts) if (p) out.push(p.toLowerCase());
    }
  }
  return out;
}
function taskTerms(task) {
  return [...new Set(words(task).filter((w) => w.length >= 3 && !STOPWORDS.has(w)))];
}
function mentionedFiles(task, files) {
  const paths = new Set(files.map((f) => f.path));
  const names = /* @__PURE__ */ new Map();
  for (const f of files) {
    const name = path.posix.basename(f.path);
    names.set(name, names.has(name) ? null : f.path);
  }
  const out = /* @__PURE__ */ new Set();
  for (const word of task.match(/[\w./-]+/g) ?? []) {
    const token = word.replace(/\.+$/, "");
    if (paths.has(token)) out.add(token);
    for (let i = token.indexOf("/"); i >= 0; i = token.indexOf("/", i + 1)) if (paths.has(token.slice(i + 1))) out.add(token.slice(i + 1));
    const named = token.includes("/") ? void 0 : names.get(token);
    if (named) out.add(named);
  }
  return out;
}
function rank(files, task) {
  const terms = taskTerms(task);
  const termIndex = new Map(terms.map((t, i) => [t, i]));
  const PATH = 1;
  const WHOLE = 2;
  const PART = 4;
  const anyTerm = new RegExp(terms.join("|") || "(?!)");
  const hits = files.map((f) => {
    const h = new Uint8Array(terms.length);
    if (terms.length === 0) return h;
    const stem = f.path.replace(/\.[^./]+$/, "");
    if (anyTerm.test(stem.toLowerCase())) {
      for (const w of words(stem.replace(/[/.-]/g, " "))) {
        const i = termIndex.get(w);
        if (i !== void 0) h[i] |= PATH;
      }
    }
    for (const s of f.symbols) {
      const lower = s.name.toLowerCase();
      if (!anyTerm.test(lower)) continue;
      const whole = termIndex.get(lower);
      if (whole !== void 0) h[whole] |= WHOLE;
      for (const w of words(s.name)) {
        const i = termIndex.get(w);
        if (i !== void 0) h[i] |= PART;
      }
    }
    return h;
  });
  const idf = terms.map((_, i) => {
    const df = hits.reduce((n, h) => n + (h[i] ? 1 : 0), 0);
    return df === 0 ? 0 : Math.log(1 + files.length / df);
  });
  const term = hits.map((h) => h.reduce((sum, bits, i) => sum + idf[i] * ((bits & PATH ? 3 : 0) + (bits & WHOLE ? 4 : bits & PART ? 1 : 0)), 0));
  const definers = /* @__PURE__ */ new Map();
  files.forEach((f, i) => {
    for (const name of new Set(f.symbols.filter((s) => !NOT_DEFINING.has(s.kind)).map((s) => s.name))) {
      const list = definers.get(name);
      if (list) list.push(i);
      else definers.set(name, [i]);
    }
  });
  const mentioned = mentionedFiles(task, files);
  const focus = files.map((f, i) => term[i] > 0 || mentioned.has(f.path));
  const usedBy = new Float64Array(files.length);
  const usedByTask = new Float64Array(files.length);
  files.forEach((f, g) => {
    for (const name of f.refs) {
      const defs = definers.get(name);
      if (!defs || defs.length > MAX_DEFINERS) continue;
      const w = 1 / defs.length;
      for (const d of defs) {
        if (d === g) continue;
        usedBy[d] += w;
        if (focus[g]) usedByTask[d] += w;
      }
    }
  });
  const score = files.map((_, i) => 10 * term[i] + 2 * Math.log2(1 + usedByTask[i]) + Math.log2(1 + usedBy[i]));
  const order = files.map((_, i) => i);
  order.sort((a, b) => {
    const ma = mentioned.has(files[a].path) ? 1 : 0;
    const mb = mentioned.has(files[b].path) ? 1 : 0;
    return mb - ma || score[b] - score[a] || compare(files[a].path, files[b].path);
  });
  return order.map((i) => files[i]);
}
function pack(ranked, budgetTokens) {
  const limit = Math.max(0, Math.floor(budgetTokens)) * 4;
  const shown = ranked.filter((f) => f.symbols.length > 0);
  const footer = (n) => `[\u2026 ${plural(n, "more file")} with symbols not shown]`;
  const reserve = footer(shown.length).length;
  const out = [];
  let used = 0;
  const fits = (chars) => used + chars + reserve <= limit;
  const add = (lines) => {
    for (const l of lines) {
      out.push(l);
      used += l.length + 1;
    }
  };
  const size = (lines) => lines.reduce((n, l) => n + l.length + 1, 0);
  let included = 0;
  let whole = true;
  for (const f of shown) {
    const lines = [...new Set(f.symbols.map((s) => `  ${s.line}: ${s.signature}`))];
    if (whole) {
      const block = [`${f.path}:`, ...lines];
      if (fits(size(block))) {
        add(block);
        included++;
        continue;
      }
      whole = false;
      const part = [`${f.path}:`];
      let partSize = size(part);
      const more = (rest) => `  \u2026 ${plural(rest, "more symbol")}`;
      let n = 0;
      while (n < lines.length && fits(partSize + lines[n].length + 1 + more(lines.length - n - 1).length + 1)) {
        partSize += lines[n].length + 1;
        part.push(lines[n++]);
      }
      if (n > 0) {
        add([...part, more(lines.length - n)]);
        included++;
        continue;
      }
    }
    const line = `${f.path}: (${plural(lines.length, "symbol")} not shown)`;
    if (!fits(line.length + 1)) break;
    add([line]);
    included++;
  }
  const omitted = shown.length - included;
  if (omitted > 0 && used + footer(omitted).length <= limit) out.push(footer(omitted));
  return { text: out.join("\n"), included, omitted };
}
async function buildRepoMap(opts) {
  let root;
  try {
    root = realpathSync.native(opts.workspace);
  } catch {
    throw new Error(`repo map: the workspace ${opts.workspace} does not exist`);
  }
  const rt = await runtime();
  const listed = (await workspaceFiles(root, "")).filter((f) => LANGUAGE_OF_EXTENSION[path.posix.extname(f).toLowerCase()] !== void 0);
  const blobs = await indexBlobs(root);
  const cache = loadCache(opts.cacheFile, rt.fingerprint);
  const next = /* @__PURE__ */ new Map();
  let cacheChanged = false;
  const mapped = [];
  let parsed = 0;
  let cached = 0;
  let skipped = 0;
  for (const rel of listed) {
    const language = LANGUAGE_OF_EXTENSION[path.posix.extname(rel).toLowerCase()];
    const abs = path.join(root, rel);
    let content;
    let key;
    try {
      const info = lstatSync(abs);
      if (!info.isFile() || info.size > MAX_FILE_BYTES) {
        skipped++;
        continue;
      }
      const blob = blobs.get(rel) ?? blobId(content = readFileSync(abs));
      key = `${language}:${blob}`;
    } catch {
      skipped++;
      continue;
    }
    let result = fromCache(next.has(key) ? next.get(key) : cache.get(key));
    if (result === void 0) {
      const tools = rt.languages.has(language) ? rt.languages.get(language) : await languageTools(rt, language);
      if (!tools) {
        skipped++;
        continue;
      }
      try {
        content ??= readFileSync(abs);
      } catch {
        skipped++;
        continue;
      }
      result = null;
      if (!content.subarray(0, 8e3).includes(0)) {
        try {
          result = outline(tools, content.toString("utf8")) ?? null;
        } catch {
        }
      }
      if (result) parsed++;
      cacheChanged = true;
    } else if (result) cached++;
    next.set(key, toCache(result));
    if (result === null) {
      skipped++;
      continue;
    }
    mapped.push({ path: rel, symbols: result.symbols, refs: result.refs });
  }
  if (opts.cacheFile && (cacheChanged || next.size !== cache.size)) saveCache(opts.cacheFile, rt.fingerprint, next);
  const { text, included, omitted } = pack(rank(mapped, opts.task), opts.budgetTokens ?? DEFAULT_REPO_MAP_TOKENS);
  return { text, files: listed.length, parsed, cached, skipped, included, omitted };
}
export {
  DEFAULT_REPO_MAP_TOKENS,
  GRAMMAR_FILES,
  RUNTIME_JS,
  RUNTIME_WASM,
  buildRepoMap,
  grammarDir
};
