/**
 * Blueprint test files (`crustyclaw test`): a fixture repository, an issue,
 * scripted model turns per agent node, and what the run must produce. Parsed
 * like blueprints: strict YAML, JSON Schema, problems with file:line:column.
 */
import type { ValidateFunction } from "ajv";
import { scriptSchema, type Script } from "../agent/providers/scripted-schema.js";
import { STAGES } from "../blueprint/schema.js";
import { compileSchema, schemaProblems } from "../blueprint/schema-errors.js";
import type { Stage } from "../blueprint/types.js";
import { parseYamlSource, type YamlSource } from "../blueprint/yaml-source.js";
import type { Problem } from "../util/problem.js";

export const OUTCOMES = ["pull-request", "no-changes", "escalated"] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface FileExpectation {
  contains?: string | string[];
  equals?: string;
  absent?: boolean;
}

export interface NodeExpectation {
  status?: "done" | "failed";
  /** Substring of the node's summary (agents) or output (commands). */
  output?: string;
  /** Subset of the agent's finish result. */
  result?: Record<string, unknown>;
}

export interface TestSpec {
  description?: string;
  /** Path of the blueprint, relative to the test file. */
  blueprint: string;
  /** Directory holding the repository the run starts from, relative to the test file. */
  fixture: string;
  issue: { number: number; title: string; body: string };
  /** Scripted turns per agent node: a script file (relative to the test file) or the script inline. */
  models: Record<string, string | Script>;
  stages: Stage[];
  /** Deterministic nodes not to run (e.g. checks that need the network). */
  skip: string[];
  expect: {
    outcome: Outcome;
    escalation?: string;
    changed?: string[];
    files?: Record<string, FileExpectation>;
    nodes?: Record<string, NodeExpectation>;
    turns?: number;
  };
}

const { $schema: _s, title: _t, ...inlineScript } = scriptSchema;
const text = { type: "string", minLength: 1 } as const;

export const testSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "CrustyClaw blueprint test",
  type: "object",
  additionalProperties: false,
  required: ["blueprint", "fixture", "expect"],
  properties: {
    description: { type: "string" },
    blueprint: { ...text, description: "Path of the blueprint under test, relative to this file." },
    fixture: { ...text, description: "Directory with the repository the run starts from, relative to this file." },
    issue: {
      type: "object",
      additionalProperties: false,
      required: ["title"],
      properties: { number: { type: "integer", minimum: 1 }, title: text, body: { type: "string" } },
    },
    models: {
      type: "object",
      description: "Scripted model turns per agent node id: a script file relative to this file, or the script inline.",
      additionalProperties: { oneOf: [text, inlineScript] },
    },
    stages: { type: "array", uniqueItems: true, minItems: 1, items: { enum: [...STAGES] }, description: "Stages to run. Default: plan, execute, review." },
    skip: { type: "array", uniqueItems: true, items: text, description: "Deterministic nodes not to run." },
    expect: {
      type: "object",
      additionalProperties: false,
      properties: {
        outcome: { enum: [...OUTCOMES], description: "What publish would do. Default pull-request." },
        escalation: { ...text, description: "Text the escalation reasons must contain." },
        changed: { type: "array", uniqueItems: true, items: text, description: "Exactly the files the change set touches." },
        files: {
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            minProperties: 1,
            properties: {
              contains: { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
              equals: { type: "string" },
              absent: { const: true },
            },
          },
        },
        nodes: {
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            minProperties: 1,
            properties: { status: { enum: ["done", "failed"] }, output: { type: "string" }, result: { type: "object" } },
          },
        },
        turns: { type: "integer", minimum: 0, description: "Model turns spent by all agents together." },
      },
    },
  },
} as const;

let validator: ValidateFunction | undefined;

/** Parse a test file; the source is returned for locating later (semantic) problems. */
export function parseTestSpec(file: string, textIn: string): { spec?: TestSpec; source?: YamlSource; problems: Problem[] } {
  const { source, problems } = parseYamlSource(file, textIn);
  if (!source || problems.length > 0) return { problems };
  validator ??= compileSchema(testSchema);
  if (!validator(source.data)) return { source, problems: schemaProblems(source, validator.errors ?? []) };
  const d = source.data as Partial<TestSpec> & { issue?: Partial<TestSpec["issue"]>; expect: Partial<TestSpec["expect"]> };
  const spec: TestSpec = {
    ...(d.description !== undefined ? { description: d.description } : {}),
    blueprint: d.blueprint!,
    fixture: d.fixture!,
    issue: { number: d.issue?.number ?? 1, title: d.issue?.title ?? "A test issue", body: d.issue?.body ?? "" },
    models: d.models ?? {},
    stages: d.stages ?? ["plan", "execute", "review"],
    skip: d.skip ?? [],
    expect: { ...d.expect, outcome: d.expect.outcome ?? "pull-request" },
  };
  return { spec, source, problems: [] };
}
