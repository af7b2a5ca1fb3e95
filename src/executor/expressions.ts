/**
 * `${{ }}` and `if:` evaluation with GitHub's own expression engine
 * (@actions/expressions): the lexer, parser and evaluator the Actions language
 * services ship. What this file adds is what a runner adds around it: the contexts
 * of a job or step, and the status functions (`success()`, `failure()`,
 * `cancelled()`, `always()`), whose meaning depends on where they are evaluated.
 */
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { TokenType, type Token } from "@actions/expressions/lexer";
import type { ExpressionData } from "@actions/expressions/data/expressiondata";
import type { FunctionDefinition } from "@actions/expressions/funcs/info";
import { falsy } from "@actions/expressions/result";

/** Every context a runner offers; which are filled depends on where the expression is. */
export const CONTEXT_NAMES = ["github", "env", "vars", "secrets", "needs", "steps", "job", "jobs", "runner", "inputs", "strategy", "matrix"] as const;
export type ContextName = (typeof CONTEXT_NAMES)[number];

/** What the status functions answer where the expression is evaluated. */
export interface Status {
  /** A job: some `needs` failed; a step: an earlier step of the job failed. */
  failed: boolean;
  /** A job: some `needs` did not succeed (failed, cancelled or skipped). Defaults to `failed`. */
  notSucceeded?: boolean;
  /** The run was cancelled, or the job ran out of time. */
  cancelled: boolean;
}

export interface ExprScope {
  contexts: Partial<Record<ContextName, unknown>>;
  status: Status;
}

/** An expression the engine could not parse or evaluate; the message names the expression. */
export class ExpressionProblem extends Error {
  override name = "ExpressionProblem";
}

const STATUS_FUNCTIONS = ["success", "failure", "cancelled", "always"] as const;
const PARSE_FUNCTIONS = [...STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 })), { name: "hashFiles", minArgs: 1, maxArgs: 255 }];

function statusFunctions(status: Status): Map<string, FunctionDefinition> {
  const bool = (v: boolean) => new data.BooleanData(v);
  const notSucceeded = status.notSucceeded ?? status.failed;
  const fns: FunctionDefinition[] = [
    { name: "success", minArgs: 0, maxArgs: 0, call: () => bool(!notSucceeded && !status.cancelled) },
    { name: "failure", minArgs: 0, maxArgs: 0, call: () => bool(status.failed && !status.cancelled) },
    { name: "cancelled", minArgs: 0, maxArgs: 0, call: () => bool(status.cancelled) },
    { name: "always", minArgs: 0, maxArgs: 0, call: () => bool(true) },
    {
      name: "hashFiles",
      minArgs: 1,
      maxArgs: 255,
      call: () => {
        throw new ExpressionProblem("hashFiles() is not supported by the local executor");
      },
    },
  ];
  // The evaluator looks functions up by their lower-cased name.
  return new Map(fns.map((f) => [f.name.toLowerCase(), f]));
}

/** Plain JSON-like data as the engine's data model. */
export function toExpressionData(value: unknown): ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as ExpressionData;
}

/** The engine's data as plain values (objects, arrays, strings, numbers, booleans, null). */
export function fromExpressionData(d: ExpressionData): unknown {
  return JSON.parse(JSON.stringify(d, data.replacer)) as unknown;
}

const parsed = new Map<string, ReturnType<Parser["parse"]>>();

function parse(expression: string) {
  let tree = parsed.get(expression);
  if (tree) return tree;
  try {
    const { tokens } = new Lexer(expression).lex();
    tree = new Parser(tokens.map(unescapeString), [...CONTEXT_NAMES], PARSE_FUNCTIONS).parse();
  } catch (err) {
    throw new ExpressionProblem(`invalid expression '${expression}': ${(err as Error).message}`);
  }
  if (parsed.size > 5000) parsed.clear();
  parsed.set(expression, tree);
  return tree;
}

/**
 * A string literal's value with every `''` read as `'`. The library's lexer (0.3.61,
 * lexer.js consumeString: `value.replace("''", "'")`) unescapes only the first, so
 * `'a''b''c'` would read as `a'b''c`; the workflow parser writes such literals whenever
 * a string holding quotes also holds `${{ }}` (format('echo ''x'' {0}', …)). GitHub's
 * own evaluator unescapes them all.
 */
function unescapeString(t: Token): Token {
  return t.type === TokenType.STRING ? { ...t, value: t.lexeme.slice(1, -1).replaceAll("''", "'") } : t;
}

/** Evaluate one expression (the text between `${{` and `}}`). */
export function evaluate(expression: string, scope: ExprScope): ExpressionData {
  const tree = parse(expression);
  const context = new data.Dictionary(...CONTEXT_NAMES.map((name) => ({ key: name, value: toExpressionData(scope.contexts[name] ?? {}) })));
  try {
    return new Evaluator(tree, context, statusFunctions(scope.status)).evaluate();
  } catch (err) {
    if (err instanceof ExpressionProblem) throw err;
    throw new ExpressionProblem(`cannot evaluate '${expression}': ${(err as Error).message}`);
  }
}

/** An `if:` as the workflow parser hands it over (with its status function already ensured). */
export function condition(expression: string, scope: ExprScope): boolean {
  return !falsy(evaluate(expression, scope));
}

/** The string a runner substitutes for an expression's value. */
export function asString(d: ExpressionData): string {
  return d.coerceString();
}
