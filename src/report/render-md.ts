import { escapeMarkdown as md } from "./escape.js";
import { compact, count, duration, percent, usd } from "./format.js";
import { plural } from "../util/text.js";
import type { ReportModel } from "./model.js";

/** The most weeks and days a Markdown table lists; the JSON has them all. */
const WEEKS_LISTED = 26;
const DAYS_LISTED = 14;
/** Columns of the weekly success table, beyond which blueprints are left to the blueprint table. */
const BLUEPRINT_COLUMNS = 8;
const STAGES_LISTED = 15;

/** The report as Markdown: tables a forge renders, every text from a record escaped. */
export function renderMarkdown(m: ReportModel): string {
  const out: string[] = ["# CrustyClaw report", "", scope(m), ""];
  if (m.totals.runs === 0) {
    out.push(m.days !== undefined ? `No runs finished in the last ${m.days} days.` : "No runs recorded yet: the outcome store is empty.", "");
    return out.join("\n");
  }
  const t = m.totals;
  const ttm = m.timeToMerge;
  out.push(
    ...table(
      ["", ""],
      [
        ["Runs", `${count(t.runs)} (${count(t.records)} records)`],
        ["Succeeded", `${count(t.succeeded)} (${percent(t.successRate)}): ${count(t.merged)} merged${t.succeeded > t.merged ? `, ${count(t.succeeded - t.merged)} reviews posted` : ""}`],
        ["Spend", `${usd(t.usd)} (${compact(t.tokens)} tokens)${t.unpricedRuns > 0 ? `; ${count(t.unpricedRuns)} runs had unpriced model calls, so more` : ""}`],
        ["Spend per merged PR", `${usd(m.cost.usdPerMerged)} (a merged run alone: ${usd(m.cost.meanMergedRunUsd)})`],
        ["Time to merge", ttm ? `median ${duration(ttm.medianMs)}, p90 ${duration(ttm.p90Ms)} (${count(ttm.runs)} runs)` : "–"],
      ],
      ["l", "l"],
    ),
  );
  if (t.leftOut > 0) out.push("", `${count(t.leftOut)} records dated after ${m.now}, or not dated, are left out.`);

  out.push("", "## Blueprints", "");
  out.push(...table(["Blueprint", "Runs", "Merged", "Success rate", "Spend", "Per merged PR", "Median time to merge"], m.blueprints.map((b) => [md(b.name, 80), count(b.runs), count(b.merged), percent(b.successRate), usd(b.usd), usd(b.usdPerMerged), duration(b.medianTimeToMergeMs)])));

  const first = Math.max(0, m.weeks.length - WEEKS_LISTED);
  const shown = m.blueprints.slice(0, BLUEPRINT_COLUMNS);
  out.push("", "## Success rate by week", "", "Runs that merged (for a review blueprint: posted their review) of the runs that finished in the week; weeks start on Monday, UTC.", "");
  const weekRows = m.weeks.slice(first).map((w, i) => [w.week, count(w.finished), cell(w.succeeded, w.finished), usd(w.usd), ...shown.map((b) => cell(b.weeks[first + i]!.succeeded, b.weeks[first + i]!.finished))]);
  out.push(...table(["Week", "Runs", "All", "Spend", ...shown.map((b) => md(b.name, 40))], weekRows));
  if (first > 0) out.push("", `${first} earlier weeks: see \`--format json\`.`);
  if (m.blueprints.length > shown.length) out.push("", `${m.blueprints.length - shown.length} more blueprints are in the table above.`);

  out.push("", "## Outcomes", "");
  out.push(...table(["Outcome", "Runs", "Share"], m.outcomes.map((o) => [md(o.outcome), count(o.runs), percent(o.runs / t.runs)])));
  const causes = m.causes.filter((c) => c.runs > 0);
  out.push("", "## Escalation causes", "");
  if (causes.length === 0) out.push("No run escalated.");
  else out.push(...table(["Cause", "Runs"], causes.map((c) => [md(c.cause), count(c.runs)])));

  out.push("", "## Rounds", "", `Runs by CI rounds (mean ${m.ciRounds.mean?.toFixed(2)}) and review rounds (mean ${m.reviewRounds.mean?.toFixed(2)}).`, "");
  const rounds = Math.max(m.ciRounds.buckets.length, m.reviewRounds.buckets.length);
  const label = (i: number) => (m.ciRounds.buckets[i] ?? m.reviewRounds.buckets[i])!.label;
  out.push(...table(["Rounds", "CI", "Review"], Array.from({ length: rounds }, (_, i) => [label(i), count(m.ciRounds.buckets[i]?.runs ?? 0), count(m.reviewRounds.buckets[i]?.runs ?? 0)])));

  out.push("", `## Spend per day (last ${plural(Math.min(DAYS_LISTED, m.spend.length), "day")})`, "", "Each record's increase over its run's earlier records, on the day it was written.", "");
  out.push(...table(["Day", "Spend", "Tokens", "Records"], m.spend.slice(-DAYS_LISTED).map((d) => [d.day, usd(d.usd), compact(d.tokens), count(d.records)])));

  out.push("", "## Slowest stages", "", "Each run's time in a stage, summed over its rounds.", "");
  out.push(...table(["Stage", "Runs", "Mean", "Max"], m.stages.slice(0, STAGES_LISTED).map((s) => [md(s.stage, 60), count(s.runs), duration(s.meanMs), duration(s.maxMs)])));
  if (m.stages.length > STAGES_LISTED) out.push("", `${m.stages.length - STAGES_LISTED} more stages: see \`--format json\`.`);

  if (m.escalations.length > 0) {
    out.push("", "## Latest escalations", "");
    out.push(...table(["When", "Blueprint", "Issue", "Cause", "Reason"], m.escalations.map((e) => [e.at.slice(0, 16).replace("T", " "), md(e.blueprint, 60), `#${e.issue}${e.pull ? ` (PR #${e.pull})` : ""}`, e.cause ? md(e.cause) : "–", e.reason ? md(e.reason, 200) : "–"]), ["l", "l", "l", "l", "l"]));
  }
  out.push("");
  return out.join("\n");
}

function scope(m: ReportModel): string {
  const made = `made ${m.now.slice(0, 16).replace("T", " ")} UTC`;
  if (m.days !== undefined) return `Runs finished in the last ${m.days} days (since ${m.since!.slice(0, 10)}), ${made}.`;
  if (m.totals.firstAt) return `Runs finished from ${m.totals.firstAt.slice(0, 10)} to ${m.totals.lastAt!.slice(0, 10)}, ${made}.`;
  return `${made[0]!.toUpperCase()}${made.slice(1)}.`;
}

/** "66.7% (2/3)", or "–" for a week without runs. */
function cell(succeeded: number, finished: number): string {
  return finished === 0 ? "–" : `${percent(succeeded / finished)} (${succeeded}/${finished})`;
}

/** A GitHub-flavoured table; cells are already escaped. Numbers right-aligned unless told. */
function table(head: string[], rows: string[][], align: Array<"l" | "r"> = head.map((_, i) => (i === 0 ? "l" : "r"))): string[] {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(align.map((a) => (a === "r" ? "---:" : "---"))), ...rows.map(line)];
}
