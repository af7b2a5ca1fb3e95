import { describe, expect, it } from "vitest";
import { wildcard } from "../../src/policy/wildcard.js";

describe("policy wildcards", () => {
  it("names: `*` is any run of characters, `/` included; letters compared as asked", () => {
    expect(wildcard("issue-*")("issue-to-pr")).toBe(true);
    expect(wildcard("issue-*")("review-pr")).toBe(false);
    expect(wildcard("github/*")("github/create_issue")).toBe(true);
    expect(wildcard("*")("")).toBe(true);
    expect(wildcard("Alice", { caseless: true })("alice")).toBe(true);
    expect(wildcard("Alice")("alice")).toBe(false);
    expect(wildcard("a*b*c")("a-x-b-y-c")).toBe(true);
    expect(wildcard("a*b*c")("a-x-c-y-b")).toBe(false);
  });

  it("paths: `*` stays within a directory, `**` crosses them", () => {
    const m = (p: string, f: string) => wildcard(p, { path: true })(f);
    expect(m("*.pem", "key.pem")).toBe(true);
    expect(m("*.pem", "certs/key.pem")).toBe(false);
    expect(m("**/*.pem", "certs/key.pem")).toBe(true);
    expect(m("secrets/**", "secrets/a/b/c.txt")).toBe(true);
    expect(m("secrets/**", "src/secrets/c.txt")).toBe(false);
    expect(m("src/*/index.ts", "src/a/index.ts")).toBe(true);
    expect(m("src/*/index.ts", "src/a/b/index.ts")).toBe(false);
  });

  it("stays fast on inputs built to make a backtracking matcher slow", () => {
    const pattern = `${"*a".repeat(20)}*b`;
    const text = "a".repeat(4000);
    // A backtracking matcher would not finish here (the test would time out); the table is done in milliseconds.
    expect(wildcard(pattern, { path: true })(text)).toBe(false);
    expect(wildcard(pattern)(text)).toBe(false);
  });
});
