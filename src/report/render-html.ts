import { escapeHtml as esc, oneLine } from "./escape.js";
import { compact, count, duration, percent, usd } from "./format.js";
import type { ReportModel } from "./model.js";
import { barChart, lineChart } from "./svg.js";

/** Blueprints drawn in the weekly chart (most runs first); the table lists them all. */
const BLUEPRINT_LINES = 12;
const STAGES_LISTED = 15;

const OUTCOME_COLORS: Record<string, string> = { merged: "#009e73", closed: "#999999", rejected: "#d55e00", escalated: "#e69f00", reviewed: "#0072b2" };

/**
 * The report as one HTML page that opens from a file: inline CSS, charts drawn as inline
 * SVG, nothing fetched. A Content-Security-Policy forbids scripts and remote loads, so a
 * record's text that slipped past escaping still could not run or call home.
 */
export function renderHtml(m: ReportModel): string {
  const body = m.totals.runs === 0 ? empty(m) : full(m);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CrustyClaw report</title>
<style>${CSS}</style>
</head>
<body>
<h1>CrustyClaw report</h1>
<p class="scope">${esc(scope(m))}</p>
${body}
</body>
</html>
`;
}

function empty(m: ReportModel): string {
  return `<p class="empty">${esc(m.days !== undefined ? `No runs finished in the last ${m.days} days.` : "No runs yet: the outcome store holds no records. Runs are recorded when they end (merged, closed, rejected, escalated or reviewed).")}</p>`;
}

function full(m: ReportModel): string {
  const t = m.totals;
  const ttm = m.timeToMerge;
  const cards = [
    ["Runs", count(t.runs), `${count(t.records)} records`],
    ["Success rate", percent(t.successRate), `${count(t.merged)} merged${t.succeeded > t.merged ? `, ${count(t.succeeded - t.merged)} reviews posted` : ""}`],
    ["Spend", usd(t.usd), `${compact(t.tokens)} tokens${t.unpricedRuns > 0 ? `, ${count(t.unpricedRuns)} runs partly unpriced` : ""}`],
    ["Spend per merged PR", usd(m.cost.usdPerMerged), `a merged run alone: ${usd(m.cost.meanMergedRunUsd)}`],
    ["Time to merge", ttm ? duration(ttm.medianMs) : "–", ttm ? `median; p90 ${duration(ttm.p90Ms)}` : "no merged runs"],
  ];
  const lines = m.blueprints.slice(0, BLUEPRINT_LINES);
  const weekly = lineChart({
    id: "chart-success",
    title: "Success rate by week, per blueprint",
    xLabel: "Week (starting Monday, UTC)",
    yLabel: "Succeeded / finished runs",
    categories: m.weeks.map((w) => w.week),
    series: [{ name: "all blueprints", values: m.weeks.map((w) => w.rate), color: "#222222" }, ...lines.map((b) => ({ name: b.name, values: b.weeks.map((w) => w.rate) }))],
    format: (v) => `${Math.round(v * 100)}%`,
    yMax: 1,
  });
  const outcomes = barChart({
    id: "chart-outcomes",
    title: "Runs by outcome",
    xLabel: "Outcome (a run's latest record)",
    yLabel: "Runs",
    categories: m.outcomes.map((o) => o.outcome),
    series: [{ name: "runs", values: m.outcomes.map((o) => o.runs) }],
    barColors: m.outcomes.map((o) => (Object.hasOwn(OUTCOME_COLORS, o.outcome) ? OUTCOME_COLORS[o.outcome]! : "#555555")),
    format: count,
    integer: true,
  });
  const buckets = m.ciRounds.buckets.length >= m.reviewRounds.buckets.length ? m.ciRounds.buckets : m.reviewRounds.buckets;
  const rounds = barChart({
    id: "chart-rounds",
    title: "Rounds per run",
    xLabel: "Rounds",
    yLabel: "Runs",
    categories: buckets.map((b) => b.label),
    series: [
      { name: "CI rounds", values: buckets.map((_, i) => m.ciRounds.buckets[i]?.runs ?? 0), color: "#0072b2" },
      { name: "review rounds", values: buckets.map((_, i) => m.reviewRounds.buckets[i]?.runs ?? 0), color: "#e69f00" },
    ],
    format: count,
    integer: true,
  });
  const spend = barChart({
    id: "chart-spend",
    title: "Spend per day",
    xLabel: "Day (UTC)",
    yLabel: "US dollars",
    categories: m.spend.map((d) => d.day),
    series: [{ name: "spend", values: m.spend.map((d) => d.usd), color: "#0072b2" }],
    format: (v) => usd(v),
  });
  const slowest = m.stages[0]?.meanMs ?? 1;
  const causes = m.causes.filter((c) => c.runs > 0);
  return [
    `<section class="cards">${cards.map(([label, value, note]) => `<div class="card"><div class="label">${esc(label!)}</div><div class="value">${esc(value!)}</div><div class="note">${esc(note!)}</div></div>`).join("")}</section>`,
    t.leftOut > 0 ? `<p class="warn">${esc(`${count(t.leftOut)} records dated after ${m.now}, or not dated, are left out.`)}</p>` : "",
    figure(weekly, `Runs that merged (for a review blueprint: posted their review) of the runs whose outcome was recorded in the week.${m.blueprints.length > lines.length ? ` The ${lines.length} blueprints with most runs; all are in the table below.` : ""}`),
    figure(outcomes, "A run that ended more than once (escalated, then merged) counts by its latest outcome."),
    figure(rounds, `CI rounds: mean ${m.ciRounds.mean?.toFixed(2)}, most ${m.ciRounds.max}. Review rounds: mean ${m.reviewRounds.mean?.toFixed(2)}, most ${m.reviewRounds.max}.`),
    figure(spend, "Each record's increase over its run's earlier records, on the day it was written."),
    "<h2>Blueprints</h2>",
    table(
      ["Blueprint", "Runs", "Merged", "Success rate", "Spend", "Per merged PR", "Median time to merge"],
      m.blueprints.map((b) => [b.name, count(b.runs), count(b.merged), percent(b.successRate), usd(b.usd), usd(b.usdPerMerged), duration(b.medianTimeToMergeMs)]),
    ),
    "<h2>Slowest stages</h2>",
    "<p class=\"note\">Each run's time in a stage, summed over its rounds; by mean, slowest first.</p>",
    table(
      ["Stage", "Runs", "Mean", "Max", ""],
      m.stages.slice(0, STAGES_LISTED).map((s) => [s.stage, count(s.runs), duration(s.meanMs), duration(s.maxMs), { bar: s.meanMs / slowest }]),
    ),
    "<h2>Escalation causes</h2>",
    causes.length === 0 ? "<p>No run escalated.</p>" : table(["Cause", "Runs"], causes.map((c) => [c.cause, count(c.runs)]), ["text", "num"], "narrow"),
    ...(m.escalations.length > 0
      ? ["<h2>Latest escalations</h2>", table(["When", "Blueprint", "Issue", "Cause", "Reason"], m.escalations.map((e) => [e.at.slice(0, 16).replace("T", " "), e.blueprint, `#${e.issue}${e.pull ? ` (PR #${e.pull})` : ""}`, e.cause ?? "–", oneLine(e.reason ?? "–", 300)]), ["nowrap", "text", "nowrap", "nowrap", "text"], "wide")]
      : []),
  ].join("\n");
}

function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

type Cell = string | { bar: number };

type Column = "text" | "num" | "nowrap";

/**
 * A table of plain-text cells (escaped here): by default the first column text, the others
 * figures (right-aligned); a `bar` cell is a proportion drawn as a bar.
 */
function table(head: string[], rows: Cell[][], columns: Column[] = head.map((_, i) => (i === 0 ? "text" : "num")), width: "wide" | "narrow" = "wide"): string {
  const td = (c: Cell, i: number) =>
    typeof c === "string" ? `<td${columns[i] === "text" ? "" : ` class="${columns[i]}"`}>${esc(c)}</td>` : `<td class="barcell"><span class="bar" style="width:${Math.round(Math.max(0, Math.min(1, c.bar)) * 100)}%"></span></td>`;
  return `<table class="${width}"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map(td).join("")}</tr>`).join("")}</tbody></table>`;
}

function scope(m: ReportModel): string {
  const made = `made ${m.now.slice(0, 16).replace("T", " ")} UTC`;
  if (m.days !== undefined) return `Runs finished in the last ${m.days} days (since ${m.since!.slice(0, 10)}), ${made}.`;
  if (m.totals.firstAt) return `Runs finished from ${m.totals.firstAt.slice(0, 10)} to ${m.totals.lastAt!.slice(0, 10)}, ${made}.`;
  return `Report ${made}.`;
}

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;color:#222;background:#f6f7f9;margin:0 auto;padding:24px;max-width:820px;line-height:1.45}
h1{margin:0 0 4px;font-size:26px}
h2{margin:32px 0 8px;font-size:19px}
.scope,.note,figcaption{color:#555;font-size:14px}
.empty{font-size:18px;background:#fff;border:1px solid #ddd;border-radius:6px;padding:24px}
.warn{background:#fff4e0;border:1px solid #e69f00;border-radius:6px;padding:8px 12px}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 14px;flex:1 1 130px}
.card .label{font-size:13px;color:#555}
.card .value{font-size:24px;font-weight:600}
.card .note{font-size:12px}
figure{margin:20px 0;background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px}
figure svg{display:block;max-width:100%;height:auto}
figcaption{padding:4px 8px 0}
table{border-collapse:collapse;background:#fff;font-size:14px}
table.wide{width:100%}
table.narrow{min-width:40%}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eef0f3;overflow-wrap:normal}
td.num{text-align:right;white-space:nowrap}
td.nowrap{white-space:nowrap}
td.barcell{width:30%}
.bar{display:block;height:10px;background:#0072b2;border-radius:2px}
`;
