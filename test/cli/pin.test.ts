import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Document } from "yaml";
import { actionRef, parsePins, pinUses } from "../../src/compile/pins.js";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { actionlint } from "../helpers/actionlint.js";
import { ROOT } from "../helpers/blueprints.js";

/**
 * Pinned actions (issue 11, item 5), through the bundled CLI: `pin` asks the forges that host
 * the actions which commit each tag names (GitHub's API for short names, the Forgejo host's
 * own API for full-URL ones), `compile` writes `owner/repo@<sha> # tag`, and `check` fails on
 * an action the pin file does not cover, or warns when there is no pin file at all.
 */
const BIN = path.join(ROOT, "dist", "cli", "index.js");
const run = promisify(execFile);

let gh: LocalForge;
let fj: LocalForge;
let env: NodeJS.ProcessEnv;
/** Tag → the commit it names, per repository. */
const tagged = new Map<string, string>();

async function tagRepo(forge: LocalForge, owner: string, name: string, tags: string[], token: string, annotated = false): Promise<void> {
  await forge.addRepo({ owner, name, files: { "action.yml": `name: ${name}\nruns:\n  using: node20\n  main: index.js\n` } });
  forge.grant(`${owner}/${name}`, "pinner", "read");
  forge.grant(`${owner}/${name}`, "owner", "admin");
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-pin-src-"));
  // Not execFileSync: the forge answering git's requests runs in this process.
  const git = async (...args: string[]) => (await run("git", ["-C", dir, "-c", "user.name=t", "-c", "user.email=t@localhost", ...args], { encoding: "utf8" })).stdout.trim();
  await run("git", ["clone", "-q", forge.gitUrl(owner, name, token), dir]);
  for (const tag of tags) {
    writeFileSync(path.join(dir, "index.js"), `// ${tag}\n`);
    await git("add", "-A");
    await git("commit", "-q", "-m", tag);
    await git("tag", ...(annotated ? ["-a", "-m", tag] : []), tag);
    tagged.set(`${forge.flavour}:${owner}/${name}@${tag}`, await git("rev-parse", "HEAD"));
  }
  await git("push", "-q", "origin", "HEAD:main", "--tags");
}

beforeAll(async () => {
  gh = await startLocalForge({ flavour: "github" });
  fj = await startLocalForge({ flavour: "forgejo" });
  for (const f of [gh, fj]) {
    f.addUser({ login: "pinner" });
    f.addUser({ login: "owner" });
  }
  const ghAdmin = gh.token("owner");
  for (const [owner, name, tags] of [
    ["actions", "checkout", ["v4"]],
    ["actions", "upload-artifact", ["v3", "v4"]],
    ["actions", "download-artifact", ["v3", "v4"]],
    ["actions", "cache", ["v4"]],
    ["crustyclaw", "crustyclaw", ["v1"]],
  ] as const) {
    await tagRepo(gh, owner, name, [...tags], ghAdmin);
  }
  fj.addUser({ login: "crustyclaw" });
  await tagRepo(fj, "crustyclaw", "crustyclaw", ["v1"], fj.token("owner"), true);
  env = { ...process.env, NO_COLOR: "1", GITHUB_TOKEN: gh.token("pinner"), FORGEJO_TOKEN: fj.token("pinner"), GITHUB_API_URL: "" };
}, 60_000);

afterAll(async () => {
  expect([...(gh?.violations.entries ?? []), ...(fj?.violations.entries ?? [])]).toEqual([]);
  await gh?.close();
  await fj?.close();
});

const cli = async (cwd: string, ...args: string[]) => {
  try {
    const r = await run(process.execPath, [BIN, ...args], { cwd, env, encoding: "utf8" });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
};

/** A repository with the built-in issue-to-pr blueprint, compiled for GitHub and Forgejo. */
function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-pin-"));
  execFileSync("git", ["init", "-q", dir]);
  mkdirSync(path.join(dir, ".crustyclaw", "blueprints"), { recursive: true });
  writeFileSync(path.join(dir, ".crustyclaw", "config.yml"), `forges: [github, forgejo]\nactions:\n  forgejo-url: ${fj.url}\n`);
  writeFileSync(path.join(dir, ".crustyclaw", "blueprints", "issue-to-pr.yml"), readFileSync(path.join(ROOT, "blueprints", "issue-to-pr.yml")));
  return dir;
}

const workflowFiles = (dir: string) => [".github/workflows", ".forgejo/workflows"].map((d) => path.join(dir, d, "crustyclaw-issue-to-pr.yml"));

describe("crustyclaw pin", () => {
  it("pins every emitted action to its tag's commit; compile writes sha + tag comment; actionlint-clean; check passes", async () => {
    const dir = project();
    expect((await cli(dir, "compile")).code).toBe(0);
    const unpinned = await cli(dir, "check");
    expect(unpinned.code, unpinned.out).toBe(0);
    expect(unpinned.out).toMatch(/warning: \.crustyclaw\/pins\.yml: the workflows use \d+ action repositories by tag/);

    const pinned = await cli(dir, "pin", "--github-api", gh.apiUrl);
    expect(pinned.code, pinned.out).toBe(0);
    expect(pinned.out).toContain("wrote .crustyclaw/pins.yml (8 actions)");
    const pins = parsePins("pins.yml", readFileSync(path.join(dir, ".crustyclaw", "pins.yml"), "utf8"));
    expect(pins.problems).toEqual([]);
    expect(pins.pins!.get("actions/checkout@v4")).toBe(tagged.get("github:actions/checkout@v4"));
    // The Forgejo host's annotated tag resolves to the commit it names, not the tag object.
    expect(pins.pins!.get(`${fj.url}/crustyclaw/crustyclaw@v1`)).toBe(tagged.get("forgejo:crustyclaw/crustyclaw@v1"));

    expect((await cli(dir, "compile")).code).toBe(0);
    for (const file of workflowFiles(dir)) {
      const text = readFileSync(file, "utf8");
      const uses = [...text.matchAll(/^\s*(?:- )?uses: (\S+)(.*)$/gm)];
      expect(uses.length).toBeGreaterThan(5);
      for (const [, value, rest] of uses) {
        const ref = actionRef(value!)!;
        expect(ref.ref, value).toMatch(/^[0-9a-f]{40}$/);
        const tag = rest!.replace(/^ # /, "");
        const flavour = ref.origin ? "forgejo" : "github";
        expect(ref.ref, value).toBe(tagged.get(`${flavour}:${ref.owner}/${ref.repo}@${tag}`));
      }
      const labels = file.includes(".forgejo") ? ["docker", "microvm"] : ["self-hosted", "microvm"];
      expect(await actionlint(text, file, labels), file).toEqual([]);
    }
    const checked = await cli(dir, "check");
    expect(checked.code, checked.out).toBe(0);
    expect(checked.out).not.toContain("pins.yml");
    // Pinning again changes nothing and says so.
    expect((await cli(dir, "pin", "--github-api", gh.apiUrl)).out).toContain("actions/checkout@v4  " + tagged.get("github:actions/checkout@v4") + "  (unchanged)");
  }, 120_000);

  it("check and compile fail on an action the pin file does not cover; a broken pin file points at the line", async () => {
    const dir = project();
    expect((await cli(dir, "pin", "--github-api", gh.apiUrl)).code).toBe(0);
    expect((await cli(dir, "compile")).code).toBe(0);
    const file = path.join(dir, ".crustyclaw", "pins.yml");
    const full = readFileSync(file, "utf8");
    writeFileSync(file, full.replace(/^ {2}"actions\/checkout@v4".*\n/m, ""));
    const check = await cli(dir, "check");
    expect(check.code).toBe(1);
    expect(check.out).toContain("actions/checkout@v4 is not pinned: the compiled workflows would use a tag");
    expect(check.out).toContain("hint: run `npx crustyclaw pin`");
    const before = readFileSync(workflowFiles(dir)[0]!, "utf8");
    const compile = await cli(dir, "compile");
    expect(compile.code).toBe(1);
    expect(compile.out).toContain("nothing written");
    expect(readFileSync(workflowFiles(dir)[0]!, "utf8")).toBe(before);

    writeFileSync(file, full.replace(/("actions\/checkout@v4": )[0-9a-f]{40}/, "$1v4"));
    const broken = await cli(dir, "check");
    expect(broken.code).toBe(1);
    const lines = full.split("\n");
    const line = lines.findIndex((l) => l.includes('"actions/checkout@v4"'));
    const column = lines[line]!.indexOf(": ") + 3;
    expect(broken.out).toContain(`.crustyclaw/pins.yml:${line + 1}:${column}: 'actions/checkout@v4' must map to a full 40-character commit SHA, not "v4"`);
  }, 120_000);

  it("writes nothing when a reference does not resolve, and says which and where", async () => {
    const dir = project();
    writeFileSync(path.join(dir, ".crustyclaw", "config.yml"), `forges: [github]\nactions:\n  ref: v9\n`);
    const r = await cli(dir, "pin", "--github-api", gh.apiUrl);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`crustyclaw pin: ${gh.apiUrl}: crustyclaw/crustyclaw@v9: not found (404)`);
    expect(r.out).toContain("nothing written: 1 of 5 action reference(s) did not resolve");
    expect(existsSync(path.join(dir, ".crustyclaw", "pins.yml"))).toBe(false);
    const bad = await cli(dir, "pin", "--github-api", "ftp://example");
    expect(bad.code).toBe(2);
    expect(bad.out).toContain("--github-api must be an http(s) URL");
  }, 60_000);
});

describe("pinUses", () => {
  it("rewrites only steps' uses:, keeps the tag as a comment, and leaves local and docker actions alone", () => {
    const doc = new Document({
      env: { uses: "actions/checkout@v4" },
      jobs: { a: { steps: [{ uses: "actions/checkout@v4", with: { uses: "actions/checkout@v4" } }, { uses: "./local" }, { uses: "docker://alpine:3" }, { uses: "other/thing/sub@v2" }] } },
    });
    const sha = "a".repeat(40);
    const r = pinUses(doc, new Map([["actions/checkout@v4", sha]]));
    expect(r.uses).toEqual(["actions/checkout@v4", "other/thing/sub@v2"]);
    expect(r.unpinned).toEqual(["other/thing@v2"]);
    const text = doc.toString({ lineWidth: 0 });
    expect(text).toContain(`- uses: actions/checkout@${sha} # v4`);
    expect(text.match(/uses: actions\/checkout@v4/g)).toHaveLength(2);
  });

  it("reads keys as owner/repo@ref or https://host/owner/repo@ref only", () => {
    expect(actionRef("https://code.example/o/r/actions/route@v1")).toMatchObject({ key: "https://code.example/o/r@v1", origin: "https://code.example", owner: "o", repo: "r", ref: "v1" });
    const bad = parsePins("pins.yml", `actions:\n  "o/r/path@v1": ${"b".repeat(40)}\n  extra: 1\nmore: 2\n`);
    expect(bad.problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      "4:1 unknown key 'more'; the pin file has only 'actions'",
      "2:3 'o/r/path@v1' is not an action reference",
      "3:3 'extra' is not an action reference",
    ]);
  });
});
