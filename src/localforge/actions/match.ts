/**
 * Does a workflow's `on:` match an event, and under which event name does the run
 * see it? GitHub: the `on:` key is the event's name, `types:` filter the action
 * (with each event's default types), `branches`/`tags`/`paths` filter pushes and
 * pull requests. Forgejo (modules/actions/workflows.go, detectMatched and the
 * match*Event functions): `on:` keys cover families of hook types, actions are
 * renamed before `types:` apply (`label_updated` → `labeled`, `synchronized` →
 * `synchronize`), comment-type reviews match only as created/edited, and the run's
 * event name is the `on:` key that matched — one run per matching key.
 */
import type { EventsConfig } from "@actions/workflow-parser/model/workflow-template";
import { RE2JS } from "re2js";
import type { ForgeEvent } from "../events.js";
import type { Flavour } from "../types.js";

export interface MatchContext {
  /** The workflow's path (workflow_dispatch names one). */
  workflowFile: string;
  /** Base branch of a pull request event. */
  baseBranch?: string;
  /** Files the push or pull request changes, asked only when a `paths` filter needs them. */
  changedFiles(): Promise<string[]>;
}

type Filters = { types?: string[]; branches?: string[]; "branches-ignore"?: string[]; tags?: string[]; "tags-ignore"?: string[]; paths?: string[]; "paths-ignore"?: string[]; workflows?: string[] };

/** GitHub's default `types` where an event has them (docs: "Events that trigger workflows"). */
const GITHUB_DEFAULT_TYPES: Record<string, string[]> = {
  pull_request: ["opened", "synchronize", "reopened"],
  pull_request_target: ["opened", "synchronize", "reopened"],
  workflow_run: ["completed", "requested"],
};

/** Forgejo: hook types each `on:` key covers (canGithubEventMatch). */
const FORGEJO_FAMILIES: Record<string, string[]> = {
  issues: ["issues", "issue_assign", "issue_label", "issue_milestone"],
  pull_request: ["pull_request", "pull_request_sync", "pull_request_assign", "pull_request_label", "pull_request_review_request", "pull_request_milestone"],
  pull_request_target: ["pull_request", "pull_request_sync", "pull_request_assign", "pull_request_label", "pull_request_review_request", "pull_request_milestone"],
  pull_request_review: ["pull_request_review_approved", "pull_request_review_rejected", "pull_request_review_comment"],
  issue_comment: ["issue_comment", "pull_request_comment"],
};

/** Forgejo: the actions a payload's action stands for when `types:` are checked. */
function forgejoActions(event: ForgeEvent): string[] {
  if (event.type === "pull_request_review_comment") return event.action === "reviewed" ? ["created", "edited"] : [event.action];
  switch (event.action) {
    case "label_updated":
      return ["labeled"];
    case "label_cleared":
      return ["unlabeled"];
    case "synchronized":
      return ["synchronize"];
    case "reviewed":
      return ["submitted", "edited"];
    default:
      return [event.action];
  }
}

/**
 * `*` within a path segment, `**` across segments, `?` one character; `!` patterns
 * exclude (in order). Compiled for RE2, linear in the branch name or path (which a
 * pusher chooses): as a backtracking RegExp, many stars took time polynomial in it.
 */
export function globMatch(patterns: string[], value: string): boolean {
  let matched = false;
  for (const raw of patterns) {
    const negate = raw.startsWith("!");
    const pattern = negate ? raw.slice(1) : raw;
    const re = RE2JS.compile(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, "\\$&")
        .replace(/\*\*/g, "\u0000")
        .replace(/\*/g, "[^/]*")
        .replace(/\?/g, ".")
        .replace(/\u0000/g, ".*")}$`,
    );
    if (re.test(value)) matched = !negate;
  }
  return matched;
}

async function filtersPass(f: Filters, event: ForgeEvent, ctx: MatchContext, isPull: boolean): Promise<boolean> {
  if (event.type === "push" && event.push) {
    const ref = event.push.ref;
    const branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : undefined;
    const tag = ref.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : undefined;
    const hasBranchFilter = f.branches || f["branches-ignore"];
    const hasTagFilter = f.tags || f["tags-ignore"];
    if (branch !== undefined) {
      if (!hasBranchFilter && hasTagFilter) return false;
      if (f.branches && !globMatch(f.branches, branch)) return false;
      if (f["branches-ignore"] && globMatch(f["branches-ignore"], branch)) return false;
    }
    if (tag !== undefined) {
      if (!hasTagFilter && hasBranchFilter) return false;
      if (f.tags && !globMatch(f.tags, tag)) return false;
      if (f["tags-ignore"] && globMatch(f["tags-ignore"], tag)) return false;
    }
  }
  if (isPull && ctx.baseBranch !== undefined) {
    if (f.branches && !globMatch(f.branches, ctx.baseBranch)) return false;
    if (f["branches-ignore"] && globMatch(f["branches-ignore"], ctx.baseBranch)) return false;
  }
  if (f.paths || f["paths-ignore"]) {
    const files = await ctx.changedFiles();
    if (f.paths && !files.some((file) => globMatch(f.paths!, file))) return false;
    if (f["paths-ignore"] && files.length > 0 && files.every((file) => globMatch(f["paths-ignore"]!, file))) return false;
  }
  return true;
}

function typesPass(types: string[] | undefined, defaults: string[] | undefined, actions: string[]): boolean {
  const wanted = types ?? defaults;
  return !wanted || actions.some((a) => wanted.includes(a));
}

/** A schedule fires for one workflow and one of its crons: the event names both. */
function firedHere(schedule: unknown, event: ForgeEvent, ctx: MatchContext): boolean {
  const crons = Array.isArray(schedule) ? schedule.map((c) => (c as { cron?: unknown }).cron) : [];
  return event.schedule?.workflow === ctx.workflowFile && crons.includes(event.schedule.cron);
}

/** The event names under which the workflow runs for this event (empty: it does not run). */
export async function matchWorkflow(flavour: Flavour, events: EventsConfig, event: ForgeEvent, ctx: MatchContext): Promise<string[]> {
  const on = events as Record<string, unknown>;
  if (flavour === "github") {
    const key = event.type;
    if (!(key in on)) return [];
    const f = (on[key] ?? {}) as Filters;
    if (key === "workflow_dispatch") return event.dispatch?.workflow === ctx.workflowFile ? [key] : [];
    if (key === "schedule") return firedHere(on.schedule, event, ctx) ? [key] : [];
    if (key === "workflow_run") {
      if (!f.workflows || !event.workflowRun || !f.workflows.includes(event.workflowRun.name)) return [];
      // GitHub starts no workflow_run run from a chain more than three runs deep.
      if (event.workflowRun.depth > 3) return [];
    }
    if (key !== "push" && !typesPass(f.types, GITHUB_DEFAULT_TYPES[key], [event.action])) return [];
    return (await filtersPass(f, event, ctx, key.startsWith("pull_request"))) ? [key] : [];
  }
  const names: string[] = [];
  for (const key of Object.keys(on)) {
    const family = FORGEJO_FAMILIES[key] ?? [key];
    if (!family.includes(event.type)) continue;
    const f = (on[key] ?? {}) as Filters;
    if (key === "workflow_dispatch") {
      if (event.dispatch?.workflow === ctx.workflowFile) names.push(key);
      continue;
    }
    if (key === "schedule") {
      if (firedHere(on.schedule, event, ctx)) names.push(key);
      continue;
    }
    const actions = forgejoActions(event);
    // A comment-type review reaches pull_request_review through the review-comment matcher.
    const effective = key === "pull_request_review" && event.type === "pull_request_review_comment" ? ["created", "edited"] : actions;
    const defaults = key === "pull_request" || key === "pull_request_target" ? ["opened", "reopened", "synchronize"] : undefined;
    if (key !== "push" && !typesPass(f.types, defaults, effective)) continue;
    if (await filtersPass(f, event, ctx, key.startsWith("pull_request"))) names.push(key);
  }
  return names;
}
