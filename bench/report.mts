// `crustyclaw report` figures: a store of 10,000 runs over 90 days (several blueprints, every
// outcome class, escalations merged later by a second record), made in memory. Times the
// chain check the store read ends in, the model, and each format. Target: each < 2 s.
// Prints figures; asserts nothing but that the report counts every run.
import { performance } from "node:perf_hooks";
import { recordLine, verifyChain } from "../src/outcomes/record.js";
import { renderReport, reportModel, type ReportFormat } from "../src/report/index.js";
import { generateRecords } from "../test/report/generate.js";

const RUNS = 10_000;
const NOW = "2026-12-01T00:00:00.000Z";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median and worst of `runs` timed calls after one untimed warm-up (the first call is also reported: a CLI run is cold). */
function timed<T>(f: () => T, runs = 7): { first: number; median: number; max: number; result: T } {
  const t0 = performance.now();
  let result = f();
  const first = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = f();
    times.push(performance.now() - t);
  }
  return { first, median: median(times), max: Math.max(...times), result };
}
const row = (label: string, t: { first: number; median: number; max: number }) =>
  console.log(`${label.padEnd(36)} ${t.first.toFixed(1).padStart(8)} ms first ${t.median.toFixed(1).padStart(8)} ms median ${t.max.toFixed(1).padStart(8)} ms worst  (target < 2000 ms)`);

const t0 = performance.now();
const records = generateRecords(RUNS, { now: NOW, days: 90 });
const months = new Map<string, string[]>();
for (const r of records) {
  const file = `outcomes/${r.at.slice(0, 7)}.jsonl`;
  const lines = months.get(file) ?? [];
  if (lines.length === 0) months.set(file, lines);
  lines.push(recordLine(r));
}
const files = [...months].map(([path, lines]) => ({ path, text: `${lines.join("\n")}\n` }));
console.log(`\nreport: ${RUNS} runs, ${records.length} records over 90 days, ${(files.reduce((n, f) => n + f.text.length, 0) / 1e6).toFixed(1)} MB of store (made in ${(performance.now() - t0).toFixed(0)} ms)`);

const chain = timed(() => verifyChain(files), 3);
if (chain.result.problems.length > 0) throw new Error(`generated store does not verify: ${chain.result.problems[0]}`);
row("verify chain (read of the store)", chain);
const model = timed(() => reportModel(records, { now: NOW }));
if (model.result.totals.runs !== RUNS) throw new Error(`the report counts ${model.result.totals.runs} runs, not ${RUNS}`);
row("model", model);
for (const format of ["md", "json", "html"] as ReportFormat[]) {
  const t = timed(() => renderReport(model.result, format));
  row(`render ${format} (${(Buffer.byteLength(t.result) / 1024).toFixed(1)} KB)`, t);
}
const all = timed(() => renderReport(reportModel(records, { now: NOW, days: 30 }), "html"));
row("model + html, last 30 days", all);
