/**
 * Reviews: what a review-stage agent of a blueprint that opens no pull request (review-pr)
 * produces about the pull request it was started on. `finish` takes the review's text as
 * its summary and this result: a verdict and inline comments, each on a line of a file of
 * the pull request's diff. `finish` validates it against REVIEW_SCHEMA; publish checks it
 * again (precompiled, `validators.review`) and against the diff before posting anything.
 */
import * as validators from "../generated/validators.js";
import type { Blueprint, Node } from "../blueprint/types.js";
import type { DiffFile } from "../util/unified-diff.js";
import type { JsonSchema } from "./types.js";

export interface ReviewComment {
  path: string;
  line: number;
  /** `RIGHT` (default): the pull request's version of the file; `LEFT`: the base's, for a line it removed. */
  side?: "LEFT" | "RIGHT";
  body: string;
}

export interface ReviewResult {
  /** Approving is for people: an agent comments, or asks for changes that must be made before merge. */
  verdict: "comment" | "request-changes";
  comments: ReviewComment[];
}

export const MAX_REVIEW_COMMENTS = 50;
export const MAX_REVIEW_COMMENT_CHARS = 4000;

export const REVIEW_SCHEMA: JsonSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://crustyclaw.dev/schema/review.schema.json",
  title: "CrustyClaw review",
  description: "What a review agent produces: a verdict and inline comments on the pull request's diff; the finish summary is the review's text.",
  type: "object",
  additionalProperties: false,
  required: ["verdict", "comments"],
  properties: {
    verdict: { enum: ["comment", "request-changes"], description: "`request-changes` when a finding must be fixed before merge, else `comment`. Never approve." },
    comments: {
      type: "array",
      maxItems: MAX_REVIEW_COMMENTS,
      description: "One per finding, on the line it concerns; the line must be in the pull request's diff (added, removed or shown as context).",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["path", "line", "body"],
        properties: {
          path: { type: "string", minLength: 1, maxLength: 1000, description: "The file's path in the repository, as the diff names it." },
          line: { type: "integer", minimum: 1, description: "Line number in the file's version on `side`." },
          side: { enum: ["LEFT", "RIGHT"], description: "RIGHT (default): the pull request's version; LEFT: the base's, for a removed line." },
          body: { type: "string", minLength: 1, maxLength: MAX_REVIEW_COMMENT_CHARS, description: "What is wrong, why it matters, what would fix it." },
        },
      },
    },
  },
};

/**
 * Does this node review the pull request its run was started on? A review-stage agent of a
 * blueprint without execute nodes, which opens no pull request of its own (compile/triggers.ts
 * `opensPullRequests`): its result is a review, posted on that pull request.
 */
export function postsReview(blueprint: Blueprint, node: Node): boolean {
  return node.kind === "agent" && node.stage === "review" && !blueprint.nodes.some((n) => n.stage === "execute");
}

/** Does the blueprint review pull requests (has a node that `postsReview`)? */
export function reviewsPullRequests(blueprint: Blueprint): boolean {
  return blueprint.nodes.some((n) => postsReview(blueprint, n));
}

/**
 * A review from JSON that crossed a boundary (a node result): checked against REVIEW_SCHEMA,
 * then rebuilt field by field; otherwise the errors.
 */
export function parseReview(value: unknown): { review: ReviewResult } | { errors: string[] } {
  const validate = validators.review;
  if (!validate(value)) return { errors: (validate.errors ?? []).slice(0, 5).map((e) => `- ${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`) };
  const v = value as ReviewResult;
  return {
    review: {
      verdict: v.verdict,
      comments: v.comments.map((c) => ({ path: c.path, line: c.line, ...(c.side ? { side: c.side } : {}), body: c.body })),
    },
  };
}

/** Line numbers as ranges, for people and models: `1-7, 10, 12-13`. */
function ranges(lines: Set<number>): string {
  const sorted = [...lines].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    out.push(start === sorted[i] ? String(start) : `${start}-${sorted[i]}`);
  }
  return out.join(", ");
}

/** Why an inline comment cannot go where it points, in the pull request's diff, or undefined when it can. */
export function outsideDiff(c: ReviewComment, files: ReadonlyMap<string, DiffFile>): string | undefined {
  const side = c.side ?? "RIGHT";
  const file = files.get(c.path);
  if (!file) return `${c.path} is not in the pull request's diff`;
  const lines = side === "RIGHT" ? file.right : file.left;
  if (lines.has(c.line)) return undefined;
  const version = side === "RIGHT" ? "the pull request's version" : "the base version (side LEFT)";
  return `line ${c.line} of ${c.path} in ${version} is not in the pull request's diff${lines.size ? ` (it shows lines ${ranges(lines)} there)` : ""}`;
}
