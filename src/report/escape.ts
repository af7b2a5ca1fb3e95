/**
 * Text from records (blueprint names, reasons, stage names) is data someone else wrote: a
 * blueprint name can be `<script>` or `[click](https://…)`. Every such text goes through
 * one of these before it is part of a page.
 */

const HTML: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for HTML and SVG, in an element or in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * Text for a Markdown table cell, inert: one line, every character that could start markup
 * backslash-escaped (links, images, autolinks, HTML, emphasis, code, math, cell borders),
 * so it renders as the text it is. `:` `@` `.` are escaped too: GitHub turns `https://…`,
 * `www.…` and `a@b.c` into links without any markup.
 */
export function escapeMarkdown(text: string, max = 200): string {
  return oneLine(text, max).replace(/[\\`*_{}[\]()<>#+!|~:@.&$^="']/g, (c) => `\\${c}`);
}

/** Control characters and line breaks become spaces; long text is cut with an ellipsis. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
