import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import type { Flavour } from "../../src/localforge/types.js";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { ROOT } from "../helpers/blueprints.js";

/**
 * `check --runners` (issue 11, item 6), through the bundled CLI against the local forge: it
 * lists the repository's runners through the forge's runner API and warns for each `runs-on:`
 * label set of the compiled workflows that no runner carries, or only offline ones do.
 */
const BIN = path.join(ROOT, "dist", "cli", "index.js");
const run = promisify(execFile);
let forge: LocalForge | undefined;

afterEach(async () => {
  // Every request and answer kept to the forge's published API description.
  expect(forge?.violations.entries ?? []).toEqual([]);
  await forge?.close();
  forge = undefined;
});

async function setup(flavour: Flavour, runners: string) {
  forge = await startLocalForge({ flavour });
  forge.addUser({ login: "admin" });
  forge.addUser({ login: "dev" });
  await forge.addRepo({ owner: "acme", name: "app", collaborators: { admin: "admin", dev: "write" } });
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-runners-"));
  execFileSync("git", ["init", "-q", dir]);
  execFileSync("git", ["-C", dir, "remote", "add", "origin", `${forge.url}/acme/app.git`]);
  mkdirSync(path.join(dir, ".crustyclaw", "blueprints"), { recursive: true });
  writeFileSync(path.join(dir, ".crustyclaw", "config.yml"), `forges: [${flavour}]\nrunners:\n  ${flavour}:\n${runners}`);
  writeFileSync(path.join(dir, ".crustyclaw", "blueprints", "issue-to-pr.yml"), readFileSync(path.join(ROOT, "blueprints", "issue-to-pr.yml")));
  const { GITHUB_API_URL: _a, GITHUB_REPOSITORY: _r, GITHUB_TOKEN: _t, GH_TOKEN: _g, FORGEJO_TOKEN: _f, ...base } = process.env;
  const check = async (login: string, ...args: string[]) => {
    const env = { ...base, NO_COLOR: "1", [flavour === "github" ? "GITHUB_TOKEN" : "FORGEJO_TOKEN"]: forge!.token(login) };
    try {
      const r = await run(process.execPath, [BIN, "check", "--runners", ...args], { cwd: dir, env, encoding: "utf8" });
      return { code: 0, out: r.stdout + r.stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout + e.stderr };
    }
  };
  await run(process.execPath, [BIN, "compile"], { cwd: dir });
  return { forge, check };
}

describe("check --runners", () => {
  it("GitHub: warns for a tier no runner carries, then for offline runners, and is quiet once one is online", async () => {
    const { forge, check } = await setup("github", "    internal: [self-hosted, gpu]\n");
    forge.addRunner("acme/app", { name: "plain", labels: ["self-hosted", "linux", "X64"] });
    const none = await check("admin");
    expect(none.code, none.out).toBe(0);
    expect(none.out).toContain("warning: runners: no runner of acme/app carries the labels of internal jobs (runs-on: self-hosted, gpu): those jobs would wait in the queue");
    // Route and publish run on GitHub-hosted runners, which the API does not list.
    expect(none.out).toContain("runners: trusted jobs run on GitHub-hosted ubuntu-latest");

    forge.addRunner("acme/app", { name: "gpu-1", labels: ["self-hosted", "linux", "GPU"], online: false });
    expect((await check("admin")).out).toContain("warning: runners: the runners for internal jobs (runs-on: self-hosted, gpu) are all offline (gpu-1)");

    forge.addRunner("acme/app", { name: "gpu-2", labels: ["self-hosted", "gpu"] });
    const ok = await check("admin");
    expect(ok.out).not.toContain("warning: runners:");
    expect(ok.out).toContain("runners: internal jobs (runs-on: self-hosted, gpu): 1 runner(s) online");
  }, 60_000);

  it("Forgejo: repository and API come from the origin remote; labels are matched as runs-on lists them", async () => {
    const { forge, check } = await setup("forgejo", "    internal: microvm\n");
    forge.addRunner("acme/app", { name: "docker-1", labels: ["docker", "ubuntu-latest"] });
    const r = await check("admin");
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain("runners: trusted jobs (runs-on: docker): 1 runner(s) online");
    expect(r.out).toContain("warning: runners: no runner of acme/app carries the labels of internal/untrusted jobs (runs-on: microvm)");
    const asked = forge.requests.entries.filter((q) => q.path.endsWith("/actions/runners"));
    expect(asked.map((q) => q.path)).toEqual(["/api/v1/repos/acme/app/actions/runners"]);
  }, 60_000);

  it("a token that may not list runners is a warning that says what would", async () => {
    const { check } = await setup("forgejo", "    internal: microvm\n");
    const r = await check("dev");
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain("warning: runners: cannot check runners of acme/app:");
    expect(r.out).toContain("listing runners needs a repository admin's token");
    const usage = await check("dev", "--forge", "gitea");
    expect(usage.code).toBe(2);
    expect(usage.out).toContain("--forge gitea is not one of this project's forges (forgejo)");
  }, 60_000);
});
