import { realpathSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { RE2JS } from "re2js";
import { git } from "../git/git.js";

/** A walk stops here: a workspace is a repository, not a disk. */
const MAX_WALK_FILES = 200_000;

/**
 * Files under `dir` (workspace-relative, "" for all), relative to the root,
 * sorted, without what .gitignore ignores and without `.git`. A git checkout
 * answers with `git ls-files` (fast on large repositories); anything else is walked.
 */
export async function workspaceFiles(root: string, dir: string): Promise<string[]> {
  const fromGit = await gitFiles(root, dir);
  const files = fromGit ?? (await walk(root, dir));
  return files.filter((f) => !f.split("/").includes(".git")).sort();
}

async function gitFiles(root: string, dir: string): Promise<string[] | undefined> {
  try {
    // Only a workspace that is the top of its checkout: a directory inside some other
    // repository (perhaps one that ignores it) is walked instead.
    const top = await git(["rev-parse", "--show-toplevel"], { cwd: root, timeoutMs: 30_000 });
    if (realpathSync.native(top.trim()) !== root) return undefined;
    // Literal pathspecs: a directory named ":(glob)x" is just a name. No fsmonitor: a
    // listing must not run a hook configured in the repository.
    const out = await git(["--literal-pathspecs", "-c", "core.fsmonitor=false", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", dir === "" ? "." : dir], {
      cwd: root,
      timeoutMs: 60_000,
    });
    // Untracked nested repositories are reported as "dir/"; their files are not ours to list.
    return [...new Set(out.split("\0").filter((f) => f !== "" && !f.endsWith("/")))];
  } catch {
    // Not a repository, git missing, or a checkout git refuses (ownership): walk instead.
    return undefined;
  }
}

interface IgnoreRule {
  /** Directory of the .gitignore, workspace-relative ("" at the root). */
  base: string;
  re: RE2JS;
  negate: boolean;
  dirOnly: boolean;
}

/** Without git: a walk that honours .gitignore files (the common syntax), never following directory links. */
async function walk(root: string, dir: string): Promise<string[]> {
  const out: string[] = [];
  const rules: IgnoreRule[] = [];
  // .gitignore files above the starting directory apply to it too.
  const parts = dir === "" ? [] : dir.split("/");
  for (let i = 0; i < parts.length; i++) rules.push(...(await ignoreRules(root, parts.slice(0, i).join("/"))));
  if (parts.length > 0 && isIgnored(dir, true, rules)) return [];

  const visit = async (rel: string, inherited: IgnoreRule[]): Promise<void> => {
    if (out.length >= MAX_WALK_FILES) return;
    const here = [...inherited, ...(await ignoreRules(root, rel))];
    let entries;
    try {
      entries = await readdir(rel === "" ? root : path.join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name === ".git") continue;
      const child = rel === "" ? e.name : `${rel}/${e.name}`;
      const isDir = e.isDirectory();
      if (isIgnored(child, isDir, here)) continue;
      if (isDir) await visit(child, here);
      else if (out.length < MAX_WALK_FILES) out.push(child);
    }
  };
  await visit(dir, rules);
  return out;
}

async function ignoreRules(root: string, base: string): Promise<IgnoreRule[]> {
  let text: string;
  try {
    text = await readFile(path.join(root, base, ".gitignore"), "utf8");
  } catch {
    return [];
  }
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, "");
    if (line === "" || line.startsWith("#")) continue;
    const negate = line.startsWith("!");
    if (negate) line = line.slice(1);
    const dirOnly = line.endsWith("/");
    if (dirOnly) line = line.slice(0, -1);
    // A slash at the start or in the middle anchors the pattern to the .gitignore's directory.
    const anchored = line.includes("/");
    if (line.startsWith("/")) line = line.slice(1);
    if (line === "") continue;
    const body = globSource(line);
    try {
      rules.push({ base, re: compileGlob(anchored ? `^${body}$` : `^(?:.*/)?${body}$`), negate, dirOnly });
    } catch {
      // A pattern git would read differently (say, a bad range): skip it rather than fail the listing.
    }
  }
  return rules;
}

function isIgnored(rel: string, isDir: boolean, rules: IgnoreRule[]): boolean {
  let ignored = false;
  for (const r of rules) {
    if (r.dirOnly && !isDir) continue;
    if (r.base !== "" && !rel.startsWith(`${r.base}/`)) continue;
    const below = r.base === "" ? rel : rel.slice(r.base.length + 1);
    if (r.re.test(below)) ignored = !r.negate;
  }
  return ignored;
}

export class GlobError extends Error {
  override name = "GlobError";
}

/**
 * A glob as ripgrep's -g and .gitignore read it: without a slash it matches a file
 * name at any depth; with one, the whole relative path.
 */
export function globMatcher(glob: string): (rel: string) => boolean {
  const g = glob.replace(/^\.\//, "");
  let re: RE2JS;
  try {
    re = compileGlob(g.includes("/") ? `^${globSource(g.replace(/^\//, ""))}$` : `^(?:.*/)?${globSource(g)}$`);
  } catch {
    throw new GlobError(`the glob ${glob} is not valid (check its [...] ranges); use * ? ** {a,b} and [...] classes such as *.ts or src/**/*.{ts,tsx}`);
  }
  return (rel) => re.test(rel);
}

/**
 * A glob's regular expression, compiled for RE2: linear in the name whatever the glob.
 * As a backtracking RegExp, *a*a*a*a*a*a*b took time polynomial in a long name, to the
 * power of its stars (issue "The agent's code is hostile", item 7). Dot matches
 * newlines: a file name can hold one.
 */
function compileGlob(source: string): RE2JS {
  return RE2JS.compile(source, RE2JS.DOTALL);
}

/** Regular-expression source for a glob: `**` crosses directories, `*` and `?` do not, `{a,b}` alternates, `[...]` is a class. */
function globSource(glob: string): string {
  let out = "";
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      const slashAfter = glob[i + 2] === "/";
      out += slashAfter ? "(?:.*/)?" : ".*";
      i += slashAfter ? 2 : 1;
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close < 0) out += "\\[";
      else {
        const inner = glob.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        out += `[${inner}]`;
        i = close;
      }
    } else if (c === "{") {
      braces++;
      out += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (c === "," && braces > 0) out += "|";
    else if (c === "\\" && i + 1 < glob.length) out += escapeRe(glob[++i]!);
    else out += escapeRe(c);
  }
  // Unbalanced braces: treat the glob's "{" literally rather than fail.
  if (braces > 0) return globSource(glob.replace(/\{/g, "\\{"));
  return out;
}

function escapeRe(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
