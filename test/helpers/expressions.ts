/**
 * A small evaluator for the GitHub Actions expression language: the subset the
 * compiler emits (contexts, `*` object filters, == != && || !, parentheses,
 * string/number/boolean/null literals, contains, startsWith, format, fromJSON,
 * success/failure/cancelled/always). For the end-to-end runner only.
 */
type Value = unknown;
export interface ExprContext {
  contexts: Record<string, Value>;
  status: { failed: boolean; cancelled: boolean };
}

type Token = { t: "str" | "num" | "id" | "op"; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) i++;
    else if (c === "'") {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[i] === "'" && src[i + 1] === "'") {
          s += "'";
          i += 2;
        } else if (src[i] === "'") {
          i++;
          break;
        } else s += src[i++];
      }
      out.push({ t: "str", v: s });
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9.]+/.exec(src.slice(i))![0];
      out.push({ t: "num", v: m });
      i += m.length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i))![0];
      out.push({ t: "id", v: m });
      i += m.length;
    } else {
      const two = src.slice(i, i + 2);
      if (["==", "!=", "&&", "||", "<=", ">="].includes(two)) {
        out.push({ t: "op", v: two });
        i += 2;
      } else {
        out.push({ t: "op", v: c });
        i++;
      }
    }
  }
  return out;
}

const truthy = (v: Value) => !(v === false || v === 0 || v === "" || v === null || v === undefined);
const str = (v: Value) => (v === null || v === undefined ? "" : typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v));
const eq = (a: Value, b: Value) => (typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : a === b || (a == null && b == null));

export function evaluate(src: string, ctx: ExprContext): Value {
  const tokens = tokenize(src);
  let p = 0;
  const peek = () => tokens[p];
  const take = (v?: string) => {
    const tok = tokens[p++];
    if (!tok || (v !== undefined && tok.v !== v)) throw new Error(`expected ${v ?? "token"} in ${src}`);
    return tok;
  };
  const or = (): Value => {
    let l = and();
    while (peek()?.v === "||") {
      take();
      const r = and();
      l = truthy(l) ? l : r;
    }
    return l;
  };
  const and = (): Value => {
    let l = cmp();
    while (peek()?.v === "&&") {
      take();
      const r = cmp();
      l = truthy(l) ? r : l;
    }
    return l;
  };
  const cmp = (): Value => {
    const l = unary();
    const op = peek()?.v;
    if (op === "==" || op === "!=") {
      take();
      const r = unary();
      return op === "==" ? eq(l, r) : !eq(l, r);
    }
    return l;
  };
  const unary = (): Value => {
    if (peek()?.v === "!") {
      take();
      return !truthy(unary());
    }
    return postfix(primary());
  };
  const primary = (): Value => {
    const tok = take();
    if (tok.t === "str") return tok.v;
    if (tok.t === "num") return Number(tok.v);
    if (tok.v === "(") {
      const v = or();
      take(")");
      return v;
    }
    if (tok.t === "id") {
      if (tok.v === "true" || tok.v === "false") return tok.v === "true";
      if (tok.v === "null") return null;
      if (peek()?.v === "(") {
        take("(");
        const args: Value[] = [];
        while (peek()?.v !== ")") {
          args.push(or());
          if (peek()?.v === ",") take(",");
        }
        take(")");
        return call(tok.v, args);
      }
      return ctx.contexts[tok.v];
    }
    throw new Error(`unexpected '${tok.v}' in ${src}`);
  };
  const postfix = (base: Value): Value => {
    let v = base;
    for (;;) {
      if (peek()?.v === ".") {
        take(".");
        const key = take();
        if (key.v === "*") v = Array.isArray(v) ? v : v && typeof v === "object" ? Object.values(v) : [];
        else v = Array.isArray(v) && key.t === "id" ? v.map((x) => (x as Record<string, Value>)?.[key.v]) : (v as Record<string, Value> | undefined)?.[key.v];
      } else if (peek()?.v === "[") {
        take("[");
        const k = or();
        take("]");
        v = (v as Record<string, Value> | undefined)?.[k as string];
      } else return v;
    }
  };
  const call = (name: string, args: Value[]): Value => {
    switch (name.toLowerCase()) {
      case "contains":
        return Array.isArray(args[0]) ? args[0].some((x) => eq(x, args[1])) : str(args[0]).toLowerCase().includes(str(args[1]).toLowerCase());
      case "startswith":
        return str(args[0]).toLowerCase().startsWith(str(args[1]).toLowerCase());
      case "format":
        return str(args[0]).replace(/\{(\d+)\}/g, (_, i: string) => str(args[Number(i) + 1]));
      case "fromjson":
        return JSON.parse(str(args[0]));
      case "success":
        return !ctx.status.failed && !ctx.status.cancelled;
      case "failure":
        return ctx.status.failed;
      case "cancelled":
        return ctx.status.cancelled;
      case "always":
        return true;
      default:
        throw new Error(`function ${name} is not supported by the test runner`);
    }
  };
  const v = or();
  if (p !== tokens.length) throw new Error(`trailing tokens in ${src}`);
  return v;
}

/** Replace `${{ expr }}` in a string. */
export function interpolate(text: string, ctx: ExprContext): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, e: string) => str(evaluate(e, ctx)));
}

/** Evaluate an `if:` (with or without `${{ }}`). */
export function condition(text: string | undefined, ctx: ExprContext): boolean {
  if (text === undefined) return truthy(evaluate("success()", ctx));
  const m = /^\s*\$\{\{\s*([\s\S]*?)\s*\}\}\s*$/.exec(text);
  const expr = m ? m[1]! : text;
  // As on the forges: without a status function, success() is implied.
  const hasStatus = /\b(success|failure|cancelled|always)\(/.test(expr);
  return truthy(evaluate(hasStatus ? expr : `success() && (${expr})`, ctx));
}
