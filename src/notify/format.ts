/**
 * What a run notice says, rendered for each kind of target: plain text (Signal, Matrix's
 * `body`), Slack mrkdwn, Matrix HTML, and the `text` of a generic JSON webhook, which has
 * to be safe where Slack reads it too (that field is what makes it Slack-compatible).
 *
 * Everything here is CrustyClaw's own text except the notice's `reason`, which can come
 * from an agent's output. It is rendered `neutral` in every format: one line of at most
 * `MAX_REASON` characters, no invisible or bidi characters, no secrets, and nothing a
 * client turns into a mention or a link. Breaking those uses visible look-alikes
 * (`＠`, `＃`, `：//`, `․`) rather than zero-width characters, which some clients strip.
 * Each format then escapes it for its own syntax.
 */
import type { NoticeEvent } from "../blueprint/types.js";
import { redact } from "../policy/secrets.js";

/** The events a run notifies about: those a blueprint's `notify.on` can name. */
export type RunEvent = NoticeEvent;

/** One transition of one run, as the notifier is told about it. */
export interface RunNotice {
  /** Blueprint name, e.g. `issue-to-pr`. */
  blueprint: string;
  /** `owner/name`. */
  repository: string;
  /** The issue the run works on. */
  issue: number;
  /** The issue's page, e.g. `https://forge/owner/name/issues/12`. */
  issueUrl: string;
  event: RunEvent;
  /** The run's pull request, once there is one. */
  pull?: number;
  pullUrl?: string;
  /** Why the run escalated or was rejected. UNTRUSTED: may come from an agent's output. */
  reason?: string;
  /** What the run has spent, when known. */
  cost?: { usd: number; tokens: number };
  /** The workflow run's page. */
  runUrl?: string;
  /** When the transition happened (ISO 8601). */
  at: string;
}

/** Characters of the reason kept; the rest is cut with an ellipsis. */
export const MAX_REASON = 300;

/** More than this is dropped before the (linear, but not free) secret scan. */
const MAX_SCANNED = 10_000;

/**
 * Schemes clients link without `//` after them (`mailto:a`, `tel:1`, Matrix's
 * `matrix:r/room`), and ones that run or embed something.
 */
const BARE_SCHEMES = /\b(mailto|tel|sms|callto|facetime|skype|geo|magnet|matrix|xmpp|sgnl|signal|slack|javascript|vbscript|data|file|blob)\s*:/gi;

/**
 * Text CrustyClaw wrote made one line: Unicode "other" characters (controls, format
 * characters such as bidi overrides, zero-width and tag characters, private use,
 * unassigned, lone surrogates) dropped, line breaks and other whitespace folded to one space.
 */
export function oneLine(text: string): string {
  return String(text)
    .normalize("NFC")
    .replace(/[\s\p{C}]+/gu, (run) => (/\s/u.test(run) ? " " : ""))
    .replace(/ {2,}/g, " ")
    .trim();
}

/**
 * Untrusted text (an escalation or rejection reason) made inert as plain text, for any
 * target: one line, secrets redacted, at most `MAX_REASON` characters, every `@` as the
 * fullwidth `＠` (no `@room`, `@channel`, `@user:server` or e-mail), `#` before a name as
 * `＃` (no room alias or channel), and links broken: `://` as `：//`, `mailto:` and the
 * like with a fullwidth colon, and a dot between letters or digits as the one-dot leader
 * `․`, so no client finds a bare domain (`evil.example`) or an address (`10.0.0.1`). The
 * fullwidth and ideographic full stops go the same way: IDNA reads them as dots.
 * Formats then escape what their syntax needs (`slackReason`, `jsonReason`, `escapeHtml`).
 */
export function neutral(text: string): string {
  const line = oneLine(redact(oneLine(String(text).slice(0, MAX_SCANNED))));
  const points = [...line];
  const capped = points.length > MAX_REASON ? `${points.slice(0, MAX_REASON - 1).join("").trimEnd()}…` : line;
  return capped
    .replace(/@/g, "＠")
    .replace(/#(?=[\p{L}\p{N}_])/gu, "＃")
    .replace(/:(?=\s*\/\/)/g, "：")
    .replace(BARE_SCHEMES, "$1：")
    .replace(/(?<=[\p{L}\p{N}_-])[.\uFF0E\u3002\uFF61](?=[\p{L}\p{N}_-])/gu, "․");
}

/** Slack mrkdwn formatting characters, as fullwidth look-alikes: Slack has no escape for them. */
const MRKDWN: Record<string, string> = { "*": "＊", _: "＿", "~": "～", "`": "｀" };

/** Slack's three escapes (https://api.slack.com/reference/surfaces/formatting#escaping). */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A neutral reason for Slack mrkdwn: no bold, italic, strike or code, then Slack-escaped. */
function slackReason(reason: string): string {
  return escapeSlack(reason.replace(/[*_~`]/g, (c) => MRKDWN[c]!));
}

/**
 * A neutral reason for a generic JSON webhook's `text`: whatever reads it may be Slack or
 * may show the text as is, so no entities; `<` and `>` (Slack's `<!channel>`, `<url|label>`)
 * and mrkdwn's formatting characters become fullwidth look-alikes instead.
 */
function jsonReason(reason: string): string {
  return reason.replace(/[*_~`]/g, (c) => MRKDWN[c]!).replace(/</g, "＜").replace(/>/g, "＞");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** The URL as `URL` writes it when it is an http: or https: URL, else undefined (never linked). */
export function httpUrl(url: string | undefined): string | undefined {
  if (typeof url !== "string") return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** A piece of the summary: CrustyClaw's text, or a label that links where the format can. */
type Part = { text: string; url?: string };

/** What every rendering is made from. */
interface Summary {
  /** Blueprint, issue, what happened, cost. */
  head: Part[];
  /** The page the plain text ends with: the pull request, or the issue, or the run. */
  url?: string;
  runUrl?: string;
  /** Neutral (see `neutral`), not yet escaped. */
  reason?: string;
}

const COUNT = new Intl.NumberFormat("en-US");

/** "$0.42, 12,345 tokens"; undefined when the figures are not numbers. */
export function formatCost(cost: RunNotice["cost"]): string | undefined {
  if (!cost || !Number.isFinite(cost.usd) || !Number.isFinite(cost.tokens)) return undefined;
  const tokens = Math.round(cost.tokens);
  return `$${cost.usd.toFixed(2)}, ${COUNT.format(tokens)} token${tokens === 1 ? "" : "s"}`;
}

function summarize(n: RunNotice): Summary {
  const issueUrl = httpUrl(n.issueUrl);
  const pullUrl = httpUrl(n.pullUrl);
  const runUrl = httpUrl(n.runUrl);
  const pull: Part[] = Number.isSafeInteger(n.pull) ? [{ text: `#${n.pull}`, url: pullUrl }] : [];
  const onPull = (verb: string, otherwise: string): Part[] =>
    pull.length ? [{ text: "pull request " }, ...pull, { text: ` ${verb}` }] : [{ text: otherwise }];
  const what = ((): Part[] => {
    switch (n.event) {
      case "awaiting-approval":
        return [{ text: "awaiting approval" }];
      case "pull-request":
        return onPull("opened", "pull request opened");
      case "merged":
        return onPull("merged", "merged");
      case "closed":
        return onPull("closed without merging", "closed");
      case "rejected":
        return [{ text: "rejected" }];
      case "escalated":
        return [{ text: "escalated to a person" }];
      case "reviewed":
        return onPull("reviewed", "reviewed");
      default:
        return [{ text: oneLine(String(n.event satisfies never)) }];
    }
  })();
  const cost = formatCost(n.cost);
  const head: Part[] = [
    { text: `${oneLine(n.blueprint)} on ` },
    { text: `${oneLine(n.repository)}#${n.issue}`, url: issueUrl },
    { text: ": " },
    ...what,
    ...(cost ? [{ text: ` (${cost})` }] : []),
  ];
  // Approval is given on the run (an environment's deployment review), so that is where to go.
  const url = n.event === "awaiting-approval" ? (runUrl ?? pullUrl ?? issueUrl) : (pullUrl ?? issueUrl ?? runUrl);
  const reason = typeof n.reason === "string" ? neutral(n.reason) : "";
  return { head, url, runUrl, ...(reason ? { reason } : {}) };
}

/**
 * The one-line summary as plain text, e.g.
 * `issue-to-pr on owner/name#12: pull request #13 opened ($0.42, 12,345 tokens) — https://…/pulls/13`.
 * The reason comes last, after everything CrustyClaw says, so it cannot pass for any of it.
 */
export function plainText(n: RunNotice): string {
  return plain(summarize(n), (r) => r);
}

/** The summary for a generic JSON webhook's `text` (see `jsonReason`). */
export function jsonText(n: RunNotice): string {
  return plain(summarize(n), jsonReason);
}

function plain(s: Summary, reason: (r: string) => string): string {
  const head = s.head.map((p) => p.text).join("");
  const run = s.runUrl && s.runUrl !== s.url ? ` (run: ${s.runUrl})` : "";
  return `${head}${s.url ? ` — ${s.url}` : ""}${run}${s.reason ? ` — reason: ${reason(s.reason)}` : ""}`;
}

/** Slack mrkdwn: labels as `<url|label>` links, all text Slack-escaped. */
export function slackText(n: RunNotice): string {
  const s = summarize(n);
  // `URL` percent-encodes `<`, `>` and spaces but not `|`, which would end the link's URL.
  const link = (url: string, label: string) => `<${escapeSlack(url.replace(/\|/g, "%7C"))}|${escapeSlack(label)}>`;
  const head = s.head.map((p) => (p.url ? link(p.url, p.text) : escapeSlack(p.text))).join("");
  return `${head}${s.runUrl ? ` · ${link(s.runUrl, "run")}` : ""}${s.reason ? ` — reason: ${slackReason(s.reason)}` : ""}`;
}

/** HTML for Matrix's `formatted_body`: labels as `<a href>`, all text escaped. */
export function htmlText(n: RunNotice): string {
  const s = summarize(n);
  const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
  const head = s.head.map((p) => (p.url ? link(p.url, p.text) : escapeHtml(p.text))).join("");
  return `${head}${s.runUrl ? ` · ${link(s.runUrl, "run")}` : ""}${s.reason ? ` — reason: ${escapeHtml(s.reason)}` : ""}`;
}

/**
 * The notice as data for a JSON webhook: the known fields only, the reason neutral as in
 * the text (a receiver may show it as is).
 */
export function noticeData(n: RunNotice): Record<string, unknown> {
  const reason = typeof n.reason === "string" ? neutral(n.reason) : undefined;
  return {
    blueprint: n.blueprint,
    repository: n.repository,
    issue: n.issue,
    issueUrl: n.issueUrl,
    event: n.event,
    ...(n.pull !== undefined ? { pull: n.pull } : {}),
    ...(n.pullUrl !== undefined ? { pullUrl: n.pullUrl } : {}),
    ...(reason ? { reason } : {}),
    ...(n.cost ? { cost: { usd: n.cost.usd, tokens: n.cost.tokens } } : {}),
    ...(n.runUrl !== undefined ? { runUrl: n.runUrl } : {}),
    at: n.at,
  };
}
