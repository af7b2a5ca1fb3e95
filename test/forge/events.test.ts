import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EventPayloadError } from "../../src/forge/event-payload.js";
import { isIgnored, normaliseEvent, type Ignored } from "../../src/forge/events.js";
import type { ForgeKind, Trigger } from "../../src/forge/types.js";

type Json = Record<string, unknown>;

const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------
// GitHub: real recorded payloads from @octokit/webhooks-examples, for
// api.github.com and each GitHub Enterprise Server version it ships.
// ---------------------------------------------------------------------------

interface WebhookDefinition {
  name: string;
  examples: Json[];
}

const EXAMPLES_ROOT = path.dirname(require.resolve("@octokit/webhooks-examples/package.json"));
const EXAMPLE_SETS = readdirSync(EXAMPLES_ROOT)
  .filter((dir) => existsSync(path.join(EXAMPLES_ROOT, dir, "index.json")))
  .sort();

function definitions(set: string): WebhookDefinition[] {
  return JSON.parse(readFileSync(path.join(EXAMPLES_ROOT, set, "index.json"), "utf8")) as WebhookDefinition[];
}

const KIND_OF_EVENT: Record<string, Trigger["kind"]> = {
  issues: "issue",
  issue_comment: "comment",
  pull_request: "pull_request",
  pull_request_review: "review",
  pull_request_review_comment: "review_comment",
  check_suite: "ci",
  check_run: "ci",
  status: "ci",
  workflow_run: "ci",
  schedule: "schedule",
  workflow_dispatch: "dispatch",
};

const GITHUB_EXAMPLES = EXAMPLE_SETS.flatMap((set) =>
  definitions(set)
    .filter((d) => d.name in KIND_OF_EVENT)
    .flatMap((d) =>
      d.examples.map((payload, i) => ({
        label: `${set} ${d.name}${typeof payload.action === "string" ? `.${payload.action}` : ""} #${i + 1}`,
        event: d.name,
        payload,
      })),
    ),
);

function example(event: string, action?: string): Json {
  const found = definitions("api.github.com")
    .find((d) => d.name === event)
    ?.examples.find((e) => action === undefined || e.action === action);
  if (!found) throw new Error(`no example of ${event}${action ? `.${action}` : ""}`);
  return structuredClone(found);
}

/** Follow a dotted path through plain JSON (test helper; the code under test has its own reader). */
function at(value: unknown, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((v, key) => (v as Json | undefined)?.[key], value);
}

function trigger(result: Trigger | Ignored): Trigger {
  if (isIgnored(result)) throw new Error(`expected a trigger, got ignored: ${result.ignored}`);
  return result;
}

function expectTrigger<K extends Trigger["kind"]>(result: Trigger | Ignored, kind: K): Extract<Trigger, { kind: K }> {
  const t = trigger(result);
  expect(t.kind).toBe(kind);
  return t as Extract<Trigger, { kind: K }>;
}

const SHA = /^[0-9a-f]{40}$/;

describe("GitHub: every recorded example of a supported event", () => {
  it("covers enough examples to mean something", () => {
    expect(EXAMPLE_SETS).toContain("api.github.com");
    expect(GITHUB_EXAMPLES.length).toBeGreaterThan(150);
    for (const event of Object.keys(KIND_OF_EVENT).filter((e) => e !== "schedule")) {
      expect(GITHUB_EXAMPLES.some((e) => e.event === event), event).toBe(true);
    }
  });

  it.each(GITHUB_EXAMPLES)("$label", ({ event, payload }) => {
    const t = trigger(normaliseEvent("github", event, payload));
    expect(t.forge).toBe("github");
    expect(t.kind).toBe(KIND_OF_EVENT[event]);
    expect(`${t.repo.owner}/${t.repo.repo}`).toBe(at(payload, "repository.full_name"));
    expect(t.actor.login).toBe(at(payload, "sender.login"));
    expect(t.actor.type).toBe(at(payload, "sender.type"));

    switch (t.kind) {
      case "issue":
        expect(t.issue.number).toBe(at(payload, "issue.number"));
        expect(t.issue.title).toBe(at(payload, "issue.title"));
        expect(t.issue.body).toBe(at(payload, "issue.body") ?? "");
        if (t.action === "labeled") expect(t.label).toBe(at(payload, "label.name"));
        break;
      case "comment":
        expect(t.issue.number).toBe(at(payload, "issue.number"));
        expect(t.commentId).toBe(at(payload, "comment.id"));
        expect(t.body).toBe(at(payload, "comment.body"));
        expect(t.action).toBe(payload.action);
        expect(t.isPullRequest).toBe(at(payload, "issue.pull_request") != null);
        break;
      case "pull_request":
      case "review":
      case "review_comment":
        expect(t.pull.number).toBe(at(payload, "pull_request.number"));
        expect(t.pull.title).toBe(at(payload, "pull_request.title"));
        expect(t.pull.headSha).toBe(at(payload, "pull_request.head.sha"));
        expect(t.pull.headRef).toBe(at(payload, "pull_request.head.ref"));
        expect(t.pull.baseRef).toBe(at(payload, "pull_request.base.ref"));
        expect(t.pull.fromFork).toBe(
          at(payload, "pull_request.head.repo.full_name") !== at(payload, "repository.full_name"),
        );
        if (t.kind === "review") expect(t.reviewId).toBe(at(payload, "review.id"));
        if (t.kind === "review_comment") {
          expect(t.commentId).toBe(at(payload, "comment.id"));
          expect(t.reviewId).toBe(at(payload, "comment.pull_request_review_id") ?? undefined);
        }
        break;
      case "ci":
        expect(t.source).toBe(event);
        expect(t.sha).toMatch(SHA);
        expect(t.pulls.every((n) => Number.isInteger(n) && n > 0)).toBe(true);
        expect(typeof t.name).toBe("string");
        break;
      case "dispatch":
        expect(Object.values(t.inputs).every((v) => typeof v === "string")).toBe(true);
        break;
      case "schedule":
        break;
    }
  });
});

describe("GitHub: focused cases", () => {
  it("labels: an issue labelled 'bug' names the label", () => {
    const t = expectTrigger(normaliseEvent("github", "issues", example("issues", "labeled")), "issue");
    expect(t.action).toBe("labeled");
    expect(t.label).toBe("bug");
    expect(t.issue.labels).toContain("bug");
  });

  it("issues with other actions are 'other' and carry no label", () => {
    const t = expectTrigger(normaliseEvent("github", "issues", example("issues", "unlabeled")), "issue");
    expect(t.action).toBe("other");
    expect(t.label).toBeUndefined();
  });

  it("an issue with a null body reads as an empty body", () => {
    const payload = example("issues", "opened");
    (payload.issue as Json).body = null;
    expect(expectTrigger(normaliseEvent("github", "issues", payload), "issue").issue.body).toBe("");
  });

  it("issue_comment on a pull request is marked by issue.pull_request", () => {
    const payload = example("issue_comment", "created");
    expect(expectTrigger(normaliseEvent("github", "issue_comment", payload), "comment").isPullRequest).toBe(false);
    (payload.issue as Json).pull_request = { url: "https://api.github.com/repos/Codertocat/Hello-World/pulls/1" };
    expect(expectTrigger(normaliseEvent("github", "issue_comment", payload), "comment").isPullRequest).toBe(true);
  });

  it("deleted and edited comments keep their action: a deleted /approve is not a command", () => {
    const t = expectTrigger(normaliseEvent("github", "issue_comment", example("issue_comment", "deleted")), "comment");
    expect(t.action).toBe("deleted");
  });

  it("synchronize, closed and merged pull requests", () => {
    expect(expectTrigger(normaliseEvent("github", "pull_request", example("pull_request", "synchronize")), "pull_request").action).toBe(
      "synchronize",
    );
    const closed = example("pull_request", "closed");
    expect(expectTrigger(normaliseEvent("github", "pull_request", closed), "pull_request")).toMatchObject({
      action: "closed",
      merged: false,
    });
    (closed.pull_request as Json).merged = true;
    expect(expectTrigger(normaliseEvent("github", "pull_request", closed), "pull_request").merged).toBe(true);
    const other = expectTrigger(normaliseEvent("github", "pull_request", example("pull_request", "ready_for_review")), "pull_request");
    expect(other.action).toBe("other");
  });

  it("a pull request labelled names the label", () => {
    const payload = example("pull_request", "labeled");
    const t = expectTrigger(normaliseEvent("github", "pull_request", payload), "pull_request");
    expect(t.action).toBe("labeled");
    expect(t.label).toBe(at(payload, "label.name"));
  });

  describe("fromFork", () => {
    const fork = (mutate: (head: Json) => void) => {
      const payload = example("pull_request", "opened");
      mutate((payload.pull_request as Json).head as Json);
      return expectTrigger(normaliseEvent("github", "pull_request", payload), "pull_request").pull.fromFork;
    };

    it("is false for a branch of the same repository", () => {
      expect(fork(() => {})).toBe(false);
    });
    it("is true for a head repository with another name", () => {
      expect(fork((head) => ((head.repo as Json).full_name = "mallory/Hello-World"))).toBe(true);
    });
    it("is true for a head repository with the same name but another id (renamed or recreated)", () => {
      expect(fork((head) => ((head.repo as Json).id = 999_999_999))).toBe(true);
    });
    it("is false when only the letter case of the name differs", () => {
      expect(fork((head) => ((head.repo as Json).full_name = "codertocat/hello-world"))).toBe(false);
    });
    it("is true when the fork was deleted (head.repo null)", () => {
      expect(fork((head) => (head.repo = null))).toBe(true);
    });
    it("is true when the head repository carries neither name nor id", () => {
      expect(fork((head) => (head.repo = {}))).toBe(true);
    });
  });

  it("reviews: state, id and body; dismissed approves nothing; upper-case states read", () => {
    const dismissed = expectTrigger(normaliseEvent("github", "pull_request_review", example("pull_request_review", "dismissed")), "review");
    expect(dismissed).toMatchObject({ action: "dismissed", state: "dismissed", reviewId: 237895671, body: "" });

    const approved = example("pull_request_review", "submitted");
    (approved.review as Json).state = "APPROVED";
    (approved.review as Json).body = "LGTM";
    expect(expectTrigger(normaliseEvent("github", "pull_request_review", approved), "review")).toMatchObject({
      action: "submitted",
      state: "approved",
      body: "LGTM",
    });

    const changes = example("pull_request_review", "submitted");
    (changes.review as Json).state = "changes_requested";
    expect(expectTrigger(normaliseEvent("github", "pull_request_review", changes), "review").state).toBe("changes_requested");
  });

  it("a pending review is ignored with a reason", () => {
    const payload = example("pull_request_review", "submitted");
    (payload.review as Json).state = "pending";
    expect(normaliseEvent("github", "pull_request_review", payload)).toEqual({
      ignored: expect.stringContaining("review state"),
    });
  });

  it("review comments carry the comment, its review and the pull request", () => {
    const payload = example("pull_request_review_comment", "created");
    const t = expectTrigger(normaliseEvent("github", "pull_request_review_comment", payload), "review_comment");
    expect(t).toMatchObject({ action: "created", commentId: 284312630, reviewId: at(payload, "comment.pull_request_review_id"), pull: { number: 2, fromFork: false } });
    expect(t.reviewId).toEqual(expect.any(Number));
  });

  it("check runs: queued is pending, a completed failure is a failure, pull requests are listed", () => {
    const queued = expectTrigger(normaliseEvent("github", "check_run", example("check_run", "created")), "ci");
    expect(queued).toMatchObject({ source: "check_run", conclusion: "pending", name: "Octocoders-linter", pulls: [2] });
    const payload = example("check_run", "completed");
    (payload.check_run as Json).conclusion = "timed_out";
    expect(expectTrigger(normaliseEvent("github", "check_run", payload), "ci").conclusion).toBe("failure");
    (payload.check_run as Json).conclusion = "cancelled";
    expect(expectTrigger(normaliseEvent("github", "check_run", payload), "ci").conclusion).toBe("other");
  });

  it("check suites are named after their app", () => {
    const t = expectTrigger(normaliseEvent("github", "check_suite", example("check_suite", "completed")), "ci");
    expect(t).toMatchObject({ source: "check_suite", conclusion: "success", name: "octocoders-linter" });
  });

  it("statuses: error is a failure, the context is the name", () => {
    const payload = example("status");
    payload.state = "error";
    const t = expectTrigger(normaliseEvent("github", "status", payload), "ci");
    expect(t).toMatchObject({ source: "status", conclusion: "failure", name: "default", pulls: [], sha: payload.sha });
  });

  it("workflow runs fall back to the workflow's name when the run has none", () => {
    const payload = structuredClone(
      definitions("api.github.com")
        .find((d) => d.name === "workflow_run")!
        .examples.find((e) => at(e, "workflow_run.name") === "" && (at(e, "workflow_run.pull_requests") as unknown[]).length > 0)!,
    );
    const t = expectTrigger(normaliseEvent("github", "workflow_run", payload), "ci");
    expect(t).toMatchObject({ source: "workflow_run", conclusion: "success", name: "test", pulls: [2] });
  });

  it("workflow_dispatch inputs become text; a __proto__ input stays a plain key", () => {
    const payload = example("workflow_dispatch");
    payload.inputs = JSON.parse('{"issue": "12", "dry_run": true, "count": 3, "__proto__": "x"}');
    const t = expectTrigger(normaliseEvent("github", "workflow_dispatch", payload), "dispatch");
    expect(t.inputs).toEqual(JSON.parse('{"issue": "12", "dry_run": "true", "count": "3", "__proto__": "x"}'));
    expect(Object.getPrototypeOf(t.inputs)).toBe(Object.prototype);
    expect(({} as Json).x).toBeUndefined();
  });

  it("schedule: the cron is read; repository and actor come from the payload", () => {
    const payload = { schedule: "*/15 * * * *", repository: example("issues", "opened").repository, sender: example("issues", "opened").sender };
    expect(expectTrigger(normaliseEvent("github", "schedule", payload), "schedule")).toMatchObject({
      cron: "*/15 * * * *",
      repo: { owner: "Codertocat", repo: "Hello-World" },
      actor: { login: "Codertocat", type: "User" },
    });
  });

  it("account types come from sender.type only; a [bot] suffix proves nothing", () => {
    const payload = example("issue_comment", "created");
    (payload.sender as Json).login = "dependabot[bot]";
    expect(expectTrigger(normaliseEvent("github", "issue_comment", payload), "comment").actor).toEqual({
      login: "dependabot[bot]",
      type: "User",
    });
    (payload.sender as Json).type = "Bot";
    expect(expectTrigger(normaliseEvent("github", "issue_comment", payload), "comment").actor.type).toBe("Bot");
    (payload.sender as Json).type = "Mannequin";
    expect(expectTrigger(normaliseEvent("github", "issue_comment", payload), "comment").actor.type).toBeUndefined();
  });

  it("events CrustyClaw does not act on are ignored with a reason", () => {
    expect(normaliseEvent("github", "push", {})).toEqual({ ignored: "event 'push' is not one CrustyClaw acts on" });
    expect(normaliseEvent("github", "pull_request_target", example("pull_request", "opened"))).toHaveProperty("ignored");
    expect(normaliseEvent("github", "", {})).toEqual({ ignored: "event (an unrecognisable name) is not one CrustyClaw acts on" });
    expect(normaliseEvent("github", "$(id)\n::error::x", {})).toEqual({
      ignored: "event (an unrecognisable name) is not one CrustyClaw acts on",
    });
    // Forgejo's own hook names mean nothing on GitHub.
    expect(normaliseEvent("github", "pull_request_review_approved", {})).toHaveProperty("ignored");
    // Names that exist on Object.prototype are not events.
    expect(normaliseEvent("forgejo", "constructor", {})).toHaveProperty("ignored");
  });
});

// ---------------------------------------------------------------------------
// Forgejo: payload fixtures in test/fixtures/forgejo-events.
//
// Recorded by a real Forgejo 12.0.2 (the `event` of each `github` context in
// forgejo/docs, docs/user/actions-contexts/, removed from the docs in commit
// b731bbb; tokens and the rest of the context left out):
//   pull_request-opened.json       pull-request/root/pull_request/github
//   pull_request-opened-fork.json  pull-request/fork-org/pull_request/github
//   workflow_dispatch.json         workflow-dispatch/workflow_dispatch/github
//   schedule.json                  post-7-0-schedule/schedule/github  ({"action":"schedule"}: no repository, no sender)
//
// Built from Forgejo's source (forgejo/forgejo, v12 development branch, June
// 2025), reusing the recorded repository and user objects:
//   issues-*.json                  IssuePayload (modules/structs/hook.go), Issue (modules/structs/issue.go,
//                                  services/convert/issue.go); label_updated with `label` per added label
//                                  (services/actions/notifier.go, IssueChangeLabels)
//   issue_comment-*.json           IssueCommentPayload with `is_pull` (modules/structs/hook.go), Comment
//                                  (modules/structs/issue_comment.go); on a pull request the issue carries
//                                  PullRequestMeta in `pull_request` (services/convert/issue.go)
//   pull_request-synchronized      action `synchronized` (HookIssueSynchronized, PullRequestSynchronized)
//   pull_request-label_updated     action `label_updated` with `label` (notifyIssueChange)
//   pull_request-closed-merged     action `closed`, `merged: true` (MergePullRequest)
//   pull_request-opened-agit       `flow: 1`, head repository = base repository, head.ref refs/pull/N/head
//                                  (services/convert/pull.go); treated as a fork (services/actions/notifier_helper.go)
//   pull_request-closed-deleted-fork  head.repo null, head.repo_id -1 (services/convert/pull.go)
//   pull_request_review-*.json     action `reviewed`, `review: {type, content}`, no review id, sender the
//                                  reviewer (services/actions/notifier.go, PullRequestReview; ReviewPayload in
//                                  modules/structs/hook.go)
// Users carry no `type` and no payload carries `author_association` (modules/structs/user.go).
// ---------------------------------------------------------------------------

const FIXTURES = path.join(import.meta.dirname, "..", "fixtures", "forgejo-events");

function fixture(name: string): Json {
  return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), "utf8")) as Json;
}

/** The event name a fixture is delivered under: its file name up to the first dash. */
const FORGEJO_FIXTURES = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -".json".length))
  .sort();

const RUN = { repository: "root/example-post-7-0-schedule", actor: "forgejo-actions" };

describe("Forgejo: every fixture", () => {
  it("has fixtures", () => {
    expect(FORGEJO_FIXTURES.length).toBeGreaterThanOrEqual(18);
  });

  it.each(FORGEJO_FIXTURES)("%s normalises, with no account type", (name) => {
    const event = name.split("-")[0]!;
    const t = trigger(normaliseEvent("forgejo", event, fixture(name), RUN));
    expect(t.forge).toBe("forgejo");
    expect(t.actor.type).toBeUndefined();
    expect(t.actor).toEqual({ login: expect.any(String) });
    expect(t.repo.owner).toBe("root");
  });
});

describe("Forgejo: focused cases", () => {
  it("recorded pull requests: same repository is not a fork, the fork-org one is", () => {
    const same = expectTrigger(normaliseEvent("forgejo", "pull_request", fixture("pull_request-opened")), "pull_request");
    expect(same).toMatchObject({
      action: "opened",
      merged: false,
      actor: { login: "root" },
      repo: { owner: "root", repo: "example-pull-request" },
      pull: { number: 2, title: "PR same repo", body: "", headRef: "other", baseRef: "main", fromFork: false },
    });
    expect(same.pull.headSha).toMatch(SHA);

    const fork = expectTrigger(normaliseEvent("forgejo", "pull_request", fixture("pull_request-opened-fork")), "pull_request");
    expect(fork.pull).toMatchObject({ title: "PR from fork", headRef: "main", fromFork: true });
  });

  it("AGit-flow pull requests and pull requests whose fork is gone count as forks", () => {
    expect(
      expectTrigger(normaliseEvent("forgejo", "pull_request", fixture("pull_request-opened-agit")), "pull_request").pull,
    ).toMatchObject({ headRef: "refs/pull/3/head", fromFork: true });
    expect(
      expectTrigger(normaliseEvent("forgejo", "pull_request", fixture("pull_request-closed-deleted-fork")), "pull_request"),
    ).toMatchObject({ action: "closed", pull: { headRef: "refs/pull/1/head", fromFork: true } });
  });

  it("synchronized is synchronize, label_updated is labeled, merged is merged", () => {
    expect(expectTrigger(normaliseEvent("forgejo", "pull_request", fixture("pull_request-synchronized")), "pull_request").action).toBe(
      "synchronize",
    );
    const labelled = expectTrigger(normaliseEvent("forgejo", "pull_request", fixture("pull_request-label_updated")), "pull_request");
    expect(labelled.action).toBe("labeled");
    expect(labelled.label).toBe(at(fixture("pull_request-label_updated"), "label.name"));
    expect(expectTrigger(normaliseEvent("forgejo", "pull_request", fixture("pull_request-closed-merged")), "pull_request")).toMatchObject(
      { action: "closed", merged: true },
    );
    // Forgejo's own hook names for the same events, as a workflow may use them in `on:`.
    expect(expectTrigger(normaliseEvent("forgejo", "pull_request_sync", fixture("pull_request-synchronized")), "pull_request").action).toBe(
      "synchronize",
    );
    const issue = expectTrigger(normaliseEvent("forgejo", "issue_label", fixture("issues-label_updated")), "issue");
    expect(issue.action).toBe("labeled");
  });

  it("issues: opened, and label_updated names the label", () => {
    expect(expectTrigger(normaliseEvent("forgejo", "issues", fixture("issues-opened")), "issue")).toMatchObject({
      action: "opened",
      actor: { login: "contributor" },
      issue: { number: 7, labels: [] },
    });
    const payload = fixture("issues-label_updated");
    const t = expectTrigger(normaliseEvent("forgejo", "issues", payload), "issue");
    expect(t.action).toBe("labeled");
    expect(t.label).toBe(at(payload, "label.name"));
    expect(t.issue.labels).toEqual([at(payload, "label.name")]);
  });

  it("a [bot] login on Forgejo is an ordinary account: no type is inferred", () => {
    const t = expectTrigger(normaliseEvent("forgejo", "issues", fixture("issues-label_updated-by-bot-lookalike")), "issue");
    expect(t.actor).toEqual({ login: "renovate[bot]" });
  });

  it("comments: on an issue, on a pull request (issue.pull_request and is_pull), edited", () => {
    expect(expectTrigger(normaliseEvent("forgejo", "issue_comment", fixture("issue_comment-created")), "comment")).toMatchObject({
      action: "created",
      isPullRequest: false,
      commentId: 301,
      issue: { number: 7 },
    });
    const onPull = expectTrigger(normaliseEvent("forgejo", "issue_comment", fixture("issue_comment-created-on-pull")), "comment");
    expect(onPull).toMatchObject({ action: "created", isPullRequest: true, commentId: 302, issue: { number: 1 } });
    expect(onPull.body.startsWith("/approve\n")).toBe(true);
    // Forgejo's hook type for the same event, usable as an `on:` key.
    expect(expectTrigger(normaliseEvent("forgejo", "pull_request_comment", fixture("issue_comment-created-on-pull")), "comment").isPullRequest).toBe(
      true,
    );
    // is_pull alone is enough.
    const flagged = fixture("issue_comment-created-on-pull");
    (flagged.issue as Json).pull_request = null;
    expect(expectTrigger(normaliseEvent("forgejo", "issue_comment", flagged), "comment").isPullRequest).toBe(true);
    expect(expectTrigger(normaliseEvent("forgejo", "issue_comment", fixture("issue_comment-edited")), "comment").action).toBe("edited");
  });

  it("reviews: the state comes from review.type, the body from review.content, and there is no id", () => {
    const approved = expectTrigger(normaliseEvent("forgejo", "pull_request_review", fixture("pull_request_review-approved")), "review");
    expect(approved).toMatchObject({ action: "submitted", state: "approved", actor: { login: "reviewer" }, pull: { number: 2, fromFork: false } });
    expect(approved.reviewId).toBeUndefined();
    expect("reviewId" in approved).toBe(false);
    expect(approved.body).toBe(at(fixture("pull_request_review-approved"), "review.content"));

    const rejected = expectTrigger(normaliseEvent("forgejo", "pull_request_review", fixture("pull_request_review-rejected")), "review");
    expect(rejected.state).toBe("changes_requested");
    const commented = expectTrigger(normaliseEvent("forgejo", "pull_request_review", fixture("pull_request_review-comment")), "review");
    expect(commented).toMatchObject({ state: "commented", body: "" });
  });

  it("reviews under Forgejo's other event names are still reviews", () => {
    // `on: pull_request_review_comment` runs for comment-type reviews, with a review payload.
    expect(
      expectTrigger(normaliseEvent("forgejo", "pull_request_review_comment", fixture("pull_request_review-comment")), "review").state,
    ).toBe("commented");
    // Hook type names, and the names of runs from before TriggerEvent existed.
    expect(
      expectTrigger(normaliseEvent("forgejo", "pull_request_review_approved", fixture("pull_request_review-approved")), "review").state,
    ).toBe("approved");
    expect(expectTrigger(normaliseEvent("forgejo", "pull_request_rejected", fixture("pull_request_review-rejected")), "review").state).toBe(
      "changes_requested",
    );
    expect(expectTrigger(normaliseEvent("forgejo", "pull_request_comment", fixture("pull_request_review-comment")), "review").state).toBe(
      "commented",
    );
  });

  it("an unknown Forgejo review type is ignored, not guessed", () => {
    const payload = fixture("pull_request_review-approved");
    (payload.review as Json).type = "pull_request_review_dismissed";
    expect(normaliseEvent("forgejo", "pull_request_review", payload)).toEqual({ ignored: expect.stringContaining("review type") });
  });

  it("schedule: the payload is only {action}, so repository and actor come from the run", () => {
    expect(() => normaliseEvent("forgejo", "schedule", fixture("schedule"))).toThrow(/schedule payload: repository must be an object/);
    expect(expectTrigger(normaliseEvent("forgejo", "schedule", fixture("schedule"), RUN), "schedule")).toEqual({
      forge: "forgejo",
      kind: "schedule",
      repo: { owner: "root", repo: "example-post-7-0-schedule" },
      actor: { login: "forgejo-actions" },
    });
    expect(() => normaliseEvent("forgejo", "schedule", fixture("schedule"), { repository: "no-slash", actor: "x" })).toThrow(
      EventPayloadError,
    );
  });

  it("the run's repository and actor never override a payload's", () => {
    const t = trigger(normaliseEvent("forgejo", "issues", fixture("issues-opened"), { repository: "other/repo", actor: "someone" }));
    expect(t.repo).toEqual({ owner: "root", repo: "example-pull-request" });
    expect(t.actor.login).toBe("contributor");
  });

  it("workflow_dispatch: inputs are the recorded strings", () => {
    const payload = fixture("workflow_dispatch");
    const t = expectTrigger(normaliseEvent("forgejo", "workflow_dispatch", payload), "dispatch");
    expect(t.inputs).toEqual(payload.inputs);
    expect(t.inputs.boolean_default_true).toBe("true");
    expect(t.actor).toEqual({ login: "root" });
  });

  it.each(["check_suite", "check_run", "status", "workflow_run"])("%s is ignored on Forgejo, which has no such event", (event) => {
    const result = normaliseEvent("forgejo", event, example(event));
    expect(result).toEqual({ ignored: expect.stringContaining(`Forgejo Actions has no ${event} event`) });
  });
});

// ---------------------------------------------------------------------------
// Hostile text is data: carried unchanged, neither stripped nor escaped.
// Sanitising happens later, where the text is used.
// ---------------------------------------------------------------------------

/** Markers the fixtures' hostile text contains; each must survive normalisation. */
const HOSTILE_MARKERS = ["$(curl", "`id`", "${{ secrets.GITHUB_TOKEN }}", "\u202E", "\r\n", "\u200B", "\uFEFF", "\u2066", "\u{E0049}", "<!--", "::set-output"];

describe("hostile text", () => {
  it("Forgejo issue title and body are carried byte for byte", () => {
    const payload = fixture("issues-opened");
    const t = expectTrigger(normaliseEvent("forgejo", "issues", payload), "issue");
    expect(t.issue.title).toBe(at(payload, "issue.title"));
    expect(t.issue.body).toBe(at(payload, "issue.body"));
    for (const marker of HOSTILE_MARKERS) expect(t.issue.title + t.issue.body).toContain(marker);
  });

  it("Forgejo pull request title, body and branch name are carried byte for byte", () => {
    const payload = fixture("pull_request-synchronized");
    const t = expectTrigger(normaliseEvent("forgejo", "pull_request", payload), "pull_request");
    expect(t.pull.title).toBe(at(payload, "pull_request.title"));
    expect(t.pull.body).toBe(at(payload, "pull_request.body"));
    expect(t.pull.headRef).toBe("feat/$(id);`id`${x}'\"|&<>");
    for (const marker of HOSTILE_MARKERS) expect(t.pull.title + t.pull.body).toContain(marker);
  });

  it("Forgejo comment, review and label text are carried byte for byte", () => {
    const comment = fixture("issue_comment-created-on-pull");
    expect(expectTrigger(normaliseEvent("forgejo", "issue_comment", comment), "comment").body).toBe("/approve\n${{ github.token }}\u202E");
    const review = fixture("pull_request_review-approved");
    const r = expectTrigger(normaliseEvent("forgejo", "pull_request_review", review), "review");
    expect(r.body).toBe(at(review, "review.content"));
    expect(r.body).toContain("\u{E0049}");
    const label = expectTrigger(normaliseEvent("forgejo", "issues", fixture("issues-label_updated")), "issue").label;
    expect(label).toBe("claw\u200B; $(id) ${{ x }}");
  });

  it("GitHub text is carried byte for byte too", () => {
    const title = "${{ github.token }}\n$(id) `id` \u202E\u200B\u{E0041}";
    const body = "<!-- approve -->\r\n::set-output name=x::y\n'; exit 1; '";
    const payload = example("issue_comment", "created");
    (payload.issue as Json).title = title;
    (payload.comment as Json).body = body;
    const t = expectTrigger(normaliseEvent("github", "issue_comment", payload), "comment");
    expect(t.issue.title).toBe(title);
    expect(t.body).toBe(body);
  });
});

// ---------------------------------------------------------------------------
// Malformed payloads: a clear EventPayloadError, never a TypeError.
// ---------------------------------------------------------------------------

type Mutation = (p: Json) => void;

const MALFORMED: Array<{ case: string; forge: ForgeKind; event: string; base: () => Json; mutate: Mutation; message: RegExp }> = [
  { case: "issue missing", forge: "github", event: "issues", base: () => example("issues", "opened"), mutate: (p) => delete p.issue, message: /^issues payload: issue must be an object, got nothing \(the field is missing\)$/ },
  { case: "issue null", forge: "forgejo", event: "issues", base: () => fixture("issues-opened"), mutate: (p) => (p.issue = null), message: /issue must be an object, got null/ },
  { case: "issue number as text", forge: "github", event: "issues", base: () => example("issues", "opened"), mutate: (p) => ((p.issue as Json).number = "1"), message: /issue\.number must be a positive integer, got a string/ },
  { case: "issue number zero", forge: "forgejo", event: "issues", base: () => fixture("issues-opened"), mutate: (p) => ((p.issue as Json).number = 0), message: /issue\.number must be a positive integer, got 0/ },
  { case: "issue number fractional", forge: "forgejo", event: "issues", base: () => fixture("issues-opened"), mutate: (p) => ((p.issue as Json).number = 1.5), message: /got 1\.5/ },
  { case: "issue title null", forge: "github", event: "issues", base: () => example("issues", "opened"), mutate: (p) => ((p.issue as Json).title = null), message: /issue\.title must be a string, got null/ },
  { case: "labels not a list", forge: "forgejo", event: "issues", base: () => fixture("issues-label_updated"), mutate: (p) => ((p.issue as Json).labels = "bug"), message: /issue\.labels must be an array, got a string/ },
  { case: "label entry null", forge: "forgejo", event: "issues", base: () => fixture("issues-label_updated"), mutate: (p) => ((p.issue as Json).labels = [null]), message: /issue\.labels\[0\] must be an object, got null/ },
  { case: "label without name", forge: "forgejo", event: "issues", base: () => fixture("issues-label_updated"), mutate: (p) => ((p.label as Json).name = 3), message: /label\.name must be a string, got 3/ },
  { case: "action missing", forge: "github", event: "issues", base: () => example("issues", "opened"), mutate: (p) => delete p.action, message: /action must be a string/ },
  { case: "sender missing", forge: "forgejo", event: "issue_comment", base: () => fixture("issue_comment-created"), mutate: (p) => delete p.sender, message: /sender must be an object/ },
  { case: "sender login empty", forge: "github", event: "issue_comment", base: () => example("issue_comment", "created"), mutate: (p) => ((p.sender as Json).login = ""), message: /sender\.login must be a non-empty string, got an empty string/ },
  { case: "sender type not text", forge: "github", event: "issue_comment", base: () => example("issue_comment", "created"), mutate: (p) => ((p.sender as Json).type = 1), message: /sender\.type must be a string, got 1/ },
  { case: "repository missing", forge: "forgejo", event: "pull_request", base: () => fixture("pull_request-opened"), mutate: (p) => delete p.repository, message: /repository must be an object/ },
  { case: "repository name without owner", forge: "github", event: "pull_request", base: () => example("pull_request", "opened"), mutate: (p) => ((p.repository as Json).full_name = "Hello-World"), message: /repository\.full_name must be owner\/name/ },
  { case: "comment body a number", forge: "github", event: "issue_comment", base: () => example("issue_comment", "created"), mutate: (p) => ((p.comment as Json).body = 42), message: /comment\.body must be a string, got 42/ },
  { case: "comment missing", forge: "forgejo", event: "issue_comment", base: () => fixture("issue_comment-created"), mutate: (p) => delete p.comment, message: /comment must be an object/ },
  { case: "is_pull not a boolean", forge: "forgejo", event: "issue_comment", base: () => fixture("issue_comment-created"), mutate: (p) => (p.is_pull = "true"), message: /is_pull must be a boolean, got a string/ },
  { case: "pull request head missing", forge: "forgejo", event: "pull_request", base: () => fixture("pull_request-opened"), mutate: (p) => delete (p.pull_request as Json).head, message: /pull_request\.head must be an object/ },
  { case: "head sha not a sha", forge: "github", event: "pull_request", base: () => example("pull_request", "opened"), mutate: (p) => (((p.pull_request as Json).head as Json).sha = "HEAD"), message: /pull_request\.head\.sha must be a full hexadecimal commit SHA, got a string/ },
  { case: "flow not an integer", forge: "forgejo", event: "pull_request", base: () => fixture("pull_request-opened"), mutate: (p) => ((p.pull_request as Json).flow = "agit"), message: /pull_request\.flow must be an integer/ },
  { case: "merged not a boolean", forge: "forgejo", event: "pull_request", base: () => fixture("pull_request-closed-merged"), mutate: (p) => ((p.pull_request as Json).merged = "yes"), message: /pull_request\.merged must be a boolean/ },
  { case: "review missing", forge: "forgejo", event: "pull_request_review", base: () => fixture("pull_request_review-approved"), mutate: (p) => (p.review = null), message: /review must be an object, got null/ },
  { case: "review with neither type nor id", forge: "github", event: "pull_request_review", base: () => example("pull_request_review", "submitted"), mutate: (p) => (p.review = { state: "approved" }), message: /review\.id must be a positive integer/ },
  { case: "review content not text", forge: "forgejo", event: "pull_request_review", base: () => fixture("pull_request_review-approved"), mutate: (p) => ((p.review as Json).content = ["x"]), message: /review\.content must be a string, got an array/ },
  { case: "check run sha not a sha", forge: "github", event: "check_run", base: () => example("check_run", "completed"), mutate: (p) => ((p.check_run as Json).head_sha = "main"), message: /check_run\.head_sha must be a full hexadecimal commit SHA/ },
  { case: "check run pull request without number", forge: "github", event: "check_run", base: () => example("check_run", "completed"), mutate: (p) => ((p.check_run as Json).pull_requests = [{}]), message: /check_run\.pull_requests\[0\]\.number must be a positive integer/ },
  { case: "status without sha", forge: "github", event: "status", base: () => example("status"), mutate: (p) => delete p.sha, message: /^status payload: sha must be a full hexadecimal commit SHA/ },
  { case: "workflow run missing", forge: "github", event: "workflow_run", base: () => example("workflow_run", "completed"), mutate: (p) => delete p.workflow_run, message: /workflow_run must be an object/ },
  { case: "nested dispatch input", forge: "forgejo", event: "workflow_dispatch", base: () => fixture("workflow_dispatch"), mutate: (p) => ((p.inputs as Json).evil = { a: 1 }), message: /inputs \(entry 7\) must be a string, number or boolean, got an object/ },
  { case: "dispatch inputs a list", forge: "github", event: "workflow_dispatch", base: () => example("workflow_dispatch"), mutate: (p) => (p.inputs = ["a"]), message: /inputs must be an object, got an array/ },
];

describe("malformed payloads", () => {
  it.each([null, undefined, "{}", 42, true, [], [{}]])("a payload that is not an object (%j) is an error", (payload) => {
    expect(() => normaliseEvent("github", "issues", payload)).toThrow(/^issues payload: the payload must be a JSON object, got /);
  });

  it.each(MALFORMED)("$forge $event: $case", ({ forge, event, base, mutate, message }) => {
    const payload = base();
    mutate(payload);
    let error: unknown;
    try {
      normaliseEvent(forge, event, payload);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EventPayloadError);
    expect((error as Error).message).toMatch(message);
  });

  it("error messages name the kind of value, never the value", () => {
    const payload = fixture("issues-opened");
    (payload.issue as Json).number = "${{ secrets.X }}\n::error::injected";
    const error = (() => {
      try {
        normaliseEvent("forgejo", "issues", payload);
      } catch (e) {
        return e as EventPayloadError;
      }
      throw new Error("expected an error");
    })();
    expect(error).toMatchObject({ event: "issues", path: "issue.number", expected: "a positive integer", found: "a string" });
    expect(error.message).not.toContain("secrets");
    expect(error.message).not.toContain("::error");
  });

  it("an unknown comment action is ignored, not guessed", () => {
    const payload = example("issue_comment", "created");
    payload.action = "pinned";
    expect(normaliseEvent("github", "issue_comment", payload)).toEqual({ ignored: expect.stringContaining("not created, edited or deleted") });
  });
});

// ---------------------------------------------------------------------------
// Sweep: replace every field (to depth 5) of one payload per event with values
// of the wrong type, or remove it. The result must be a trigger, an ignored
// event or an EventPayloadError: anything else is a crash at the boundary.
// ---------------------------------------------------------------------------

const REPLACEMENTS: unknown[] = [undefined, null, 0, -1, 1.5, "", "x", true, [], [null], {}];

function paths(value: unknown, depth: number, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (depth === 0 || typeof value !== "object" || value === null) return [];
  const keys: Array<string | number> = Array.isArray(value) ? value.slice(0, 2).map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => {
    const here = [...prefix, k];
    return [here, ...paths((value as Record<string | number, unknown>)[k], depth - 1, here)];
  });
}

function sweep(forge: ForgeKind, event: string, payload: Json): string[] {
  const crashes: string[] = [];
  for (const p of paths(payload, 5)) {
    const parent = p.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], payload) as Record<string | number, unknown>;
    const key = p[p.length - 1]!;
    const original = parent[key];
    for (const replacement of REPLACEMENTS) {
      if (replacement === undefined) delete parent[key];
      else parent[key] = replacement;
      try {
        const result = normaliseEvent(forge, event, payload, RUN);
        if (typeof result !== "object" || result === null) crashes.push(`${p.join(".")}: returned ${String(result)}`);
      } catch (e) {
        if (!(e instanceof EventPayloadError)) crashes.push(`${p.join(".")} = ${JSON.stringify(replacement)}: ${String(e)}`);
      } finally {
        parent[key] = original;
      }
    }
  }
  return crashes;
}

const SWEEP_CASES: Array<{ name: string; forge: ForgeKind; event: string; payload: () => Json }> = [
  // One api.github.com example of each event and action.
  ...[...new Map(
    GITHUB_EXAMPLES.filter((e) => e.label.startsWith("api.github.com ")).map((e) => [e.label.replace(/ #\d+$/, ""), e] as const),
  ).values()].map((e) => ({ name: e.label, forge: "github" as const, event: e.event, payload: () => structuredClone(e.payload) })),
  ...FORGEJO_FIXTURES.map((name) => ({ name, forge: "forgejo" as const, event: name.split("-")[0]!, payload: () => fixture(name) })),
];

describe("no crash on any wrong field", () => {
  it.each(SWEEP_CASES)("$forge $name", ({ forge, event, payload }) => {
    expect(sweep(forge, event, payload())).toEqual([]);
  });
});
