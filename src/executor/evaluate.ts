/**
 * Template tokens from the workflow parser turned into values with a scope:
 * literals as they are, `${{ }}` through GitHub's evaluator.
 */
import { isBasicExpression, isBoolean, isMapping, isNumber, isSequence, isString } from "@actions/workflow-parser";
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/template-token";
import type { MappingToken } from "@actions/workflow-parser/templates/tokens/mapping-token";
import { asString, evaluate, ExpressionProblem, fromExpressionData, type ExprScope } from "./expressions.js";

/** A token's value as plain data. */
export function valueOf(token: TemplateToken, scope: ExprScope): unknown {
  if (isBasicExpression(token)) return fromExpressionData(evaluate(token.expression, scope));
  if (isString(token)) return token.value;
  if (isBoolean(token)) return token.value;
  if (isNumber(token)) return token.value;
  if (isSequence(token)) return [...token].map((t) => valueOf(t, scope));
  if (isMapping(token)) {
    const out: Record<string, unknown> = {};
    for (const { key, value } of token) out[String(valueOf(key, scope))] = valueOf(value, scope);
    return out;
  }
  return null;
}

/** A token's value as the string a runner would pass on (inputs, env, outputs). */
export function stringOf(token: TemplateToken, scope: ExprScope): string {
  if (isBasicExpression(token)) return asString(evaluate(token.expression, scope));
  if (isString(token)) return token.value;
  if (isBoolean(token)) return token.value ? "true" : "false";
  if (isNumber(token)) return String(token.value);
  if (isSequence(token) || isMapping(token)) throw new ExpressionProblem("expected a string, got a sequence or mapping");
  return "";
}

/** A mapping of strings (env, with, outputs), evaluated entry by entry. */
export function stringMap(token: MappingToken | undefined, scope: ExprScope): Record<string, string> {
  const out: Record<string, string> = {};
  if (!token) return out;
  for (const { key, value } of token) out[stringOf(key, scope)] = stringOf(value, scope);
  return out;
}

/** Where a token is, for messages. */
export function at(token: TemplateToken | undefined): string {
  return token?.range ? `line ${token.range.start.line}, column ${token.range.start.column}` : "";
}
