import { afterEach, describe, expect, it } from "vitest";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { client, expectNoViolations } from "./helpers.js";

/**
 * Assigning issues, as each forge does it: GitHub adds and removes assignees by name
 * (POST/DELETE …/assignees, or PATCH the issue), Forgejo edits the issue's `assignees`.
 * Both emit `assigned`/`unassigned` per user; GitHub's payload names the user.
 */
let forge: LocalForge | undefined;
afterEach(async () => {
  if (forge) expectNoViolations(forge);
  await forge?.close();
  forge = undefined;
});

async function world(flavour: "github" | "forgejo") {
  forge = await startLocalForge({ flavour });
  forge.addUser({ login: "crustyclaw" });
  forge.addUser({ login: "stranger" });
  await forge.addRepo({ owner: "acme", name: "app", collaborators: { alice: "write", crustyclaw: "write", reader: "read" } });
  const as = (login: string) => client(forge!, forge!.token(login));
  const n = (await as("acme")("POST", "/repos/acme/app/issues", { title: "t", body: "b" })).body.number as number;
  forge.events.list.length = 0;
  return { forge, n, alice: as("alice"), reader: as("reader") };
}

const logins = (issue: { assignees: Array<{ login: string }> | null }) => (issue.assignees ?? []).map((a) => a.login);

describe("assignees", () => {
  it("GitHub: POST …/assignees adds, names the user in `issues.assigned`; DELETE removes", async () => {
    const w = await world("github");
    const added = await w.alice("POST", `/repos/acme/app/issues/${w.n}/assignees`, { assignees: ["crustyclaw", "stranger"] });
    expect(added.status).toBe(201);
    // Users without access to the repository are dropped silently.
    expect(logins(added.body)).toEqual(["crustyclaw"]);
    expect(added.body.assignee.login).toBe("crustyclaw");
    const removed = await w.alice("DELETE", `/repos/acme/app/issues/${w.n}/assignees`, { assignees: ["crustyclaw"] });
    expect(logins(removed.body)).toEqual([]);
    expect(w.forge.events.list.map((e) => [e.type, e.action, (e.payload as { assignee?: { login: string } }).assignee?.login])).toEqual([
      ["issues", "assigned", "crustyclaw"],
      ["issues", "unassigned", "crustyclaw"],
    ]);
    // The webhook's shape (@octokit/webhooks-examples issues.assigned), bar organisation and app context.
    expect(Object.keys(w.forge.events.list[0]!.payload).sort()).toEqual(["action", "assignee", "issue", "repository", "sender"]);
  });

  it("GitHub: without push access the assignees are ignored, and nothing is emitted", async () => {
    const w = await world("github");
    const answer = await w.reader("POST", `/repos/acme/app/issues/${w.n}/assignees`, { assignees: ["crustyclaw"] });
    expect(answer.status).toBe(201);
    expect(logins(answer.body)).toEqual([]);
    expect(w.forge.events.list).toEqual([]);
  });

  it("Forgejo: PATCH the issue's assignees emits issue_assign with the issue as it is afterwards; no …/assignees route", async () => {
    const w = await world("forgejo");
    const edited = await w.alice("PATCH", `/repos/acme/app/issues/${w.n}`, { assignees: ["crustyclaw"] });
    expect(edited.status).toBe(201);
    expect(logins(edited.body)).toEqual(["crustyclaw"]);
    const [event, ...more] = w.forge.events.list;
    expect(more).toEqual([]);
    expect([event!.type, event!.action]).toEqual(["issue_assign", "assigned"]);
    expect(event!.payload).not.toHaveProperty("assignee");
    expect(logins((event!.payload as { issue: { assignees: Array<{ login: string }> } }).issue)).toEqual(["crustyclaw"]);
    // None assigned: Forgejo writes null.
    const cleared = await w.alice("PATCH", `/repos/acme/app/issues/${w.n}`, { assignees: [] });
    expect(cleared.body.assignees).toBeNull();
    expect(w.forge.events.list.at(-1)!.action).toBe("unassigned");
    expect((await w.alice("POST", `/repos/acme/app/issues/${w.n}/assignees`, { assignees: ["crustyclaw"] })).status).toBe(404);
  });

  it("both: assigning someone unknown is refused", async () => {
    for (const flavour of ["github", "forgejo"] as const) {
      const w = await world(flavour);
      expect((await w.alice("PATCH", `/repos/acme/app/issues/${w.n}`, { assignees: ["nobody"] })).status).toBe(422);
      expectNoViolations(forge!);
      await forge!.close();
      forge = undefined;
    }
  });
});
