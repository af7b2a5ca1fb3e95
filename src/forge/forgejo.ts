import { call, ForgeError } from "./client.js";
import type { AutoMergeResult, Runner, Comment, DiffSide, Issue, MergeMethod, NewReviewComment, PullRequest, Review, ReviewComment, ReviewEvent, ReviewReply } from "./forge.js";
import { repoPath, RestForge, teamUnknown, type ApiComment, type ApiIssue, type ApiPull, type ApiReview, type ApiReviewComment } from "./rest-forge.js";

/** routers/api/v1/repo/pull_review.go: any other value, GitHub's `APPROVE` included, makes a pending review. */
const REVIEW_EVENTS: Record<ReviewEvent, string> = { approve: "APPROVED", request_changes: "REQUEST_CHANGES", comment: "COMMENT" };

/** Forgejo has no draft pull requests; a `WIP:` title prefix is its convention. */
export const WIP_PREFIX = "WIP: ";
/** The prefixes Forgejo reads as work in progress (setting WORK_IN_PROGRESS_PREFIXES, default), compared case-insensitively. */
const WIP_PREFIXES = ["WIP:", "[WIP]"];
const NEW_LABEL_COLOR = "#ededed";

export class ForgejoForge extends RestForge {
  readonly kind = "forgejo" as const;
  protected readonly pageSize = 50;
  protected readonly pageParam = "limit" as const;
  private labelIds?: Map<string, number>;

  protected isDraft(p: ApiPull): boolean {
    const title = p.title.toUpperCase();
    return WIP_PREFIXES.some((prefix) => title.startsWith(prefix));
  }

  protected reviewState(state: string, review?: ApiReview): Review["state"] {
    // A dismissed review keeps its state in the API, with `dismissed` set: it approves and asks for nothing.
    if (review?.dismissed) return "dismissed";
    switch (state) {
      case "APPROVED":
        return "approved";
      case "REQUEST_CHANGES":
        return "changes_requested";
      case "PENDING":
      case "REQUEST_REVIEW":
        return "pending";
      default:
        return "commented";
    }
  }

  /** Forgejo serves a file's bytes at /raw/{filepath}. */
  override async readBytesAt(file: string, ref: string): Promise<Uint8Array | undefined> {
    return this.rawBytes(`read ${file} at ${ref}`, `GET /repos/{owner}/{repo}/raw/${repoPath(file)}`, { ref });
  }

  /** Forgejo names teams rather than slugging them: the team is found by name, then asked for the member (404: not one). */
  override async isTeamMember(org: string, team: string, login: string): Promise<boolean | "unknown"> {
    try {
      const found = await call(`find team ${org}/${team}`, () =>
        this.client.request("GET /orgs/{org}/teams/search", { org, q: team }) as Promise<{ data: { data?: Array<{ id: number; name: string }> } }>,
      );
      const id = found.data?.find((t) => t.name.toLowerCase() === team.toLowerCase())?.id;
      if (id === undefined) return false;
      await call(`read team ${org}/${team}`, () => this.client.request("GET /teams/{id}/members/{username}", { id, username: login }));
      return true;
    } catch (err) {
      return teamUnknown(err);
    }
  }

  private async labelIdMap(): Promise<Map<string, number>> {
    if (!this.labelIds) {
      const labels = await this.paginate<{ id: number; name: string }>("list labels", "GET /repos/{owner}/{repo}/labels");
      this.labelIds = new Map(labels.map((l) => [l.name, l.id]));
    }
    return this.labelIds;
  }

  /** Label ids for names, creating the labels that do not exist (Forgejo adds labels by id and does not create them). */
  private async labelIdsFor(names: string[]): Promise<number[]> {
    const ids = await this.labelIdMap();
    for (const name of names) {
      if (ids.has(name)) continue;
      const created = await call(`create label ${name}`, () =>
        this.client.request("POST /repos/{owner}/{repo}/labels", { ...this.r, name, color: NEW_LABEL_COLOR }) as Promise<{ data: { id: number } }>,
      );
      ids.set(name, created.id);
    }
    return names.map((n) => ids.get(n)!);
  }

  async addLabels(issue: number, names: string[]): Promise<void> {
    if (names.length === 0) return;
    const labels = await this.labelIdsFor(names);
    await call(`label #${issue}`, () => this.client.request("POST /repos/{owner}/{repo}/issues/{number}/labels", { ...this.r, number: issue, labels }));
  }

  async createIssue(i: { title: string; body: string; labels?: string[] }): Promise<Issue> {
    const labels = i.labels?.length ? await this.labelIdsFor(i.labels) : [];
    const data = await call("open an issue", () =>
      // Label ids, where GitHub's typings (octokit's) expect names: the route is Forgejo's.
      this.client.request("POST /repos/{owner}/{repo}/issues" as string, { ...this.r, title: i.title, body: i.body, ...(labels.length ? { labels } : {}) }) as Promise<{ data: ApiIssue }>,
    );
    return this.issue(data);
  }

  protected reviewEventName(event: ReviewEvent): string {
    return REVIEW_EVENTS[event];
  }

  /** CreatePullReviewComment: a line of the new version in `new_position`, of the old one in `old_position`. */
  protected inlineComment(c: NewReviewComment): Record<string, unknown> {
    return c.side === "LEFT" ? { path: c.path, old_position: c.line, body: c.body } : { path: c.path, new_position: c.line, body: c.body };
  }

  /** repoDownloadPullDiffOrPatch: `GET /repos/{owner}/{repo}/pulls/{index}.diff`, plain text. */
  async getPullDiff(number: number): Promise<string> {
    const data = await call(`read the diff of pull request #${number}`, () =>
      this.client.request("GET /repos/{owner}/{repo}/pulls/{number}.diff" as string, { ...this.r, number }) as Promise<{ data: unknown }>,
    );
    return typeof data === "string" ? data : "";
  }

  /** Forgejo's MergePullRequestForm spells the method `Do`. */
  async mergePull(pull: number, method: MergeMethod): Promise<void> {
    await call(`merge pull request #${pull}`, () => this.client.request("POST /repos/{owner}/{repo}/pulls/{number}/merge", { ...this.r, number: pull, Do: method }));
  }

  /**
   * `merge_when_checks_succeed` (routers/api/v1/repo/pull.go, MergePullRequest): 201 when
   * Forgejo scheduled the merge for when the head's commit statuses pass, 200 when they had
   * and it merged now; 409 "already scheduled" when an earlier round scheduled it (kept).
   * `head_commit_id` binds a merge made now to the head that was decided for.
   */
  async enableAutoMerge(pull: number, o: { method: MergeMethod; headSha: string }): Promise<AutoMergeResult> {
    try {
      const status = await call(`merge pull request #${pull} when its checks succeed`, async () => {
        const r = await this.client.request("POST /repos/{owner}/{repo}/pulls/{number}/merge", { ...this.r, number: pull, Do: o.method, merge_when_checks_succeed: true, head_commit_id: o.headSha });
        return { data: r.status };
      });
      return status === 201 ? "scheduled" : "merged";
    } catch (err) {
      if (err instanceof ForgeError && err.status === 409 && /already scheduled/i.test(err.message)) return "scheduled";
      throw err;
    }
  }

  async removeLabel(issue: number, name: string): Promise<void> {
    const id = (await this.labelIdMap()).get(name);
    if (id === undefined) return;
    try {
      await call(`unlabel #${issue}`, () => this.client.request("DELETE /repos/{owner}/{repo}/issues/{number}/labels/{id}", { ...this.r, number: issue, id }));
    } catch (err) {
      if ((err as { status?: number }).status !== 404) throw err;
    }
  }

  async createPull(p: { title: string; body: string; head: string; base: string; draft: boolean }): Promise<PullRequest> {
    const title = p.draft && !p.title.startsWith(WIP_PREFIX) ? `${WIP_PREFIX}${p.title}` : p.title;
    const data = await call(`open pull request from ${p.head}`, () =>
      this.client.request("POST /repos/{owner}/{repo}/pulls", { ...this.r, title, body: p.body, head: p.head, base: p.base }) as Promise<{ data: ApiPull }>,
    );
    return this.pull(data);
  }

  /** Forgejo's issue comment list takes no page or limit and returns every comment: one request. */
  override async listComments(issue: number): Promise<Comment[]> {
    const items = await call(`list comments of #${issue}`, () =>
      this.client.request("GET /repos/{owner}/{repo}/issues/{number}/comments", { ...this.r, number: issue }) as Promise<{ data: ApiComment[] }>,
    );
    return items.map((c) => this.comment(c));
  }

  /** Forgejo has no `GET /pulls/{n}/comments`: list the reviews, then each review's comments. */
  async listReviewComments(number: number): Promise<ReviewComment[]> {
    const reviews = await this.listReviews(number);
    const out: ReviewComment[] = [];
    for (const review of reviews) out.push(...(await this.listReviewCommentsOf(number, review.id)));
    return out;
  }

  /** One request, unpaged: Forgejo's per-review list takes no page or limit. */
  async listReviewCommentsOf(number: number, reviewId: number): Promise<ReviewComment[]> {
    const items = await call(`list comments of review ${reviewId}`, () =>
      this.client.request("GET /repos/{owner}/{repo}/pulls/{number}/reviews/{id}/comments", { ...this.r, number, id: reviewId }) as Promise<{
        data: ApiReviewComment[];
      }>,
    );
    return items.map((c) => this.reviewComment(c, reviewId));
  }

  /**
   * PullReviewComment (services/convert/pull_review.go): a comment on the new side has its
   * line in `position`, one on the old side in `original_position`; the other is 0.
   */
  protected location(c: ApiReviewComment): { line?: number; side: DiffSide } {
    if (c.position) return { line: c.position, side: "RIGHT" };
    if (c.original_position) return { line: c.original_position, side: "LEFT" };
    return { side: "RIGHT" };
  }

  /** Forgejo's API has no replies in a review thread: one comment on the pull request quotes each location. */
  async replyToReviewComments(number: number, replies: ReviewReply[]): Promise<void> {
    if (replies.length === 0) return;
    await this.createComment(number, replies.map((r) => `${r.location}\n\n${r.body}`).join("\n\n---\n\n"));
  }

  async listRunners(): Promise<Runner[]> {
    // `visible`: global, organisation and user runners the repository may use, not only its own.
    const runners = await this.paginate<{ name?: string; labels?: string[] | null; status?: string }>("list runners", "GET /repos/{owner}/{repo}/actions/runners", { visible: true });
    return runners.map((r) => ({ name: r.name ?? "", labels: r.labels ?? [], online: r.status !== undefined && r.status !== "offline" }));
  }
}
