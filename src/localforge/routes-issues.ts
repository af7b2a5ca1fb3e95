/** Issues, issue comments, labels and reactions. Pull requests are issues here too, as on both forges. */
import { intParam, repoRoute, type RepoCtx, type RouteDef } from "./context.js";
import { assigneeEvents, commentEvent, issueEvent, labelEvents } from "./emit.js";
import { paged, unpaged } from "./paging.js";
import { REACTIONS } from "./present.js";
import {
  ApiError,
  asObject,
  created,
  forbidden,
  noContent,
  notFound,
  ok,
  requiredStr,
  str,
  unprocessable,
  type Reply,
} from "./reply.js";
import type { CommentRecord, IssueRecord, LabelRecord, ReactionRecord } from "./state.js";
import { atLeast } from "./types.js";

export function issueOf(ctx: RepoCtx): IssueRecord {
  const issue = ctx.repo.issues.get(intParam(ctx, "number"));
  if (!issue) throw notFound();
  return issue;
}

function commentOf(ctx: RepoCtx): CommentRecord {
  const c = ctx.repo.comments.get(intParam(ctx, "comment_id"));
  if (!c) throw notFound();
  return c;
}

/** Authors may edit their own issues and comments; otherwise write access is needed. */
function mayEdit(ctx: RepoCtx, author: string): void {
  if (author.toLowerCase() !== ctx.user.login.toLowerCase() && !atLeast(ctx.permission, "write"))
    throw forbidden("Must have write access to edit what others wrote");
}

function requireWrite(ctx: RepoCtx): void {
  if (!atLeast(ctx.permission, "write")) throw forbidden("Resource not accessible by integration");
}

/**
 * The labels a request names, in the flavour's terms.
 * GitHub: names (strings or `{name}` objects), matched case-insensitively; unknown names
 * are created. Forgejo: label ids, or names since Forgejo accepts those too, but not both
 * in one request (400); unknown ids and names are silently skipped
 * (routers/api/v1/repo/issue_label.go, prepareForReplaceOrAdd).
 */
export function labelsFromRequest(ctx: RepoCtx, raw: unknown): LabelRecord[] {
  const { state, flavour } = ctx.core;
  if (!Array.isArray(raw)) throw unprocessable("Validation Failed", [{ resource: "Label", field: "labels", code: "invalid" }]);
  if (flavour === "github") {
    return raw.map((x) => {
      const name = typeof x === "string" ? x : typeof x === "object" && x !== null ? (x as { name?: unknown }).name : undefined;
      if (typeof name !== "string" || name === "")
        throw unprocessable("Validation Failed", [{ resource: "Label", field: "name", code: "invalid" }]);
      return state.labelByName(ctx.repo, name, true) ?? state.createLabel(ctx.repo, { name });
    });
  }
  const ids = raw.filter((x): x is number => typeof x === "number");
  const names = raw.filter((x): x is string => typeof x === "string");
  if (ids.length + names.length !== raw.length) throw new ApiError(400, "a label must be an integer or a string");
  if (ids.length > 0 && names.length > 0) throw new ApiError(400, "labels should be an array of strings or integers");
  const found = [
    ...ids.map((id) => ctx.repo.labels.get(id)),
    ...names.map((n) => state.labelByName(ctx.repo, n, false)),
  ];
  return found.filter((l): l is LabelRecord => l !== undefined);
}

/**
 * The logins a request assigns, as the forge spells them. Only users with access to the
 * repository can be assigned: GitHub's PATCH and Forgejo refuse others (422 here), GitHub's
 * POST …/assignees drops them silently (`strict` false).
 */
function assigneesFromRequest(ctx: RepoCtx, raw: unknown, strict: boolean): string[] {
  const invalid = () => unprocessable("Validation Failed", [{ resource: "Issue", field: "assignees", code: "invalid" }]);
  if (!Array.isArray(raw)) throw invalid();
  // GitHub's description also allows `{login}` objects in POST …/assignees.
  const names = raw.map((x) => (typeof x === "object" && x !== null && ctx.core.flavour === "github" ? (x as { login?: unknown }).login : x));
  const logins: string[] = [];
  for (const name of names) {
    if (typeof name !== "string") throw invalid();
    const user = ctx.core.state.user(name);
    if (!user || ctx.core.state.permission(ctx.repo, user.login) === "none") {
      if (strict) throw invalid();
      continue;
    }
    if (!logins.includes(user.login)) logins.push(user.login);
  }
  return logins;
}

function labelList(ctx: RepoCtx, issue: IssueRecord): Reply {
  return ok(issue.labelIds.map((id) => ctx.repo.labels.get(id)).filter(Boolean).map((l) => ctx.core.present.label(ctx.repo, l!)));
}

function reactionList(ctx: RepoCtx, list: ReactionRecord[]): Reply {
  return paged(ctx, list, (r) => ctx.core.present.reaction(r));
}

function react(ctx: RepoCtx, list: ReactionRecord[]): Reply {
  const content = requiredStr(asObject(ctx.body), "content", "Reaction");
  if (!(REACTIONS as readonly string[]).includes(content)) {
    // GitHub validates the enum (422); Forgejo refuses reactions outside its allow-list (403).
    if (ctx.core.flavour === "forgejo") throw forbidden(`'${content}' is not an allowed reaction`);
    throw unprocessable("Validation Failed", [{ resource: "Reaction", field: "content", code: "invalid" }]);
  }
  const { reaction, created: isNew } = ctx.core.state.react(list, ctx.user.login, content);
  return ok(ctx.core.present.reaction(reaction), isNew ? 201 : 200);
}

export const issueRoutes: RouteDef[] = [
  repoRoute("GET", "/repos/{owner}/{repo}/issues", "read", (ctx) => {
    const state = ctx.query.get("state") ?? "open";
    const wanted = (ctx.query.get("labels") ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
    const type = ctx.core.flavour === "forgejo" ? ctx.query.get("type") : null;
    const issues = [...ctx.repo.issues.values()]
      .filter((i) => state === "all" || i.state === state)
      .filter((i) => (type === "issues" ? !i.pull : type === "pulls" ? !!i.pull : true))
      .filter((i) => wanted.every((w) => i.labelIds.some((id) => ctx.repo.labels.get(id)?.name.toLowerCase() === w)))
      .sort((a, b) => b.number - a.number);
    return paged(ctx, issues, (i) => ctx.core.present.issue(ctx.repo, i));
  }),

  repoRoute("POST", "/repos/{owner}/{repo}/issues", "read", async (ctx) => {
    const body = asObject(ctx.body);
    const title = requiredStr(body, "title", "Issue");
    // GitHub silently drops labels from callers without push access; Forgejo refuses them later.
    const labels = body.labels !== undefined && atLeast(ctx.permission, "write") ? labelsFromRequest(ctx, body.labels) : [];
    const issue = ctx.core.state.createIssue(ctx.repo, {
      title,
      body: str(body, "body", "Issue") ?? "",
      login: ctx.user.login,
      labelIds: labels.map((l) => l.id),
    });
    // Both forges announce the issue, then each label it was created with.
    await issueEvent(ctx, issue, "opened");
    await labelEvents(ctx, issue, [], "add", labels);
    return created(ctx.core.present.issue(ctx.repo, issue));
  }),

  repoRoute("GET", "/repos/{owner}/{repo}/issues/{number}", "read", (ctx) => ok(ctx.core.present.issue(ctx.repo, issueOf(ctx)))),

  repoRoute("PATCH", "/repos/{owner}/{repo}/issues/{number}", "read", async (ctx) => {
    const issue = issueOf(ctx);
    const before = { title: issue.title, body: issue.body, state: issue.state, labels: [...issue.labelIds], assignees: [...issue.assignees] };
    mayEdit(ctx, issue.login);
    const body = asObject(ctx.body);
    const title = str(body, "title", "Issue");
    const text = str(body, "body", "Issue");
    const state = str(body, "state", "Issue");
    if (state !== undefined && state !== "open" && state !== "closed")
      throw unprocessable("Validation Failed", [{ resource: "Issue", field: "state", code: "invalid" }]);
    if (body.labels !== undefined) {
      requireWrite(ctx);
      issue.labelIds = labelsFromRequest(ctx, body.labels).map((l) => l.id);
    }
    // Forgejo also takes one login as `assignee` (deprecated); `assignees` wins when both are given.
    const assignees = body.assignees ?? (ctx.core.flavour === "forgejo" && typeof body.assignee === "string" && body.assignee ? [body.assignee] : undefined);
    // Both forges drop assignee changes from callers without write access, without an error.
    if (assignees !== undefined && atLeast(ctx.permission, "write")) issue.assignees = assigneesFromRequest(ctx, assignees, true);
    if (title !== undefined) issue.title = title;
    if (text !== undefined) issue.body = text;
    ctx.core.state.touch(issue);
    if (state !== undefined) ctx.core.state.setIssueState(issue, state);
    if (issue.title !== before.title || issue.body !== before.body) await issueEvent(ctx, issue, "edited");
    if (body.labels !== undefined) await labelEvents(ctx, issue, before.labels, "replace", []);
    await assigneeEvents(ctx, issue, before.assignees);
    if (issue.state !== before.state) await issueEvent(ctx, issue, issue.state === "closed" ? "closed" : "reopened");
    // Forgejo answers an edit with 201 (swagger issueEditIssue).
    return ok(ctx.core.present.issue(ctx.repo, issue), ctx.core.flavour === "forgejo" ? 201 : 200);
  }),

  // GitHub adds and removes assignees by name; Forgejo has no such routes (it edits the issue's `assignees`).
  repoRoute(
    "POST",
    "/repos/{owner}/{repo}/issues/{number}/assignees",
    "read",
    async (ctx) => {
      const issue = issueOf(ctx);
      const before = [...issue.assignees];
      const raw = asObject(ctx.body).assignees ?? [];
      // Without push access the assignees are silently ignored (GitHub: issues/add-assignees).
      if (atLeast(ctx.permission, "write")) issue.assignees = [...new Set([...issue.assignees, ...assigneesFromRequest(ctx, raw, false)])];
      if (issue.assignees.length !== before.length) ctx.core.state.touch(issue);
      await assigneeEvents(ctx, issue, before);
      return created(ctx.core.present.issue(ctx.repo, issue));
    },
    ["github"],
  ),

  repoRoute(
    "DELETE",
    "/repos/{owner}/{repo}/issues/{number}/assignees",
    "read",
    async (ctx) => {
      const issue = issueOf(ctx);
      const before = [...issue.assignees];
      const raw = asObject(ctx.body).assignees ?? [];
      if (atLeast(ctx.permission, "write")) {
        const remove = assigneesFromRequest(ctx, raw, false).map((l) => l.toLowerCase());
        issue.assignees = issue.assignees.filter((l) => !remove.includes(l.toLowerCase()));
      }
      if (issue.assignees.length !== before.length) ctx.core.state.touch(issue);
      await assigneeEvents(ctx, issue, before);
      return ok(ctx.core.present.issue(ctx.repo, issue));
    },
    ["github"],
  ),

  // Forgejo lists every comment at once: its issueGetComments takes no page or limit.
  repoRoute("GET", "/repos/{owner}/{repo}/issues/{number}/comments", "read", (ctx) => {
    const issue = issueOf(ctx);
    const comments = ctx.core.state.commentsOf(ctx.repo, issue.number);
    const present = (c: CommentRecord) => ctx.core.present.comment(ctx.repo, c);
    return ctx.core.flavour === "forgejo" ? unpaged(comments, present) : paged(ctx, comments, present);
  }),

  repoRoute("POST", "/repos/{owner}/{repo}/issues/{number}/comments", "read", (ctx) => {
    const issue = issueOf(ctx);
    const text = requiredStr(asObject(ctx.body), "body", "IssueComment");
    const comment = ctx.core.state.addComment(ctx.repo, issue, ctx.user.login, text);
    commentEvent(ctx, issue, comment, "created");
    return created(ctx.core.present.comment(ctx.repo, comment));
  }),

  repoRoute("GET", "/repos/{owner}/{repo}/issues/comments/{comment_id}", "read", (ctx) =>
    ok(ctx.core.present.comment(ctx.repo, commentOf(ctx))),
  ),

  repoRoute("PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id}", "read", (ctx) => {
    const c = commentOf(ctx);
    mayEdit(ctx, c.login);
    const previous = c.body;
    c.body = requiredStr(asObject(ctx.body), "body", "IssueComment");
    c.updatedAt = ctx.core.state.now();
    const issue = ctx.repo.issues.get(c.issueNumber);
    if (issue && previous !== c.body) commentEvent(ctx, issue, c, "edited", previous);
    return ok(ctx.core.present.comment(ctx.repo, c));
  }),

  repoRoute("DELETE", "/repos/{owner}/{repo}/issues/comments/{comment_id}", "read", (ctx) => {
    const c = commentOf(ctx);
    mayEdit(ctx, c.login);
    ctx.repo.comments.delete(c.id);
    const issue = ctx.repo.issues.get(c.issueNumber);
    if (issue) commentEvent(ctx, issue, c, "deleted");
    return noContent();
  }),

  repoRoute("GET", "/repos/{owner}/{repo}/issues/{number}/reactions", "read", (ctx) => reactionList(ctx, issueOf(ctx).reactions)),
  repoRoute("POST", "/repos/{owner}/{repo}/issues/{number}/reactions", "read", (ctx) => react(ctx, issueOf(ctx).reactions)),
  repoRoute("GET", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", "read", (ctx) =>
    reactionList(ctx, commentOf(ctx).reactions),
  ),
  repoRoute("POST", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", "read", (ctx) =>
    react(ctx, commentOf(ctx).reactions),
  ),

  repoRoute("GET", "/repos/{owner}/{repo}/labels", "read", (ctx) =>
    paged(ctx, [...ctx.repo.labels.values()], (l) => ctx.core.present.label(ctx.repo, l)),
  ),

  repoRoute("POST", "/repos/{owner}/{repo}/labels", "write", (ctx) => {
    const body = asObject(ctx.body);
    const name = requiredStr(body, "name", "Label");
    if (ctx.core.state.labelByName(ctx.repo, name, ctx.core.flavour === "github"))
      throw unprocessable("Validation Failed", [{ resource: "Label", field: "name", code: "already_exists" }]);
    const color = str(body, "color", "Label");
    if (ctx.core.flavour === "forgejo" && color === undefined)
      throw unprocessable("[Color]: Required", [{ resource: "Label", field: "color", code: "missing_field" }]);
    const label = ctx.core.state.createLabel(ctx.repo, {
      name,
      ...(color !== undefined ? { color } : {}),
      description: str(body, "description", "Label") ?? "",
    });
    return created(ctx.core.present.label(ctx.repo, label));
  }),

  repoRoute("GET", "/repos/{owner}/{repo}/issues/{number}/labels", "read", (ctx) => labelList(ctx, issueOf(ctx))),

  repoRoute("POST", "/repos/{owner}/{repo}/issues/{number}/labels", "read", async (ctx) => {
    const issue = issueOf(ctx);
    requireWrite(ctx);
    const raw = Array.isArray(ctx.body) && ctx.core.flavour === "github" ? ctx.body : asObject(ctx.body).labels;
    const add = labelsFromRequest(ctx, raw);
    const before = [...issue.labelIds];
    issue.labelIds = [...new Set([...issue.labelIds, ...add.map((l) => l.id)])];
    ctx.core.state.touch(issue);
    await labelEvents(ctx, issue, before, "add", add);
    return labelList(ctx, issue);
  }),

  repoRoute("PUT", "/repos/{owner}/{repo}/issues/{number}/labels", "read", async (ctx) => {
    const issue = issueOf(ctx);
    requireWrite(ctx);
    const raw = Array.isArray(ctx.body) && ctx.core.flavour === "github" ? ctx.body : asObject(ctx.body).labels;
    const before = [...issue.labelIds];
    issue.labelIds = [...new Set(labelsFromRequest(ctx, raw).map((l) => l.id))];
    ctx.core.state.touch(issue);
    await labelEvents(ctx, issue, before, "replace", []);
    return labelList(ctx, issue);
  }),

  // GitHub names the label in the path; Forgejo takes its id (422 when no such label).
  repoRoute("DELETE", "/repos/{owner}/{repo}/issues/{number}/labels/{label}", "read", async (ctx) => {
    const issue = issueOf(ctx);
    requireWrite(ctx);
    const key = ctx.params.label!;
    if (ctx.core.flavour === "github") {
      const label = ctx.core.state.labelByName(ctx.repo, key, true);
      if (!label || !issue.labelIds.includes(label.id)) throw notFound("Label does not exist");
      const before = [...issue.labelIds];
      issue.labelIds = issue.labelIds.filter((id) => id !== label.id);
      ctx.core.state.touch(issue);
      await labelEvents(ctx, issue, before, "remove", [label]);
      return labelList(ctx, issue);
    }
    const label = /^\d+$/.test(key) ? ctx.repo.labels.get(Number(key)) : undefined;
    if (!label) throw unprocessable(`label does not exist [id: ${key}]`);
    const before = [...issue.labelIds];
    issue.labelIds = issue.labelIds.filter((id) => id !== label.id);
    ctx.core.state.touch(issue);
    await labelEvents(ctx, issue, before, "remove", [label]);
    return noContent();
  }),
];
