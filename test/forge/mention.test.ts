import { describe, expect, it } from "vitest";
import { mentions } from "../../src/forge/mention.js";

describe("mentions", () => {
  it.each([
    "@crustyclaw",
    "@crustyclaw please fix this",
    "Could you take this, @CrustyClaw?",
    "thanks @crustyclaw.",
    "(cc @crustyclaw)",
    "**@crustyclaw** do it",
    "first line\n@crustyclaw, second",
    "see `code` then @crustyclaw",
    "```\nblock\n```\n@crustyclaw after the block",
  ])("counts %j", (body) => {
    expect(mentions(body, "crustyclaw")).toBe(true);
  });

  it.each([
    ["a longer login", "@crustyclaw-bot do it"],
    ["a login with an underscore", "@crustyclaw_x"],
    ["a Forgejo login with a dot", "@crustyclaw.bot"],
    ["a GitHub App bot", "@crustyclaw[bot]"],
    ["a team", "@crustyclaw/reviewers"],
    ["an e-mail address", "mail me@crustyclaw.dev"],
    ["an address ending in the handle", "x@crustyclaw"],
    ["an escaped mention", "\\@crustyclaw"],
    ["a path", "https://example.com/@crustyclaw"],
    ["inline code", "type `@crustyclaw` to start"],
    ["double-backtick code", "type ``a ` @crustyclaw`` here"],
    ["an unclosed code span", "type `@crustyclaw to start"],
    ["a fenced block", "```\n@crustyclaw\n```"],
    ["a tilde fence", "~~~md\n@crustyclaw\n~~~"],
    ["an unclosed fence", "```\n@crustyclaw"],
    ["a quoted line", "> @crustyclaw do it\nI agree"],
    ["an HTML comment", "<!-- @crustyclaw -->"],
    ["an unclosed HTML comment", "<!-- @crustyclaw"],
    ["another login", "@crusty"],
    ["no mention", "crustyclaw"],
  ])("ignores %s", (_, body) => {
    expect(mentions(body, "crustyclaw")).toBe(false);
  });

  it("a mention after a non-mention still counts", () => {
    expect(mentions("@crustyclaw-bot no, @crustyclaw yes", "crustyclaw")).toBe(true);
  });

  it("takes linear time on hostile text", () => {
    const body = `${"`".repeat(50_000)}${"@crustyclaw-".repeat(20_000)}${"<!--".repeat(20_000)}`;
    const started = Date.now();
    expect(mentions(body, "crustyclaw")).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
