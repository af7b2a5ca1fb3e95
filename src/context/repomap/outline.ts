// One file's outline: its definitions (name, kind, line) and the words it uses.
import type { LanguageTools } from "./grammars.js";
import { MAX_DEFINITION_DEPTH, type FileOutline, type SourceSymbol } from "./languages.js";

/** A parse still running after this is abandoned (and remembered as failed). */
const PARSE_TIME_LIMIT_MS = 2_000;
const MAX_SIGNATURE_CHARS = 120;

// --- Extraction ------------------------------------------------------------------

/** Definitions and used identifiers of one file, or undefined when the parse failed or ran too long. */
export function outline(tools: LanguageTools, source: string): FileOutline | undefined {
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
export function signatureOf(line: string | undefined): string {
  const s = (line ?? "").trim();
  return s.length > MAX_SIGNATURE_CHARS ? `${s.slice(0, MAX_SIGNATURE_CHARS - 1)}…` : s;
}

/** Identifier-shaped words of a source text: what a file uses, for ranking. */
export function identifiers(source: string): string[] {
  return source.match(/[A-Za-z_$][\w$]+/g) ?? [];
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
