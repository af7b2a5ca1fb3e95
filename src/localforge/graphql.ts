/**
 * GitHub's GraphQL endpoint (`POST /api/graphql` on GHES), for the one mutation the REST
 * API has no counterpart of: `enablePullRequestAutoMerge`. Anything else is answered with a
 * GraphQL error saying what this endpoint serves. As on GitHub, errors come back with
 * status 200 and an `errors` list; the messages are GitHub's (its `Pull request ...`
 * prefixes included), since callers show them to people.
 */
import type { Caller } from "./auth.js";
import type { Core, EventCtx } from "./context.js";
import { pullEvent, pullGit } from "./emit.js";
import { jobPermission } from "./job-tokens.js";
import { githubMergeState } from "./merging.js";
import { nodeId } from "./present.js";
import type { IssueRecord, RepoRecord } from "./state.js";
import { atLeast, weakest, type Permission } from "./types.js";

const MUTATION =
  /^\s*mutation(?:\s+\w+)?\s*\(\s*\$(\w+)\s*:\s*EnablePullRequestAutoMergeInput!\s*\)\s*\{\s*enablePullRequestAutoMerge\s*\(\s*input\s*:\s*\$(\w+)\s*\)\s*\{\s*clientMutationId\s*\}\s*\}\s*$/;

const INPUT_FIELDS = ["pullRequestId", "mergeMethod", "expectedHeadOid", "commitHeadline", "commitBody", "authorEmail", "clientMutationId"];
const METHODS: Record<string, "merge" | "squash" | undefined> = { MERGE: "merge", SQUASH: "squash", REBASE: undefined };

type GraphqlAnswer = { data?: Record<string, unknown> | null; errors?: Array<Record<string, unknown>> };

const fail = (type: string, message: string): GraphqlAnswer => ({
  data: { enablePullRequestAutoMerge: null },
  errors: [{ type, path: ["enablePullRequestAutoMerge"], locations: [{ line: 1, column: 1 }], message }],
});

/** The repository and pull request a GraphQL node id names, among those `caller` can see. */
function pullByNodeId(core: Core, caller: Caller, id: string): { repo: RepoRecord; issue: IssueRecord; permission: Permission } | undefined {
  for (const repo of core.state.repos.values()) {
    for (const issue of repo.issues.values()) {
      if (!issue.pull || nodeId("PullRequest", issue.pull.id) !== id) continue;
      const job = caller.token.job;
      // A job token needs write on both scopes the mutation touches: contents (the merge) and pull-requests.
      const permission = job
        ? weakest(jobPermission(job, repo, "/repos/{owner}/{repo}/pulls/{number}/merge", true), jobPermission(job, repo, "/repos/{owner}/{repo}/pulls/{number}", true))
        : weakest(core.state.permission(repo, caller.user.login), caller.token.cap);
      return atLeast(permission, "read") ? { repo, issue, permission } : undefined;
    }
  }
  return undefined;
}

export async function answerGraphql(core: Core, caller: Caller, body: unknown): Promise<GraphqlAnswer> {
  const b = (body ?? {}) as { query?: unknown; variables?: unknown };
  const m = typeof b.query === "string" ? MUTATION.exec(b.query) : null;
  if (!m || m[1] !== m[2]) {
    return {
      errors: [
        {
          message:
            "The local forge's GraphQL endpoint serves one document: mutation($input: EnablePullRequestAutoMergeInput!) { enablePullRequestAutoMerge(input: $input) { clientMutationId } }",
        },
      ],
    };
  }
  const input = (b.variables as Record<string, unknown> | undefined)?.[m[1]!];
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { errors: [{ message: `Variable $${m[1]} of type EnablePullRequestAutoMergeInput! was provided invalid value` }] };
  }
  const fields = input as Record<string, unknown>;
  const unknown = Object.keys(fields).find((k) => !INPUT_FIELDS.includes(k));
  if (unknown !== undefined) return { errors: [{ message: `Variable $${m[1]} of type EnablePullRequestAutoMergeInput! was provided invalid value for ${unknown} (Field is not defined on EnablePullRequestAutoMergeInput)` }] };
  if (typeof fields.pullRequestId !== "string") return { errors: [{ message: `Variable $${m[1]} of type EnablePullRequestAutoMergeInput! was provided invalid value for pullRequestId (Expected value to not be null)` }] };
  const methodName = fields.mergeMethod === undefined ? "MERGE" : fields.mergeMethod;
  if (typeof methodName !== "string" || !(methodName in METHODS)) return { errors: [{ message: `Variable $${m[1]} of type EnablePullRequestAutoMergeInput! was provided invalid value for mergeMethod` }] };

  const found = pullByNodeId(core, caller, fields.pullRequestId);
  if (!found) return fail("NOT_FOUND", `Could not resolve to a node with the global id of '${fields.pullRequestId}'`);
  const { repo, issue, permission } = found;
  if (!atLeast(permission, "write")) return fail("FORBIDDEN", "Resource not accessible by integration");
  const method = METHODS[methodName];
  if (!method) return fail("UNPROCESSABLE", "Pull request Merge method rebase is not supported by the local forge; use MERGE or SQUASH");
  const p = issue.pull!;
  if (issue.state !== "open" || p.merged) return fail("UNPROCESSABLE", "Pull request Pull request is closed");
  if (!repo.allowAutoMerge) return fail("UNPROCESSABLE", "Pull request Auto merge is not allowed for this repository");
  const ctx: EventCtx = { core, repo, user: caller.user, token: caller.token };
  const { headSha } = await pullGit(ctx, issue, false);
  if (typeof fields.expectedHeadOid === "string" && fields.expectedHeadOid !== headSha) return fail("UNPROCESSABLE", "Pull request Head branch was modified. Review and try the merge again.");
  // Auto-merge is for a pull request that waits for something; one that could merge now is refused.
  const state = githubMergeState(repo, issue, headSha);
  if (state !== "blocked") return fail("UNPROCESSABLE", `Pull request Pull request is in ${state} status`);
  p.autoMerge = {
    method,
    enabledBy: caller.user.login,
    ...(caller.token.job ? { job: caller.token.job } : {}),
    ...(typeof fields.commitHeadline === "string" ? { commitTitle: fields.commitHeadline } : {}),
    ...(typeof fields.commitBody === "string" ? { commitMessage: fields.commitBody } : {}),
    at: core.state.now(),
  };
  core.state.touch(issue);
  await pullEvent(ctx, issue, "auto_merge_enabled");
  return { data: { enablePullRequestAutoMerge: { clientMutationId: typeof fields.clientMutationId === "string" ? fields.clientMutationId : null } } };
}
