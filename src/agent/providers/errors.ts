import { redact } from "../../policy/secrets.js";
import { ProviderError } from "../types.js";

/** What a provider error message names: which endpoint, which model, where the key came from. */
export interface Endpoint {
  /** Provider name as the user wrote it: `openai`, `ollama`, `anthropic`… */
  provider: string;
  model: string;
  /** Base URL of the API, shown without credentials or query. */
  baseURL: string;
  /** Where the API key comes from, e.g. "the CRUSTYCLAW_MODEL_API_KEY environment variable". */
  keySource: string;
  /** Where the base URL comes from, e.g. "CRUSTYCLAW_MODEL_BASE_URL"; for unreachable endpoints. */
  baseURLSource: string;
  /** Values never to show (the API key). */
  secrets: readonly string[];
  /** The endpoint speaks the OpenAI wire format at a URL the user chose (404s may be a wrong path). */
  compatible?: boolean;
}

/** A failed call, as seen on the wire, before it is worded for a person. */
export type Failure =
  /** The server answered with an error status. */
  | { type: "http"; status: number; message?: string; code?: string; headers?: Headers }
  /** The response started, then the stream carried an error event. */
  | { type: "stream"; message: string; errorType?: string }
  /** No response: refused, DNS, TLS, reset, timeout. */
  | { type: "connection"; timeout: boolean; cause?: unknown }
  /** A response that does not follow the wire format (bad JSON, stream cut short). */
  | { type: "protocol"; message: string; retryable?: boolean };

/**
 * A ProviderError that also says whether trying again can help and how long the
 * server asked us to wait. It is still a ProviderError for the loop.
 */
export class ProviderCallError extends ProviderError {
  constructor(
    message: string,
    kind: ProviderError["kind"],
    status: number | undefined,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message, kind, status);
  }
}

/** Longest server message quoted in an error. */
const MESSAGE_LIMIT = 300;
/** Stream error types that are worth another try. */
const TRANSIENT_STREAM_ERRORS = new Set(["overloaded_error", "api_error", "rate_limit_error", "server_error", "timeout_error"]);
/** A model-not-found answer given with 400/422 by some servers (LiteLLM, older vLLM). */
const MODEL_MISSING = /\bmodel\b.*\b(not found|does not exist|not exist|unknown|no such|not available|not supported|invalid)\b|\b(unknown|invalid) model\b/i;

export function providerError(f: Failure, ep: Endpoint): ProviderCallError {
  const clean = (text: string) => scrub(text, ep.secrets);
  const url = ep.baseURL;
  const said = (m: string | undefined) => (m ? `: ${clean(truncate(m))}` : "");
  const err = (message: string, kind: ProviderError["kind"], status: number | undefined, retryable: boolean, after?: number) =>
    new ProviderCallError(clean(message), kind, status, retryable, after);

  switch (f.type) {
    case "http": {
      const { status } = f;
      const from = `HTTP ${status} from ${url}${said(f.message)}`;
      if (status === 401) return err(`${ep.provider} rejected the API key (${from}). Check ${ep.keySource}.`, "auth", status, false);
      if (status === 403)
        return err(`${ep.provider} refused access (${from}). Check that the key in ${ep.keySource} is valid and may use model '${ep.model}'.`, "auth", status, false);
      if (status === 404 || ((status === 400 || status === 422) && MODEL_MISSING.test(f.message ?? "")))
        return err(
          `${ep.provider} has no model '${ep.model}' (${from}). Check the model name after '${ep.provider}/' in the model spec` +
            (ep.provider === "ollama" ? ` (run \`ollama pull ${ep.model}\` first)` : "") +
            (ep.compatible ? ", and that the base URL is the API root, usually ending in /v1." : "."),
          "model",
          status,
          false,
        );
      if (status === 429) {
        if (f.code === "insufficient_quota")
          return err(`${ep.provider} says the account's quota is used up (${from}). Check the billing of the account whose key is in ${ep.keySource}.`, "rate_limit", status, false);
        return err(`${ep.provider} rate-limited the request (${from}).`, "rate_limit", status, true, parseRetryAfter(f.headers));
      }
      if (status === 408 || status === 409 || status >= 500)
        return err(`${ep.provider} failed to answer (${from}).`, "server", status, true, parseRetryAfter(f.headers));
      // Other 4xx: the request itself was refused (context too long, a parameter the server does not take).
      return err(`${ep.provider} rejected the request for model '${ep.model}' (${from}).`, "server", status, false);
    }
    case "stream": {
      const tag = f.errorType ? ` [${f.errorType}]` : "";
      const kind = f.errorType === "rate_limit_error" ? "rate_limit" : "server";
      return err(`${ep.provider} reported an error in mid-response from ${url}${tag}${said(f.message)}`, kind, undefined, TRANSIENT_STREAM_ERRORS.has(f.errorType ?? ""));
    }
    case "connection": {
      const why = f.timeout ? "the request timed out" : connectionReason(f.cause);
      return err(
        `cannot reach ${ep.provider} at ${url}: ${why}. Check that the server is running and that ${ep.baseURLSource} is right.`,
        "unreachable",
        undefined,
        true,
      );
    }
    case "protocol":
      return err(`${ep.provider} sent a response that is not in the expected format (${url}): ${f.message}`, "bad_response", undefined, f.retryable ?? false);
  }
}

/** Retry-After (seconds or an HTTP date) or the non-standard retry-after-ms, in milliseconds. */
export function parseRetryAfter(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = headers?.get("retry-after-ms");
  if (ms && Number.isFinite(Number(ms)) && Number(ms) >= 0) return Number(ms);
  const value = headers?.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A base URL as shown in messages: no user:password, query or fragment. */
export function displayURL(raw: string): string {
  try {
    const u = new URL(raw);
    u.username = "";
    u.password = "";
    u.search = "";
    u.hash = "";
    return u.toString().replace(/\/$/, "");
  } catch {
    return raw.replace(/\/\/[^/@]*@/, "//");
  }
}

const CODE_WORDS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "the host name does not resolve (DNS)",
  EAI_AGAIN: "the DNS lookup failed",
  ECONNRESET: "the connection was reset",
  ETIMEDOUT: "the connection timed out",
  UND_ERR_CONNECT_TIMEOUT: "the connection timed out",
  EHOSTUNREACH: "the host is unreachable",
  ENETUNREACH: "the network is unreachable",
  UND_ERR_SOCKET: "the connection closed unexpectedly",
  CERT_HAS_EXPIRED: "its TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "its TLS certificate is self-signed",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "its TLS certificate cannot be verified",
  ERR_TLS_CERT_ALTNAME_INVALID: "its TLS certificate is for another host",
};

/** Find the errno-style code (ECONNREFUSED…) somewhere in a fetch error's cause chain. */
function connectionReason(cause: unknown): string {
  const seen = new Set<unknown>();
  const queue = [cause];
  let last: string | undefined;
  while (queue.length > 0 && seen.size < 20) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const { code, cause: inner, errors } = e as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === "string" && code !== "UND_ERR" && code !== "ERR_INVALID_URL") return `${CODE_WORDS[code] ?? "the connection failed"} (${code})`;
    if (inner === undefined && !Array.isArray(errors) && e instanceof Error && e.message) last = e.message;
    queue.push(inner);
    if (Array.isArray(errors)) queue.push(...errors);
  }
  // No errno code: say what fetch said, without any user:password in a URL it quotes.
  return last ? `the connection failed (${truncate(last.replace(/\/\/[^/@\s]*@/g, "//"))})` : "the connection failed";
}

function truncate(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > MESSAGE_LIMIT ? `${one.slice(0, MESSAGE_LIMIT)}…` : one;
}

/**
 * Remove the key and anything that looks like one. Servers quote keys back in
 * auth errors, sometimes masked (`sk-ab***…***wxyz`): even the masked form goes.
 */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first, so a key that contains another is removed whole; `redact` skips values under 6 characters.
  for (const s of [...secrets].filter((v) => v.length >= 4).sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
  return redact(out).replace(/[A-Za-z0-9_-]*\*{4,}[A-Za-z0-9_-]*/g, "***");
}
