import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { CONFIG_PATH } from "../config/config.js";
import { familyOf, FORGES, type ForgeName } from "../config/schema.js";
import { buildWorkflows } from "./build.js";
import { printProblems } from "./output.js";
import type { Blueprint } from "../blueprint/types.js";
import { builtinBlueprintNames, findRoot, openProject, readBlueprint, readBuiltinBlueprint } from "./project.js";
import { oneOf, UsageError, type Command } from "./usage.js";

/** Forgejo reads the first of .forgejo, .gitea, .github that exists; guess the forge the same way (Gitea is told with --forge). */
function detectForge(root: string): ForgeName {
  return existsSync(path.join(root, ".forgejo")) || existsSync(path.join(root, ".gitea")) ? "forgejo" : "github";
}

export const initCommand: Command = {
  name: "init",
  summary:
    "Set up CrustyClaw in this repository: write .crustyclaw/config.yml and a blueprint, compile it, and print the next steps.",
  usage: "crustyclaw init [--blueprint NAME] [--forge github|ghes|forgejo|gitea] [--force]",
  options: { blueprint: { type: "string" }, forge: { type: "string" }, force: { type: "boolean" } },
  help: [
    "  --blueprint NAME    built-in blueprint to start from (default: issue-to-pr); one of the files in blueprints/",
    "  --forge FORGE       github, ghes (GitHub Enterprise Server), forgejo or gitea (default: forgejo when .forgejo/ or .gitea/ exists, else github);",
    "                      workflows go where that forge reads them: next to the repository's CI when it has some",
    "  --force             overwrite existing files",
  ],
  async run({ values, positionals, cwd }, io) {
    if (positionals.length > 0) throw new UsageError(`init takes no arguments, got '${positionals[0]}'`);
    const names = builtinBlueprintNames();
    const name = oneOf("blueprint", values.blueprint ?? "issue-to-pr", names)!;
    const root = findRoot(cwd);
    const forge = oneOf("forge", values.forge, FORGES) ?? detectForge(root);
    const blueprintPath = `.crustyclaw/blueprints/${name}.yml`;
    const files: Array<[string, string]> = [
      [
        CONFIG_PATH,
        "# CrustyClaw settings: see docs/configuration.md in the CrustyClaw repository.\n" +
          stringify({ forges: [forge], blueprints: ".crustyclaw/blueprints" }),
      ],
      // Built-ins point their schema comment at the package; repositories use the installed copy.
      [blueprintPath, readBuiltinBlueprint(name).replace("$schema=../schema/", "$schema=../../node_modules/crustyclaw/schema/")],
    ];
    const existing = files.filter(([p]) => existsSync(path.join(root, p))).map(([p]) => p);
    if (existing.length > 0 && !values.force) {
      io.err(`crustyclaw init: ${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""}; use --force to overwrite`);
      return 1;
    }
    for (const [p, text] of files) {
      mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
      writeFileSync(path.join(root, p), text);
      io.out(`wrote ${p}`);
    }
    const project = openProject(root);
    const result = buildWorkflows(project, [], project.config.forges, root);
    if (result.problems.length > 0) {
      printProblems(io, result.problems);
      return 1;
    }
    for (const w of result.warnings) io.err(`warning: ${w}`);
    for (const wf of result.workflows) {
      mkdirSync(path.dirname(path.join(root, wf.path)), { recursive: true });
      writeFileSync(path.join(root, wf.path), wf.text);
      io.out(`wrote ${wf.path}`);
    }
    const blueprint = readBlueprint(project, blueprintPath).blueprint!;
    io.out(nextSteps(blueprint, blueprintPath, forge, result.workflows.map((w) => w.path)).join("\n"));
    return 0;
  },
};

/** What is left before the first run succeeds, in order, from what the blueprint asks for. */
export function nextSteps(blueprint: Blueprint, blueprintPath: string, forge: ForgeName, workflows: string[]): string[] {
  const github = familyOf(forge) === "github";
  const steps: string[] = [];
  if (blueprint.nodes.some((n) => n.kind === "agent" && !n.agent!.model)) {
    steps.push(
      "Choose a model: set the repository variable CRUSTYCLAW_MODEL (Settings → Actions → Variables), e.g. anthropic/claude-sonnet-4-5, openai/gpt-4.1 or ollama/llama3, or `model:` in the blueprint.",
      "Add a repository secret CRUSTYCLAW_MODEL_API_KEY with that provider's API key (none for a local server: set CRUSTYCLAW_MODEL_BASE_URL instead).",
    );
  }
  for (const n of blueprint.nodes.filter((x) => x.kind === "run")) {
    steps.push(
      `Check node '${n.id}' runs \`${n.run!.trim()}\` on a fresh checkout with ${n.network === "any" ? "the runner's network" : n.network.length === 0 ? "no network" : `network only to ${n.network.join(", ")}`}: if it needs dependencies, install them in the same command (e.g. \`npm ci && npm test\`) and list the registry under \`network:\` in ${blueprintPath} (e.g. registry.npmjs.org).`,
    );
  }
  if (!github) {
    steps.push(
      "Say who may start runs: list them under authorize.users in .crustyclaw/config.yml. Forgejo's automatic token cannot read collaborator permissions, so without it nobody can (docs/forges.md).",
    );
  }
  steps.push("After editing a blueprint, run `npx crustyclaw compile`; run `npx crustyclaw check` in CI to catch stale workflows.");
  const dirs = [...new Set(workflows.map((w) => `${path.posix.dirname(w)}/`))].join(" and ");
  const start = [
    ...(blueprint.triggers.issue?.labels.length ? [`label an issue \`${blueprint.triggers.issue.labels[0]}\``] : blueprint.triggers.issue ? ["open an issue"] : []),
    ...(blueprint.triggers.command ? [`comment \`${blueprint.triggers.command}\` on an issue`] : []),
    ...(blueprint.report && blueprint.triggers.dispatch ? [`run the workflow \`crustyclaw: ${blueprint.name}\` from the Actions tab`] : []),
  ];
  steps.push(`Commit .crustyclaw/ and ${dirs}${start.length > 0 ? `, then ${start.join(" or ")} to start a run` : ""}.`);
  if (blueprint.triggers.ciFailure && blueprint.nodes.some((n) => n.stage === "feedback")) {
    steps.push(
      github
        ? "CrustyClaw's pushes start no CI by themselves (the job token's never do): to have failing checks come back to the agent, list your CI workflow files under ci.dispatch in .crustyclaw/config.yml, or name a secret with an App or PAT token in ci.push-token (docs/forges.md)."
        : "CrustyClaw's pushes start no CI by themselves (the job token's never do): to have your CI run on them, name a secret with an access token in ci.push-token in .crustyclaw/config.yml (docs/forges.md).",
    );
  }
  if (blueprint.report) {
    steps.push(
      "It reports what the outcome store (branch crustyclaw/outcomes) holds: the runs of pipeline blueprints, stored as they end. Copy one beside it (e.g. node_modules/crustyclaw/blueprints/issue-to-pr.yml into .crustyclaw/blueprints/) and run `npx crustyclaw compile`.",
    );
  }
  return ["", "Next steps:", ...steps.map((t, i) => `  ${i + 1}. ${t}`)];
}
