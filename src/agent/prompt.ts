import type { AgentNode } from "../blueprint/types.js";
import { DATA_NOTICE, delimit } from "../context/sanitize.js";
import type { InstructionFile } from "../context/instructions.js";
import type { FeedbackData } from "../stages/feedback-data.js";
import type { PullData } from "../stages/review-data.js";
import type { Plan, PlanTask } from "./plan.js";

export interface TaskInput {
  issue?: { number: number; title: string; body: string };
  /** Summaries and results of the nodes this one follows (already produced by agents or commands). */
  previous: Array<{ node: string; summary: string; result?: Record<string, unknown> }>;
  /** The repo map: the workspace's files and definitions, ranked for this task. */
  repoMap?: string;
  /** Execute stage: the plan task this loop carries out. */
  task?: { task: PlanTask; index: number; total: number };
  /** Feedback stage: the review, its inline comments and the comments since the last round, as the route job gathered them. */
  feedback?: FeedbackData;
  /** A review run: the pull request to review, its head commit and diff, as the route job read them. */
  pull?: PullData;
  /** An agent after the execute stage: the approved plan the changes carry out, to check them against. */
  approvedPlan?: Plan;
}

/** The system prompt: CrustyClaw's rules, the repository's instruction files, the node's instructions; `review`: the node reviews a pull request. */
export function systemPrompt(node: AgentNode, files: InstructionFile[], opts: { review?: boolean } = {}): string {
  const parts = [
    `You are an agent working in a git repository checked out in your workspace, as the '${node.id}' step (${node.stage} stage) of an automated pipeline. Use the tools you are given; when you are done, call finish with a short summary.`,
    DATA_NOTICE,
  ];
  for (const f of files) parts.push(`Repository instructions from ${f.path}:\n${f.text}`);
  parts.push(`Your task for this step:\n${node.agent.instructions}`);
  if (node.stage === "plan") {
    parts.push(
      "Your result is a plan: call finish with `result.tasks`, each task with an id, a title, a description, acceptance criteria, the files it is likely to touch, and the ids of the tasks it needs first. The execute stage carries out the tasks one by one in that order.",
    );
  }
  if (opts.review) {
    parts.push(
      "Your result is a review, posted on the pull request: call finish with the review's text as `summary`, and `result.verdict` (`comment`, or `request-changes` when a finding must be fixed before merge) and `result.comments`, each `{ \"path\": \"<file>\", \"line\": <line>, \"body\": \"<finding>\" }` on a line the diff shows (add `\"side\": \"LEFT\"` for a line it removed). A comment on a line outside the diff is moved into the review's text.",
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
  if (input.feedback) parts.push(...feedbackParts(input.feedback));
  if (input.pull) parts.push(...pullParts(input.pull));
  if (input.approvedPlan) {
    // A model's words about untrusted text, approved by a person: still data.
    const tasks = input.approvedPlan.tasks.map((t) => [`Task '${t.id}': ${t.title}`, t.description, "Acceptance criteria:", ...t.acceptance.map((a) => `- ${a}`)].join("\n"));
    parts.push(`The approved plan the changes carry out (${tasks.length} task${tasks.length === 1 ? "" : "s"}):\n${delimit("plan", tasks.join("\n\n"))}`);
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

const SIDE: Record<FeedbackData["comments"][number]["side"], string> = {
  RIGHT: "in the pull request's version",
  LEFT: "in the base version (a line the pull request removed or changed)",
};

/**
 * What reviewers said, each text in its own delimited block: the review, each inline
 * comment with its location (file, line, side: a person's input too, so inside the block),
 * the comments since the last round. Ids are numbers the schema checked, outside the blocks,
 * so the agent can name the comment it answers.
 */
function feedbackParts(f: FeedbackData): string[] {
  const parts: string[] = [];
  const asked = f.review?.state === "changes_requested" ? "requested changes" : "asked for changes";
  parts.push(
    f.review
      ? `This is a feedback round on pull request #${f.pull}: a reviewer ${asked}. Your workspace is the pull request's branch; change it to address the review.\nThe review (review ${f.review.id}):\n${delimit("review", `${f.review.author} wrote:\n${f.review.body || "(no text)"}`)}`
      : f.ci
        ? `This is a feedback round on pull request #${f.pull}: its checks failed on commit ${f.ci.sha}. Your workspace is the pull request's branch at that commit; change it so the checks pass.`
        : `This is a feedback round on pull request #${f.pull}. Your workspace is the pull request's branch.`,
  );
  if (f.ci) {
    parts.push(`Failing checks (${f.ci.checks.length}):`);
    for (const c of f.ci.checks) {
      // Names, descriptions and logs are what CI printed: code under review wrote them.
      const about = [`${c.name}: ${c.conclusion}`, ...(c.description ? [c.description] : []), ...(c.url ? [`Details: ${c.url}`] : [])].join("\n");
      parts.push(`Check:\n${delimit("check", about)}${c.log ? `\nThe end of its log:\n${delimit("log", c.log)}` : ""}`);
    }
  }
  if (f.comments.length > 0) {
    parts.push(`Inline comments of the review (${f.comments.length}), each on a line of a file:`);
    for (const c of f.comments) {
      const where = `${c.path}${c.line !== undefined ? `, line ${c.line}` : ""}, ${SIDE[c.side]}`;
      parts.push(`Inline comment ${c.id}:\n${delimit("comment", `${where}\n${c.author} wrote:\n${c.body}`)}`);
    }
    parts.push(
      "When you call finish, you may add `replies` to its result: a list of `{ \"comment\": <inline comment id>, \"reply\": \"<what you did about it, in a sentence or two>\" }`. Each is posted as the answer to that comment; comments you give no reply get your summary.",
    );
  }
  if (f.followUps.length > 0) {
    parts.push(`Comments on the issue and the pull request since the last round (${f.followUps.length}), oldest first:`);
    for (const c of f.followUps) parts.push(`Comment ${c.id} on #${c.on}:\n${delimit("comment", `${c.author} wrote:\n${c.body}`)}`);
  }
  return parts;
}

/**
 * The pull request a review agent reviews: its title and text, then its diff, each in its own
 * delimited block (the author's words and code). The workspace is its head, read-only.
 */
function pullParts(p: PullData): string[] {
  return [
    `Pull request #${p.number} to review, into ${JSON.stringify(p.base)}; your workspace is its head, commit ${p.head}:\n${delimit("pull-request", `${p.title}\n\n${p.body}`)}`,
    `Its changes, as a unified diff from where it branched off${p.truncated ? ` (cut at ${p.diff.length} characters: read the files for the rest)` : ""}:\n${delimit("diff", p.diff)}`,
  ];
}
