/**
 * Event normalisation: a GitHub or Forgejo webhook payload, as a workflow run sees
 * it (`GITHUB_EVENT_NAME` and the JSON at `GITHUB_EVENT_PATH`), becomes one
 * `Trigger`. Text (titles, bodies, branch names, labels) is carried unchanged:
 * sanitising happens where it is used, not here.
 *
 * Three outcomes, kept apart on purpose:
 * - a `Trigger`;
 * - `{ ignored }`: a well-formed event CrustyClaw does not act on, with the reason;
 * - `EventPayloadError`: a payload without the shape its event promises.
 *
 * Forgejo facts below were read from Forgejo's source (v12): payload structs in
 * `modules/structs/hook.go`, what the Actions notifier sends in
 * `services/actions/notifier.go`, fork handling in `services/actions/notifier_helper.go`.
 */
import { EventPayloadError, PayloadReader } from "./event-payload.js";
import { fromFork } from "./fork.js";
import type { Actor, CiSource, CommentAction, ForgeKind, IssueRef, PullRef, RepoRef, Trigger } from "./types.js";

/** A well-formed event that CrustyClaw does not act on, and why. */
export interface Ignored {
  ignored: string;
}

export function isIgnored(result: Trigger | Ignored): result is Ignored {
  return "ignored" in result;
}

/** What the run knows that a payload may lack: Forgejo's schedule payload is only `{"action":"schedule"}`. */
export interface EventContext {
  /** `owner/repo`, from `GITHUB_REPOSITORY`. Used only when a schedule payload names no repository. */
  repository?: string;
  /** Login the run belongs to, from `GITHUB_ACTOR`. Used only when a schedule payload names no sender. */
  actor?: string;
}

const EVENTS = [
  "issues",
  "issue_comment",
  "pull_request",
  "pull_request_review",
  "pull_request_review_comment",
  "check_suite",
  "check_run",
  "status",
  "workflow_run",
  "schedule",
  "workflow_dispatch",
] as const;
type EventName = (typeof EVENTS)[number];

/**
 * Forgejo names a run's event after the workflow's `on:` key (`TriggerEvent`,
 * routers/api/actions/runner/utils.go), and any `on:` key that is not a GitHub event
 * matches Forgejo's hook type of that name (canGithubEventMatch in
 * modules/actions/github.go), so `on: pull_request_review_approved` is a working
 * workflow. Runs from before `TriggerEvent` existed carry `HookEventType.Event()`
 * names (modules/webhook/type.go): `pull_request_approved`, `pull_request_rejected`.
 */
const FORGEJO_ALIASES = new Map<string, EventName>([
  ["issue_assign", "issues"],
  ["issue_label", "issues"],
  ["issue_milestone", "issues"],
  ["pull_request_sync", "pull_request"],
  ["pull_request_assign", "pull_request"],
  ["pull_request_label", "pull_request"],
  ["pull_request_milestone", "pull_request"],
  ["pull_request_review_request", "pull_request"],
  ["pull_request_review_approved", "pull_request_review"],
  ["pull_request_review_rejected", "pull_request_review"],
  ["pull_request_approved", "pull_request_review"],
  ["pull_request_rejected", "pull_request_review"],
  // A comment on a pull request (hook type) or, in old runs, a comment-type review:
  // the payload's shape decides (see eventOf).
  ["pull_request_comment", "issue_comment"],
]);

/** Events Forgejo Actions never starts a workflow for: it has commit statuses, no checks, no workflow_run. */
const GITHUB_ONLY: ReadonlySet<EventName> = new Set(["check_suite", "check_run", "status", "workflow_run"]);

/** Forgejo `review.type` values: the hook event type of the review (services/actions/notifier.go, PullRequestReview). */
const FORGEJO_REVIEW_STATES = new Map<string, "approved" | "changes_requested" | "commented">([
  ["pull_request_review_approved", "approved"],
  ["pull_request_review_rejected", "changes_requested"],
  ["pull_request_review_comment", "commented"],
]);

const GITHUB_REVIEW_STATES = new Map<string, "approved" | "changes_requested" | "commented" | "dismissed">([
  ["approved", "approved"],
  ["changes_requested", "changes_requested"],
  ["commented", "commented"],
  ["dismissed", "dismissed"],
]);

const REVIEW_ACTIONS = new Map<string, "submitted" | "edited" | "dismissed">([
  ["submitted", "submitted"],
  ["edited", "edited"],
  ["dismissed", "dismissed"],
  // Forgejo sends `reviewed` for a submitted review (HookIssueReviewed); it also
  // matches `types: [edited]` there, but an edit cannot be told apart.
  ["reviewed", "submitted"],
]);

const COMMENT_ACTIONS = new Map<string, CommentAction>([
  ["created", "created"],
  ["edited", "edited"],
  ["deleted", "deleted"],
]);

const GITHUB_ACTOR_TYPES = new Map<string, NonNullable<Actor["type"]>>([
  ["User", "User"],
  ["Bot", "Bot"],
  ["Organization", "Organization"],
]);

/** Echo an event name in a message only when it looks like one; it comes from the environment. */
function nameForMessage(eventName: string): string {
  return /^[a-z_]{1,64}$/.test(eventName) ? `'${eventName}'` : "(an unrecognisable name)";
}

/**
 * Normalise one event. `eventName` is `GITHUB_EVENT_NAME` (Forgejo sets it too),
 * `payload` the parsed event JSON. Throws `EventPayloadError` for a malformed payload.
 */
export function normaliseEvent(
  forge: ForgeKind,
  eventName: string,
  payload: unknown,
  context: EventContext = {},
): Trigger | Ignored {
  const known = eventOf(forge, eventName);
  if (known === undefined) {
    return { ignored: `event ${nameForMessage(eventName)} is not one CrustyClaw acts on` };
  }
  if (forge === "forgejo" && GITHUB_ONLY.has(known)) {
    return { ignored: `Forgejo Actions has no ${known} event (Forgejo has commit statuses only and no workflow_run)` };
  }

  const p = PayloadReader.of(eventName, payload);
  const event = refineByShape(forge, known, p);
  const isSchedule = event === "schedule";
  const repo = readRepository(eventName, p, isSchedule ? context : {});
  const base = { forge, repo: repo.ref, actor: readActor(forge, eventName, p, isSchedule ? context : {}) };

  switch (event) {
    case "issues":
      return issues(base, p);
    case "issue_comment":
      return issueComment(base, p);
    case "pull_request":
      return pullRequest(base, p, repo);
    case "pull_request_review":
      return review(base, p, repo);
    case "pull_request_review_comment":
      return reviewComment(base, p, repo);
    case "check_suite":
    case "check_run":
    case "status":
    case "workflow_run":
      return ci(base, event, p);
    case "schedule":
      return { ...base, kind: "schedule", ...optional("cron", p.optionalString("schedule")) };
    case "workflow_dispatch":
      return { ...base, kind: "dispatch", inputs: p.scalarMap("inputs") };
  }
}

function eventOf(forge: ForgeKind, eventName: string): EventName | undefined {
  const direct = EVENTS.find((e) => e === eventName);
  if (direct !== undefined) return direct;
  return forge === "forgejo" ? FORGEJO_ALIASES.get(eventName) : undefined;
}

/**
 * On Forgejo a review of type "comment" is hook type `pull_request_review_comment`
 * (modules/webhook/type.go), so `on: pull_request_review_comment` runs for it, with a
 * pull request payload carrying `review: {type, content}` and no `comment`
 * (matchPullRequestReviewCommentEvent in modules/actions/workflows.go). Such a
 * payload is a review, whatever the event is called.
 */
function refineByShape(forge: ForgeKind, event: EventName, p: PayloadReader): EventName {
  if (forge !== "forgejo") return event;
  if ((event === "issue_comment" || event === "pull_request_review_comment") && !p.has("comment") && p.has("review")) {
    return "pull_request_review";
  }
  return event;
}

type Base = { forge: ForgeKind; repo: RepoRef; actor: Actor };

interface Repository {
  ref: RepoRef;
  /** `owner/name` as the payload spells it. */
  fullName: string;
  id?: number;
}

function splitFullName(fullName: string): RepoRef | undefined {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName);
  return m?.[1] !== undefined && m[2] !== undefined ? { owner: m[1], repo: m[2] } : undefined;
}

function readRepository(eventName: string, p: PayloadReader, context: EventContext): Repository {
  if (!p.has("repository") && context.repository !== undefined) {
    const ref = splitFullName(context.repository);
    if (ref === undefined) {
      throw new EventPayloadError(eventName, "repository", "given as owner/name by the run (GITHUB_REPOSITORY)", "something else");
    }
    return { ref, fullName: context.repository };
  }
  const r = p.object("repository");
  const fullName = r.nonEmptyString("full_name");
  const ref = splitFullName(fullName);
  if (ref === undefined) throw new EventPayloadError(eventName, `${r.path}.full_name`, "owner/name", "a string of another form");
  return { ref, fullName, ...optional("id", r.optionalInteger("id")) };
}

function readActor(forge: ForgeKind, eventName: string, p: PayloadReader, context: EventContext): Actor {
  if (!p.has("sender") && context.actor !== undefined) {
    if (context.actor === "") throw new EventPayloadError(eventName, "sender", "given by the run (GITHUB_ACTOR)", "an empty string");
    return { login: context.actor };
  }
  const sender = p.object("sender");
  const login = sender.nonEmptyString("login");
  // Forgejo's User has no type (modules/structs/user.go); a `[bot]` suffix proves nothing there.
  if (forge !== "github") return { login };
  const type = sender.optionalString("type");
  return { login, ...optional("type", type === undefined ? undefined : GITHUB_ACTOR_TYPES.get(type)) };
}

/** `{ key: value }` when value is defined, `{}` otherwise: optional fields stay absent, not undefined. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function readIssue(issue: PayloadReader): IssueRef {
  return {
    number: issue.positiveInteger("number"),
    title: issue.string("title"),
    body: issue.text("body"),
    labels: issue.objects("labels").map((l) => l.string("name")),
  };
}

function readPull(pr: PayloadReader, repository: Repository): PullRef {
  const head = pr.object("head");
  return {
    number: pr.positiveInteger("number"),
    title: pr.string("title"),
    body: pr.text("body"),
    headRef: head.string("ref"),
    // Forgejo leaves the SHA empty when it cannot resolve the head (services/convert/pull.go).
    headSha: head.sha("sha", { allowEmpty: true }),
    baseRef: pr.object("base").string("ref"),
    fromFork: isFromFork(pr, head, repository),
  };
}

/** The payload's pull request, read for the one definition of "from a fork" (fork.ts). */
function isFromFork(pr: PayloadReader, head: PayloadReader, repository: Repository): boolean {
  const repo = head.optionalObject("repo");
  return fromFork({ flow: pr.optionalInteger("flow"), headRepo: repo && { fullName: repo.optionalString("full_name"), id: repo.optionalInteger("id") } }, repository);
}

function issueAction(action: string): "opened" | "labeled" | "assigned" | "other" {
  if (action === "opened" || action === "assigned") return action;
  // Forgejo: label_updated for each added label (services/actions/notifier.go, IssueChangeLabels).
  if (action === "labeled" || action === "label_updated") return "labeled";
  return "other";
}

function labelName(p: PayloadReader, action: string): string | undefined {
  return action === "labeled" ? p.optionalObject("label")?.string("name") : undefined;
}

function issues(base: Base, p: PayloadReader): Trigger {
  const action = issueAction(p.string("action"));
  const issueReader = p.object("issue");
  const issue = readIssue(issueReader);
  return { ...base, kind: "issue", action, issue, ...optional("label", labelName(p, action)), ...optional("assignees", assigned(p, issueReader, action)) };
}

/**
 * Who an `assigned` event assigned. GitHub: `assignee`, the one user. Forgejo's
 * IssuePayload has no such field (IssueChangeAssignee in services/actions/notifier.go
 * sends the issue as it is after the change): every assignee of the issue, where
 * Forgejo writes `null` for none.
 */
function assigned(p: PayloadReader, issue: PayloadReader, action: string): string[] | undefined {
  if (action !== "assigned") return undefined;
  const one = p.optionalObject("assignee");
  if (one) return [one.nonEmptyString("login")];
  return issue.objects("assignees").map((u) => u.nonEmptyString("login"));
}

function issueComment(base: Base, p: PayloadReader): Trigger | Ignored {
  const action = COMMENT_ACTIONS.get(p.string("action"));
  const issueReader = p.object("issue");
  const issue = readIssue(issueReader);
  const comment = p.object("comment");
  if (action === undefined) return { ignored: "issue_comment action is not created, edited or deleted" };
  // GitHub marks a pull request's conversation by `issue.pull_request`; Forgejo does too
  // (services/convert/issue.go) and adds `is_pull` (IssueCommentPayload).
  const isPullRequest = issueReader.has("pull_request") || p.boolean("is_pull", false);
  return {
    ...base,
    kind: "comment",
    action,
    issue,
    isPullRequest,
    commentId: comment.positiveInteger("id"),
    body: comment.text("body"),
  };
}

function pullRequestAction(action: string): "opened" | "synchronize" | "closed" | "labeled" | "other" {
  switch (action) {
    case "opened":
    case "closed":
      return action;
    case "synchronize":
    case "synchronized": // Forgejo (HookIssueSynchronized)
      return "synchronize";
    case "labeled":
    case "label_updated": // Forgejo (HookIssueLabelUpdated)
      return "labeled";
    default:
      return "other";
  }
}

function pullRequest(base: Base, p: PayloadReader, repository: Repository): Trigger {
  const action = pullRequestAction(p.string("action"));
  const pr = p.object("pull_request");
  const pull = readPull(pr, repository);
  return {
    ...base,
    kind: "pull_request",
    action,
    pull,
    merged: pr.boolean("merged", false),
    ...optional("label", labelName(p, action)),
  };
}

function review(base: Base, p: PayloadReader, repository: Repository): Trigger | Ignored {
  const rawAction = p.string("action");
  const pull = readPull(p.object("pull_request"), repository);
  const r = p.object("review");
  const action = REVIEW_ACTIONS.get(rawAction);
  if (action === undefined) return { ignored: "pull_request_review action is not submitted, edited, dismissed or reviewed" };

  // Forgejo: `review: {type, content}` with no id and no state (ReviewPayload in modules/structs/hook.go).
  if (r.has("type")) {
    const state = FORGEJO_REVIEW_STATES.get(r.string("type"));
    if (state === undefined) return { ignored: "Forgejo review type is not approved, rejected or comment" };
    return { ...base, kind: "review", action, pull, state, body: r.text("content") };
  }

  const id = r.positiveInteger("id");
  const body = r.text("body");
  // GitHub's webhooks spell states in lower case, its REST API in upper case.
  const state = action === "dismissed" ? "dismissed" : GITHUB_REVIEW_STATES.get(r.string("state").toLowerCase());
  if (state === undefined) return { ignored: "review state is not approved, changes_requested, commented or dismissed" };
  return { ...base, kind: "review", action, pull, state, reviewId: id, body };
}

function reviewComment(base: Base, p: PayloadReader, repository: Repository): Trigger | Ignored {
  const action = COMMENT_ACTIONS.get(p.string("action"));
  const pull = readPull(p.object("pull_request"), repository);
  const comment = p.object("comment");
  if (action === undefined) return { ignored: "pull_request_review_comment action is not created, edited or deleted" };
  const reviewId = comment.optionalInteger("pull_request_review_id");
  return {
    ...base,
    kind: "review_comment",
    action,
    pull,
    commentId: comment.positiveInteger("id"),
    ...optional("reviewId", reviewId !== undefined && reviewId > 0 ? reviewId : undefined),
    body: comment.text("body"),
  };
}

function checkConclusion(status: string, conclusion: string | undefined): "success" | "failure" | "pending" | "other" {
  if (status !== "completed") return "pending";
  switch (conclusion) {
    case "success":
      return "success";
    case "failure":
    case "timed_out":
    case "startup_failure":
      return "failure";
    default:
      // cancelled, neutral, skipped, stale, action_required: not a failure to fix.
      return "other";
  }
}

function statusConclusion(state: string): "success" | "failure" | "pending" | "other" {
  switch (state) {
    case "success":
    case "pending":
      return state;
    case "failure":
    case "error":
      return "failure";
    default:
      return "other";
  }
}

function pullNumbers(r: PayloadReader): number[] {
  return r.objects("pull_requests").map((pr) => pr.positiveInteger("number"));
}

function branchOf(r: PayloadReader): { branch?: string } {
  const b = r.optionalString("head_branch");
  return b ? { branch: b } : {};
}

function ci(base: Base, source: CiSource, p: PayloadReader): Trigger {
  switch (source) {
    case "status":
      return {
        ...base,
        kind: "ci",
        source,
        conclusion: statusConclusion(p.string("state")),
        sha: p.sha("sha"),
        pulls: [],
        name: p.string("context"),
      };
    case "check_suite": {
      const s = p.object("check_suite");
      return {
        ...base,
        kind: "ci",
        source,
        conclusion: checkConclusion(s.string("status"), s.optionalString("conclusion")),
        sha: s.sha("head_sha"),
        pulls: pullNumbers(s),
        ...branchOf(s),
        name: s.optionalObject("app")?.optionalString("name") ?? "",
      };
    }
    case "check_run": {
      const r = p.object("check_run");
      return {
        ...base,
        kind: "ci",
        source,
        conclusion: checkConclusion(r.string("status"), r.optionalString("conclusion")),
        sha: r.sha("head_sha"),
        pulls: pullNumbers(r),
        name: r.string("name"),
      };
    }
    case "workflow_run": {
      const r = p.object("workflow_run");
      // A run's `name` may be empty; the workflow's name is the next best.
      const name = r.optionalString("name") || p.optionalObject("workflow")?.optionalString("name") || "";
      return {
        ...base,
        kind: "ci",
        source,
        conclusion: checkConclusion(r.string("status"), r.optionalString("conclusion")),
        sha: r.sha("head_sha"),
        pulls: pullNumbers(r),
        name,
        ...branchOf(r),
      };
    }
  }
}
