/**
 * Blueprint test files (`crustyclaw test`): a fixture repository, an issue, scripted
 * model turns per agent node, what people do (events) and what the run must have
 * produced after each. Parsed like blueprints: strict YAML, JSON Schema, problems
 * with file:line:column.
 */
import { scriptSchema, type Script } from "../agent/providers/scripted-schema.js";
import { schemaProblems } from "../blueprint/schema-errors.js";
import * as validators from "../generated/validators.js";
import { parseYamlSource, type YamlSource } from "../blueprint/yaml-source.js";
import { FORGES, type ForgeName } from "../config/schema.js";
import type { Problem } from "../util/problem.js";

export const OUTCOMES = ["pull-request", "no-changes", "escalated", "awaiting-approval", "merged", "closed"] as const;
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

export interface Expectations {
  outcome?: Outcome;
  escalation?: string;
  changed?: string[];
  files?: Record<string, FileExpectation>;
  nodes?: Record<string, NodeExpectation>;
  turns?: number;
  /** Text the tracking comment contains. */
  tracking?: string | string[];
}

export interface InlineComment {
  path: string;
  line: number;
  body: string;
}

/** What a person does on the forge, in order. Each waits for the workflow runs it starts. */
export type TestEvent = { as?: string; expect?: Expectations } & (
  | { label: string }
  | { comment: string; on?: "issue" | "pull" }
  | { review: { event: "approve" | "request_changes" | "comment"; body?: string; comments?: InlineComment[] } }
  | { merge: "merge" | "squash" }
  | { status: { state: "success" | "failure" | "pending"; context?: string; description?: string } }
);

export interface TestSpec {
  description?: string;
  /** Path of the blueprint, relative to the test file. */
  blueprint: string;
  /** Directory holding the repository the run starts from, relative to the test file. */
  fixture: string;
  issue: { title: string; body: string };
  /** Scripted turns per agent node: a script file (relative to the test file) or the script inline. */
  models: Record<string, string | Script>;
  /** Deterministic nodes whose command is replaced by `true` (e.g. checks that need the network). */
  skip: string[];
  /** Forges to run on; default the config's `forges`. */
  forges?: ForgeName[];
  /** Default: the blueprint's start (its trigger label, else its command, or a mention of its handle, as a comment). */
  events?: TestEvent[];
  /** What must hold after the last event. */
  expect: Expectations & { outcome: Outcome };
  /** Keys of earlier test files that are no longer used, for a clear problem each. */
  retired: Array<"stages" | "issue.number">;
}

const { $schema: _s, title: _t, ...inlineScript } = scriptSchema;
const text = { type: "string", minLength: 1 } as const;

const expectations = {
  type: "object",
  additionalProperties: false,
  properties: {
    outcome: { enum: [...OUTCOMES], description: "Where the run stands. Default pull-request (after the last event)." },
    escalation: { ...text, description: "Text the escalation reason must contain." },
    changed: { type: "array", uniqueItems: true, items: text, description: "Exactly the files the run's branch changes." },
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
    turns: { type: "integer", minimum: 0, description: "Model turns spent by all agents together, over every run so far." },
    tracking: { oneOf: [text, { type: "array", items: text }], description: "Text the tracking comment contains." },
  },
} as const;

const person = { as: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9-]{0,38}$", description: "Who does it. Default the repository's owner, `you`." }, expect: expectations };

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
    stages: { type: "array", description: "No longer used: the compiled workflow decides what runs." },
    skip: { type: "array", uniqueItems: true, items: text, description: "Deterministic nodes whose command is replaced by `true`." },
    forges: { type: "array", uniqueItems: true, minItems: 1, items: { enum: [...FORGES] }, description: "Forges to run on. Default the config's forges." },
    events: {
      type: "array",
      minItems: 1,
      items: {
        oneOf: [
          { type: "object", additionalProperties: false, required: ["label"], properties: { label: text, ...person } },
          { type: "object", additionalProperties: false, required: ["comment"], properties: { comment: text, on: { enum: ["issue", "pull"] }, ...person } },
          {
            type: "object",
            additionalProperties: false,
            required: ["review"],
            properties: {
              review: {
                type: "object",
                additionalProperties: false,
                required: ["event"],
                properties: {
                  event: { enum: ["approve", "request_changes", "comment"] },
                  body: { type: "string" },
                  comments: {
                    type: "array",
                    items: { type: "object", additionalProperties: false, required: ["path", "line", "body"], properties: { path: text, line: { type: "integer", minimum: 1 }, body: text } },
                  },
                },
              },
              ...person,
            },
          },
          { type: "object", additionalProperties: false, required: ["merge"], properties: { merge: { enum: ["merge", "squash"] }, ...person } },
          {
            type: "object",
            additionalProperties: false,
            required: ["status"],
            properties: {
              status: {
                type: "object",
                additionalProperties: false,
                required: ["state"],
                properties: { state: { enum: ["success", "failure", "pending"] }, context: text, description: { type: "string" } },
              },
              ...person,
            },
          },
        ],
      },
    },
    expect: expectations,
  },
} as const;


/** Parse a test file; the source is returned for locating later (semantic) problems. */
export function parseTestSpec(file: string, textIn: string): { spec?: TestSpec; source?: YamlSource; problems: Problem[] } {
  const { source, problems } = parseYamlSource(file, textIn);
  if (!source || problems.length > 0) return { problems };
  if (!validators.blueprintTest(source.data)) return { source, problems: schemaProblems(source, validators.blueprintTest.errors ?? []) };
  const d = source.data as Partial<TestSpec> & { issue?: { number?: number; title?: string; body?: string }; stages?: unknown; expect: Expectations };
  const retired: TestSpec["retired"] = [];
  if (d.stages !== undefined) retired.push("stages");
  if (d.issue?.number !== undefined) retired.push("issue.number");
  const spec: TestSpec = {
    ...(d.description !== undefined ? { description: d.description } : {}),
    blueprint: d.blueprint!,
    fixture: d.fixture!,
    issue: { title: d.issue?.title ?? "A test issue", body: d.issue?.body ?? "" },
    models: d.models ?? {},
    skip: d.skip ?? [],
    ...(d.forges ? { forges: d.forges } : {}),
    ...(d.events ? { events: d.events } : {}),
    expect: { ...d.expect, outcome: d.expect.outcome ?? "pull-request" },
    retired,
  };
  return { spec, source, problems: [] };
}
