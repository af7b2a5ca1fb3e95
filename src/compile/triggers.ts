import { cronProblem } from "../blueprint/cron.js";
import type { Blueprint } from "../blueprint/types.js";
import type { ForgeName } from "../config/schema.js";
import { segmentsOf } from "./segments.js";

/** Comments that move a run forward when a human approves or rejects (DESIGN: human review). */
export const APPROVAL_COMMANDS = ["/approve", "/reject"] as const;

/** Prefix of every branch a blueprint's runs push: `crustyclaw/<blueprint>-<issue>`. */
export function branchPrefix(blueprint: Blueprint): string {
  return `crustyclaw/${blueprint.name}-`;
}

/** A blueprint whose segments change code opens pull requests and follows them. */
export function opensPullRequests(blueprint: Blueprint): boolean {
  return blueprint.nodes.some((n) => n.stage === "execute");
}

/** Quote a value as a workflow-expression string literal. Inputs are pattern-checked; this is defence in depth. */
export function literal(value: string): string {
  if (/[\r\n]|\$\{\{|\}\}/.test(value)) throw new Error(`refusing to quote ${JSON.stringify(value)} into an expression`);
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A comment that is the command, or starts with it followed by a space or line break:
 * `/claw` must not match `/claw-review`. Expressions have no regex; a trailing space
 * appended with format() covers "exactly" and "then a space", fromJSON the line breaks.
 */
function commandCondition(command: string): string {
  const body = "github.event.comment.body";
  return [
    `startsWith(format('{0} ', ${body}), ${literal(`${command} `)})`,
    `startsWith(${body}, format('{0}{1}', ${literal(command)}, fromJSON('"\\n"')))`,
    `startsWith(${body}, format('{0}{1}', ${literal(command)}, fromJSON('"\\r"')))`,
  ].join(" || ");
}

export interface CompiledTriggers {
  /** The workflow's `on:` mapping. */
  on: Record<string, unknown>;
  /** The route job's `if:`: events that are not for this blueprint start no job at all. */
  routeIf: string;
  /** Notes for the user about triggers a target cannot honour. */
  warnings: string[];
}

export function compileTriggers(blueprint: Blueprint, forge: ForgeName): CompiledTriggers {
  const t = blueprint.triggers;
  const on: Record<string, unknown> = {};
  const conditions: string[] = [];
  const warnings: string[] = [];
  const prs = opensPullRequests(blueprint);
  const ownBranch = `startsWith(github.event.pull_request.head.ref, ${literal(branchPrefix(blueprint))})`;

  if (t.issue) {
    on.issues = { types: [...t.issue.types] };
    const labelled = t.issue.labels.map((l) => `contains(github.event.issue.labels.*.name, ${literal(l)})`);
    conditions.push(labelled.length ? `(github.event_name == 'issues' && (${labelled.join(" || ")}))` : "github.event_name == 'issues'");
  }

  // /approve and /reject matter where a human gate exists: a pull request, or a policy gate between runs.
  const gated = prs || segmentsOf(blueprint).filter((s) => s.id !== "feedback").length > 1;
  const commands = [...(t.command ? [t.command] : []), ...(gated ? APPROVAL_COMMANDS : [])];
  if (commands.length) {
    on.issue_comment = { types: ["created"] };
    const starts = commands.map(commandCondition);
    conditions.push(`(github.event_name == 'issue_comment' && (${starts.join(" || ")}))`);
  }

  if (t.review || prs) {
    on.pull_request_review = { types: ["submitted"] };
    conditions.push(t.review ? "github.event_name == 'pull_request_review'" : `(github.event_name == 'pull_request_review' && ${ownBranch})`);
  }

  if (prs) {
    // Merged or closed pull requests close the run and record its outcome.
    on.pull_request = { types: ["closed"] };
    conditions.push(`(github.event_name == 'pull_request' && ${ownBranch})`);
  }

  if (t.ciFailure) {
    if (forge === "forgejo") {
      warnings.push("trigger 'ci-failure' is left out: Forgejo has no workflow_run event; use 'command' to start a fix on a pull request");
    } else {
      on.workflow_run = { workflows: [...t.ciFailure.workflows], types: ["completed"] };
      // Only failures of pull requests from this repository: forks never get credentials.
      conditions.push(
        "(github.event_name == 'workflow_run' && github.event.workflow_run.conclusion == 'failure' && github.event.workflow_run.event == 'pull_request' && github.event.workflow_run.head_repository.full_name == github.repository)",
      );
    }
  }

  if (t.schedule) {
    // Validation reports these with a position; this is defence in depth, as in literal().
    for (const cron of t.schedule) {
      const problem = cronProblem(cron);
      if (problem) throw new Error(`refusing to compile ${problem.message}: ${problem.hint}`);
    }
    on.schedule = t.schedule.map((cron) => ({ cron }));
    conditions.push("github.event_name == 'schedule'");
  }

  if (t.dispatch) {
    on.workflow_dispatch = {
      inputs: {
        issue: { description: "Issue or pull request number to work on (optional)", required: false, type: "string" },
      },
    };
    conditions.push("github.event_name == 'workflow_dispatch'");
  }

  return { on, routeIf: conditions.join(" || "), warnings };
}
