/**
 * A problem found in a user's file: what was wrong, where, and what would be right.
 * Every parser and validator in CrustyClaw reports through this one shape so the
 * CLI can print `file:line:column: message` and `--json` can emit it as data.
 */
export interface Problem {
  /** Path of the file as the user named it. */
  file: string;
  /** 1-based line; 0 when the problem concerns the file as a whole. */
  line: number;
  /** 1-based column; 0 when the problem concerns the file as a whole. */
  column: number;
  /** What is wrong, in one sentence. */
  message: string;
  /** What would be right, when we can say. */
  hint?: string;
  /** Stable machine-readable code, e.g. `unknown-key`, `cycle`. */
  code: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.column}` : p.file;
  return `${where}: ${p.message}${p.hint ? `\n  hint: ${p.hint}` : ""}`;
}

/** Thrown for a single problem that stops processing (for example an unreadable file). */
export class ProblemError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ProblemError";
  }
}

/** Sort problems by file, then position, so output is stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}
