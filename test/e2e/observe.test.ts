import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTrace } from "../../src/observe/ids.js";
import { describeRuns, jobsOf, oneAgentBlueprint, startScenario, type Scenario } from "../helpers/scenario.js";

/**
 * Observability through the compiled workflow on both forges: with OTEL_EXPORTER_OTLP_ENDPOINT
 * in the runner's environment, every CrustyClaw step sends OTLP/HTTP spans to a local
 * receiver, nested run → stage → node → model call across the jobs (and the run span comes
 * from the record job of a later workflow run, when the pull request merges); the structured
 * log has one JSON line per event with run, job, stage, node and turn.
 */
const BLUEPRINT = oneAgentBlueprint({
  tools: ["write_file", "finish"],
  extra: `  - id: checks
    stage: review
    needs: [implement]
    run: grep -q hello greeting.txt
`,
});

const SCRIPT = `model: claude-sonnet-4-5
turns:
  - tool_calls: [{ name: write_file, arguments: { path: greeting.txt, content: "hello\\n" } }]
    usage: { input_tokens: 1000, output_tokens: 50 }
  - tool_calls: [{ name: finish, arguments: { summary: "Wrote greeting.txt" } }]
    usage: { input_tokens: 1100, output_tokens: 20 }
`;

interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Array<{ key: string; value: { stringValue?: string; intValue?: string | number; boolValue?: boolean } }>;
}

/** A local OTLP/HTTP receiver (JSON encoding): keeps every span it is sent. */
async function collector(): Promise<{ server: Server; url: string; spans: Span[]; paths: string[] }> {
  const spans: Span[] = [];
  const paths: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (d: Buffer) => chunks.push(d));
    req.on("end", () => {
      paths.push(`${req.method} ${req.url} ${req.headers["content-type"]}`);
      const body = JSON.parse(Buffer.concat(chunks).toString()) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: Span[] }> }> };
      for (const rs of body.resourceSpans) for (const ss of rs.scopeSpans) spans.push(...ss.spans);
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, paths };
}

const attr = (s: Span, key: string) => {
  const v = s.attributes.find((a) => a.key === key)?.value;
  return v?.stringValue ?? (v?.intValue !== undefined ? Number(v.intValue) : v?.boolValue);
};

for (const flavour of ["github", "forgejo"] as const) {
  describe(`spans and structured logs on ${flavour}`, () => {
    let s: Scenario;
    let c: Awaited<ReturnType<typeof collector>>;
    let dir: string;
    let logFile: string;
    beforeAll(async () => {
      c = await collector();
      dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-observe-"));
      logFile = path.join(dir, "events.jsonl");
      s = await startScenario(flavour, {
        blueprint: BLUEPRINT,
        files: { ".crustyclaw/scripts/implement.yml": SCRIPT },
        secrets: { CRUSTYCLAW_MODEL_API_KEY: "sk-scripted-not-a-real-key-000000" },
        runnerEnv: { OTEL_EXPORTER_OTLP_ENDPOINT: c.url, OTEL_EXPORTER_OTLP_HEADERS: "authorization=Bearer%20otlp-secret-123456", CRUSTYCLAW_LOG_JSON: logFile },
      });
    });
    afterAll(async () => {
      await s.session.close();
      c.server.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it("nests run → stage → node → model call across jobs and workflow runs", async () => {
      const issue = await s.openLabelledIssue("alice", "Greet", "Write a greeting.");
      const opened = await s.settle();
      expect(jobsOf(opened), describeRuns(opened)).toContainEqual(["publish-execute", "success"]);
      const pr = (await s.pulls())[0]!;
      await s.session.as("alice").mergePull(pr.number, "merge");
      const merged = await s.settle();
      expect(jobsOf(merged), describeRuns(merged)).toEqual([
        ["route", "success"],
        ["record", "success"],
      ]);
      expect(c.paths.every((p) => p === "POST /v1/traces application/json")).toBe(true);

      const byName = (re: RegExp) => c.spans.filter((sp) => re.test(sp.name));
      const [run] = byName(/^run issue-to-pr$/);
      const [stage] = byName(/^stage /);
      expect(run, c.spans.map((x) => x.name).join(", ")).toBeDefined();
      // The run's trace is derived from the run itself: the record job found the same ids as the route job.
      const tracking = (await s.tracking(issue))!;
      const startedAt = /"startedAt":"([^"]+)"/.exec(tracking)?.[1];
      const ids = runTrace("acme/app", `issue-to-pr#${issue}@${startedAt}`);
      expect(run).toMatchObject({ traceId: ids.traceId, spanId: ids.runSpanId });
      expect(run!.parentSpanId ?? "").toBe("");
      expect(attr(run!, "crustyclaw.outcome")).toBe("merged");
      expect(stage).toMatchObject({ name: "stage execute", traceId: ids.traceId, parentSpanId: ids.runSpanId });

      // Route, both nodes and publish of the first workflow run sit under the stage span.
      const underStage = c.spans.filter((sp) => sp.parentSpanId === stage!.spanId).map((sp) => sp.name).sort();
      expect(underStage).toEqual(["node checks", "node implement", "publish", "route"].sort());
      const implement = byName(/^node implement$/)[0]!;
      expect(attr(implement, "crustyclaw.status")).toBe("done");
      // Each model call under the agent's node span, with the usage the model reported.
      const calls = c.spans.filter((sp) => sp.parentSpanId === implement.spanId);
      expect(calls.map((sp) => sp.name)).toEqual(["chat scripted/.crustyclaw/scripts/implement.yml", "chat scripted/.crustyclaw/scripts/implement.yml"]);
      expect(calls.map((sp) => attr(sp, "gen_ai.usage.input_tokens"))).toEqual([1000, 1100]);
      expect(new Set([run, stage, implement, ...calls].map((sp) => sp!.traceId)).size).toBe(1);

      // The structured log: one JSON object per line, each with run, job, stage, node and, for the agent, its turn.
      const lines = readFileSync(logFile, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
      const nodeEnd = lines.find((l) => l.event === "node.end" && l.node === "implement");
      expect(nodeEnd).toMatchObject({ level: "info", stage: "execute", node: "implement", status: "done", job: expect.any(String), run: expect.any(String), trace_id: ids.traceId });
      expect(lines.filter((l) => l.event === "agent.turn").map((l) => [l.node, l.turn, l.inputTokens])).toEqual([
        ["implement", 1, 1000],
        ["implement", 2, 1100],
      ]);
      expect(lines.find((l) => l.event === "agent.tool")).toMatchObject({ node: "implement", turn: 1, tool: "write_file", isError: false });
      expect(lines.find((l) => l.event === "route" && l.stage === "execute")).toMatchObject({ issue, job: "route" });
      expect(lines.find((l) => l.event === "run.end")).toMatchObject({ outcome: "merged", job: "record" });
      // The collector's credentials reach no log.
      for (const r of [...opened, ...merged]) for (const j of r.jobs) expect(j.log).not.toContain("otlp-secret-123456");
    });
  });
}
