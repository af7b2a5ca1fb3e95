import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildRepoMap, grammarDir, GRAMMAR_FILES, RUNTIME_JS, RUNTIME_WASM } from "../../src/context/repomap/index.js";

/** One file per language, each line numbered below as the map must report it. */
const SOURCES: Record<string, string> = {
  "src/server/http.ts": [
    'import { helper } from "../../lib/util.js";', // 1
    "", // 2
    "export interface ServerOptions {", // 3
    "  port: number;", // 4
    "}", // 5
    "", // 6
    "export type Handler = (req: string) => string;", // 7
    "", // 8
    "export enum Method {", // 9
    "  Get,", // 10
    "}", // 11
    "", // 12
    "export const DEFAULT_PORT = 8080;", // 13
    "", // 14
    "export class Server {", // 15
    "  constructor(private readonly options: ServerOptions) {}", // 16
    "", // 17
    "  start(): void {", // 18
    "    const local = () => helper(this.options.port);", // 19
    "    local();", // 20
    "  }", // 21
    "}", // 22
    "", // 23
    "export function startServer(port: number): Server {", // 24
    "  return new Server({ port });", // 25
    "}", // 26
    "const quiet = (s: string) => s.trim();", // 27
    "",
  ].join("\n"),
  "src/ui/view.tsx": [
    'import { startServer } from "../server/http";', // 1
    "export function View(props: { title: string }) {", // 2
    "  return <h1>{props.title}</h1>;", // 3
    "}", // 4
    "export const Page = () => <View title={String(startServer(1))} />;", // 5
    "",
  ].join("\n"),
  "lib/util.js": [
    "export function helper(n) {", // 1
    "  return n + 1;", // 2
    "}", // 3
    "class Counter {", // 4
    "  increment() {}", // 5
    "}", // 6
    "export const LIMIT = 3;", // 7
    "",
  ].join("\n"),
  "tools/report.py": [
    "import csv", // 1
    "", // 2
    "class ReportWriter:", // 3
    "    def __init__(self, path):", // 4
    "        self.path = path", // 5
    "", // 6
    "    @property", // 7
    "    def rows(self):", // 8
    "        return []", // 9
    "", // 10
    "def generate_report(rows):", // 11
    "    return ReportWriter('x')", // 12
    "",
  ].join("\n"),
  "cmd/main.go": [
    "package main", // 1
    "", // 2
    "type Config struct {", // 3
    "\tName string", // 4
    "}", // 5
    "", // 6
    "type Store interface {", // 7
    "\tGet(key string) string", // 8
    "}", // 9
    "", // 10
    "func (c *Config) Validate() error {", // 11
    "\treturn nil", // 12
    "}", // 13
    "", // 14
    "func main() {}", // 15
    "",
  ].join("\n"),
  "crates/core/src/lib.rs": [
    "pub struct Engine {", // 1
    "    speed: u32,", // 2
    "}", // 3
    "pub trait Run {", // 4
    "    fn run(&self);", // 5
    "}", // 6
    "impl Run for Engine {", // 7
    "    fn run(&self) {}", // 8
    "}", // 9
    "pub enum Mode { Fast, Slow }", // 10
    "pub fn build_engine() -> Engine { Engine { speed: 1 } }", // 11
    "",
  ].join("\n"),
  "java/App.java": [
    "package app;", // 1
    "", // 2
    "public class App {", // 3
    "    public App() {}", // 4
    "", // 5
    "    @Override", // 6
    "    public String toString() { return \"app\"; }", // 7
    "", // 8
    "    interface Listener { void on(); }", // 9
    "}", // 10
    "",
  ].join("\n"),
};

const EXPECTED: Record<string, string[]> = {
  "src/server/http.ts": [
    "3: export interface ServerOptions {",
    "7: export type Handler = (req: string) => string;",
    "9: export enum Method {",
    "13: export const DEFAULT_PORT = 8080;",
    "15: export class Server {",
    "16: constructor(private readonly options: ServerOptions) {}",
    "18: start(): void {",
    "24: export function startServer(port: number): Server {",
    "27: const quiet = (s: string) => s.trim();",
  ],
  "src/ui/view.tsx": ["2: export function View(props: { title: string }) {", "5: export const Page = () => <View title={String(startServer(1))} />;"],
  "lib/util.js": ["1: export function helper(n) {", "4: class Counter {", "5: increment() {}", "7: export const LIMIT = 3;"],
  "tools/report.py": ["3: class ReportWriter:", "4: def __init__(self, path):", "8: def rows(self):", "11: def generate_report(rows):"],
  "cmd/main.go": ["3: type Config struct {", "7: type Store interface {", "11: func (c *Config) Validate() error {", "15: func main() {}"],
  "crates/core/src/lib.rs": [
    "1: pub struct Engine {",
    "4: pub trait Run {",
    "5: fn run(&self);",
    "7: impl Run for Engine {",
    "8: fn run(&self) {}",
    "10: pub enum Mode { Fast, Slow }",
    "11: pub fn build_engine() -> Engine { Engine { speed: 1 } }",
  ],
  "java/App.java": ["3: public class App {", "4: public App() {}", "7: public String toString() { return \"app\"; }", "9: interface Listener { void on(); }"],
};

const BIG = 100_000;

function repo(files: Record<string, string>): string {
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), "crustyclaw-repomap-")));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  execFileSync("git", ["init", "-q", "-b", "main"], { cwd: root });
  execFileSync("git", ["add", "-A"], { cwd: root });
  return root;
}

/** The map's blocks: path → its `line: signature` entries. */
function blocks(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("  ")) current?.push(line.slice(2));
    else if (line.endsWith(":")) out.set(line.slice(0, -1), (current = []));
    else current = undefined;
  }
  return out;
}

function cachePath(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), "crustyclaw-repomap-cache-")), "sub", "repomap.json");
}

describe("repo map", () => {
  it("lists definitions in all six languages with their lines", async () => {
    const root = repo({ ...SOURCES, "README.md": "# not source\n" });
    const map = await buildRepoMap({ workspace: root, task: "", budgetTokens: BIG });
    expect(Object.fromEntries(blocks(map.text))).toEqual(EXPECTED);
    expect(map).toMatchObject({ files: 7, parsed: 7, cached: 0, skipped: 0, included: 7, omitted: 0 });
  });

  it("reports names and lines right deep in a long file with non-ASCII text", async () => {
    const filler = Array.from({ length: 298 }, (_, i) => `// ligne ${i} — café 😀 ${"x".repeat(40)}`).join("\n");
    const root = repo({ "src/long.ts": `export const début = "é";\n${filler}\nexport function dernière(): string { return "😀"; }\n` });
    const map = await buildRepoMap({ workspace: root, task: "", budgetTokens: BIG });
    expect(map.text).toBe('src/long.ts:\n  1: export const début = "é";\n  300: export function dernière(): string { return "😀"; }');
  });

  it("puts the file matching the task first", async () => {
    const root = repo(SOURCES);
    const report = await buildRepoMap({ workspace: root, task: "The report generator crashes when rows are empty", budgetTokens: BIG });
    expect(report.text.split("\n")[0]).toBe("tools/report.py:");
    const engine = await buildRepoMap({ workspace: root, task: "Make build_engine faster in Fast mode", budgetTokens: BIG });
    expect(engine.text.split("\n")[0]).toBe("crates/core/src/lib.rs:");
  });

  it("ranks files used by many others above those used by none, ties by path", async () => {
    const root = repo({
      "a.ts": "export function lonely() {}\n",
      "b.ts": "export function shared() {}\n",
      "c.ts": "import { shared } from './b';\nshared();\n",
      "d.ts": "import { shared } from './b';\nexport function other() { shared(); }\n",
    });
    const map = await buildRepoMap({ workspace: root, task: "", budgetTokens: BIG });
    expect([...blocks(map.text).keys()]).toEqual(["b.ts", "a.ts", "d.ts"]);
  });

  it("puts a file the task names by path first, then the best match", async () => {
    const root = repo(SOURCES);
    const map = await buildRepoMap({ workspace: root, task: "startServer ignores the port; compare `lib/util.js` and ServerOptions", budgetTokens: BIG });
    expect([...blocks(map.text).keys()].slice(0, 2)).toEqual(["lib/util.js", "src/server/http.ts"]);
    for (const task of ["Fix ./lib/util.js.", "See https://github.com/o/r/blob/main/lib/util.js#L3 for where it goes wrong"]) {
      expect((await buildRepoMap({ workspace: root, task, budgetTokens: BIG })).text.split("\n")[0]).toBe("lib/util.js:");
    }
    // A unique file name counts as well.
    const byName = await buildRepoMap({ workspace: root, task: "startServer ignores the port; compare util.js and ServerOptions", budgetTokens: BIG });
    expect([...blocks(byName.text).keys()].slice(0, 2)).toEqual(["lib/util.js", "src/server/http.ts"]);
    // Neither counts as the end of some other path or name.
    for (const task of ["startServer ignores the port; compare vendor/util.js and ServerOptions", "startServer ignores the port; compare xlib/util.js and ServerOptions", "startServer ignores the port; see lib/util.jsx"]) {
      const other = await buildRepoMap({ workspace: root, task, budgetTokens: BIG });
      expect(other.text.split("\n")[0]).toBe("src/server/http.ts:");
    }
  });

  it("keeps to the token budget and says how many files it left out", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`src/mod${String(i).padStart(2, "0")}.ts`] = Array.from({ length: 10 }, (_, j) => `export function f${i}_${j}(value: number): number { return value; }\n`).join("");
    const root = repo(files);
    for (const budget of [5, 60, 200, 500]) {
      const map = await buildRepoMap({ workspace: root, task: "", budgetTokens: budget });
      expect(Math.ceil(map.text.length / 4)).toBeLessThanOrEqual(budget);
      expect(map.included + map.omitted).toBe(30);
      if (map.omitted > 0 && map.text !== "") expect(map.text.split("\n").at(-1)).toBe(`[… ${map.omitted} more files with symbols not shown]`);
    }
    // Whole files first; the first that does not fit is shown in part; then paths alone.
    const map = await buildRepoMap({ workspace: root, task: "", budgetTokens: 250 });
    const fn = (i: number, j: number) => `  ${j + 1}: export function f${i}_${j}(value: number): number { return value; }`;
    expect(map.text.split("\n")).toEqual([
      "src/mod00.ts:",
      ...Array.from({ length: 10 }, (_, j) => fn(0, j)),
      "src/mod01.ts:",
      fn(1, 0),
      fn(1, 1),
      fn(1, 2),
      "  … 7 more symbols",
      "src/mod02.ts: (10 symbols not shown)",
      "[… 27 more files with symbols not shown]",
    ]);
    expect(map).toMatchObject({ included: 3, omitted: 27 });
    expect(map.text.length).toBeGreaterThan(1_000 - 37); // another path line would not have fitted
    expect((await buildRepoMap({ workspace: root, task: "" })).text.length).toBeLessThanOrEqual(2_000 * 4);
  });

  it("skips ignored, oversized, binary, minified and linked files", async () => {
    const root = repo({
      ".gitignore": "build/\n",
      "src/keep.ts": "export function kept() {}\n",
      // Minified (more than 110 characters a line on average, as Linguist tells): skipped. A long line among short ones is not.
      "vendor/lib.min.js": `${Array.from({ length: 200 }, (_, i) => `function f${i}(a,b){return a+b*${i}}`).join(";")}\n`,
      "src/long.js": `export function withLongLine() { return "${"x".repeat(300)}"; }\n${"// short\n".repeat(10)}`,
      "build/out.ts": "export function ignored() {}\n",
      "src/huge.ts": `export function huge() {}\n${"// padding\n".repeat(30_000)}`,
      "src/video.ts": "G\0\0\x10binary transport stream",
      "notes.txt": "function notSource() {}\n",
    });
    symlinkSync(path.join(root, "src/keep.ts"), path.join(root, "src/link.ts"));
    const map = await buildRepoMap({ workspace: root, task: "", budgetTokens: BIG });
    expect([...blocks(map.text).keys()]).toEqual(["src/keep.ts", "src/long.js"]);
    expect(map).toMatchObject({ files: 6, parsed: 2, skipped: 4 });
  });

  it("maps what it can of a file that does not parse cleanly", async () => {
    const root = repo({
      "src/broken.ts": "export function before() {}\nfunction (((( {{{ class\n\nexport class After {}\n",
      "src/fine.py": "def fine():\n    pass\n",
    });
    const map = await buildRepoMap({ workspace: root, task: "", budgetTokens: BIG });
    expect(blocks(map.text).get("src/fine.py")).toEqual(["1: def fine():"]);
    expect(blocks(map.text).get("src/broken.ts")).toContain("1: export function before() {}");
    expect(map.skipped).toBe(0);
  });

  it("parses nothing on a warm run over an unchanged tree, and the same map comes out", async () => {
    const root = repo(SOURCES);
    writeFileSync(path.join(root, "untracked.go"), "package x\nfunc Fresh() {}\n");
    const cacheFile = cachePath();
    const cold = await buildRepoMap({ workspace: root, task: "report rows", cacheFile });
    expect(cold).toMatchObject({ parsed: 8, cached: 0 });
    const warm = await buildRepoMap({ workspace: root, task: "report rows", cacheFile });
    expect(warm).toMatchObject({ parsed: 0, cached: 8 });
    expect(warm.text).toBe(cold.text);
  });

  it("parses a changed file again, and only that one", async () => {
    const root = repo(SOURCES);
    const cacheFile = cachePath();
    await buildRepoMap({ workspace: root, task: "", cacheFile, budgetTokens: BIG });
    writeFileSync(path.join(root, "cmd/main.go"), "package main\n\nfunc renamed() {}\n");
    const map = await buildRepoMap({ workspace: root, task: "", cacheFile, budgetTokens: BIG });
    expect(map).toMatchObject({ parsed: 1, cached: 6 });
    expect(blocks(map.text).get("cmd/main.go")).toEqual(["3: func renamed() {}"]);
  });

  it("ranks a warm run as a cold one when a changed file defines a name that unchanged files use", async () => {
    // The cache keeps only uses of names some file defined when it was written; `load_rows` is
    // defined by no file yet, then by a changed one: the unchanged users must still count.
    const files = {
      "app/one.py": "from lib import load_rows\n\ndef one():\n    return load_rows()\n",
      "app/two.py": "from lib import load_rows\n\ndef two():\n    return load_rows()\n",
      "lib/a.py": "def helper():\n    pass\n",
      "lib/b.py": "def other():\n    pass\n",
    };
    const root = repo(files);
    const cacheFile = cachePath();
    await buildRepoMap({ workspace: root, task: "", cacheFile });
    writeFileSync(path.join(root, "lib/b.py"), "def load_rows():\n    return []\n");
    const warm = await buildRepoMap({ workspace: root, task: "", cacheFile });
    expect(warm).toMatchObject({ parsed: 1, cached: 3 });
    const cold = await buildRepoMap({ workspace: root, task: "" });
    expect(warm.text).toBe(cold.text);
    expect(cold.text.split("\n")[0]).toBe("lib/b.py:");
    // And the cache written by the warm run holds those uses now.
    const again = await buildRepoMap({ workspace: root, task: "", cacheFile });
    expect(again).toMatchObject({ parsed: 0, cached: 4, text: cold.text });
    const stored = JSON.parse(readFileSync(cacheFile, "utf8")) as { names: string[] };
    expect(stored.names).toContain("load_rows");
    expect(stored.names).not.toContain("return");
  });

  it("ignores a corrupt cache, one of another version, and entries of the wrong shape", async () => {
    const root = repo(SOURCES);
    const cacheFile = cachePath();
    const fresh = await buildRepoMap({ workspace: root, task: "", cacheFile, budgetTokens: BIG });
    const good = JSON.parse(readFileSync(cacheFile, "utf8")) as { version: string; names: string[]; files: Record<string, { s: unknown[][]; r: number[] }> };
    const poisoned = Object.fromEntries(Object.entries(good.files).map(([k, v]) => [k, { ...v, s: v.s.map((x) => [x[0], x[1], 99_999]) }]));

    writeFileSync(cacheFile, "{ not json");
    expect(await buildRepoMap({ workspace: root, task: "", cacheFile, budgetTokens: BIG })).toMatchObject({ parsed: 7, cached: 0, text: fresh.text });

    writeFileSync(cacheFile, JSON.stringify({ version: good.version.replace(/^repomap\/\d+/, "repomap/0"), names: good.names, files: good.files }));
    expect(await buildRepoMap({ workspace: root, task: "", cacheFile, budgetTokens: BIG })).toMatchObject({ parsed: 7, cached: 0, text: fresh.text });

    const [first, ...rest] = Object.keys(good.files);
    writeFileSync(cacheFile, JSON.stringify({ version: good.version, names: good.names, files: { ...good.files, [first!]: { s: [["one", 2]], r: [] } } }));
    expect(await buildRepoMap({ workspace: root, task: "", cacheFile, budgetTokens: BIG })).toMatchObject({ parsed: 1, cached: rest.length, text: fresh.text });
    // A name index out of range (a hand-edited cache) is an entry of the wrong shape: parsed again.
    writeFileSync(cacheFile, JSON.stringify({ version: good.version, names: good.names, files: poisoned }));
    expect(await buildRepoMap({ workspace: root, task: "", cacheFile, budgetTokens: BIG })).toMatchObject({ parsed: 7, cached: 0, text: fresh.text });
  });

  it("parses on worker threads as it does in this one", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 600; i++) files[`pkg${i % 7}/mod${i}.${["ts", "py", "go"][i % 3]}`] = i % 3 === 0 ? `export function f${i}(): number { return g${(i + 3) % 600}(); }\n` : i % 3 === 1 ? `def f${i}():\n    return g${i}()\n` : `package p\nfunc F${i}() int { return G${i}() }\n`;
    files["pkg0/bin.ts"] = "\0\0binary";
    const root = repo(files);
    const here = await buildRepoMap({ workspace: root, task: "f42", workers: 0 });
    const threads = await buildRepoMap({ workspace: root, task: "f42", workers: 2 });
    expect(threads).toEqual(here);
    expect(here).toMatchObject({ files: 601, parsed: 600, skipped: 1 });
  });

  it("parses files with the same content once", async () => {
    const root = repo({ "a/x.py": "def same():\n    pass\n", "b/x.py": "def same():\n    pass\n" });
    const map = await buildRepoMap({ workspace: root, task: "", budgetTokens: BIG });
    expect(map.text).toBe("a/x.py:\n  1: def same():\nb/x.py:\n  1: def same():");
    expect(map).toMatchObject({ parsed: 1, cached: 1 });
  });

  it("maps a directory that is not a git checkout", async () => {
    const root = realpathSync(mkdtempSync(path.join(tmpdir(), "crustyclaw-repomap-plain-")));
    writeFileSync(path.join(root, "a.py"), "def plain():\n    pass\n");
    const cacheFile = cachePath();
    expect((await buildRepoMap({ workspace: root, task: "", cacheFile })).text).toBe("a.py:\n  1: def plain():");
    expect(await buildRepoMap({ workspace: root, task: "", cacheFile })).toMatchObject({ parsed: 0, cached: 1 });
  });
});

describe("grammar location", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("finds the grammars in node_modules during development", () => {
    expect(grammarDir()).toBe(path.resolve("node_modules/@vscode/tree-sitter-wasm/wasm"));
  });

  it("copies every grammar the map loads, and the runtime, in the build", () => {
    const build = readFileSync("scripts/build.mjs", "utf8");
    for (const file of [...Object.values(GRAMMAR_FILES), RUNTIME_WASM, RUNTIME_JS]) expect(build).toContain(`"${file}"`);
  });

  it("uses CRUSTYCLAW_GRAMMARS laid out as dist/grammars, skipping languages whose grammar is missing there", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-grammars-"));
    copyFileSync(path.join(grammarDir(), GRAMMAR_FILES.typescript), path.join(dir, GRAMMAR_FILES.typescript));
    for (const file of [RUNTIME_WASM, RUNTIME_JS]) copyFileSync(path.resolve("node_modules/web-tree-sitter", file), path.join(dir, file));
    vi.stubEnv("CRUSTYCLAW_GRAMMARS", dir);
    vi.resetModules();
    const fresh = await import("../../src/context/repomap/index.js");
    const map = await fresh.buildRepoMap({ workspace: repo(SOURCES), task: "", budgetTokens: BIG });
    expect([...blocks(map.text).keys()]).toEqual(["src/server/http.ts"]);
    expect(map).toMatchObject({ files: 7, parsed: 1, skipped: 6 });
  });

  it("says where it looked when tree-sitter cannot start", async () => {
    const missing = path.join(tmpdir(), "crustyclaw-no-such-grammars");
    vi.stubEnv("CRUSTYCLAW_GRAMMARS", missing);
    vi.resetModules();
    const fresh = await import("../../src/context/repomap/index.js");
    await expect(fresh.buildRepoMap({ workspace: repo(SOURCES), task: "" })).rejects.toThrow(missing);
  });
});
