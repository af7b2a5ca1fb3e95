import { cronProblem } from "../blueprint/cron.js";
import type { Blueprint } from "../blueprint/types.js";
import { familyOf, type ForgeName } from "../config/schema.js";
import { segmentsOf } from "../pipeline/segments.js";
import { adoptsPullRequests, APPROVAL_COMMANDS, branchPrefix, opensPullRequests, RUN_BRANCHES, SWEEP_CRON, sweeps } from "../pipeline/runs.js";

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

/** Comments on a pull request can ask this blueprint for a feedback round: it has feedback nodes and a command. */
function feedsBack(blueprint: Blueprint): boolean {
  return opensPullRequests(blueprint) && blueprint.triggers.command !== undefined && blueprint.nodes.some((n) => n.stage === "feedback");
}

/**
 * The number a run's concurrency group is keyed on: the issue or pull request. GitHub keeps
 * one pending run per group and cancels it for a newer one, so an inline comment without the
 * command (its run does nothing) gets a group of its own: it must not take the place of a
 * pending run for its pull request, such as that of the review it belongs to. Forgejo queues
 * every run of a group, and its comment reviews need the route to look at them.
 */
export function concurrencyNumber(blueprint: Blueprint, forge: ForgeName): string {
  const pull =
    familyOf(forge) === "github" && feedsBack(blueprint)
      ? `(github.event_name != 'pull_request_review_comment' || ${commandCondition(blueprint.triggers.command!)}) && github.event.pull_request.number`
      : "github.event.pull_request.number";
  // Scheduled and dispatched runs get a group of their own: GitHub's run id, Forgejo's run number (its run id is empty there).
  return `github.event.issue.number || ${pull} || github.event.workflow_run.pull_requests[0].number || github.run_id || github.run_number`;
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
  const adopts = adoptsPullRequests(blueprint);
  const ownBranch = `startsWith(github.event.pull_request.head.ref, ${literal(branchPrefix(blueprint))})`;

  if (t.issue) {
    on.issues = { types: [...t.issue.types] };
    const labelled = t.issue.labels.map((l) => `contains(github.event.issue.labels.*.name, ${literal(l)})`);
    // With an assignee trigger the workflow also runs for assignments: those are its condition's alone.
    const event = t.assignee ? "(github.event_name == 'issues' && github.event.action != 'assigned')" : "github.event_name == 'issues'";
    conditions.push(labelled.length ? `(${event} && (${labelled.join(" || ")}))` : event);
  }

  if (t.assignee) {
    on.issues = { types: [...((on.issues as { types?: string[] } | undefined)?.types ?? []), "assigned"] };
    // A cheap filter: GitHub names the user assigned (`assignee`), Forgejo only the issue's assignees; route checks exactly.
    conditions.push(
      `(github.event_name == 'issues' && github.event.action == 'assigned' && contains(github.event.issue.assignees.*.login, ${literal(t.assignee)}))`,
    );
  }

  // /approve and /reject matter where a human gate exists: a pull request, or a policy gate between runs.
  // A run on an adopted pull request waits between rounds too: `/reject` ends it.
  const gated = prs || adopts || segmentsOf(blueprint).filter((s) => s.id !== "feedback").length > 1;
  const commands = [...(t.command ? [t.command] : []), ...(gated ? APPROVAL_COMMANDS : [])];
  if (commands.length || t.mention) {
    on.issue_comment = { types: ["created"] };
    const starts = commands.map(commandCondition);
    // contains() ignores case, as logins do; route checks the mention exactly (a whole login, outside code and quotes).
    if (t.mention) starts.push(`contains(github.event.comment.body, ${literal(`@${t.mention}`)})`);
    conditions.push(`(github.event_name == 'issue_comment' && (${starts.join(" || ")}))`);
  }

  if (t.review || prs) {
    on.pull_request_review = { types: ["submitted"] };
    conditions.push(t.review ? "github.event_name == 'pull_request_review'" : `(github.event_name == 'pull_request_review' && ${ownBranch})`);
  }

  if (feedsBack(blueprint)) {
    // Inline comments and comment reviews start a feedback round when they carry the command (route reads the
    // review and its comments to decide). GitHub sends both a review's `pull_request_review` (above) and one
    // `pull_request_review_comment` per inline comment, whose text the `if:` can check. Forgejo sends a comment
    // review only to `on: pull_request_review_comment` (types created; never to pull_request_review's `submitted`),
    // with the review's body and no inline comments: route decides.
    on.pull_request_review_comment = { types: ["created"] };
    conditions.push(
      familyOf(forge) === "github"
        ? `(github.event_name == 'pull_request_review_comment' && ${ownBranch} && (${commandCondition(t.command!)}))`
        : `(github.event_name == 'pull_request_review_comment' && ${ownBranch})`,
    );
  }

  if (prs || adopts) {
    // Merged or closed pull requests close the run and record its outcome. An adopted one is anyone's but a CrustyClaw run's.
    on.pull_request = { types: ["closed"] };
    conditions.push(
      prs ? `(github.event_name == 'pull_request' && ${ownBranch})` : `(github.event_name == 'pull_request' && !startsWith(github.event.pull_request.head.ref, ${literal(RUN_BRANCHES)}))`,
    );
  }

  if (t.ciFailure) {
    if (familyOf(forge) === "forgejo") {
      warnings.push("trigger 'ci-failure' is left out: Forgejo and Gitea have no workflow_run event; use 'command' to start a fix on a pull request");
    } else {
      on.workflow_run = { workflows: [...t.ciFailure.workflows], types: ["completed"] };
      // Only failures in this repository (forks never get credentials): of a pull request's run, or of a run on
      // the blueprint's own branches (dispatched there by publish, config ci.dispatch, or started by a push-token push);
      // an adopted pull request's branch is anyone's, so there any dispatched run (route finds its pull request).
      const dispatched = adopts ? "github.event.workflow_run.event == 'workflow_dispatch'" : `startsWith(github.event.workflow_run.head_branch, ${literal(branchPrefix(blueprint))})`;
      conditions.push(
        `(github.event_name == 'workflow_run' && github.event.workflow_run.conclusion == 'failure' && github.event.workflow_run.head_repository.full_name == github.repository && (github.event.workflow_run.event == 'pull_request' || ${dispatched}))`,
      );
    }
  }

  // Forgejo's schedule payload does not say which cron fired: with a schedule of the blueprint's own, its runs sweep too.
  const forgejo = familyOf(forge) === "forgejo";
  const sweepCron = sweeps(blueprint) && !(forgejo && t.schedule) && !t.schedule?.includes(SWEEP_CRON);
  if (sweeps(blueprint) && forgejo && t.schedule) {
    warnings.push(`the review-timeout sweep runs with the blueprint's own schedule (${t.schedule.join(", ")}) on Forgejo, whose scheduled runs cannot tell their crons apart: runs waiting longer are escalated only then`);
  }
  const crons = [...(t.schedule ?? []), ...(sweepCron ? [SWEEP_CRON] : [])];
  if (crons.length > 0) {
    // Validation reports the blueprint's with a position; this is defence in depth, as in literal().
    for (const cron of crons) {
      const problem = cronProblem(cron);
      if (problem) throw new Error(`refusing to compile ${problem.message}: ${problem.hint}`);
    }
    on.schedule = crons.map((cron) => ({ cron }));
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
