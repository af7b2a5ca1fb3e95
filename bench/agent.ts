// Agent figures (issue #4): loop overhead per turn without model time (target < 5 ms),
// search tool latency and repo map build time (cold < 5 s, warm < 0.5 s) on a
// generated tree of 5,000 source files.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { runAgentLoop } from "../src/agent/loop.js";
import { createTools } from "../src/agent/tools/index.js";
import { Transcript } from "../src/agent/transcript.js";
import type { ModelTurn, Provider } from "../src/agent/types.js";
import { build } from "esbuild";
import type { buildRepoMap as BuildRepoMap } from "../src/context/repomap/index.js";

// The repo map as the actions run it: bundled JavaScript (as scripts/build.mjs bundles it), whose
// parsing workers load that file; from the TypeScript sources each worker would first start tsx.
// Written under node_modules/.cache so the grammars and web-tree-sitter are found as from dist/.
const bundleDir = path.join(import.meta.dirname, "..", "node_modules", ".cache", "crustyclaw-bench");
await build({
  entryPoints: { repomap: path.join(import.meta.dirname, "..", "src", "context", "repomap", "index.ts") },
  outdir: bundleDir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
  banner: { js: "import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);" },
});
const { buildRepoMap } = (await import(path.join(bundleDir, "repomap.mjs"))) as { buildRepoMap: typeof BuildRepoMap };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// A 5,000-file tree in a git repository, so tools use `git ls-files` as they do in a checkout.
const ws = mkdtempSync(path.join(tmpdir(), "crustyclaw-bench-agent-"));
for (let d = 0; d < 100; d++) {
  const dir = path.join(ws, "src", `pkg${d}`);
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f < 50; f++) {
    const body = Array.from({ length: 40 }, (_, i) => `export function fn${d}_${f}_${i}(x: number): number {\n  return x * ${i} + ${f};\n}\n`).join("");
    writeFileSync(path.join(dir, `mod${f}.ts`), body + (d === 42 && f === 7 ? "// NEEDLE: the one line we look for\n" : ""));
  }
}
execFileSync("git", ["init", "-q", ws]);
execFileSync("git", ["-C", ws, "add", "-A"]);

const tools = createTools(["search", "read_file"], { workspace: ws });
const search = tools.find((t) => t.spec.name === "search");
const readFile = tools.find((t) => t.spec.name === "read_file");
const searchTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const r = await search!.run({ pattern: "NEEDLE" });
  searchTimes.push(performance.now() - t0);
  if (r.isError || !r.content.includes("pkg42/mod7.ts")) throw new Error(`search failed: ${r.content.slice(0, 200)}`);
}
console.log(`\nsearch tool, 5,000 files (${(5000 * 40 * 3 / 1e6).toFixed(1)}M lines): first ${searchTimes[0]!.toFixed(0)} ms, median ${median(searchTimes).toFixed(0)} ms`);

// Loop overhead: an instant model that reads a file every turn; transcript written to disk.
let n = 0;
const instant: Provider = {
  id: "bench/instant",
  async complete(): Promise<ModelTurn> {
    n++;
    return { content: "", toolCalls: [{ id: `c${n}`, name: "read_file", arguments: { path: `src/pkg${n % 100}/mod${n % 50}.ts`, start_line: 1, end_line: 5 } }], usage: { inputTokens: 10, outputTokens: 5 }, stop: "tool_use", model: "instant" };
  },
};
const turns = 500;
const t0 = performance.now();
const r = await runAgentLoop({
  provider: instant,
  tools: [readFile!],
  system: "bench",
  task: "bench",
  budget: { turns, tokens: 1e9, minutes: 60 },
  escalation: { failedToolCalls: 10, repeatedActions: 1000 },
  transcript: new Transcript(path.join(ws, "..", `t-${process.pid}.jsonl`)),
});
const perTurn = (performance.now() - t0) / r.turns;
console.log(`agent loop overhead per turn (read_file tool, JSONL transcript, no model time): ${perTurn.toFixed(2)} ms over ${r.turns} turns (target < 5 ms)`);
// Repo map on the same tree: cold (nothing cached), then warm (cache file, tree unchanged).
const cacheFile = path.join(ws, "..", `repomap-${process.pid}.json`);
const task = "Fix fn42_7_3 in src/pkg42/mod7.ts";
const t1 = performance.now();
const cold = await buildRepoMap({ workspace: ws, task, cacheFile });
const coldMs = performance.now() - t1;
const warmTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  const t2 = performance.now();
  const warm = await buildRepoMap({ workspace: ws, task, cacheFile });
  warmTimes.push(performance.now() - t2);
  if (warm.parsed !== 0 || warm.text !== cold.text) throw new Error(`repo map: warm run parsed ${warm.parsed} files or differs from the cold one`);
}
if (cold.parsed !== 5000 || !cold.text.startsWith("src/pkg42/mod7.ts:")) throw new Error(`repo map failed: parsed ${cold.parsed}, starts ${cold.text.slice(0, 80)}`);
const rate = (ms: number) => Math.round(5000 / (ms / 1000)).toLocaleString("en-US");
rmSync(cacheFile, { force: true });
console.log(`repo map (tree-sitter, bundled), 5,000 files: cold ${coldMs.toFixed(0)} ms (${rate(coldMs)} files/s, target < 5 s), warm median ${median(warmTimes).toFixed(0)} ms (${rate(median(warmTimes))} files/s, target < 0.5 s)`);

// Repo map on real code (issue 12): the first 5,000 source files, in sorted path order, of the
// packages this project installs (node_modules: TypeScript, JavaScript, Python, Go, Rust and
// Java files of real libraries, declaration files left out), copied into a git repository.
{
  const modules = path.join(import.meta.dirname, "..", "node_modules");
  const real = mkdtempSync(path.join(tmpdir(), "crustyclaw-bench-real-"));
  const picked: string[] = [];
  const walk = (rel: string): void => {
    if (picked.length >= 5000) return;
    for (const e of readdirSync(path.join(modules, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (picked.length >= 5000) return;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && e.name !== ".bin" && e.name !== ".cache") walk(child);
      else if (e.isFile() && /\.(ts|tsx|js|mjs|cjs|py|go|rs|java)$/.test(e.name) && !/\.d\.[cm]?ts$/.test(e.name)) picked.push(child);
    }
  };
  walk("");
  for (const rel of picked) {
    mkdirSync(path.dirname(path.join(real, rel)), { recursive: true });
    copyFileSync(path.join(modules, rel), path.join(real, rel));
  }
  execFileSync("git", ["init", "-q", real]);
  execFileSync("git", ["-C", real, "add", "-A", "-f"]);
  const realCache = path.join(real, "..", `repomap-real-${process.pid}.json`);
  const realTask = "Fix the YAML parser's handling of anchors and aliases";
  // Cold three times (no cache file each time) and warm five: on a shared machine one sample says more about the load than the code.
  const realColds: number[] = [];
  let realCold;
  for (let i = 0; i < 3; i++) {
    rmSync(realCache, { force: true });
    const r0 = performance.now();
    realCold = await buildRepoMap({ workspace: real, task: realTask, cacheFile: realCache });
    realColds.push(performance.now() - r0);
  }
  const realWarm: number[] = [];
  for (let i = 0; i < 5; i++) {
    const r1 = performance.now();
    await buildRepoMap({ workspace: real, task: realTask, cacheFile: realCache });
    realWarm.push(performance.now() - r1);
  }
  const cacheBytes = statSync(realCache).size;
  rmSync(realCache, { force: true });
  console.log(
    `repo map on real code, bundled (first ${picked.length.toLocaleString("en-US")} source files of node_modules, ${realCold!.parsed} parsed, ${realCold!.skipped} skipped): cold median ${median(realColds).toFixed(0)} ms of 3 (${Math.min(...realColds).toFixed(0)}–${Math.max(...realColds).toFixed(0)}; target ≤ 4 s), warm median ${median(realWarm).toFixed(0)} ms of 5 (target ≤ 0.3 s), cache ${(cacheBytes / 1e6).toFixed(1)} MB (target ≤ 4 MB)`,
  );
}
