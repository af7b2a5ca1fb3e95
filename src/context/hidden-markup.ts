/**
 * Markup GitHub and Forgejo render as nothing visible, found in linear time: an
 * issue body is hostile input, and the regex this replaced took 28 s on a 25 KB body
 * of `<a hidden ` (issue "The agent's code is hostile", item 7).
 *
 * What goes:
 * - `<details>` and `<summary>` tags (their content stays) and `<img>` tags;
 * - any element whose start tag has the word `hidden` in it, with its content up to
 *   its matching end tag (nested elements of the same name counted), or to the end
 *   of the text when it has none. On a void element (`<input hidden>`) only the tag.
 *
 * A start tag ends at its first `>` outside a quoted attribute value, as an HTML
 * parser reads it: `<span title=">" hidden>` is hidden. One that never ends (a quote
 * that never closes) swallows the rest of the text in a browser: when it is one of the
 * above, it goes to the end too.
 * Like the regex it replaces, every `<` followed by a letter is tried, even one
 * inside another tag: in Markdown a tag that HTML would read as an attribute value
 * can be a tag of its own.
 */
export function stripHiddenMarkup(text: string): string {
  const tags = startTags(text);
  if (tags.count === 0) return text;
  const hidden = new HiddenWords(text);
  const out: string[] = [];
  let kept = 0;
  for (let t = 0; t < tags.count; t++) {
    const at = tags.starts[t]!;
    if (at < kept) continue;
    const end = tags.ends[t]!;
    // The old rules' end, for a tag that never ends: its first `>`. Text such as
    // `a<b` with no `>` after it is not a tag at all.
    const close = end >= 0 ? end : tags.firstGt[t]!;
    if (close < 0) continue;
    const swallows = end < 0;
    let removeTo: number | undefined;
    if (hidden.within(at + 2, close)) {
      const name = tagName(text, at + 1, close);
      removeTo = swallows ? text.length : VOID_ELEMENTS.has(name) ? close + 1 : elementEnd(text, tags, t, name, close + 1);
    } else if (isDisclosureOrImage(text, at)) {
      removeTo = swallows ? text.length : close + 1;
    }
    if (removeTo === undefined) continue;
    out.push(text.slice(kept, at));
    kept = removeTo;
  }
  out.push(text.slice(kept));
  return out.join("");
}

/** Elements without content: `hidden` on one of these hides only the tag itself. */
const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/** `<img`, `<details`, `<summary`: prefixes, as before (`<imgfoo>` goes too, which costs nothing a reader sees). */
function isDisclosureOrImage(text: string, at: number): boolean {
  return prefixHere(text, at + 1, "img") || prefixHere(text, at + 1, "details") || prefixHere(text, at + 1, "summary");
}

/** Does `prefix` (lower case) start at `at`, in any case? */
function prefixHere(text: string, at: number, prefix: string): boolean {
  for (let i = 0; i < prefix.length; i++) {
    if (lowerAscii(text.charCodeAt(at + i)) !== prefix.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The end (exclusive) of the element named `name`, start tag `t`, whose content
 * starts at `from`: after its matching end tag, or the end of the text. Start tags
 * inside are stepped over whole, so an end tag in an attribute value (`title="</b>"`)
 * does not end the element. Reads each character once.
 */
function elementEnd(text: string, tags: StartTags, t: number, name: string, from: number): number {
  let depth = 1;
  let u = t + 1;
  let at = text.indexOf("<", from);
  while (at >= 0) {
    if (text.charCodeAt(at + 1) === SLASH) {
      if (namedHere(text, at + 2, name) && --depth === 0) {
        const gt = text.indexOf(">", at + 2 + name.length);
        return gt < 0 ? text.length : gt + 1;
      }
      at = text.indexOf("<", at + 1);
      continue;
    }
    while (u < tags.count && tags.starts[u]! < at) u++;
    if (u < tags.count && tags.starts[u] === at) {
      if (namedHere(text, at + 1, name)) depth++;
      const end = tags.ends[u]!;
      if (end < 0) return text.length;
      at = text.indexOf("<", end + 1);
      continue;
    }
    at = text.indexOf("<", at + 1);
  }
  return text.length;
}

/** Does the tag name `name` (lower case) start at `at` and end there? Stops at the first mismatch. */
function namedHere(text: string, at: number, name: string): boolean {
  if (!prefixHere(text, at, name)) return false;
  const after = text.charCodeAt(at + name.length);
  return Number.isNaN(after) || after === SLASH || after === GT || isSpace(after);
}

/** A start tag's name, lower-cased: from its first letter to a space, `/`, `>` or `<`. */
function tagName(text: string, from: number, close: number): string {
  let i = from;
  while (i < close) {
    const c = text.charCodeAt(i);
    if (c === SLASH || c === GT || c === LT || isSpace(c)) break;
    i++;
  }
  return text.slice(from, i).toLowerCase();
}

const NO_END = -1;

interface StartTags {
  count: number;
  /** Indexes of each `<` followed by an ASCII letter, ascending. */
  starts: Int32Array;
  /** For each, the index of the `>` that ends the tag, or -1 when nothing does. */
  ends: Int32Array;
  /** For each, the index of the first `>` after it, or -1. */
  firstGt: Int32Array;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

const enum Kind {
  Other = 0,
  Gt,
  Space,
  DoubleQuote,
  SingleQuote,
  Equals,
  Lt,
}
/** What each ASCII character is to the tag parser. */
const KIND = new Uint8Array(0x80);
KIND[GT] = Kind.Gt;
for (const c of [0x20, 0x09, 0x0a, 0x0c, 0x0d]) KIND[c] = Kind.Space;
KIND[DQUOTE] = Kind.DoubleQuote;
KIND[SQUOTE] = Kind.SingleQuote;
KIND[EQUALS] = Kind.Equals;
KIND[LT] = Kind.Lt;

/**
 * Where each start tag ends. Tags can overlap (a `<` inside an attribute value starts
 * one too), so rather than parse forward from each `<`, one pass from the end of the
 * text keeps, for the current position, where a tag parser would stop in each of its
 * three states: linear in the text whatever it holds.
 */
function startTags(text: string): StartTags {
  let count = 0;
  for (let at = text.indexOf("<"); at >= 0; at = text.indexOf("<", at + 1)) if (isAsciiLetter(text.charCodeAt(at + 1))) count++;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const firstGt = new Int32Array(count);
  // Where a parser at i + 1 stops: between attributes (tag), right after `=`
  // (beforeValue), in an unquoted value (unquoted).
  let tag = NO_END;
  let beforeValue = NO_END;
  let unquoted = NO_END;
  // Where a parser stops after the nearest `"` and `'` to the right: where a value
  // quoted here closes and the tag goes on. -1 when there is none: the value never closes.
  let afterDouble = NO_END;
  let afterSingle = NO_END;
  let nextGt = NO_END;
  for (let i = text.length - 1, k = count; k > 0; i--) {
    const c = text.charCodeAt(i);
    switch (c < 0x80 ? KIND[c] : Kind.Other) {
      case Kind.Gt:
        tag = beforeValue = unquoted = nextGt = i;
        break;
      case Kind.Space:
        unquoted = tag;
        break;
      case Kind.DoubleQuote:
        beforeValue = afterDouble;
        afterDouble = tag;
        break;
      case Kind.SingleQuote:
        beforeValue = afterSingle;
        afterSingle = tag;
        break;
      case Kind.Equals:
        tag = beforeValue;
        beforeValue = unquoted;
        break;
      case Kind.Lt:
        beforeValue = unquoted;
        if (isAsciiLetter(text.charCodeAt(i + 1))) {
          starts[--k] = i;
          ends[k] = tag;
          firstGt[k] = nextGt;
        }
        break;
      default:
        beforeValue = unquoted;
    }
  }
  return { count, starts, ends, firstGt };
}

/** Where the word `hidden` occurs (as `\bhidden\b`, ASCII case-insensitive). */
class HiddenWords {
  private readonly word = /\bhidden\b/gi;
  /** The first at or after the last position asked about, or -1. */
  private next = 0;

  constructor(private readonly text: string) {}

  /** Does one start in [from, to)? Calls come with `from` ascending: one found serves every call before it. */
  within(from: number, to: number): boolean {
    if (this.next !== NO_END && this.next < from) {
      this.word.lastIndex = from;
      this.next = this.word.exec(this.text)?.index ?? NO_END;
    }
    return this.next !== NO_END && this.next < to;
  }
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function lowerAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/** HTML's ASCII whitespace. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}
