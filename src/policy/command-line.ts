/**
 * A command line split into words the way a shell splits a simple command, and
 * nothing more: `run_command` hands the words to the program directly, and
 * allow-list entries (command-patterns.ts) are written in the same syntax.
 */

/** One word of a command line. */
export interface Word {
  /** The word with quotes and escapes removed. */
  text: string;
  /** Offset in the line where the word starts. */
  offset: number;
  /** Indexes into `text` of each `*` written outside quotes and unescaped: the ones a pattern treats as wildcards. */
  stars: number[];
}

export type SplitLine = { words: Word[] } | { error: string; offset: number };

export type ParsedCommand = { argv: string[] } | { error: string; offset: number };

const OPERATORS: Record<string, string> = {
  ";": "separates commands",
  "&": "chains or backgrounds commands",
  "|": "pipes or chains commands",
  "<": "redirects input",
  ">": "redirects output",
  "(": "starts a subshell",
  ")": "ends a subshell",
  $: "expands variables and substitutes commands",
  "`": "substitutes commands",
};

/**
 * Split a command line into words like a shell would for a simple command: spaces
 * separate words; '…' is literal; "…" is literal except for \" and \\; a backslash
 * escapes the next character. Everything that would make a shell do more than run
 * one program (operators, substitution, newlines) is an error, not a literal,
 * so the model learns it did not happen. No globbing, no ~ expansion, no variables.
 */
export function splitCommandLine(text: string): SplitLine {
  const newline = text.search(/[\r\n]/);
  if (newline >= 0) return { error: "the command spans several lines; run_command runs one command per call, on one line", offset: newline };
  const words: Word[] = [];
  let word: Word | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === " " || c === "\t") {
      if (word) words.push(word);
      word = undefined;
      continue;
    }
    word ??= { text: "", offset: i, stars: [] };
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return { error: "a single quote is not closed", offset: i };
      word.text += text.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        const d = text[j]!;
        if (d === "$" || d === "`") {
          return { error: `\`${d}\` inside double quotes would be expanded by a shell, but run_command uses no shell; put literal text in single quotes`, offset: j };
        }
        if (d === "\\" && j + 1 < text.length && '"\\$`'.includes(text[j + 1]!)) word.text += text[++j];
        else word.text += d;
      }
      if (j >= text.length) return { error: "a double quote is not closed", offset: i };
      i = j;
    } else if (c === "\\") {
      if (i + 1 >= text.length) return { error: "the command ends with a lone backslash", offset: i };
      word.text += text[++i];
    } else if (c in OPERATORS) {
      return {
        error: `\`${c}\` ${OPERATORS[c]} in a shell, but run_command runs a single program without a shell, so it would not; run one command per call, with no pipes, redirection or substitution (quote the character if it is meant literally)`,
        offset: i,
      };
    } else {
      if (c === "*") word.stars.push(word.text.length);
      word.text += c;
    }
  }
  if (word) words.push(word);
  if (words.length === 0) return { error: "the command is empty", offset: 0 };
  return { words };
}

/** The argv a command line stands for. */
export function parseCommand(text: string): ParsedCommand {
  const split = splitCommandLine(text);
  return "error" in split ? split : { argv: split.words.map((w) => w.text) };
}
