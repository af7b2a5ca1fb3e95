import type { Command } from "./usage.js";
import { printJson, printProblems } from "./output.js";
import { blueprintPaths, openProject, readBlueprint } from "./project.js";
import { UsageError } from "./usage.js";

export const validateCommand: Command = {
  name: "validate",
  summary: "Check blueprints for problems: schema, needs, cycles, stage order. Reports every problem with file:line:column.",
  usage: "crustyclaw validate [--json] [blueprint.yml ...]",
  options: { json: { type: "boolean" } },
  help: ["  --json              print the result as JSON on stdout"],
  async run({ values, positionals, cwd }, io) {
    const project = openProject(cwd);
    const paths = blueprintPaths(project, positionals, cwd);
    if (paths.length === 0) {
      throw new UsageError(`no blueprints found in ${project.config.blueprints}; name files to validate or run 'crustyclaw init'`);
    }
    const files = paths.map((p) => readBlueprint(project, p));
    const problems = [...project.configProblems, ...project.policyProblems, ...files.flatMap((f) => f.problems)];
    if (values.json) {
      printJson(io, {
        ok: problems.length === 0,
        blueprints: files.map((f) => ({ path: f.path, valid: f.problems.length === 0, name: f.blueprint?.name ?? null })),
        problems,
      });
    } else {
      printProblems(io, problems);
      for (const f of files) if (f.blueprint) io.out(`ok  ${f.path} (${f.blueprint.report ? "report" : `${f.blueprint.nodes.length} nodes`})`);
    }
    return problems.length === 0 ? 0 : 1;
  },
};
