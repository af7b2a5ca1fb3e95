import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DETERMINISTIC_BLUEPRINT, describeRuns, jobsOf, startScenario, type Scenario } from "../helpers/scenario.js";

const NOTIFYING = `${DETERMINISTIC_BLUEPRINT}notify:
  on: [pull-request, merged, escalated]
  webhooks:
    - secret: HOOK_JSON
    - secret: HOOK_SLACK
      format: slack
  signal:
    url-secret: SIGNAL_URL
    number-secret: SIGNAL_NUMBER
    recipients-secret: SIGNAL_TO
`;

interface Received {
  path: string;
  body: Record<string, unknown>;
}

/** A local receiver standing in for a webhook endpoint and signal-cli's REST API. */
async function receiver(): Promise<{ server: Server; url: string; got: Received[] }> {
  const got: Received[] = [];
  const server = createServer((req, res) => {
    let text = "";
    req.on("data", (d: Buffer) => (text += d.toString()));
    req.on("end", () => {
      got.push({ path: req.url ?? "", body: JSON.parse(text) as Record<string, unknown> });
      res.writeHead(req.url?.startsWith("/signal") ? 201 : 200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, got };
}

/** Blueprint `notify:` through the compiled workflow: publish posts the pull request, the record job the merge. */
for (const flavour of ["github", "forgejo"] as const) {
  describe(`notifications on ${flavour}`, () => {
    let s: Scenario;
    let r: Awaited<ReturnType<typeof receiver>>;
    beforeAll(async () => {
      r = await receiver();
      s = await startScenario(flavour, {
        blueprint: NOTIFYING,
        secrets: { HOOK_JSON: `${r.url}/hook/json`, HOOK_SLACK: `${r.url}/hook/slack`, SIGNAL_URL: `${r.url}/signal`, SIGNAL_NUMBER: "+15550000001", SIGNAL_TO: "+15550000002, +15550000003" },
      });
    });
    afterAll(async () => {
      await s.session.close();
      r.server.close();
    });

    it("posts the pull request opening and the merge to the webhooks and to Signal", async () => {
      const issue = await s.openLabelledIssue("alice", "Say hello", "x");
      const opened = await s.settle();
      const pr = (await s.pulls()).find((p) => p.head.ref === `crustyclaw/issue-to-pr-${issue}`)!;
      expect(r.got.map((g) => g.path).sort(), describeRuns(opened)).toEqual(["/hook/json", "/hook/slack", "/signal/v2/send"]);
      const json = r.got.find((g) => g.path === "/hook/json")!.body;
      expect(json.text).toMatch(new RegExp(`^issue-to-pr on acme/app#${issue}: pull request #${pr.number} opened`));
      expect(json.crustyclaw).toMatchObject({ blueprint: "issue-to-pr", repository: "acme/app", issue, event: "pull-request", pull: pr.number });
      expect(r.got.find((g) => g.path === "/hook/slack")!.body.text).toMatch(/pull request <http:\/\/127\.0\.0\.1:\d+\/acme\/app\/pulls?\/\d+\|#\d+>/);
      expect(r.got.find((g) => g.path === "/signal/v2/send")!.body).toMatchObject({ number: "+15550000001", recipients: ["+15550000002", "+15550000003"] });

      r.got.length = 0;
      await s.session.as("alice").mergePull(pr.number, "merge");
      const merged = await s.settle();
      expect(jobsOf(merged), describeRuns(merged)).toEqual([
        ["route", "success"],
        ["record", "success"],
      ]);
      expect(r.got.map((g) => [g.path, (g.body.crustyclaw as { event?: string } | undefined)?.event]).sort()).toEqual([
        ["/hook/json", "merged"],
        ["/hook/slack", undefined],
        ["/signal/v2/send", undefined],
      ]);
      // The webhook URLs are secrets: no job log shows them.
      for (const run of [...opened, ...merged]) for (const job of run.jobs) expect(job.log).not.toContain(`${r.url}/hook`);
    });
  });
}
