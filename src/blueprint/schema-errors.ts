import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import type { Problem } from "../util/problem.js";
import { didYouMean } from "../util/suggest.js";
import { NETWORK_HOST_PATTERN, REVIEW_TIMEOUT_PATTERN } from "./schema.js";
import { positionOf, type PathSegment, type YamlSource } from "./yaml-source.js";

/** Human wording for the patterns the schemas use, so errors say what is right. */
const PATTERN_WORDS: Record<string, string> = {
  "^[a-z][a-z0-9-]{0,47}$": "lower-case letters, digits and dashes, starting with a letter (at most 48 characters)",
  "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$":
    "letters, digits, spaces and . _ : / + - (at most 50 characters, no quotes, braces or $)",
  "^[A-Z][A-Z0-9_]{0,99}$": "upper-case letters, digits and underscores, starting with a letter",
  "^/[a-z][a-z0-9-]{0,31}$": "a slash followed by lower-case letters, digits and dashes, such as /claw",
  "^(\\S+\\s+){4}\\S+$": "a five-field cron expression such as '0 3 * * 1'",
  [REVIEW_TIMEOUT_PATTERN]: "a whole number of hours or days from 1 to 999, such as '72h' or '3d'",
  "^[a-z0-9]+([_-][a-z0-9]+)*$": "lower-case letters and digits, optionally joined by single dashes or underscores, such as 'docs' or 'issue-tracker'",
  "^[A-Za-z0-9._-]{1,128}$": "an MCP tool name: letters, digits, '.', '_' and '-' (at most 128 characters)",
  "^[A-Za-z_][A-Za-z0-9_]{0,99}$": "an environment variable name: letters, digits and underscores, not starting with a digit",
  [NETWORK_HOST_PATTERN]: "a host name, host:port or *.domain, such as registry.npmjs.org (no scheme, path or IP range)",
  "^(?![\\s\\S]*\\$\\{\\{)": "a literal value: '${{ ... }}' is never expanded here, and MCP servers receive no secrets",
};

/** How every schema of CrustyClaw's own files is compiled (also ahead of time: scripts/validators.ts). */
export const SCHEMA_OPTIONS = { allErrors: true, verbose: true, strict: true, allowUnionTypes: true } as const;

/** Compile a schema; for the schemas of CrustyClaw's files, use the precompiled ones in src/generated/validators.js. */
export function compileSchema(schema: object): ValidateFunction {
  return new Ajv(SCHEMA_OPTIONS).compile(schema);
}

function pathOf(instancePath: string): PathSegment[] {
  if (instancePath === "") return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describePath(path: PathSegment[]): string {
  if (path.length === 0) return "the top level";
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

function show(value: unknown): string {
  // JSON.stringify would print .inf and .nan as `null`.
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  const s = typeof value === "string" ? `'${value}'` : JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Turn ajv errors into problems with positions, one per real mistake. */
export function schemaProblems(source: YamlSource, errors: ErrorObject[]): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const path = pathOf(e.instancePath);
    const where = describePath(path);
    let targetPath = path;
    let preferKey = false;
    let message: string;
    let hint: string | undefined;
    let code = `schema-${e.keyword}`;
    const parent = (e.parentSchema ?? {}) as { properties?: Record<string, unknown>; enum?: unknown[] };
    // A key that fails `propertyNames` arrives twice: as the failing keyword (with `propertyName`) and as a summary; report the first, at the key.
    if (e.keyword === "propertyNames") continue;
    const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName;
    if (propertyName !== undefined) {
      targetPath = [...path, propertyName];
      preferKey = true;
      const pattern = (e.params as { pattern?: string }).pattern;
      const limit = (e.params as { limit?: number }).limit;
      message =
        e.keyword === "pattern"
          ? `key ${show(propertyName)} in ${where} is not a valid name; expected ${PATTERN_WORDS[pattern!] ?? `a name matching ${pattern}`}`
          : e.keyword === "maxLength"
            ? `key ${show(propertyName)} in ${where} is too long; at most ${limit} characters`
            : `key ${show(propertyName)} in ${where} ${e.message ?? "is invalid"}`;
      const pos = positionOf(source, targetPath, preferKey);
      const key = `${pos.line}:${pos.column}:${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ file: source.file, line: pos.line, column: pos.column, message, code: "bad-key" });
      continue;
    }
    switch (e.keyword) {
      case "additionalProperties": {
        const key = String((e.params as { additionalProperty: string }).additionalProperty);
        targetPath = [...path, key];
        preferKey = true;
        const allowed = Object.keys(parent.properties ?? {});
        message = `unknown key '${key}' in ${where}`;
        hint =
          key === "<<"
            ? "YAML merge keys ('<<') are not supported; write the keys out"
            : (didYouMean(key, allowed) ?? `allowed keys: ${allowed.join(", ")}`);
        code = "unknown-key";
        break;
      }
      case "required": {
        const key = String((e.params as { missingProperty: string }).missingProperty);
        message = `${path.length === 0 ? "the file" : where} is missing required key '${key}'`;
        code = "missing-key";
        break;
      }
      case "enum": {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
        message = `${where} is ${show(e.data)}; expected one of: ${allowed.join(", ")}`;
        hint = typeof e.data === "string" ? didYouMean(e.data, allowed) : undefined;
        code = "bad-value";
        break;
      }
      case "pattern": {
        const pattern = (e.params as { pattern: string }).pattern;
        message = `${where} is ${show(e.data)}; expected ${PATTERN_WORDS[pattern] ?? `a value matching ${pattern}`}`;
        code = "bad-value";
        break;
      }
      case "type": {
        const expected = (e.params as { type: string }).type;
        message = `${where} must be ${article(expected)}, not ${kindOf(e.data)}`;
        code = "bad-type";
        if (e.data === null) preferKey = true; // `key:` with nothing after it: the key is what the user sees
        if (expected === "array" && typeof e.data === "string") hint = `write a list: [${e.data}]`;
        if (expected === "array" && kindOf(e.data) === "a mapping") hint = "write each entry as a list item starting with '- '";
        if (expected === "object" && parent.properties) hint = `write a mapping; allowed keys: ${Object.keys(parent.properties).join(", ")}`;
        if (expected === "boolean" && typeof e.data === "string") hint = "write true or false, without quotes (yes/no/on/off are strings in YAML 1.2)";
        break;
      }
      case "minimum":
      case "maximum": {
        const schema = e.parentSchema as { minimum?: number; maximum?: number };
        message = `${where} is ${show(e.data)}; it must be between ${schema.minimum} and ${schema.maximum}`;
        code = "out-of-range";
        break;
      }
      case "minItems":
        message = `${where} must list at least ${(e.params as { limit: number }).limit} item(s)`;
        break;
      case "maxItems":
        message = `${where} lists too many items; at most ${(e.params as { limit: number }).limit} are allowed`;
        break;
      case "minProperties":
        message = `${where} must set at least one key`;
        hint = `allowed keys: ${Object.keys(parent.properties ?? {}).join(", ")}`;
        break;
      case "uniqueItems":
        message = `${where} lists the same item twice`;
        break;
      case "minLength":
        message = `${where} must not be empty`;
        break;
      case "maxLength":
        message = `${where} is too long; at most ${(e.params as { limit: number }).limit} characters`;
        break;
      default:
        message = `${where} ${e.message ?? "is invalid"}`;
    }
    const pos = positionOf(source, targetPath, preferKey);
    const key = `${pos.line}:${pos.column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ file: source.file, line: pos.line, column: pos.column, message, code, ...(hint ? { hint } : {}) });
  }
  return out;
}

function article(type: string): string {
  const t = type.split(",")[0]!;
  return t === "object" ? "a mapping" : t === "array" ? "a list" : /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

function kindOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return `${article(typeof v)} (${show(v)})`;
}
