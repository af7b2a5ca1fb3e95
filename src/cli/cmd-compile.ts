import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FORGES } from "../config/schema.js";
import { buildWorkflows, generatedFiles } from "./build.js";
import { printProblems } from "./output.js";
import { openProject } from "./project.js";
import { oneOf, UsageError, type Command } from "./usage.js";

export const compileCommand: Command = {
  name: "compile",
  summary:
    "Compile blueprints into workflow files, each where its forge reads them: GitHub and GHES .github/workflows; Forgejo the first of .forgejo, .gitea, .github/workflows that exists (else .forgejo); Gitea .gitea, else .github/workflows. Writes nothing if any blueprint has problems; removes generated workflows whose blueprint is gone.",
  usage: "crustyclaw compile [--forge github|ghes|forgejo|gitea] [--out DIR] [blueprint.yml ...]",
  options: { forge: { type: "string" }, out: { type: "string" } },
  help: [
    "  --forge FORGE       compile for this forge only (default: `forges` in .crustyclaw/config.yml, else github)",
    "  --out DIR           write workflows into DIR instead of the forge's workflow directory",
  ],
  async run({ values, positionals, cwd }, io) {
    const project = openProject(cwd);
    const forge = oneOf("forge", values.forge, FORGES);
    const forges = forge ? [forge] : project.config.forges;
    const out = typeof values.out === "string" ? values.out : undefined;
    if (out !== undefined && forges.length > 1) throw new UsageError("--out needs --forge: each forge's workflows differ");
    const result = buildWorkflows(project, positionals, forges, cwd);
    if (result.problems.length > 0) {
      printProblems(io, result.problems);
      io.err("nothing written");
      return 1;
    }
    if (result.workflows.length === 0) {
      throw new UsageError(`no blueprints found in ${project.config.blueprints}; name files to compile or run 'crustyclaw init'`);
    }
    for (const w of result.warnings) io.err(`warning: ${w}`);
    const written = new Set<string>();
    for (const wf of result.workflows) {
      const target = out ? path.resolve(cwd, out, path.basename(wf.path)) : path.join(project.root, wf.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, wf.text);
      written.add(path.resolve(target));
      io.out(`wrote ${path.relative(cwd, target) || target} (${wf.jobs} jobs)`);
    }
    // A whole-project compile owns the workflow directories: drop outputs of deleted blueprints.
    if (positionals.length === 0 && !out) {
      for (const f of forges.flatMap((fg) => generatedFiles(project, fg))) {
        const abs = path.join(project.root, f.path);
        if (!written.has(path.resolve(abs)) && f.header.source.startsWith(`${project.config.blueprints}/`)) {
          rmSync(abs);
          io.out(`removed ${f.path} (its blueprint ${f.header.source} no longer exists)`);
        }
      }
    }
    return 0;
  },
};
