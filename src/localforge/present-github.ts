/** GitHub REST API shapes (docs.github.com/rest), the subset CrustyClaw reads. */
import type { CommitInfo } from "./git.js";
import { BasePresenter, nodeId, REACTIONS, type Json, type Presenter, type PullGit } from "./present.js";
import type { FieldError } from "./reply.js";
import type {
  CheckRunRecord,
  CommentRecord,
  IssueRecord,
  LabelRecord,
  ReactionRecord,
  RepoRecord,
  ReviewCommentRecord,
  ReviewRecord,
  StatusRecord,
  UserRecord,
} from "./state.js";
import { atLeast, type Permission } from "./types.js";

const REVIEW_STATE = {
  approved: "APPROVED",
  changes_requested: "CHANGES_REQUESTED",
  commented: "COMMENTED",
  pending: "PENDING",
  review_requested: "PENDING", // never listed as a review on GitHub; see routes-pulls.ts
} as const;

export class GithubPresenter extends BasePresenter implements Presenter {
  user(u: UserRecord): Json {
    return {
      login: u.login,
      id: u.id,
      node_id: nodeId("User", u.id),
      avatar_url: `${this.urls.web}/avatars/${u.login}`,
      gravatar_id: "",
      url: `${this.urls.api}/users/${u.login}`,
      html_url: `${this.urls.web}/${u.login}`,
      type: u.type,
      site_admin: u.siteAdmin,
      ...(u.name !== u.login ? { name: u.name } : {}),
    };
  }

  private login(login: string): Json {
    return this.user(this.userRec(login));
  }

  /** GitHub's author_association: OWNER, COLLABORATOR or NONE (no organisations here). */
  private association(r: RepoRecord, login: string): string {
    if (login.toLowerCase() === r.owner.toLowerCase()) return "OWNER";
    return r.collaborators.has(login.toLowerCase()) ? "COLLABORATOR" : "NONE";
  }

  private permissions(perm: Permission): Json {
    return {
      admin: perm === "admin",
      maintain: perm === "admin",
      push: atLeast(perm, "write"),
      triage: atLeast(perm, "write"),
      pull: atLeast(perm, "read"),
    };
  }

  private reactionSummary(url: string, list: ReactionRecord[]): Json {
    const out: Json = { url, total_count: list.length };
    for (const r of REACTIONS) out[r] = list.filter((x) => x.content === r).length;
    return out;
  }

  repo(r: RepoRecord, perm: Permission): Json {
    return {
      id: r.id,
      node_id: nodeId("Repository", r.id),
      name: r.name,
      full_name: r.fullName,
      private: true,
      visibility: "private",
      owner: this.login(r.owner),
      html_url: this.repoWeb(r),
      description: r.description || null,
      fork: false,
      url: this.repoApi(r),
      clone_url: `${this.repoWeb(r)}.git`,
      default_branch: r.defaultBranch,
      created_at: r.createdAt,
      permissions: this.permissions(perm),
    };
  }

  label(r: RepoRecord, l: LabelRecord): Json {
    return {
      id: l.id,
      node_id: nodeId("Label", l.id),
      url: `${this.repoApi(r)}/labels/${encodeURIComponent(l.name)}`,
      name: l.name,
      color: l.color,
      default: false,
      description: l.description || null,
    };
  }

  issue(r: RepoRecord, i: IssueRecord): Json {
    const url = `${this.repoApi(r)}/issues/${i.number}`;
    return {
      id: i.id,
      node_id: nodeId("Issue", i.id),
      url,
      repository_url: this.repoApi(r),
      labels_url: `${url}/labels{/name}`,
      comments_url: `${url}/comments`,
      events_url: `${url}/events`,
      html_url: `${this.repoWeb(r)}/${i.pull ? "pull" : "issues"}/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.state === "closed" ? "completed" : null,
      title: i.title,
      body: i.body || null,
      user: this.login(i.login),
      labels: this.labelsOf(r, i).map((l) => this.label(r, l)),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      comments: this.commentCount(r, i),
      ...(i.pull
        ? {
            pull_request: {
              url: `${this.repoApi(r)}/pulls/${i.number}`,
              html_url: `${this.repoWeb(r)}/pull/${i.number}`,
              diff_url: `${this.repoWeb(r)}/pull/${i.number}.diff`,
              patch_url: `${this.repoWeb(r)}/pull/${i.number}.patch`,
              merged_at: i.pull.mergedAt,
            },
            draft: i.pull.draft,
          }
        : {}),
      closed_at: i.closedAt,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      author_association: this.association(r, i.login),
      reactions: this.reactionSummary(`${url}/reactions`, i.reactions),
    };
  }

  comment(r: RepoRecord, c: CommentRecord): Json {
    const url = `${this.repoApi(r)}/issues/comments/${c.id}`;
    const issue = r.issues.get(c.issueNumber);
    return {
      id: c.id,
      node_id: nodeId("IssueComment", c.id),
      url,
      html_url: `${this.repoWeb(r)}/${issue?.pull ? "pull" : "issues"}/${c.issueNumber}#issuecomment-${c.id}`,
      body: c.body,
      user: this.login(c.login),
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      issue_url: `${this.repoApi(r)}/issues/${c.issueNumber}`,
      author_association: this.association(r, c.login),
      reactions: this.reactionSummary(`${url}/reactions`, c.reactions),
    };
  }

  reaction(x: ReactionRecord): Json {
    return { id: x.id, node_id: nodeId("Reaction", x.id), user: this.login(x.login), content: x.content, created_at: x.createdAt };
  }

  private prRef(r: RepoRecord, ref: string, sha: string): Json {
    return { label: `${r.owner}:${ref}`, ref, sha, user: this.login(r.owner), repo: this.repo(r, "none") };
  }

  pull(r: RepoRecord, i: IssueRecord, git: PullGit): Json {
    const p = i.pull!;
    const url = `${this.repoApi(r)}/pulls/${i.number}`;
    const html = `${this.repoWeb(r)}/pull/${i.number}`;
    return {
      url,
      id: p.id,
      node_id: nodeId("PullRequest", p.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${this.repoApi(r)}/issues/${i.number}`,
      number: i.number,
      state: i.state,
      locked: false,
      title: i.title,
      user: this.login(i.login),
      body: i.body || null,
      labels: this.labelsOf(r, i).map((l) => this.label(r, l)),
      milestone: null,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_at: i.closedAt,
      merged_at: p.mergedAt,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: p.requestedReviewers.map((l) => this.login(l)),
      requested_teams: [],
      head: this.prRef(r, p.headRef, git.headSha),
      base: this.prRef(r, p.baseRef, git.baseSha),
      author_association: this.association(r, i.login),
      auto_merge: null,
      draft: p.draft,
      ...(git.stats
        ? {
            merged: p.merged,
            mergeable: i.state === "open" ? true : null,
            comments: this.commentCount(r, i),
            review_comments: this.reviewCommentCount(r, i.number),
            commits: git.stats.commits,
            additions: git.stats.additions,
            deletions: git.stats.deletions,
            changed_files: git.stats.changedFiles,
          }
        : {}),
    };
  }

  review(r: RepoRecord, rv: ReviewRecord): Json {
    return {
      id: rv.id,
      node_id: nodeId("PullRequestReview", rv.id),
      user: this.login(rv.login),
      body: rv.body,
      state: REVIEW_STATE[rv.state],
      html_url: `${this.repoWeb(r)}/pull/${rv.number}#pullrequestreview-${rv.id}`,
      pull_request_url: `${this.repoApi(r)}/pulls/${rv.number}`,
      author_association: this.association(r, rv.login),
      ...(rv.submittedAt ? { submitted_at: rv.submittedAt } : {}),
      commit_id: rv.commitId,
    };
  }

  reviewComment(r: RepoRecord, c: ReviewCommentRecord): Json {
    return {
      url: `${this.repoApi(r)}/pulls/comments/${c.id}`,
      pull_request_review_id: c.reviewId,
      id: c.id,
      node_id: nodeId("PullRequestReviewComment", c.id),
      diff_hunk: "",
      path: c.path,
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      user: this.login(c.login),
      body: c.body,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      html_url: `${this.repoWeb(r)}/pull/${c.number}#discussion_r${c.id}`,
      pull_request_url: `${this.repoApi(r)}/pulls/${c.number}`,
      author_association: this.association(r, c.login),
      line: c.line,
      original_line: c.line,
      side: "RIGHT",
      start_line: null,
      start_side: null,
      subject_type: "line",
    };
  }

  status(r: RepoRecord, s: StatusRecord): Json {
    const creator = this.login(s.login);
    return {
      url: `${this.repoApi(r)}/statuses/${s.sha}`,
      avatar_url: creator.avatar_url,
      id: s.id,
      node_id: nodeId("StatusContext", s.id),
      state: s.state,
      description: s.description || null,
      target_url: s.targetUrl || null,
      context: s.context,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
      creator,
    };
  }

  /** failure if any error or failure, pending if any pending or none at all, else success. */
  combinedStatus(r: RepoRecord, sha: string, latest: StatusRecord[]): Json {
    const states = latest.map((s) => s.state);
    const state =
      states.includes("error") || states.includes("failure")
        ? "failure"
        : states.length === 0 || states.includes("pending")
          ? "pending"
          : "success";
    return {
      state,
      statuses: latest.map((s) => this.status(r, s)),
      sha,
      total_count: latest.length,
      repository: this.repo(r, "none"),
      commit_url: `${this.repoApi(r)}/commits/${sha}`,
      url: `${this.repoApi(r)}/commits/${sha}/status`,
    };
  }

  checkRun(r: RepoRecord, c: CheckRunRecord): Json {
    return {
      id: c.id,
      head_sha: c.headSha,
      node_id: nodeId("CheckRun", c.id),
      external_id: c.externalId ?? "",
      url: `${this.repoApi(r)}/check-runs/${c.id}`,
      html_url: `${this.repoWeb(r)}/runs/${c.id}`,
      details_url: c.detailsUrl,
      status: c.status,
      conclusion: c.conclusion,
      started_at: c.startedAt,
      completed_at: c.completedAt,
      output: {
        title: c.title,
        summary: c.summary,
        text: c.text,
        annotations_count: 0,
        annotations_url: `${this.repoApi(r)}/check-runs/${c.id}/annotations`,
      },
      name: c.name,
      check_suite: { id: c.id },
      app: { id: 1, slug: "crustyclaw-localforge", name: "CrustyClaw local forge" },
      pull_requests: [],
    };
  }

  branch(r: RepoRecord, name: string, c: CommitInfo): Json {
    const commitUrl = `${this.repoApi(r)}/commits/${c.sha}`;
    return {
      name,
      commit: {
        sha: c.sha,
        node_id: nodeId("Commit", parseInt(c.sha.slice(0, 8), 16)),
        commit: {
          author: { name: c.author.name, email: c.author.email, date: c.author.date },
          committer: { name: c.committer.name, email: c.committer.email, date: c.committer.date },
          message: c.message,
          tree: { sha: c.tree, url: `${this.repoApi(r)}/git/trees/${c.tree}` },
          url: `${this.repoApi(r)}/git/commits/${c.sha}`,
          comment_count: 0,
        },
        url: commitUrl,
        html_url: `${this.repoWeb(r)}/commit/${c.sha}`,
        parents: c.parents.map((p) => ({ sha: p, url: `${this.repoApi(r)}/commits/${p}` })),
      },
      _links: { self: `${this.repoApi(r)}/branches/${name}`, html: `${this.repoWeb(r)}/tree/${name}` },
      protected: false,
      protection_url: `${this.repoApi(r)}/branches/${name}/protection`,
    };
  }

  collaboratorPermission(r: RepoRecord, u: UserRecord, perm: Permission): Json {
    return {
      permission: perm,
      role_name: perm,
      user: { ...this.user(u), permissions: this.permissions(perm), role_name: perm },
    };
  }

  error(status: number, message: string, errors: FieldError[]): Json {
    return {
      message,
      ...(errors.length > 0 ? { errors } : {}),
      documentation_url: "https://docs.github.com/rest",
      status: String(status),
    };
  }
}
