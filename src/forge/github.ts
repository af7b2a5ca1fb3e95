import { call } from "./client.js";
import type { CiCheck, Issue, MergeMethod, NewReviewComment, PullRequest, Review, ReviewComment, ReviewEvent } from "./forge.js";
import { RestForge, type ApiIssue, type ApiPull, type ApiReviewComment } from "./rest-forge.js";

const REVIEW_EVENTS: Record<ReviewEvent, string> = { approve: "APPROVE", request_changes: "REQUEST_CHANGES", comment: "COMMENT" };

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
    return { path: c.path, line: c.line, side: "RIGHT", body: c.body };
  }

  async mergePull(pull: number, method: MergeMethod): Promise<void> {
    await call(`merge pull request #${pull}`, () => this.client.request("PUT /repos/{owner}/{repo}/pulls/{number}/merge", { ...this.r, number: pull, merge_method: method }));
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

  /** Commit statuses plus check runs (GitHub Actions reports through check runs). */
  override async listChecks(ref: string): Promise<CiCheck[]> {
    const statuses = await super.listChecks(ref);
    const runs = await call(`read check runs of ${ref}`, () =>
      this.client.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { ...this.r, ref, per_page: 100 }) as Promise<{
        data: { check_runs: Array<{ name: string; status: string; conclusion: string | null; html_url?: string | null }> };
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
        ...(r.html_url ? { url: r.html_url } : {}),
      })),
    ];
  }
}
