import { describe, expect, it } from "vitest";
import type { Comment, Forge } from "../../src/forge/forge.js";
import { claimNewRun, claimStep, type ClaimRequest } from "../../src/stages/claim.js";

/** Comments of one issue, as a forge keeps them: ids grow with creation. */
function issueComments(initial: Array<Partial<Comment>> = []) {
  let next = 100;
  const list: Comment[] = initial.map((c) => ({ id: next++, body: "", author: "bot", url: "", createdAt: NOW, updatedAt: NOW, ...c }));
  const forge = {
    createComment: async (_: number, body: string) => {
      const c = { id: next++, body, author: "bot", url: "", createdAt: NOW, updatedAt: NOW };
      list.push(c);
      return c;
    },
    listComments: async () => [...list],
    deleteComment: async (id: number) => void list.splice(list.findIndex((c) => c.id === id), 1),
  } as unknown as Forge;
  return { forge, list };
}

const NOW = "2026-12-01T12:00:00Z";
const req = (o: Partial<ClaimRequest> = {}): ClaimRequest => ({ issue: 1, blueprint: "issue-to-pr", key: "new", trackingMarker: "<!-- crustyclaw:tracking", trackingBody: undefined, self: "BOT", now: NOW, ...o });

describe("claimStep", () => {
  it("lets the oldest claim for a state win, and the others take theirs back", async () => {
    const { forge, list } = issueComments();
    const [a, b] = await Promise.all([claimStep(forge, req()), claimStep(forge, req())]);
    expect([typeof a, typeof b].sort()).toEqual(["object", "string"]);
    expect(list).toHaveLength(1);
    expect([a, b].find((x) => typeof x === "string")).toMatch(/claimed this step first \(comment \d+\)/);
  });

  it("loses once the run moved on, and ignores a crashed job's old claim", async () => {
    const moved = issueComments([{ body: "<!-- crustyclaw:tracking issue-to-pr -->\nnow executing" }]);
    expect(await claimStep(moved.forge, req())).toMatch(/the run moved on/);
    expect(moved.list).toHaveLength(1);
    const old = issueComments([{ body: "<!-- crustyclaw:claim issue-to-pr new -->", createdAt: "2026-12-01T11:40:00Z" }, { body: "<!-- crustyclaw:claim issue-to-pr new -->", author: "mallory" }]);
    expect(await claimStep(old.forge, req())).toMatchObject({ id: 102 });
  });

  it("keys on the state read: a claim for another state is no rival", async () => {
    const { forge } = issueComments([{ body: "<!-- crustyclaw:claim issue-to-pr 2026-12-01T11:59:00Z -->" }]);
    expect(await claimStep(forge, req({ key: "2026-12-01T11:59:30Z" }))).toMatchObject({ id: 101 });
  });
});

describe("claimNewRun", () => {
  const opts = { issue: 1, trackingMarker: "<!-- crustyclaw:tracking issue-to-pr", body: "<!-- crustyclaw:tracking issue-to-pr -->\nplanning", self: "bot" };

  it("keeps the oldest of concurrent tracking comments; the others are deleted", async () => {
    const { forge, list } = issueComments();
    const results = await Promise.all(Array.from({ length: 5 }, () => claimNewRun(forge, opts)));
    expect(results.filter((r) => typeof r === "object")).toHaveLength(1);
    expect(list.map((c) => c.id)).toEqual([100]);
    expect(results.filter((r) => typeof r === "string")[0]).toMatch(/started this run first \(comment 100\)/);
  });

  it("does not yield to someone else's comment that only looks like a tracking comment", async () => {
    const { forge, list } = issueComments([{ body: "<!-- crustyclaw:tracking issue-to-pr -->\nforged", author: "mallory" }]);
    expect(await claimNewRun(forge, opts)).toMatchObject({ id: 101 });
    expect(list).toHaveLength(2);
  });
});
