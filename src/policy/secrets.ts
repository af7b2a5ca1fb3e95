/**
 * Secret detection for everything CrustyClaw publishes (comments, logs, commits).
 *
 * Two kinds of finding: well-known token formats (patterns), and the values the job
 * itself holds (`KnownSecrets`), looked for in the encodings an agent could use to
 * carry one past an exact match ("The agent's code is hostile", item 5).
 *
 * Text is searched in up to three views, each mapped back to the original text:
 * - as is;
 * - joined: string-literal boundaries (`"ab" + "cd"`, `'ab' 'cd'`, `["ab", "cd"]`),
 *   line breaks with their indentation, backslash line continuations and NUL bytes
 *   (UTF-16 text) removed, so a token split across literals or lines is whole again;
 * - squashed: everything but ASCII letters and digits removed, for known values only
 *   (a split at any punctuation is undone). Patterns are not run on it: `ghp_`
 *   followed by any 36 letters of prose would match once spaces are gone.
 */

/**
 * Known values shorter than this are ignored (was 6). Shorter values are mostly not
 * secrets (ids, ports, flags) and redacting every occurrence of one garbles logs; their
 * encoded forms are short enough to occur in random data. Every credential the toolkit
 * handles (forge tokens, model API keys, Basic credentials) is far longer.
 */
export const MIN_SECRET_LENGTH = 8;

/**
 * Split forms (the squashed view) are looked for only when the squashed form is at least
 * this long: a 16-character run of letters and digits from a secret does not occur in
 * other text by chance, a shorter one (`hunter22`) does once punctuation is dropped.
 */
export const MIN_SPLIT_LENGTH = 16;

/**
 * Token formats. Each starts after a character that is not a letter or digit (not `\b`:
 * `_` is a word character, so `\b` let `x_ghp_…` through) and ends where its run ends
 * (no trailing `\b`, which let `ghp_…_x` and `AKIA…X` through by backtracking).
 */
const PATTERNS: ReadonlyArray<{ name: string; re: RegExp }> = [
  { name: "GitHub token", re: /(?<![A-Za-z0-9])gh[pousr]_[A-Za-z0-9]{36,255}/g },
  { name: "GitHub fine-grained token", re: /(?<![A-Za-z0-9])github_pat_[A-Za-z0-9_]{22,255}/g },
  { name: "AWS access key", re: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}/g },
  // The header followed by key material; up to the footer, or, when a hostile text leaves
  // the footer out, to the end of the string literal (a key has no quotes; stopping there
  // keeps redacted JSON well-formed) or of the text. Linear: the lazy body stops at the first.
  {
    name: "private key",
    re: /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----[^"'`]{0,200}?[A-Za-z0-9+/]{40}[^"'`]*?(?:-----END \1PRIVATE KEY(?: BLOCK)?-----|(?=["'`])|$)/g,
  },
  { name: "Slack token", re: /(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}/g },
  { name: "OpenAI key", re: /(?<![A-Za-z0-9])sk-(?:proj-)?[A-Za-z0-9_-]{32,}/g },
  { name: "Anthropic key", re: /(?<![A-Za-z0-9])sk-ant-[A-Za-z0-9_-]{32,}/g },
  { name: "Google API key", re: /(?<![A-Za-z0-9])AIza[0-9A-Za-z_-]{35}/g },
  { name: "npm token", re: /(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36}/g },
];

/** What a known value is reported as. */
export const KNOWN_SECRET_NAME = "a secret of this job";

/** One way a known value can be written. */
interface Form {
  text: string;
  /** How it differs from the value; absent for the value itself. */
  encoding?: string;
}

/** Known values: the secrets a job holds, or anything that can be turned into them. */
export type Known = KnownSecrets | ReadonlyArray<string | null | undefined>;

/**
 * The values a job holds, with every encoded form computed once: base64 and base64url
 * at all three byte alignments (a value inside a longer encoded string), hex, `\x` and
 * `\u` escapes (either case), percent-encoding, JSON escapes, and reversed. Forms of
 * forms (base64 of the reversed value) are not: there is no end to them, and this is
 * about what a careless or lazy exfiltration looks like, not a determined encoder.
 */
export class KnownSecrets {
  /** The values, deduplicated, at least `MIN_SECRET_LENGTH` long, longest first. */
  readonly values: readonly string[];
  /** Every form of every value, for the as-is and joined views; longest first. */
  readonly forms: readonly Form[];
  /** The forms squashed to letters and digits, at least `MIN_SPLIT_LENGTH` long. */
  readonly splitForms: readonly Form[];

  constructor(values: Iterable<string | null | undefined>) {
    const kept = new Set<string>();
    for (const v of values) if (typeof v === "string" && v.length >= MIN_SECRET_LENGTH) kept.add(v);
    this.values = [...kept].sort((a, b) => b.length - a.length);
    const forms = new Map<string, Form>();
    const split = new Map<string, Form>();
    for (const value of this.values) {
      for (const form of encodedForms(value)) {
        if (form.text.length >= MIN_SECRET_LENGTH && !forms.has(form.text)) forms.set(form.text, form);
        const squashed = form.text.replace(/[^A-Za-z0-9]+/g, "");
        if (squashed.length >= MIN_SPLIT_LENGTH && !split.has(squashed)) split.set(squashed, form.encoding ? { text: squashed, encoding: form.encoding } : { text: squashed });
      }
    }
    this.forms = [...forms.values()].sort((a, b) => b.text.length - a.text.length);
    this.splitForms = [...split.values()].sort((a, b) => b.text.length - a.text.length);
  }

  get size(): number {
    return this.values.length;
  }

  private static readonly cache = new Map<string, KnownSecrets>();

  /** A `KnownSecrets` for a list of values; lists seen recently are not encoded again. */
  static from(known: Known): KnownSecrets {
    if (known instanceof KnownSecrets) return known;
    const key = JSON.stringify(known.filter((v): v is string => typeof v === "string"));
    const hit = KnownSecrets.cache.get(key);
    if (hit) return hit;
    const made = new KnownSecrets(known);
    if (KnownSecrets.cache.size >= 32) KnownSecrets.cache.delete(KnownSecrets.cache.keys().next().value!);
    KnownSecrets.cache.set(key, made);
    return made;
  }
}

function encodedForms(value: string): Form[] {
  const bytes = Buffer.from(value, "utf8");
  const hex = bytes.toString("hex");
  const pairs = hex.match(/../g) ?? [];
  const units = Array.from({ length: value.length }, (_, i) => value.charCodeAt(i).toString(16).padStart(4, "0"));
  const json = JSON.stringify(value).slice(1, -1);
  const uri = encodeURIComponent(value);
  const forms: Form[] = [
    { text: value },
    { text: [...value].reverse().join(""), encoding: "reversed" },
    { text: hex, encoding: "hex" },
    { text: hex.toUpperCase(), encoding: "hex" },
    { text: pairs.map((p) => `\\x${p}`).join(""), encoding: "hex escapes" },
    { text: pairs.map((p) => `\\x${p.toUpperCase()}`).join(""), encoding: "hex escapes" },
    { text: pairs.map((p) => `%${p}`).join(""), encoding: "percent-encoded" },
    { text: pairs.map((p) => `%${p.toUpperCase()}`).join(""), encoding: "percent-encoded" },
    { text: units.map((u) => `\\u${u}`).join(""), encoding: "\\u escapes" },
    { text: units.map((u) => `\\u${u.toUpperCase()}`).join(""), encoding: "\\u escapes" },
  ];
  if (json !== value) forms.push({ text: json, encoding: "JSON escapes" });
  if (uri !== value) forms.push({ text: uri, encoding: "percent-encoded" });
  // In a longer base64 string the value starts at byte offset 0, 1 or 2 of a 3-byte group.
  // Keep only the characters that depend on the value's bytes alone.
  for (let k = 0; k < 3; k++) {
    const b64 = Buffer.concat([Buffer.alloc(k), bytes]).toString("base64").replace(/=+$/, "");
    const text = b64.slice(Math.ceil((8 * k) / 6), Math.floor((8 * (k + bytes.length)) / 6));
    forms.push({ text, encoding: "base64" }, { text: text.replace(/\+/g, "-").replace(/\//g, "_"), encoding: "base64url" });
  }
  return forms;
}

/**
 * Text with some characters removed, and the way back: kept runs as pairs of
 * (start in the view, start in the original).
 */
class View {
  private constructor(
    readonly text: string,
    private readonly viewStarts: number[],
    private readonly origStarts: number[],
  ) {}

  static whole(text: string): View {
    return new View(text, [0], [0]);
  }

  /** The original without what `removed` (a global regex) matches. */
  static removing(text: string, removed: RegExp): View {
    const viewStarts: number[] = [];
    const origStarts: number[] = [];
    const parts: string[] = [];
    let at = 0;
    let length = 0;
    const keep = (from: number, to: number) => {
      if (to <= from) return;
      viewStarts.push(length);
      origStarts.push(from);
      parts.push(text.slice(from, to));
      length += to - from;
    };
    for (const m of text.matchAll(removed)) {
      keep(at, m.index);
      at = m.index + m[0].length;
    }
    keep(at, text.length);
    return new View(parts.join(""), viewStarts, origStarts);
  }

  /** Only the ASCII letters and digits of the original (a loop into bytes: many times faster than a regex or slices). */
  static alphanumeric(text: string): View {
    const viewStarts: number[] = [];
    const origStarts: number[] = [];
    const kept = Buffer.allocUnsafe(text.length);
    let length = 0;
    let inRun = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        if (!inRun) {
          viewStarts.push(length);
          origStarts.push(i);
          inRun = true;
        }
        kept[length++] = c;
      } else inRun = false;
    }
    return new View(kept.toString("latin1", 0, length), viewStarts.length ? viewStarts : [0], origStarts.length ? origStarts : [0]);
  }

  /** The original ranges that view range [from, to) was made of. */
  ranges(from: number, to: number): Array<[number, number]> {
    let lo = 0;
    let hi = this.viewStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.viewStarts[mid]! <= from) lo = mid;
      else hi = mid - 1;
    }
    const out: Array<[number, number]> = [];
    for (let k = lo; k < this.viewStarts.length && this.viewStarts[k]! < to; k++) {
      const vs = this.viewStarts[k]!;
      const ve = this.viewStarts[k + 1] ?? this.text.length;
      const os = this.origStarts[k]!;
      out.push([os + Math.max(from, vs) - vs, os + Math.min(to, ve) - vs]);
    }
    return out;
  }
}

/**
 * Joined view: string-literal boundaries (a closing quote, an optional concatenation
 * operator or list comma, backslash line continuations, an opening quote), line breaks with the
 * indentation around them, and NUL bytes. No alternative can start inside a run of
 * blanks and then fail at its end, so a long run costs linear time, not quadratic.
 */
const JOINS = /["'`]\s*(?:(?:\+|\.\.?|\|\||&|~|,)\s*)?(?:\\\r?\n\s*)*["'`]|(?<![ \t])[ \t]*\\?\r?\n[ \t]*|\0/g;

/** Where a secret is, in the original text. */
export interface SecretLocation {
  name: string;
  /** True for a value of the job's own (`KnownSecrets`), false for a token format. */
  known: boolean;
  /** How it was written when not as is: "base64", "hex", "reversed", "split", …. */
  encoding?: string;
  /** 1-based line of `start`. */
  line: number;
  /** The span in the original text, end exclusive. */
  start: number;
  end: number;
  /** The characters of the span that are the secret (a split form leaves out the quotes, `+` and line breaks between its parts). */
  ranges: Array<[number, number]>;
}

/** Every secret in the text, in order; one location per start, however many views found it. */
export function locateSecrets(text: string, known: Known = []): SecretLocation[] {
  const secrets = KnownSecrets.from(known);
  const seen = new Set<string>();
  const out: Array<Omit<SecretLocation, "line">> = [];
  const add = (view: View, from: number, to: number, name: string, isKnown: boolean, encoding: string | undefined, split: boolean) => {
    const ranges = view.ranges(from, to);
    const start = ranges[0]![0];
    const end = ranges[ranges.length - 1]![1];
    // First view wins: a joined-view match at the same start is the same secret, grown
    // greedily into the next line (`ghp_…` + `key=` once the line break is gone).
    const key = `${name}\0${start}`;
    if (seen.has(key)) return;
    seen.add(key);
    const how = split && ranges.length > 1 ? (encoding ? `${encoding}, split` : "split") : encoding;
    out.push({ name, known: isKnown, ...(how ? { encoding: how } : {}), start, end, ranges });
  };
  const search = (view: View, forms: readonly Form[], split: boolean) => {
    for (const form of forms) {
      for (let i = view.text.indexOf(form.text); i >= 0; i = view.text.indexOf(form.text, i + form.text.length)) {
        add(view, i, i + form.text.length, KNOWN_SECRET_NAME, true, form.encoding, split);
      }
    }
  };
  const views = [View.whole(text), View.removing(text, JOINS)];
  for (const [i, view] of views.entries()) {
    if (i > 0 && view.text.length === text.length) break; // nothing was joined
    search(view, secrets.forms, i > 0);
    for (const { name, re } of PATTERNS) {
      for (const m of view.text.matchAll(re)) if (m[0].length > 0) add(view, m.index, m.index + m[0].length, name, false, undefined, i > 0);
    }
  }
  if (secrets.splitForms.length > 0) search(View.alphanumeric(text), secrets.splitForms, true);

  out.sort((a, b) => a.start - b.start || b.end - a.end);
  let line = 1;
  let at = 0;
  return out.map((f) => {
    for (let nl = text.indexOf("\n", at); nl >= 0 && nl < f.start; nl = text.indexOf("\n", nl + 1)) {
      line++;
      at = nl + 1;
    }
    return { ...f, line };
  });
}

export interface SecretFinding {
  name: string;
  /** 1-based line in the scanned text. */
  line: number;
  /** True for a value of the job's own, false for a token format. */
  known: boolean;
  /** How it was written when not as is (see `SecretLocation`). */
  encoding?: string;
}

/** What `locateSecrets` finds, one finding per kind and line. */
export function findSecrets(text: string, known: Known = []): SecretFinding[] {
  const out: SecretFinding[] = [];
  const seen = new Set<string>();
  for (const { name, line, known: isKnown, encoding } of locateSecrets(text, known)) {
    const key = `${name}\0${line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name, line, known: isKnown, ...(encoding ? { encoding } : {}) });
  }
  return out;
}

/**
 * Replace every secret with `***`. A split form keeps the punctuation it was split
 * with (`"***" + "***"`), and a replacement never starts or ends inside a backslash
 * escape, so source text and most serialised JSON stay well-formed. For structured
 * data use `redactDeep` before serialising: a secret can still span JSON syntax.
 */
export function redact(text: string, known: Known = []): string {
  const found = locateSecrets(text, known);
  if (found.length === 0) return text;
  const ranges = found.flatMap((f) => f.ranges).map(([s, e]) => widenToEscapes(text, s, e));
  ranges.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < ranges.length; ) {
    const start = ranges[k]![0];
    let end = ranges[k]![1];
    for (k++; k < ranges.length && ranges[k]![0] <= end; k++) end = Math.max(end, ranges[k]![1]);
    parts.push(text.slice(at, start), "***");
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/**
 * A copy of `value` with every string in it (object keys included) redacted, in the
 * shape `JSON.stringify` would serialise: redact first, then serialise, and the
 * result is valid JSON whatever the secrets contain.
 */
export function redactDeep<T>(value: T, known: Known = []): T {
  const secrets = KnownSecrets.from(known);
  const open = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return redact(v, secrets);
    if (v === null || typeof v !== "object") return v;
    if (typeof (v as { toJSON?: unknown }).toJSON === "function") return walk((v as { toJSON(): unknown }).toJSON());
    if (open.has(v)) throw new TypeError("redactDeep: the value contains a cycle");
    open.add(v);
    let out: unknown;
    if (Array.isArray(v)) out = v.map(walk);
    else {
      const obj: Record<string, unknown> = {};
      // defineProperty, so a `__proto__` key stays a key.
      for (const [key, val] of Object.entries(v)) Object.defineProperty(obj, redact(key, secrets), { value: walk(val), enumerable: true, writable: true, configurable: true });
      out = obj;
    }
    open.delete(v);
    return out;
  };
  return walk(value) as T;
}

/** [start, end) grown so that neither end cuts a backslash escape (`\"`, `\\`, `\n`, `\x41`, `\u0041`) in half. */
function widenToEscapes(text: string, start: number, end: number): [number, number] {
  const a = escapeAround(text, start);
  const b = escapeAround(text, end - 1);
  return [a ? Math.min(start, a[0]) : start, b ? Math.max(end, b[1]) : end];
}

/** The escape sequence that covers index i, if any. */
function escapeAround(text: string, i: number): [number, number] | undefined {
  for (let j = i; j >= Math.max(0, i - 5); j--) {
    if (text[j] !== "\\") continue;
    let run = 0;
    while (j - run - 1 >= 0 && text[j - run - 1] === "\\") run++;
    if (run % 2 === 1) continue; // an escaped backslash: its escape starts one earlier
    const next = text[j + 1];
    const length = next === "u" ? 6 : next === "x" ? 4 : 2;
    return j + length > i ? [j, Math.min(text.length, j + length)] : undefined;
  }
  return undefined;
}
