import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { captureIo } from "../helpers/io.js";

/**
 * `crustyclaw policy explain` through the CLI entry: one case per kind of rule, the rules
 * `authorize:` and the blueprint imply, first match wins, and facts that cannot be read
 * failing closed.
 */
const BLUEPRINT = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
  command: /claw
nodes:
  - id: plan
    stage: plan
    agent:
      instructions: Plan.
      tools: [read_file, list_files, search, finish]
  - id: implement
    stage: execute
    needs: [plan]
    agent:
      instructions: Do it.
      tools: [read_file, write_file, edit_file, run_command, finish]
      commands: ["npm test", "npx vitest run **"]
      mcp: { docs: [lookup, search_docs] }
mcp-servers:
  docs: { command: docs-server }
allow-protected-paths: [.github/workflows/ci.yml]
`;

const POLICY = `# Highest priority first.
rules:
  - deny: no bots but ours
    actors: ["bot:*"]
  - allow: maintainers approve
    commands: [/approve]
    actors: [team:acme/maintainers, role:admin]
  - deny: only maintainers approve
    commands: [/approve]
  - deny: contractors use the nightly blueprint only
    actors: ["contractor-*"]
    blueprints: ["issue-*"]
  - deny: no runs from dispatches
    events: [dispatch]
  - deny: planners do not search
    tools: [search]
    nodes: [plan]
  - deny: no network from tests
    run: ["npx vitest run --reporter=*", "curl **"]
  - allow: type checks are fine everywhere
    run: ["npx tsc --noEmit"]
  - deny: keys stay out of reach
    paths: ["secrets/**", "**/*.pem"]
  - deny: docs lookups only
    mcp: ["docs/search_*"]
`;

let dir: string;
async function explain(...args: string[]) {
  const io = captureIo();
  const code = await main(["policy", "explain", "--blueprint", "issue-to-pr", ...args], dir, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-policy-"));
  mkdirSync(path.join(dir, ".crustyclaw/blueprints"), { recursive: true });
  writeFileSync(path.join(dir, ".crustyclaw/blueprints/issue-to-pr.yml"), BLUEPRINT);
  writeFileSync(path.join(dir, ".crustyclaw/config.yml"), "authorize:\n  users: [outside-helper]\n  bots: [renovate]\n");
  writeFileSync(path.join(dir, ".crustyclaw/policy.yml"), POLICY);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("policy explain: who may start runs", () => {
  it("actors by team: the first matching rule decides, and the rules before it are listed", async () => {
    const r = await explain("--actor", "alice", "--command", "/approve", "--team", "acme/maintainers");
    expect(r.code).toBe(0);
    expect(r.out).toContain("allowed: alice starting issue-to-pr on a comment event with /approve");
    expect(r.out).toContain("decided by: allow (.crustyclaw/policy.yml:5:5) actors [team:acme/maintainers, role:admin] commands [/approve]: maintainers approve");
    expect(r.out).toContain("because: command /approve matches '/approve'; alice is in team acme/maintainers");
    expect(r.out).toMatch(/1\. deny \(\.crustyclaw\/policy\.yml:3:5\) actors \[bot:\*\]: no bots but ours\n\s+alice matches none of 'bot:\*'/);
  });

  it("commands: a writer who is no maintainer may not /approve, though write access would let them start runs", async () => {
    const r = await explain("--actor", "bob", "--role", "write", "--command", "/approve");
    expect(r.code).toBe(1);
    expect(r.out).toContain("decided by: deny (.crustyclaw/policy.yml:8:5) commands [/approve]: only maintainers approve");
    const start = await explain("--actor", "bob", "--role", "write", "--command", "/claw");
    expect(start.code).toBe(0);
    expect(start.out).toContain("decided by: allow (default) actors [role:admin, role:write]: write access to the repository");
  });

  it("roles: an admin approves without being in the team", async () => {
    const r = await explain("--actor", "root", "--role", "admin", "--command", "/approve");
    expect(r.code).toBe(0);
    expect(r.out).toContain("because: command /approve matches '/approve'; root has admin access ('role:admin')");
  });

  it("roles that cannot be read fail closed: no allow rule matches on them", async () => {
    const r = await explain("--actor", "bob", "--command", "/approve");
    expect(r.code).toBe(1);
    expect(r.out).toContain("bob's permission cannot be read with this token, so this allow rule does not");
    const start = await explain("--actor", "bob");
    expect(start.code).toBe(1);
    expect(start.out).toContain("decided by: deny (default): starting an agent needs write access");
  });

  it("login wildcards and blueprints", async () => {
    const r = await explain("--actor", "Contractor-7", "--role", "write");
    expect(r.code).toBe(1);
    expect(r.out).toContain("because: blueprint issue-to-pr matches 'issue-*'; Contractor-7 matches 'contractor-*'");
  });

  it("events", async () => {
    const r = await explain("--actor", "alice", "--role", "write", "--event", "dispatch");
    expect(r.code).toBe(1);
    expect(r.out).toContain("decided by: deny (.crustyclaw/policy.yml:13:5) events [dispatch]: no runs from dispatches");
    const scheduled = await explain("--event", "schedule");
    expect(scheduled.code).toBe(0);
    expect(scheduled.out).toContain("decided by: allow (default) events [schedule]: a scheduled run");
  });

  it("bots match only bot: patterns, and authorize.bots and authorize.users are rules after the file's", async () => {
    const bot = await explain("--actor", "renovate", "--bot");
    expect(bot.code).toBe(1);
    expect(bot.out).toContain("decided by: deny (.crustyclaw/policy.yml:3:5) actors [bot:*]: no bots but ours");
    const user = await explain("--actor", "outside-helper", "--role", "read");
    expect(user.code).toBe(0);
    expect(user.out).toContain("decided by: allow (config authorize.users) actors [outside-helper]: listed in authorize.users");
    // A login pattern never matches a bot account, even `*`.
    const named = await explain("--actor", "outside-helper", "--bot");
    expect(named.out).toContain("decided by: deny (.crustyclaw/policy.yml:3:5)");
  });
});

describe("policy explain: what agents may use", () => {
  it("tools: a deny rule removes a tool the node lists; a tool it does not list stays out", async () => {
    const denied = await explain("--node", "plan", "--tool", "search");
    expect(denied.code).toBe(1);
    expect(denied.out).toContain("decided by: deny (.crustyclaw/policy.yml:15:5) nodes [plan] tools [search]: planners do not search");
    expect((await explain("--node", "plan", "--tool", "read_file")).code).toBe(0);
    const unlisted = await explain("--node", "plan", "--tool", "write_file");
    expect(unlisted.out).toContain("decided by: deny (blueprint issue-to-pr, node plan): the node does not list it in agent.tools");
    expect((await explain("--node", "implement", "--tool", "search")).code).toBe(1);
  });

  it("run: the file's rules come before the node's allow-list, and may add to it", async () => {
    const listed = await explain("--node", "implement", "--run", "npx vitest run src/a.test.ts");
    expect(listed.code).toBe(0);
    expect(listed.out).toContain("decided by: allow (blueprint issue-to-pr, node implement) run [npm test, npx vitest run **]: on the node's allow-list (agent.commands)");
    const denied = await explain("--node", "implement", "--run", "npx vitest run --reporter=json");
    expect(denied.code).toBe(1);
    expect(denied.out).toContain("because: `npx vitest run --reporter=json` matches 'npx vitest run --reporter=*'");
    const added = await explain("--node", "implement", "--run", "npx tsc --noEmit");
    expect(added.code).toBe(0);
    expect(added.out).toContain("type checks are fine everywhere");
    const other = await explain("--node", "implement", "--run", "rm -rf /");
    expect(other.out).toContain("decided by: deny (blueprint issue-to-pr, node implement): not on the node's allow-list (agent.commands)");
  });

  it("paths: `**` crosses directories, `*` does not; protected paths stay protected unless the blueprint allows them", async () => {
    expect((await explain("--node", "implement", "--path", "deep/down/server.pem")).out).toContain("because: path deep/down/server.pem matches '**/*.pem'");
    expect((await explain("--node", "implement", "--path", "secrets/a/b.txt")).code).toBe(1);
    expect((await explain("--node", "implement", "--path", "src/secrets.ts")).code).toBe(0);
    const workflow = await explain("--node", "implement", "--path", ".github/workflows/release.yml");
    expect(workflow.code).toBe(1);
    expect(workflow.out).toContain("is protected and not in allow-protected-paths");
    expect((await explain("--node", "implement", "--path", ".github/workflows/ci.yml")).code).toBe(0);
  });

  it("mcp: a server's tools by wildcard", async () => {
    const denied = await explain("--node", "implement", "--mcp", "docs/search_docs");
    expect(denied.code).toBe(1);
    expect(denied.out).toContain("because: MCP tool docs/search_docs matches 'docs/search_*'");
    expect((await explain("--node", "implement", "--mcp", "docs/lookup")).code).toBe(0);
    expect((await explain("--node", "plan", "--mcp", "docs/lookup")).out).toContain("the node does not grant it in agent.mcp");
  });

  it("--json gives the deciding rule and every rule checked", async () => {
    const r = await explain("--node", "implement", "--run", "curl https://example.com", "--json");
    const json = JSON.parse(r.out) as { allowed: boolean; decidedBy: { source: string }; checked: Array<{ matched: boolean }> };
    expect(json.allowed).toBe(false);
    expect(json.decidedBy.source).toBe(".crustyclaw/policy.yml:18:5");
    expect(json.checked.map((c) => c.matched)).toEqual([true]);
  });
});

describe("policy explain: mistakes", () => {
  it("says what is wrong with the policy, where, and what would be right", async () => {
    const bad = mkdtempSync(path.join(tmpdir(), "crustyclaw-policy-bad-"));
    try {
      mkdirSync(path.join(bad, ".crustyclaw/blueprints"), { recursive: true });
      writeFileSync(path.join(bad, ".crustyclaw/blueprints/issue-to-pr.yml"), BLUEPRINT);
      writeFileSync(
        path.join(bad, ".crustyclaw/policy.yml"),
        "rules:\n  - allow: x\n    deny: y\n  - deny: z\n    tools: [search]\n    actors: [alice]\n  - allow: w\n    actors: [role:owner, 'team:acme']\n  - deny: v\n    run: ['npm test; rm -rf /']\n  - deny: u\n    paths: [../outside]\n  - alow: typo\n",
      );
      const io = captureIo();
      expect(await main(["policy", "explain", "--blueprint", "issue-to-pr", "--actor", "a"], bad, io)).toBe(1);
      const err = io.stderr();
      expect(err).toContain(".crustyclaw/policy.yml:13:5:");
      expect(err).toMatch(/alow/);
      const fixed = "rules:\n  - allow: x\n    deny: y\n  - deny: z\n    tools: [search]\n    actors: [alice]\n  - allow: w\n    actors: [role:owner, 'team:acme']\n  - deny: v\n    run: ['npm test; rm -rf /']\n  - deny: u\n    paths: [../outside]\n";
      writeFileSync(path.join(bad, ".crustyclaw/policy.yml"), fixed);
      const io2 = captureIo();
      expect(await main(["policy", "explain", "--blueprint", "issue-to-pr", "--actor", "a"], bad, io2)).toBe(1);
      const e2 = io2.stderr();
      expect(e2).toContain(".crustyclaw/policy.yml:2:5: rules[0]: says both `allow` and `deny`");
      expect(e2).toContain(".crustyclaw/policy.yml:6:5: rules[1]: `actors` cannot narrow a `tools` rule");
      expect(e2).toContain(".crustyclaw/policy.yml:8:14: rules[2]: 'role:owner' names no role");
      expect(e2).toContain("'team:acme' is not a team");
      expect(e2).toContain(".crustyclaw/policy.yml:10:11: rules[3]: 'npm test; rm -rf /'");
      expect(e2).toContain(".crustyclaw/policy.yml:12:13: rules[4]: '../outside' leads outside the repository");
      // compile and check refuse it too.
      const io3 = captureIo();
      expect(await main(["validate"], bad, io3)).toBe(1);
      expect(io3.stdout() + io3.stderr()).toContain("says both `allow` and `deny`");
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it("usage errors name the flag", async () => {
    expect((await explain("--node", "implement", "--tool", "search", "--run", "ls")).err).toContain("ask one thing at a time");
    expect((await explain("--node", "checks", "--tool", "search")).err).toContain("has no node 'checks'");
    expect((await explain("--actor", "a", "--role", "owner")).err).toContain("invalid value 'owner' for --role");
    const io = captureIo();
    expect(await main(["policy", "explain", "--blueprint", "nope", "--actor", "a"], dir, io)).toBe(2);
    expect(io.stderr()).toContain("no blueprint named 'nope' in .crustyclaw/blueprints; there are: issue-to-pr");
  });
});
