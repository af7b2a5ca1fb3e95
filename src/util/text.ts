/** "1 file", "3 files": a count and its noun, plural when it is not one. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
