/**
 * Run a blueprint test offline: copy the fixture into a fresh git repository, run
 * the chosen stages' nodes in dependency order (agents on scripted turns, commands
 * for real), apply publish's gates to the change set, and compare with `expect`.
 * The nodes run through the same code as in the stage actions; only the forge is
 * left out.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runAgentNode } from "../agent/runner.js";
import type { Blueprint, McpServer } from "../blueprint/types.js";
import { positionOf, type PathSegment, type YamlSource } from "../blueprint/yaml-source.js";
import { git } from "../git/git.js";
import { changeSetProblems } from "../policy/gates.js";
import { failureReason } from "../stages/publish.js";
import { recordResult, runCommand, scrubbedEnv, type NodeResult } from "../stages/run-node.js";
import { topoOrder } from "../util/order.js";
import type { Problem } from "../util/problem.js";
import { didYouMean } from "../util/suggest.js";
import type { Outcome, TestSpec } from "./spec.js";

export interface TestRun {
  outcome: Outcome;
  reasons: string[];
  changed: string[];
  nodes: NodeResult[];
  turns: number;
  /** The workspace after the run (removed unless kept). */
  workspace: string;
  /** What did not match `expect`; empty when the test passed. */
  failures: string[];
}

/** Problems a test file has against its blueprint: unknown nodes, agents without scripts, missing files. */
export function specProblems(spec: TestSpec, source: YamlSource, blueprint: Blueprint, testDir: string): Problem[] {
  const problems: Problem[] = [];
  const at = (p: PathSegment[], message: string, hint?: string, code = "test") => {
    const { line, column } = positionOf(source, p, true);
    problems.push({ file: source.file, line, column, message, code, ...(hint ? { hint } : {}) });
  };
  const ids = blueprint.nodes.map((n) => n.id);
  const node = (id: string) => blueprint.nodes.find((n) => n.id === id);
  for (const [id, model] of Object.entries(spec.models)) {
    const n = node(id);
    if (!n) at(["models", id], `'${id}' is not a node of ${blueprint.name}`, didYouMean(id, ids));
    else if (n.kind !== "agent") at(["models", id], `'${id}' is a deterministic node; only agent nodes take scripted turns`);
    if (typeof model === "string" && !existsSync(path.resolve(testDir, model))) at(["models", id], `script file ${model} not found (paths are relative to the test file)`);
  }
  spec.skip.forEach((id, i) => {
    const n = node(id);
    if (!n) at(["skip", i], `'${id}' is not a node of ${blueprint.name}`, didYouMean(id, ids));
    else if (n.kind === "agent") at(["skip", i], `'${id}' is an agent node; give it scripted turns under models instead of skipping it`);
  });
  for (const n of blueprint.nodes) {
    if (n.kind === "agent" && spec.stages.includes(n.stage) && !Object.hasOwn(spec.models, n.id)) {
      at(["models"], `agent node '${n.id}' (${n.stage} stage) has no scripted turns; tests never call a real model`, `add models: { ${n.id}: path/to/turns.yml }, or leave the ${n.stage} stage out of stages`);
    }
  }
  for (const id of Object.keys(spec.expect.nodes ?? {})) {
    if (!node(id)) at(["expect", "nodes", id], `'${id}' is not a node of ${blueprint.name}`, didYouMean(id, ids));
  }
  const fixture = path.resolve(testDir, spec.fixture);
  if (!existsSync(fixture) || !statSync(fixture).isDirectory()) at(["fixture"], `fixture directory ${spec.fixture} not found (paths are relative to the test file)`);
  return problems;
}

const AUTHOR = { GIT_AUTHOR_NAME: "crustyclaw test", GIT_AUTHOR_EMAIL: "test@crustyclaw.invalid", GIT_COMMITTER_NAME: "crustyclaw test", GIT_COMMITTER_EMAIL: "test@crustyclaw.invalid" };

/** Run one test whose spec passed specProblems. */
export async function runBlueprintTest(
  spec: TestSpec,
  blueprint: Blueprint,
  testDir: string,
  opts: { keep?: boolean; configMcpServers?: Record<string, McpServer> } = {},
): Promise<TestRun> {
  const temp = mkdtempSync(path.join(tmpdir(), "crustyclaw-test-"));
  const workspace = path.join(temp, "repo");
  const outDir = path.join(temp, "results");
  try {
    cpSync(path.resolve(testDir, spec.fixture), workspace, { recursive: true, filter: (src) => path.basename(src) !== ".git" });
    await git(["init", "-q", "-b", "main"], { cwd: workspace });
    await git(["add", "-A"], { cwd: workspace });
    await git(["commit", "-q", "--allow-empty", "-m", "fixture"], { cwd: workspace, env: AUTHOR });

    // Inline scripts become files outside the workspace, so they are not part of the change set.
    const scripts = new Map<string, string>();
    for (const [id, model] of Object.entries(spec.models)) {
      if (typeof model === "string") scripts.set(id, path.resolve(testDir, model));
      else {
        const file = path.join(temp, `${id}.turns.json`);
        writeFileSync(file, JSON.stringify(model));
        scripts.set(id, file);
      }
    }

    // Commands see the caller's environment minus tokens and keys, like in a work job; agents get no key.
    const env = scrubbedEnv(process.env, []);
    const nodes: NodeResult[] = [];
    // The chosen stages' nodes, each after the nodes it needs (needs in other stages count as met).
    for (const node of topoOrder(blueprint.nodes.filter((n) => spec.stages.includes(n.stage)))) {
      if (spec.skip.includes(node.id)) continue;
      const result =
        node.kind === "agent"
          ? await runAgentNode(node, {
              blueprint,
              workspace,
              outDir,
              resultDirs: [outDir],
              issue: spec.issue,
              workspaceIsBase: node.stage !== "feedback",
              env,
              modelInput: `scripted:${scripts.get(node.id)!}`,
              ...(opts.configMcpServers ? { configMcpServers: opts.configMcpServers } : {}),
            })
          : await runCommand(node, workspace, env);
      await recordResult(outDir, workspace, result);
      nodes.push(result);
      if (result.status === "failed") break;
    }

    const changed = (await git(["diff", "--cached", "--name-only", "HEAD"], { cwd: workspace })).split("\n").filter(Boolean);
    const patch = await git(["diff", "--cached", "HEAD"], { cwd: workspace });
    const failed = nodes.filter((r) => r.status === "failed");
    const reasons = failed.length ? failed.map(failureReason) : changed.length ? changeSetProblems(changed, patch, blueprint.allowProtectedPaths) : [];
    const outcome: Outcome = reasons.length ? "escalated" : changed.length ? "pull-request" : "no-changes";
    const turns = nodes.reduce((a, r) => a + (r.usage?.turns ?? 0), 0);
    const run = { outcome, reasons, changed, nodes, turns, workspace };
    return { ...run, failures: compare(spec, run) };
  } finally {
    if (!opts.keep) rmSync(temp, { recursive: true, force: true });
  }
}

function compare(spec: TestSpec, run: Omit<TestRun, "failures">): string[] {
  const e = spec.expect;
  const out: string[] = [];
  const reasons = run.reasons.length ? `: ${run.reasons.join("; ")}` : "";
  if (run.outcome !== e.outcome) out.push(`outcome: expected ${e.outcome}, got ${run.outcome}${reasons}`);
  if (e.escalation !== undefined && !run.reasons.some((r) => r.includes(e.escalation!))) {
    out.push(`escalation: expected a reason containing ${JSON.stringify(e.escalation)}, got ${run.reasons.length ? JSON.stringify(run.reasons) : "none"}`);
  }
  if (e.changed) {
    const want = [...e.changed].sort();
    if (JSON.stringify(want) !== JSON.stringify(run.changed)) out.push(`changed: expected [${want.join(", ")}], got [${run.changed.join(", ")}]`);
  }
  for (const [file, x] of Object.entries(e.files ?? {})) {
    const full = path.join(run.workspace, file);
    const text = existsSync(full) ? readFileSync(full, "utf8") : undefined;
    if (x.absent) {
      if (text !== undefined) out.push(`files.${file}: expected no such file, but it exists`);
      continue;
    }
    if (text === undefined) {
      out.push(`files.${file}: expected the file, but it does not exist`);
      continue;
    }
    if (x.equals !== undefined && text !== x.equals) out.push(`files.${file}: expected it to equal ${JSON.stringify(x.equals)}, got ${JSON.stringify(text.slice(0, 200))}`);
    for (const c of x.contains === undefined ? [] : [x.contains].flat()) {
      if (!text.includes(c)) out.push(`files.${file}: expected it to contain ${JSON.stringify(c)}`);
    }
  }
  for (const [id, x] of Object.entries(e.nodes ?? {})) {
    const r = run.nodes.find((n) => n.node === id);
    if (!r) {
      out.push(`nodes.${id}: expected a result, but the node did not run`);
      continue;
    }
    if (x.status && r.status !== x.status) out.push(`nodes.${id}.status: expected ${x.status}, got ${r.status}${r.escalation ? ` (${r.escalation})` : ""}`);
    const said = r.summary ?? r.output;
    if (x.output !== undefined && !said.includes(x.output)) out.push(`nodes.${id}.output: expected it to contain ${JSON.stringify(x.output)}, got ${JSON.stringify(said.slice(-300))}`);
    if (x.result !== undefined) {
      const diff = subsetDiff(x.result, r.result ?? {}, `nodes.${id}.result`);
      out.push(...diff);
    }
  }
  if (e.turns !== undefined && run.turns !== e.turns) out.push(`turns: expected ${e.turns}, got ${run.turns}`);
  return out;
}

/** Where `actual` differs from `expected`, treating objects in `expected` as subsets and everything else as equal-or-not. */
function subsetDiff(expected: unknown, actual: unknown, where: string): string[] {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return [`${where}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([k, v]) => subsetDiff(v, (actual as Record<string, unknown>)[k], `${where}.${k}`));
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
    return expected.flatMap((v, i) => subsetDiff(v, actual[i], `${where}[${i}]`));
  }
  return JSON.stringify(expected) === JSON.stringify(actual) ? [] : [`${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}
