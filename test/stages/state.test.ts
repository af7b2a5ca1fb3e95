import { describe, expect, it } from "vitest";
import { advance, newRunState, type RunEvent, type RunState } from "../../src/stages/state.js";
import { readState, renderTracking, trackingMarker } from "../../src/stages/tracking.js";

const T0 = "2026-01-01T00:00:00.000Z";
const T1 = "2026-01-01T00:10:00.000Z";
const start = () => newRunState("issue-to-pr", 12, "crustyclaw/issue-to-pr-12", ["plan", "implement", "checks"], T0);

function run(events: RunEvent[], budget = 2): RunState {
  return events.reduce((s, e) => advance(s, e, T1, budget), start());
}

describe("run state machine", () => {
  it("walks the happy path to merged", () => {
    const s = run([{ type: "planned", awaitApproval: true }, { type: "approved", by: "alice" }, { type: "pull-opened", pull: 13 }, { type: "review-approved" }, { type: "merged" }]);
    expect(s).toMatchObject({ status: "merged", pull: 13 });
  });

  it("is idempotent: the same event twice changes nothing the second time", () => {
    const once = run([{ type: "planned", awaitApproval: true }, { type: "approved", by: "alice" }]);
    expect(advance(once, { type: "approved", by: "alice" }, "2030-01-01T00:00:00.000Z", 2)).toBe(once);
    const pr = advance(once, { type: "pull-opened", pull: 13 }, T1, 2);
    expect(advance(pr, { type: "pull-opened", pull: 13 }, "2030-01-01T00:00:00.000Z", 2)).toBe(pr);
  });

  it("iterates on review feedback within the CI-round budget, then escalates", () => {
    const s = run([{ type: "pull-opened", pull: 13 }, { type: "changes-requested" }, { type: "pull-opened", pull: 13 }, { type: "ci-failed" }, { type: "pull-opened", pull: 13 }, { type: "ci-failed" }], 2);
    expect(s.status).toBe("escalated");
    expect(s.ciRounds).toBe(2);
    expect(s.escalation).toMatch(/CI-round budget \(2\)/);
  });

  it("ignores events after the run is merged or closed", () => {
    const s = run([{ type: "pull-opened", pull: 13 }, { type: "closed" }]);
    expect(advance(s, { type: "approved", by: "alice" }, T1, 2)).toBe(s);
    expect(advance(s, { type: "escalate", reason: "x", cause: "gate" }, T1, 2)).toBe(s);
  });

  it("does not execute before approval", () => {
    const s = run([{ type: "planned", awaitApproval: true }, { type: "review-approved" }]);
    expect(s.status).toBe("awaiting-approval");
  });
});

describe("tracking comment", () => {
  it("round-trips the state through the rendered comment", () => {
    const s = run([{ type: "pull-opened", pull: 13 }]);
    const body = renderTracking(s, { now: T1, repoUrl: "https://forge.example/o/r" });
    expect(body.startsWith(trackingMarker("issue-to-pr"))).toBe(true);
    expect(readState(body)).toEqual(s);
    expect(body).toContain("pull request [#13](https://forge.example/o/r/pull/13)");
    expect(body).toContain("10 min elapsed");
  });

  it("keeps hostile text inside the state block and out of the markup", () => {
    const reason = "--> <script>alert(1)</script> ${{ secrets.X }} [link](javascript:x) <!-- crustyclaw:state {} -->";
    const s = advance(start(), { type: "escalate", reason, cause: "gate" }, T1, 2);
    const body = renderTracking(s, { now: T1 });
    expect(readState(body)).toEqual(s);
    // Only our own two HTML comments exist: the marker and the state block.
    expect(body.match(/<!--/g)).toHaveLength(2);
    expect(body.match(/-->/g)).toHaveLength(2);
    expect(body).not.toContain("<script>");
    expect(body).toContain("Escalated: --\\> \\<script\\>");
  });

  it("rejects a state block that is not ours", () => {
    expect(readState("<!-- crustyclaw:state {\"version\":2} -->")).toBeUndefined();
    expect(readState("<!-- crustyclaw:state not json -->")).toBeUndefined();
    expect(readState("no state")).toBeUndefined();
  });
});

describe("feedback rounds", () => {
  it("returns a round that changed nothing to review, and keeps what rounds were given through the comment", () => {
    const round = run([{ type: "pull-opened", pull: 13 }, { type: "changes-requested" }]);
    expect(round.status).toBe("executing");
    const back = advance(round, { type: "no-changes" }, T1, 2);
    expect(back).toMatchObject({ status: "in-review", ciRounds: 1 });
    // Only a running round with a pull request goes back to waiting for review.
    expect(advance(back, { type: "no-changes" }, T1, 2)).toBe(back);
    expect(advance(run([{ type: "executing" }]), { type: "no-changes" }, T1, 2).status).toBe("executing");

    const seen = { ...back, feedbackSeen: { review: 41, comment: 7 } };
    expect(readState(renderTracking(seen, { now: T1 }))).toEqual(seen);
    const body = renderTracking(seen, { now: T1 }).replace('"review":41', '"review":"41"');
    expect(readState(body)).toBeUndefined();
  });
});
