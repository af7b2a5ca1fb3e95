import { formatProblem, sortProblems, type Problem } from "../util/problem.js";

/** Where commands write; tests pass their own to capture output. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
};

export function printProblems(io: Io, problems: Problem[]): void {
  for (const p of sortProblems(problems)) io.err(formatProblem(p));
  if (problems.length > 0) io.err(`${problems.length} problem${problems.length === 1 ? "" : "s"} found`);
}

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
