import { execFile, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { openaiStream, startServer } from "../agent/providers/wire-server.js";
import { ROOT } from "../helpers/blueprints.js";

/**
 * `crustyclaw run` and `crustyclaw forge` as a user gets them: this package packed with
 * `npm pack`, installed offline into a scratch repository, and run from there.
 */
const exec = promisify(execFile);
const GIT_ENV = { GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.invalid", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.invalid", GIT_CONFIG_NOSYSTEM: "1" };
let tarball: string;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-pack-"));
  await exec("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: ROOT });
  tarball = path.join(dir, readdirSync(dir).find((f) => f.endsWith(".tgz"))!);
}, 120_000);

/** A git repository with the demo's greeter in it and the packed package installed. */
async function scratch(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-scratch-"));
  cpSync(path.join(ROOT, "demo", "repo"), dir, { recursive: true });
  await exec("git", ["init", "-q", "-b", "main"], { cwd: dir, env: { ...process.env, ...GIT_ENV } });
  await exec("npm", ["install", "--offline", "--no-audit", "--no-fund", "--silent", tarball], { cwd: dir });
  return dir;
}

async function commitAll(dir: string, message: string): Promise<void> {
  const env = { ...process.env, ...GIT_ENV };
  await exec("git", ["add", "-A"], { cwd: dir, env });
  await exec("git", ["commit", "-q", "-m", message], { cwd: dir, env });
}

const crustyclaw = (dir: string, args: string[], env: Record<string, string> = {}) =>
  exec(path.join(dir, "node_modules", ".bin", "crustyclaw"), args, { cwd: dir, env: { ...process.env, CRUSTYCLAW_MODEL: "", ...env }, maxBuffer: 16 * 1024 * 1024 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe("the README, as written", () => {
  it("runs the commands of 'In a repository of yours' in order, offline, and ends with workflows check accepts", async () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const block = /In a repository of yours[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, "the README's install block").toBeDefined();
    const commands = block!
      .split("\n")
      .map((l) => l.replace(/\s+#.*$/, "").trim())
      .filter(Boolean);
    expect(commands.map((c) => c.split(" ").slice(0, 3).join(" "))).toEqual(["npm install --save-dev", "npx crustyclaw init", "npx crustyclaw run", "npx crustyclaw check"]);
    const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-readme-"));
    cpSync(path.join(ROOT, "demo", "repo"), dir, { recursive: true });
    await exec("git", ["init", "-q", "-b", "main"], { cwd: dir, env: { ...process.env, ...GIT_ENV } });
    await commitAll(dir, "the project");
    cpSync(path.join(ROOT, "demo", "turns.yml"), path.join(dir, "turns.yml"));
    for (const command of commands) {
      // Two substitutions, and only these: the packed package stands for the clone, and the
      // demo's scripted turns for a model that would need a key and the network.
      const line = command.replace("../crustyclaw", `${tarball} --offline --no-audit --no-fund`).replace(/--model \S+/, "--model scripted:turns.yml");
      const r = await exec("sh", ["-c", line], { cwd: dir, env: { ...process.env, ...GIT_ENV, CRUSTYCLAW_MODEL: "", npm_config_offline: "true" }, maxBuffer: 16 * 1024 * 1024 }).then(
        (x) => ({ code: 0, ...x }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      expect(r.code, `${line}\n${r.stdout}\n${r.stderr}`).toBe(0);
      if (line.includes("crustyclaw run")) expect(r.stdout).toContain("**Pull request open for review**");
      if (line.includes("crustyclaw check")) expect(r.stdout).toContain("1 workflow(s) match their blueprints");
    }
  });
});

describe("crustyclaw run (packed and installed)", () => {
  for (const forge of ["github", "forgejo"] as const) {
    it(`opens a pull request on the local ${forge} forge for an issue, with scripted turns, and prints its diff`, async () => {
      const dir = await scratch();
      const init = await crustyclaw(dir, ["init"]);
      expect(init.code, init.stderr).toBe(0);
      cpSync(path.join(ROOT, "demo", "turns.yml"), path.join(dir, "turns.yml"));
      await commitAll(dir, "CrustyClaw");
      const r = await crustyclaw(dir, ["run", "--title", "Add a shout() helper", "--model", "scripted:turns.yml", "--forge", forge]);
      expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stdout).toContain(`local ${forge} forge on http://127.0.0.1:`);
      expect(r.stdout).toContain('opened issue #1 "Add a shout() helper" and labelled it crustyclaw');
      expect(r.stdout).toContain("**Pull request open for review**");
      expect(r.stdout).toContain("── pull request #2: Add a shout() helper (crustyclaw/issue-to-pr-1 → main) ──");
      expect(r.stdout).toContain("+export function shout(name) {");
      expect(r.stdout).toContain('+assert.equal(shout("Ada"), "HELLO, ADA!");');
      expect(r.stdout).toContain("agents: 7 turns · 10,250 tokens");
      expect(r.stdout).toMatch(/transcript: \S+\/transcripts\/implement\.jsonl/);
      if (forge === "forgejo") expect(r.stdout).toContain("note: on Forgejo only authorize.users may start runs: you was added for this local run");
      // The repository itself is untouched: no compiled Forgejo workflow, nothing uncommitted.
      expect((await exec("git", ["status", "--porcelain"], { cwd: dir })).stdout).toBe("");
    });
  }

  it("--demo, in an empty directory and with no model configured, ends with a pull request", async () => {
    const install = await scratch();
    const empty = mkdtempSync(path.join(tmpdir(), "crustyclaw-demo-"));
    const r = await exec(process.execPath, [path.join(install, "node_modules", "crustyclaw", "dist", "cli", "index.js"), "run", "--demo"], {
      cwd: empty,
      env: { ...process.env, CRUSTYCLAW_MODEL: "", CRUSTYCLAW_MODEL_API_KEY: "" },
    });
    expect(r.stdout).toContain("created a sample repository");
    expect(r.stdout).toContain("── pull request #2: Add a shout() helper");
    expect(existsSync(path.join(empty, "greet.mjs"))).toBe(true);
  });

  it("works with a local OpenAI-compatible server as the model", async () => {
    const dir = await scratch();
    mkdirSync(path.join(dir, ".crustyclaw", "blueprints"), { recursive: true });
    writeFileSync(path.join(dir, ".crustyclaw", "config.yml"), "forges: [github]\n");
    writeFileSync(
      path.join(dir, ".crustyclaw", "blueprints", "write.yml"),
      "name: write\ntriggers: { issue: { labels: [go] } }\nnodes:\n  - id: write\n    stage: execute\n    agent: { instructions: Write hello.txt., tools: [write_file, finish] }\n",
    );
    await commitAll(dir, "write");
    // The server answers the first call with a write_file call, the next with finish.
    const server = await startServer((_req, n) => ({
      sse: openaiStream({
        model: "local-model",
        toolCalls: [n === 0 ? { id: "w", name: "write_file", args: ['{"path":"hello.txt","content":"hello from a local model\\n"}'] } : { id: "f", name: "finish", args: ['{"summary":"wrote hello.txt"}'] }],
      }),
    }));
    try {
      const r = await crustyclaw(dir, ["run", "--title", "Say hello", "--model", "openai-compatible/local-model", "--model-base-url", `${server.url}/v1`]);
      expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stdout).toContain("+hello from a local model");
      expect(server.requests.map((q) => [q.path, q.body.model])).toEqual([
        ["/v1/chat/completions", "local-model"],
        ["/v1/chat/completions", "local-model"],
      ]);
    } finally {
      await server.close();
    }
  });

  it("says what is wrong with its arguments, and refuses --demo in a directory with files", async () => {
    const dir = await scratch();
    const none = await crustyclaw(dir, ["run"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("the issue needs a title: --title TEXT, or a Markdown file whose first line is `# Title`");
    const demo = await crustyclaw(dir, ["run", "--demo"]);
    expect(demo.code).toBe(2);
    expect(demo.stderr).toMatch(/--demo creates a sample repository in an empty directory; .* holds /);
    const model = await crustyclaw(dir, ["run", "--title", "x", "--model", "scripted:nope.yml"]);
    expect(model.stderr).toContain("scripted model file");
  });
});

describe("crustyclaw run --serve with crustyclaw forge from another terminal", () => {
  it("waits for /approve, runs the next segment when it comes, then takes a review and a merge", async () => {
    const dir = await scratch();
    mkdirSync(path.join(dir, ".crustyclaw", "blueprints"), { recursive: true });
    writeFileSync(path.join(dir, ".crustyclaw", "config.yml"), "forges: [github]\n");
    writeFileSync(
      path.join(dir, ".crustyclaw", "blueprints", "gated.yml"),
      `name: gated
triggers: { issue: { labels: [go] } }
review-policy: approve-before-execute
nodes:
  - { id: plan, stage: plan, run: echo planned }
  - { id: implement, stage: execute, needs: [plan], run: "printf 'hello\\\\n' > hello.txt" }
  - { id: polish, stage: feedback, run: "printf 'hello, reviewer\\\\n' > hello.txt" }
`,
    );
    await commitAll(dir, "gated");
    const env = { ...process.env, CRUSTYCLAW_MODEL: "", CRUSTYCLAW_FORGE_CONNECTION: path.join(dir, "..", `${path.basename(dir)}-forge.json`) };
    const child = spawn(path.join(dir, "node_modules", ".bin", "crustyclaw"), ["run", "--title", "Say hello", "--serve"], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const waitFor = (text: string | RegExp) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const tick = setInterval(() => {
          if (typeof text === "string" ? out.includes(text) : text.test(out)) {
            clearInterval(tick);
            resolve();
          } else if (Date.now() - started > 60_000 || child.exitCode !== null) {
            clearInterval(tick);
            reject(new Error(`never saw ${String(text)}:\n${out}`));
          }
        }, 100);
      });
    const forge = (...args: string[]) => exec(path.join(dir, "node_modules", ".bin", "crustyclaw"), ["forge", ...args], { cwd: dir, env });
    try {
      await waitFor("The forge stays up");
      expect(out).toContain("Waiting for approval");
      expect((await forge("comment", "1", "/approve")).stdout).toContain("commented on #1");
      await waitFor(/✓ run \d+ · crustyclaw: gated \(issue_comment created by you\): success/);
      expect((await forge("review", "2", "--request-changes", "--body", "Greet the reviewer", "--inline", "hello.txt:1:more warmth")).stdout).toContain("reviewed #2: changes_requested with 1 inline comment");
      await waitFor(/✓ run \d+ · crustyclaw: gated \(pull_request_review submitted by you\): success/);
      expect((await forge("merge", "2")).stdout).toContain("merged #2");
      await waitFor(/run \d+ · crustyclaw: gated \(pull_request closed by you\)/);
      const bad = await forge("merge", "99").catch((e: { stderr: string; code: number }) => e);
      expect(bad).toMatchObject({ code: 1, stderr: expect.stringContaining("crustyclaw forge merge: merge pull request #99: not found (404)") });
    } finally {
      child.kill("SIGINT");
      await new Promise((r) => child.once("exit", r));
    }
  }, 120_000);
});
