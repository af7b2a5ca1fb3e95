import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/main.js";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { appendOutcome } from "../../src/outcomes/store.js";
import { captureIo } from "../helpers/io.js";
import { expectNoViolations } from "../localforge/helpers.js";
import { sampleRecord } from "../outcomes/sample.js";

/**
 * `crustyclaw report --api` and `audit verify --api`: the outcome store read through the forge's
 * contents API (GitHub: the raw media type; Forgejo: /raw), no clone, against the local forge.
 */
for (const flavour of ["github", "forgejo"] as const) {
  describe(`the outcome store through the ${flavour} API`, () => {
    let local: LocalForge;
    beforeAll(async () => {
      local = await startLocalForge({ flavour });
      local.addUser({ login: "acme" });
      local.addUser({ login: "reader" });
      await local.addRepo({ owner: "acme", name: "app", collaborators: { reader: "read" } });
      // Two months of records, appended over git as the jobs do.
      const remote = { remote: local.gitUrl("acme", "app"), token: local.token("acme") };
      await appendOutcome(sampleRecord(1, "2026-11-30T10:00:00.000Z"), remote);
      await appendOutcome(sampleRecord(2, "2026-12-01T10:00:00.000Z"), remote);
      await appendOutcome(sampleRecord(3, "2026-12-01T11:00:00.000Z"), remote);
    });
    afterAll(() => local.close());

    const run = async (...args: string[]) => {
      // A read-only collaborator's token is enough.
      vi.stubEnv(flavour === "github" ? "GITHUB_TOKEN" : "FORGEJO_TOKEN", local.token("reader"));
      const io = captureIo();
      try {
        const code = await main([...args, "--api", "--forge", flavour, "--repo", "acme/app", "--api-url", local.apiUrl], process.cwd(), io);
        return { code, out: io.stdout(), err: io.stderr() };
      } finally {
        vi.unstubAllEnvs();
      }
    };

    it("reports from the store's files on the branch, both months", async () => {
      const r = await run("report", "--format", "json");
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      const model = JSON.parse(r.out) as { totals: { runs: number } };
      expect(model.totals.runs).toBe(3);
      expectNoViolations(local);
    });

    it("verifies the chain the same way as over git", async () => {
      const r = await run("audit", "verify", "--json");
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ records: 3, ok: true, problems: [] });
    });

    it("says when there is no store to read, and that the flags go together", async () => {
      vi.stubEnv(flavour === "github" ? "GITHUB_TOKEN" : "FORGEJO_TOKEN", local.token("reader"));
      const io = captureIo();
      const code = await main(["report", "--api", "--forge", flavour, "--repo", "acme/nothing", "--api-url", local.apiUrl], process.cwd(), io);
      vi.unstubAllEnvs();
      expect(code).toBe(0);
      expect(io.stderr()).toContain(`acme/nothing (${local.apiUrl}) has no crustyclaw/outcomes branch: no outcomes recorded yet`);
      const usage = captureIo();
      expect(await main(["report", "--repo", "acme/app"], process.cwd(), usage)).toBe(2);
      expect(usage.stderr()).toContain("--repo goes with --api");
    });
  });
}
