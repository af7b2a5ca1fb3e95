/**
 * Does a comment `@mention` a login, the way the forges mean it? Both forges link a
 * mention only as the whole login, not inside code, and people quoting an earlier comment
 * (`> @crustyclaw do this`) are not asking again. Comment text is hostile: everything here
 * is one pass over it (no backtracking regular expression sees it).
 */

/** Characters that continue a login: after one of these, `@crustyclaw` is part of a longer name. */
const LOGIN_CHAR = /[A-Za-z0-9_-]/;
/** What may stand right before a mention: the start, white space or opening punctuation (not `me@crustyclaw`, `\@crustyclaw`, `/@crustyclaw`). */
const BEFORE = /[\s([{"'*_~,;:!?<>|]/;

/**
 * True when `body` mentions `login` (without its `@`): `@login`, in any case, preceded by
 * the start, white space or opening punctuation, and followed by neither a character a
 * login may continue with (`@login-bot`, `@login.dev`, `@login_x`), nor `@` (an address),
 * `/` (a team) or `[` (`@login[bot]`, another account). Fenced code blocks, inline code,
 * quoted lines and HTML comments do not count.
 */
export function mentions(body: string, login: string): boolean {
  const wanted = `@${login.toLowerCase()}`;
  const text = prose(body).toLowerCase();
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) {
    const before = at === 0 ? " " : text[at - 1]!;
    const after = text[at + wanted.length] ?? " ";
    const afterNext = text[at + wanted.length + 1] ?? " ";
    if (!BEFORE.test(before)) continue;
    if (LOGIN_CHAR.test(after) || after === "@" || after === "/" || after === "[") continue;
    // A dot ends a sentence, or continues a Forgejo login (`@crustyclaw.bot`).
    if (after === "." && LOGIN_CHAR.test(afterNext)) continue;
    return true;
  }
  return false;
}

/** The comment without HTML comments, fenced code blocks, quoted lines and inline code. */
function prose(body: string): string {
  const out: string[] = [];
  let fence: { char: string; length: number } | undefined;
  for (const line of withoutHtmlComments(body).split("\n")) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      // A fence closes with a run of its own character at least as long.
      if (marker && marker[0] === fence.char && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      out.push("");
      continue;
    }
    if (marker) {
      fence = { char: marker[0]!, length: marker.length };
      out.push("");
      continue;
    }
    out.push(/^ {0,3}>/.test(line) ? "" : withoutCodeSpans(line));
  }
  return out.join("\n");
}

function withoutHtmlComments(text: string): string {
  let out = "";
  let from = 0;
  for (let open = text.indexOf("<!--"); open !== -1; open = text.indexOf("<!--", from)) {
    out += text.slice(from, open);
    const close = text.indexOf("-->", open + 4);
    // An unclosed comment hides the rest, as on both forges.
    if (close === -1) return out;
    from = close + 3;
  }
  return out + text.slice(from);
}

/**
 * A line without its code spans: a run of backticks opens one, the next run of the same
 * length closes it. One that never closes is taken to run to the end of the line (a
 * markdown renderer would show the backticks instead): a mention after it is not counted,
 * which errs on the side of starting nothing.
 */
function withoutCodeSpans(line: string): string {
  let out = "";
  let open: number | undefined;
  let i = 0;
  while (i < line.length) {
    if (line[i] !== "`") {
      if (open === undefined) out += line[i];
      i++;
      continue;
    }
    let j = i;
    while (line[j] === "`") j++;
    if (open === undefined) open = j - i;
    else if (open === j - i) {
      open = undefined;
      out += " ";
    }
    i = j;
  }
  return out;
}
