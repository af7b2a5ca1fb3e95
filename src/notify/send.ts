/**
 * Posts a run's transition to the repository's notification targets: webhooks (generic
 * JSON, Slack incoming webhooks, Matrix hookshot generic webhooks) and Signal through
 * signal-cli-rest-api. A target that fails is reported, never thrown: a notification
 * must not fail the run it reports on.
 *
 * Target URLs are credentials (a Slack webhook URL is all it takes to post to the
 * channel), so no problem text names one: a target is "webhook 2 (slack)" or "signal 3",
 * by its 1-based position in the list, and errors are reduced to an HTTP status, a
 * network error code or a timeout. The caller still passes every URL to `setSecret`.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { NotifyConfig } from "../blueprint/types.js";
import { htmlText, httpUrl, jsonText, noticeData, plainText, slackText, type RunNotice } from "./format.js";

export type { RunEvent, RunNotice } from "./format.js";

/** A webhook: `json` posts `{text, crustyclaw}`, `slack` `{text}` in mrkdwn, `matrix` `{text, html}` (hookshot). */
export interface WebhookTarget {
  kind: "webhook";
  url: string;
  /** `"json" | "slack" | "matrix"`, as a blueprint's `notify.webhooks` names them. */
  format: NotifyConfig["webhooks"][number]["format"];
}

/** signal-cli-rest-api: its base URL, the registered sender number, and who receives. */
export interface SignalTarget {
  kind: "signal";
  url: string;
  number: string;
  recipients: string[];
}

export type NotifyTarget = WebhookTarget | SignalTarget;

export interface SendOptions {
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Per attempt, in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Further attempts after a 5xx, a network error or a timeout (default 2). 4xx is final. */
  retries?: number;
  /** Wait before the first retry, doubled for each one after (default 1000 ms). */
  retryDelayMs?: number;
}

const FORMATS: ReadonlyArray<WebhookTarget["format"]> = ["json", "slack", "matrix"];

/** A request to make, or why there is none. */
type Planned = { url: string; body: unknown } | { problem: string };

/**
 * Send `notice` to every target, all at once. Returns one line per target that did not
 * take it, in the targets' order; empty when all did.
 */
export async function sendNotice(notice: RunNotice, targets: NotifyTarget[], opts: SendOptions = {}): Promise<string[]> {
  const settings: Settings = {
    fetch: opts.fetch ?? fetch,
    timeoutMs: opts.timeoutMs ?? 10_000,
    retries: Math.max(0, Math.floor(opts.retries ?? 2)),
    retryDelayMs: Math.max(0, opts.retryDelayMs ?? 1000),
  };
  const outcomes = await Promise.all(
    targets.map(async (target, i) => {
      const name = targetName(target, i);
      try {
        const planned = plan(notice, target);
        const problem = "problem" in planned ? planned.problem : await post(planned.url, planned.body, settings);
        return problem === undefined ? undefined : `${name}: ${problem}`;
      } catch {
        // Not expected (rendering does not throw on data of the declared types); never let
        // one target's failure, or its message, out.
        return `${name}: not sent: internal error preparing the message`;
      }
    }),
  );
  return outcomes.filter((p): p is string => p !== undefined);
}

/** "webhook 1 (slack)", "signal 2": how problems name a target without its URL. */
function targetName(target: NotifyTarget, index: number): string {
  const n = index + 1;
  if (target?.kind === "signal") return `signal ${n}`;
  if (target?.kind === "webhook") {
    const format = (FORMATS as readonly unknown[]).includes(target.format) ? ` (${target.format})` : "";
    return `webhook ${n}${format}`;
  }
  return `target ${n}`;
}

function plan(notice: RunNotice, target: NotifyTarget): Planned {
  const kind: unknown = target?.kind;
  if (kind !== "webhook" && kind !== "signal") return { problem: "not sent: kind is not webhook or signal" };
  const url = checkUrl(target.url);
  if (typeof url !== "string") return url;
  if (target.kind === "signal") {
    if (typeof target.number !== "string" || target.number.trim() === "") return { problem: "not sent: no sender number" };
    const recipients = Array.isArray(target.recipients) ? target.recipients.filter((r) => typeof r === "string" && r.trim() !== "") : [];
    if (recipients.length === 0) return { problem: "not sent: no recipients" };
    // The API's send endpoint (bbernhard/signal-cli-rest-api, POST /v2/send). `text_mode` is
    // set because the server's default can be changed to "styled" (DEFAULT_SIGNAL_TEXT_MODE),
    // which reads `*`, `~`, `||` and backticks in the reason as formatting.
    const send = new URL(url);
    send.pathname = `${send.pathname.replace(/\/+$/, "")}/v2/send`;
    return {
      url: send.href,
      body: { message: plainText(notice), number: target.number, recipients, text_mode: "normal" },
    };
  }
  switch (target.format) {
    case "json":
      return { url, body: { text: jsonText(notice), crustyclaw: noticeData(notice) } };
    case "slack":
      return { url, body: { text: slackText(notice) } };
    case "matrix":
      // matrix-hookshot's generic webhooks: `text` is the plain body, `html` the formatted
      // body (given, so hookshot does not render `text` as Markdown).
      return { url, body: { text: plainText(notice), html: htmlText(notice) } };
    default:
      return { problem: `not sent: format is not one of ${FORMATS.join(", ")}` };
  }
}

/** The URL when it is one fetch can post to; otherwise why not, without the URL. */
function checkUrl(raw: unknown): string | { problem: string } {
  const url = typeof raw === "string" ? httpUrl(raw) : undefined;
  if (!url) return { problem: "not sent: the URL is not an http: or https: URL" };
  const u = new URL(url);
  // fetch refuses these, with an error that quotes the URL.
  if (u.username || u.password) return { problem: "not sent: the URL holds a user name or password, which is not supported" };
  return url;
}

interface Settings {
  fetch: typeof fetch;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
}

/** POST `body` as JSON; undefined once a 2xx comes back, else what went wrong last. */
async function post(url: string, body: unknown, s: Settings): Promise<string | undefined> {
  const payload = JSON.stringify(body);
  const attempts = s.retries + 1;
  let last = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(s.retryDelayMs * 2 ** (attempt - 2));
    try {
      const signal = AbortSignal.timeout(s.timeoutMs);
      // Redirects are not followed: fetch would turn a 301/302 POST into a GET, dropping the
      // message, and a webhook that moved should be configured with its new URL.
      const res = await s.fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: payload,
        redirect: "manual",
        signal,
      });
      if (res.ok) {
        await discard(res);
        return undefined;
      }
      last = `HTTP ${res.status}${await errorCode(res)}`;
      if (res.status < 500) {
        const hint = res.status >= 300 && res.status < 400 ? " (a redirect, not followed: configure the URL it points to)" : "";
        return `not delivered: ${last}${hint}`;
      }
    } catch (err) {
      last = describe(err, s.timeoutMs);
    }
  }
  return `not delivered after ${attempts} attempt${attempts === 1 ? "" : "s"}: ${last}`;
}

async function discard(res: Response): Promise<void> {
  try {
    await res.body?.cancel();
  } catch {
    // Already delivered; what is left of the body does not matter.
  }
}

/**
 * Slack answers a refused post with a short code in the body (`invalid_payload`,
 * `no_service`, `channel_is_archived`): worth showing. Anything else in a body might echo
 * the request, URL included, so only a body that is one such code is shown.
 */
async function errorCode(res: Response): Promise<string> {
  try {
    const text = (await res.text()).trim();
    return /^[a-z][a-z0-9_]{1,49}$/.test(text) ? ` (${text})` : "";
  } catch {
    return "";
  }
}

/** A thrown fetch error as a timeout or a network error code; never its message, which may quote the URL. */
function describe(err: unknown, timeoutMs: number): string {
  const e = err as { name?: unknown; cause?: { code?: unknown; name?: unknown } } | undefined;
  if (e?.name === "TimeoutError" || e?.cause?.name === "TimeoutError") return `timed out after ${timeoutMs} ms`;
  const code = e?.cause?.code;
  return typeof code === "string" && /^[A-Z][A-Z0-9_]{1,39}$/.test(code) ? `network error (${code})` : "network error";
}
