import type { Blueprint, Stage } from "../blueprint/types.js";
import { segmentsOf, type Segment } from "../compile/segments.js";
import { branchPrefix } from "../compile/triggers.js";
import type { Config } from "../config/config.js";
import { findMarkedComment, selfLogin, type Forge } from "../forge/forge.js";
import type { Trigger } from "../forge/types.js";
import { authorize } from "../policy/authorize.js";
import { inert } from "../policy/posted-text.js";
import { advance, newRunState, type RunEvent, type RunState } from "./state.js";
import { readState, renderTracking, trackingMarker } from "./tracking.js";

export interface RouteDeps {
  forge: Forge;
  blueprint: Blueprint;
  config: Config;
  trigger: Trigger;
  /** Commit of the default branch for this run (GITHUB_SHA on issue events). */
  sha: string;
  runUrl?: string;
  repoUrl: string;
  now: () => string;
}

export interface RouteResult {
  /** Segment to run now, or "" for nothing. */
  stage: Stage | "";
  issue?: number;
  /** Commit the work jobs check out. */
  ref?: string;
  /** Why, for the log. */
  reason: string;
}

const nothing = (reason: string, issue?: number): RouteResult => ({ stage: "", reason, ...(issue !== undefined ? { issue } : {}) });

/** `/approve`, `/reject`, or the blueprint's own command, as the first word of a comment. */
function commandOf(body: string): string | undefined {
  const first = body.trimStart().split(/\s/, 1)[0] ?? "";
  return /^\/[a-z][a-z0-9-]*$/.test(first) ? first : undefined;
}

/** The issue a run belongs to: its number, or the one in a `crustyclaw/<blueprint>-<n>` branch. */
async function issueOf(deps: RouteDeps): Promise<number | undefined> {
  const t = deps.trigger;
  const fromBranch = (ref: string) => {
    const prefix = branchPrefix(deps.blueprint);
    const rest = ref.startsWith(prefix) ? ref.slice(prefix.length) : "";
    // Digits only: Number() would also read "1e2" or " 7".
    const n = /^[1-9][0-9]{0,9}$/.test(rest) ? Number(rest) : undefined;
    return n;
  };
  switch (t.kind) {
    case "issue":
      return t.issue.number;
    case "comment": {
      if (!t.isPullRequest) return t.issue.number;
      const pull = await deps.forge.getPull(t.issue.number);
      return fromBranch(pull.headRef) ?? t.issue.number;
    }
    case "review":
    case "review_comment":
    case "pull_request":
      return fromBranch(t.pull.headRef) ?? (deps.blueprint.triggers.review ? t.pull.number : undefined);
    case "ci": {
      const pr = t.pulls[0];
      if (pr === undefined) return undefined;
      return fromBranch((await deps.forge.getPull(pr)).headRef) ?? pr;
    }
    case "dispatch": {
      const n = Number(t.inputs.issue ?? "");
      return Number.isSafeInteger(n) && n > 0 ? n : undefined;
    }
    case "schedule":
      return undefined;
  }
}

/**
 * Why a command comment no longer counts, or undefined when it does. Only a comment that
 * still exists, unedited, when the route reads it counts: a deleted or edited `/approve`
 * (and a rerun of an old run whose `/approve` has since been withdrawn) approves nothing.
 */
async function staleCommand(forge: Forge, trigger: Extract<Trigger, { kind: "comment" }>, command: string): Promise<string | undefined> {
  const what = `ignoring ${command} in comment ${trigger.commentId}`;
  if (trigger.action !== "created") return `${what}: the event is for a comment being ${trigger.action}, not posted`;
  const now = await forge.getComment(trigger.commentId);
  if (!now) return `${what}: the comment has been deleted`;
  if (now.body !== trigger.body || now.updatedAt !== now.createdAt) return `${what}: the comment has been edited since it was posted`;
  return undefined;
}

function firstSegment(segments: Segment[]): Segment | undefined {
  return segments.find((s) => s.id !== "feedback") ?? segments[0];
}

function segmentAfter(segments: Segment[], id: Stage | undefined): Segment | undefined {
  const i = segments.findIndex((s) => s.id === id);
  const next = segments[i + 1];
  return next && next.id !== "feedback" ? next : undefined;
}

/**
 * The activation step: authorise the actor, load the run's state from the tracking
 * comment, decide which segment (if any) this event starts, and record it. Every
 * path is idempotent: rerunning the job finds the same comment and state.
 */
export async function route(deps: RouteDeps): Promise<RouteResult> {
  const { forge, blueprint, trigger } = deps;
  const decision = await authorize(trigger, forge, deps.config.authorize);
  const issue = await issueOf(deps);
  if (!decision.allowed) {
    if (!decision.silent && issue !== undefined && trigger.kind !== "schedule") {
      await forge.createComment(issue, `CrustyClaw did not start: ${inert(decision.why)}.`);
    }
    return nothing(`not authorised: ${decision.why}`, issue);
  }
  if (issue === undefined) return nothing(`no issue to work on for this ${trigger.kind} event`);

  const command = trigger.kind === "comment" ? commandOf(trigger.body) : undefined;
  if (trigger.kind === "comment") {
    if (command === undefined || (command !== blueprint.triggers.command && command !== "/approve" && command !== "/reject")) {
      return nothing(`comment is not a command for ${blueprint.name}`, issue);
    }
    const stale = await staleCommand(forge, trigger, command);
    if (stale) return nothing(stale, issue);
  }

  const segments = segmentsOf(blueprint);
  const marker = trackingMarker(blueprint.name);
  const tracking = await findMarkedComment(forge, issue, marker, await selfLogin(forge));
  const read = tracking ? readState(tracking.body, { blueprint: blueprint.name, issue }) : undefined;
  // The branch is derived, never taken from the comment: state is data, not authority.
  const previous = read && { ...read, branch: `${branchPrefix(blueprint)}${issue}` };
  const now = deps.now();
  const budget = blueprint.budgets.ciRounds;
  const ev = (state: RunState, e: RunEvent) => advance(state, e, now, budget);

  let state = previous;
  let start: Segment | undefined;
  const active = previous && !["merged", "closed", "escalated"].includes(previous.status);

  if (trigger.kind === "comment" && (command === "/approve" || command === "/reject")) {
    if (!previous) return nothing(`${command} on #${issue}, which has no ${blueprint.name} run`, issue);
    if (command === "/reject") state = ev(previous, { type: "rejected" });
    else if (previous.status === "awaiting-approval") {
      state = ev(previous, { type: "approved" });
      start = segmentAfter(segments, previous.segment);
    }
  } else if (trigger.kind === "review" && previous) {
    if (trigger.state === "approved") state = ev(previous, { type: "review-approved" });
    else if (trigger.state === "changes_requested") {
      state = ev(previous, { type: "changes-requested" });
      if (state.status === "executing" && state !== previous) start = segments.find((s) => s.id === "feedback");
    }
  } else if (trigger.kind === "pull_request" && previous) {
    if (trigger.action === "closed") state = ev(previous, { type: trigger.merged ? "merged" : "closed" });
  } else if (trigger.kind === "ci" && previous) {
    if (trigger.conclusion === "failure") {
      state = ev(previous, { type: "ci-failed" });
      if (state.status === "executing" && state !== previous) start = segments.find((s) => s.id === "feedback");
    }
  } else if (trigger.kind !== "review" && trigger.kind !== "pull_request" && trigger.kind !== "review_comment") {
    // A start event: issue opened/labelled, the blueprint's command (the only other command left), dispatch.
    if (active) return nothing(`#${issue} already has an active ${blueprint.name} run (${previous!.status})`, issue);
    state = newRunState(blueprint.name, issue, `${branchPrefix(blueprint)}${issue}`, blueprint.nodes.map((n) => n.id), now);
    start = firstSegment(segments);
  }

  if (!state) return nothing(`no ${blueprint.name} run on #${issue}`, issue);
  let ref = deps.sha;
  if (start?.id === "feedback" && state.pull !== undefined) {
    // Feedback works on the run's own pull request: its head, never another branch's or a fork's.
    const pull = await forge.getPull(state.pull);
    if (pull.fromFork || pull.headRef !== state.branch) {
      return nothing(`pull request #${state.pull} is not the run's own (its head is not ${state.branch} in this repository); not starting feedback`, issue);
    }
    ref = pull.headSha;
  }
  if (start) {
    state = { ...state, segment: start.id, updatedAt: now, ...(deps.runUrl ? { runUrl: deps.runUrl } : {}) };
    if (start.stages.includes("execute") && state.status === "planned") state = ev(state, { type: "executing" });
  }
  if (state !== previous) {
    const body = renderTracking(state, { now, repoUrl: deps.repoUrl });
    if (tracking) await forge.updateComment(tracking.id, body);
    else await forge.createComment(issue, body);
  }
  if (!start) return nothing(`run on #${issue} is ${state.status}`, issue);
  // Acknowledge the command that started work where its author is looking.
  if (trigger.kind === "comment") await forge.addReaction({ comment: trigger.commentId }, "eyes");
  return { stage: start.id, issue, ref, reason: `starting ${start.stages.join(" + ")} for #${issue}` };
}
