/**
 * List pagination as the forges do it: GitHub reads `per_page` (default 30, max 100),
 * Forgejo reads `limit` (default 30, max 50); both read `page` and send a `Link`
 * header; Forgejo also sends `X-Total-Count`.
 */
import type { Ctx } from "./context.js";
import type { Reply } from "./reply.js";

export function paged<T>(ctx: Ctx, items: readonly T[], present: (t: T) => unknown): Reply {
  const github = ctx.core.flavour === "github";
  const sizeParam = github ? "per_page" : "limit";
  const max = github ? 100 : ctx.core.maxResponseItems;
  const size = clamp(Number(ctx.query.get(sizeParam) ?? 30), 1, max, 30);
  const page = clamp(Number(ctx.query.get("page") ?? 1), 1, Number.MAX_SAFE_INTEGER, 1);
  const last = Math.max(1, Math.ceil(items.length / size));
  const slice = items.slice((page - 1) * size, page * size);

  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(ctx.query);
    q.set("page", String(p));
    q.set(sizeParam, String(size));
    return `<${ctx.core.urls.api}${ctx.path}?${q.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));

  const headers: Record<string, string> = {};
  if (links.length > 0) headers.link = links.join(", ");
  if (!github) headers["x-total-count"] = String(items.length);
  return { status: 200, body: slice.map(present), headers };
}

/** A whole list on a route that does not page (Forgejo still counts it in `X-Total-Count`). */
export function unpaged<T>(items: readonly T[], present: (t: T) => unknown): Reply {
  return { status: 200, body: items.map(present), headers: { "x-total-count": String(items.length) } };
}

function clamp(n: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(n)));
}
