import { isAlias, isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from "yaml";
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
  // Plain YAML 1.2 core values only, even under a `%YAML 1.1` directive (which would otherwise turn
  // `yes` into true and dates into Date objects, and enable `<<` merges): `schema: "core"` pins the
  // types, `resolveKnownTags: false` refuses `!!binary`, `!!set`, `!!timestamp`, `!!merge` and friends.
  const doc = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    schema: "core",
    resolveKnownTags: false,
  });
  const at = (offset: number | undefined) => {
    const p = lines.linePos(offset ?? 0);
    return { line: p.line, col: p.col };
  };
  const problems: Problem[] = [];
  for (const e of yamlErrors(doc, text)) {
    const { line, col } = at(e.offset);
    problems.push(problem(e.message, line, col, e.hint, e.code));
  }
  for (const w of doc.warnings) {
    const { line, col } = at(w.pos[0]);
    const isTag = w.code === "TAG_RESOLVE_FAILED" || w.code === "BAD_COLLECTION_TYPE";
    // Unresolved tags (e.g. `!<tag:yaml.org,2002:js/function>`) would silently become strings: refuse them.
    const tagText = text.slice(w.pos[0], w.pos[1]).trim();
    problems.push(
      problem(
        isTag && tagText.startsWith("!") ? `YAML tag '${tagText}' is not supported` : cleanYamlMessage(w.message),
        line,
        col,
        isTag ? "remove the tag; blueprints use plain YAML values" : undefined,
        isTag ? "yaml-tag" : `yaml-${w.code.toLowerCase()}`,
      ),
    );
  }
  if (text.includes("\u0000")) {
    problems.push(problem("file contains a NUL byte; blueprints are text", 0, 0, undefined, "binary"));
  }
  // A second document after `---` would be ignored silently. (A `...` end marker alone ends the one document.)
  if (problems.length === 0 && /^---(\s|$)/m.test(text.slice(doc.range[1]))) {
    const { line, col } = at(doc.range[1]);
    problems.push(problem("file holds more than one YAML document", line, col, "keep one blueprint per file", "yaml-multi"));
  }
  // A list or mapping used as a key would be stringified (with a warning on the process's stderr).
  // Checked only on otherwise well-formed YAML: after a syntax error such keys are the parser's guesses.
  if (problems.length === 0) {
    visit(doc, {
      Pair(_, pair) {
        if (isCollection(pair.key) || isAlias(pair.key)) {
          const { line, col } = at((pair.key as Node).range?.[0]);
          problems.push(
            problem(
              "a key must be a plain value, not a list, mapping or alias",
              line,
              col,
              "write the key as a plain word such as 'name'",
              "yaml-complex-key",
            ),
          );
        }
      },
    });
  }
  if (problems.length > 0) return { problems };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    // yaml throws ReferenceError for excessive aliasing and for unknown anchors.
    const message = err instanceof Error ? err.message : String(err);
    const unresolved = /^Unresolved alias[^:]*: \*?(.*)$/.exec(message.split("\n")[0]!);
    const name = unresolved?.[1];
    const { line, col } = at(findAlias(doc, name));
    return {
      problems: [
        name !== undefined
          ? problem(
              `alias '*${name}' refers to no anchor defined before it`,
              line,
              col,
              `define '&${name}' on a value earlier in the file, or write the value out`,
              "yaml-alias",
            )
          : problem(
              /excessive alias/i.test(message)
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

/** Offset of the first alias in the document (the first `*name` when a name is given). */
function findAlias(doc: Document.Parsed, name?: string): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (name === undefined || node.source === name) {
        found = node.range?.[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

interface YamlErrorReport {
  offset: number;
  message: string;
  hint?: string;
  code: string;
}

/**
 * The parser's errors, reworded for people and placed where the mistake is.
 * After the first syntax error the parser's recovery produces follow-on errors
 * that describe its own confusion, not the file: only the first is reported
 * (duplicate keys are independent mistakes and are all kept).
 */
function yamlErrors(doc: Document.Parsed, text: string): YamlErrorReport[] {
  const out: YamlErrorReport[] = [];
  const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
  let syntaxReported = false;
  for (const e of errors) {
    if (e.code === "DUPLICATE_KEY") {
      // After a key with an empty value yaml places the error at the end of the previous
      // line: move on to the duplicate key itself, past blank space and comments.
      let offset = e.pos[0];
      for (let m; (m = /^(\s+|#[^\n]*)/.exec(text.slice(offset))); ) offset += m[0].length;
      const key = keyAt(doc, offset);
      out.push({
        offset: key === undefined ? e.pos[0] : offset,
        message: key === undefined ? "duplicate key in a mapping" : `duplicate key '${key}'`,
        hint: "each key may appear once in a mapping; remove or rename the duplicate",
        code: "yaml-duplicate_key",
      });
      continue;
    }
    if (syntaxReported) continue;
    syntaxReported = true;
    out.push(describeSyntaxError(doc, text, e, errors));
  }
  return out;
}

function describeSyntaxError(doc: Document.Parsed, text: string, e: YAMLError, all: YAMLError[]): YamlErrorReport {
  const code = `yaml-${e.code.toLowerCase()}`;
  const message = cleanYamlMessage(e.message);
  const offset = e.pos[0];
  switch (e.code) {
    case "MULTIPLE_DOCS":
      return { offset, message: "file holds more than one YAML document", hint: "keep one blueprint per file", code: "yaml-multi" };
    case "TAB_AS_INDENT":
      return { offset, message: "tab used for indentation", hint: "indent with spaces, not tabs", code };
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY": {
      const multi = all.find((o) => o.code === "MULTILINE_IMPLICIT_KEY" && o.pos[0] === offset);
      // A line without its colon, then `key: value` below it: YAML reads both lines as one key.
      const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
      if (multi && /^[ \t]*(-[ \t]+)*$/.test(text.slice(lineStart, offset))) {
        return { offset, message: "expected ':' after this key", hint: "write `key: value`, with a space after the colon", code };
      }
      // `key: value` then a line indented deeper: YAML reads `value\n  other` as one multi-line key.
      if (multi) {
        const lastLine = text.lastIndexOf("\n", multi.pos[1] - 1) + 1;
        const firstChar = lastLine + (/^[ \t]*/.exec(text.slice(lastLine))?.[0].length ?? 0);
        return {
          offset: firstChar,
          message: "bad indentation: this line is indented deeper than the key above it, so YAML reads it as part of that key's value",
          hint: "indent keys of the same mapping to the same column",
          code: "yaml-bad_indent",
        };
      }
      return {
        offset,
        message: "this value contains ': ', which YAML reads as the start of a nested mapping",
        hint: "put the whole value in quotes, or use a block scalar (`|`)",
        code,
      };
    }
    case "BAD_INDENT":
    case "MISSING_CHAR": {
      if (/^Missing closing .?quote/.test(message)) {
        const start = quotedScalarBefore(doc, offset);
        const quote = message.includes("'quote") ? "'" : '"';
        return {
          offset: start ?? offset,
          message: `string opened with ${quote} is never closed`,
          hint: `end the string with ${quote}; to put a ${quote} inside it, write ${quote === '"' ? '\\"' : "''"}`,
          code,
        };
      }
      if (/^Implicit map keys need to be followed by map values/.test(message)) {
        return { offset, message: "expected ':' after this key", hint: "write `key: value`, with a space after the colon", code };
      }
      if (/^Flow (sequence|map)/.test(message)) {
        const open = flowCollectionBefore(doc, offset);
        const bracket = message.startsWith("Flow sequence") ? "]" : "}";
        return {
          offset: open ?? offset,
          message: `'${bracket === "]" ? "[" : "{"}' is never closed: expected '${bracket}'`,
          hint: `close it with '${bracket}', or write the items as a block ${bracket === "]" ? "list" : "mapping"}`,
          code,
        };
      }
      return { offset, message, ...(e.code === "BAD_INDENT" ? { hint: "check the indentation: nested keys are indented under their parent with spaces" } : {}), code };
    }
    default:
      return { offset, message, code };
  }
}

/** The source text of the mapping key that starts at `offset`. */
function keyAt(doc: Document.Parsed, offset: number): string | undefined {
  let key: string | undefined;
  visit(doc, {
    Pair(_, pair) {
      const k = pair.key as Node | null;
      if (k && isScalar(k) && k.range?.[0] === offset) {
        key = String(k.value);
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return key;
}

/** Start of the last quoted scalar beginning before `offset`: the one left unterminated. */
function quotedScalarBefore(doc: Document.Parsed, offset: number): number | undefined {
  let best: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const start = node.range?.[0];
      if ((node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && start !== undefined && start < offset) {
        if (best === undefined || start > best) best = start;
      }
    },
  });
  return best;
}

/** Start of the innermost flow collection (`[...]` or `{...}`) opened before `offset` and reaching it. */
function flowCollectionBefore(doc: Document.Parsed, offset: number): number | undefined {
  let best: number | undefined;
  visit(doc, {
    Node(_, node) {
      if (!isCollection(node) || !node.flow || !node.range) return;
      const [start, , end] = node.range;
      if (start < offset && end >= offset && (best === undefined || start > best)) best = start;
    },
  });
  return best;
}

function cleanYamlMessage(message: string): string {
  // yaml appends " at line X, column Y" and a code excerpt; we print the position ourselves.
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "").trim();
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

/**
 * Line and column of the character at `index` of the string value at a path, when
 * the scalar is written so that its text maps onto the value one to one (plain, or
 * quoted without escapes); otherwise of the value's start.
 */
export function positionWithin(source: YamlSource, path: PathSegment[], index: number): { line: number; column: number } {
  const { node } = nodeAt(source, path);
  if (!node || !isScalar(node) || typeof node.value !== "string" || !node.range) return positionOf(source, path);
  const start = node.range[0];
  const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
  const inner = quoted ? start + 1 : start;
  const plain = node.type === "PLAIN" || quoted;
  if (!plain || source.text.slice(inner, inner + node.value.length) !== node.value || index > node.value.length) return positionOf(source, path);
  const p = source.lines.linePos(inner + index);
  return { line: p.line, column: p.col };
}
