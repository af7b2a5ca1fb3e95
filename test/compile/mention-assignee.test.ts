import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadBlueprint } from "../../src/blueprint/validate.js";
import { compileText } from "../helpers/blueprints.js";

type Workflow = { on: Record<string, { types?: string[] }>; jobs: Record<string, { if?: string }> };

const blueprint = (triggers: string) => `name: t
triggers:
${triggers}
nodes:
  - id: a
    stage: execute
    run: echo hi
`;

const compiled = (triggers: string, forge: "github" | "forgejo" = "github") => parse(compileText(blueprint(triggers), forge).text) as Workflow;

describe("mention and assignee triggers", () => {
  for (const forge of ["github", "forgejo"] as const) {
    it(`${forge}: a mention runs on comments, filtered cheaply by contains()`, () => {
      const wf = compiled("  mention: crustyclaw", forge);
      expect(wf.on.issue_comment).toEqual({ types: ["created"] });
      expect(wf.jobs.route!.if).toContain("contains(github.event.comment.body, '@crustyclaw')");
    });

    it(`${forge}: an assignee runs on assignments to that user`, () => {
      const wf = compiled("  assignee: crustyclaw", forge);
      expect(wf.on.issues).toEqual({ types: ["assigned"] });
      expect(wf.jobs.route!.if).toContain(
        "(github.event_name == 'issues' && github.event.action == 'assigned' && contains(github.event.issue.assignees.*.login, 'crustyclaw'))",
      );
    });
  }

  it("with a labelled issue trigger, an assignment passes only the assignee's condition", () => {
    const wf = compiled("  issue: { labels: [go] }\n  assignee: crustyclaw");
    expect(wf.on.issues).toEqual({ types: ["opened", "labeled", "assigned"] });
    expect(wf.jobs.route!.if).toContain("((github.event_name == 'issues' && github.event.action != 'assigned') && (contains(github.event.issue.labels.*.name, 'go')))");
  });

  it("without them, nothing changes", () => {
    const wf = compiled("  issue: { labels: [go] }");
    expect(wf.on.issues).toEqual({ types: ["opened", "labeled"] });
    expect(wf.jobs.route!.if).not.toContain("assigned");
    expect(wf.jobs.route!.if).not.toContain("contains(github.event.comment.body");
  });

  it.each([
    ["an @ in the handle", "mention: '@crustyclaw'"],
    ["a quote", "mention: \"o'brien\""],
    ["an expression", "assignee: '${{ secrets.X }}'"],
    ["a space", "assignee: 'a b'"],
  ])("refuses a login with %s", (_, line) => {
    const { problems } = loadBlueprint("b.yml", blueprint(`  ${line}`));
    expect(problems.map((p) => `${p.message} ${p.hint ?? ""}`).join("\n")).toMatch(/mention|assignee/);
  });
});
