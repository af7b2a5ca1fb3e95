import { describe, expect, it } from "vitest";
import { classifyUses, parseWorkflowFile, WorkflowError } from "../../src/executor/index.js";
import { builtinNames, compileText, FORGE_NAMES, ROOT } from "../helpers/blueprints.js";
import { readFileSync } from "node:fs";
import path from "node:path";

async function problems(text: string) {
  try {
    await parseWorkflowFile(".github/workflows/x.yml", text);
  } catch (err) {
    if (err instanceof WorkflowError) return err.problems;
    throw err;
  }
  return [];
}

const JOB = (body: string) => `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n${body}`;

describe("workflow files the executor refuses", () => {
  it("names a construct it does not implement, with its line and column (a container, a reusable workflow)", async () => {
    const found = await problems(`on: push
jobs:
  boxed:
    runs-on: ubuntu-latest
    container: node:20
    services:
      db: { image: postgres }
    steps: [{ run: echo }]
  reused:
    uses: acme/shared/.github/workflows/ci.yml@main
`);
    expect(found.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      "5:5 'container' in job 'boxed' is not implemented by the local executor: the local executor runs jobs on the host, not in containers",
      "6:5 'services' in job 'boxed' is not implemented by the local executor: the local executor starts no service containers",
      "10:5 'uses' in job 'reused' is not implemented by the local executor: reusable workflows are not implemented by the local executor",
    ]);
    expect(found.every((p) => p.code === "unsupported")).toBe(true);
  });

  it("refuses shells, action inputs and action kinds it cannot honour", async () => {
    const found = await problems(
      JOB(`    steps:
      - run: Write-Host hi
        shell: pwsh
      - uses: actions/checkout@v4
        with: { submodules: true }
      - uses: docker://alpine:3
      - uses: actions/checkout@v1
`),
    );
    expect(found.map((p) => p.message)).toEqual([
      "shell 'pwsh' is not supported by the local executor",
      "input 'submodules' of actions/checkout is not implemented by the local executor",
      "'docker://alpine:3': container actions are not implemented by the local executor",
      "'actions/checkout@v1': versions of actions/checkout before v2 are not implemented by the local executor",
    ]);
    expect(found[1]!.hint).toContain("implemented inputs: ref, persist-credentials");
  });

  it("reports the workflow's own mistakes as GitHub's parser finds them", async () => {
    const found = await problems(JOB(`    stepz: []\n    steps:\n      - run: echo \${{ nosuch.context }}\n`));
    expect(found.map((p) => [p.line, p.message, p.code])).toEqual([
      [5, "Unexpected value 'stepz'", "invalid-workflow"],
      [7, "Unrecognized named-value: 'nosuch'", "invalid-workflow"],
    ]);
  });

  it("parses every workflow the compiler emits for the built-in blueprints, on both forges", async () => {
    for (const name of builtinNames()) {
      const text = readFileSync(path.join(ROOT, "blueprints", `${name}.yml`), "utf8");
      for (const forge of FORGE_NAMES) {
        const wf = compileText(text, forge);
        const parsed = await parseWorkflowFile(wf.path, wf.text);
        // A report blueprint's workflow is its one report job; every pipeline starts with route.
        expect(parsed.jobs.map((j) => j.id)).toContain(name === "weekly-report" ? "report" : "route");
      }
    }
  });
});

describe("what a uses: names", () => {
  it("knows the built-ins by major version, with or without a host, and everything else as a remote action", () => {
    expect(classifyUses("actions/checkout@v4")).toMatchObject({ kind: "builtin", name: "checkout", major: 4 });
    expect(classifyUses("https://code.forgejo.org/actions/upload-artifact@v3")).toMatchObject({ kind: "builtin", name: "upload-artifact", major: 3 });
    expect(classifyUses("https://github.com/crustyclaw/crustyclaw/actions/route@v1")).toMatchObject({ kind: "remote", repo: "crustyclaw/crustyclaw", path: "actions/route", ref: "v1" });
    expect(classifyUses("./tools/my-action")).toMatchObject({ kind: "workspace", path: "./tools/my-action" });
    expect(classifyUses("actions/checkout@main")).toMatch(/by major version/);
    expect(classifyUses("not a reference")).toMatch(/is not a reference to an action/);
  });
});
