/**
 * Presenters turn records into each forge's JSON, with the field names of its real API
 * (`html_url`, `number`, `user.login`, ...). One implementation per flavour:
 * `present-github.ts` and `present-forgejo.ts`.
 */
import type { CommitInfo, DiffStats } from "./git.js";
import type { FieldError } from "./reply.js";
import type {
  CheckRunRecord,
  CommentRecord,
  ForgeState,
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
import type { Permission } from "./types.js";

export type Json = Record<string, unknown>;

/** What git says about a pull request's branches when it is presented. */
export interface PullGit {
  headSha: string;
  baseSha: string;
  /** Only for single-PR responses; list responses on GitHub omit these counts too. */
  stats?: DiffStats;
}

export interface Presenter {
  /** A user as other payloads embed it. */
  user(u: UserRecord): Json;
  /** A user as GET /users/{username} and GET /user answer. */
  profile(u: UserRecord): Json;
  repo(r: RepoRecord, perm: Permission): Json;
  label(r: RepoRecord, l: LabelRecord): Json;
  issue(r: RepoRecord, i: IssueRecord): Json;
  comment(r: RepoRecord, c: CommentRecord): Json;
  reaction(x: ReactionRecord): Json;
  pull(r: RepoRecord, i: IssueRecord, git: PullGit): Json;
  review(r: RepoRecord, rv: ReviewRecord): Json;
  /** `perReview`: listed under its review (GitHub's review-comment) rather than its pull request. */
  reviewComment(r: RepoRecord, c: ReviewCommentRecord, perReview?: boolean): Json;
  status(r: RepoRecord, s: StatusRecord): Json;
  /** `latest` is the newest status per context, newest first. */
  combinedStatus(r: RepoRecord, sha: string, latest: StatusRecord[]): Json;
  checkRun(r: RepoRecord, c: CheckRunRecord): Json;
  branch(r: RepoRecord, name: string, c: CommitInfo, perm: Permission): Json;
  /** GitHub's commit (`GET /commits/{ref}`); Forgejo serves no such route. */
  commit(r: RepoRecord, c: CommitInfo): Json;
  /** Forgejo's tag (`GET /tags/{tag}`), the commit it names resolved; GitHub serves no such route. */
  tag(r: RepoRecord, name: string, c: CommitInfo): Json;
  runner(x: RunnerRecord): Json;
  collaboratorPermission(r: RepoRecord, u: UserRecord, perm: Permission): Json;
  error(status: number, message: string, errors: FieldError[]): Json;
}

export interface Urls {
  web: string;
  api: string;
}

/** Shared by both presenters. */
export abstract class BasePresenter {
  constructor(
    protected readonly state: ForgeState,
    protected readonly urls: Urls,
  ) {}

  /** The record for a login, or a placeholder like the forges' "ghost" user. */
  protected userRec(login: string): UserRecord {
    return (
      this.state.user(login) ?? { id: 0, login, type: "User", siteAdmin: false, name: login, email: "", createdAt: this.state.now() }
    );
  }

  protected repoApi(r: RepoRecord): string {
    return `${this.urls.api}/repos/${r.fullName}`;
  }

  protected repoWeb(r: RepoRecord): string {
    return `${this.urls.web}/${r.fullName}`;
  }

  protected labelsOf(r: RepoRecord, i: IssueRecord): LabelRecord[] {
    return i.labelIds.map((id) => r.labels.get(id)).filter((l): l is LabelRecord => l !== undefined);
  }

  protected commentCount(r: RepoRecord, i: IssueRecord): number {
    return this.state.commentsOf(r, i.number).length;
  }

  protected reviewCommentCount(r: RepoRecord, number: number): number {
    return [...r.reviewComments.values()].filter((c) => c.number === number).length;
  }
}

export function nodeId(kind: string, id: number): string {
  return Buffer.from(`0:${kind}${id}`).toString("base64").replace(/=+$/, "");
}

/** Reaction contents both forges accept by default. */
export const REACTIONS = ["+1", "-1", "laugh", "confused", "heart", "hooray", "rocket", "eyes"] as const;
