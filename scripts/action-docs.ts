// Generates docs/actions.md from the action.yml files, so the reference cannot drift.
// `npm run docs` writes it; test/docs.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

interface ActionMeta {
  name: string;
  description: string;
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string }>;
}

const ROOT = path.resolve(import.meta.dirname, "..");
export const ACTION_FILES = ["action.yml", ...["route", "plan", "execute", "review", "feedback"].map((s) => `actions/${s}/action.yml`)];

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function actionDocs(): string {
  const out = [
    "<!-- Generated from the action.yml files by `npm run docs`; do not edit. -->",
    "# Actions reference",
    "",
    "Compiled workflows call one action per stage; `uses: crustyclaw/crustyclaw@v1` with a `stage` input runs any of them.",
    "Work jobs get no token; only the route and publish steps do. See [forges.md](forges.md) for setup per forge.",
    "",
  ];
  for (const file of ACTION_FILES) {
    const meta = parse(readFileSync(path.join(ROOT, file), "utf8")) as ActionMeta;
    const uses = file === "action.yml" ? "crustyclaw/crustyclaw@v1" : `crustyclaw/crustyclaw/${path.dirname(file)}@v1`;
    out.push(`## ${meta.name}`, "", meta.description, "", "```yaml", `- uses: ${uses}`, "  with:");
    for (const [k, v] of Object.entries(meta.inputs ?? {})) if (v.required) out.push(`    ${k}: ...`);
    out.push("```", "", "| Input | Required | Default | Description |", "|---|---|---|---|");
    for (const [k, v] of Object.entries(meta.inputs ?? {})) out.push(`| \`${k}\` | ${v.required ? "yes" : "no"} | ${v.default ? `\`${v.default}\`` : ""} | ${cell(v.description)} |`);
    out.push("", "| Output | Description |", "|---|---|");
    for (const [k, v] of Object.entries(meta.outputs ?? {})) out.push(`| \`${k}\` | ${cell(v.description)} |`);
    out.push("");
  }
  return out.join("\n");
}

/** The README's usage table, between markers, from the same files. */
export function readmeUsage(): string {
  const rows = ACTION_FILES.filter((f) => f !== "action.yml").map((file) => {
    const meta = parse(readFileSync(path.join(ROOT, file), "utf8")) as ActionMeta;
    const required = Object.entries(meta.inputs ?? {}).filter(([, v]) => v.required).map(([k]) => `\`${k}\``);
    return `| \`crustyclaw/crustyclaw/${path.dirname(file)}@v1\` | ${cell(meta.description)} | ${required.join(", ")} |`;
  });
  return [README_START, "| Action | Does | Required inputs |", "|---|---|---|", ...rows, README_END].join("\n");
}

export const README_START = "<!-- actions:start (generated from action.yml by `npm run docs`) -->";
export const README_END = "<!-- actions:end -->";

export function withReadmeUsage(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < 0) throw new Error("README.md lacks the actions markers");
  return readme.slice(0, start) + readmeUsage() + readme.slice(end + README_END.length);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  writeFileSync(path.join(ROOT, "docs/actions.md"), actionDocs());
  const readme = path.join(ROOT, "README.md");
  writeFileSync(readme, withReadmeUsage(readFileSync(readme, "utf8")));
  console.log("wrote docs/actions.md and the README's action table");
}
