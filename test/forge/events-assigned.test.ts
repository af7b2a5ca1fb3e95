import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isIgnored, normaliseEvent } from "../../src/forge/events.js";
import type { Trigger } from "../../src/forge/types.js";

/**
 * Issue assignments. GitHub: `issues.assigned` names the user assigned (`assignee`).
 * Forgejo: IssueChangeAssignee (services/actions/notifier.go) sends an IssuePayload with
 * action `assigned` under hook type `issue_assign` (the workflow sees `issues`), and the
 * issue as it is afterwards: no field says who was assigned.
 */
type Json = Record<string, unknown>;
const require = createRequire(import.meta.url);
const EXAMPLES = path.join(path.dirname(require.resolve("@octokit/webhooks-examples/package.json")), "api.github.com", "index.json");

function githubExample(action: string): Json {
  const defs = JSON.parse(readFileSync(EXAMPLES, "utf8")) as Array<{ name: string; examples: Json[] }>;
  return structuredClone(defs.find((d) => d.name === "issues")!.examples.find((e) => e.action === action)!);
}

function forgejoAssigned(assignees: Array<{ login: string }> | null): Json {
  const p = JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "fixtures", "forgejo-events", "issues-opened.json"), "utf8")) as Json;
  (p.issue as Json).assignees = assignees && assignees.map((a) => ({ id: 7, login: a.login, full_name: "", email: "" }));
  return { ...p, action: "assigned" };
}

function issueTrigger(t: ReturnType<typeof normaliseEvent>): Extract<Trigger, { kind: "issue" }> {
  if (isIgnored(t) || t.kind !== "issue") throw new Error(`expected an issue trigger, got ${JSON.stringify(t)}`);
  return t;
}

describe("issue assignments", () => {
  it("GitHub: `assigned` names the one user assigned, whoever else is", () => {
    const payload = githubExample("assigned");
    const t = issueTrigger(normaliseEvent("github", "issues", payload));
    expect(t.action).toBe("assigned");
    expect(t.assignees).toEqual([(payload.assignee as Json).login]);
  });

  it("GitHub: `unassigned` is another action, with no assignees", () => {
    const t = issueTrigger(normaliseEvent("github", "issues", githubExample("unassigned")));
    expect(t.action).toBe("other");
    expect(t.assignees).toBeUndefined();
  });

  it.each(["issues", "issue_assign"])("Forgejo (%s): every assignee of the issue, since the payload does not say who", (event) => {
    const t = issueTrigger(normaliseEvent("forgejo", event, forgejoAssigned([{ login: "alice" }, { login: "crustyclaw" }])));
    expect(t.action).toBe("assigned");
    expect(t.assignees).toEqual(["alice", "crustyclaw"]);
  });

  it("Forgejo: null assignees read as none", () => {
    expect(issueTrigger(normaliseEvent("forgejo", "issues", forgejoAssigned(null))).assignees).toEqual([]);
  });

  it("other issue actions carry no assignees", () => {
    expect(issueTrigger(normaliseEvent("github", "issues", githubExample("opened"))).assignees).toBeUndefined();
  });
});
