import { call, ForgeError } from "./client.js";
import type { AutoMergeResult, Runner, CiCheck, DiffSide, Issue, MergeMethod, NewReviewComment, PullRequest, Review, ReviewComment, ReviewEvent, ReviewReply } from "./forge.js";
import { RestForge, type ApiIssue, type ApiPull, type ApiReviewComment } from "./rest-forge.js";

const REVIEW_EVENTS: Record<ReviewEvent, string> = { approve: "APPROVE", request_changes: "REQUEST_CHANGES", comment: "COMMENT" };

const ENABLE_AUTO_MERGE = "mutation($input: EnablePullRequestAutoMergeInput!) { enablePullRequestAutoMerge(input: $input) { clientMutationId } }";

export class GitHubForge extends RestForge {
  readonly kind = "github" as const;
  protected readonly pageSize = 100;
  protected readonly pageParam = "per_page" as const;

  protected isDraft(p: ApiPull): boolean {
    return p.draft === true;
  }

  protected reviewState(state: string): Review["state"] {
    switch (state) {
      case "APPROVED":
        return "approved";
      case "CHANGES_REQUESTED":
        return "changes_requested";
      case "DISMISSED":
        return "dismissed";
      case "PENDING":
        return "pending";
      default:
        return "commented";
    }
  }

  /** GitHub creates missing labels when adding them by name. */
  async addLabels(issue: number, names: string[]): Promise<void> {
    if (names.length === 0) return;
    await call(`label #${issue}`, () => this.client.request("POST /repos/{owner}/{repo}/issues/{number}/labels", { ...this.r, number: issue, labels: names }));
  }

  /** GitHub takes label names and creates missing ones (labels from callers without push access are dropped). */
  async createIssue(i: { title: string; body: string; labels?: string[] }): Promise<Issue> {
    const data = await call("open an issue", () =>
      this.client.request("POST /repos/{owner}/{repo}/issues", { ...this.r, title: i.title, body: i.body, ...(i.labels?.length ? { labels: i.labels } : {}) }) as Promise<{ data: ApiIssue }>,
    );
    return this.issue(data);
  }

  protected reviewEventName(event: ReviewEvent): string {
    return REVIEW_EVENTS[event];
  }

  protected inlineComment(c: NewReviewComment): Record<string, unknown> {
    return { path: c.path, line: c.line, side: c.side ?? "RIGHT", body: c.body };
  }

  /** The pull request in the diff media type (`application/vnd.github.v3.diff`): GitHub answers 406 for a diff too large to show. */
  async getPullDiff(number: number): Promise<string> {
    const data = await call(`read the diff of pull request #${number}`, () =>
      this.client.request("GET /repos/{owner}/{repo}/pulls/{number}", { ...this.r, number, mediaType: { format: "diff" } }) as Promise<{ data: unknown }>,
    );
    return typeof data === "string" ? data : "";
  }

  async mergePull(pull: number, method: MergeMethod): Promise<void> {
    await call(`merge pull request #${pull}`, () => this.client.request("PUT /repos/{owner}/{repo}/pulls/{number}/merge", { ...this.r, number: pull, merge_method: method }));
  }

  /**
   * GraphQL `enablePullRequestAutoMerge` (REST has no such operation), bound to the head that
   * was decided for (`expectedHeadOid`). GitHub enables auto-merge only on a pull request that
   * waits for something (`blocked`: required checks or reviews); one it could merge now it
   * refuses as being "in clean status", and that one is merged now, by REST, at that head.
   */
  async enableAutoMerge(pull: number, o: { method: MergeMethod; headSha: string }): Promise<AutoMergeResult> {
    const { node_id: id } = await call(`read pull request #${pull}`, () =>
      this.client.request("GET /repos/{owner}/{repo}/pulls/{number}", { ...this.r, number: pull }) as Promise<{ data: { node_id: string } }>,
    );
    try {
      await this.client.graphql(ENABLE_AUTO_MERGE, { input: { pullRequestId: id, mergeMethod: o.method.toUpperCase(), expectedHeadOid: o.headSha } });
      return "scheduled";
    } catch (err) {
      const messages = (err as { errors?: Array<{ message?: unknown }> }).errors?.map((e) => String(e.message ?? "")) ?? [];
      if (messages.length === 0) return call(`enable auto-merge on pull request #${pull}`, () => Promise.reject(err));
      if (!messages.some((m) => /\bclean status\b/i.test(m))) throw new ForgeError(`enable auto-merge on pull request #${pull}: ${messages.join("; ")}`);
    }
    await call(`merge pull request #${pull}`, () => this.client.request("PUT /repos/{owner}/{repo}/pulls/{number}/merge", { ...this.r, number: pull, merge_method: o.method, sha: o.headSha }));
    return "merged";
  }

  async removeLabel(issue: number, name: string): Promise<void> {
    try {
      await call(`unlabel #${issue}`, () => this.client.request("DELETE /repos/{owner}/{repo}/issues/{number}/labels/{name}", { ...this.r, number: issue, name }));
    } catch (err) {
      if ((err as { status?: number }).status !== 404) throw err;
    }
  }

  async createPull(p: { title: string; body: string; head: string; base: string; draft: boolean }): Promise<PullRequest> {
    const data = await call(`open pull request from ${p.head}`, () =>
      this.client.request("POST /repos/{owner}/{repo}/pulls", { ...this.r, ...p }) as Promise<{ data: ApiPull }>,
    );
    return this.pull(data);
  }

  async listReviewComments(number: number): Promise<ReviewComment[]> {
    const items = await this.paginate<ApiReviewComment>(`list review comments of #${number}`, "GET /repos/{owner}/{repo}/pulls/{number}/comments", { number });
    return items.map((c) => this.reviewComment(c));
  }

  /**
   * From the pull request's list, which carries `line`, `side` and `in_reply_to_id`: GitHub's
   * per-review list (`GET .../reviews/{id}/comments`) answers the older review-comment shape.
   */
  async listReviewCommentsOf(number: number, reviewId: number): Promise<ReviewComment[]> {
    return (await this.listReviewComments(number)).filter((c) => c.reviewId === reviewId);
  }

  /** `line` and `side`; an outdated comment (its line gone from the diff) keeps only `original_line`. */
  protected location(c: ApiReviewComment): { line?: number; side: DiffSide } {
    const line = c.line ?? c.original_line ?? undefined;
    return { ...(line != null ? { line } : {}), side: c.side === "LEFT" ? "LEFT" : "RIGHT" };
  }

  /** One reply in each comment's thread (REST `pulls/create-reply-for-review-comment`), which takes top-level comments only: callers answer a reply's thread by its `inReplyTo`. */
  async replyToReviewComments(number: number, replies: ReviewReply[]): Promise<void> {
    for (const r of replies) {
      await call(`reply to review comment ${r.commentId} on #${number}`, () =>
        this.client.request("POST /repos/{owner}/{repo}/pulls/{number}/comments/{id}/replies", { ...this.r, number, id: r.commentId, body: r.body }),
      );
    }
  }

  /** Commit statuses plus check runs (GitHub Actions reports through check runs). */
  override async listChecks(ref: string): Promise<CiCheck[]> {
    const statuses = await super.listChecks(ref);
    const runs = await call(`read check runs of ${ref}`, () =>
      this.client.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { ...this.r, ref, per_page: 100 }) as Promise<{
        data: {
          check_runs: Array<{ id: number; name: string; status: string; conclusion: string | null; html_url?: string | null; details_url?: string | null; output?: { title?: string | null } | null }>;
        };
      }>,
    );
    return [
      ...statuses,
      ...runs.check_runs.map((r) => ({
        name: r.name,
        state:
          r.status !== "completed"
            ? ("pending" as const)
            : r.conclusion === "success" || r.conclusion === "neutral" || r.conclusion === "skipped"
              ? ("success" as const)
              : ("failure" as const),
        ...(r.details_url || r.html_url ? { url: (r.details_url || r.html_url)! } : {}),
        conclusion: r.conclusion ?? r.status,
        ...(r.output?.title ? { description: r.output.title } : {}),
        checkRunId: r.id,
      })),
    ];
  }

  /** `GET /actions/jobs/{id}/logs` answers with a redirect to the log, which fetch follows; 404/410 when there is none. */
  override async getJobLog(jobId: number): Promise<string | undefined> {
    try {
      const data = await call(`read the log of job ${jobId}`, () =>
        this.client.request("GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs", { ...this.r, job_id: jobId }) as Promise<{ data: unknown }>,
      );
      if (typeof data === "string") return data;
      if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
      return undefined;
    } catch (err) {
      const status = (err as { status?: number }).status;
      if (status === 404 || status === 410 || status === 403) return undefined;
      throw err;
    }
  }

  async listRunners(): Promise<Runner[]> {
    const own = await this.runnersAt(`/repos/${enc(this.repo.owner)}/${enc(this.repo.repo)}`);
    // The organisation's runners are listed only to its admins; a user's repository has none.
    const org = await this.runnersAt(`/orgs/${enc(this.repo.owner)}`).catch((err: unknown) => {
      if (err instanceof ForgeError && (err.status === 403 || err.status === 404)) return [];
      throw err;
    });
    return [...own, ...org];
  }

  /** GitHub wraps runner lists in `{ total_count, runners }`. */
  private async runnersAt(base: string): Promise<Runner[]> {
    type Page = { total_count: number; runners: { name: string; status: string; labels: { name: string }[] }[] };
    const out: Runner[] = [];
    for (let page = 1; page <= 10; page++) {
      const data = await call(`list runners of ${base.slice(1)}`, () => this.client.request(`GET ${base}/actions/runners`, { per_page: this.pageSize, page }) as Promise<{ data: Page }>);
      out.push(...data.runners.map((r) => ({ name: r.name, labels: r.labels.map((l) => l.name), online: r.status === "online" })));
      if (data.runners.length < this.pageSize || out.length >= data.total_count) break;
    }
    return out;
  }
}

const enc = encodeURIComponent;
