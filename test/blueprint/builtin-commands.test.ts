/**
 * The built-in blueprints' `agent.commands` under the whole-command grammar (issue
 * "The agent's code is hostile", item 2): the commands their instructions ask for
 * still run, and the options that would run other code do not.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/policy/command-line.js";
import { commandAllowed } from "../../src/policy/command-patterns.js";
import { mustLoad, ROOT } from "../helpers/blueprints.js";

function commandsOf(name: string, node: string): string[] {
  const bp = mustLoad(readFileSync(path.join(ROOT, "blueprints", `${name}.yml`), "utf8"));
  const n = bp.nodes.find((x) => x.id === node);
  if (n?.kind !== "agent" || !n.agent) throw new Error(`${name} has no agent node ${node}`);
  return n.agent.commands;
}

function allowedBy(entries: string[], command: string): boolean {
  const parsed = parseCommand(command);
  if ("error" in parsed) throw new Error(parsed.error);
  return entries.some((e) => commandAllowed(parsed.argv, e));
}

const HOSTILE = [
  "npm test '--node-options=--import=data:text/javascript,x'",
  "npm test --prefix /tmp",
  "npm test -- --config=evil.js",
  "npm run test --node-options=x",
  "npx tsc --noEmit --generateTrace /tmp/x",
  "go test -exec ./evil ./...",
  "cargo test --config target.x.runner=evil",
  "pytest -p evil",
  "npx -y cowsay",
];

describe("built-in blueprints' allow-lists", () => {
  it.each([
    ["issue-to-pr", "implement", ["npm test", "npm test -- src/a.test.ts", "npm run lint", "npx tsc --noEmit", "make test", "pytest tests/test_a.py", "go test ./...", "cargo test parser"]],
    ["implement-from-spec", "implement", ["npm test", "npm run build", "npx tsc --noEmit", "pytest", "go test ./pkg/..."]],
    [
      "fix-flaky-test",
      "reproduce",
      [
        "npm test",
        "npm test -- src/clock.test.ts",
        "npx vitest run src/clock.test.ts",
        "npx vitest run -t 'ticks once' src/clock.test.ts",
        "npx jest -t 'ticks once' clock",
        "pytest --count=50 tests/test_clock.py::test_tick",
        "python -m pytest -k tick tests",
        "go test -run '^TestTick$' -count=50 ./clock",
        "go test -count=50 ./clock",
        "cargo test tick",
      ],
    ],
    ["fix-failing-ci", "fix", ["npm ci", "npm test", "npm run lint", "npx tsc --noEmit", "npx eslint --fix src", "make lint test", "ruff check --fix .", "go vet ./...", "cargo clippy --all-targets -- -D warnings"]],
    ["dependency-upgrade", "upgrade", ["npm outdated", "npm outdated --long", "npm install lodash@4.17.21", "npm install --save-exact left-pad@1.3.0", "npm update", "npm ci", "npm test", "npx tsc --noEmit", "go get golang.org/x/net@latest", "go mod tidy", "cargo update -p serde --precise 1.0.200", "cargo test"]],
  ])("%s's %s node runs what it needs and refuses hostile options", (name, node, needed) => {
    const entries = commandsOf(name, node);
    for (const c of needed) expect(allowedBy(entries, c), c).toBe(true);
    for (const c of HOSTILE) expect(allowedBy(entries, c), c).toBe(false);
  });
});
