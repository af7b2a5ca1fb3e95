import { describe, expect, it } from "vitest";
import type { Triggers } from "../../src/blueprint/types.js";
import type { Trigger } from "../../src/forge/types.js";
import { assignmentRefusal, commandFor } from "../../src/stages/addressed.js";

const TRIGGERS: Triggers = { command: "/claw", mention: "crustyclaw", assignee: "crustyclaw" };

describe("commandFor", () => {
  it.each([
    ["/claw", "/claw"],
    ["/claw please", "/claw"],
    ["/approve 1a2b3c4d5e6f", "/approve"],
    ["/reject not now", "/reject"],
    ["hey @crustyclaw, take it", "@crustyclaw"],
    ["/claw-review @crustyclaw", "@crustyclaw"],
    ["/approve and @crustyclaw", "/approve"],
  ])("%j is %j", (body, command) => {
    expect(commandFor(body, TRIGGERS)).toBe(command);
  });

  it.each(["/claw-review", "hello", "ask @crustyclaw-bot", "`@crustyclaw`", "> @crustyclaw"])("%j is no command", (body) => {
    expect(commandFor(body, TRIGGERS)).toBeUndefined();
  });

  it("a mention is no command for a blueprint without a mention trigger", () => {
    expect(commandFor("@crustyclaw do it", { command: "/claw" })).toBeUndefined();
  });
});

describe("assignmentRefusal", () => {
  const assigned = (assignees: string[] | undefined, action: "assigned" | "opened" = "assigned"): Trigger => ({
    forge: "github",
    repo: { owner: "acme", repo: "app" },
    actor: { login: "alice" },
    kind: "issue",
    action,
    issue: { number: 7, title: "t", body: "", labels: [] },
    ...(assignees ? { assignees } : {}),
  });

  it("accepts an assignment to the assignee, in any case", () => {
    expect(assignmentRefusal(assigned(["CrustyClaw"]), TRIGGERS)).toBeUndefined();
    expect(assignmentRefusal(assigned(["alice", "crustyclaw"]), TRIGGERS)).toBeUndefined();
  });

  it("refuses an assignment to anyone else, or on a blueprint without the trigger", () => {
    expect(assignmentRefusal(assigned(["alice"]), TRIGGERS)).toBe("#7 was not assigned to crustyclaw");
    expect(assignmentRefusal(assigned(["crustyclaw-bot"]), TRIGGERS)).toBe("#7 was not assigned to crustyclaw");
    expect(assignmentRefusal(assigned([]), TRIGGERS)).toBe("#7 was not assigned to crustyclaw");
    expect(assignmentRefusal(assigned(["crustyclaw"]), { command: "/claw" })).toMatch(/no assignee trigger/);
  });

  it("has nothing to say about other events", () => {
    expect(assignmentRefusal(assigned(undefined, "opened"), TRIGGERS)).toBeUndefined();
  });
});
