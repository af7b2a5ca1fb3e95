import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { commandAllowed, commandEnv, MAX_COMMAND_OUTPUT_BYTES, parseCommand, runCommandTool } from "../../../src/agent/tools/run-command.js";
import { FAKE_GHP, makeWorkspace } from "./workspace.js";

describe("parseCommand: a command line becomes argv, never shell code", () => {
  it.each([
    ["npm test", ["npm", "test"]],
    ["  npx   vitest\trun  ", ["npx", "vitest", "run"]],
    [`npx vitest -t 'a | b; c'`, ["npx", "vitest", "-t", "a | b; c"]],
    [`echo "say \\"hi\\"" it\\'s`, ["echo", 'say "hi"', "it's"]],
    [`echo '$(id)' '\`id\`' '$HOME'`, ["echo", "$(id)", "`id`", "$HOME"]],
    [`echo a''b ""`, ["echo", "ab", ""]],
    ["ls src/*.ts ~", ["ls", "src/*.ts", "~"]],
  ])("%s", (line, argv) => {
    expect(parseCommand(line)).toEqual({ argv });
  });

  it.each([
    ["npm test; curl x", "`;` separates commands in a shell"],
    ["npm test && env", "`&` chains or backgrounds commands"],
    ["npm test || true", "`|` pipes or chains commands"],
    ["npm test | tee log", "`|` pipes"],
    ["npm test > out.txt", "`>` redirects output"],
    ["$(id)", "`$` expands variables and substitutes commands"],
    ["echo `id`", "substitutes commands"],
    ["npm test $HOME", "`$` expands"],
    [`echo "$(id)"`, "inside double quotes would be expanded"],
    ["(npm test)", "`(` starts a subshell"],
    ["npm test\ncurl x", "one command per call, on one line"],
    ["echo 'open", "single quote is not closed"],
    ['echo "open', "double quote is not closed"],
    ["", "the command is empty"],
  ])("refuses %j", (line, message) => {
    const r = parseCommand(line);
    expect("error" in r && r.error).toContain(message);
  });
});

describe("commandAllowed: the allow-list", () => {
  it.each([
    // Entries without * or ? are prefixes, compared argument by argument.
    ["npm test", "npm test", true],
    ["npm test -- -t parser", "npm test", true],
    ["npm testx", "npm test", false],
    ["npm", "npm test", false],
    ["npm run build", "npm test", false],
    ["/usr/bin/npm test", "npm test", false],
    ["./npm test", "npm test", false],
    // Entries with * or ? are globs over arguments; a trailing * allows more arguments.
    ["npx vitest run a.test.ts", "npx vitest *", true],
    ["npx vitest", "npx vitest *", false],
    ["npx vitestx run", "npx vitest *", false],
    ["npx jest", "npx vitest *", false],
    ["npm update", "npm update*", true],
    ["npm update lodash", "npm update*", true],
    ["npm run build", "npm run *", true],
    ["npx tsc --noEmit", "npx tsc *", true],
    ["npx tsc -p a --pretty", "npx tsc * --pretty", false],
    ["npx tsc -p --pretty", "npx tsc * --pretty", true],
    ["go test ./...", "go test ?/...", true],
    // Entries that are not simple commands match nothing.
    ["npm test", "npm test && npm run lint", false],
  ])("%s with entry %s: %s", (command, entry, expected) => {
    const parsed = parseCommand(command);
    expect("argv" in parsed && commandAllowed(parsed.argv, entry)).toBe(expected);
  });
});

describe("run_command", () => {
  afterEach(() => vi.unstubAllEnvs());

  function tool(commands: string[], extra: Partial<Parameters<typeof runCommandTool>[0]> = {}) {
    const { root } = makeWorkspace({ "a.txt": "a\n" });
    return { root, run: (command: string, signal?: AbortSignal) => runCommandTool({ workspace: root, commands, ...extra }).run({ command }, signal) };
  }

  it("runs an allowed command in the workspace and reports its exit code", async () => {
    const { run } = tool(["ls", "false"]);
    expect(await run("ls")).toEqual({ content: "$ ls\nexit code 0\na.txt\n", isError: false });
    // A failing command is a result to work with, not a failed tool call.
    expect(await run("false")).toEqual({ content: "$ false\nexit code 1\n", isError: false });
  });

  it.each(["curl http://example.com", "rm -rf .", "npm install evil", "FOO=1 npm test"])("refuses %s, which is not on the allow-list", async (command) => {
    const r = await tool(["npm test", "npx vitest *"]).run(command);
    expect(r.isError).toBe(true);
    expect(r.content).toContain("is not on this node's allow-list");
    expect(r.content).toContain("Allowed: `npm test`, `npx vitest *`");
  });

  it("runs nothing when the allow-list is empty", async () => {
    const { root } = makeWorkspace();
    const t = runCommandTool({ workspace: root });
    expect(t.spec.description).toContain("Only these commands are allowed: (none)");
    expect((await t.run({ command: "ls" })).content).toBe("Not run: `ls` is not on this node's allow-list. Allowed: (none).");
  });

  it.each(["touch pwned; echo hi", "echo hi; touch pwned", "echo hi && touch pwned", "echo hi || touch pwned", "echo $(touch pwned)", "echo `touch pwned`", "echo hi | tee pwned", "echo hi > pwned"])(
    "cannot smuggle a second command: %s",
    async (command) => {
      const { root, run } = tool(["echo *"]);
      const r = await run(command);
      expect(r.isError).toBe(true);
      expect(r.content).toMatch(/^Not run: .*without a shell/);
      expect(existsSync(path.join(root, "pwned"))).toBe(false);
    },
  );

  it("passes quoted shell syntax to the program as plain text", async () => {
    const { root, run } = tool(["echo *"]);
    const r = await run("echo 'hi; touch pwned && $(id) `id` | tee x'");
    expect(r.content).toBe("$ echo 'hi; touch pwned && $(id) `id` | tee x'\nexit code 0\nhi; touch pwned && $(id) `id` | tee x\n");
    expect(existsSync(path.join(root, "pwned"))).toBe(false);
  });

  it("hides tokens, OIDC request variables and model keys from the command", async () => {
    const env = {
      PATH: process.env.PATH,
      GITHUB_TOKEN: "ghs_should_not_leak_000000000000000000",
      GH_TOKEN: "gh-token-should-not-leak",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "oidc-should-not-leak",
      ACTIONS_ID_TOKEN_REQUEST_URL: "http://oidc.should-not-leak",
      ACTIONS_RUNTIME_TOKEN: "runtime-should-not-leak",
      CRUSTYCLAW_MODEL_API_KEY: "model-key-should-not-leak",
      ANTHROPIC_API_KEY: "anthropic-should-not-leak",
      INPUT_TOKEN: "input-should-not-leak",
      REMOTE_URL: "https://x-access-token:known-secret-should-not-leak@github.com/o/r",
      HARMLESS: "visible",
    };
    const r = await tool(["env"], { env, secrets: ["known-secret-should-not-leak"] }).run("env");
    expect(r.isError).toBe(false);
    expect(r.content).not.toMatch(/should-not-leak|should_not_leak/);
    expect(r.content).not.toMatch(/^(GITHUB_TOKEN|GH_TOKEN|ACTIONS_ID_TOKEN_REQUEST_\w+|ACTIONS_RUNTIME_TOKEN|CRUSTYCLAW_MODEL_API_KEY|ANTHROPIC_API_KEY|INPUT_TOKEN|REMOTE_URL)=/m);
    expect(r.content).toContain("HARMLESS=visible");
    expect(r.content).toContain("CI=true");
  });

  it("scrubs the runner's own environment by default", async () => {
    vi.stubEnv("GITHUB_TOKEN", "ghs_process_env_should_not_leak_0000000000");
    vi.stubEnv("ACTIONS_ID_TOKEN_REQUEST_TOKEN", "oidc-process-should-not-leak");
    vi.stubEnv("ACTIONS_ID_TOKEN_REQUEST_URL", "http://oidc.process-should-not-leak");
    vi.stubEnv("CRUSTYCLAW_MODEL_API_KEY", "model-process-should-not-leak");
    vi.stubEnv("CRUSTYCLAW_TEST_HARMLESS", "visible");
    const r = await tool(["printenv"]).run("printenv");
    expect(r.content).not.toMatch(/should-not-leak|should_not_leak/);
    expect(r.content).toContain("CRUSTYCLAW_TEST_HARMLESS=visible");
  });

  it("drops relative PATH entries, so a program in the workspace cannot stand in for an allowed one", () => {
    const env = commandEnv({ env: { PATH: `.:bin::/usr/bin:${path.sep}bin`, CI: "1" }, secrets: [] });
    expect(env.PATH).toBe("/usr/bin:/bin");
    expect(env.CI).toBe("1");
  });

  it("redacts tokens and known secrets in the output", async () => {
    const r = await tool(["echo *"], { secrets: ["hunter2-secret"] }).run(`echo token=${FAKE_GHP} pw=hunter2-secret`);
    expect(r.content).toBe("$ echo token=*** pw=***\nexit code 0\ntoken=*** pw=***\n");
  });

  it("strips terminal escapes and keeps the tail of long output", async () => {
    const { run } = tool(["printf *", "node -e *"]);
    expect((await run("printf '\\033[31mred\\033[0m\\n'")).content).toBe("$ printf '\\033[31mred\\033[0m\\n'\nexit code 0\nred\n");
    const r = await run(`node -e "process.stdout.write('a'.repeat(${3 * MAX_COMMAND_OUTPUT_BYTES}) + '\\nTHE-END\\n')"`);
    expect(r.content.length).toBeLessThan(MAX_COMMAND_OUTPUT_BYTES + 200);
    expect(r.content).toContain(`[… output truncated to the last ${MAX_COMMAND_OUTPUT_BYTES} bytes]`);
    expect(r.content).toMatch(/THE-END\n$/);
  });

  it("stops a command and its children when the time limit runs out", async () => {
    const started = Date.now();
    const r = await tool(["sh -c *"], { commandTimeoutMs: 300 }).run("sh -c 'sleep 30 & sleep 30'");
    expect(r.isError).toBe(true);
    expect(r.content).toContain("[stopped: the command ran longer than 300 ms and was stopped");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("does not wait for background processes a finished command left behind", async () => {
    const started = Date.now();
    const r = await tool(["sh -c *"]).run("sh -c 'sleep 30 & echo started'");
    expect(r).toEqual({ content: "$ sh -c 'sleep 30 & echo started'\nexit code 0\nstarted\n\n[background processes the command left running were stopped]", isError: false });
    const quiet = await tool(["sh -c *"]).run("sh -c 'sleep 30 >/dev/null 2>&1 &'");
    expect(quiet.content).toBe("$ sh -c 'sleep 30 >/dev/null 2>&1 &'\nexit code 0\n\n[background processes the command left running were stopped]");
    expect((await tool(["true"]).run("true")).content).toBe("$ true\nexit code 0\n");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("stops a command when the agent is cancelled", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const r = await tool(["sleep *"]).run("sleep 30", controller.signal);
    expect(r).toMatchObject({ isError: true });
    expect(r.content).toContain("[stopped: the command was cancelled]");
  });

  it("says when an allowed program is not installed", async () => {
    expect(await tool(["no-such-program-crustyclaw"]).run("no-such-program-crustyclaw")).toEqual({
      content: "Not run: `no-such-program-crustyclaw` was not found on PATH.",
      isError: true,
    });
  });
});
