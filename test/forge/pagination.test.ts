import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createForge } from "../../src/forge/create.js";
import type { ForgeKind } from "../../src/forge/types.js";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { client } from "../localforge/helpers.js";

/**
 * Lists follow the forge's `Link: rel="next"`, not the page size asked for: a Forgejo
 * instance's MAX_RESPONSE_ITEMS (here 7) caps every page below the 50 CrustyClaw asks.
 */
for (const kind of ["github", "forgejo"] as ForgeKind[]) {
  describe(`lists on ${kind}, pages capped at 7 items where the forge caps them`, () => {
    let local: LocalForge;
    beforeAll(async () => {
      local = await startLocalForge({ flavour: kind, maxResponseItems: 7 });
      local.addUser({ login: "acme" });
      await local.addRepo({ owner: "acme", name: "app" });
      const api = client(local, local.token("acme"));
      for (let i = 1; i <= 20; i++) await api("POST", "/repos/acme/app/issues", { title: `issue ${i}`, body: "" });
    });
    afterAll(() => local.close());

    it("reads every item, and no more than asked", async () => {
      const forge = createForge({ kind, repo: { owner: "acme", repo: "app" }, baseUrl: local.apiUrl, token: local.token("acme"), throttle: false });
      expect((await forge.listOpenIssues(100)).map((i) => i.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(await forge.listOpenIssues(9)).toHaveLength(9);
      expect(local.requests.count("GET /repos/{owner}/{repo}/issues")).toBeGreaterThanOrEqual(kind === "forgejo" ? 3 : 1);
    });
  });
}
