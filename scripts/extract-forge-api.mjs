// Extracts, from the forges' published API descriptions, the operations the local forge
// serves, and writes them as self-contained subsets to schema/forge-api/{github,forgejo}.json.
// The local forge validates every request body and JSON response against them
// (src/localforge/validation.ts), so it cannot drift into an API that does not exist.
//
//   node scripts/extract-forge-api.mjs           write the subsets
//   node scripts/extract-forge-api.mjs --check   exit 1 when the committed subsets differ
//                                                from a fresh extraction
//
// Sources, both installed from the npm registry as exact devDependencies:
// - GitHub: @octokit/openapi, GitHub's official OpenAPI 3.0 description of GitHub
//   Enterprise Server (the newest GHES release it ships), since the local forge's GitHub
//   flavour serves GHES-style under /api/v3.
// - Forgejo: no npm package ships Forgejo's (or Gitea's) swagger JSON. @llamaduck/forgejo-ts
//   is generated (by @hey-api/openapi-ts) from Forgejo's swagger description and keeps one
//   TypeScript type per swagger definition and per operation's body, query and responses;
//   this script reads those types back into JSON Schema. What the generator drops cannot
//   come back: `format`, integer versus number, and descriptions.
//
// Routes map to the description's paths by method and position, not parameter names (the
// local forge says `{number}` where GitHub says `{issue_number}` and Forgejo `{index}`); a
// route with no counterpart is listed under `unmatched`, which a test fails on. Every schema
// an operation uses is copied into the subset's own `definitions` and its $ref pointed there,
// so a subset stands alone; they are not inlined in place, since some refer to themselves
// (Forgejo's Repository has a Repository `parent`). Keywords that do not constrain a value
// (descriptions, examples) are dropped; the header records the source file's sha256.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { tsImport } from "tsx/esm/api";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "schema/forge-api");

const GITHUB_PACKAGE = "@octokit/openapi";
const FORGEJO_PACKAGE = "@llamaduck/forgejo-ts";

/** Schema keywords that constrain a value; everything else (descriptions, examples, ...) is dropped. */
const SCHEMA_KEYWORDS = new Set([
  "$ref",
  "type",
  "format",
  "enum",
  "const",
  "nullable",
  "properties",
  "additionalProperties",
  "required",
  "items",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
]);

function packageDir(name) {
  const dir = path.join(root, "node_modules", name);
  if (!existsSync(path.join(dir, "package.json"))) throw new Error(`${name} is not installed. Run 'npm ci' first.`);
  return dir;
}

function packageVersion(name) {
  return JSON.parse(readFileSync(path.join(packageDir(name), "package.json"), "utf8")).version;
}

function sha256(...texts) {
  const h = createHash("sha256");
  for (const t of texts) h.update(t);
  return h.digest("hex");
}

/** `"GET /repos/{owner}/{repo}/issues/{number}"` → method, template, and the template with parameters blanked. */
function parseKey(key) {
  const [method, template] = key.split(" ");
  return { method: method.toLowerCase(), template, shape: blank(template) };
}

/** Parameters are matched by position, not name: the local forge uses neutral names like `{number}`. */
function blank(template) {
  return template.replace(/\{[^}]+\}/g, "{}");
}

function paramNames(template) {
  return [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}

/** Finds the one spec path with the route's shape that has the method; undefined when there is none. */
function findSpecPath(specPaths, methodsOf, { method, shape }) {
  const hits = specPaths.filter((p) => blank(p) === shape && methodsOf(p).includes(method));
  if (hits.length > 1) throw new Error(`Ambiguous spec paths for ${method.toUpperCase()} ${shape}: ${hits.join(", ")}`);
  return hits[0];
}

function pathParamMap(template, specPath) {
  const local = paramNames(template);
  const spec = paramNames(specPath);
  return Object.fromEntries(local.map((name, i) => [name, spec[i]]));
}

function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// ---------------------------------------------------------------------------------------
// GitHub: OpenAPI 3.0

function newestGhes(dir) {
  const files = readdirSync(dir).filter((f) => /^ghes-\d+\.\d+\.json$/.test(f));
  const version = (f) => f.match(/(\d+)\.(\d+)/).slice(1).map(Number);
  files.sort((a, b) => {
    const [x, y] = [version(a), version(b)];
    return x[0] - y[0] || x[1] - y[1];
  });
  if (files.length === 0) throw new Error(`No ghes-*.json in ${dir}. Expected ${GITHUB_PACKAGE} to ship GHES descriptions.`);
  return files.at(-1);
}

function extractGithub(keys) {
  const dir = path.join(packageDir(GITHUB_PACKAGE), "generated");
  const file = newestGhes(dir);
  const text = readFileSync(path.join(dir, file), "utf8");
  const spec = JSON.parse(text);
  const specPaths = Object.keys(spec.paths);
  const methodsOf = (p) => Object.keys(spec.paths[p]);
  const definitions = {};
  const pending = [];

  const local = (ref) => {
    const m = /^#\/components\/(\w+)\/(.+)$/.exec(ref);
    if (!m) throw new Error(`Unsupported $ref '${ref}' in ${file}. Expected #/components/...`);
    const target = spec.components[m[1]]?.[m[2]];
    if (!target) throw new Error(`Dangling $ref '${ref}' in ${file}.`);
    return { kind: m[1], name: m[2], target };
  };
  const deref = (x) => (x && x.$ref ? deref(local(x.$ref).target) : x);

  /** A pruned copy of a schema whose component refs point into this subset's definitions. */
  const schema = (s) => {
    if (Array.isArray(s)) return s.map(schema);
    if (s === null || typeof s !== "object") return s;
    if (s.$ref) {
      const { kind, name } = local(s.$ref);
      if (kind !== "schemas") throw new Error(`Unexpected $ref '${s.$ref}' inside a schema.`);
      if (!(name in definitions)) {
        definitions[name] = null;
        pending.push(name);
      }
      return { $ref: `#/definitions/${name}` };
    }
    const out = {};
    for (const [k, v] of Object.entries(s)) {
      if (!SCHEMA_KEYWORDS.has(k)) continue;
      if (k === "properties") out.properties = Object.fromEntries(Object.entries(v).map(([p, ps]) => [p, schema(ps)]));
      else out[k] = schema(v);
    }
    return out;
  };

  const jsonSchemaOf = (content) => {
    if (!content) return undefined;
    const type = content["application/json"] ? "application/json" : Object.keys(content).find((t) => /json/.test(t));
    return type && content[type].schema ? schema(content[type].schema) : undefined;
  };

  const operations = {};
  const unmatched = [];
  for (const key of keys) {
    const route = parseKey(key);
    const specPath = findSpecPath(specPaths, methodsOf, route);
    if (!specPath) {
      unmatched.push(key);
      continue;
    }
    const item = spec.paths[specPath];
    const op = item[route.method];
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(deref);
    const out = {
      path: specPath,
      operationId: op.operationId,
      ...(op.externalDocs?.url ? { docs: op.externalDocs.url } : {}),
      pathParams: pathParamMap(route.template, specPath),
      query: params.filter((p) => p.in === "query").map((p) => p.name).sort(),
    };
    const body = deref(op.requestBody);
    if (body) {
      const s = jsonSchemaOf(body.content);
      if (s) out.requestBody = { required: body.required === true, schema: s };
    }
    out.responses = {};
    for (const [status, r] of Object.entries(op.responses)) {
      const s = jsonSchemaOf(deref(r).content);
      out.responses[status] = s ? { schema: s } : {};
    }
    operations[key] = out;
  }
  while (pending.length > 0) {
    const name = pending.shift();
    definitions[name] = schema(spec.components.schemas[name]);
  }
  return {
    source: {
      package: GITHUB_PACKAGE,
      version: packageVersion(GITHUB_PACKAGE),
      file: `generated/${file}`,
      sha256: sha256(text),
      description: `${spec.info.title}, ${file.replace(/\.json$/, "").toUpperCase().replace("GHES-", "GitHub Enterprise Server ")}, OpenAPI ${spec.openapi}`,
    },
    dialect: "openapi-3.0",
    operations: sortKeys(operations),
    unmatched,
    definitions: sortKeys(definitions),
  };
}

// ---------------------------------------------------------------------------------------
// Forgejo: swagger 2.0, read back from the generated client's types

/** `repoGetPullRequest` → `get` and `/repos/{owner}/{repo}/pulls/{index}`, from the client's functions. */
function forgejoOperations(js) {
  const file = ts.createSourceFile("index.mjs", js, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const ops = [];
  for (const stmt of file.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    for (const decl of stmt.declarationList.declarations) {
      const fn = decl.initializer;
      if (!fn || !ts.isArrowFunction(fn) || !ts.isCallExpression(fn.body)) continue;
      const callee = fn.body.expression;
      const arg = fn.body.arguments[0];
      if (!ts.isPropertyAccessExpression(callee) || !arg || !ts.isObjectLiteralExpression(arg)) continue;
      const url = arg.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(file) === "url");
      if (!url || !ts.isStringLiteral(url.initializer)) continue;
      ops.push({ fn: decl.name.getText(file), method: callee.name.text, path: url.initializer.text });
    }
  }
  return ops;
}

function typeAliases(dts) {
  const file = ts.createSourceFile("index.d.ts", dts, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const aliases = new Map();
  for (const stmt of file.statements) if (ts.isTypeAliasDeclaration(stmt)) aliases.set(stmt.name.text, stmt.type);
  return aliases;
}

function extractForgejo(keys) {
  const dir = path.join(packageDir(FORGEJO_PACKAGE), "dist");
  const dts = readFileSync(path.join(dir, "index.d.ts"), "utf8");
  const js = readFileSync(path.join(dir, "index.mjs"), "utf8");
  const aliases = typeAliases(dts);
  const all = forgejoOperations(js);
  const definitions = {};
  const pending = [];

  const member = (type, name) => {
    if (!type || !ts.isTypeLiteralNode(type)) return undefined;
    const m = type.members.find((x) => ts.isPropertySignature(x) && propName(x.name) === name);
    return m ? { type: m.type, optional: m.questionToken !== undefined } : undefined;
  };

  /** JSON Schema of a type node; undefined for `never` and `void` (no body). */
  const schema = (t) => {
    switch (t.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { type: "string" };
      case ts.SyntaxKind.NumberKeyword:
        return { type: "number" };
      case ts.SyntaxKind.BooleanKeyword:
        return { type: "boolean" };
      case ts.SyntaxKind.UnknownKeyword:
      case ts.SyntaxKind.AnyKeyword:
        return {};
      case ts.SyntaxKind.NeverKeyword:
      case ts.SyntaxKind.VoidKeyword:
        return undefined;
      case ts.SyntaxKind.ParenthesizedType:
        return schema(t.type);
      case ts.SyntaxKind.ArrayType:
        return { type: "array", items: schema(t.elementType) ?? {} };
      case ts.SyntaxKind.LiteralType:
        return literal(t.literal);
      case ts.SyntaxKind.UnionType: {
        const parts = t.types.map(schema).filter(Boolean);
        if (parts.every((p) => p.const !== undefined && typeof p.const === typeof parts[0].const)) {
          return { type: typeof parts[0].const, enum: parts.map((p) => p.const) };
        }
        return { anyOf: parts };
      }
      case ts.SyntaxKind.IntersectionType:
        return { allOf: t.types.map(schema) };
      case ts.SyntaxKind.TypeLiteral: {
        const properties = {};
        const required = [];
        let additional;
        for (const m of t.members) {
          if (ts.isIndexSignatureDeclaration(m)) {
            additional = schema(m.type) ?? {};
          } else if (ts.isPropertySignature(m)) {
            const name = propName(m.name);
            properties[name] = schema(m.type) ?? {};
            if (!m.questionToken) required.push(name);
          } else {
            throw new Error(`Unsupported member ${ts.SyntaxKind[m.kind]} in a type literal.`);
          }
        }
        return {
          type: "object",
          ...(Object.keys(properties).length > 0 ? { properties } : {}),
          ...(required.length > 0 ? { required } : {}),
          ...(additional !== undefined ? { additionalProperties: additional } : {}),
        };
      }
      case ts.SyntaxKind.TypeReference: {
        const name = t.typeName.getText();
        if (name === "Array") return { type: "array", items: schema(t.typeArguments[0]) ?? {} };
        if (name === "Blob" || name === "File") return {};
        if (!aliases.has(name)) throw new Error(`Unknown type '${name}' in ${FORGEJO_PACKAGE}.`);
        if (!(name in definitions)) {
          definitions[name] = null;
          pending.push(name);
        }
        return { $ref: `#/definitions/${name}` };
      }
      default:
        throw new Error(`Unsupported type syntax ${ts.SyntaxKind[t.kind]}: ${t.getText()}`);
    }
  };

  const operations = {};
  const unmatched = [];
  const specPaths = [...new Set(all.map((o) => o.path))];
  const methodsOf = (p) => all.filter((o) => o.path === p).map((o) => o.method);
  for (const key of keys) {
    const route = parseKey(key);
    const specPath = findSpecPath(specPaths, methodsOf, route);
    if (!specPath) {
      unmatched.push(key);
      continue;
    }
    const op = all.find((o) => o.path === specPath && o.method === route.method);
    const base = op.fn[0].toUpperCase() + op.fn.slice(1);
    const data = aliases.get(`${base}Data`);
    const responses = aliases.get(`${base}Responses`);
    const errors = aliases.get(`${base}Errors`);
    if (!data || !responses) throw new Error(`Missing ${base}Data or ${base}Responses in ${FORGEJO_PACKAGE}.`);
    const query = member(data, "query");
    const body = member(data, "body");
    const out = {
      path: specPath,
      operationId: op.fn,
      pathParams: pathParamMap(route.template, specPath),
      query: query && ts.isTypeLiteralNode(query.type) ? query.type.members.map((m) => propName(m.name)).sort() : [],
    };
    const bodySchema = body && schema(body.type);
    if (bodySchema) out.requestBody = { required: !body.optional, schema: bodySchema };
    out.responses = {};
    for (const list of [responses, errors]) {
      if (!list || !ts.isTypeLiteralNode(list)) continue;
      for (const m of list.members) {
        // The generator types a response the description gives no schema (APIEmpty) as unknown.
        const s = m.type.kind === ts.SyntaxKind.UnknownKeyword ? undefined : schema(m.type);
        out.responses[propName(m.name)] = s ? { schema: s } : {};
      }
    }
    out.responses = sortKeys(out.responses);
    operations[key] = out;
  }
  while (pending.length > 0) {
    const name = pending.shift();
    definitions[name] = schema(aliases.get(name));
  }
  const version = packageVersion(FORGEJO_PACKAGE);
  return {
    source: {
      package: FORGEJO_PACKAGE,
      version,
      file: "dist/index.d.ts, dist/index.mjs",
      sha256: sha256(dts, js),
      description:
        `Forgejo ${version} swagger 2.0 description, read back from the TypeScript client generated from it ` +
        "(no npm package ships the swagger JSON itself); format, integer-vs-number and descriptions are lost",
    },
    dialect: "swagger-2.0",
    operations: sortKeys(operations),
    unmatched,
    definitions: sortKeys(definitions),
  };
}

function propName(name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  throw new Error(`Unsupported property name ${ts.SyntaxKind[name.kind]}.`);
}

function literal(l) {
  if (ts.isStringLiteral(l)) return { const: l.text };
  if (ts.isNumericLiteral(l)) return { const: Number(l.text) };
  if (l.kind === ts.SyntaxKind.TrueKeyword) return { const: true };
  if (l.kind === ts.SyntaxKind.FalseKeyword) return { const: false };
  if (l.kind === ts.SyntaxKind.NullKeyword) return { type: "null" };
  throw new Error(`Unsupported literal ${ts.SyntaxKind[l.kind]}.`);
}

// ---------------------------------------------------------------------------------------

async function main() {
  const check = process.argv.includes("--check");
  const { apiRouteKeys } = await tsImport(pathToFileURL(path.join(root, "src/localforge/routes.ts")).href, import.meta.url);
  const subsets = {
    github: extractGithub(apiRouteKeys("github")),
    forgejo: extractForgejo(apiRouteKeys("forgejo")),
  };
  let stale = 0;
  for (const [flavour, subset] of Object.entries(subsets)) {
    const file = path.join(outDir, `${flavour}.json`);
    const rel = path.relative(root, file);
    const text = `${JSON.stringify({ generatedBy: "scripts/extract-forge-api.mjs", ...subset }, null, 2)}\n`;
    if (check) {
      if (!existsSync(file) || readFileSync(file, "utf8") !== text) {
        console.error(`${rel} is stale: run 'npm run forge-api' and commit it.`);
        stale++;
      }
      continue;
    }
    mkdirSync(outDir, { recursive: true });
    writeFileSync(file, text);
    const n = Object.keys(subset.operations).length;
    console.log(`${rel}: ${n} operations, ${Object.keys(subset.definitions).length} definitions` + (subset.unmatched.length ? `, not in the description: ${subset.unmatched.join("; ")}` : ""));
  }
  if (stale > 0) process.exit(1);
  if (check) console.log("schema/forge-api is up to date.");
}

await main();
