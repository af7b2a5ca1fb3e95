import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/blueprints.js";

const BIN = path.join(ROOT, "dist", "cli", "index.js");

/** Run the bundled CLI exactly as `npx crustyclaw` would. */
function cli(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function gitRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-cli-"));
  execFileSync("git", ["init", "-q", dir]);
  return dir;
}

describe("crustyclaw CLI (bundled)", () => {
  it("prints help for the program and for every command", () => {
    const top = cli(ROOT, "--help");
    expect(top.code).toBe(0);
    for (const name of ["init", "validate", "compile", "check", "graph", "schema", "forge"]) {
      expect(top.stdout).toContain(`  ${name}`);
      const r = cli(ROOT, name, "--help");
      expect(r.code, name).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: crustyclaw ${name}`));
    }
  });

  it("exits 2 on usage errors with a one-line reason", () => {
    expect(cli(ROOT).code).toBe(2);
    const unknown = cli(ROOT, "frobnicate");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const flag = cli(ROOT, "compile", "--bogus");
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("crustyclaw compile: unknown option '--bogus'; options: --forge, --out");
    const typo = cli(ROOT, "compile", "--forgee", "github");
    expect(typo.stderr).toContain("crustyclaw compile: unknown option '--forgee'; did you mean --forge?");
    expect(typo.stderr).not.toContain("positional argument");
    expect(cli(ROOT, "compile", "--forge").stderr).toContain("option --forge needs a value");
    const forge = cli(ROOT, "compile", "--forge", "gitlab");
    expect(forge.code).toBe(2);
    expect(forge.stderr).toContain("expected one of: github, ghes, forgejo, gitea");
  });

  describe("in a new repository", () => {
    let repo: string;
    beforeEach(() => {
      repo = gitRepo();
    });

    it("init scaffolds config, blueprint and workflow, and check then passes", () => {
      const init = cli(repo, "init");
      expect(init.code, init.stderr).toBe(0);
      for (const f of [".crustyclaw/config.yml", ".crustyclaw/blueprints/issue-to-pr.yml", ".github/workflows/crustyclaw-issue-to-pr.yml"]) {
        expect(existsSync(path.join(repo, f)), f).toBe(true);
      }
      expect(init.stdout).toContain("Next steps:");
      // Enough to reach a first run: a model, its key, the checks' dependencies, and how to start one.
      expect(init.stdout).toContain("set the repository variable CRUSTYCLAW_MODEL");
      expect(init.stdout).toContain("secret CRUSTYCLAW_MODEL_API_KEY");
      expect(init.stdout).toContain("Check node 'checks' runs `npm test` on a fresh checkout with no network");
      expect(init.stdout).toContain("then label an issue `crustyclaw` or comment `/claw` on an issue to start a run");
      expect(init.stdout).not.toContain("authorize.users");
      const check = cli(repo, "check");
      expect(check.code, check.stderr).toBe(0);
      expect(check.stdout).toContain("1 workflow(s) match");
      // A second init refuses to overwrite.
      const again = cli(repo, "init");
      expect(again.code).toBe(1);
      expect(again.stderr).toContain("--force");
    });

    it("init picks Forgejo when the repository has .forgejo/", () => {
      execFileSync("mkdir", ["-p", path.join(repo, ".forgejo")]);
      const init = cli(repo, "init", "--blueprint", "review-pr");
      expect(init.code).toBe(0);
      expect(init.stdout).toContain("list them under authorize.users in .crustyclaw/config.yml");
      expect(existsSync(path.join(repo, ".forgejo/workflows/crustyclaw-review-pr.yml"))).toBe(true);
      expect(cli(repo, "check").code).toBe(0);
    });

    it("check fails on a hand-edited workflow, a stale one, and an orphan; compile repairs all three", () => {
      expect(cli(repo, "init").code).toBe(0);
      const wf = path.join(repo, ".github/workflows/crustyclaw-issue-to-pr.yml");
      writeFileSync(wf, readFileSync(wf, "utf8").replace("timeout-minutes: 10", "timeout-minutes: 99"));
      let check = cli(repo, "check", "--json");
      expect(check.code).toBe(1);
      let result = JSON.parse(check.stdout) as { ok: boolean; problems: Array<{ code: string; message: string; line: number }> };
      expect(result.problems.map((p) => p.code)).toEqual(["edited"]);
      expect(result.problems[0]!.message).toContain("edited by hand");
      expect(result.problems[0]!.line).toBeGreaterThan(1);

      expect(cli(repo, "compile").code).toBe(0);
      appendFileSync(path.join(repo, ".crustyclaw/blueprints/issue-to-pr.yml"), "# changed\n");
      check = cli(repo, "check");
      expect(check.code).toBe(1);
      expect(check.stderr).toContain("workflow is stale");
      expect(check.stderr).toMatch(/^\.github\/workflows\/crustyclaw-issue-to-pr\.yml:\d+:1: /m);

      rmSync(path.join(repo, ".crustyclaw/blueprints/issue-to-pr.yml"));
      writeFileSync(path.join(repo, ".crustyclaw/blueprints/review.yml"), readFileSync(path.join(ROOT, "blueprints/review-pr.yml")));
      check = cli(repo, "check", "--json");
      result = JSON.parse(check.stdout);
      expect(result.problems.map((p) => p.code).sort()).toEqual(["missing", "orphan"]);

      const compile = cli(repo, "compile");
      expect(compile.code).toBe(0);
      expect(compile.stdout).toContain("removed .github/workflows/crustyclaw-issue-to-pr.yml");
      expect(cli(repo, "check").code).toBe(0);
    });

    it("check fails where there is no project, and does not call an invalid blueprint's workflow an orphan", () => {
      const none = cli(repo, "check");
      expect(none.code).toBe(1);
      expect(none.stderr).toContain(`no CrustyClaw project in ${repo} (no .crustyclaw/ directory)`);
      expect(none.stderr).toContain("run `npx crustyclaw init` first");
      expect(cli(repo, "init").code).toBe(0);
      writeFileSync(path.join(repo, ".crustyclaw/blueprints/issue-to-pr.yml"), "name: issue-to-pr\nnodes: 5\n");
      const broken = cli(repo, "check", "--json");
      expect(broken.code).toBe(1);
      const codes = (JSON.parse(broken.stdout) as { problems: Array<{ code: string; file: string }> }).problems.map((p) => `${p.file} ${p.code}`);
      expect(codes.some((c) => c.startsWith(".crustyclaw/blueprints/issue-to-pr.yml "))).toBe(true);
      expect(codes.filter((c) => c.endsWith(" orphan"))).toEqual([]);
      rmSync(path.join(repo, ".crustyclaw/blueprints/issue-to-pr.yml"));
      const empty = cli(repo, "check");
      expect(empty.stderr).toContain("no blueprints in .crustyclaw/blueprints: nothing to check");
    });

    it("compile writes nothing when any blueprint has a problem", () => {
      expect(cli(repo, "init").code).toBe(0);
      writeFileSync(path.join(repo, ".crustyclaw/blueprints/broken.yml"), "name: broken\ntriggers: {command: /x}\nnodes:\n  - id: a\n    stage: plann\n    run: make\n");
      const wf = path.join(repo, ".github/workflows/crustyclaw-issue-to-pr.yml");
      const before = readFileSync(wf, "utf8");
      appendFileSync(path.join(repo, ".crustyclaw/blueprints/issue-to-pr.yml"), "# changed\n");
      const r = cli(repo, "compile");
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(".crustyclaw/blueprints/broken.yml:5:12: nodes[0].stage is 'plann'");
      expect(r.stderr).toContain("did you mean 'plan'?");
      expect(r.stderr).toContain("nothing written");
      expect(readFileSync(wf, "utf8")).toBe(before);
      expect(existsSync(path.join(repo, ".github/workflows/crustyclaw-broken.yml"))).toBe(false);
    });

    it("compile --forge --out writes one forge's workflow where asked", () => {
      expect(cli(repo, "init").code).toBe(0);
      const r = cli(repo, "compile", "--forge", "forgejo", "--out", "out");
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(path.join(repo, "out/crustyclaw-issue-to-pr.yml"), "utf8")).toContain("# crustyclaw-source: .crustyclaw/blueprints/issue-to-pr.yml");
      expect(cli(repo, "compile", "--out", "out").code).toBe(0); // config lists one forge
      writeFileSync(path.join(repo, ".crustyclaw/config.yml"), "forges: [github, forgejo]\n");
      expect(cli(repo, "compile", "--out", "out").code).toBe(2);
    });
  });

  it("validate --json reports problems as data", () => {
    const r = cli(ROOT, "validate", "--json", "blueprints/issue-to-pr.yml");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, blueprints: [{ path: "blueprints/issue-to-pr.yml", valid: true, name: "issue-to-pr" }] });
    const missing = cli(ROOT, "validate", "--json", "no/such.yml");
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).problems[0]).toMatchObject({ file: "no/such.yml", message: "file not found" });
  });

  it("graph prints the DAG as Mermaid", () => {
    const r = cli(ROOT, "graph", "--jobs", "blueprints/issue-to-pr.yml");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^flowchart TD\n/);
    expect(r.stdout).toContain('  subgraph stage_plan ["plan"]');
    expect(r.stdout).toContain('node_plan("plan<br/>agent")');
    expect(r.stdout).toContain("  node_plan --> node_implement");
    // Mermaid rejects a subgraph and a node of one id ("would create a cycle").
    const subgraphs = [...r.stdout.matchAll(/subgraph (\S+)/g)].map((m) => m[1]);
    const nodes = [...r.stdout.matchAll(/^ {4}(\S+?)[[(]/gm)].map((m) => m[1]);
    expect(nodes.length).toBeGreaterThan(3);
    expect(subgraphs.filter((s) => nodes.includes(s))).toEqual([]);
    expect(r.stdout).toContain("%% job plan: plan, implement, checks");
    expect(cli(ROOT, "graph").code).toBe(2);
  });

  it("schema prints the JSON Schema that ships in schema/", () => {
    const r = cli(ROOT, "schema");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(ROOT, "schema/blueprint.schema.json"), "utf8"));
  });
});

describe("crustyclaw forge serve (bundled)", () => {
  it("serves a local forge until interrupted", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, [BIN, "forge", "serve", "--flavour", "forgejo", "--repo", "octo/demo"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, CRUSTYCLAW_FORGE_CONNECTION: path.join(tmpdir(), `crustyclaw-cli-test-${process.pid}.json`) } });
    let out = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no banner: ${out}`)), 15_000);
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (out.includes("Ctrl-C")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const api = /API: +(\S+)/.exec(out)![1]!;
    const token = /token: +(\S+)/.exec(out)![1]!;
    const res = await fetch(`${api}/repos/octo/demo`, { headers: { authorization: `token ${token}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { full_name: string }).full_name).toBe("octo/demo");
    expect(api).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    const code = await new Promise<number | null>((resolve) => {
      child.on("exit", resolve);
      child.kill("SIGINT");
    });
    expect(code).toBe(0);
    expect(cli(ROOT, "forge", "bogus").code).toBe(2);
  });
});
