import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blueprintReference } from "../src/blueprint/docs.js";
import { PLAN_SCHEMA } from "../src/agent/plan.js";
import { schemaJson } from "../src/cli/cmd-schema.js";
import { builtinNames, ROOT } from "./helpers/blueprints.js";

const read = (p: string) => readFileSync(path.join(ROOT, p), "utf8");

describe("generated files are current", () => {
  it("schema/blueprint.schema.json matches the schema in src (run `npm run docs`)", () => {
    expect(read("schema/blueprint.schema.json")).toBe(schemaJson());
  });

  it("schema/plan.schema.json matches the plan schema in src (run `npm run docs`)", () => {
    expect(read("schema/plan.schema.json")).toBe(schemaJson(PLAN_SCHEMA));
  });

  it("src/generated/validators.js is the schemas in src compiled (run `npm run docs`)", async () => {
    const { validatorsCode, VALIDATORS_TYPES } = await import("../scripts/validators.js");
    expect(read("src/generated/validators.js")).toBe(validatorsCode());
    expect(read("src/generated/validators.d.ts")).toBe(VALIDATORS_TYPES);
  });

  it("docs/blueprints.md matches the schema (run `npm run docs`)", () => {
    expect(read("docs/blueprints.md")).toBe(blueprintReference());
  });

  it("every built-in blueprint points editors at the schema and is listed in the README", () => {
    const readme = read("README.md");
    for (const name of builtinNames()) {
      expect(read(`blueprints/${name}.yml`).split("\n")[0]).toBe("# yaml-language-server: $schema=../schema/blueprint.schema.json");
      expect(readme).toContain(`\`${name}\``);
    }
  });
});

describe("action reference", () => {
  it("docs/actions.md and the README's action table match the action.yml files (run `npm run docs`)", async () => {
    const { actionDocs, withReadmeUsage } = await import("../scripts/action-docs.js");
    expect(read("docs/actions.md")).toBe(actionDocs());
    expect(read("README.md")).toBe(withReadmeUsage(read("README.md")));
  });

  it("declares every input the compiler passes to each action", async () => {
    const { parse } = await import("yaml");
    const { compileBuiltin } = await import("./helpers/blueprints.js");
    for (const name of builtinNames()) {
      const wf = parse(compileBuiltin(name, "github").text) as { jobs: Record<string, { steps: Array<{ uses: string; with?: Record<string, unknown> }> }> };
      for (const job of Object.values(wf.jobs)) {
        for (const step of job.steps) {
          const m = /^crustyclaw\/crustyclaw\/actions\/([a-z]+)@/.exec(step.uses);
          if (!m) continue;
          const meta = parse(read(`actions/${m[1]}/action.yml`)) as { inputs: Record<string, { required?: boolean }> };
          for (const input of Object.keys(step.with ?? {})) expect(Object.keys(meta.inputs), `${m[1]} input ${input}`).toContain(input);
          for (const [input, spec] of Object.entries(meta.inputs)) if (spec.required) expect(Object.keys(step.with ?? {}), `${m[1]} needs ${input}`).toContain(input);
        }
      }
    }
  });
});

describe("docs/forges.md support matrix", () => {
  it("says where each forge's workflows go, which artifact actions and which default runners it gets, as the compiler does", async () => {
    const { WORKFLOW_DIRS, targetFor } = await import("../src/compile/target.js");
    const { defaultConfig } = await import("../src/config/config.js");
    const all = read("docs/forges.md");
    const text = all.slice(all.indexOf("## Support matrix"), all.indexOf("\n## ", all.indexOf("## Support matrix") + 1));
    const row = (name: string) => text.split("\n").find((l) => l.startsWith(`| ${name} |`))!.split("|").slice(2, -1).map((c) => c.trim());
    // Columns: github, ghes, forgejo ≥ 14, forgejo ≤ 13, gitea.
    const forges = ["github", "ghes", "forgejo", "forgejo", "gitea"] as const;
    const dirs = row("Workflow directory");
    const artifacts = row("Artifact actions");
    const runners = row("Default runner label");
    forges.forEach((forge, i) => {
      const target = targetFor(forge, defaultConfig());
      for (const dir of WORKFLOW_DIRS[forge]) if (dirs[i] !== "the same") expect(dirs[i], forge).toContain(`\`${dir}\``);
      expect(target.upload.uses.endsWith(artifacts[i]!.replace(/`/g, "")), forge).toBe(true);
      expect(runners[i], forge).toBe(`\`${target.runsOn("trusted")}\``);
    });
  });
});
