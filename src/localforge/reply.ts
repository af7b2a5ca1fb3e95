/** What a route handler returns, and how it says no. */
import type { IncomingMessage } from "node:http";

export interface Reply {
  status: number;
  /** Serialised as JSON; omitted for 204. */
  body?: unknown;
  headers?: Record<string, string>;
  /** A plain-text answer (a diff) sent as it is, with this content type, instead of `body`. */
  text?: { content: string | Buffer; type: string };
}

export function ok(body: unknown, status = 200): Reply {
  return { status, body };
}

export function created(body: unknown): Reply {
  return { status: 201, body };
}

export function noContent(): Reply {
  return { status: 204 };
}

/**
 * A validation problem as GitHub lists them under `errors`: a field error, or a plain
 * sentence where GitHub answers those (its validation-error-simple, for reviews).
 */
export type FieldError =
  | {
      resource: string;
      field: string;
      code: "missing" | "missing_field" | "invalid" | "already_exists" | "unprocessable" | "custom";
      message?: string;
    }
  | string;

/** Thrown by handlers; the server renders it in the flavour's error shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const notFound = (what = "Not Found"): ApiError => new ApiError(404, what);
export const forbidden = (what: string): ApiError => new ApiError(403, what);
export const unprocessable = (message: string, errors: FieldError[] = []): ApiError => new ApiError(422, message, errors);

const MAX_BODY = 10 * 1024 * 1024;

/** The request body parsed as JSON; undefined when empty. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > MAX_BODY) throw new ApiError(413, "Request body too large");
    chunks.push(b);
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, "Problems parsing JSON");
  }
}

// Small readers for request bodies: strict about types, silent about unknown fields
// (both forges ignore fields they do not know, which is how `draft` vanishes on Forgejo).

export function asObject(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (body === null || typeof body !== "object" || Array.isArray(body)) throw new ApiError(400, "Body should be a JSON object");
  return body as Record<string, unknown>;
}

export function str(o: Record<string, unknown>, key: string, resource: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw unprocessable("Validation Failed", [{ resource, field: key, code: "invalid" }]);
  return v;
}

export function requiredStr(o: Record<string, unknown>, key: string, resource: string): string {
  const v = str(o, key, resource);
  if (v === undefined || v.trim() === "") throw unprocessable("Validation Failed", [{ resource, field: key, code: "missing_field" }]);
  return v;
}

export function bool(o: Record<string, unknown>, key: string, resource: string): boolean | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "boolean") throw unprocessable("Validation Failed", [{ resource, field: key, code: "invalid" }]);
  return v;
}

export function stringList(o: Record<string, unknown>, key: string, resource: string): string[] | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || !v.every((x) => typeof x === "string"))
    throw unprocessable("Validation Failed", [{ resource, field: key, code: "invalid" }]);
  return v as string[];
}
