/**
 * Wildcards of `.crustyclaw/policy.yml`: `*` stands for any run of characters. For names
 * (logins, events, commands, blueprints, tools, MCP tools) it may include `/`; for paths
 * it stays within one path segment and `**` crosses segments (`src/**`, `**\/*.pem`).
 *
 * Matching is a table over (pattern position, text position), so it takes at most
 * pattern length × text length steps whatever the input: an agent's path or a login
 * cannot make it backtrack.
 */

type Token = { kind: "char"; c: string } | { kind: "star"; slash: boolean };

export interface WildcardOptions {
  /** Path mode: `*` stops at `/`, `**` does not. */
  path?: boolean;
  /** Compare letters without case (logins are case-insensitive on both forges). */
  caseless?: boolean;
}

export function wildcard(pattern: string, opts: WildcardOptions = {}): (text: string) => boolean {
  const fold = (s: string) => (opts.caseless ? s.toLowerCase() : s);
  const tokens: Token[] = [];
  const p = fold(pattern);
  for (let i = 0; i < p.length; i++) {
    if (p[i] !== "*") {
      tokens.push({ kind: "char", c: p[i]! });
      continue;
    }
    const double = p[i + 1] === "*";
    if (double) i++;
    const slash = !opts.path || double;
    // Adjacent stars mean what the widest of them means.
    const last = tokens[tokens.length - 1];
    if (last?.kind === "star") last.slash ||= slash;
    else tokens.push({ kind: "star", slash });
  }
  if (!tokens.some((t) => t.kind === "star")) return (text) => fold(text) === p;
  return (input) => {
    const text = fold(input);
    // can[j]: the tokens read so far can match text[0, j).
    let can = new Array<boolean>(text.length + 1).fill(false);
    can[0] = true;
    for (const t of tokens) {
      const next = new Array<boolean>(text.length + 1).fill(false);
      if (t.kind === "char") {
        for (let j = 0; j < text.length; j++) if (can[j] && text[j] === t.c) next[j + 1] = true;
      } else {
        for (let j = 0; j <= text.length; j++) {
          if (can[j]) next[j] = true;
          else if (j > 0 && next[j - 1] && (t.slash || text[j - 1] !== "/")) next[j] = true;
        }
      }
      can = next;
      if (!can.includes(true)) return false;
    }
    return can[text.length]!;
  };
}
