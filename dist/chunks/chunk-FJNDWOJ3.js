import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  fromFork
} from "./chunk-T4LF76S4.js";

// src/forge/event-payload.ts
var EventPayloadError = class extends Error {
  constructor(event, path, expected, found) {
    super(`${event} payload: ${path === "" ? "the payload" : path} must be ${expected}, got ${found}`);
    this.event = event;
    this.path = path;
    this.expected = expected;
    this.found = found;
    this.name = "EventPayloadError";
  }
  event;
  path;
  expected;
  found;
};
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describeValue(value) {
  if (value === void 0) return "nothing (the field is missing)";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return value === "" ? "an empty string" : "a string";
    case "number":
    case "boolean":
      return String(value);
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var PayloadReader = class _PayloadReader {
  constructor(event, value, path) {
    this.event = event;
    this.value = value;
    this.path = path;
  }
  event;
  value;
  path;
  /** The payload root, which must be a JSON object. */
  static of(event, payload) {
    if (!isObject(payload)) throw new EventPayloadError(event, "", "a JSON object", describeValue(payload));
    return new _PayloadReader(event, payload, "");
  }
  at(key) {
    return this.path === "" ? key : `${this.path}.${key}`;
  }
  /** Own properties only: `constructor` or `toString` must read as missing, not as a function. */
  get(key) {
    return Object.hasOwn(this.value, key) ? this.value[key] : void 0;
  }
  fail(key, expected, value) {
    throw new EventPayloadError(this.event, this.at(key), expected, describeValue(value));
  }
  /** True when the field is present and not null. */
  has(key) {
    const v = this.get(key);
    return v !== void 0 && v !== null;
  }
  object(key) {
    const v = this.get(key);
    if (!isObject(v)) this.fail(key, "an object", v);
    return new _PayloadReader(this.event, v, this.at(key));
  }
  /** Missing or null reads as undefined; any other non-object is an error. */
  optionalObject(key) {
    return this.has(key) ? this.object(key) : void 0;
  }
  string(key) {
    const v = this.get(key);
    if (typeof v !== "string") this.fail(key, "a string", v);
    return v;
  }
  nonEmptyString(key) {
    const v = this.get(key);
    if (typeof v !== "string" || v === "") this.fail(key, "a non-empty string", v);
    return v;
  }
  optionalString(key) {
    return this.has(key) ? this.string(key) : void 0;
  }
  /** Free text such as a body: GitHub sends null for an empty one, so missing or null reads as "". */
  text(key) {
    return this.optionalString(key) ?? "";
  }
  /** Issue and pull request numbers, comment and review ids. */
  positiveInteger(key) {
    const v = this.get(key);
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 1) this.fail(key, "a positive integer", v);
    return v;
  }
  /** Any integer (Forgejo uses -1 and 0 as markers), or undefined when missing or null. */
  optionalInteger(key) {
    if (!this.has(key)) return void 0;
    const v = this.get(key);
    if (typeof v !== "number" || !Number.isSafeInteger(v)) this.fail(key, "an integer", v);
    return v;
  }
  /** A boolean; missing or null reads as `fallback`. */
  boolean(key, fallback) {
    if (!this.has(key)) return fallback;
    const v = this.get(key);
    if (typeof v !== "boolean") this.fail(key, "a boolean", v);
    return v;
  }
  /** A full hexadecimal commit SHA (SHA-1 or SHA-256). */
  sha(key, options = {}) {
    const v = this.get(key);
    if (typeof v === "string" && (SHA.test(v) || options.allowEmpty && v === "")) return v;
    return this.fail(key, "a full hexadecimal commit SHA", v);
  }
  /** An array of objects; missing or null reads as empty (Forgejo sends null for empty lists). */
  objects(key) {
    if (!this.has(key)) return [];
    const v = this.get(key);
    if (!Array.isArray(v)) this.fail(key, "an array", v);
    return v.map((item, i) => {
      if (!isObject(item)) return this.fail(`${key}[${i}]`, "an object", item);
      return new _PayloadReader(this.event, item, `${this.at(key)}[${i}]`);
    });
  }
  /**
   * A flat map of scalar values, as text: workflow_dispatch inputs. GitHub may send
   * booleans and numbers, Forgejo sends strings. Missing or null reads as empty.
   */
  scalarMap(key) {
    if (!this.has(key)) return {};
    const v = this.get(key);
    if (!isObject(v)) return this.fail(key, "an object", v);
    return Object.fromEntries(
      Object.entries(v).map(([name, value], i) => {
        if (typeof value === "string") return [name, value];
        if (typeof value === "number" || typeof value === "boolean") return [name, String(value)];
        return this.fail(`${key} (entry ${i + 1})`, "a string, number or boolean", value);
      })
    );
  }
};

// src/forge/events.ts
function isIgnored(result) {
  return "ignored" in result;
}
var EVENTS = [
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
  "workflow_dispatch"
];
var FORGEJO_ALIASES = /* @__PURE__ */ new Map([
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
  ["pull_request_comment", "issue_comment"]
]);
var GITHUB_ONLY = /* @__PURE__ */ new Set(["check_suite", "check_run", "status", "workflow_run"]);
var FORGEJO_REVIEW_STATES = /* @__PURE__ */ new Map([
  ["pull_request_review_approved", "approved"],
  ["pull_request_review_rejected", "changes_requested"],
  ["pull_request_review_comment", "commented"]
]);
var GITHUB_REVIEW_STATES = /* @__PURE__ */ new Map([
  ["approved", "approved"],
  ["changes_requested", "changes_requested"],
  ["commented", "commented"],
  ["dismissed", "dismissed"]
]);
var REVIEW_ACTIONS = /* @__PURE__ */ new Map([
  ["submitted", "submitted"],
  ["edited", "edited"],
  ["dismissed", "dismissed"],
  // Forgejo sends `reviewed` for a submitted review (HookIssueReviewed); it also
  // matches `types: [edited]` there, but an edit cannot be told apart.
  ["reviewed", "submitted"]
]);
var COMMENT_ACTIONS = /* @__PURE__ */ new Map([
  ["created", "created"],
  ["edited", "edited"],
  ["deleted", "deleted"]
]);
var GITHUB_ACTOR_TYPES = /* @__PURE__ */ new Map([
  ["User", "User"],
  ["Bot", "Bot"],
  ["Organization", "Organization"]
]);
function nameForMessage(eventName) {
  return /^[a-z_]{1,64}$/.test(eventName) ? `'${eventName}'` : "(an unrecognisable name)";
}
function normaliseEvent(forge, eventName, payload, context = {}) {
  const known = eventOf(forge, eventName);
  if (known === void 0) {
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
function eventOf(forge, eventName) {
  const direct = EVENTS.find((e) => e === eventName);
  if (direct !== void 0) return direct;
  return forge === "forgejo" ? FORGEJO_ALIASES.get(eventName) : void 0;
}
function refineByShape(forge, event, p) {
  if (forge !== "forgejo") return event;
  if ((event === "issue_comment" || event === "pull_request_review_comment") && !p.has("comment") && p.has("review")) {
    return "pull_request_review";
  }
  return event;
}
function splitFullName(fullName) {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(fullName);
  return m?.[1] !== void 0 && m[2] !== void 0 ? { owner: m[1], repo: m[2] } : void 0;
}
function readRepository(eventName, p, context) {
  if (!p.has("repository") && context.repository !== void 0) {
    const ref2 = splitFullName(context.repository);
    if (ref2 === void 0) {
      throw new EventPayloadError(eventName, "repository", "given as owner/name by the run (GITHUB_REPOSITORY)", "something else");
    }
    return { ref: ref2, fullName: context.repository };
  }
  const r = p.object("repository");
  const fullName = r.nonEmptyString("full_name");
  const ref = splitFullName(fullName);
  if (ref === void 0) throw new EventPayloadError(eventName, `${r.path}.full_name`, "owner/name", "a string of another form");
  return { ref, fullName, ...optional("id", r.optionalInteger("id")) };
}
function readActor(forge, eventName, p, context) {
  if (!p.has("sender") && context.actor !== void 0) {
    if (context.actor === "") throw new EventPayloadError(eventName, "sender", "given by the run (GITHUB_ACTOR)", "an empty string");
    return { login: context.actor };
  }
  const sender = p.object("sender");
  const login = sender.nonEmptyString("login");
  if (forge !== "github") return { login };
  const type = sender.optionalString("type");
  return { login, ...optional("type", type === void 0 ? void 0 : GITHUB_ACTOR_TYPES.get(type)) };
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function readIssue(issue) {
  return {
    number: issue.positiveInteger("number"),
    title: issue.string("title"),
    body: issue.text("body"),
    labels: issue.objects("labels").map((l) => l.string("name"))
  };
}
function readPull(pr, repository) {
  const head = pr.object("head");
  return {
    number: pr.positiveInteger("number"),
    title: pr.string("title"),
    body: pr.text("body"),
    headRef: head.string("ref"),
    // Forgejo leaves the SHA empty when it cannot resolve the head (services/convert/pull.go).
    headSha: head.sha("sha", { allowEmpty: true }),
    baseRef: pr.object("base").string("ref"),
    fromFork: isFromFork(pr, head, repository)
  };
}
function isFromFork(pr, head, repository) {
  const repo = head.optionalObject("repo");
  return fromFork({ flow: pr.optionalInteger("flow"), headRepo: repo && { fullName: repo.optionalString("full_name"), id: repo.optionalInteger("id") } }, repository);
}
function issueAction(action) {
  if (action === "opened" || action === "assigned") return action;
  if (action === "labeled" || action === "label_updated") return "labeled";
  return "other";
}
function labelName(p, action) {
  return action === "labeled" ? p.optionalObject("label")?.string("name") : void 0;
}
function issues(base, p) {
  const action = issueAction(p.string("action"));
  const issueReader = p.object("issue");
  const issue = readIssue(issueReader);
  return { ...base, kind: "issue", action, issue, ...optional("label", labelName(p, action)), ...optional("assignees", assigned(p, issueReader, action)) };
}
function assigned(p, issue, action) {
  if (action !== "assigned") return void 0;
  const one = p.optionalObject("assignee");
  if (one) return [one.nonEmptyString("login")];
  return issue.objects("assignees").map((u) => u.nonEmptyString("login"));
}
function issueComment(base, p) {
  const action = COMMENT_ACTIONS.get(p.string("action"));
  const issueReader = p.object("issue");
  const issue = readIssue(issueReader);
  const comment = p.object("comment");
  if (action === void 0) return { ignored: "issue_comment action is not created, edited or deleted" };
  const isPullRequest = issueReader.has("pull_request") || p.boolean("is_pull", false);
  return {
    ...base,
    kind: "comment",
    action,
    issue,
    isPullRequest,
    commentId: comment.positiveInteger("id"),
    body: comment.text("body")
  };
}
function pullRequestAction(action) {
  switch (action) {
    case "opened":
    case "closed":
      return action;
    case "synchronize":
    case "synchronized":
      return "synchronize";
    case "labeled":
    case "label_updated":
      return "labeled";
    default:
      return "other";
  }
}
function pullRequest(base, p, repository) {
  const action = pullRequestAction(p.string("action"));
  const pr = p.object("pull_request");
  const pull = readPull(pr, repository);
  return {
    ...base,
    kind: "pull_request",
    action,
    pull,
    merged: pr.boolean("merged", false),
    ...optional("label", labelName(p, action))
  };
}
function review(base, p, repository) {
  const rawAction = p.string("action");
  const pull = readPull(p.object("pull_request"), repository);
  const r = p.object("review");
  const action = REVIEW_ACTIONS.get(rawAction);
  if (action === void 0) return { ignored: "pull_request_review action is not submitted, edited, dismissed or reviewed" };
  if (r.has("type")) {
    const state2 = FORGEJO_REVIEW_STATES.get(r.string("type"));
    if (state2 === void 0) return { ignored: "Forgejo review type is not approved, rejected or comment" };
    return { ...base, kind: "review", action, pull, state: state2, body: r.text("content") };
  }
  const id = r.positiveInteger("id");
  const body = r.text("body");
  const state = action === "dismissed" ? "dismissed" : GITHUB_REVIEW_STATES.get(r.string("state").toLowerCase());
  if (state === void 0) return { ignored: "review state is not approved, changes_requested, commented or dismissed" };
  return { ...base, kind: "review", action, pull, state, reviewId: id, body };
}
function reviewComment(base, p, repository) {
  const action = COMMENT_ACTIONS.get(p.string("action"));
  const pull = readPull(p.object("pull_request"), repository);
  const comment = p.object("comment");
  if (action === void 0) return { ignored: "pull_request_review_comment action is not created, edited or deleted" };
  const reviewId = comment.optionalInteger("pull_request_review_id");
  return {
    ...base,
    kind: "review_comment",
    action,
    pull,
    commentId: comment.positiveInteger("id"),
    ...optional("reviewId", reviewId !== void 0 && reviewId > 0 ? reviewId : void 0),
    body: comment.text("body")
  };
}
function checkConclusion(status, conclusion) {
  if (status !== "completed") return "pending";
  switch (conclusion) {
    case "success":
      return "success";
    case "failure":
    case "timed_out":
    case "startup_failure":
      return "failure";
    default:
      return "other";
  }
}
function statusConclusion(state) {
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
function pullNumbers(r) {
  return r.objects("pull_requests").map((pr) => pr.positiveInteger("number"));
}
function branchOf(r) {
  const b = r.optionalString("head_branch");
  return b ? { branch: b } : {};
}
function ci(base, source, p) {
  switch (source) {
    case "status":
      return {
        ...base,
        kind: "ci",
        source,
        conclusion: statusConclusion(p.string("state")),
        sha: p.sha("sha"),
        pulls: [],
        name: p.string("context")
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
        name: s.optionalObject("app")?.optionalString("name") ?? ""
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
        name: r.string("name")
      };
    }
    case "workflow_run": {
      const r = p.object("workflow_run");
      const name = r.optionalString("name") || p.optionalObject("workflow")?.optionalString("name") || "";
      return {
        ...base,
        kind: "ci",
        source,
        conclusion: checkConclusion(r.string("status"), r.optionalString("conclusion")),
        sha: r.sha("head_sha"),
        pulls: pullNumbers(r),
        name,
        ...branchOf(r)
      };
    }
  }
}

export {
  isIgnored,
  normaliseEvent
};
