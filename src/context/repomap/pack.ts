// The ranked files as text, within a token budget.
import { plural } from "../../util/text.js";
import { signatureOf } from "./outline.js";
import type { MappedFile } from "./rank.js";

// --- Packing ---------------------------------------------------------------------

/**
 * Whole files in rank order while they fit; the first that does not is shown as far
 * as it fits, and the files after it by path only; then how many were left out.
 */
export function pack(ranked: MappedFile[], budgetTokens: number, linesOf: (file: string) => string[]): { text: string; included: number; omitted: number } {
  const limit = Math.max(0, Math.floor(budgetTokens)) * 4;
  const shown = ranked.filter((f) => f.symbols.length > 0);
  const footer = (n: number) => `[… ${plural(n, "more file")} with symbols not shown]`;
  const reserve = footer(shown.length).length;
  const out: string[] = [];
  // Characters so far, counting a newline after every line.
  let used = 0;
  const fits = (chars: number) => used + chars + reserve <= limit;
  const add = (lines: string[]) => {
    for (const l of lines) {
      out.push(l);
      used += l.length + 1;
    }
  };
  const size = (lines: string[]) => lines.reduce((n, l) => n + l.length + 1, 0);
  let included = 0;
  let whole = true;
  for (const f of shown) {
    // Symbols sharing a line (class K { m() {} }) show once. Signatures are read only for
    // files that may be shown with them: the others need only their count.
    const numbers = [...new Set(f.symbols.map((s) => s.line))];
    if (whole) {
      const lines = signatures(f.path, numbers);
      const block = [`${f.path}:`, ...lines];
      if (fits(size(block))) {
        add(block);
        included++;
        continue;
      }
      whole = false;
      const part = [`${f.path}:`];
      let partSize = size(part);
      const more = (rest: number) => `  … ${plural(rest, "more symbol")}`;
      let n = 0;
      while (n < lines.length && fits(partSize + lines[n]!.length + 1 + more(lines.length - n - 1).length + 1)) {
        partSize += lines[n]!.length + 1;
        part.push(lines[n++]!);
      }
      if (n > 0) {
        add([...part, more(lines.length - n)]);
        included++;
        continue;
      }
    }
    const line = `${f.path}: (${plural(numbers.length, "symbol")} not shown)`;
    if (!fits(line.length + 1)) break;
    add([line]);
    included++;
  }
  function signatures(file: string, numbers: number[]): string[] {
    const source = linesOf(file);
    return numbers.map((n) => `  ${n}: ${signatureOf(source[n - 1])}`);
  }
  const omitted = shown.length - included;
  if (omitted > 0 && used + footer(omitted).length <= limit) out.push(footer(omitted));
  return { text: out.join("\n"), included, omitted };
}
