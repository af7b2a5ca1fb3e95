import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import type { Problem } from "../util/problem.js";

/** Blueprints and configs are small; anything bigger is a mistake or an attack. */
export const MAX_SOURCE_BYTES = 1024 * 1024;
/** Alias expansions allowed while converting to plain data (billion-laughs guard). */
const MAX_ALIAS_COUNT = 100;

/**
 * A parsed YAML file that remembers where every value came from, so later
 * checks can point at file:line:column.
 */
export interface YamlSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** The plain data, or undefined when the YAML itself could not be read. */
  data: unknown;
}

export type PathSegment = string | number;

/**
 * Parse YAML text strictly: one document, no duplicate keys, no custom tags,
 * bounded alias expansion. Problems come back as data, never as exceptions.
 */
export function parseYamlSource(file: string, text: string): { source?: YamlSource; problems: Problem[] } {
  const problem = (message: string, line = 0, column = 0, hint?: string, code = "yaml"): Problem => ({
    file,
    line,
    column,
    message,
    code,
    ...(hint ? { hint } : {}),
  });
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_SOURCE_BYTES) {
    return {
      problems: [
        problem(
          `file is ${bytes} bytes; the limit is ${MAX_SOURCE_BYTES} bytes`,
          0,
          0,
          "split the work into several smaller blueprints",
          "too-large",
        ),
      ],
    };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = (offset: number | undefined) => {
    const p = lines.linePos(offset ?? 0);
    return { line: p.line, col: p.col };
  };
  const problems: Problem[] = [];
  for (const e of doc.errors) {
    const { line, col } = at(e.pos[0]);
    problems.push(problem(cleanYamlMessage(e.message), line, col, yamlHint(e.code), `yaml-${e.code.toLowerCase()}`));
  }
  for (const w of doc.warnings) {
    const { line, col } = at(w.pos[0]);
    // Unresolved tags (e.g. `!<tag:yaml.org,2002:js/function>`) would silently become strings: refuse them.
    problems.push(
      problem(cleanYamlMessage(w.message), line, col, "remove the tag; blueprints use plain YAML values", "yaml-tag"),
    );
  }
  if (text.includes("\u0000")) {
    problems.push(problem("file contains a NUL byte; blueprints are text", 0, 0, undefined, "binary"));
  }
  // A second document after `---` would be ignored silently.
  if (problems.length === 0 && /^(---|\.\.\.)\s*$/m.test(text.slice(doc.range[1]))) {
    const { line, col } = at(doc.range[1]);
    problems.push(problem("file holds more than one YAML document", line, col, "keep one blueprint per file", "yaml-multi"));
  }
  if (problems.length > 0) return { problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    // yaml throws ReferenceError for excessive aliasing and for unknown anchors.
    const message = err instanceof Error ? err.message : String(err);
    const first = findFirstAlias(doc.contents);
    const { line, col } = at(first);
    return {
      problems: [
        problem(
          /alias/i.test(message)
            ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}); the file would expand to an unbounded size`
            : cleanYamlMessage(message),
          line,
          col,
          "write the values out instead of nesting aliases",
          "yaml-alias",
        ),
      ],
    };
  }
  return { source: { file, text, doc, lines, data }, problems: [] };
}

function findFirstAlias(node: unknown): number | undefined {
  let found: number | undefined;
  const visit = (n: unknown) => {
    if (found !== undefined || !n || typeof n !== "object") return;
    const any = n as { range?: [number, number]; items?: unknown[]; key?: unknown; value?: unknown; source?: string };
    if ((n as { constructor?: { name?: string } }).constructor?.name === "Alias") {
      found = any.range?.[0];
      return;
    }
    if (Array.isArray(any.items)) any.items.forEach(visit);
    if ("key" in any) visit(any.key);
    if ("value" in any) visit(any.value);
  };
  visit(node);
  return found;
}

function cleanYamlMessage(message: string): string {
  // yaml appends " at line X, column Y" and a code excerpt; we print the position ourselves.
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "").trim();
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case "DUPLICATE_KEY":
      return "each key may appear once in a mapping; remove or rename the duplicate";
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return "check the indentation: nested keys are indented under their parent with spaces";
    case "TAB_AS_INDENT":
      return "indent with spaces, not tabs";
    case "MULTIPLE_DOCS":
      return "keep one blueprint per file";
    default:
      return undefined;
  }
}

/** The YAML node at a data path, and the key node when the path ends at a mapping key. */
export function nodeAt(source: YamlSource, path: PathSegment[]): { node?: Node; key?: Node } {
  let current: unknown = source.doc.contents;
  let key: Node | undefined;
  for (const seg of path) {
    key = undefined;
    if (isMap(current)) {
      const pair = current.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return { node: current };
      key = pair.key as Node;
      current = pair.value ?? pair.key;
    } else if (isSeq(current) && typeof seg === "number") {
      const item = current.items[seg];
      if (item === undefined) return { node: current };
      current = item;
    } else {
      return { node: current as Node };
    }
  }
  return { node: current as Node, ...(key ? { key } : {}) };
}

/** Line and column of the value at a path (or of its key, when `preferKey`). */
export function positionOf(source: YamlSource, path: PathSegment[], preferKey = false): { line: number; column: number } {
  const { node, key } = nodeAt(source, path);
  const target = preferKey && key ? key : node;
  const offset = target?.range?.[0] ?? 0;
  const p = source.lines.linePos(offset);
  return { line: p.line, column: p.col };
}
