import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createForge } from "../../src/forge/create.js";
import type { Forge } from "../../src/forge/forge.js";
import { ForgeError } from "../../src/forge/client.js";
import type { ForgeKind } from "../../src/forge/types.js";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { parseUnifiedDiff } from "../../src/util/unified-diff.js";
import { client, commitFile, expectNoViolations } from "../localforge/helpers.js";

/**
 * A pull request's diff and a review on it with inline comments on the commit reviewed, in
 * each forge's shape (issue 10, item 6: review-pr): GitHub's diff media type and review
 * `comments: [{path, line, side}]` with `commit_id`; Forgejo's `pulls/{n}.diff` and
 * `comments: [{path, new_position | old_position}]`.
 */
describe("parseUnifiedDiff", () => {
  it("keeps each side's lines the hunks show, context included, with git's quoting and trailing tab undone", () => {
    const diff = [
      "diff --git a/src/a.ts b/src/a.ts",
      "index 1..2 100644",
      "--- a/src/a.ts",
      "+++ b/src/a.ts",
      "@@ -1,4 +1,4 @@",
      " one",
      "-two",
      "--- not a header: a removed line",
      "+2",
      "+++ not a header either",
      " four",
      "@@ -10 +10,2 @@",
      " ten",
      "+eleven",
      "\\ No newline at end of file",
      "diff --git a/x y.txt b/x y.txt",
      "--- a/x y.txt\t",
      "+++ b/x y.txt\t",
      "@@ -1 +1 @@",
      "-a",
      "+b",
      'diff --git "a/\\303\\251.txt" "b/\\303\\251.txt"',
      '--- "a/\\303\\251.txt"',
      '+++ "b/\\303\\251.txt"',
      "@@ -1 +1 @@",
      "-e",
      "+f",
      "diff --git a/gone.txt b/gone.txt",
      "deleted file mode 100644",
      "--- a/gone.txt",
      "+++ /dev/null",
      "@@ -1,2 +0,0 @@",
      "-x",
      "-y",
      "",
    ].join("\n");
    const files = parseUnifiedDiff(diff);
    expect([...files.keys()]).toEqual(["src/a.ts", "x y.txt", "é.txt", "gone.txt"]);
    expect([...files.get("src/a.ts")!.right]).toEqual([1, 2, 3, 4, 10, 11]);
    expect([...files.get("src/a.ts")!.left]).toEqual([1, 2, 3, 4, 10]);
    expect([...files.get("x y.txt")!.right]).toEqual([1]);
    expect([...files.get("é.txt")!.left]).toEqual([1]);
    expect(files.get("gone.txt")).toMatchObject({ right: new Set(), left: new Set([1, 2]) });
  });
});

for (const kind of ["github", "forgejo"] as ForgeKind[]) {
  describe(`a pull request's diff and a review on it, ${kind}`, () => {
    let local: LocalForge;
    let forge: Forge;
    let pr: number;
    let head: string;

    beforeAll(async () => {
      local = await startLocalForge({ flavour: kind });
      local.addUser({ login: "acme" });
      local.addUser({ login: "automation" });
      const repo = await local.addRepo({ owner: "acme", name: "app", collaborators: { automation: "write" }, files: { "README.md": "# app\n", "calc.js": "a\nb\nc\nd\ne\nf\ng\nh\n" } });
      head = await commitFile(repo, "change", "calc.js", "a\nb\nc\nD\ne\nf\ng\nh\n");
      pr = ((await client(local, local.token("acme"))("POST", "/repos/acme/app/pulls", { title: "Change", head: "change", base: "main", body: "" })).body as { number: number }).number;
      forge = createForge({ kind, repo: { owner: "acme", repo: "app" }, baseUrl: local.apiUrl, token: local.token("automation"), timeScale: 0.001, throttle: false });
    });
    afterAll(() => local.close());
    afterEach(() => expectNoViolations(local));

    it("serves the diff from the merge base to the head", async () => {
      const diff = await forge.getPullDiff(pr);
      expect(diff).toContain("--- a/calc.js\n+++ b/calc.js\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n");
      expect([...parseUnifiedDiff(diff).get("calc.js")!.right]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    });

    it("posts a review with inline comments on both sides, on the commit reviewed", async () => {
      const review = await forge.submitReview(pr, {
        event: "comment",
        body: "Two remarks",
        commitId: head,
        comments: [
          { path: "calc.js", line: 4, body: "Why upper case?" },
          { path: "calc.js", line: 4, side: "LEFT", body: "This was fine" },
        ],
      });
      expect(review).toMatchObject({ state: "commented", body: "Two remarks" });
      const listed = (await client(local, local.token("acme"))("GET", `/repos/acme/app/pulls/${pr}/reviews/${review.id}`)).body as { commit_id: string };
      expect(listed.commit_id).toBe(head);
      const comments = await forge.listReviewCommentsOf(pr, review.id);
      expect(comments.map((c) => [c.path, c.line, c.side, c.body])).toEqual([
        ["calc.js", 4, "RIGHT", "Why upper case?"],
        ["calc.js", 4, "LEFT", "This was fine"],
      ]);
    });

    it(kind === "github" ? "refuses a whole review with a comment outside the diff, as GitHub does" : "takes a comment outside the diff, as Forgejo does", async () => {
      const posting = forge.submitReview(pr, { event: "comment", body: "x", comments: [{ path: "calc.js", line: 8, body: "far away" }] });
      if (kind === "github") {
        await expect(posting).rejects.toThrow(ForgeError);
        await expect(forge.submitReview(pr, { event: "comment", body: "x", comments: [{ path: "README.md", line: 1, body: "not in the diff" }] })).rejects.toThrow(/422/);
      } else {
        await expect(posting).resolves.toMatchObject({ state: "commented" });
      }
    });
  });
}
