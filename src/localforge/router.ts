/** Matches a method and path to a route template, the key for counts and faults. */
import type { Method, RouteDef } from "./context.js";
import type { Flavour } from "./types.js";

/** `{name}.{ext}` is one segment holding two parameters, split at its last dot (Forgejo's `pulls/{index}.{diffType}`). */
type Segment = { kind: "static"; value: string } | { kind: "dotted"; name: string; ext: string } | { kind: "param"; name: string } | { kind: "rest"; name: string };

export interface CompiledRoute {
  def: RouteDef;
  /** `"<METHOD> <template>"`, e.g. `GET /repos/{owner}/{repo}/issues/{number}`. */
  key: string;
  segments: Segment[];
}

export interface RouteMatch {
  route: CompiledRoute;
  params: Record<string, string>;
}

export function routeKey(method: string, template: string): string {
  return `${method} ${template.replace(/\{(\w+)\+\}/g, "{$1}")}`;
}

function compile(def: RouteDef): CompiledRoute {
  const segments: Segment[] = def.template
    .split("/")
    .filter(Boolean)
    .map((s) => {
      const dotted = /^\{(\w+)\}\.\{(\w+)\}$/.exec(s);
      if (dotted) return { kind: "dotted", name: dotted[1]!, ext: dotted[2]! };
      const m = /^\{(\w+)(\+?)\}$/.exec(s);
      if (!m) return { kind: "static", value: s };
      return m[2] ? { kind: "rest", name: m[1]! } : { kind: "param", name: m[1]! };
    });
  return { def, key: routeKey(def.method, def.template), segments };
}

const RANK = { static: 0, dotted: 1, param: 2, rest: 3 } as const;

/** Static segments win over parameters at the first place two templates differ. */
function specificity(a: CompiledRoute, b: CompiledRoute): number {
  const n = Math.max(a.segments.length, b.segments.length);
  for (let i = 0; i < n; i++) {
    const x = a.segments[i];
    const y = b.segments[i];
    if (!x || !y) return x ? -1 : 1;
    const d = RANK[x.kind] - RANK[y.kind];
    if (d !== 0) return d;
  }
  return 0;
}

export class Router {
  private readonly routes: CompiledRoute[];

  constructor(defs: readonly RouteDef[], flavour: Flavour) {
    this.routes = defs
      .filter((d) => !d.flavours || d.flavours.includes(flavour))
      .map(compile)
      .sort(specificity);
    const seen = new Set<string>();
    for (const r of this.routes) {
      if (seen.has(r.key)) throw new Error(`duplicate route ${r.key}`);
      seen.add(r.key);
    }
  }

  /** Every `"<METHOD> <template>"` this flavour serves, sorted. */
  keys(): string[] {
    return this.routes.map((r) => r.key).sort();
  }

  match(method: string, path: string): RouteMatch | undefined {
    let parts: string[];
    try {
      parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    } catch {
      return undefined;
    }
    for (const route of this.routes) {
      if (route.def.method !== (method as Method)) continue;
      const params = matchSegments(route.segments, parts);
      if (params) return { route, params };
    }
    return undefined;
  }
}

function matchSegments(segments: Segment[], parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.kind === "rest") {
      if (i >= parts.length) return undefined;
      params[seg.name] = parts.slice(i).join("/");
      return params;
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (seg.kind === "static" ? seg.value !== part : part === "") return undefined;
    if (seg.kind === "param") params[seg.name] = part;
    if (seg.kind === "dotted") {
      const dot = part.lastIndexOf(".");
      if (dot <= 0 || dot === part.length - 1) return undefined;
      params[seg.name] = part.slice(0, dot);
      params[seg.ext] = part.slice(dot + 1);
    }
  }
  return parts.length === segments.length ? params : undefined;
}
