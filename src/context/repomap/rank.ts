// Which files matter most for a task.
import path from "node:path";
import { NOT_DEFINING, type SourceSymbol } from "./languages.js";
import { compare } from "./outline.js";

/** A name defined in more files than this (run, init, new) says nothing about which one is used. */
const MAX_DEFINERS = 20;

// --- Ranking ---------------------------------------------------------------------

export interface MappedFile {
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
export function rank(files: MappedFile[], task: string): MappedFile[] {
  const terms = taskTerms(task);
  const termIndex = new Map(terms.map((t, i) => [t, i]));
  const PATH = 1;
  const WHOLE = 2;
  const PART = 4;
  // hits[file][term]: where the term occurs in the file (PATH | WHOLE | PART).
  // Splitting every name is most of the ranking's time; only names containing a term need it.
  // Terms are [a-z0-9_]+, nothing to escape.
  // Case-insensitive, so that the names (hundreds of thousands in a large tree) need no lower-cased copy to be tested.
  const anyTerm = new RegExp(terms.join("|") || "(?!)", "i");
  const hits = files.map((f) => {
    const h = new Uint8Array(terms.length);
    if (terms.length === 0) return h;
    const stem = f.path.replace(/\.[^./]+$/, "");
    if (anyTerm.test(stem)) {
      for (const w of words(stem.replace(/[/.-]/g, " "))) {
        const i = termIndex.get(w);
        if (i !== undefined) h[i]! |= PATH;
      }
    }
    for (const s of f.symbols) {
      if (!anyTerm.test(s.name)) continue;
      const whole = termIndex.get(s.name.toLowerCase());
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

  // Who uses whose definitions, by name; a name defined in n files counts 1/n for each. Only names some file uses
  // can count, so only those are indexed (most definitions are used nowhere else).
  const used = new Set<string>();
  for (const f of files) for (const name of f.refs) used.add(name);
  const definers = new Map<string, number[]>();
  files.forEach((f, i) => {
    for (const s of f.symbols) {
      if (NOT_DEFINING.has(s.kind) || !used.has(s.name)) continue;
      const list = definers.get(s.name);
      if (!list) definers.set(s.name, [i]);
      // Files are visited in order: a name this file defines twice is already last in its list.
      else if (list.at(-1) !== i) list.push(i);
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
