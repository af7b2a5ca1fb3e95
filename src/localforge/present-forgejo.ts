/**
 * Forgejo `/api/v1` shapes, after forgejo's modules/structs and templates/swagger/v1_json.tmpl.
 * Differences from GitHub that callers trip on: no `user.type`, no `author_association`,
 * a commit status carries its state in `status` (not `state`), review states are
 * `REQUEST_CHANGES`/`COMMENT`/`REQUEST_REVIEW`, and a PR's `draft` is derived from a
 * work-in-progress title prefix.
 */
import type { CommitInfo } from "./git.js";
import { BasePresenter, type Json, type Presenter, type PullGit } from "./present.js";
import type { FieldError } from "./reply.js";
import type {
  CommentRecord,
  IssueRecord,
  LabelRecord,
  ReactionRecord,
  RepoRecord,
  ReviewCommentRecord,
  ReviewRecord,
  RunnerRecord,
  StatusRecord,
  UserRecord,
} from "./state.js";
import { atLeast, type Permission } from "./types.js";

const REVIEW_STATE = {
  approved: "APPROVED",
  changes_requested: "REQUEST_CHANGES",
  commented: "COMMENT",
  pending: "PENDING",
  review_requested: "REQUEST_REVIEW",
} as const;

/** Forgejo's default `[repository.pull-request] WORK_IN_PROGRESS_PREFIXES`, compared case-insensitively. */
export const WIP_PREFIXES = ["WIP:", "[WIP]"];

export function isWorkInProgress(title: string): boolean {
  return WIP_PREFIXES.some((p) => title.toUpperCase().startsWith(p.toUpperCase()));
}

/** Forgejo's worst-first order of commit status states (modules/structs/commit_status.go). */
const STATUS_PRIORITY = ["error", "failure", "warning", "pending", "success"];

export class ForgejoPresenter extends BasePresenter implements Presenter {
  user(u: UserRecord): Json {
    return {
      id: u.id,
      login: u.login,
      login_name: "",
      source_id: 0,
      full_name: u.name === u.login ? "" : u.name,
      email: u.email,
      avatar_url: `${this.urls.web}/avatars/${u.login}`,
      html_url: `${this.urls.web}/${u.login}`,
      language: "",
      is_admin: u.siteAdmin,
      last_login: u.createdAt,
      created: u.createdAt,
      restricted: false,
      active: true,
      prohibit_login: false,
      location: "",
      pronouns: "",
      website: "",
      description: "",
      visibility: "public",
      followers_count: 0,
      following_count: 0,
      starred_repos_count: 0,
    };
  }

  profile(u: UserRecord): Json {
    return this.user(u);
  }

  private login(login: string): Json {
    return this.user(this.userRec(login));
  }

  private brief(r: RepoRecord): Json {
    return { id: r.id, name: r.name, owner: r.owner, full_name: r.fullName };
  }

  repo(r: RepoRecord, perm: Permission): Json {
    const issues = [...r.issues.values()];
    return {
      id: r.id,
      owner: this.login(r.owner),
      name: r.name,
      full_name: r.fullName,
      description: r.description,
      empty: false,
      private: true,
      fork: false,
      template: false,
      parent: null,
      mirror: false,
      size: 0,
      html_url: this.repoWeb(r),
      url: this.repoApi(r),
      link: "",
      ssh_url: "",
      clone_url: `${this.repoWeb(r)}.git`,
      original_url: "",
      website: "",
      stars_count: 0,
      forks_count: 0,
      watchers_count: 0,
      open_issues_count: issues.filter((i) => !i.pull && i.state === "open").length,
      open_pr_counter: issues.filter((i) => i.pull && i.state === "open").length,
      release_counter: 0,
      default_branch: r.defaultBranch,
      archived: false,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      permissions: { admin: perm === "admin", push: atLeast(perm, "write"), pull: atLeast(perm, "read") },
      has_issues: true,
      has_pull_requests: true,
      has_actions: true,
      object_format_name: "sha1",
    };
  }

  label(r: RepoRecord, l: LabelRecord): Json {
    return {
      id: l.id,
      name: l.name,
      exclusive: false,
      is_archived: false,
      color: l.color,
      description: l.description,
      url: `${this.repoApi(r)}/labels/${l.id}`,
    };
  }

  private htmlOf(r: RepoRecord, i: IssueRecord): string {
    return `${this.repoWeb(r)}/${i.pull ? "pulls" : "issues"}/${i.number}`;
  }

  issue(r: RepoRecord, i: IssueRecord): Json {
    return {
      id: i.id,
      url: `${this.repoApi(r)}/issues/${i.number}`,
      html_url: this.htmlOf(r, i),
      number: i.number,
      user: this.login(i.login),
      original_author: "",
      original_author_id: 0,
      title: i.title,
      body: i.body,
      ref: "",
      assets: [],
      labels: this.labelsOf(r, i).map((l) => this.label(r, l)),
      milestone: null,
      // Forgejo leaves both unset (null) when nobody is assigned (services/convert/issue.go).
      assignee: i.assignees[0] !== undefined ? this.login(i.assignees[0]) : null,
      assignees: i.assignees.length > 0 ? i.assignees.map((l) => this.login(l)) : null,
      state: i.state,
      is_locked: false,
      comments: this.commentCount(r, i),
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_at: i.closedAt,
      due_date: null,
      pull_request: i.pull
        ? { merged: i.pull.merged, merged_at: i.pull.mergedAt, draft: isWorkInProgress(i.title), html_url: this.htmlOf(r, i) }
        : null,
      repository: this.brief(r),
      pin_order: 0,
    };
  }

  comment(r: RepoRecord, c: CommentRecord): Json {
    const issue = r.issues.get(c.issueNumber);
    const html = issue ? this.htmlOf(r, issue) : `${this.repoWeb(r)}/issues/${c.issueNumber}`;
    return {
      id: c.id,
      html_url: `${html}#issuecomment-${c.id}`,
      pull_request_url: issue?.pull ? html : "",
      issue_url: issue?.pull ? "" : html,
      user: this.login(c.login),
      original_author: "",
      original_author_id: 0,
      body: c.body,
      assets: [],
      created_at: c.createdAt,
      updated_at: c.updatedAt,
    };
  }

  /** Forgejo reactions have no id. */
  reaction(x: ReactionRecord): Json {
    return { user: this.login(x.login), content: x.content, created_at: x.createdAt };
  }

  private prRef(r: RepoRecord, ref: string, sha: string): Json {
    return { label: ref, ref, sha, repo_id: r.id, repo: this.repo(r, "none") };
  }

  pull(r: RepoRecord, i: IssueRecord, git: PullGit): Json {
    const p = i.pull!;
    const html = this.htmlOf(r, i);
    return {
      id: p.id,
      url: html,
      number: i.number,
      user: this.login(i.login),
      title: i.title,
      body: i.body,
      labels: this.labelsOf(r, i).map((l) => this.label(r, l)),
      milestone: null,
      assignee: i.assignees[0] !== undefined ? this.login(i.assignees[0]) : null,
      assignees: i.assignees.length > 0 ? i.assignees.map((l) => this.login(l)) : null,
      requested_reviewers: p.requestedReviewers.map((l) => this.login(l)),
      requested_reviewers_teams: [],
      state: i.state,
      draft: isWorkInProgress(i.title),
      is_locked: false,
      comments: this.commentCount(r, i),
      review_comments: this.reviewCommentCount(r, i.number),
      additions: git.stats?.additions ?? 0,
      deletions: git.stats?.deletions ?? 0,
      changed_files: git.stats?.changedFiles ?? 0,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      mergeable: i.state === "open",
      merged: p.merged,
      merged_at: p.mergedAt,
      merge_commit_sha: null,
      merged_by: null,
      allow_maintainer_edit: false,
      base: this.prRef(r, p.baseRef, git.baseSha),
      head: this.prRef(r, p.headRef, git.headSha),
      merge_base: git.stats?.mergeBase ?? git.baseSha,
      due_date: null,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_at: i.closedAt,
      pin_order: 0,
      flow: p.flow ?? 0,
    };
  }

  review(r: RepoRecord, rv: ReviewRecord): Json {
    const html = `${this.repoWeb(r)}/pulls/${rv.number}`;
    const writer = atLeast(this.state.permission(r, rv.login), "write");
    return {
      id: rv.id,
      user: this.login(rv.login),
      team: null,
      state: REVIEW_STATE[rv.state],
      body: rv.body,
      commit_id: rv.commitId,
      stale: false,
      official: writer && (rv.state === "approved" || rv.state === "changes_requested"),
      dismissed: rv.dismissed ?? false,
      comments_count: [...r.reviewComments.values()].filter((c) => c.reviewId === rv.id).length,
      submitted_at: rv.submittedAt ?? rv.createdAt,
      updated_at: rv.submittedAt ?? rv.createdAt,
      html_url: `${html}#issuecomment-${rv.id}`,
      pull_request_url: html,
    };
  }

  reviewComment(r: RepoRecord, c: ReviewCommentRecord): Json {
    const html = `${this.repoWeb(r)}/pulls/${c.number}`;
    return {
      id: c.id,
      body: c.body,
      user: this.login(c.login),
      resolver: null,
      pull_request_review_id: c.reviewId,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      path: c.path,
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      diff_hunk: "",
      // The line on the side it is on; the other is 0 (services/convert/pull_review.go).
      position: c.side === "RIGHT" ? c.line : 0,
      original_position: c.side === "LEFT" ? c.line : 0,
      html_url: `${html}/files#issuecomment-${c.id}`,
      pull_request_url: html,
    };
  }

  status(r: RepoRecord, s: StatusRecord): Json {
    return {
      id: s.id,
      status: s.state,
      target_url: s.targetUrl,
      description: s.description,
      url: `${this.repoApi(r)}/statuses/${s.sha}`,
      context: s.context,
      creator: this.login(s.login),
      created_at: s.createdAt,
      updated_at: s.updatedAt,
    };
  }

  /** The worst state wins; with no statuses Forgejo answers an all-zero object (routers/api/v1/repo/status.go). */
  combinedStatus(r: RepoRecord, sha: string, latest: StatusRecord[]): Json {
    if (latest.length === 0) {
      return { state: "", sha: "", total_count: 0, statuses: null, repository: null, commit_url: "", url: "" };
    }
    const rank = (s: string) => {
      const i = STATUS_PRIORITY.indexOf(s);
      return i < 0 ? STATUS_PRIORITY.length : i;
    };
    const worst = latest.reduce((a, s) => (rank(s.state) < rank(a) ? s.state : a), "success");
    return {
      state: worst,
      sha,
      total_count: latest.length,
      statuses: latest.map((s) => this.status(r, s)),
      repository: this.repo(r, "none"),
      commit_url: `${this.repoApi(r)}/commits/${sha}`,
      url: `${this.repoApi(r)}/commits/${sha}/status`,
    };
  }

  checkRun(): Json {
    throw new Error("Forgejo has no check runs");
  }

  commit(): Json {
    throw new Error("Forgejo resolves refs through /tags/{tag} and /branches/{branch} here");
  }

  /** Forgejo's Tag: `id` is the tag object (the commit for a lightweight tag), `commit` what it names. */
  tag(r: RepoRecord, name: string, c: CommitInfo): Json {
    return {
      name,
      message: "",
      id: c.sha,
      commit: { url: `${this.repoApi(r)}/git/commits/${c.sha}`, sha: c.sha, created: c.committer.date },
      zipball_url: `${this.repoWeb(r)}/archive/${name}.zip`,
      tarball_url: `${this.repoWeb(r)}/archive/${name}.tar.gz`,
      archive_download_count: { zip: 0, tar_gz: 0 },
    };
  }

  /** Forgejo's ActionRunner: `idle` when online and waiting for work. */
  runner(x: RunnerRecord): Json {
    return { id: x.id, uuid: `00000000-0000-4000-8000-${String(x.id).padStart(12, "0")}`, name: x.name, version: "v11.0.0", owner_id: 0, repo_id: 0, description: "", labels: x.labels, status: x.online ? "idle" : "offline", ephemeral: false };
  }

  branch(r: RepoRecord, name: string, c: CommitInfo, perm: Permission): Json {
    return {
      name,
      commit: {
        id: c.sha,
        message: `${c.message}\n`,
        url: `${this.repoWeb(r)}/commit/${c.sha}`,
        author: { name: c.author.name, email: c.author.email, username: "" },
        committer: { name: c.committer.name, email: c.committer.email, username: "" },
        verification: null,
        timestamp: c.committer.date,
        added: null,
        removed: null,
        modified: null,
      },
      protected: false,
      required_approvals: 0,
      enable_status_check: false,
      status_check_contexts: [],
      user_can_push: atLeast(perm, "write"),
      user_can_merge: atLeast(perm, "write"),
      effective_branch_protection_name: "",
    };
  }

  /**
   * Forgejo reports the access mode by name: none, read, write, admin, or owner for the
   * repository's owner (services/convert ToUserAndPermission).
   */
  collaboratorPermission(r: RepoRecord, u: UserRecord, perm: Permission): Json {
    const mode = perm === "admin" && u.login.toLowerCase() === r.owner.toLowerCase() ? "owner" : perm;
    return { permission: mode, role_name: mode, user: this.user(u) };
  }

  /** Only Forgejo's not-found error (APINotFound) lists `errors`; the others carry their detail in `message`. */
  error(status: number, message: string, errors: FieldError[]): Json {
    const details = errors.map((e) => (typeof e === "string" ? e : (e.message ?? `${e.field}: ${e.code}`)));
    return {
      message: details.length > 0 && status !== 404 ? `${message}: ${details.join("; ")}` : message,
      url: `${this.urls.web}/api/swagger`,
      ...(details.length > 0 && status === 404 ? { errors: details } : {}),
    };
  }
}
