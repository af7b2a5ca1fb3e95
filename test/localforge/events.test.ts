import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import examples from "@octokit/webhooks-examples";
import { afterEach, describe, expect, it } from "vitest";
import { startLocalForge, type ForgeEvent, type LocalForge } from "../../src/localforge/index.js";
import { client, commitFile } from "./helpers.js";

/**
 * Events the local forge emits for what people do through its API: the sequence each
 * forge sends, and payloads in each forge's shape (GitHub: @octokit/webhooks-examples;
 * Forgejo: the reference payloads read from its modules/structs, ../shared/forgejo-events).
 */
const git = async (args: string[], cwd?: string) => (await promisify(execFile)("git", args, { encoding: "utf8", ...(cwd ? { cwd } : {}) })).stdout;

let forge: LocalForge | undefined;
afterEach(async () => {
  await forge?.close();
  forge = undefined;
});

async function world(flavour: "github" | "forgejo") {
  forge = await startLocalForge({ flavour });
  const repo = await forge.addRepo({ owner: "acme", name: "app", collaborators: { alice: "write", rev: "write" } });
  const as = (login: string) => client(forge!, forge!.token(login));
  return { forge, repo, alice: as("alice"), rev: as("rev"), owner: as("acme") };
}

const seq = (events: ForgeEvent[]) => events.map((e) => `${e.type}/${e.action}${(e.payload as { label?: { name: string } }).label ? ` ${(e.payload as { label: { name: string } }).label.name}` : ""}`);

describe("event sequences", () => {
  it("GitHub: an issue created with two labels is opened, then labelled twice; adding a present label says nothing", async () => {
    const w = await world("github");
    const n = (await w.alice("POST", "/repos/acme/app/issues", { title: "t", body: "b", labels: ["crustyclaw", "bug"] })).body.number;
    await w.alice("POST", `/repos/acme/app/issues/${n}/labels`, { labels: ["bug", "later"] });
    await w.alice("DELETE", `/repos/acme/app/issues/${n}/labels/later`);
    expect(seq(w.forge.events.list)).toEqual(["issues/opened", "issues/labeled crustyclaw", "issues/labeled bug", "issues/labeled later", "issues/unlabeled later"]);
  });

  it("Forgejo: label_updated per label on creation and per label in every add request; replacing notifies the new set and the old", async () => {
    const w = await world("forgejo");
    const ids: Record<string, number> = {};
    for (const name of ["crustyclaw", "bug", "later"]) ids[name] = (await w.owner("POST", "/repos/acme/app/labels", { name, color: "#00aa00" })).body.id;
    const n = (await w.alice("POST", "/repos/acme/app/issues", { title: "t", body: "b", labels: [ids.crustyclaw, ids.bug] })).body.number;
    await w.alice("POST", `/repos/acme/app/issues/${n}/labels`, { labels: [ids.bug] });
    await w.alice("PUT", `/repos/acme/app/issues/${n}/labels`, { labels: [ids.later] });
    expect(seq(w.forge.events.list)).toEqual([
      "issues/opened",
      "issue_label/label_updated crustyclaw",
      "issue_label/label_updated bug",
      "issue_label/label_updated bug",
      "issue_label/label_updated later",
      "issue_label/label_cleared crustyclaw",
      "issue_label/label_cleared bug",
    ]);
  });

  for (const flavour of ["github", "forgejo"] as const) {
    it(`${flavour}: pull requests open, synchronise on a push, get reviewed, merge; the sender and job-token origin are recorded`, async () => {
      const w = await world(flavour);
      await commitFile(w.repo, "feature", "f.txt", "one\n");
      const pr = (await w.alice("POST", "/repos/acme/app/pulls", { title: "F", head: "feature", base: "main", body: "" })).body.number;
      // A push through git smart HTTP with a job token.
      const job = w.forge.jobToken({ repo: "acme/app", runId: 1, job: "build" });
      // The forge answers from this process: git must run asynchronously.
      const tmp = mkdtempSync(path.join(tmpdir(), "crustyclaw-push-"));
      const url = w.forge.gitUrl("acme", "app", job.token);
      await git(["clone", "-q", "-b", "feature", url, tmp]);
      await git(["-c", "user.name=t", "-c", "user.email=t@x", "commit", "-q", "--allow-empty", "-m", "more"], tmp);
      await git(["push", "-q", "origin", "HEAD:feature"], tmp);
      job.revoke();
      await w.rev("POST", `/repos/acme/app/pulls/${pr}/reviews`, { event: flavour === "github" ? "REQUEST_CHANGES" : "REQUEST_CHANGES", body: "fix it" });
      await w.rev("POST", `/repos/acme/app/pulls/${pr}/reviews`, { event: flavour === "github" ? "APPROVE" : "APPROVED", body: "" });
      await w.owner(flavour === "github" ? "PUT" : "POST", `/repos/acme/app/pulls/${pr}/merge`, flavour === "github" ? { merge_method: "merge" } : { Do: "merge" });
      const got = w.forge.events.list.map((e) => [e.type, e.action, e.sender, e.byJobToken]);
      const actions = flavour === "github" ? "github-actions[bot]" : "forgejo-actions";
      expect(got).toEqual(
        flavour === "github"
          ? [
              ["pull_request", "opened", "alice", false],
              ["push", "", actions, true],
              ["pull_request", "synchronize", actions, true],
              ["pull_request_review", "submitted", "rev", false],
              ["pull_request_review", "submitted", "rev", false],
              ["push", "", "acme", false],
              ["pull_request", "closed", "acme", false],
            ]
          : [
              ["pull_request", "opened", "alice", false],
              ["push", "", actions, true],
              ["pull_request_sync", "synchronized", actions, true],
              ["pull_request_review_rejected", "reviewed", "rev", false],
              ["pull_request_review_approved", "reviewed", "rev", false],
              ["push", "", "acme", false],
              ["pull_request", "closed", "acme", false],
            ],
      );
      const closed = w.forge.events.list.at(-1)!.payload as { pull_request: { merged: boolean } };
      expect(closed.pull_request.merged).toBe(true);
      // refs/pull/<n>/head follows the head branch, as on both forges.
      expect(await git(["-C", w.repo.gitDir, "rev-parse", `refs/pull/${pr}/head`])).toBe(await git(["-C", w.repo.gitDir, "rev-parse", "feature"]));
    });
  }
});

/** Keys every example of an event and action has, at the top and in its main objects. */
function exampleKeys(event: string, action: string): Record<string, Set<string>> {
  const entry = (examples as unknown as Array<{ name: string; examples: Array<Record<string, unknown>> }>).find((e) => e.name === event)!;
  const chosen = entry.examples.filter((x) => (x.action ?? "") === action);
  const common = (objs: Array<Record<string, unknown>>) => new Set(Object.keys(objs[0] ?? {}).filter((k) => objs.every((o) => k in o)));
  const out: Record<string, Set<string>> = { "": common(chosen) };
  for (const part of ["issue", "comment", "pull_request", "review", "label", "sender"]) {
    const objs = chosen.map((x) => x[part]).filter((x): x is Record<string, unknown> => typeof x === "object" && x !== null);
    if (objs.length) out[part] = common(objs);
  }
  return out;
}

/** Keys GitHub sends that the local forge leaves out: organisation and app context, and features it does not model. */
const ABSENT = new Set([
  "installation",
  "organization",
  "enterprise",
  "performed_via_github_app",
  "active_lock_reason",
  "timeline_url",
  "sub_issues_summary",
  "issue_dependencies_summary",
  "type",
  "user_view_type",
  "auto_merge",
  "milestone",
  "head",
  "base",
  "_links",
  "pull_request_review_id",
  "original_line",
  "original_position",
  "original_start_line",
  "original_commit_id",
  "start_line",
  "start_side",
  "side",
  "diff_hunk",
  "in_reply_to_id",
  "subject_type",
  "line",
  "position",
]);

describe("payload shapes", () => {
  it("GitHub: every key the webhook examples always carry, for each event CrustyClaw listens to", async () => {
    const w = await world("github");
    await commitFile(w.repo, "feature", "f.txt", "one\ntwo\n");
    const n = (await w.alice("POST", "/repos/acme/app/issues", { title: "t", body: "b", labels: ["crustyclaw"] })).body.number;
    await w.alice("POST", `/repos/acme/app/issues/${n}/comments`, { body: "/claw" });
    const pr = (await w.alice("POST", "/repos/acme/app/pulls", { title: "F", head: "feature", base: "main", body: "" })).body.number;
    await w.rev("POST", `/repos/acme/app/pulls/${pr}/reviews`, { event: "COMMENT", body: "see", comments: [{ path: "f.txt", line: 2, body: "this" }] });
    await w.owner("PUT", `/repos/acme/app/pulls/${pr}/merge`, {});
    const gaps: string[] = [];
    const seen = new Set<string>();
    for (const e of w.forge.events.list) {
      const key = `${e.type}/${e.action}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const expected = exampleKeys(e.type, e.action);
      for (const [part, keys] of Object.entries(expected)) {
        const ours = part === "" ? e.payload : (e.payload[part] as Record<string, unknown> | undefined);
        for (const k of keys) if (!ABSENT.has(k) && !(ours && k in ours)) gaps.push(`${key} ${part || "(top)"}.${k}`);
      }
    }
    expect([...seen].sort()).toEqual(["issue_comment/created", "issues/labeled", "issues/opened", "pull_request/closed", "pull_request/opened", "pull_request_review/submitted", "pull_request_review_comment/created", "push/"]);
    expect(gaps).toEqual([]);
  });

  it("Forgejo: the top-level keys, and those of issue, comment, pull request and review, of the payloads Forgejo's structs define", async () => {
    const w = await world("forgejo");
    await commitFile(w.repo, "feature", "f.txt", "one\n");
    const label = (await w.owner("POST", "/repos/acme/app/labels", { name: "crustyclaw", color: "#00aa00" })).body.id;
    const n = (await w.alice("POST", "/repos/acme/app/issues", { title: "t", body: "b", labels: [label] })).body.number;
    await w.alice("POST", `/repos/acme/app/issues/${n}/comments`, { body: "/claw" });
    const pr = (await w.alice("POST", "/repos/acme/app/pulls", { title: "F", head: "feature", base: "main", body: "" })).body.number;
    await w.rev("POST", `/repos/acme/app/pulls/${pr}/reviews`, { event: "REQUEST_CHANGES", body: "Please rename x" });
    await w.owner("POST", `/repos/acme/app/pulls/${pr}/merge`, { Do: "merge" });
    const dir = path.resolve(import.meta.dirname, "../fixtures/forgejo-events/structs");
    const reference = (file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Record<string, unknown>;
    const pairs: Array<[string, string, string]> = [
      ["issues--opened.json", "issues", "opened"],
      ["issues--label_updated.json", "issue_label", "label_updated"],
      ["issue_comment--created.json", "issue_comment", "created"],
      ["pull_request--closed-merged.json", "pull_request", "closed"],
      ["pull_request_review--reviewed-request-changes.json", "pull_request_review_rejected", "reviewed"],
    ];
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(pairs.map(([f]) => f)));
    for (const [file, type, action] of pairs) {
      const ref = reference(file);
      const ours = w.forge.events.list.find((e) => e.type === type && e.action === action)!.payload;
      expect(Object.keys(ours).sort(), file).toEqual(Object.keys(ref).sort());
      for (const part of ["issue", "comment", "review"]) {
        if (ref[part] && typeof ref[part] === "object") expect(Object.keys(ours[part] as object).sort(), `${file} ${part}`).toEqual(Object.keys(ref[part] as object).sort());
      }
    }
    const review = w.forge.events.list.find((e) => e.type === "pull_request_review_rejected")!.payload as { review: unknown };
    expect(review.review).toEqual({ type: "pull_request_review_rejected", content: "Please rename x" });
  });
});
