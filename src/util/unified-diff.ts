/**
 * Which lines of which files a unified diff (git's, as both forges serve a pull request's)
 * shows: where a review comment may point. GitHub refuses a review whose inline comment is
 * on a line outside every hunk ("Pull request review thread line must be part of the
 * diff"); Forgejo takes it but shows it nowhere near a change. Context lines count: both
 * forges let a reviewer comment on any line a hunk shows.
 */

/** A file of the diff: the lines each side shows, by line number in that side's version. */
export interface DiffFile {
  /** Path in the pull request's version (the base's for a deleted file). */
  path: string;
  /** Lines of the new version the hunks show (added and context). */
  right: Set<number>;
  /** Lines of the old version the hunks show (removed and context). */
  left: Set<number>;
}

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Files by path (the new one; a deletion's old one). Lines that are not git's diff syntax are skipped. */
export function parseUnifiedDiff(text: string): Map<string, DiffFile> {
  const files = new Map<string, DiffFile>();
  let oldPath: string | undefined;
  let file: DiffFile | undefined;
  let oldLine = 0;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of text.split("\n")) {
    if (oldLeft > 0 || newLeft > 0) {
      // Inside a hunk: its counts say where it ends, so a removed line "--- x" is not a header.
      if (!file) break;
      // "\ No newline at end of file" belongs to the line before it: neither side counts it.
      const added = line.startsWith("+");
      const removed = line.startsWith("-");
      const context = line.startsWith(" ") || line === "";
      if (added || context) {
        file.right.add(newLine++);
        newLeft--;
      }
      if (removed || context) {
        file.left.add(oldLine++);
        oldLeft--;
      }
      continue;
    }
    const hunk = HUNK.exec(line);
    if (hunk && file) {
      oldLine = Number(hunk[1]);
      oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
      newLine = Number(hunk[3]);
      newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
    } else if (line.startsWith("diff --git ")) {
      file = undefined;
      oldPath = undefined;
    } else if (line.startsWith("--- ")) {
      oldPath = headerPath(line.slice(4), "a/");
    } else if (line.startsWith("+++ ")) {
      const path = headerPath(line.slice(4), "b/") ?? oldPath;
      if (path === undefined) continue;
      file = files.get(path) ?? { path, right: new Set(), left: new Set() };
      files.set(path, file);
    }
  }
  return files;
}

/** The path in a `---`/`+++` header: undefined for /dev/null; git's trailing tab and C quoting undone. */
function headerPath(raw: string, prefix: string): string | undefined {
  const name = raw.endsWith("\t") ? raw.slice(0, -1) : raw;
  if (name === "/dev/null") return undefined;
  const path = name.startsWith('"') ? unquote(name) : name;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };

/** git's C-style quoted name (quote_c_style): escapes and octal bytes, decoded as UTF-8. */
function unquote(quoted: string): string {
  const bytes: number[] = [];
  const body = quoted.slice(1, quoted.endsWith('"') ? -1 : undefined);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const next = body[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8) & 0xff);
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
