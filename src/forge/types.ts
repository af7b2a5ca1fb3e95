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
  /** Account type when the payload or API says; Forgejo payloads do not. */
  type?: "User" | "Bot" | "Organization";
}

/** One forge event, normalised from a GitHub or Forgejo webhook payload. */
export type Trigger = { forge: ForgeKind; repo: RepoRef; actor: Actor } & (
  | { kind: "issue"; action: "opened" | "labeled" | "other"; issue: IssueRef; label?: string }
  | { kind: "comment"; issue: IssueRef; isPullRequest: boolean; commentId: number; body: string }
  | {
      kind: "review";
      pull: PullRef;
      state: "approved" | "changes_requested" | "commented";
      /** GitHub sends it; Forgejo review payloads have none. */
      reviewId?: number;
      body: string;
    }
  | { kind: "review_comment"; pull: PullRef; commentId: number; body: string }
  | { kind: "pull_request"; action: "opened" | "synchronize" | "closed" | "other"; pull: PullRef; merged: boolean }
  | { kind: "ci"; conclusion: "success" | "failure" | "pending" | "other"; sha: string; pulls: number[]; name: string }
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
  headSha: string;
  baseRef: string;
  /** True when the head branch lives in another repository (a fork): never given credentials. */
  fromFork: boolean;
}
