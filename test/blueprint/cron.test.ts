import { isValidCron } from "@actions/workflow-parser/model/converter/cron";
import { describe, expect, it } from "vitest";
import { cronProblem } from "../../src/blueprint/cron.js";
import { compileBlueprint } from "../../src/compile/emit.js";
import { defaultConfig } from "../../src/config/config.js";
import { compileText, mustLoad } from "../helpers/blueprints.js";

/** GitHub's own check (@actions/workflow-parser), which the forge applies when the workflow is pushed. */
const CORPUS = [
  "0 3 * * 1",
  "*/15 * * * *",
  "0 0 1 1 *",
  "59 23 31 12 6",
  "0 9-17/2 * * MON-FRI",
  "15 2,14 1-15/2 jan-JUN mon-fri",
  "0 0 * * SUN",
  "0   3 * * 1",
  "1,2/3 * * * *",
  "0 0 * DEC *",
  "60 * * * *",
  "0 24 * * *",
  "0 0 0 * *",
  "0 0 32 * *",
  "0 0 * 13 *",
  "0 0 * * 7",
  "*/0 * * * *",
  "*/60 * * * *",
  "* * * * */7",
  "5-1 * * * *",
  "*-5 * * * *",
  "1- * * * *",
  "1,,2 * * * *",
  "1/2/3 * * * *",
  "? * * * *",
  "L * * * *",
  "0 0 * * MON#2",
  "0 3 * *",
  "0 3 * * 1 2",
  " 0 3 * * 1",
  "0 3 * * 1 ",
  "0\t3 * * 1",
  "@daily",
  "${{x}} * * * *",
  "0 0 * FOO *",
  "0 0 * * MON-FRI/2",
  "0 0 * * fri-mon",
];

describe("cron expressions", () => {
  it("accepts exactly what GitHub accepts (digits only, where GitHub also takes 0x1f)", () => {
    for (const cron of CORPUS) expect(cronProblem(cron) === undefined, cron).toBe(isValidCron(cron));
    expect(isValidCron("0x1 * * * *")).toBe(true);
    expect(cronProblem("0x1 * * * *")?.message).toBe("minute field '0x1' of cron '0x1 * * * *' is not a number, name, range, step or list");
  });

  it("names the field, says what is wrong, and where", () => {
    expect(cronProblem("0 3 * * ${{ vars.DAY }}")).toMatchObject({ message: expect.stringContaining("holds a workflow expression"), index: 8 });
    expect(cronProblem("0 9 * 13 1")).toEqual({
      message: "month field '13' of cron '0 9 * 13 1' is outside 1-12",
      hint: "month is 1-12 or JAN-DEC; each field takes '*', a number or name, a range 'a-b', a step '*/n' or 'a-b/n', or a list of these separated by ','",
      index: 6,
    });
    expect(cronProblem("0 0 * * fri-mon")?.message).toBe("day-of-week field 'fri-mon' of cron '0 0 * * fri-mon' has a range that goes down; a range is 'low-high'");
    expect(cronProblem("@daily")?.hint).toContain("'0 0 * * *'");
  });

  it("is checked again when a blueprint built in code is compiled", () => {
    const text = "name: nightly\ntriggers:\n  schedule: ['0 3 * * 1']\nnodes:\n  - id: build\n    stage: execute\n    run: echo\n";
    expect(compileText(text, "github").text).toContain("cron: 0 3 * * 1");
    const blueprint = mustLoad(text);
    blueprint.triggers.schedule = ["0 3 * * ${{ github.event.x }}"];
    expect(() => compileBlueprint({ blueprint, sourcePath: "b.yml", sourceText: text, config: defaultConfig(), forge: "forgejo" })).toThrow(/refusing to compile cron .* holds a workflow expression/);
  });
});
