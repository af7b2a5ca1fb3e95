import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { OUTCOMES_BRANCH } from "../outcomes/store.js";
import { REPORT_FORMATS, renderReport, reportModel, type ReportFormat } from "../report/index.js";
import { plural } from "../util/text.js";
import { API_HELP, API_OPTIONS, readStoreFor, sourceOf } from "./store-source.js";
import { oneOf, UsageError, type Command } from "./usage.js";

/** The longest window --days takes: ten years. */
const MAX_DAYS = 3660;
const EXTENSIONS: Record<string, ReportFormat> = { ".md": "md", ".markdown": "md", ".json": "json", ".html": "html", ".htm": "html" };

export const reportCommand: Command = {
  name: "report",
  summary: `Summarise the outcome store (branch ${OUTCOMES_BRANCH}): success rate per blueprint by week, outcomes and escalation causes, rounds, time to merge, spend per day and per merged PR, slowest stages.`,
  usage: "crustyclaw report [--from REMOTE | --api [--forge F] [--repo OWNER/NAME] [--api-url URL]] [--format md|json|html] [--out FILE] [--days N]",
  options: { from: { type: "string" }, ...API_OPTIONS, format: { type: "string" }, out: { type: "string" }, days: { type: "string" } },
  help: [
    "  --from REMOTE   where the store is: a git URL, a path to a clone, or a remote name (default: origin,",
    "                  else this repository); HTTP remotes use GITHUB_TOKEN, GH_TOKEN, FORGEJO_TOKEN or GITEA_TOKEN",
    ...API_HELP,
    "  --format F      md (tables, the default), json (every figure), or html (one self-contained page with charts)",
    "  --out FILE      write to FILE instead of stdout; without --format, FILE's extension (.md, .json, .html) says which",
    "  --days N        only runs that finished in the last N days (default: the whole store)",
    "",
    "A store whose chain is broken is still reported, with a warning: `crustyclaw audit verify` names the records.",
  ],
  async run({ values, positionals, cwd }, io) {
    if (positionals.length > 0) throw new UsageError(`report takes no arguments (got ${positionals.join(" ")}); the store is chosen with --from or --api`);
    const out = values.out as string | undefined;
    if (out === "") throw new UsageError("--out needs a file name");
    const format = oneOf("format", values.format, REPORT_FORMATS) ?? (out !== undefined ? formatOf(out) : "md");
    const days = parseDays(values.days);
    const source = sourceOf(values, cwd);
    const store = await readStoreFor("report", source, io);
    if (!store) return 1;
    if (!store.tip) io.err(`crustyclaw report: ${source.label} has no ${OUTCOMES_BRANCH} branch: no outcomes recorded yet`);
    // The figures of a store someone tampered with are still the best there are; the reader is told not to trust them blindly.
    if (store.problems.length > 0) io.err(`crustyclaw report: warning: the outcome store has ${plural(store.problems.length, "problem")} (records edited, removed, reordered or unreadable); the report counts the ${plural(store.records.length, "record")} that read. Run \`crustyclaw audit verify\` to see them.`);
    const model = reportModel(store.records.map((r) => r.record), { now: new Date().toISOString(), ...(days !== undefined ? { days } : {}) });
    const text = renderReport(model, format);
    if (out === undefined) {
      io.out(text);
      return 0;
    }
    const target = path.resolve(cwd, out);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    io.out(`wrote ${out}: ${plural(model.totals.runs, "run")} (${format})`);
    return 0;
  },
};

function formatOf(file: string): ReportFormat {
  const format = EXTENSIONS[path.extname(file).toLowerCase()];
  if (!format) throw new UsageError(`cannot tell the format of --out '${file}' from its extension; name it .md, .json or .html, or add --format md|json|html`);
  return format;
}

function parseDays(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= MAX_DAYS)) throw new UsageError(`--days must be a whole number of days from 1 to ${MAX_DAYS}, not '${text}'`);
  return n;
}
