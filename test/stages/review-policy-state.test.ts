import { describe, expect, it } from "vitest";
import { advance, newRunState, type RunState } from "../../src/stages/state.js";
import { readState, renderTracking } from "../../src/stages/tracking.js";

/** The states review policies add (issue 10, item 3): waiting for `/approve` between stages, and an automatic merge. */
const NOW = "2024-05-01T12:00:00Z";
const LATER = "2024-05-01T13:00:00Z";
const base = (patch: Partial<RunState> = {}): RunState => ({ ...newRunState("issue-to-pr", 7, "crustyclaw/issue-to-pr-7", ["plan", "implement", "checks"], NOW), ...patch });

describe("review policy states", () => {
  it("a stage that pushed waits for /approve, naming the next; approval clears it", () => {
    const executing = base({ status: "executing", segment: "execute" });
    const waiting = advance(executing, { type: "await-approval", next: "review" }, LATER, 2);
    expect(waiting).toMatchObject({ status: "awaiting-approval", awaiting: "review", updatedAt: LATER });
    expect(advance(waiting, { type: "await-approval", next: "review" }, LATER, 2)).toBe(waiting);
    const approved = advance(waiting, { type: "approved", by: "alice" }, LATER, 2);
    expect(approved.status).toBe("executing");
    expect("awaiting" in approved).toBe(false);
    // Only a run at work can start to wait.
    expect(advance(base({ status: "in-review" }), { type: "await-approval", next: "review" }, LATER, 2).status).toBe("in-review");
  });

  it("a plan waiting for approval names the stage /approve starts", () => {
    expect(advance(base(), { type: "planned", awaitApproval: true, next: "execute" }, LATER, 2)).toMatchObject({ status: "awaiting-approval", awaiting: "execute" });
    expect("awaiting" in advance(base(), { type: "planned", awaitApproval: false, next: "execute" }, LATER, 2)).toBe(false);
  });

  it("auto: an open pull request waits for its checks, then the forge's merge is recorded", () => {
    const open = advance(base({ status: "executing" }), { type: "pull-opened", pull: 9 }, LATER, 2);
    const auto = advance(open, { type: "auto-merge", method: "squash" }, LATER, 2);
    expect(auto).toMatchObject({ status: "awaiting-merge", autoMerge: "squash", pull: 9 });
    expect(advance(auto, { type: "merged" }, LATER, 2).status).toBe("merged");
    expect(advance(base({ status: "escalated" }), { type: "auto-merge", method: "merge" }, LATER, 2).status).toBe("escalated");
  });

  it("the tracking comment says what waits and for what, and reads back what it wrote", () => {
    const waiting = base({ status: "awaiting-approval", segment: "execute", awaiting: "review" });
    const body = renderTracking(waiting, { now: LATER });
    expect(body).toContain("The `execute` stage's work is on the branch below; `/approve` starts the `review` stage.");
    expect(readState(body)).toEqual(waiting);
    const auto = base({ status: "awaiting-merge", pull: 9, autoMerge: "merge" });
    const autoBody = renderTracking(auto, { now: LATER });
    expect(autoBody).toContain("**Waiting for checks, then merge**");
    expect(autoBody).toContain("the forge merges the pull request (`merge`) once its checks pass");
    expect(readState(autoBody)).toEqual(auto);
  });

  it("refuses a state whose new fields are off", () => {
    const line = (patch: Record<string, unknown>) => `<!-- crustyclaw:state ${JSON.stringify({ ...base(), ...patch })} -->`;
    expect(readState(line({ awaiting: "deploy" }))).toBeUndefined();
    expect(readState(line({ autoMerge: "rebase" }))).toBeUndefined();
    expect(readState(line({ awaiting: "review", autoMerge: "squash" }))).toMatchObject({ awaiting: "review", autoMerge: "squash" });
  });
});
