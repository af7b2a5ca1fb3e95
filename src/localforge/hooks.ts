/**
 * Event payloads in each forge's shape, built from the same presenters as the REST
 * answers (both forges embed their REST objects in webhook payloads).
 *
 * GitHub: the webhook payloads of @octokit/webhooks-examples (`action`, the object,
 * `repository`, `sender`; review `state` in lower case).
 * Forgejo: modules/structs/hook.go — IssuePayload (`number`, `commit_id`, `label`),
 * IssueCommentPayload (`is_pull`), PullRequestPayload (`requested_reviewer`, and
 * `review: {type, content}` without an id for reviews), PushPayload.
 */
import type { Json, PullGit, Presenter } from "./present.js";
import type { CheckRunRecord, CommentRecord, IssueRecord, LabelRecord, RepoRecord, ReviewCommentRecord, ReviewRecord, StatusRecord, UserRecord } from "./state.js";
import type { Flavour } from "./types.js";

/** Forgejo's hook type for a submitted review (services/actions/notifier.go, PullRequestReview). */
export const FORGEJO_REVIEW_TYPES = {
  approved: "pull_request_review_approved",
  changes_requested: "pull_request_review_rejected",
  commented: "pull_request_review_comment",
} as const;

export interface PushCommit {
  sha: string;
  message: string;
  author: { name: string; email: string; date: string };
}

export class HookPayloads {
  constructor(
    private readonly flavour: Flavour,
    private readonly present: Presenter,
  ) {}

  private repository(r: RepoRecord): Json {
    const { permissions: _p, network_count: _n, subscribers_count: _s, ...rest } = this.present.repo(r, "admin");
    return rest;
  }

  private base(r: RepoRecord, sender: UserRecord): Json {
    return { repository: this.repository(r), sender: this.present.user(sender) };
  }

  /** GitHub's webhook issue carries `draft` for plain issues too (the REST answer does not). */
  private issue(r: RepoRecord, i: IssueRecord): Json {
    const issue = this.present.issue(r, i);
    return this.flavour === "github" ? { draft: false, ...issue } : issue;
  }

  private pull(r: RepoRecord, i: IssueRecord, git: PullGit): Json {
    const pull = this.present.pull(r, i, git);
    return this.flavour === "github" ? { ...pull, rebaseable: pull.mergeable ?? null } : pull;
  }

  /** `assignee`: the user an `assigned`/`unassigned` event is about; GitHub names it, Forgejo's IssuePayload has no such field. */
  issues(r: RepoRecord, i: IssueRecord, action: string, sender: UserRecord, label?: LabelRecord, assignee?: UserRecord): Json {
    const labelPart = label ? { label: this.present.label(r, label) } : {};
    const assigneePart = assignee ? { assignee: this.present.user(assignee) } : {};
    if (this.flavour === "github") return { action, issue: this.issue(r, i), ...assigneePart, ...labelPart, ...this.base(r, sender) };
    return { action, number: i.number, issue: this.present.issue(r, i), ...labelPart, ...this.base(r, sender), commit_id: "" };
  }

  issueComment(r: RepoRecord, i: IssueRecord, c: CommentRecord, action: string, sender: UserRecord, previousBody?: string): Json {
    const changes = previousBody !== undefined ? { changes: { body: { from: previousBody } } } : {};
    const common = { action, issue: this.issue(r, i), comment: this.present.comment(r, c), ...changes, ...this.base(r, sender) };
    return this.flavour === "github" ? common : { ...common, is_pull: Boolean(i.pull) };
  }

  pullRequest(
    r: RepoRecord,
    i: IssueRecord,
    git: PullGit,
    action: string,
    sender: UserRecord,
    extra: { label?: LabelRecord; commitId?: string; assignee?: UserRecord } = {},
  ): Json {
    const pull = this.pull(r, i, git);
    const labelPart = extra.label ? { label: this.present.label(r, extra.label) } : {};
    const assigneePart = extra.assignee ? { assignee: this.present.user(extra.assignee) } : {};
    if (this.flavour === "github") return { action, number: i.number, pull_request: pull, ...assigneePart, ...labelPart, ...this.base(r, sender) };
    return { action, number: i.number, pull_request: pull, ...labelPart, requested_reviewer: null, review: null, ...this.base(r, sender), commit_id: extra.commitId ?? "" };
  }

  /** A submitted review: GitHub `submitted` with the review; Forgejo `reviewed` with `{type, content}` only. */
  review(r: RepoRecord, i: IssueRecord, git: PullGit, rv: ReviewRecord, sender: UserRecord): Json {
    const pull = this.pull(r, i, git);
    if (this.flavour === "github") {
      const review = { ...this.present.review(r, rv), state: rv.state };
      return { action: "submitted", review, pull_request: pull, ...this.base(r, sender) };
    }
    const type = FORGEJO_REVIEW_TYPES[rv.state as keyof typeof FORGEJO_REVIEW_TYPES];
    return { action: "reviewed", number: i.number, pull_request: pull, requested_reviewer: null, review: { type, content: rv.body }, ...this.base(r, sender), commit_id: rv.commitId };
  }

  /** GitHub's pull_request_review_comment, one per inline comment of a submitted review. */
  reviewComment(r: RepoRecord, i: IssueRecord, git: PullGit, c: ReviewCommentRecord, sender: UserRecord): Json {
    return { action: "created", comment: this.present.reviewComment(r, c), pull_request: this.pull(r, i, git), ...this.base(r, sender) };
  }

  push(r: RepoRecord, p: { ref: string; before: string; after: string; commits: PushCommit[]; pusher: UserRecord; compare: string }): Json {
    const commit = (c: PushCommit) => ({
      id: c.sha,
      message: c.message,
      timestamp: c.author.date,
      url: `${this.present.repo(r, "read").html_url as string}/commit/${c.sha}`,
      author: { name: c.author.name, email: c.author.email, ...(this.flavour === "forgejo" ? { username: "" } : {}) },
      committer: { name: c.author.name, email: c.author.email, ...(this.flavour === "forgejo" ? { username: "" } : {}) },
      ...(this.flavour === "github" ? { tree_id: "", distinct: true, added: [], removed: [], modified: [] } : { added: [], removed: [], modified: [], verification: null }),
    });
    const commits = p.commits.map(commit);
    const head = commits[0] ?? null;
    if (this.flavour === "github") {
      const zero = /^0+$/;
      return {
        ref: p.ref,
        before: p.before,
        after: p.after,
        base_ref: null,
        created: zero.test(p.before),
        deleted: zero.test(p.after),
        forced: false,
        compare: p.compare,
        commits,
        head_commit: head,
        pusher: { name: p.pusher.login, email: p.pusher.email },
        ...this.base(r, p.pusher),
      };
    }
    return {
      ref: p.ref,
      before: p.before,
      after: p.after,
      compare_url: p.compare,
      commits,
      total_commits: commits.length,
      head_commit: head,
      ...this.base(r, p.pusher),
      pusher: this.present.user(p.pusher),
    };
  }

  /** GitHub's status event. */
  status(r: RepoRecord, st: StatusRecord, sender: UserRecord): Json {
    return {
      id: st.id,
      sha: st.sha,
      name: r.fullName,
      target_url: st.targetUrl || null,
      context: st.context,
      description: st.description || null,
      state: st.state,
      commit: { sha: st.sha, url: `${this.present.repo(r, "read").url as string}/commits/${st.sha}` },
      branches: [],
      created_at: st.createdAt,
      updated_at: st.updatedAt,
      ...this.base(r, sender),
    };
  }

  /** GitHub's check_run event. */
  checkRun(r: RepoRecord, run: CheckRunRecord, action: string, sender: UserRecord): Json {
    return { action, check_run: this.present.checkRun(r, run), ...this.base(r, sender) };
  }

  workflowDispatch(r: RepoRecord, ref: string, inputs: Record<string, string>, workflowFile: string, sender: UserRecord): Json {
    return { inputs, ref, ...this.base(r, sender), workflow: workflowFile };
  }

  /**
   * A scheduled run's event. GitHub: `schedule` (the cron that fired), `workflow`, the
   * repository and sender. Forgejo: SchedulePayload, `{"action": "schedule"}` and nothing
   * else (modules/structs/hook.go): a run cannot tell which of its crons fired.
   */
  schedule(r: RepoRecord, cron: string, workflowFile: string, sender: UserRecord): Json {
    if (this.flavour === "forgejo") return { action: "schedule" };
    return { schedule: cron, workflow: workflowFile, ...this.base(r, sender) };
  }

  /** GitHub's workflow_run event for a finished run. */
  workflowRun(r: RepoRecord, run: Json, sender: UserRecord): Json {
    return { action: "completed", workflow_run: run, workflow: { id: run.workflow_id, name: run.name, path: run.path, state: "active" }, ...this.base(r, sender) };
  }
}
