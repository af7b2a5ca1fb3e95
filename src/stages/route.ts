import { planSha256, type Plan } from "../agent/plan.js";
import { reviewsPullRequests } from "../agent/review.js";
import type { Blueprint, Stage } from "../blueprint/types.js";
import { nextSegment, segmentsOf, type Segment } from "../pipeline/segments.js";
import { adoptsPullRequests, branchPrefix, opensPullRequests, SWEEP_CRON, sweeps } from "../pipeline/runs.js";
import { hasLimits, type Config } from "../config/config.js";
import { findMarkedComment, selfLogin, type CiCheck, type Forge, type PullRequest } from "../forge/forge.js";
import { runTarget } from "./adopted.js";
import { claimNewRun, claimStep } from "./claim.js";
import type { Trigger } from "../forge/types.js";
import { authorize } from "../policy/authorize.js";
import type { Policy } from "../policy/rules.js";
import { inert } from "../policy/posted-text.js";
import { assignmentRefusal, commandFor } from "./addressed.js";
import type { FeedbackData } from "./feedback-data.js";
import { failingChecks, feedbackSeen, gatherCi, gatherFeedback, noRoundBecause, opensWithCommand, reviewOf, type ReviewAsk } from "./feedback-gather.js";
import { pullData, type PullData } from "./review-data.js";
import { closeRunPull } from "./run-pull.js";
import { sweep, SWEEP_MAX_ISSUES } from "./sweep.js";
import { advance, newRunState, type RunEvent, type RunState } from "./state.js";
import { outcomeOf, type UnchainedOutcome } from "./outcome.js";
import { capReached, spendLeft } from "./limits.js";
import type { OutcomeRecord } from "../outcomes/record.js";
import { GitError } from "../git/git.js";
import { isLogin, MAX_REASON, readState, renderTracking, trackingMarker } from "./tracking.js";

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
  /** Secrets the job holds (its token): redacted from CI logs and descriptions. */
  secrets?: readonly string[];
  /** sha256 of the blueprint file, for outcome records. */
  blueprintSha256?: string;
  /** `.crustyclaw/policy.yml` of the default branch, or what is wrong with it (no run starts until it is fixed). */
  policy?: Policy | { invalid: string };
  /** The outcome store's records, read only when config `limits` sets a cap (throws GitError when the store cannot be read). */
  readOutcomes?: () => Promise<OutcomeRecord[]>;
}

export interface RouteResult {
  /** Segment to run now, or "" for nothing. */
  stage: Stage | "";
  issue?: number;
  /** Commit the work jobs check out. */
  ref?: string;
  /** Why, for the log. */
  reason: string;
  /** The approved plan the execute segment must carry out, and its sha256 (what `/approve` approved). */
  plan?: { plan: Plan; sha256: string };
  /** A feedback round's review, inline comments and follow-up comments, for the work jobs (feedback-data.ts). */
  feedback?: FeedbackData;
  /** A review run's pull request, head commit and diff, for the review agent (review-data.ts). */
  review?: PullData;
  /** Runs this event ended (merged, closed, rejected, escalated), for the outcome store. */
  outcomes?: UnchainedOutcome[];
  /** When a stage starts: when its run began (with the blueprint and issue, the run's identity and trace). */
  startedAt?: string;
  /** When a stage starts under spend caps: what they leave (tokens, US dollars); each agent's budget is clipped to it. */
  spendLeft?: { tokens?: number; usd?: number };
}

const nothing = (reason: string, issue?: number): RouteResult => ({ stage: "", reason, ...(issue !== undefined ? { issue } : {}) });

/** What follows the command in a comment, trimmed (a `/reject` reason, an `/approve` hash). */
function argumentOf(body: string): string {
  return body.trimStart().replace(/^\S+/, "").trim();
}

/**
 * Why `/approve` cannot approve this run's plan, or undefined when it can. The plan in the
 * state must still be the one publish posted (its recorded sha256), and a hash the approver
 * names (`/approve 1a2b3c4d5e6f`, the short form the comment shows) must be that plan's.
 */
function approvalRefusal(state: RunState, argument: string, blueprint: Blueprint): string | undefined {
  const named = /^[0-9a-f]{12,64}$/.exec(argument.split(/\s/, 1)[0] ?? "")?.[0];
  const again = blueprint.triggers.command
    ? `comment \`${blueprint.triggers.command}\` to plan again, then review and approve the new plan`
    : "comment `/reject` and start the run again, then review and approve the new plan";
  if (!state.plan || !state.planSha256) {
    return named ? `the run has no plan, so there is no plan ${named} to approve; comment \`/approve\` without a hash` : undefined;
  }
  const actual = planSha256(state.plan);
  if (actual !== state.planSha256) {
    return `the plan in the tracking comment has changed since it was posted (its sha256 is now \`${actual.slice(0, 12)}\`, the posted plan's was \`${state.planSha256.slice(0, 12)}\`), so nothing was approved or started. To go ahead, ${again}`;
  }
  if (named && !actual.startsWith(named)) {
    return `\`/approve ${named}\` names another plan than the one waiting for approval (sha256 \`${actual.slice(0, 12)}\`), so nothing was approved or started. Review the plan in the tracking comment and approve it by its hash`;
  }
  return undefined;
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
  // A fork's (or AGit) branch name is anyone's: it names no run.
  const runOf = (pull: { headRef: string; fromFork: boolean }) => (pull.fromFork ? undefined : fromBranch(pull.headRef));
  switch (t.kind) {
    case "issue":
      return t.issue.number;
    case "comment": {
      if (!t.isPullRequest) return t.issue.number;
      return runOf(await deps.forge.getPull(t.issue.number)) ?? t.issue.number;
    }
    case "review":
    case "review_comment":
    case "pull_request":
      return runOf(t.pull) ?? (deps.blueprint.triggers.review || adoptsPullRequests(deps.blueprint) || t.pull.fromFork ? t.pull.number : undefined);
    case "ci": {
      // GitHub lists no pull request for a run dispatched on the branch (a CI route for the job token's pushes): the branch names the run.
      const pr = t.pulls[0];
      if (pr === undefined) {
        if (t.branch === undefined) return undefined;
        if (!adoptsPullRequests(deps.blueprint)) return fromBranch(t.branch);
        // An adopted pull request's CI dispatched on its branch (config ci.dispatch): the open pull request of that branch.
        const pull = await deps.forge.findPullByHead(t.branch);
        return pull && pull.state === "open" && !pull.fromFork ? pull.number : undefined;
      }
      return runOf(await deps.forge.getPull(pr)) ?? pr;
    }
    case "dispatch": {
      const n = Number(t.inputs.issue ?? "");
      return Number.isSafeInteger(n) && n > 0 ? n : undefined;
    }
    case "schedule":
      return undefined;
  }
}

/** Opens a run's own issue: CrustyClaw's, starting with this marker. */
const runIssueMarker = (blueprint: Blueprint) => `<!-- crustyclaw:run-issue ${blueprint.name} -->`;

/**
 * The issue that runs started by the blueprint's schedule or by hand (without an issue
 * number) work on: the open one CrustyClaw opened for them, else a new one. Its tracking
 * comment holds the run as for any issue, so a run waiting for review is not started twice,
 * and the pull request's "Closes #n" closes it when it merges.
 */
async function runIssue(forge: Forge, blueprint: Blueprint): Promise<number> {
  const marker = runIssueMarker(blueprint);
  const self = (await selfLogin(forge)).toLowerCase();
  const open = (await forge.listOpenIssues(SWEEP_MAX_ISSUES)).find((i) => !i.isPullRequest && i.author.toLowerCase() === self && i.body.startsWith(marker));
  if (open) return open.number;
  const body = `${marker}\nCrustyClaw opened this issue for the runs of the \`${blueprint.name}\` blueprint that its schedule, or someone by hand, starts without naming an issue. Each run's progress is tracked here; its pull request closes this issue when it merges.`;
  return (await forge.createIssue({ title: `CrustyClaw: ${blueprint.name}`, body })).number;
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

/**
 * The activation step: authorise the actor, load the run's state from the tracking
 * comment, decide which segment (if any) this event starts, and record it. Every
 * path is idempotent: rerunning the job finds the same comment and state.
 */
export async function route(deps: RouteDeps): Promise<RouteResult> {
  // A sweep ends runs before this event's own routing, which may then return at any of its exits.
  const swept: UnchainedOutcome[] = [];
  const result = await routeEvent(deps, swept);
  const outcomes = [...swept, ...(result.outcomes ?? [])];
  return outcomes.length > 0 ? { ...result, outcomes } : result;
}

async function routeEvent(deps: RouteDeps, sweptOutcomes: UnchainedOutcome[]): Promise<RouteResult> {
  const { forge, blueprint, trigger } = deps;
  // Exact checks behind the workflow's cheap `if:`: what is not for this blueprint is neither authorised nor answered.
  const command = trigger.kind === "comment" ? commandFor(trigger.body, blueprint.triggers) : undefined;
  const elsewhere = trigger.kind === "comment" && command === undefined ? `comment is not a command for ${blueprint.name}` : assignmentRefusal(trigger, blueprint.triggers);
  if (elsewhere) return nothing(elsewhere);
  let issue = await issueOf(deps);
  const policy = deps.policy ?? { rules: [] };
  if ("invalid" in policy) {
    if (issue !== undefined && trigger.kind !== "schedule") await forge.createComment(issue, `CrustyClaw did not start: ${inert(policy.invalid)}`);
    return nothing(`not started: ${policy.invalid}`, issue);
  }
  const decision = await authorize(trigger, forge, { authorize: deps.config.authorize, rules: policy.rules, blueprint: blueprint.name, ...(command ? { command } : {}) });
  // CI that ran on a run's own branch (dispatched by its publish job: the actor is the Actions bot) continues a run a person
  // started: it is not authorised by its actor, and starts a round only on the head of that run's own pull request (below).
  // A run on an adopted pull request (its branch is anyone's) continues the same way; route checks the branch is the run's below.
  const ownCi = trigger.kind === "ci" && trigger.branch !== undefined && (adoptsPullRequests(blueprint) || trigger.branch.startsWith(branchPrefix(blueprint)));
  if (!decision.allowed && !ownCi) {
    // A comment review asks for nothing unless it carries the command: refusing it aloud would answer every remark.
    const quiet = trigger.kind === "review" && trigger.state === "commented" && !(blueprint.triggers.command && opensWithCommand(trigger.body, blueprint.triggers.command));
    if (!decision.silent && !quiet && issue !== undefined && trigger.kind !== "schedule") {
      await forge.createComment(issue, `CrustyClaw did not start: ${inert(decision.why)}.`);
    }
    return nothing(`not authorised: ${decision.why}`, issue);
  }
  if (trigger.kind === "schedule" && sweeps(blueprint)) {
    const swept = await sweep({ forge, blueprint, repoUrl: deps.repoUrl, now: deps.now, ...(deps.blueprintSha256 ? { blueprintSha256: deps.blueprintSha256 } : {}) });
    // GitHub says which cron fired, and the sweep's does nothing else; Forgejo does not say, and the blueprint's own schedule goes on.
    const sweepOnly = trigger.cron === SWEEP_CRON && !blueprint.triggers.schedule?.includes(SWEEP_CRON);
    sweptOutcomes.push(...swept.outcomes);
    if (sweepOnly || !blueprint.triggers.schedule) return nothing(swept.said);
  }
  // A run its schedule (or a dispatch naming no issue) starts works on an issue of its own, opened for it once.
  if (issue === undefined && (trigger.kind === "schedule" || trigger.kind === "dispatch") && opensPullRequests(blueprint)) issue = await runIssue(forge, blueprint);
  if (issue === undefined) return nothing(`no issue to work on for this ${trigger.kind} event`);

  if (trigger.kind === "comment" && command !== undefined) {
    const stale = await staleCommand(forge, trigger, command);
    if (stale) return nothing(stale, issue);
  }

  // A blueprint of only feedback nodes works on the pull request it was started on: its branch is the run's.
  const target = await runTarget(forge, blueprint, issue);
  if (typeof target === "string") {
    // Answered only to the blueprint's own command: `/approve` and `/reject` may be for another blueprint's run.
    if (trigger.kind === "comment" && command !== "/approve" && command !== "/reject") await forge.createComment(issue, `CrustyClaw did not start: ${inert(target)}.`);
    return nothing(`not working on #${issue}: ${target}`, issue);
  }
  const { branch, adopted } = target;

  const segments = segmentsOf(blueprint);
  const marker = trackingMarker(blueprint.name);
  const login = selfLogin(forge);
  const tracking = await findMarkedComment(forge, issue, marker, login);
  const self = await login;
  const read = tracking ? readState(tracking.body, { blueprint: blueprint.name, issue }) : undefined;
  // The branch is derived, never taken from the comment: state is data, not authority.
  const previous = read && { ...read, branch };
  const now = deps.now();
  const budget = blueprint.budgets.ciRounds;
  const ev = (state: RunState, e: RunEvent) => advance(state, e, now, budget);

  let state = previous;
  let start: Segment | undefined;
  let asked: ReviewAsk | undefined;
  /** The commit whose checks failed, when failing CI starts this round. */
  let ciFailed: { sha: string; failing: CiCheck[] } | undefined;
  const active = previous && !["merged", "closed", "escalated", "reviewed"].includes(previous.status);

  if (trigger.kind === "comment" && (command === "/approve" || command === "/reject")) {
    if (!previous) return nothing(`${command} on #${issue}, which has no ${blueprint.name} run`, issue);
    // Logins are the forge's; one that the state would not read back is not recorded as given.
    const by = actorLogin(trigger);
    if (command === "/reject") {
      const reason = argumentOf(trigger.body).slice(0, MAX_REASON);
      state = ev(previous, { type: "rejected", by, ...(reason ? { reason } : {}) });
    } else if (previous.status === "awaiting-approval") {
      const refused = approvalRefusal(previous, argumentOf(trigger.body), blueprint);
      if (refused) {
        await forge.createComment(issue, `CrustyClaw did not approve: ${refused}.`);
        return nothing(`refusing /approve on #${issue}: ${refused}`, issue);
      }
      state = ev(previous, { type: "approved", by, ...(previous.planSha256 ? { sha256: previous.planSha256 } : {}) });
      start = nextSegment(segments, previous.segment);
    }
  } else if (trigger.kind === "review" && trigger.state === "approved" && previous) {
    state = ev(previous, { type: "review-approved", by: actorLogin(trigger) });
  } else if ((trigger.kind === "review" || trigger.kind === "review_comment") && previous && tracking) {
    // Requested changes, or a comment review or inline comment carrying the command: a feedback round on the run's pull request.
    if (trigger.action !== (trigger.kind === "review" ? "submitted" : "created")) {
      return nothing(`a ${trigger.kind === "review" ? "review" : "review comment"} being ${trigger.action} starts no feedback round`, issue);
    }
    if (!segments.some((s) => s.id === "feedback")) return nothing(`${blueprint.name} has no feedback nodes: reviews start no round`, issue);
    if (previous.pull === undefined || trigger.pull.number !== previous.pull) return nothing(`#${trigger.pull.number} is not the pull request of the ${blueprint.name} run on #${issue}`, issue);
    const found = await reviewOf(forge, trigger, previous.pull, feedbackSeen(previous, tracking.id));
    if (typeof found === "string") return nothing(found, issue);
    const no = noRoundBecause(found, trigger, blueprint.triggers.command);
    if (no) return nothing(no, issue);
    asked = found;
    state = ev(previous, { type: "changes-requested", by: actorLogin(trigger) });
    if (state.status === "executing" && state !== previous) start = segments.find((s) => s.id === "feedback");
  } else if (trigger.kind === "pull_request" && previous) {
    if (trigger.action === "closed") state = ev(previous, { type: trigger.merged ? "merged" : "closed", by: actorLogin(trigger) });
  } else if (trigger.kind === "ci" && previous) {
    if (trigger.conclusion !== "failure") return nothing(`CI ${trigger.conclusion} on ${trigger.sha.slice(0, 12)}: no round`, issue);
    if (!segments.some((s) => s.id === "feedback")) return nothing(`${blueprint.name} has no feedback nodes: failing CI starts no round`, issue);
    if (previous.pull === undefined) return nothing(`the ${blueprint.name} run on #${issue} has no pull request for CI to fail on`, issue);
    // Only the pull request's current head: a result for a commit since replaced is old news.
    const head = await forge.getPull(previous.pull);
    if (head.fromFork || head.headRef !== previous.branch) return nothing(`pull request #${previous.pull} is not the run's own (its head is not ${previous.branch} in this repository)`, issue);
    if (!decision.allowed && trigger.branch !== previous.branch) return nothing(`not authorised: ${decision.why}`, issue);
    if (head.headSha !== trigger.sha) return nothing(`CI failed on ${trigger.sha.slice(0, 12)}, which is no longer the head of #${previous.pull} (${head.headSha.slice(0, 12)})`, issue);
    state = ev(previous, { type: "ci-failed" });
    if (state.status === "executing" && state !== previous) {
      start = segments.find((s) => s.id === "feedback");
      ciFailed = { sha: trigger.sha, failing: await failingChecks(forge, trigger.sha) };
    }
  } else if (
    (command !== undefined || trigger.kind === "dispatch") &&
    previous?.pull !== undefined &&
    (previous.status === "in-review" || previous.status === "awaiting-merge") &&
    segments.some((s) => s.id === "feedback")
  ) {
    // The command (or a dispatch) on a run whose pull request waits: a CI round when the checks of its head fail.
    // Forgejo starts no workflow when checks fail, so this is how its CI rounds start; it works on GitHub too.
    const head = (await forge.getPull(previous.pull)).headSha;
    const failing = await failingChecks(forge, head);
    if (failing.length === 0) {
      if (trigger.kind === "comment") await forge.createComment(issue, `CrustyClaw did not start: the checks of pull request #${previous.pull} (${head.slice(0, 12)}) do not fail, and the run waits for review. Request changes in a review to start a feedback round.`);
      return nothing(`#${issue} already has an active ${blueprint.name} run (${previous.status}) and the checks of ${head.slice(0, 12)} do not fail`, issue);
    }
    state = ev(previous, { type: "ci-failed" });
    if (state.status === "executing" && state !== previous) {
      start = segments.find((s) => s.id === "feedback");
      ciFailed = { sha: head, failing };
    }
  } else if (trigger.kind !== "review" && trigger.kind !== "pull_request" && trigger.kind !== "review_comment") {
    // Unauthorised CI on a blueprint's branch (ownCi) only continues an existing run, above; it starts none.
    if (!decision.allowed) return nothing(`not authorised: ${decision.why}`, issue);
    // A start event: issue opened/labelled, the blueprint's command (the only other command left), dispatch.
    // The command also plans again while a plan waits for approval: nothing is running, and the old plan is dropped.
    const notMine = trigger.kind === "issue" ? notTriggerLabel(trigger, blueprint) : undefined;
    if (notMine) return nothing(notMine, issue);
    const replan = command !== undefined && previous?.status === "awaiting-approval";
    if (active && !replan) return nothing(`#${issue} already has an active ${blueprint.name} run (${previous!.status})`, issue);
    // A finished run starts again only when someone asks (the command, a dispatch, the blueprint's schedule): not on a label.
    if (previous && trigger.kind === "issue") {
      const how = blueprint.triggers.command ? `; comment \`${blueprint.triggers.command}\` to start a new one` : "";
      return nothing(`the ${blueprint.name} run on #${issue} is ${previous.status}: an issue event does not start it again${how}`, issue);
    }
    state = newRunState(blueprint.name, issue, branch, blueprint.nodes.map((n) => n.id), now, { trigger: trigger.kind, ...(isLogin(trigger.actor.login) ? { actor: trigger.actor.login } : {}) });
    start = firstSegment(segments);
    if (adopted) {
      // An adopted pull request: the run starts as a CI round on its head, which must be open and failing.
      const failing = await adoptionChecks(forge, adopted, trigger);
      if (typeof failing === "string") {
        if (trigger.kind === "comment") await forge.createComment(issue, `CrustyClaw did not start: ${inert(failing)}.`);
        return nothing(`not working on #${issue}: ${failing}`, issue);
      }
      state = ev(ev(state, { type: "pull-opened", pull: issue }), { type: "ci-failed" });
      ciFailed = { sha: adopted.headSha, failing };
    }
  }

  if (!state) return nothing(`no ${blueprint.name} run on #${issue}`, issue);
  let ref = deps.sha;
  let feedback: FeedbackData | undefined;
  if (start && start.id !== "feedback" && command === "/approve" && previous?.segment !== undefined && previous.segment !== "plan") {
    // approve-every-step: the stage after one that pushed its work goes on from the run's branch, as that stage left it.
    const head = await forge.getBranchSha(state.branch);
    if (!head) {
      const why = `branch ${state.branch}, which holds the work of the ${previous.segment} stage, no longer exists`;
      await forge.createComment(issue, `CrustyClaw did not start the ${start.id} stage: ${inert(why)}. Comment \`/reject\` and start the run again.`);
      return nothing(`not starting ${start.id} for #${issue}: ${why}`, issue);
    }
    ref = head;
  }
  let review: PullData | undefined;
  if (start && reviewsPullRequests(blueprint)) {
    // A review run works on the pull request it was started on: its head, read-only; never an issue, a fork or a closed one.
    const target = await pullToReview(forge, issue);
    if (typeof target === "string") {
      await forge.createComment(issue, `CrustyClaw did not start a review: ${target}.`);
      return nothing(`not reviewing #${issue}: ${target}`, issue);
    }
    review = target;
    ref = target.head;
    state = { ...state, pull: issue };
  }
  if (start?.id === "feedback" && state.pull !== undefined) {
    // Feedback works on the run's own pull request: its head, never another branch's or a fork's.
    const pull = await forge.getPull(state.pull);
    if (pull.fromFork || pull.headRef !== state.branch) {
      return nothing(`pull request #${state.pull} is not the run's own (its head is not ${state.branch} in this repository); not starting feedback`, issue);
    }
    ref = pull.headSha;
    // What the round is about, from the forge as it is now; the work jobs get it as data, never the event.
    // A run that starts on an adopted pull request has seen what was said before it: only the command that started it is new.
    const seen = tracking && previous ? feedbackSeen(previous, tracking.id) : adopted ? { review: 0, comment: await latestCommentBefore(forge, issue, trigger) } : undefined;
    if (seen) {
      const ci = ciFailed ? await gatherCi(forge, ciFailed, deps.secrets ?? []) : undefined;
      const gathered = await gatherFeedback(forge, { issue, pull: state.pull, ...(asked ? { ask: asked } : {}), ...(ci ? { ci } : {}), seen, self });
      feedback = gathered.data;
      state = { ...state, feedbackSeen: gathered.seen };
    }
  }
  if (start) {
    state = { ...state, segment: start.id, updatedAt: now, ...(deps.runUrl ? { runUrl: deps.runUrl } : {}) };
    if ((start.stages.includes("execute") || review) && state.status === "planned") state = ev(state, { type: "executing" });
  }
  // Spend caps (config limits): no more work once the runs that ended today or this month spent the cap.
  let left: RouteResult["spendLeft"];
  if (start && hasLimits(deps.config.limits, blueprint.name)) {
    const spend = await spendCheck(deps, now);
    if ("refused" in spend) {
      await forge.createComment(issue, `CrustyClaw did not start: ${inert(spend.refused)}.`);
      return nothing(`not starting ${start.id} for #${issue}: ${spend.refused}`, issue);
    }
    left = spend.left;
  }
  // Work starts once per intent: of the route jobs that read this state at once, one claims the step (claim.ts);
  // a new run's tracking comment is its own claim.
  let claimed: { id: number } | undefined;
  if (start && !tracking) {
    const won = await claimNewRun(forge, { issue, trackingMarker: marker, body: renderTracking(state, { now, repoUrl: deps.repoUrl }), self });
    if (typeof won === "string") return nothing(won, issue);
  } else if (start) {
    const won = await claimStep(forge, { issue, blueprint: blueprint.name, key: previous?.updatedAt ?? "new", trackingMarker: marker, trackingBody: tracking?.body, self, now });
    if (typeof won === "string") return nothing(won, issue);
    claimed = won;
  }
  try {
    if (state !== previous && !(start && !tracking)) {
      const body = renderTracking(state, { now, repoUrl: deps.repoUrl });
      if (tracking) await forge.updateComment(tracking.id, body);
      else await forge.createComment(issue, body);
    }
  } finally {
    // Also when writing failed: a left-over claim would hold off a re-run of this job for the claims' lifetime.
    if (claimed) await forge.deleteComment(claimed.id);
  }
  // The run ended here (merged, closed, rejected, escalated past a budget): its record, for the record job to store.
  const ended = outcomeOf(previous, state, { now, ...(deps.blueprintSha256 ? { blueprintSha256: deps.blueprintSha256 } : {}) });
  const withOutcomes = (r: RouteResult): RouteResult => (ended ? { ...r, outcomes: [ended] } : r);
  if (command === "/reject" && previous && state.status === "closed" && state !== previous) {
    // Rejected: the run's pull request is closed too (closeRunPull never closes an adopted one), and a run closed by a person needs no one's attention.
    await closeRunPull(forge, state);
    if (previous.status === "escalated") await forge.removeLabel(issue, blueprint.escalation.label);
    return withOutcomes(nothing(`run on #${issue} rejected by ${state.rejection?.by ?? "?"}`, issue));
  }
  if (previous && previous.status !== "escalated" && state.status === "escalated") {
    // A round past the budget (CI or review): people take over; the pull request and its branch stay as they are.
    await forge.addLabels(issue, [blueprint.escalation.label]);
    await forge.createComment(
      issue,
      `CrustyClaw escalated this run: ${inert(state.escalation ?? "it needs a person")}${state.pull !== undefined ? `; pull request #${state.pull} and its branch are kept as they are` : ""}. Fix it by hand, or \`/reject\` closes it.`,
    );
  }
  if (!start) return withOutcomes(nothing(`run on #${issue} is ${state.status}`, issue));
  // Acknowledge the command that started work where its author is looking.
  if (trigger.kind === "comment") await forge.addReaction({ comment: trigger.commentId }, "eyes");
  // The execute segment after `/approve` carries out the approved plan: the route job hands it over with the hash
  // approved (checked against the plan by approvalRefusal above; the work jobs check it again).
  const approved = start.stages.includes("execute") && state.approval?.sha256 && state.plan ? { plan: state.plan, sha256: state.approval.sha256 } : undefined;
  return withOutcomes({
    stage: start.id,
    issue,
    ref,
    startedAt: state.startedAt,
    ...(left ? { spendLeft: left } : {}),
    reason: `starting ${start.stages.join(" + ")} for #${issue}`,
    ...(approved ? { plan: approved } : {}),
    ...(feedback ? { feedback } : {}),
    ...(review ? { review } : {}),
  });
}

/**
 * Why the spend caps hold work back now, or what they leave for the agents of the stage
 * starting. A store that cannot be read holds work back too: caps are not guessed.
 */
async function spendCheck(deps: RouteDeps, now: string): Promise<{ refused: string } | { left: NonNullable<RouteResult["spendLeft"]> }> {
  let records: OutcomeRecord[];
  try {
    records = deps.readOutcomes ? await deps.readOutcomes() : [];
  } catch (err) {
    if (!(err instanceof GitError)) throw err;
    return { refused: `config limits sets a spend cap, and the outcome store (branch crustyclaw/outcomes) could not be read to check it (${err.message})` };
  }
  const refused = capReached(deps.config.limits, deps.blueprint.name, records, now);
  return refused ? { refused } : { left: spendLeft(deps.config.limits, deps.blueprint.name, records, now) };
}

/** The event's actor as the state records people: a forge login, or "unknown". */
function actorLogin(trigger: Trigger): string {
  return isLogin(trigger.actor.login) ? trigger.actor.login : "unknown";
}

/**
 * Why an issue event is not this blueprint's start, or undefined when it is: a label event for
 * one of its trigger labels, or an issue opened carrying one (any, when it names none).
 * Forgejo announces every label of a request, so `bug` added next to `crustyclaw` is its own
 * event, and starts nothing.
 */
function notTriggerLabel(trigger: Extract<Trigger, { kind: "issue" }>, blueprint: Blueprint): string | undefined {
  if (trigger.action === "assigned") return undefined;
  if (trigger.action === "other") return `an issue being changed does not start ${blueprint.name}`;
  const wanted = (blueprint.triggers.issue?.labels ?? []).map((l) => l.toLowerCase());
  const named = (l: string | undefined) => wanted.length === 0 || (l !== undefined && wanted.includes(l.toLowerCase()));
  if (trigger.action === "labeled") return named(trigger.label) ? undefined : `label '${trigger.label ?? ""}' is not a trigger label of ${blueprint.name}`;
  return wanted.length === 0 || trigger.issue.labels.some(named) ? undefined : `#${trigger.issue.number} carries no trigger label of ${blueprint.name}`;
}

/** The failing checks of an adopted pull request's head, or why a run cannot start on it: it must be open, and its head's checks failing. */
async function adoptionChecks(forge: Forge, pull: PullRequest, trigger: Trigger): Promise<CiCheck[] | string> {
  if (pull.state !== "open") return `pull request #${pull.number} is closed`;
  if (trigger.kind === "ci" && trigger.sha !== pull.headSha) return `CI failed on ${trigger.sha.slice(0, 12)}, which is no longer the head of #${pull.number} (${pull.headSha.slice(0, 12)})`;
  const failing = await failingChecks(forge, pull.headSha);
  if (failing.length === 0) return `the checks of pull request #${pull.number} (${pull.headSha.slice(0, 12)}) do not fail: there is nothing to fix`;
  return failing;
}

/** The newest comment on `issue` before the command that starts a run (all of them, when no comment started it). */
async function latestCommentBefore(forge: Forge, issue: number, trigger: Trigger): Promise<number> {
  const before = (await forge.listComments(issue)).map((c) => c.id).filter((id) => trigger.kind !== "comment" || id < trigger.commentId);
  return Math.max(0, ...before);
}

/**
 * The pull request #`number` as a review run reviews it: its head commit and the diff from
 * the merge base to that commit; or why it cannot be reviewed. The head is read before and
 * after the diff, so the diff is that commit's (a push in between is read again).
 */
async function pullToReview(forge: Forge, number: number): Promise<PullData | string> {
  const issue = await forge.getIssue(number);
  if (!issue.isPullRequest) return `#${number} is an issue, not a pull request; start a review on a pull request`;
  for (let attempt = 0; attempt < 3; attempt++) {
    const pull = await forge.getPull(number);
    if (pull.fromFork) return `pull request #${number} comes from a fork; forks never get credentials`;
    if (pull.state !== "open") return `pull request #${number} is closed`;
    const diff = await forge.getPullDiff(number);
    if ((await forge.getPull(number)).headSha !== pull.headSha) continue;
    return pullData({ number, title: pull.title, body: pull.body, base: pull.baseRef, head: pull.headSha, diff });
  }
  return `pull request #${number} kept changing while its diff was read; comment again once it is quiet`;
}
