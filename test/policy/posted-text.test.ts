import { describe, expect, it } from "vitest";
import { inert, inertCode } from "../../src/policy/posted-text.js";

const ZW = "\u200B";
/** What a reader sees: Markdown escapes resolved, the zero-width breaks invisible. */
const seen = (md: string) => md.replace(/\\([!-/:-@[-`{-~])/g, "$1").replaceAll(ZW, "");

describe("inert: text from outside, made safe to post", () => {
  it("breaks mentions, team mentions and e-mail autolinks without changing what is seen", () => {
    const out = inert("ping @alice and @acme/security, mail root@example.com");
    expect(out).not.toMatch(/@[A-Za-z0-9]/);
    expect(out).toContain(`@${ZW}alice`);
    expect(out).toContain(`@${ZW}acme/security`);
    expect(seen(out)).toBe("ping @alice and @acme/security, mail root@example.com");
  });

  it("breaks bare links and issue references", () => {
    const out = inert("see https://evil.example/x, www.evil.example, #12, GH-3, !4 and acme/other#5");
    expect(out).not.toMatch(/:\/\/|www\.|#\d|!\d|GH-\d/i);
    expect(seen(out)).toBe("see https://evil.example/x, www.evil.example, #12, GH-3, !4 and acme/other#5");
  });

  it("escapes Markdown and HTML, and folds lines, so nothing renders or opens a comment", () => {
    const out = inert("a `code` | cell\n<!-- hidden -->\r\n[x](javascript:y) ![i](u) **b** $x$ &#64;bob -->");
    expect(out).not.toContain("\n");
    expect(out).not.toMatch(/(^|[^\\])[`|<>[\]()*$&]/);
    expect(seen(out)).toBe("a `code` | cell <!-- hidden --> [x](javascript:y) ![i](u) **b** $x$ &#64;bob -->");
  });

  it("drops invisible and bidi characters, so only its own breaks remain", () => {
    const out = inert(`@\u200Balice \u202Eevil\u202C tag\u{E0041}`);
    expect(out).toBe(`@${ZW}alice evil tag`);
  });

  it("redacts secrets", () => {
    expect(inert(`token ghp_${"a".repeat(36)}`)).toBe("token \\*\\*\\*");
  });
});

describe("inertCode", () => {
  it("keeps plain identifiers as code and turns anything else into inert text", () => {
    expect(inertCode("implement")).toBe("`implement`");
    expect(inertCode("crustyclaw/issue-to-pr-3")).toBe("`crustyclaw/issue-to-pr-3`");
    expect(inertCode("x` @team | <!--")).toBe(`x\\\` @${ZW}team \\| \\<\\!--`);
  });
});
