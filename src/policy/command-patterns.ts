/**
 * The allow-list of `run_command` (a blueprint's `agent.commands`, `crustyclaw mcp
 * --command`): each entry describes whole argument vectors, never a prefix. Issue
 * "The agent's code is hostile", item 2: when `npm test` was a prefix, the agent ran
 * `npm test '--node-options=--import=data:…'` and so any JavaScript, from a node with
 * no write tools.
 *
 * An entry is written like a command line (quotes and backslashes as in run_command)
 * and compared with the command word by word:
 * - the first word names the program, written out;
 * - a word without `*` matches exactly that argument, so options are spelled out
 *   (`npx tsc --noEmit`);
 * - `*` alone matches one argument that does not start with `-`;
 * - `*` inside a word matches any characters, `/` included, within one argument
 *   (`src/*.ts`, `--reporter=*`); only a word that itself starts with `-` matches an
 *   argument starting with `-`;
 * - `**`, as the last word only, matches any number of further arguments, none
 *   starting with `-` (`npx vitest run **`);
 * - a quoted or escaped star (`'*'`, `\*`) is an ordinary character.
 *
 * `**` rather than `...`: `./...` is an argument Go users write (`go test ./...`), and
 * `**` already reads as "any number" in globs. Matching is linear in the lengths of the
 * entry and the command: words are compared in order with no backtracking across
 * arguments, and within an argument each literal piece between stars is found with
 * KMP from where the previous one ended (leftmost is always right when `*` is the
 * only wildcard), so no entry or argument can make it slow.
 */
import { splitCommandLine, type Word } from "./command-line.js";
import { packageRun } from "./package-runners.js";

/** One word of an entry. */
export type PatternWord =
  | { kind: "literal"; text: string }
  /** Literal pieces with a `*` between each two; `option`: the word starts with `-`, so it may match an option. */
  | { kind: "glob"; pieces: string[]; failures: number[][]; option: boolean };

export interface CommandPattern {
  /** The entry as written. */
  entry: string;
  words: PatternWord[];
  /** The entry ends in `**`. */
  rest: boolean;
}

/** A mistake in an entry: what is wrong, where in the entry (0-based), and what would be right. */
export interface PatternError {
  error: string;
  offset: number;
  hint?: string;
}

export type ParsedPattern = { pattern: CommandPattern } | PatternError;

/** Parse an allow-list entry; an entry that does not parse allows nothing. */
export function parseCommandPattern(entry: string): ParsedPattern {
  const split = splitCommandLine(entry);
  if ("error" in split) {
    return { error: `is not a single command: ${split.error}`, offset: split.offset, hint: "write one program and its arguments, such as `npx vitest run **`; quote characters meant literally" };
  }
  const { words } = split;
  const program = words[0]!;
  if (program.stars.length > 0) {
    return { error: "names its program with `*`; the program must be written out", offset: program.offset, hint: "list each program in its own entry, such as `npm test`" };
  }
  if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(program.text)) {
    return { error: `starts with the environment assignment '${program.text}', which run_command does not support`, offset: program.offset, hint: "set variables in the program's own configuration, or in a deterministic `run` node" };
  }
  const out: PatternWord[] = [{ kind: "literal", text: program.text }];
  let rest = false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (isRest(w)) {
      if (i !== words.length - 1) {
        return { error: "has `**` before its last word; `**` stands for any number of further arguments, so it can only end an entry", offset: w.offset, hint: "use `*` for exactly one argument, or move `**` to the end" };
      }
      rest = true;
      continue;
    }
    if (w.stars.some((s, j) => w.stars[j + 1] === s + 1)) {
      return {
        error: `has \`**\` inside the word '${w.text}'; only a whole last word \`**\` is special, and a single \`*\` already matches any characters within one argument, \`/\` included`,
        offset: w.offset,
        hint: "write one `*` (`src/*.ts` matches `src/a/b.ts`), or end the entry with the word `**` for more arguments",
      };
    }
    out.push(compileWord(w));
  }
  const refused = packageRun(words.map((w) => w.text));
  if (refused?.kind === "refused") return { error: `can never run: ${refused.reason}`, offset: words[refused.word]!.offset, hint: refused.hint };
  return { pattern: { entry, words: out, rest } };
}

function isRest(w: Word): boolean {
  return w.text === "**" && w.stars.length === 2;
}

function compileWord(w: Word): PatternWord {
  if (w.stars.length === 0) return { kind: "literal", text: w.text };
  const pieces: string[] = [];
  let from = 0;
  for (const s of w.stars) {
    pieces.push(w.text.slice(from, s));
    from = s + 1;
  }
  pieces.push(w.text.slice(from));
  return { kind: "glob", pieces, failures: pieces.map(failureTable), option: w.text.startsWith("-") };
}

/** Whether argv is exactly a command the pattern describes. */
export function patternMatches(pattern: CommandPattern, argv: readonly string[]): boolean {
  const { words, rest } = pattern;
  if (rest ? argv.length < words.length : argv.length !== words.length) return false;
  for (let i = 0; i < words.length; i++) if (!wordMatches(words[i]!, argv[i]!)) return false;
  for (let i = words.length; i < argv.length; i++) if (argv[i]!.startsWith("-")) return false;
  return true;
}

function wordMatches(w: PatternWord, arg: string): boolean {
  if (w.kind === "literal") return arg === w.text;
  if (arg.startsWith("-") && !w.option) return false;
  const { pieces, failures } = w;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (arg.length < first.length + last.length || !arg.startsWith(first) || !arg.endsWith(last)) return false;
  // The pieces between stars, leftmost first, in the part the first and last pieces leave.
  let at = first.length;
  const end = arg.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const found = find(arg, pieces[i]!, failures[i]!, at, end);
    if (found < 0) return false;
    at = found + pieces[i]!.length;
  }
  return true;
}

/** KMP failure table: for each prefix of `p`, the length of its longest proper prefix that is also a suffix. */
function failureTable(p: string): number[] {
  const f = new Array<number>(p.length).fill(0);
  for (let i = 1, k = 0; i < p.length; i++) {
    while (k > 0 && p[i] !== p[k]) k = f[k - 1]!;
    if (p[i] === p[k]) k++;
    f[i] = k;
  }
  return f;
}

/** First index ≥ from where `p` occurs in text[from, end), or -1; linear in end - from. */
function find(text: string, p: string, f: number[], from: number, end: number): number {
  if (p.length === 0) return from;
  for (let i = from, k = 0; i < end; i++) {
    while (k > 0 && text[i] !== p[k]) k = f[k - 1]!;
    if (text[i] === p[k]) k++;
    if (k === p.length) return i - p.length + 1;
  }
  return -1;
}

/** Whether argv is allowed by one entry (parsed on each call; parse once with parseCommandPattern when matching often). */
export function commandAllowed(argv: readonly string[], entry: string): boolean {
  const parsed = parseCommandPattern(entry);
  return "pattern" in parsed && patternMatches(parsed.pattern, argv);
}
