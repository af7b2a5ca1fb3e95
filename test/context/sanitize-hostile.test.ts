// Hostile inputs for sanitize (issue "The agent's code is hostile", item 7): shapes that
// made the old regexes cubic, and properties checked on generated bodies. No timings
// here (bench/text.ts has them); a return to super-linear time shows as a test that
// never finishes.
import { describe, expect, it } from "vitest";
import { sanitize } from "../../src/context/sanitize.js";

/** The rules sanitize had before it was made linear: the oracle for what must still go. */
function legacySanitize(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u{E0000}-\u{E007F}]/gu, "")
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u206A-\u206F\uFEFF\u00AD\u180E]/g, "")
    .replace(/<!--[\s\S]*?(-->|$)/g, "")
    .replace(/<(details|summary)[^>]*>|<\/(details|summary)>|<[a-z][^>]*\bhidden\b[^>]*>[\s\S]*?<\/[a-z]+>|<img[^>]*>/gi, "")
    .replace(/\r\n?/g, "\n");
}

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

describe("sanitize on hostile shapes", () => {
  const n = 200_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(n / unit.length));

  it("keeps what never forms a tag", () => {
    for (const unit of ["<a hidden ", "<", "<a ", "<img ", "<details", '<a x="', "<a x=", "a<b hidden "]) {
      const body = fill(unit);
      expect(sanitize(body)).toBe(body);
    }
  });

  it("drops a hidden element that never closes, to the end", () => {
    expect(sanitize(`keep ${fill("<a hidden>")}`)).toBe("keep ");
    expect(sanitize(`keep <span hidden>${fill("<span>x")}`)).toBe("keep ");
    expect(sanitize(`keep <b hidden>${fill("</span")}`)).toBe("keep ");
  });

  it("drops every comment and img however many", () => {
    expect(sanitize(`a${fill("<!--")}`)).toBe("a");
    expect(sanitize(`a${fill("<!-- x -->")}b`)).toBe("ab");
    expect(sanitize(fill("<img src=x>"))).toBe("");
    const unit = "<details><summary>s</summary>";
    expect(sanitize(fill(unit))).toBe("s".repeat(Math.ceil(n / unit.length)));
  });

  it("reads quoted attribute values as an HTML parser does", () => {
    expect(sanitize('a<span title=">" hidden>secret</span>b')).toBe("ab");
    expect(sanitize('a<span hidden><b title="</span>">secret</b></span>b')).toBe("ab");
    expect(sanitize("a<div hidden><div>secret</div>more secret</div>b")).toBe("ab");
    expect(sanitize('a<img alt="x>y">b')).toBe("ab");
    // A quote that never closes: a browser drops the rest of the text with the tag.
    expect(sanitize('a<img alt="<span hidden>secret</span>')).toBe("a");
  });

  it("hides only the tag of a void element", () => {
    expect(sanitize("a<input type=checkbox hidden>b")).toBe("ab");
    expect(sanitize("a<img hidden>b")).toBe("ab");
  });

  it("leaves ordinary comparisons and code alone", () => {
    const text = "if a < b && c > d { x<y } // shown by default\nVec<String> -> Result<(), Error>";
    expect(sanitize(text)).toBe(text);
  });

  it("takes the rest of the text after a tag-like run holding the word hidden that nothing closes", () => {
    // The price of never keeping an unclosed hidden element: code can look like one.
    expect(sanitize("if x<y { el.hidden = true }\nVec<String> rest")).toBe("if x");
  });
});

describe("sanitize properties", () => {
  // Fragments for generated bodies; `@` is replaced by a word unique in the body. Tag
  // names are letters only and end tags have no spaces: where the old rules misread
  // `</h1>` or `</b >`, they removed text a reader sees, which is not kept up.
  const FRAGMENTS = [
    "@ ", "@ ", "@ ", "\n", " ", "\r\n",
    "<span hidden>", '<div class="x" hidden>', '<p hidden="">', "<em data-x=1 hidden>", "<SPAN HIDDEN>", "<details hidden>",
    "<span>", '<div title="@>x">', "<b class='a>b'>", "<i>", "<p>",
    "</span>", "</div>", "</p>", "</em>", "</b>", "</i>", "</details>", "</summary>", "</DIV>",
    "<img src=@>", '<img alt="a>@">', "<details>", "<summary>", "<details open>",
    "<!--", "-->", "<!-- @ -->",
    "<", ">", '"', "'", "=", "<a hidden ", "<a ", "</a>",
    "\u200B", "\u{E0041}",
  ] as const;

  function body(next: () => number, size: number): { text: string; words: string[] } {
    const words: string[] = [];
    let text = "";
    for (let i = 0; i < size; i++) {
      text += pick(next, FRAGMENTS).replace("@", () => {
        const w = `q${words.length}z`;
        words.push(w);
        return w;
      });
    }
    return { text, words };
  }

  it("removes everything the old rules removed (2,000 generated bodies)", () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const { text, words } = body(random(seed), 10 + (seed % 40));
      const before = legacySanitize(text);
      const after = sanitize(text);
      for (const w of words) {
        if (!before.includes(w)) expect(after.includes(w), `seed ${seed}: ${w} in ${JSON.stringify(text)} → ${JSON.stringify(after)}`).toBe(false);
      }
    }
  });

  it("never keeps the content of a hidden element, closed or not (2,000 generated bodies)", () => {
    const names = ["span", "div", "p", "em", "a", "details", "section"];
    for (let seed = 1; seed <= 2000; seed++) {
      const next = random(seed);
      const name = pick(next, names);
      const open = pick(next, [`<${name} hidden>`, `<${name.toUpperCase()} class="c" hidden>`, `<${name} title=">" hidden>`, `<${name} data-x='</${name}>' hidden=hidden>`, `<${name}\nhidden\n>`]);
      // Content: noise (no end tag of this name), SECRET words, and nested elements of the same name.
      const inner = (depth: number): string => {
        let out = "";
        const parts = 1 + Math.floor(next() * 5);
        for (let i = 0; i < parts; i++) {
          const r = next();
          if (r < 0.3) out += "SECRET ";
          else if (r < 0.45 && depth < 3) out += `<${name}>${inner(depth + 1)}</${name}>`;
          // No bare `<`: followed by a word it starts a tag of its own, which swallows what follows.
          else out += pick(next, ["x ", "<b>", "</b>", "<i title='</i>'>", "<img src=y>", ">", "\n", "<details>", "</summary>", "<br>"]);
        }
        return out;
      };
      const closed = next() < 0.6;
      const { text: before } = body(next, 5);
      const text = `${before}${open}${inner(0)}${closed ? `</${name}>` : ""}`;
      const out = sanitize(text);
      expect(out.includes("SECRET"), `seed ${seed}: ${JSON.stringify(text)} → ${JSON.stringify(out)}`).toBe(false);
    }
  });
});
