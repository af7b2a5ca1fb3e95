import { describe, expect, it } from "vitest";
import { condition, evaluate, ExpressionProblem, parseWorkflowFile, type ExprScope } from "../../src/executor/index.js";
import { compileText, FORGE_NAMES } from "../helpers/blueprints.js";

const ISSUE_TO_PR = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
  command: /claw
nodes:
  - id: implement
    stage: execute
    run: echo
`;

const scope = (github: Record<string, unknown>, status = { failed: false, cancelled: false }): ExprScope => ({ contexts: { github }, status });

/** The route job's `if:` the compiler wrote, as GitHub's parser hands it to the evaluator. */
async function routeIf(forge: "github" | "forgejo"): Promise<string> {
  const wf = compileText(ISSUE_TO_PR, forge);
  const parsed = await parseWorkflowFile(wf.path, wf.text);
  return parsed.jobs.find((j) => j.id === "route")!.if;
}

describe("the compiled route condition, evaluated by GitHub's expression engine", () => {
  for (const forge of FORGE_NAMES) {
    it(`starts on a command followed by a space, a line break or a carriage return, and on nothing else (${forge})`, async () => {
      const cond = await routeIf(forge);
      const comment = (body: string) => condition(cond, scope({ event_name: "issue_comment", event: { comment: { body }, issue: { number: 3 } } }));
      for (const body of ["/claw", "/claw now please", "/claw\nmore", "/claw\r\nmore", "/approve", "/approve looks good", "/reject\nno"]) {
        expect(comment(body), JSON.stringify(body)).toBe(true);
      }
      for (const body of ["/claw-review", "/clawing", "please /claw", " /claw", "/approved", "", "/rejects"]) {
        expect(comment(body), JSON.stringify(body)).toBe(false);
      }
      // startsWith() ignores case in GitHub's engine: the route job starts, and the route
      // action (which reads commands case-sensitively) then does nothing.
      expect(comment("/CLAW")).toBe(true);
    });

    it(`starts on an issue labelled with the trigger label only (${forge})`, async () => {
      const cond = await routeIf(forge);
      const issue = (labels: string[]) => condition(cond, scope({ event_name: "issues", event: { issue: { labels: labels.map((name) => ({ name })) } } }));
      expect(issue(["bug", "crustyclaw"])).toBe(true);
      expect(issue(["bug"])).toBe(false);
      expect(issue([])).toBe(false);
    });
  }
});

describe("string literals", () => {
  it("read every escaped quote, not only the first (a fix over the library's lexer)", () => {
    expect(evaluate("'a''b''c'", scope({})).coerceString()).toBe("a'b'c");
    expect(evaluate("format('curl -d ''{{\"x\":1}}'' \"{0}\"', 'u')", scope({})).coerceString()).toBe(`curl -d '{"x":1}' "u"`);
  });
});

describe("status functions", () => {
  it("mean what they mean at job and step level", () => {
    const s = (failed: boolean, cancelled: boolean, notSucceeded = failed): ExprScope => ({ contexts: {}, status: { failed, cancelled, notSucceeded } });
    expect(condition("success()", s(false, false))).toBe(true);
    expect(condition("success()", s(false, false, true))).toBe(false); // a need was skipped
    expect(condition("failure()", s(true, false))).toBe(true);
    expect(condition("failure()", s(true, true))).toBe(false);
    expect(condition("!cancelled()", s(true, false))).toBe(true);
    expect(condition("!cancelled()", s(false, true))).toBe(false);
    expect(condition("always()", s(true, true))).toBe(true);
  });

  it("says which expression it could not parse or evaluate", () => {
    expect(() => evaluate("github.event ==", scope({}))).toThrow(ExpressionProblem);
    expect(() => evaluate("github.event ==", scope({}))).toThrow(/invalid expression 'github.event =='/);
    expect(() => evaluate("hashFiles('**/x')", scope({}))).toThrow(/hashFiles\(\) is not supported by the local executor/);
    expect(() => evaluate("fromJSON('{')", scope({}))).toThrow(/cannot evaluate 'fromJSON\('\{'\)'/);
  });
});

describe("the compiled concurrency group, evaluated by GitHub's expression engine", () => {
  it("keys runs on their issue or pull request, and gives scheduled and dispatched runs a group each on both forges", () => {
    for (const forge of FORGE_NAMES) {
      const wf = compileText(ISSUE_TO_PR, forge);
      const group = /group: crustyclaw-issue-to-pr-\$\{\{ (.*) \}\}/.exec(wf.text)![1]!;
      const key = (github: Record<string, unknown>) => evaluate(group, scope(github)).coerceString();
      expect(key({ event: { issue: { number: 12 } }, run_id: "900", run_number: "4" }), forge).toBe("12");
      // GitHub: the run id. Forgejo leaves github.run_id empty on scheduled and dispatched runs: the run number.
      expect(key({ event: {}, run_id: "900", run_number: "4" }), forge).toBe("900");
      expect(key({ event: {}, run_id: "", run_number: "4" }), forge).toBe("4");
    }
  });
});
