/**
 * Exactly one run per intent. Duplicate events (Forgejo ≤ 13 announces an issue created with
 * labels as `opened` plus one `label_updated` per label, and has no concurrency groups; any
 * forge may deliver twice) reach route jobs that run at once and read the same state. Before
 * a route job starts work it claims the step from that state: it posts a claim comment keyed
 * on the state it read, then lists the comments. Comment ids grow with creation, so among
 * the claims for one key only the oldest wins; and a claim made after the winner already
 * moved the run loses because the tracking comment no longer holds what it read. The winner
 * updates the tracking comment, then deletes its claim. No permission beyond writing comments.
 *
 * A new run (no tracking comment yet) claims with the tracking comment itself: the oldest
 * tracking comment is the run's (findMarkedComment reads the first), so the others delete
 * theirs. Two writes fewer per run, on GitHub seconds of write spacing.
 */
import type { Comment, Forge } from "../forge/forge.js";

/** A claim older than this is a crashed route job's (its timeout is 10 minutes): it blocks nothing. */
export const CLAIM_MAX_AGE_MS = 10 * 60_000;

export interface ClaimRequest {
  issue: number;
  blueprint: string;
  /** What the route read: the state's `updatedAt`, or `new` when the issue had no run. */
  key: string;
  /** The tracking comment's marker, and its body as the route read it (undefined: there was none). */
  trackingMarker: string;
  trackingBody: string | undefined;
  /** CrustyClaw's login: only its own comments count. */
  self: string;
  now: string;
}

/** The claim won (delete it once the tracking comment is written), or why another route job has this step. */
export async function claimStep(forge: Forge, o: ClaimRequest): Promise<{ id: number } | string> {
  const marker = `<!-- crustyclaw:claim ${o.blueprint} ${o.key} -->`;
  const mine = await forge.createComment(o.issue, `${marker}\nCrustyClaw is starting the ${o.blueprint} run; this note goes away in a moment.`);
  const self = o.self.toLowerCase();
  const own = (await forge.listComments(o.issue)).filter((c) => c.author.toLowerCase() === self);
  const fresh = (at: string) => Date.parse(o.now) - Date.parse(at) < CLAIM_MAX_AGE_MS;
  const rival = own.find((c) => c.id < mine.id && c.body.startsWith(marker) && fresh(c.createdAt));
  const tracking = own.find((c) => c.body.startsWith(o.trackingMarker));
  const why = rival
    ? `a route job of the same event, or of a duplicate of it, claimed this step first (comment ${rival.id}); it starts the work`
    : tracking?.body !== o.trackingBody
      ? "the run moved on while this event was being read (another route job started it); nothing more to do"
      : undefined;
  if (why === undefined) return { id: mine.id };
  await forge.deleteComment(mine.id);
  return why;
}

/** Start a new run by posting its tracking comment: it stands if it is the oldest of CrustyClaw's for `trackingMarker`, else it is deleted and the reason returned. */
export async function claimNewRun(forge: Forge, o: { issue: number; trackingMarker: string; body: string; self: string }): Promise<Comment | string> {
  const mine = await forge.createComment(o.issue, o.body);
  const self = o.self.toLowerCase();
  const first = (await forge.listComments(o.issue)).find((c) => c.author.toLowerCase() === self && c.body.startsWith(o.trackingMarker));
  if (!first || first.id === mine.id) return mine;
  await forge.deleteComment(mine.id);
  return `a route job of the same event, or of a duplicate of it, started this run first (comment ${first.id})`;
}
