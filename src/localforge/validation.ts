/**
 * Checks every request body the local forge receives and every JSON response it sends
 * against the forge's published API description, so the local forge cannot drift into an
 * API that does not exist. The descriptions are subsets kept in schema/forge-api/ and
 * written by scripts/extract-forge-api.mjs: GitHub's official OpenAPI 3.0 description,
 * and Forgejo's swagger 2.0 description (see the script for where each comes from).
 *
 * Beyond the descriptions as written, objects are closed: a property the description does
 * not define is a violation. Neither forge's description says `additionalProperties:
 * false`, but a field the local forge invents is exactly the drift this is here to catch,
 * and a request field a real forge does not know is silently dropped (Forgejo's `draft`).
 */
import { readFileSync } from "node:fs";
import { Ajv2019, type ErrorObject, type ValidateFunction } from "ajv/dist/2019.js";
import type { Flavour } from "./types.js";

type Schema = { [keyword: string]: unknown };

export interface ApiOperation {
  /** The path in the description, with its own parameter names. */
  path: string;
  operationId: string;
  /** Reference documentation of the operation, when the description links it. */
  docs?: string;
  /** Local forge parameter name → the description's name, matched by position. */
  pathParams: Record<string, string>;
  /** Names of the query parameters the operation takes. */
  query: string[];
  requestBody?: { required: boolean; schema: Schema };
  /** By status code; no schema means no body. */
  responses: Record<string, { schema?: Schema }>;
}

/** A subset as written by scripts/extract-forge-api.mjs. */
export interface ApiDescription {
  generatedBy: string;
  source: { package: string; version: string; file: string; sha256: string; description: string };
  dialect: "openapi-3.0" | "swagger-2.0";
  /** By local forge route key, `"<METHOD> <template>"`. */
  operations: Record<string, ApiOperation>;
  /** Route keys the local forge serves that the description does not have. */
  unmatched: string[];
  definitions: Record<string, Schema>;
}

/**
 * Routes a flavour serves on purpose although its description lacks them, with the reason.
 * Validation skips them; test/localforge/api-description.test.ts fails on any other
 * unmatched route. None so far: GitHub's legacy `GET /statuses/{sha}` is served to the
 * Forgejo flavour only, since GitHub's description has only `GET /commits/{ref}/statuses`.
 */
export const EXTRA_ROUTES: Record<Flavour, Record<string, string>> = { github: {}, forgejo: {} };

/**
 * Statuses a flavour answers with no body although its description does not list them, by
 * route, with the reason. Validation accepts them, bodiless, and nothing else.
 */
export const UNDOCUMENTED_STATUSES: Record<Flavour, Record<string, Record<number, string>>> = {
  github: {},
  forgejo: {
    "POST /repos/{owner}/{repo}/pulls/{number}/merge": {
      201: "routers/api/v1/repo/pull.go (MergePullRequest) answers 201 with no body when merge_when_checks_succeed schedules the merge; the swagger lists only 200",
    },
  },
};

/**
 * Routes whose 200 answer is a list of the described schema where the description names a single
 * one, with the reason. Validation checks each item of such a list against the schema.
 */
export const LIST_ANSWERS: Record<Flavour, Record<string, string>> = {
  github: {},
  forgejo: {
    "GET /repos/{owner}/{repo}/contents/{path}":
      "routers/api/v1/repo/file.go (GetContents) answers a directory with a list of ContentsResponse; the swagger names only ContentsResponse (its description says \"or a list of entries if a dir\")",
  },
};

export interface Violation {
  /** Whose side broke the description: the client's request, or the local forge's response. */
  side: "request" | "response";
  /** `"<METHOD> <template>"` of the local forge. */
  route: string;
  /** The description's operation, e.g. `issues/get` or `issueGetIssue`. */
  operation: string;
  /** Request path as sent, without the query. */
  path: string;
  /** Response status, for response violations. */
  status?: number;
  /** What is wrong, each with where (a JSON pointer into the body). */
  problems: string[];
}

/** Violations recorded while validating; tests assert there are none. */
export class ViolationLog {
  private readonly list: Violation[] = [];

  get entries(): readonly Violation[] {
    return this.list;
  }

  add(v: Violation): void {
    this.list.push(v);
  }

  /** Removes and returns the violations matching `filter`, for tests that break the description on purpose. */
  take(filter: (v: Violation) => boolean): Violation[] {
    const taken = this.list.filter(filter);
    const kept = this.list.filter((v) => !filter(v));
    this.list.splice(0, this.list.length, ...kept);
    return taken;
  }

  reset(): void {
    this.list.length = 0;
  }

  /** One line per problem: `response 200 of GET /repos/... (issues/get): /labels/0/color: must be string`. */
  lines(): string[] {
    return this.list.flatMap((v) => {
      const what = v.side === "response" ? `response ${v.status} of ${v.route}` : `request ${v.route}`;
      return v.problems.map((p) => `${what} (${v.operation}, ${v.path}): ${p}`);
    });
  }
}

const FILES: Record<Flavour, URL> = {
  github: new URL("../../schema/forge-api/github.json", import.meta.url),
  forgejo: new URL("../../schema/forge-api/forgejo.json", import.meta.url),
};

const descriptions = new Map<Flavour, ApiDescription>();

/** The flavour's API description subset, read once. */
export function apiDescription(flavour: Flavour): ApiDescription {
  let d = descriptions.get(flavour);
  if (!d) {
    // Read from the source tree: a bundle of the local forge would have to ship schema/ beside it.
    d = JSON.parse(readFileSync(FILES[flavour], "utf8")) as ApiDescription;
    descriptions.set(flavour, d);
  }
  return d;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** Formats checked; any other format in a description is accepted unchecked. */
const FORMATS: Record<string, (s: string) => boolean> = {
  "date-time": (s) => RFC3339.test(s) && !Number.isNaN(Date.parse(s)),
  uri: (s) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && URL.canParse(s),
  email: (s) => /^[^\s@]+@[^\s@]+$/.test(s),
};

/**
 * Validators for one flavour, compiled lazily and once per operation and direction, shared
 * by every local forge of that flavour in the process.
 */
class FlavourValidators {
  private readonly ajv: Ajv2019;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly defsId: string;

  constructor(
    flavour: Flavour,
    readonly description: ApiDescription,
  ) {
    this.defsId = `forge-api:${flavour}`;
    // An unknown keyword fails compilation; ajv's stricter typing rules are not the style of
    // either description (properties without `type: object`, union types).
    this.ajv = new Ajv2019({ allErrors: true, strictSchema: true, strictTypes: false, strictTuples: false, strictRequired: false, allowUnionTypes: true });
    for (const format of collectFormats(description)) {
      const check = FORMATS[format];
      this.ajv.addFormat(format, check ?? true);
    }
    const definitions = Object.fromEntries(
      Object.entries(description.definitions).map(([name, s]) => [name, this.prepare(s, "#/definitions/")]),
    );
    this.ajv.addSchema({ $id: this.defsId, definitions });
  }

  validator(key: string, schema: Schema): ValidateFunction {
    let v = this.compiled.get(key);
    if (!v) {
      v = this.ajv.compile(this.prepare(schema, `${this.defsId}#/definitions/`));
      this.compiled.set(key, v);
    }
    return v;
  }

  /**
   * The description's schema as JSON Schema 2019-09 for ajv: OpenAPI 3.0 `nullable` becomes
   * a `null` type; in swagger 2.0, which cannot say nullable, strings, arrays and objects
   * under a property may be null (Forgejo is written in Go, which sends nil pointers,
   * slices and maps as null); objects are closed (see the module comment).
   */
  private prepare(schema: Schema, refBase: string): Schema {
    const swagger = this.description.dialect === "swagger-2.0";
    const walk = (s: Schema, where: "root" | "property" | "allOf" | "other"): Schema => {
      if (typeof s.$ref === "string") {
        const ref: Schema = { $ref: s.$ref.replace("#/definitions/", refBase) };
        return swagger && where === "property" ? { anyOf: [{ type: "null" }, ref] } : ref;
      }
      const out: Schema = {};
      for (const [k, v] of Object.entries(s)) {
        if (k === "nullable") continue;
        if (k === "properties") {
          out.properties = Object.fromEntries(Object.entries(v as Record<string, Schema>).map(([p, ps]) => [p, walk(ps, "property")]));
        } else if (k === "additionalProperties" && typeof v === "object" && v !== null) {
          out.additionalProperties = walk(v as Schema, "property");
        } else if (k === "items") {
          out.items = walk(v as Schema, "other");
        } else if (k === "allOf") {
          out.allOf = (v as Schema[]).map((b) => walk(b, "allOf"));
        } else if (k === "anyOf" || k === "oneOf") {
          out[k] = (v as Schema[]).map((b) => walk(b, "other"));
        } else if (k === "not") {
          out.not = walk(v as Schema, "other");
        } else {
          out[k] = v;
        }
      }
      // An allOf branch is part of an object, closed where the branches meet. A $ref'd branch
      // stays closed on its own, so such an allOf can only narrow its definition: GitHub's one
      // allOf (an edited issue's `suggestions`) adds a field the local forge never sends.
      const closable = (out.properties !== undefined && where !== "allOf") || out.allOf !== undefined;
      if (closable && out.additionalProperties === undefined) out.unevaluatedProperties = false;
      const nullable = s.nullable === true || (swagger && where === "property" && ["string", "array", "object"].includes(s.type as string));
      return nullable ? orNull(out) : out;
    };
    return walk(schema, "root");
  }
}

function orNull(s: Schema): Schema {
  if (typeof s.type === "string" && !s.allOf && !s.anyOf && !s.oneOf && !s.not) {
    const out: Schema = { ...s, type: [s.type, "null"] };
    if (Array.isArray(s.enum)) out.enum = [...(s.enum as unknown[]), null];
    return out;
  }
  return { anyOf: [{ type: "null" }, s] };
}

function collectFormats(d: ApiDescription): Set<string> {
  const found = new Set<string>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (x === null || typeof x !== "object") return;
    const o = x as Record<string, unknown>;
    if (typeof o.format === "string") found.add(o.format);
    Object.values(o).forEach(walk);
  };
  walk(d.operations);
  walk(d.definitions);
  return found;
}

const byFlavour = new Map<Flavour, FlavourValidators>();

function validators(flavour: Flavour): FlavourValidators {
  let v = byFlavour.get(flavour);
  if (!v) {
    v = new FlavourValidators(flavour, apiDescription(flavour));
    byFlavour.set(flavour, v);
  }
  return v;
}

const MAX_PROBLEMS = 8;

/** `null` alternatives added for nullable values only repeat what the other alternative says. */
function isNullNoise(e: ErrorObject, all: ErrorObject[]): boolean {
  if (e.keyword === "type" && e.params.type === "null") return true;
  return e.keyword === "anyOf" && all.some((o) => o !== e && o.instancePath.startsWith(e.instancePath) && !isNullAlternative(o));
}

function isNullAlternative(e: ErrorObject): boolean {
  return e.keyword === "anyOf" || (e.keyword === "type" && e.params.type === "null");
}

function problems(errors: ErrorObject[] | null | undefined, where: string): string[] {
  const all = errors ?? [];
  const kept = all.filter((e) => !isNullNoise(e, all));
  const lines = (kept.length > 0 ? kept : all).map((e) => {
    const at = `${where}${e.instancePath}`;
    if (e.keyword === "unevaluatedProperties") {
      return `${at}: has '${String(e.params.unevaluatedProperty)}', which the description does not define`;
    }
    if (e.keyword === "enum") return `${at}: ${e.message} ${JSON.stringify(e.params.allowedValues)}`;
    return `${at}: ${e.message}`;
  });
  const unique = [...new Set(lines)];
  return unique.length > MAX_PROBLEMS ? [...unique.slice(0, MAX_PROBLEMS), `... and ${unique.length - MAX_PROBLEMS} more`] : unique;
}

/** Checks one flavour's traffic against its description. */
export class ApiValidator {
  private readonly v: FlavourValidators;

  constructor(private readonly flavour: Flavour) {
    this.v = validators(flavour);
  }

  /** The operation a route key maps to; undefined for routes served on purpose without one. */
  operation(route: string): ApiOperation | undefined {
    return this.v.description.operations[route];
  }

  /** Problems with a request's query parameter names and body; empty when it matches. */
  checkRequest(route: string, query: URLSearchParams, body: unknown): string[] {
    const op = this.operation(route);
    if (!op) return this.missing(route);
    const out: string[] = [];
    for (const name of new Set(query.keys())) {
      if (!op.query.includes(name)) out.push(`query parameter '${name}' is not in the description (it has: ${op.query.join(", ") || "none"})`);
    }
    if (!op.requestBody) {
      if (body !== undefined) out.push("has a body; the description takes none");
    } else if (body === undefined) {
      if (op.requestBody.required) out.push("has no body; the description requires one");
    } else {
      const check = this.v.validator(`${route} request`, op.requestBody.schema);
      if (!check(body)) out.push(...problems(check.errors, "body"));
    }
    return out;
  }

  /**
   * Problems with a response; empty when it matches. A success status must be one the
   * description lists; an error status it does not list is not checked (both forges answer
   * 401s and 404s their descriptions leave out), one it lists is.
   */
  checkResponse(route: string, status: number, body: unknown): string[] {
    const op = this.operation(route);
    if (!op) return this.missing(route);
    const spec = op.responses[String(status)];
    const success = status >= 200 && status < 300;
    if (!spec) {
      if (UNDOCUMENTED_STATUSES[this.flavour][route]?.[status] !== undefined) return body === undefined ? [] : [`status ${status} has a body; the forge answers it with none`];
      return success ? [`status ${status} is not in the description (it lists ${Object.keys(op.responses).join(", ")})`] : [];
    }
    if (!spec.schema) return success && body !== undefined ? [`status ${status} has a body; the description has none`] : [];
    if (body === undefined) return [`status ${status} has no body; the description has one`];
    const check = this.v.validator(`${route} ${status}`, spec.schema);
    if (Array.isArray(body) && LIST_ANSWERS[this.flavour][route] !== undefined) return body.flatMap((item, i) => (check(item) ? [] : problems(check.errors, `body/${i}`)));
    return check(body) ? [] : problems(check.errors, "body");
  }

  private missing(route: string): string[] {
    if (route in EXTRA_ROUTES[this.flavour]) return [];
    return [
      `the route has no operation in schema/forge-api/${this.flavour}.json: ` +
        "run 'npm run forge-api', and if the description lacks it, serve it only with a reason in EXTRA_ROUTES",
    ];
  }
}
