/**
 * Run a blueprint test on the local forge: the fixture becomes the repository (with
 * the blueprint compiled for each forge), an issue is opened, and each event (by
 * default the blueprint's start) is done by a person through the forge's API; the
 * compiled workflow runs through the local executor with the bundled actions, agents
 * on scripted turns. After each event, and at the end, the expectations are checked
 * against what the forge holds: the tracking comment, the run's branch and pull
 * request, and the node results the runs uploaded.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parseDocument, stringify } from "yaml";
import type { Blueprint } from "../blueprint/types.js";
import { loadBlueprint } from "../blueprint/validate.js";
import { positionOf, type PathSegment, type YamlSource } from "../blueprint/yaml-source.js";
import { branchPrefix } from "../pipeline/runs.js";
import { familyOf, type ForgeName } from "../config/schema.js";
import { outcome as runOutcome, prepareFiles, startsWith } from "../local/pipeline.js";
import { LocalSession } from "../local/session.js";
import type { NodeResult } from "../stages/run-node.js";
import type { Problem } from "../util/problem.js";
import { didYouMean } from "../util/suggest.js";
import type { Expectations, Outcome, TestEvent, TestSpec } from "./spec.js";

const PERSON = "you";
const git = promisify(execFile);

export interface TestRun {
  forge: ForgeName;
  outcome: Outcome | "none";
  reasons: string[];
  changed: string[];
  nodes: NodeResult[];
  turns: number;
  /** Where the runs' files are, when kept. */
  runs?: string;
  /** What did not match, each prefixed with the event it followed; empty when the test passed. */
  failures: string[];
}

/** Problems a test file has against its blueprint: unknown nodes, agents without scripts, missing files, retired keys. */
export function specProblems(spec: TestSpec, source: YamlSource, blueprint: Blueprint, testDir: string): Problem[] {
  const problems: Problem[] = [];
  const at = (p: PathSegment[], message: string, hint?: string, code = "test") => {
    const { line, column } = positionOf(source, p, true);
    problems.push({ file: source.file, line, column, message, code, ...(hint ? { hint } : {}) });
  };
  if (spec.retired.includes("stages")) {
    at(["stages"], "stages is no longer used: tests run the compiled workflow, whose segments decide what runs", "remove it; to go past an approval, list events (docs/testing-blueprints.md#migrating)", "retired");
  }
  if (spec.retired.includes("issue.number")) {
    at(["issue", "number"], "issue.number is no longer used: the local forge numbers issues from 1", "remove it", "retired");
  }
  const ids = blueprint.nodes.map((n) => n.id);
  const node = (id: string) => blueprint.nodes.find((n) => n.id === id);
  for (const [key, model] of Object.entries(spec.models)) {
    // `implement.t1`: the turns of one task of a fan-out.
    const id = key.split(".")[0]!;
    const n = node(id);
    if (!n) at(["models", key], `'${id}' is not a node of ${blueprint.name}`, didYouMean(id, ids));
    else if (n.kind !== "agent") at(["models", key], `'${id}' is a deterministic node; only agent nodes take scripted turns`);
    if (typeof model === "string" && !existsSync(path.resolve(testDir, model))) at(["models", key], `script file ${model} not found (paths are relative to the test file)`);
  }
  spec.skip.forEach((id, i) => {
    const n = node(id);
    if (!n) at(["skip", i], `'${id}' is not a node of ${blueprint.name}`, didYouMean(id, ids));
    else if (n.kind === "agent") at(["skip", i], `'${id}' is an agent node; give it scripted turns under models instead of skipping it`);
  });
  // Feedback agents run only after a review or a CI status; the others on the first event.
  const feedback = (spec.events ?? []).some((e) => "review" in e || "status" in e || ("comment" in e && e.on === "pull"));
  for (const n of blueprint.nodes) {
    if (n.kind !== "agent" || Object.keys(spec.models).some((k) => k === n.id || k.startsWith(`${n.id}.`)) || (n.stage === "feedback" && !feedback)) continue;
    at(["models"], `agent node '${n.id}' (${n.stage} stage) has no scripted turns; tests never call a real model`, `add models: { ${n.id}: path/to/turns.yml }`);
  }
  const checkNodes = (e: Expectations | undefined, where: PathSegment[]) => {
    for (const id of Object.keys(e?.nodes ?? {})) if (!node(id)) at([...where, "nodes", id], `'${id}' is not a node of ${blueprint.name}`, didYouMean(id, ids));
  };
  checkNodes(spec.expect, ["expect"]);
  spec.events?.forEach((e, i) => checkNodes(e.expect, ["events", i, "expect"]));
  if (!spec.events && !startsWith(blueprint)) at(["blueprint"], `${blueprint.name} starts on neither an issue label, a command nor a mention`, "list events that start it");
  const fixture = path.resolve(testDir, spec.fixture);
  if (!existsSync(fixture) || !statSync(fixture).isDirectory()) at(["fixture"], `fixture directory ${spec.fixture} not found (paths are relative to the test file)`);
  return problems;
}

export interface TestContext {
  /** The blueprint's repository-relative path and text, as in the project. */
  blueprintPath: string;
  blueprintText: string;
  /** The project's .crustyclaw/config.yml text, when it has one. */
  configText?: string;
  forges: ForgeName[];
  keep?: boolean;
}

/** The blueprint's text with skipped nodes' commands replaced by `true`. */
function withSkips(text: string, skip: string[]): string {
  if (skip.length === 0) return text;
  const doc = parseDocument(text);
  const nodes = doc.get("nodes") as { items: Array<{ get(k: string): unknown; set(k: string, v: unknown): void }> };
  for (const n of nodes.items) if (skip.includes(String(n.get("id")))) n.set("run", "true");
  return doc.toString();
}

/** Run one test whose spec passed specProblems, on each forge. */
export async function runBlueprintTest(spec: TestSpec, testDir: string, ctx: TestContext): Promise<TestRun[]> {
  const text = withSkips(ctx.blueprintText, spec.skip);
  const loaded = loadBlueprint(ctx.blueprintPath, text);
  if (!loaded.blueprint) throw new Error(`the blueprint with skipped nodes does not load: ${loaded.problems.map((p) => p.message).join("; ")}`);
  const blueprint = loaded.blueprint;
  const temp = mkdtempSync(path.join(tmpdir(), "crustyclaw-test-"));
  // One file of per-node scripts; it lives outside the repository, so it is no part of any change set.
  const scripts: Record<string, unknown> = {};
  for (const [id, model] of Object.entries(spec.models)) scripts[id] = typeof model === "string" ? parseDocument(readFileSync(path.resolve(testDir, model), "utf8")).toJS() : model;
  const scriptFile = path.join(temp, "turns.yml");
  writeFileSync(scriptFile, stringify({ nodes: scripts }));
  const out: TestRun[] = [];
  try {
    for (const forge of spec.forges ?? ctx.forges) out.push(await runOn(forge, spec, blueprint, text, testDir, ctx, scriptFile, temp));
  } finally {
    if (!ctx.keep) rmSync(temp, { recursive: true, force: true });
  }
  return out;
}

async function runOn(forge: ForgeName, spec: TestSpec, blueprint: Blueprint, text: string, testDir: string, ctx: TestContext, scriptFile: string, temp: string): Promise<TestRun> {
  // The local forge emulates GitHub and Forgejo; GHES runs as GitHub, Gitea as Forgejo.
  const flavour = familyOf(forge);
  const prepared = prepareFiles(flavour, ctx.configText, [{ path: ctx.blueprintPath, text, blueprint }], PERSON);
  const runsDir = path.join(temp, `runs-${forge}`);
  // Everyone an event names acts with write access, as a collaborator would.
  const people = Object.fromEntries((spec.events ?? []).flatMap((e) => (e.as && e.as !== PERSON ? [[e.as, "write" as const]] : [])));
  const session = await LocalSession.start({
    flavour,
    owner: PERSON,
    people,
    workTree: path.resolve(testDir, spec.fixture),
    files: { ...prepared.files, [ctx.blueprintPath]: text },
    vars: Object.keys(spec.models).length ? { CRUSTYCLAW_MODEL: `scripted:${scriptFile}` } : {},
    // Nothing here is GitHub's API: its write spacing and retry waits need not be slept.
    runnerEnv: { CRUSTYCLAW_TIME_SCALE: "0.01" },
    runsDir,
  });
  const failures: string[] = [];
  let last: Snapshot | undefined;
  try {
    const issue = (await session.as(PERSON).createIssue(spec.issue)).number;
    await session.settle();
    const start = startsWith(blueprint);
    const events: TestEvent[] = spec.events ?? [start && "label" in start ? { label: start.label } : { comment: start && "command" in start ? start.command : "" }];
    for (const [i, e] of events.entries()) {
      await act(session, blueprint, issue, e);
      await session.settle();
      if (!e.expect) continue;
      last = await observe(session, blueprint, issue, e.expect);
      failures.push(...compare(e.expect, last).map((f) => `after event ${i + 1} (${describe(e)}): ${f}`));
    }
    last = await observe(session, blueprint, issue, spec.expect);
    failures.push(...compare(spec.expect, last));
  } finally {
    await session.close();
  }
  return { forge, outcome: last.outcome, reasons: last.reasons, changed: last.changed, nodes: last.nodes, turns: last.turns, failures, ...(ctx.keep ? { runs: runsDir } : {}) };
}

function describe(e: TestEvent): string {
  if ("label" in e) return `label ${e.label}`;
  if ("comment" in e) return `comment ${JSON.stringify(e.comment.slice(0, 40))}`;
  if ("review" in e) return `review ${e.review.event}`;
  if ("merge" in e) return "merge";
  return `status ${e.status.state}`;
}

async function act(session: LocalSession, blueprint: Blueprint, issue: number, e: TestEvent): Promise<void> {
  const forge = session.as(e.as ?? PERSON);
  const pull = async () => {
    const p = await session.as().findPullByHead(`${branchPrefix(blueprint)}${issue}`);
    if (!p) throw new Error(`${describe(e)}: the run has no pull request to act on`);
    return p;
  };
  if ("label" in e) return forge.addLabels(issue, [e.label]);
  if ("comment" in e) return void (await forge.createComment(e.on === "pull" ? (await pull()).number : issue, e.comment));
  if ("review" in e) return void (await forge.submitReview((await pull()).number, { event: e.review.event, body: e.review.body ?? "", comments: e.review.comments ?? [] }));
  if ("merge" in e) return forge.mergePull((await pull()).number, e.merge);
  const p = await pull();
  const res = await fetch(`${session.forge.apiUrl}/repos/${session.repo.fullName}/statuses/${p.headSha}`, {
    method: "POST",
    headers: { authorization: `token ${session.forge.token(e.as ?? PERSON)}`, "content-type": "application/json" },
    body: JSON.stringify({ state: e.status.state, context: e.status.context ?? "ci/test", description: e.status.description ?? "" }),
  });
  if (!res.ok) throw new Error(`status: the forge answered ${res.status}`);
}

/** What a test looks at after an event. */
interface Snapshot {
  outcome: Outcome | "none";
  reasons: string[];
  changed: string[];
  /** The latest result of each node. */
  nodes: NodeResult[];
  turns: number;
  tracking: string;
  /** Contents of the files the expectations name, on the run's branch (the default branch when there is none); undefined: absent. */
  files: Map<string, string | undefined>;
}

/** Where the run stands, from the forge and the runs' uploaded results. */
async function observe(session: LocalSession, blueprint: Blueprint, issue: number, wanted: Expectations): Promise<Snapshot> {
  const o = await runOutcome(session, blueprint, issue);
  const status = o.state?.status;
  const outcome: Outcome | "none" = !o.state
    ? "none"
    : status === "escalated" || status === "merged" || status === "closed" || status === "awaiting-approval"
      ? status
      : o.pull
        ? "pull-request"
        : "no-changes";
  const branch = `${branchPrefix(blueprint)}${issue}`;
  const gitDir = session.repo.gitDir;
  const base = session.repo.defaultBranch;
  const hasBranch = await git("git", ["-C", gitDir, "rev-parse", "--verify", "--quiet", `refs/heads/${branch}`]).then(() => true, () => false);
  const changed = hasBranch ? (await git("git", ["-C", gitDir, "diff", "--name-only", `${base}...${branch}`])).stdout.split("\n").filter(Boolean).sort() : [];
  const files = new Map<string, string | undefined>();
  for (const file of Object.keys(wanted.files ?? {})) {
    files.set(file, await git("git", ["-C", gitDir, "show", `${hasBranch ? branch : base}:${file}`]).then((r) => r.stdout, () => undefined));
  }
  const runs = nodeResults(session);
  const all = runs.flat();
  // The latest run's result per node; a fan-out node (a result per task) is the failed one if any task failed.
  const latest = new Map<string, NodeResult>();
  for (const results of runs) {
    const mine = new Map<string, NodeResult>();
    for (const r of results) if (!mine.has(r.node) || r.status === "failed") mine.set(r.node, r);
    for (const [id, r] of mine) latest.set(id, r);
  }
  return {
    outcome,
    reasons: o.state?.escalation ? [o.state.escalation] : [],
    changed,
    nodes: [...latest.values()],
    turns: all.reduce((a, r) => a + (r.usage?.turns ?? 0), 0),
    tracking: o.tracking ?? "",
    files,
  };
}

/** Every node result the runs uploaded, per run, oldest run first. */
function nodeResults(session: LocalSession): NodeResult[][] {
  return session.forge.actions!.runs.map((run) => {
    const out: NodeResult[] = [];
    const root = path.join(run.workDir, "artifacts");
    for (const artifact of entries(root)) {
      const dir = path.join(root, artifact, "nodes");
      for (const f of entries(dir)) {
        try {
          out.push(JSON.parse(readFileSync(path.join(dir, f), "utf8")) as NodeResult);
        } catch {
          /* not a node result */
        }
      }
    }
    return out;
  });
}

function entries(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

function compare(e: Expectations, run: Snapshot): string[] {
  const out: string[] = [];
  const reasons = run.reasons.length ? `: ${run.reasons.join("; ")}` : "";
  if (e.outcome !== undefined && run.outcome !== e.outcome) out.push(`outcome: expected ${e.outcome}, got ${run.outcome}${reasons}`);
  if (e.escalation !== undefined && !run.reasons.some((r) => r.includes(e.escalation!))) {
    out.push(`escalation: expected a reason containing ${JSON.stringify(e.escalation)}, got ${run.reasons.length ? JSON.stringify(run.reasons) : "none"}`);
  }
  if (e.changed) {
    const want = [...e.changed].sort();
    if (JSON.stringify(want) !== JSON.stringify(run.changed)) out.push(`changed: expected [${want.join(", ")}], got [${run.changed.join(", ")}]`);
  }
  for (const [file, x] of Object.entries(e.files ?? {})) {
    const text = run.files.get(file);
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
    if (x.result !== undefined) out.push(...subsetDiff(x.result, r.result ?? {}, `nodes.${id}.result`));
  }
  if (e.turns !== undefined && run.turns !== e.turns) out.push(`turns: expected ${e.turns}, got ${run.turns}`);
  for (const t of e.tracking === undefined ? [] : [e.tracking].flat()) {
    if (!run.tracking.includes(t)) out.push(`tracking: expected the tracking comment to contain ${JSON.stringify(t)}, got ${JSON.stringify(run.tracking.slice(0, 300))}`);
  }
  return out;
}

/** Where \`actual\` differs from \`expected\`, treating objects in \`expected\` as subsets and everything else as equal-or-not. */
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
