import { call, type Client } from "./client.js";
import { fromFork } from "./fork.js";
import type { AutoMergeResult, CiCheck, Comment, DiffSide, Forge, Issue, IssueSummary, MergeMethod, NewReviewComment, Permission, PullRequest, Reaction, Review, ReviewComment, ReviewEvent, ReviewReply, Runner } from "./forge.js";
import type { ForgeKind, RepoRef } from "./types.js";

/* Shapes of the fields we read. Both forges share most of them. */
interface ApiUser {
  login: string;
  type?: string;
}
interface ApiComment {
  id: number;
  body?: string | null;
  user?: ApiUser | null;
  html_url?: string;
  created_at?: string;
  updated_at?: string;
}
interface ApiIssue {
  number: number;
  title: string;
  body?: string | null;
  labels?: Array<{ name: string } | string>;
  user?: ApiUser | null;
  html_url: string;
  pull_request?: unknown;
  comments?: number;
}
interface ApiPull {
  number: number;
  title: string;
  body?: string | null;
  head: { ref: string; sha: string; repo?: { full_name?: string; id?: number } | null };
  base: { ref: string; repo?: { full_name?: string } | null };
  /** Forgejo: 0 for a branch pull request, 1 for AGit. */
  flow?: number;
  state: string;
  merged?: boolean;
  merged_at?: string | null;
  draft?: boolean;
  html_url: string;
}
export interface ApiReview {
  id: number;
  user?: ApiUser | null;
  state: string;
  body?: string | null;
  /** Forgejo: the review was dismissed (its state stays as it was). */
  dismissed?: boolean;
}
interface ApiReviewComment {
  id: number;
  pull_request_review_id?: number;
  user?: ApiUser | null;
  body?: string | null;
  path: string;
  line?: number | null;
  original_line?: number | null;
  side?: string | null;
  position?: number | null;
  original_position?: number | null;
  in_reply_to_id?: number | null;
}

/**
 * The parts of the Forge interface where GitHub and Forgejo speak the same REST.
 * Subclasses implement only what differs.
 */
export abstract class RestForge implements Forge {
  abstract readonly kind: ForgeKind;
  protected abstract readonly pageSize: number;
  protected abstract readonly pageParam: "per_page" | "limit";

  constructor(
    protected readonly client: Client,
    readonly repo: RepoRef,
  ) {}

  protected get r() {
    return { owner: this.repo.owner, repo: this.repo.repo };
  }

  /**
   * Every page of a list, following the `Link` header's `rel="next"` (both forges send it):
   * the page size asked for is a wish, not a promise (Forgejo caps it at the instance's
   * MAX_RESPONSE_ITEMS, which may be below 50), so a short page does not mean the last one.
   */
  protected async paginate<T>(what: string, route: string, params: Record<string, unknown> = {}, maxItems = 500): Promise<T[]> {
    const out: T[] = [];
    // Bounded by items, not pages: pages may be smaller than asked.
    for (let page = 1; out.length < maxItems; page++) {
      let next = false;
      const items = await call(what, async () => {
        const res = (await this.client.request(route, { ...this.r, ...params, [this.pageParam]: this.pageSize, page })) as { data: T[]; headers: Record<string, string | undefined> };
        next = /rel="next"/.test(res.headers.link ?? "");
        return res;
      });
      out.push(...items);
      if (!next || items.length === 0) break;
    }
    return out.slice(0, maxItems);
  }

  protected comment(c: ApiComment): Comment {
    const createdAt = c.created_at ?? "";
    return { id: c.id, body: c.body ?? "", author: c.user?.login ?? "", url: c.html_url ?? "", createdAt, updatedAt: c.updated_at ?? createdAt };
  }

  protected pull(p: ApiPull): PullRequest {
    return {
      number: p.number,
      title: p.title,
      body: p.body ?? "",
      headRef: p.head.ref,
      headSha: p.head.sha,
      baseRef: p.base.ref,
      state: p.state === "open" ? "open" : "closed",
      merged: p.merged ?? Boolean(p.merged_at),
      draft: this.isDraft(p),
      url: p.html_url,
      // The same definition as the event path's (fork.ts): AGit pull requests (Forgejo flow 1) count as forks.
      fromFork: fromFork({ flow: p.flow, headRepo: p.head.repo && { fullName: p.head.repo.full_name, id: p.head.repo.id } }, { fullName: `${this.repo.owner}/${this.repo.repo}` }),
    };
  }

  protected abstract isDraft(p: ApiPull): boolean;
  protected abstract reviewState(state: string, review?: ApiReview): Review["state"];

  async getIssue(number: number): Promise<Issue> {
    const i = await call(`read issue #${number}`, () =>
      this.client.request("GET /repos/{owner}/{repo}/issues/{number}", { ...this.r, number }) as Promise<{ data: ApiIssue }>,
    );
    return this.issue(i);
  }

  protected issue(i: ApiIssue): Issue {
    return {
      number: i.number,
      title: i.title,
      body: i.body ?? "",
      labels: (i.labels ?? []).map((l) => (typeof l === "string" ? l : l.name)),
      author: i.user?.login ?? "",
      url: i.html_url,
      isPullRequest: i.pull_request != null,
    };
  }

  async listComments(issue: number): Promise<Comment[]> {
    const items = await this.paginate<ApiComment>(`list comments of #${issue}`, "GET /repos/{owner}/{repo}/issues/{number}/comments", { number: issue });
    return items.map((c) => this.comment(c));
  }

  async getComment(id: number): Promise<Comment | undefined> {
    try {
      const c = await call(`read comment ${id}`, () =>
        this.client.request("GET /repos/{owner}/{repo}/issues/comments/{id}", { ...this.r, id }) as Promise<{ data: ApiComment | "" | undefined }>,
      );
      // Forgejo answers 204 without a body for an id that is a timeline event, not a comment.
      return c && typeof c === "object" ? this.comment(c) : undefined;
    } catch (err) {
      if ((err as { status?: number }).status === 404) return undefined;
      throw err;
    }
  }

  async createComment(issue: number, body: string): Promise<Comment> {
    const c = await call(`comment on #${issue}`, () =>
      this.client.request("POST /repos/{owner}/{repo}/issues/{number}/comments", { ...this.r, number: issue, body }) as Promise<{ data: ApiComment }>,
    );
    return this.comment(c);
  }

  async updateComment(id: number, body: string): Promise<Comment> {
    const c = await call(`update comment ${id}`, () =>
      this.client.request("PATCH /repos/{owner}/{repo}/issues/comments/{id}", { ...this.r, id, body }) as Promise<{ data: ApiComment }>,
    );
    return this.comment(c);
  }

  async deleteComment(id: number): Promise<void> {
    await call(`delete comment ${id}`, () => this.client.request("DELETE /repos/{owner}/{repo}/issues/comments/{id}", { ...this.r, id }));
  }

  async addReaction(target: { issue: number } | { comment: number }, reaction: Reaction): Promise<void> {
    const [route, params, what] =
      "issue" in target
        ? ["POST /repos/{owner}/{repo}/issues/{number}/reactions", { number: target.issue }, `react on #${target.issue}`]
        : ["POST /repos/{owner}/{repo}/issues/comments/{id}/reactions", { id: target.comment }, `react on comment ${target.comment}`];
    await call(what, () => this.client.request(route, { ...this.r, ...params, content: reaction }));
  }

  abstract addLabels(issue: number, names: string[]): Promise<void>;
  abstract createIssue(i: { title: string; body: string; labels?: string[] }): Promise<Issue>;
  abstract listRunners(): Promise<Runner[]>;

  /** The review event as each forge spells it (Forgejo's `APPROVED`; GitHub's `APPROVE` would make it a pending review there). */
  protected abstract reviewEventName(event: ReviewEvent): string;
  /** An inline comment as each forge takes it (GitHub `line`, Forgejo `new_position`). */
  protected abstract inlineComment(c: NewReviewComment): Record<string, unknown>;

  async submitReview(pull: number, r: { event: ReviewEvent; body: string; comments?: NewReviewComment[]; commitId?: string }): Promise<Review> {
    const data = await call(`review pull request #${pull}`, () =>
      this.client.request("POST /repos/{owner}/{repo}/pulls/{number}/reviews", {
        ...this.r,
        number: pull,
        event: this.reviewEventName(r.event),
        body: r.body,
        // Both forges name it `commit_id` (GitHub's review body, Forgejo's CreatePullReviewOptions).
        ...(r.commitId ? { commit_id: r.commitId } : {}),
        ...(r.comments?.length ? { comments: r.comments.map((c) => this.inlineComment(c)) } : {}),
      }) as Promise<{ data: ApiReview }>,
    );
    return { id: data.id, author: data.user?.login ?? "", state: this.reviewState(data.state, data), body: data.body ?? "" };
  }

  abstract mergePull(pull: number, method: MergeMethod): Promise<void>;
  abstract enableAutoMerge(pull: number, o: { method: MergeMethod; headSha: string }): Promise<AutoMergeResult>;

  /** Both forges list issues and pull requests together, newest first by default; only the pages `max` needs are read. */
  async listOpenIssues(max: number): Promise<IssueSummary[]> {
    const items = await this.paginate<ApiIssue>("list open issues", "GET /repos/{owner}/{repo}/issues", { state: "open" }, max);
    return items.slice(0, max).map((i) => ({ number: i.number, title: i.title ?? "", isPullRequest: i.pull_request != null, comments: i.comments ?? 0, author: i.user?.login ?? "", body: i.body ?? "" }));
  }
  abstract getPullDiff(number: number): Promise<string>;

  async dispatchWorkflow(file: string, ref: string, inputs: Record<string, string> = {}): Promise<void> {
    await call(`start workflow ${file} on ${ref}`, () =>
      this.client.request("POST /repos/{owner}/{repo}/actions/workflows/{workflow}/dispatches", { ...this.r, workflow: file, ref, inputs }),
    );
  }
  abstract removeLabel(issue: number, name: string): Promise<void>;

  async getBranchSha(branch: string): Promise<string | undefined> {
    try {
      const b = await call(`read branch ${branch}`, () =>
        this.client.request("GET /repos/{owner}/{repo}/branches/{branch}", { ...this.r, branch }) as Promise<{
          data: { commit: { sha?: string; id?: string } };
        }>,
      );
      return b.commit.sha ?? b.commit.id;
    } catch (err) {
      if ((err as { status?: number }).status === 404) return undefined;
      throw err;
    }
  }

  async findPullByHead(branch: string): Promise<PullRequest | undefined> {
    const pulls = await this.paginate<ApiPull>(`list pull requests`, "GET /repos/{owner}/{repo}/pulls", { state: "all" }, 250);
    const mine = pulls.filter((p) => p.head.ref === branch).map((p) => this.pull(p));
    return mine.find((p) => p.state === "open") ?? mine[0];
  }

  async getPull(number: number): Promise<PullRequest> {
    const p = await call(`read pull request #${number}`, () =>
      this.client.request("GET /repos/{owner}/{repo}/pulls/{number}", { ...this.r, number }) as Promise<{ data: ApiPull }>,
    );
    return this.pull(p);
  }

  abstract createPull(p: { title: string; body: string; head: string; base: string; draft: boolean }): Promise<PullRequest>;

  async updatePull(number: number, p: { title?: string; body?: string }): Promise<PullRequest> {
    const data = await call(`update pull request #${number}`, () =>
      this.client.request("PATCH /repos/{owner}/{repo}/pulls/{number}", { ...this.r, number, ...p }) as Promise<{ data: ApiPull }>,
    );
    return this.pull(data);
  }

  // Both forges edit and close issues with one endpoint (GitHub issues/update, Forgejo issueEditIssue).
  async updateIssue(number: number, i: { title?: string; body?: string; state?: "open" | "closed" }): Promise<void> {
    await call(`update issue #${number}`, () => this.client.request("PATCH /repos/{owner}/{repo}/issues/{number}", { ...this.r, number, ...i }));
  }

  // Both forges close with the edit endpoint (GitHub pulls/update, Forgejo repoEditPullRequest: `state`).
  async closePull(number: number): Promise<void> {
    await call(`close pull request #${number}`, () => this.client.request("PATCH /repos/{owner}/{repo}/pulls/{number}", { ...this.r, number, state: "closed" }));
  }

  async requestReviewers(number: number, logins: string[]): Promise<void> {
    if (logins.length === 0) return;
    await call(`request reviewers on #${number}`, () =>
      this.client.request("POST /repos/{owner}/{repo}/pulls/{number}/requested_reviewers", { ...this.r, number, reviewers: logins }),
    );
  }

  async listReviews(number: number): Promise<Review[]> {
    const items = await this.paginate<ApiReview>(`list reviews of #${number}`, "GET /repos/{owner}/{repo}/pulls/{number}/reviews", { number });
    return items.map((r) => ({ id: r.id, author: r.user?.login ?? "", state: this.reviewState(r.state, r), body: r.body ?? "" }));
  }

  abstract listReviewComments(number: number): Promise<ReviewComment[]>;
  abstract listReviewCommentsOf(number: number, reviewId: number): Promise<ReviewComment[]>;
  abstract replyToReviewComments(number: number, replies: ReviewReply[]): Promise<void>;

  /** The line an inline comment points at and its side, as each forge records them. */
  protected abstract location(c: ApiReviewComment): { line?: number; side: DiffSide };

  protected reviewComment(c: ApiReviewComment, reviewId?: number): ReviewComment {
    const { line, side } = this.location(c);
    return {
      id: c.id,
      ...((c.pull_request_review_id ?? reviewId) !== undefined ? { reviewId: c.pull_request_review_id ?? reviewId } : {}),
      author: c.user?.login ?? "",
      body: c.body ?? "",
      path: c.path,
      ...(line !== undefined ? { line } : {}),
      side,
      ...(c.in_reply_to_id ? { inReplyTo: c.in_reply_to_id } : {}),
    };
  }

  async listChecks(ref: string): Promise<CiCheck[]> {
    const status = await call(`read commit status of ${ref}`, () =>
      this.client.request("GET /repos/{owner}/{repo}/commits/{ref}/status", { ...this.r, ref }) as Promise<{
        // Forgejo names each status's state `status`; GitHub names it `state`.
        data: { statuses?: Array<{ context: string; state?: string; status?: string; target_url?: string | null; description?: string | null }> | null };
      }>,
    );
    return (status.statuses ?? []).map((s) => ({
      name: s.context,
      state: ciState(s.state ?? s.status ?? ""),
      conclusion: s.state ?? s.status ?? "",
      ...(s.target_url ? { url: s.target_url } : {}),
      ...(s.description ? { description: s.description } : {}),
    }));
  }

  /** Forgejo has no job logs API; GitHub overrides. */
  async getJobLog(_jobId: number): Promise<string | undefined> {
    return undefined;
  }

  async getPermission(login: string): Promise<Permission | "unknown"> {
    try {
      const data = await call(`read permission of ${login}`, () =>
        this.client.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { ...this.r, username: login }) as Promise<{
          data: { permission: string };
        }>,
      );
      const p = data.permission;
      return p === "admin" || p === "owner" ? "admin" : p === "write" || p === "maintain" ? "write" : p === "read" || p === "triage" ? "read" : "none";
    } catch (err) {
      const status = (err as { status?: number }).status;
      // 404: not a collaborator. 403: this token may not ask (Forgejo's automatic token): unknown, fail closed.
      if (status === 404) return "none";
      if (status === 403) return "unknown";
      throw err;
    }
  }

  async listDirectory(dir: string, ref: string): Promise<Array<{ name: string; path: string; type: "file" | "dir" }> | undefined> {
    try {
      const data = await call(`list ${dir} at ${ref}`, () => this.client.request(`GET /repos/{owner}/{repo}/contents/${repoPath(dir)}`, { ...this.r, ref }) as Promise<{ data: unknown }>);
      if (!Array.isArray(data)) return undefined;
      return (data as Array<{ name: string; path: string; type: string }>).map((e) => ({ name: e.name, path: e.path, type: e.type === "dir" ? "dir" : "file" }));
    } catch (err) {
      if ((err as { status?: number }).status === 404) return undefined;
      throw err;
    }
  }

  async readFileAt(file: string, ref: string): Promise<string | undefined> {
    const bytes = await this.readBytesAt(file, ref);
    return bytes && new TextDecoder().decode(bytes);
  }

  /** GitHub: the contents API's raw media type (which, unlike its JSON, serves files over 1 MB). */
  async readBytesAt(file: string, ref: string): Promise<Uint8Array | undefined> {
    return this.rawBytes(`read ${file} at ${ref}`, `GET /repos/{owner}/{repo}/contents/${repoPath(file)}`, { ref, mediaType: { format: "raw" } });
  }

  /**
   * A response body as bytes, whatever content type the forge gives it (octokit would decode a `charset=utf-8`
   * one as text, which loses bytes that are not UTF-8); undefined on 404.
   */
  protected async rawBytes(what: string, route: string, params: Record<string, unknown>): Promise<Uint8Array | undefined> {
    try {
      // The body is read inside `call`, so a connection lost part-way is a ForgeError like any other.
      return await call(what, async () => {
        const r = (await this.client.request(route, { ...this.r, ...params, request: { parseSuccessResponseBody: false } })) as { data: ReadableStream<Uint8Array> | null };
        return { data: new Uint8Array(await new Response(r.data).arrayBuffer()) };
      });
    } catch (err) {
      if ((err as { status?: number }).status === 404) return undefined;
      throw err;
    }
  }

  /** GitHub: the team's membership of the user, by the team's slug (404: not a member). */
  async isTeamMember(org: string, team: string, login: string): Promise<boolean | "unknown"> {
    try {
      const m = await call(`read team ${org}/${team}`, () =>
        this.client.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", { org, team_slug: team, username: login }) as Promise<{ data: { state?: string } }>,
      );
      return m.state === "active";
    } catch (err) {
      return teamUnknown(err);
    }
  }

  async getSelfLogin(): Promise<string | undefined> {
    try {
      const u = await call("read the token's user", () => this.client.request("GET /user") as Promise<{ data: { login?: string } }>);
      return typeof u.login === "string" && u.login ? u.login : undefined;
    } catch (err) {
      const status = (err as { status?: number }).status;
      if (status === 401 || status === 403 || status === 404) return undefined;
      throw err;
    }
  }

  async getUserType(login: string): Promise<"User" | "Bot" | "Organization" | undefined> {
    const u = await call(`read user ${login}`, () =>
      this.client.request("GET /users/{username}", { username: login }) as Promise<{ data: { type?: string } }>,
    );
    return u.type === "User" || u.type === "Bot" || u.type === "Organization" ? u.type : undefined;
  }
}

/** A repository path for a URL: each segment encoded, the slashes kept. */
export function repoPath(file: string): string {
  return file
    .split("/")
    .filter(Boolean)
    .map((seg) => encodeURIComponent(seg))
    .join("/");
}

/** 404: not a member (or no such team); 401/403: this token may not ask. */
export function teamUnknown(err: unknown): false | "unknown" {
  const status = (err as { status?: number }).status;
  if (status === 404) return false;
  if (status === 401 || status === 403) return "unknown";
  throw err;
}

export type { ApiComment, ApiIssue, ApiPull, ApiReviewComment };

/** Forgejo adds `warning` and `skipped`: neither fails a run. */
function ciState(state: string): CiCheck["state"] {
  if (state === "success" || state === "warning" || state === "skipped") return "success";
  if (state === "pending") return "pending";
  return "failure";
}
