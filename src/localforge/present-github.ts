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
  RunnerRecord,
  StatusRecord,
  UserRecord,
} from "./state.js";
import { githubMergeState } from "./merging.js";
import { atLeast, type Permission } from "./types.js";

const REVIEW_STATE = {
  approved: "APPROVED",
  changes_requested: "CHANGES_REQUESTED",
  commented: "COMMENTED",
  pending: "PENDING",
  review_requested: "PENDING", // never listed as a review on GitHub; see routes-pulls.ts
} as const;

export class GithubPresenter extends BasePresenter implements Presenter {
  /** GitHub's simple-user. */
  user(u: UserRecord): Json {
    const api = `${this.urls.api}/users/${u.login}`;
    return {
      login: u.login,
      id: u.id,
      node_id: nodeId("User", u.id),
      avatar_url: `${this.urls.web}/avatars/${u.login}`,
      gravatar_id: "",
      url: api,
      html_url: `${this.urls.web}/${u.login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: u.type,
      site_admin: u.siteAdmin,
      ...(u.name !== u.login ? { name: u.name } : {}),
    };
  }

  /** GitHub's public-user: what GET /users/{username} and GET /user answer. */
  profile(u: UserRecord): Json {
    const { name: _name, ...simple } = this.user(u);
    return {
      ...simple,
      name: u.name === u.login ? null : u.name,
      company: null,
      blog: "",
      location: null,
      email: null,
      hireable: null,
      bio: null,
      // Every repository here is private.
      public_repos: 0,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: u.createdAt,
      updated_at: u.createdAt,
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

  private link(href: string): Json {
    return { href };
  }

  /** GitHub's repository: what pull request heads and bases and combined statuses embed. */
  private repository(r: RepoRecord, perm?: Permission): Json {
    const api = this.repoApi(r);
    const host = new URL(this.urls.web).host;
    const open = [...r.issues.values()].filter((i) => i.state === "open").length;
    return {
      id: r.id,
      node_id: nodeId("Repository", r.id),
      name: r.name,
      full_name: r.fullName,
      owner: this.login(r.owner),
      private: true,
      html_url: this.repoWeb(r),
      description: r.description || null,
      fork: false,
      url: api,
      archive_url: `${api}/{archive_format}{/ref}`,
      assignees_url: `${api}/assignees{/user}`,
      blobs_url: `${api}/git/blobs{/sha}`,
      branches_url: `${api}/branches{/branch}`,
      collaborators_url: `${api}/collaborators{/collaborator}`,
      comments_url: `${api}/comments{/number}`,
      commits_url: `${api}/commits{/sha}`,
      compare_url: `${api}/compare/{base}...{head}`,
      contents_url: `${api}/contents/{+path}`,
      contributors_url: `${api}/contributors`,
      deployments_url: `${api}/deployments`,
      downloads_url: `${api}/downloads`,
      events_url: `${api}/events`,
      forks_url: `${api}/forks`,
      git_commits_url: `${api}/git/commits{/sha}`,
      git_refs_url: `${api}/git/refs{/sha}`,
      git_tags_url: `${api}/git/tags{/sha}`,
      git_url: `git://${host}/${r.fullName}.git`,
      issue_comment_url: `${api}/issues/comments{/number}`,
      issue_events_url: `${api}/issues/events{/number}`,
      issues_url: `${api}/issues{/number}`,
      keys_url: `${api}/keys{/key_id}`,
      labels_url: `${api}/labels{/name}`,
      languages_url: `${api}/languages`,
      merges_url: `${api}/merges`,
      milestones_url: `${api}/milestones{/number}`,
      notifications_url: `${api}/notifications{?since,all,participating}`,
      pulls_url: `${api}/pulls{/number}`,
      releases_url: `${api}/releases{/id}`,
      ssh_url: `git@${new URL(this.urls.web).hostname}:${r.fullName}.git`,
      stargazers_url: `${api}/stargazers`,
      statuses_url: `${api}/statuses/{sha}`,
      subscribers_url: `${api}/subscribers`,
      subscription_url: `${api}/subscription`,
      tags_url: `${api}/tags`,
      teams_url: `${api}/teams`,
      trees_url: `${api}/git/trees{/sha}`,
      clone_url: `${this.repoWeb(r)}.git`,
      mirror_url: null,
      hooks_url: `${api}/hooks`,
      svn_url: this.repoWeb(r),
      homepage: null,
      language: null,
      forks_count: 0,
      forks: 0,
      stargazers_count: 0,
      watchers_count: 0,
      watchers: 0,
      size: 0,
      default_branch: r.defaultBranch,
      open_issues_count: open,
      open_issues: open,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: false,
      has_discussions: false,
      archived: false,
      disabled: false,
      visibility: "private",
      license: null,
      pushed_at: r.createdAt,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      ...(perm ? { permissions: this.permissions(perm) } : {}),
    };
  }

  /** GitHub's full-repository: what GET /repos/{owner}/{repo} answers. */
  repo(r: RepoRecord, perm: Permission): Json {
    return { ...this.repository(r, perm), network_count: 0, subscribers_count: 0 };
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
      assignee: i.assignees[0] !== undefined ? this.login(i.assignees[0]) : null,
      assignees: i.assignees.map((l) => this.login(l)),
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
    return { label: `${r.owner}:${ref}`, ref, sha, user: this.login(r.owner), repo: this.repository(r) };
  }

  /**
   * GitHub's pull-request when `git.stats` is given (single pull request answers), else its
   * pull-request-simple (lists, and the requested_reviewers answers), which has no counts.
   */
  pull(r: RepoRecord, i: IssueRecord, git: PullGit): Json {
    const p = i.pull!;
    const url = `${this.repoApi(r)}/pulls/${i.number}`;
    const issueUrl = `${this.repoApi(r)}/issues/${i.number}`;
    const html = `${this.repoWeb(r)}/pull/${i.number}`;
    const statuses = `${this.repoApi(r)}/statuses/${git.headSha}`;
    return {
      url,
      id: p.id,
      node_id: nodeId("PullRequest", p.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueUrl,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${this.repoApi(r)}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: statuses,
      number: i.number,
      state: i.state,
      locked: false,
      title: i.title,
      user: this.login(i.login),
      body: i.body || null,
      // pull-request-simple describes a label's description as a string, never null.
      labels: this.labelsOf(r, i).map((l) => ({ ...this.label(r, l), description: l.description })),
      milestone: null,
      created_at: i.createdAt,
      updated_at: i.updatedAt,
      closed_at: i.closedAt,
      merged_at: p.mergedAt,
      merge_commit_sha: null,
      assignee: i.assignees[0] !== undefined ? this.login(i.assignees[0]) : null,
      assignees: i.assignees.map((l) => this.login(l)),
      requested_reviewers: p.requestedReviewers.map((l) => this.login(l)),
      requested_teams: [],
      head: this.prRef(r, p.headRef, git.headSha),
      base: this.prRef(r, p.baseRef, git.baseSha),
      _links: {
        self: this.link(url),
        html: this.link(html),
        issue: this.link(issueUrl),
        comments: this.link(`${issueUrl}/comments`),
        review_comments: this.link(`${url}/comments`),
        review_comment: this.link(`${this.repoApi(r)}/pulls/comments{/number}`),
        commits: this.link(`${url}/commits`),
        statuses: this.link(statuses),
      },
      author_association: this.association(r, i.login),
      auto_merge: p.autoMerge
        ? { enabled_by: this.login(p.autoMerge.enabledBy), merge_method: p.autoMerge.method, commit_title: p.autoMerge.commitTitle ?? "", commit_message: p.autoMerge.commitMessage ?? "" }
        : null,
      draft: p.draft,
      ...(git.stats
        ? {
            merged: p.merged,
            mergeable: i.state === "open" ? true : null,
            mergeable_state: i.state === "open" ? githubMergeState(r, i, git.headSha) : "unknown",
            merged_by: null,
            comments: this.commentCount(r, i),
            review_comments: this.reviewCommentCount(r, i.number),
            maintainer_can_modify: false,
            commits: git.stats.commits,
            additions: git.stats.additions,
            deletions: git.stats.deletions,
            changed_files: git.stats.changedFiles,
          }
        : {}),
    };
  }

  review(r: RepoRecord, rv: ReviewRecord): Json {
    const html = `${this.repoWeb(r)}/pull/${rv.number}#pullrequestreview-${rv.id}`;
    const pullUrl = `${this.repoApi(r)}/pulls/${rv.number}`;
    return {
      id: rv.id,
      node_id: nodeId("PullRequestReview", rv.id),
      user: this.login(rv.login),
      body: rv.body,
      state: REVIEW_STATE[rv.state],
      html_url: html,
      pull_request_url: pullUrl,
      _links: { html: this.link(html), pull_request: this.link(pullUrl) },
      author_association: this.association(r, rv.login),
      ...(rv.submittedAt ? { submitted_at: rv.submittedAt } : {}),
      commit_id: rv.commitId,
    };
  }

  /**
   * A pull request's review comment: GitHub's pull-request-review-comment in the per-PR list,
   * its review-comment in the per-review list, which always carries `position` (null here:
   * the local forge keeps lines, not diff positions).
   */
  reviewComment(r: RepoRecord, c: ReviewCommentRecord, perReview = false): Json {
    const url = `${this.repoApi(r)}/pulls/comments/${c.id}`;
    const html = `${this.repoWeb(r)}/pull/${c.number}#discussion_r${c.id}`;
    const pullUrl = `${this.repoApi(r)}/pulls/${c.number}`;
    return {
      url,
      pull_request_review_id: c.reviewId,
      id: c.id,
      node_id: nodeId("PullRequestReviewComment", c.id),
      ...(c.inReplyTo !== undefined ? { in_reply_to_id: c.inReplyTo } : {}),
      diff_hunk: "",
      path: c.path,
      ...(perReview ? { position: null, original_position: c.line } : {}),
      commit_id: c.commitId,
      original_commit_id: c.commitId,
      user: this.login(c.login),
      body: c.body,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      html_url: html,
      pull_request_url: pullUrl,
      author_association: this.association(r, c.login),
      _links: { self: this.link(url), html: this.link(html), pull_request: this.link(pullUrl) },
      line: c.line,
      original_line: c.line,
      side: c.side,
      start_line: null,
      start_side: null,
      subject_type: "line",
    };
  }

  /** GitHub's simple-commit-status: a status as a combined status lists it, without its creator. */
  private simpleStatus(r: RepoRecord, s: StatusRecord): Json {
    return {
      url: `${this.repoApi(r)}/statuses/${s.sha}`,
      avatar_url: `${this.urls.web}/avatars/${s.login}`,
      id: s.id,
      node_id: nodeId("StatusContext", s.id),
      state: s.state,
      description: s.description || null,
      target_url: s.targetUrl || null,
      context: s.context,
      created_at: s.createdAt,
      updated_at: s.updatedAt,
    };
  }

  status(r: RepoRecord, s: StatusRecord): Json {
    return { ...this.simpleStatus(r, s), creator: this.login(s.login) };
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
      statuses: latest.map((s) => this.simpleStatus(r, s)),
      sha,
      total_count: latest.length,
      repository: this.repository(r),
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
      app: this.app(r),
      pull_requests: [],
    };
  }

  /** The GitHub App every check run here belongs to, owned by the repository's owner. */
  private app(r: RepoRecord): Json {
    return {
      id: 1,
      slug: "crustyclaw-localforge",
      node_id: nodeId("Integration", 1),
      owner: this.login(r.owner),
      name: "CrustyClaw local forge",
      description: null,
      external_url: this.urls.web,
      html_url: `${this.urls.web}/apps/crustyclaw-localforge`,
      created_at: r.createdAt,
      updated_at: r.createdAt,
      permissions: { checks: "write", metadata: "read" },
      events: [],
    };
  }

  /** GitHub's commit as `GET /commits/{ref}` and a branch show it; `author` and `committer` are null: commits here belong to no account. */
  commit(r: RepoRecord, c: CommitInfo): Json {
    const commitUrl = `${this.repoApi(r)}/commits/${c.sha}`;
    return {
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
      comments_url: `${commitUrl}/comments`,
      author: null,
      committer: null,
      parents: c.parents.map((p) => ({ sha: p, url: `${this.repoApi(r)}/commits/${p}`, html_url: `${this.repoWeb(r)}/commit/${p}` })),
    };
  }

  tag(): Json {
    throw new Error("GitHub serves tags as refs, not GET /tags/{tag}");
  }

  /** GitHub's self-hosted runner; the labels it was registered with are `custom`. */
  runner(x: RunnerRecord): Json {
    return {
      id: x.id,
      name: x.name,
      os: "linux",
      status: x.online ? "online" : "offline",
      busy: false,
      labels: x.labels.map((name, i) => ({ id: x.id * 100 + i, name, type: "custom" })),
    };
  }

  /** GitHub's branch-with-protection. */
  branch(r: RepoRecord, name: string, c: CommitInfo): Json {
    const protectionUrl = `${this.repoApi(r)}/branches/${name}/protection`;
    return {
      name,
      commit: this.commit(r, c),
      _links: { self: `${this.repoApi(r)}/branches/${name}`, html: `${this.repoWeb(r)}/tree/${name}` },
      protected: false,
      protection: {
        enabled: false,
        required_status_checks: { enforcement_level: "off", contexts: [], checks: [] },
      },
      protection_url: protectionUrl,
    };
  }

  collaboratorPermission(r: RepoRecord, u: UserRecord, perm: Permission): Json {
    return {
      permission: perm,
      role_name: perm,
      user: { ...this.user(u), permissions: this.permissions(perm), role_name: perm },
    };
  }

  /**
   * GitHub's basic-error, or for a 422 its validation-error, which has no `status`; `errors`
   * are field errors, or plain strings where GitHub answers those (reviews).
   */
  error(status: number, message: string, errors: FieldError[]): Json {
    return {
      message,
      ...(errors.length > 0 ? { errors } : {}),
      documentation_url: "https://docs.github.com/rest",
      ...(status !== 422 ? { status: String(status) } : {}),
    };
  }
}
