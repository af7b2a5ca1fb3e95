// Text figures (issue "The agent's code is hostile", item 7): hostile text through
// sanitize (1 MB body, target < 50 ms) and the agent's search (1 MB minified line with
// patterns that backtrack forever in a JavaScript RegExp, target < 200 ms a call), and
// a many-star glob. Before this work a 25 KB body of `<a hidden ` took sanitize 28 s.
// Prints figures; asserts nothing but that each answer is the expected one.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { listFilesTool } from "../src/agent/tools/list-files.js";
import { searchTool } from "../src/agent/tools/search.js";
import { sanitize } from "../src/context/sanitize.js";

const MB = 1 << 20;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median and worst of `runs` timed calls after one untimed warm-up. */
async function timed<T>(f: () => T | Promise<T>, runs = 7): Promise<{ median: number; max: number; result: T }> {
  let result = await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = await f();
    times.push(performance.now() - t0);
  }
  return { median: median(times), max: Math.max(...times), result };
}

const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const row = (label: string, t: { median: number; max: number }, target: string) =>
  console.log(`${label.padEnd(44)} ${t.median.toFixed(1).padStart(8)} ms median ${t.max.toFixed(1).padStart(8)} ms worst  (${target})`);

console.log("\nsanitize, 1 MB bodies (median of 7)");
const hostile: Record<string, string> = {
  "<a hidden  × 100k, no >": fill("<a hidden "),
  '<a x="  repeated, quotes never close': fill('<a x="'),
  "<a x=<a x= repeated": fill("<a x="),
  "<!--  repeated": fill("<!--"),
  "<  repeated": fill("<"),
  "<span hidden> never closed, <span> inside": `<span hidden>${fill("<span>x")}`,
  "<img  repeated, no >": fill("<img "),
};
let worstHostile = 0;
for (const [label, body] of Object.entries(hostile)) {
  const t = await timed(() => sanitize(body));
  worstHostile = Math.max(worstHostile, t.median);
  row(label, t, "target < 50 ms");
}
const markdown = fill(
  [
    "## Steps to reproduce\n\n1. Run `npm test` on **main**.\n2. See the failure in [the log](https://example.com/log).\n\n",
    "```ts\nconst m = new Map<string, Array<number>>();\nif (a < b && c > d) m.set(key, [1, 2]);\n```\n\n",
    "| col | value |\n|-----|-------|\n| a   | <br> 1 |\n\n",
    "<details><summary>Full trace</summary>\n\n```\nError: expected 1 to be 2\n    at test.ts:12:5\n```\n</details>\n\n",
    "Café déjà vu — naïve façade 🙂 <img src=\"https://example.com/x.png\" width=\"200\"> > quoted reply\n\n",
  ].join(""),
);
row("ordinary markdown (code, tables, details, img)", await timed(() => sanitize(markdown)), "for comparison");
console.log(`worst hostile median: ${worstHostile.toFixed(1)} ms (target < 50 ms)`);

// A workspace with a 1 MB minified bundle on one line: code, a long run of one letter
// (a data URL, a placeholder string) and of x, which is what makes (a|a)*$ and
// (x+x+)+y exponential for a backtracking engine.
const ws = mkdtempSync(path.join(tmpdir(), "crustyclaw-bench-text-"));
const code = 'function n(e,t){return e.map(function(r){return r.id===t?{...r,done:!0}:r})};var o="';
const bundle = `${fill(code, MB / 2)}${"a".repeat(2000)}";var p="${"x".repeat(2000)}";${fill(code, MB / 2 - 4020)}`;
mkdirSync(path.join(ws, "dist"));
writeFileSync(path.join(ws, "dist", "app.min.js"), `${bundle}\n`);
writeFileSync(path.join(ws, "README.md"), "# app\n");
// Long names for the glob: 200 files named a…a (200 letters) and one that ends in b.
mkdirSync(path.join(ws, "names"));
for (let i = 0; i < 200; i++) writeFileSync(path.join(ws, "names", `${"a".repeat(200)}${String(i).padStart(3, "0")}`), "needle\n");
writeFileSync(path.join(ws, "names", `${"a".repeat(200)}b`), "needle\n");
execFileSync("git", ["init", "-q", ws]);

const search = searchTool({ workspace: ws });
const list = listFilesTool({ workspace: ws });
console.log(`\nsearch tool on a workspace with a ${(bundle.length / MB).toFixed(1)} MB single-line bundle (median of 7 whole tool calls, git ls-files included)`);
let worstSearch = 0;
for (const [pattern, expectMatch] of [
  ["(a|a)*$", true],
  ["^(a|a)*$", false],
  ["(x+x+)+y", false],
  ["(\\w+\\s?){2,}$", false],
  ["(.*a){12}z", false],
] as const) {
  const t = await timed(() => search.run({ pattern, path: "dist" }));
  if (t.result.isError || t.result.content.startsWith("dist/app.min.js:1:") !== expectMatch) throw new Error(`search /${pattern}/: ${t.result.content.slice(0, 200)}`);
  worstSearch = Math.max(worstSearch, t.median);
  row(`/${pattern}/`, t, "target < 200 ms");
}
console.log(`worst search median: ${worstSearch.toFixed(1)} ms (target < 200 ms)`);

const stars = `${"*a".repeat(12)}*b`;
console.log(`\nglob ${stars} over 201 names of 200+ letters (median of 7 whole tool calls)`);
const globSearch = await timed(() => search.run({ pattern: "needle", glob: stars }));
if (globSearch.result.content !== `names/${"a".repeat(200)}b:1:needle`) throw new Error(`search glob: ${globSearch.result.content.slice(0, 200)}`);
row("search, many-star glob", globSearch, "a backtracking RegExp never finishes");
const globList = await timed(() => list.run({ glob: stars }));
if (globList.result.content !== `names/${"a".repeat(200)}b`) throw new Error(`list_files glob: ${globList.result.content.slice(0, 200)}`);
row("list_files, many-star glob", globList, "a backtracking RegExp never finishes");

rmSync(ws, { recursive: true, force: true });
