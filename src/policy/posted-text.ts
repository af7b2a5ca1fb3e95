/**
 * Text from outside (agent and node output, error messages, values read back from
 * artifacts or comments) made inert before CrustyClaw posts it in a comment or a pull
 * request. Markdown escaping alone is not enough: both forges find mentions, issue
 * references and bare links in the rendered text, after backslash escapes are gone, so
 * an `@team` in an agent's output would notify the team from CrustyClaw's account.
 * A zero-width space after the `@`, `#` or `://` breaks each of them without changing
 * what a reader sees. Everything CrustyClaw posts that it did not write goes through
 * `inert` or `inertCode`.
 */
import { redact } from "./secrets.js";

/** Zero-width space: invisible, and not a character a mention, reference or link may contain. */
const BREAK = "\u200B";

/**
 * Characters a reader cannot see that could hide or reorder what they do see: zero-width
 * characters (ours included, so that only ours remain), bidi controls, Unicode tag characters.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u206A-\u206F\uFEFF\u00AD\u180E\u{E0000}-\u{E007F}]/gu;

/**
 * ASCII punctuation Markdown (CommonMark, GFM, GitHub's math, HTML entities) gives a
 * meaning to within a line; CommonMark lets any of it be backslash-escaped. `-`, `=`
 * and `.` only mean something at the start of a line (lists, rules, headings), where
 * callers never put inert text: they are left alone, and error messages stay readable.
 */
const MARKDOWN = /[\\`*_{}[\]()#+!|<>~&$]/g;

/**
 * One line of inert, plain text, for after text of the caller's own on a line: invisible characters dropped, secrets redacted,
 * line breaks folded to spaces, mentions (`@user`, `@org/team`), issue references (`#1`,
 * `GH-1`, Forgejo's `!1`, `owner/repo#1`), bare links (`https://…`, `www.…`) and e-mail
 * autolinks broken, and Markdown and HTML escaped (no `<!--`, no link or image, no
 * table cell break, no entity).
 */
export function inert(text: string): string {
  return redact(text.normalize("NFC").replace(INVISIBLE, ""))
    .replace(/\s+/g, " ")
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${BREAK}`)
    .replace(/([#!])(?=\p{N})/gu, `$1${BREAK}`)
    .replace(/\b(GH)-(?=\p{N})/giu, `$1${BREAK}-`)
    .replace(/:(?=\/\/)/g, `:${BREAK}`)
    .replace(/\b(www)\./gi, `$1${BREAK}.`)
    .replace(MARKDOWN, (c) => `\\${c}`);
}

/** Values safe inside a code span anywhere, table cells included. */
const CODE_SAFE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/;

/**
 * An identifier (node id, branch) as inline code when it is made only of characters
 * that mean nothing in a code span, otherwise as `inert` text: a code span cannot
 * escape a backtick or, in a table, a pipe.
 */
export function inertCode(text: string): string {
  return CODE_SAFE.test(text) ? `\`${text}\`` : inert(text);
}

/**
 * A label inside a Mermaid diagram (a fenced code block, so Markdown escapes would show):
 * one line, invisible characters dropped, secrets redacted, and every character but
 * letters, digits, spaces and `.,:_/'-` written as Mermaid's entity code (`#64;` for `@`).
 * Within `id["…"]` it then holds no quote, bracket, backtick, `<`, `>` or line break, and
 * `;` only ending an entity code: it cannot end the label, the diagram or its code block,
 * nor mention anyone.
 */
export function inertMermaid(text: string): string {
  return redact(text.normalize("NFC").replace(INVISIBLE, ""))
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[^\p{L}\p{N} .,:_/'-]/gu, (c) => `#${c.codePointAt(0)};`);
}

/**
 * Text of several lines (a review an agent wrote) made inert line by line, keeping its
 * paragraphs: each line as `inert` makes it, blank lines kept, at most `max` characters.
 * Lines start with the text's own characters, so `-`, `1.` and `---` there still make
 * lists and rules: formatting, which can neither link, mention, hide nor run anything.
 */
export function inertLines(text: string, max = 20_000): string {
  const cut = text.length > max ? `${text.slice(0, max)} [… cut at ${max} characters]` : text;
  return cut
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => (line.trim() === "" ? "" : inert(line)))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
