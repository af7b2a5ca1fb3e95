/**
 * The forge as the stages see it: one interface, implemented for GitHub (octokit)
 * and Forgejo/Gitea (`/api/v1`). Differences between the forges live behind it.
 */

export type ForgeKind = "github" | "forgejo";

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface Actor {
  login: string;
  /**
   * Account type when the payload says; Forgejo payloads do not. Never inferred
   * from a `[bot]` login suffix: anyone can register such a name on Forgejo.
   */
  type?: "User" | "Bot" | "Organization";
}

/** What happened to a comment. A deleted or edited `/approve` is not a new command. */
export type CommentAction = "created" | "edited" | "deleted";

/** Where a CI result came from; `name` means the check, status context or workflow name accordingly. */
export type CiSource = "check_suite" | "check_run" | "status" | "workflow_run";

/** One forge event, normalised from a GitHub or Forgejo webhook payload. */
export type Trigger = { forge: ForgeKind; repo: RepoRef; actor: Actor } & (
  | {
      kind: "issue";
      action: "opened" | "labeled" | "assigned" | "other";
      issue: IssueRef;
      label?: string;
      /**
       * For `assigned`: who was assigned. GitHub names the one user (`assignee`); Forgejo's
       * payload does not say, so these are all the issue's assignees after the change.
       */
      assignees?: string[];
    }
  | { kind: "comment"; action: CommentAction; issue: IssueRef; isPullRequest: boolean; commentId: number; body: string }
  | {
      kind: "review";
      /** Forgejo sends one action, `reviewed`, for both submitting and editing: it becomes `submitted`. */
      action: "submitted" | "edited" | "dismissed";
      pull: PullRef;
      /** A dismissed review is `dismissed`, whatever it was before: it approves nothing. */
      state: "approved" | "changes_requested" | "commented" | "dismissed";
      /** GitHub sends it; Forgejo review payloads have none. */
      reviewId?: number;
      body: string;
    }
  | {
      kind: "review_comment";
      action: CommentAction;
      pull: PullRef;
      commentId: number;
      /** The review the inline comment belongs to (GitHub's `pull_request_review_id`). */
      reviewId?: number;
      body: string;
    }
  | {
      kind: "pull_request";
      action: "opened" | "synchronize" | "closed" | "labeled" | "other";
      pull: PullRef;
      merged: boolean;
      /** The label added, for `labeled`. */
      label?: string;
    }
  | {
      kind: "ci";
      source: CiSource;
      conclusion: "success" | "failure" | "pending" | "other";
      sha: string;
      /** Pull requests the result belongs to. GitHub leaves this empty for fork pull requests. */
      pulls: number[];
      name: string;
      /** The branch the checks ran on, where the payload says (workflow_run, check_suite). */
      branch?: string;
    }
  | { kind: "schedule"; cron?: string }
  | { kind: "dispatch"; inputs: Record<string, string> }
);

export interface IssueRef {
  number: number;
  title: string;
  body: string;
  labels: string[];
}

export interface PullRef {
  number: number;
  title: string;
  body: string;
  headRef: string;
  /** Empty only when Forgejo could resolve neither the head branch nor the pull request's ref. */
  headSha: string;
  baseRef: string;
  /**
   * True when the head branch lives in another repository (a fork), when that cannot be
   * established (head repository deleted or unnamed), and for Forgejo AGit-flow pull
   * requests, which anyone with read access can open: never given credentials.
   */
  fromFork: boolean;
}
