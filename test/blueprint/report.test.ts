import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadBlueprint } from "../../src/blueprint/validate.js";
import { main } from "../../src/cli/main.js";
import { formatProblem } from "../../src/util/problem.js";
import { captureIo } from "../helpers/io.js";

/** A report blueprint (`report:`): no nodes, started only by its schedule or by hand. */
const problems = (text: string) => loadBlueprint("r.yml", text).problems.map(formatProblem);

describe("report blueprints", () => {
  it("resolve with the default window of 7 days and no nodes", () => {
    const b = loadBlueprint("r.yml", "name: r\ntriggers:\n  schedule: ['0 6 * * 1']\nreport: {}\n").blueprint!;
    expect(b.report).toEqual({ days: 7 });
    expect(b.nodes).toEqual([]);
  });

  it("a blueprint with neither nodes nor report is told which to add", () => {
    expect(problems("name: r\ntriggers:\n  dispatch: true\n")).toEqual([
      expect.stringMatching(/^r\.yml:1:1: .*missing required key 'nodes': the steps of the blueprint's pipeline[\s\S]*add 'nodes:', or 'report:'/),
    ]);
  });

  it("refuse nodes, and triggers other than schedule and dispatch, each where it is written", () => {
    const text = "name: r\ntriggers:\n  dispatch: true\n  issue: {}\nreport:\n  days: 30\nnodes:\n  - id: a\n    stage: plan\n    run: 'true'\n";
    const found = problems(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^r\.yml:4:3: .*trigger 'issue' would start it otherwise/);
    expect(found[1]).toMatch(/^r\.yml:7:1: .*a report blueprint \('report:'\) has no nodes/);
  });

  it("a window outside 1 to 366 days is the schema's to refuse", () => {
    expect(problems("name: r\ntriggers:\n  dispatch: true\nreport:\n  days: 0\n")[0]).toMatch(/^r\.yml:5:9: .*days/);
  });
});

describe("a report blueprint through the CLI", () => {
  it("validate names it a report; graph draws its one job", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "cc-report-"));
    mkdirSync(path.join(root, ".crustyclaw", "blueprints"), { recursive: true });
    mkdirSync(path.join(root, ".git"));
    writeFileSync(path.join(root, ".crustyclaw", "config.yml"), "forges: [github]\n");
    writeFileSync(path.join(root, ".crustyclaw", "blueprints", "weekly-report.yml"), readFileSync(new URL("../../blueprints/weekly-report.yml", import.meta.url)));
    const validate = captureIo();
    expect(await main(["validate"], root, validate)).toBe(0);
    expect(validate.stdout()).toContain("ok  .crustyclaw/blueprints/weekly-report.yml (report)");
    const graph = captureIo();
    expect(await main(["graph", ".crustyclaw/blueprints/weekly-report.yml"], root, graph)).toBe(0);
    expect(graph.stdout()).toBe('flowchart TD\n  report["report<br/>last 7 days, posted as an issue"]\n');
  });
});
