/**
 * The local forge's in-memory records, and the operations on them that both API
 * flavours share. Nothing here knows about HTTP or JSON shapes: routes translate
 * requests into these calls and presenters translate records into each forge's JSON.
 * Git data (branches, commits) is not mirrored here; it is read from the bare repos.
 */
import type { Permission } from "./types.js";

export interface UserRecord {
  id: number;
  login: string;
  type: "User" | "Bot";
  siteAdmin: boolean;
  name: string;
  email: string;
  createdAt: string;
}

export interface TokenRecord {
  login: string;
  /** Upper bound on what the token may do, below the user's own permission. */
  cap: Permission;
  /** Set for the automatic token of an Actions job: what it may do, and that its events start no workflow. */
  job?: JobTokenInfo;
}

export interface JobTokenInfo {
  /** `owner/name`: a job token works on its own repository only. */
  repo: string;
  runId: number;
  job: string;
  /**
   * GitHub: access per `permissions:` scope (`contents`, `issues`, `pull-requests`, …);
   * scopes not listed have none. Undefined on Forgejo, which ignores `permissions:`.
   */
  scopes?: Readonly<Record<string, "read" | "write" | "none">>;
}

export interface LabelRecord {
  id: number;
  name: string;
  /** Six hex digits, no `#`. */
  color: string;
  description: string;
}

export interface ReactionRecord {
  id: number;
  login: string;
  content: string;
  createdAt: string;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  login: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  reactions: ReactionRecord[];
}

export interface PullRecord {
  /** Distinct from the issue id, as on both forges. */
  id: number;
  headRef: string;
  baseRef: string;
  /** GitHub's draft flag. Forgejo derives draft from a `WIP:` title prefix instead. */
  draft: boolean;
  /** Forgejo: 1 for an AGit pull request (pushed to `refs/for/<branch>` of this repository by anyone who may read it). */
  flow?: 0 | 1;
  requestedReviewers: string[];
  merged: boolean;
  mergedAt: string | null;
  mergedBy?: string;
  mergeCommitSha?: string;
  /** Merge once the head's checks pass: GitHub's auto-merge, Forgejo's scheduled merge ("merge when checks succeed"). */
  autoMerge?: AutoMergeRecord;
}

export interface AutoMergeRecord {
  method: "merge" | "squash";
  /** Who asked: the merge is theirs, and so are its events. */
  enabledBy: string;
  /** Set when a job token asked: the merge's events then start no workflow, as on both forges. */
  job?: JobTokenInfo;
  commitTitle?: string;
  commitMessage?: string;
  at: string;
}

/** Branch protection, the parts both forges have that merging depends on. */
export interface BranchProtection {
  /** Status contexts (or GitHub check names) that must succeed on a pull request's head. */
  requiredChecks: string[];
  /** Approving reviews, by people other than the author, that a merge needs. */
  requiredApprovals: number;
  /**
   * Who may merge into the branch (Forgejo's merge whitelist; GitHub's "restrict who can push"),
   * by login; undefined: anyone with write access.
   */
  mergers?: string[];
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  login: string;
  labelIds: number[];
  /** Logins, in the order they were assigned. */
  assignees: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  reactions: ReactionRecord[];
  /** Present when the issue is a pull request (both forges number them together). */
  pull?: PullRecord;
}

/**
 * Review states in neutral words; presenters map them to `APPROVED`/`CHANGES_REQUESTED`/
 * `COMMENTED` (GitHub) or `APPROVED`/`REQUEST_CHANGES`/`COMMENT`/`REQUEST_REVIEW` (Forgejo).
 */
export type ReviewState = "approved" | "changes_requested" | "commented" | "pending" | "review_requested";

export interface ReviewRecord {
  id: number;
  number: number;
  login: string;
  state: ReviewState;
  body: string;
  commitId: string;
  createdAt: string;
  submittedAt: string | null;
  /** Dismissed by a maintainer: Forgejo keeps the state and sets `dismissed`. */
  dismissed?: boolean;
}

export interface ReviewCommentRecord {
  id: number;
  reviewId: number;
  number: number;
  login: string;
  path: string;
  line: number;
  /** `RIGHT`: the line is in the pull request's version; `LEFT`: in the base's. */
  side: "LEFT" | "RIGHT";
  /** GitHub: the comment this one replies to in its thread. */
  inReplyTo?: number;
  body: string;
  commitId: string;
  createdAt: string;
  updatedAt: string;
}

export interface StatusRecord {
  id: number;
  sha: string;
  state: string;
  context: string;
  description: string;
  targetUrl: string;
  login: string;
  createdAt: string;
  updatedAt: string;
}

export interface CheckRunRecord {
  id: number;
  headSha: string;
  name: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  title: string | null;
  summary: string | null;
  text: string | null;
  startedAt: string | null;
  completedAt: string | null;
  /** A GitHub Actions job's check run: its log (the check run's id is the job's id, as on GitHub). */
  logFile?: string;
}

export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  description: string;
  defaultBranch: string;
  createdAt: string;
  /** Absolute path of the bare repository. */
  gitDir: string;
  collaborators: Map<string, Permission>;
  labels: Map<number, LabelRecord>;
  issues: Map<number, IssueRecord>;
  comments: Map<number, CommentRecord>;
  reviews: Map<number, ReviewRecord>;
  reviewComments: Map<number, ReviewCommentRecord>;
  /** Newest last. */
  statuses: StatusRecord[];
  checkRuns: Map<number, CheckRunRecord>;
  /** By branch name. */
  protections: Map<string, BranchProtection>;
  /** GitHub's "Allow auto-merge" repository setting (off by default there); Forgejo has no such setting. */
  allowAutoMerge: boolean;
  nextNumber: number;
  /** Actions secrets (`secrets.*`) and variables (`vars.*`). */
  secrets: Map<string, string>;
  variables: Map<string, string>;
  /** Self-hosted runners registered for the repository (the runner API lists them; jobs do not use them). */
  runners: RunnerRecord[];
}

export interface RunnerRecord {
  id: number;
  name: string;
  labels: string[];
  online: boolean;
}

export class ForgeState {
  readonly users = new Map<string, UserRecord>();
  readonly tokens = new Map<string, TokenRecord>();
  readonly repos = new Map<string, RepoRecord>();
  // One sequence for every kind of id, so an id used for the wrong kind of object
  // (a comment id as a review id) finds nothing instead of finding the wrong thing.
  private lastId = 0;

  constructor(private readonly clock: () => Date) {}

  nextId(): number {
    return ++this.lastId;
  }

  /** ISO 8601 without milliseconds, as both forges print timestamps. */
  now(): string {
    return this.clock().toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  user(login: string): UserRecord | undefined {
    return this.users.get(login.toLowerCase());
  }

  addUser(u: { login: string; type?: "User" | "Bot"; siteAdmin?: boolean; name?: string; id?: number }): UserRecord {
    const key = u.login.toLowerCase();
    const existing = this.users.get(key);
    if (existing) return existing;
    const rec: UserRecord = {
      id: u.id ?? this.nextId(),
      login: u.login,
      type: u.type ?? "User",
      siteAdmin: u.siteAdmin ?? false,
      name: u.name ?? u.login,
      email: `${u.login.replace(/\[bot\]$/, "")}@users.noreply.localhost`,
      createdAt: this.now(),
    };
    this.users.set(key, rec);
    return rec;
  }

  repo(fullName: string): RepoRecord | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  /** The user's own permission on the repo: owner is admin, collaborators as granted, others none. */
  permission(repo: RepoRecord, login: string): Permission {
    if (login.toLowerCase() === repo.owner.toLowerCase()) return "admin";
    return repo.collaborators.get(login.toLowerCase()) ?? "none";
  }

  labelByName(repo: RepoRecord, name: string, caseInsensitive: boolean): LabelRecord | undefined {
    for (const l of repo.labels.values()) {
      if (caseInsensitive ? l.name.toLowerCase() === name.toLowerCase() : l.name === name) return l;
    }
    return undefined;
  }

  createLabel(repo: RepoRecord, l: { name: string; color?: string; description?: string }): LabelRecord {
    const rec: LabelRecord = {
      id: this.nextId(),
      name: l.name,
      color: (l.color ?? "ededed").replace(/^#/, "").toLowerCase(),
      description: l.description ?? "",
    };
    repo.labels.set(rec.id, rec);
    return rec;
  }

  createIssue(
    repo: RepoRecord,
    i: { title: string; body?: string; login: string; labelIds?: number[]; pull?: Omit<PullRecord, "id"> },
  ): IssueRecord {
    const now = this.now();
    const rec: IssueRecord = {
      id: this.nextId(),
      number: repo.nextNumber++,
      title: i.title,
      body: i.body ?? "",
      state: "open",
      login: i.login,
      labelIds: [...new Set(i.labelIds ?? [])],
      assignees: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      reactions: [],
      ...(i.pull ? { pull: { ...i.pull, id: this.nextId() } } : {}),
    };
    repo.issues.set(rec.number, rec);
    return rec;
  }

  setIssueState(issue: IssueRecord, state: "open" | "closed"): void {
    if (issue.state === state) return;
    issue.state = state;
    issue.closedAt = state === "closed" ? this.now() : null;
    this.touch(issue);
  }

  touch(issue: IssueRecord): void {
    issue.updatedAt = this.now();
  }

  addComment(repo: RepoRecord, issue: IssueRecord, login: string, body: string): CommentRecord {
    const now = this.now();
    const rec: CommentRecord = {
      id: this.nextId(),
      issueNumber: issue.number,
      login,
      body,
      createdAt: now,
      updatedAt: now,
      reactions: [],
    };
    repo.comments.set(rec.id, rec);
    this.touch(issue);
    return rec;
  }

  commentsOf(repo: RepoRecord, number: number): CommentRecord[] {
    return [...repo.comments.values()].filter((c) => c.issueNumber === number);
  }

  /** Adds a reaction unless the user already left that one; returns it and whether it is new. */
  react(list: ReactionRecord[], login: string, content: string): { reaction: ReactionRecord; created: boolean } {
    const existing = list.find((r) => r.login === login && r.content === content);
    if (existing) return { reaction: existing, created: false };
    const reaction: ReactionRecord = { id: this.nextId(), login, content, createdAt: this.now() };
    list.push(reaction);
    return { reaction, created: true };
  }

  addReview(
    repo: RepoRecord,
    r: { number: number; login: string; state: ReviewState; body: string; commitId: string },
  ): ReviewRecord {
    const now = this.now();
    const rec: ReviewRecord = {
      id: this.nextId(),
      number: r.number,
      login: r.login,
      state: r.state,
      body: r.body,
      commitId: r.commitId,
      createdAt: now,
      submittedAt: r.state === "pending" || r.state === "review_requested" ? null : now,
    };
    repo.reviews.set(rec.id, rec);
    return rec;
  }

  reviewsOf(repo: RepoRecord, number: number): ReviewRecord[] {
    return [...repo.reviews.values()].filter((r) => r.number === number);
  }

  addReviewComment(
    repo: RepoRecord,
    c: { reviewId: number; number: number; login: string; path: string; line: number; side: "LEFT" | "RIGHT"; inReplyTo?: number; body: string; commitId: string },
  ): ReviewCommentRecord {
    const now = this.now();
    const rec: ReviewCommentRecord = { id: this.nextId(), ...c, createdAt: now, updatedAt: now };
    repo.reviewComments.set(rec.id, rec);
    return rec;
  }

  addStatus(
    repo: RepoRecord,
    s: { sha: string; state: string; context: string; description: string; targetUrl: string; login: string },
  ): StatusRecord {
    const now = this.now();
    const rec: StatusRecord = { id: this.nextId(), ...s, createdAt: now, updatedAt: now };
    repo.statuses.push(rec);
    return rec;
  }

  /** All statuses for a commit, newest first. */
  statusesOf(repo: RepoRecord, sha: string): StatusRecord[] {
    return repo.statuses.filter((s) => s.sha === sha).reverse();
  }

  /** The newest status per context, newest first. */
  latestStatuses(repo: RepoRecord, sha: string): StatusRecord[] {
    const seen = new Set<string>();
    return this.statusesOf(repo, sha).filter((s) => (seen.has(s.context) ? false : (seen.add(s.context), true)));
  }
}
