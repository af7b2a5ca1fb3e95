import type { Node } from "../blueprint/types.js";
import { DATA_NOTICE, delimit } from "../context/sanitize.js";
import type { InstructionFile } from "../context/instructions.js";
import type { PlanTask } from "./plan.js";

export interface TaskInput {
  issue?: { number: number; title: string; body: string };
  /** Summaries and results of the nodes this one follows (already produced by agents or commands). */
  previous: Array<{ node: string; summary: string; result?: Record<string, unknown> }>;
  /** The repo map: the workspace's files and definitions, ranked for this task. */
  repoMap?: string;
  /** Execute stage: the plan task this loop carries out. */
  task?: { task: PlanTask; index: number; total: number };
}

/** The system prompt: CrustyClaw's rules, the repository's instruction files, the node's instructions. */
export function systemPrompt(node: Node, files: InstructionFile[]): string {
  const parts = [
    `You are an agent working in a git repository checked out in your workspace, as the '${node.id}' step (${node.stage} stage) of an automated pipeline. Use the tools you are given; when you are done, call finish with a short summary.`,
    DATA_NOTICE,
  ];
  for (const f of files) parts.push(`Repository instructions from ${f.path}:\n${f.text}`);
  parts.push(`Your task for this step:\n${node.agent!.instructions}`);
  if (node.stage === "plan") {
    parts.push(
      "Your result is a plan: call finish with `result.tasks`, each task with an id, a title, a description, acceptance criteria, the files it is likely to touch, and the ids of the tasks it needs first. The execute stage carries out the tasks one by one in that order.",
    );
  }
  return parts.join("\n\n");
}

/** The first user message: the issue and earlier results, each as delimited data. */
export function taskMessage(input: TaskInput): string {
  const parts: string[] = [];
  if (input.issue) parts.push(`Issue #${input.issue.number}:\n${delimit("issue", `${input.issue.title}\n\n${input.issue.body}`)}`);
  for (const p of input.previous) {
    const result = p.result && Object.keys(p.result).length ? `\n${JSON.stringify(p.result, null, 2)}` : "";
    parts.push(`Result of the earlier step '${p.node}':\n${delimit("result", `${p.summary}${result}`)}`);
  }
  // Signatures come from the checkout, which on feedback runs is a pull request's head: data too.
  if (input.repoMap) parts.push(`Map of the repository (files and their definitions, most relevant first):\n${delimit("repo-map", input.repoMap)}`);
  if (input.task) {
    const { task, index, total } = input.task;
    // Plan tasks are a model's words about untrusted text: data too.
    const text = [task.title, "", task.description, "", "Acceptance criteria:", ...task.acceptance.map((a) => `- ${a}`), ...(task.files.length ? ["", `Files likely touched: ${task.files.join(", ")}`] : [])].join("\n");
    parts.push(
      `Carry out task '${task.id}' (${index} of ${total}) of the plan now, and only that task${index > 1 ? "; the tasks before it are done in the workspace" : ""}. Call finish when its acceptance criteria hold.\n${delimit("task", text)}`,
    );
  }
  if (parts.length === 0) parts.push("There is no issue text for this run; follow your task.");
  return parts.join("\n\n");
}
