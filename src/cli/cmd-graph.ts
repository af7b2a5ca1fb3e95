import { STAGES } from "../blueprint/schema.js";
import type { Blueprint } from "../blueprint/types.js";
import { fuseNodes } from "../pipeline/fuse.js";
import { segmentsOf } from "../pipeline/segments.js";
import { printProblems } from "./output.js";
import { openProject, readBlueprint, toRepoPath } from "./project.js";
import { UsageError, type Command } from "./usage.js";

/**
 * The blueprint DAG as Mermaid: nodes grouped by stage, agents rounded, edges from `needs`.
 * Mermaid ids are prefixed (`stage_plan`, `node_plan`): a subgraph and a node may not share an
 * id (Mermaid: "would create a cycle"), and a node called `end` would close the subgraph.
 */
export function mermaid(blueprint: Blueprint, showJobs: boolean): string {
  const lines = ["flowchart TD"];
  // A report blueprint has one job and no nodes.
  if (blueprint.report) return [...lines, `  report["report<br/>last ${blueprint.report.days} days, posted as an issue"]`].join("\n");
  const id = (node: string) => `node_${node}`;
  for (const stage of STAGES) {
    const nodes = blueprint.nodes.filter((n) => n.stage === stage);
    if (nodes.length === 0) continue;
    lines.push(`  subgraph stage_${stage} ["${stage}"]`);
    for (const n of nodes) {
      lines.push(n.kind === "agent" ? `    ${id(n.id)}("${n.id}<br/>agent")` : `    ${id(n.id)}["${n.id}<br/>run"]`);
    }
    lines.push("  end");
  }
  for (const n of blueprint.nodes) for (const need of n.needs) lines.push(`  ${id(need)} --> ${id(n.id)}`);
  if (showJobs) {
    for (const segment of segmentsOf(blueprint)) {
      for (const job of fuseNodes(segment)) {
        if (job.nodes.length > 1) lines.push(`  %% job ${job.id}: ${job.nodes.map((n) => n.id).join(", ")}`);
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

export const graphCommand: Command = {
  name: "graph",
  summary: "Print a blueprint's DAG as a Mermaid flowchart (paste it into any Markdown file on GitHub or Forgejo).",
  usage: "crustyclaw graph [--jobs] <blueprint.yml>",
  options: { jobs: { type: "boolean" } },
  help: ["  --jobs              add a comment per fused job listing the nodes it runs"],
  async run({ values, positionals, cwd }, io) {
    if (positionals.length !== 1) throw new UsageError("graph takes exactly one blueprint file");
    const project = openProject(cwd);
    const file = readBlueprint(project, toRepoPath(project.root, positionals[0]!, cwd));
    if (!file.blueprint) {
      printProblems(io, file.problems);
      return 1;
    }
    io.out(mermaid(file.blueprint, values.jobs === true));
    return 0;
  },
};
