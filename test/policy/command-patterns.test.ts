/**
 * The allow-list grammar of run_command (issue "The agent's code is hostile", item 2):
 * entries describe whole commands. The tool-level cases, through run_command itself,
 * are in test/agent/tools/run-command.test.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/policy/command-line.js";
import { commandAllowed, parseCommandPattern, patternMatches } from "../../src/policy/command-patterns.js";
import { packageRun } from "../../src/policy/package-runners.js";

function allowed(command: string, entry: string): boolean {
  const parsed = parseCommand(command);
  if ("error" in parsed) throw new Error(parsed.error);
  return commandAllowed(parsed.argv, entry);
}

describe("an entry matches whole commands", () => {
  it.each([
    // Plain words: exactly these arguments, nothing more.
    ["npm test", "npm test", true],
    ["npm test -- -t parser", "npm test", false],
    ["npm test --prefix /tmp", "npm test", false],
    ["npm test '--node-options=--import=data:text/javascript,x'", "npm test", false],
    ["npm testx", "npm test", false],
    ["npm", "npm test", false],
    ["npm test", "npm", false],
    ["/usr/bin/npm test", "npm test", false],
    ["./npm test", "npm test", false],
    ["npx tsc --noEmit", "npx tsc --noEmit", true],
    ["npx tsc --noEmit --watch", "npx tsc --noEmit", false],
    // `*` alone: one argument that is not an option.
    ["npm run build", "npm run *", true],
    ["npm run", "npm run *", false],
    ["npm run build lint", "npm run *", false],
    ["npm run --prefix=/tmp", "npm run *", false],
    ["npm run -- build", "npm run *", false],
    ["npm run ''", "npm run *", true],
    ["npx tsc --noEmit -p tsconfig.build.json", "npx tsc --noEmit -p *", true],
    ["npx tsc --noEmit -p --watch", "npx tsc --noEmit -p *", false],
    // `*` inside a word: characters within one argument; a leading - only where the word has one.
    ["ls src/a.ts", "ls src/*.ts", true],
    ["ls src/a/b.ts", "ls src/*.ts", true],
    ["ls src/a.js", "ls src/*.ts", false],
    ["ls src/a.ts src/b.ts", "ls src/*.ts", false],
    ["ls -rf.ts", "ls *.ts", false],
    ["ls a.ts", "ls *.ts", true],
    ["ls .ts", "ls *.ts", true],
    ["npx vitest run --reporter=dot", "npx vitest run --reporter=*", true],
    ["npx vitest run --reporter=dot --coverage", "npx vitest run --reporter=*", false],
    ["npx vitest run --reporterx", "npx vitest run --reporter=*", false],
    ["git log -n5", "git log -n*", true],
    ["cat a-b-c", "cat a*b*c", true],
    ["cat abc", "cat a*b*c", true],
    ["cat ab", "cat a*b*c", false],
    ["cat aba", "cat a*ba*a", false],
    ["cat abaa", "cat a*ba*a", true],
    // A final `**`: any number of further arguments, none an option.
    ["npx vitest run", "npx vitest run **", true],
    ["npx vitest run a.test.ts b.test.ts", "npx vitest run **", true],
    ["npx vitest run a.test.ts --coverage", "npx vitest run **", false],
    ["npx vitest run --config=evil.ts", "npx vitest run **", false],
    ["npx vitest run -t flaky a.test.ts", "npx vitest run -t * **", true],
    ["npx vitest run -t --bail a.test.ts", "npx vitest run -t * **", false],
    ["npm test -- a.test.ts", "npm test -- **", true],
    ["npm test -- --node-options=x", "npm test -- **", false],
    ["npm test a.test.ts", "npm test -- **", false],
    ["go test ./...", "go test **", true],
    ["go test -exec evil ./...", "go test **", false],
    ["go test -run TestFlaky ./pkg", "go test -run * **", true],
    // Quoted stars are ordinary characters.
    ["echo *", "echo '*'", true],
    ["echo x", "echo '*'", false],
    ["echo x", "echo \\*", false],
    ["echo **", "echo '**'", true],
    ["echo a b", "echo '**'", false],
    // An explicit option pattern is the only way to allow options.
    ["npm test --silent", "npm test -*", true],
    ["npm test silent", "npm test -*", false],
    // Entries that are not simple commands match nothing.
    ["npm test", "npm test && npm run lint", false],
  ])("%s with entry %s: %s", (command, entry, expected) => {
    expect(allowed(command, entry)).toBe(expected);
  });
});

describe("entries that cannot mean what they say are errors, with where", () => {
  it.each([
    ["npm test; curl x", 8, "is not a single command: `;` separates commands"],
    ["npm test 'open", 9, "a single quote is not closed"],
    ["* test", 0, "names its program with `*`"],
    ["np* test", 0, "names its program with `*`"],
    ["FOO=1 npm test", 0, "environment assignment 'FOO=1'"],
    ["npm ** x", 4, "has `**` before its last word"],
    ["npx vitest run src/**/*.ts", 15, "has `**` inside the word 'src/**/*.ts'"],
    ["ls ***", 3, "has `**` inside the word '***'"],
    ["npx -y cowsay", 4, "options of `npx` (here '-y') are not supported"],
    ["npx --package=x y", 4, "options of `npx`"],
    ["npm exec -c 'curl x'", 9, "options of `npm exec`"],
    ["npx @acme/tool", 4, "'@acme/tool' is a package specification"],
    ["npx tsc@5 --noEmit", 4, "'tsc@5' is a package specification"],
    ["npx ./bin/x", 4, "is a package specification"],
    ["pnpm dlx cowsay", 9, "`pnpm dlx` downloads a package"],
    ["yarn dlx *", 9, "`yarn dlx` downloads"],
    ["pnpx cowsay", 5, "`pnpx` downloads"],
    ["npm init vite", 9, "`npm init` downloads"],
    ["npm create *", 11, "`npm create` downloads"],
  ])("%s", (entry, offset, message) => {
    const parsed = parseCommandPattern(entry);
    expect(parsed).toMatchObject({ offset, error: expect.stringContaining(message) });
  });

  it.each(["npm test", "npm init -y", "npx tsc --noEmit", "npx *", "npm exec -- tsc", "pnpm exec vitest run **", "echo '**' \\*", "go test ./..."])("%s is fine", (entry) => {
    expect(parseCommandPattern(entry)).toHaveProperty("pattern");
  });
});

describe("matching takes linear time, whatever the entry or the command", () => {
  it("a many-star entry against a long argument that almost matches", () => {
    const parsed = parseCommandPattern(`cat ${"*a".repeat(90)}*b`);
    if (!("pattern" in parsed)) throw new Error(parsed.error);
    const started = performance.now();
    // A backtracking glob (or a regex built from the entry) takes time exponential in the stars here.
    expect(patternMatches(parsed.pattern, ["cat", "a".repeat(200_000)])).toBe(false);
    expect(patternMatches(parsed.pattern, ["cat", `${"a".repeat(200_000)}b`])).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("a long command against many entries", () => {
    const argv = ["npx", "vitest", "run", ...Array.from({ length: 50_000 }, (_, i) => `t${i}.test.ts`), "--coverage"];
    const started = performance.now();
    expect(commandAllowed(argv, "npx vitest run **")).toBe(false);
    expect(commandAllowed(argv.slice(0, -1), "npx vitest run **")).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("package runners run installed binaries only", () => {
  it.each([
    [["npx", "tsc", "--noEmit"], { kind: "bin", runner: "npx", bin: "tsc", args: ["--noEmit"] }],
    [["/usr/local/bin/npx", "tsc"], { kind: "bin", runner: "npx", bin: "tsc", args: [] }],
    [["npx", "--", "tsc", "-p", "x"], { kind: "bin", runner: "npx", bin: "tsc", args: ["-p", "x"] }],
    [["npm", "exec", "--", "vitest", "run"], { kind: "bin", runner: "npm exec", bin: "vitest", args: ["run"] }],
    [["npm", "x", "eslint", "."], { kind: "bin", runner: "npm x", bin: "eslint", args: ["."] }],
    [["pnpm", "exec", "jest"], { kind: "bin", runner: "pnpm exec", bin: "jest", args: [] }],
    [["bunx", "tsc"], { kind: "bin", runner: "bunx", bin: "tsc", args: [] }],
    [["bun", "x", "tsc"], { kind: "bin", runner: "bun x", bin: "tsc", args: [] }],
  ])("%j", (argv, expected) => {
    expect(packageRun(argv)).toEqual(expected);
  });

  it.each([
    [["npx"], "needs the name of an installed binary"],
    [["npx", "--yes", "cowsay"], "options of `npx`"],
    [["npx", "github:evil/repo"], "is a package specification"],
    [["npx", ".."], "is a package specification"],
    [["pnpm", "dlx", "cowsay"], "`pnpm dlx` downloads"],
    [["npm", "init", "--yes", "vite"], "`npm init` downloads"],
    [["bun", "create", "x"], "`bun create` downloads"],
  ])("refuses %j", (argv, message) => {
    expect(packageRun(argv)).toMatchObject({ kind: "refused", reason: expect.stringContaining(message) });
  });

  it.each([["npm", "test"], ["npm", "init"], ["npm", "init", "-y"], ["pnpm", "install"], ["yarn", "test"], ["node", "npx"]])("leaves %j alone", (...argv) => {
    expect(packageRun(argv)).toBeUndefined();
  });
});

describe("docs/tools.md's table of entries says what the matcher does", () => {
  const docs = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "docs", "tools.md"), "utf8");
  const rows = docs
    .split("\n")
    .filter((l) => /^\| `[^`]+` \| `/.test(l))
    .map((l) => l.split(" | ").map((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)));
  it("has examples", () => expect(rows.length).toBeGreaterThanOrEqual(5));
  for (const [[entry = ""] = [], allows = [], refuses = []] of rows) {
    it(entry, () => {
      for (const c of allows) expect(allowed(c, entry), `${c} with ${entry}`).toBe(true);
      for (const c of refuses) expect(allowed(c, entry), `${c} with ${entry}`).toBe(false);
    });
  }
});
