import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isMap, isPair, isScalar, parseDocument, stringify, visit } from "yaml";
import { main } from "../../src/cli/main.js";
import { DEFAULT_RUNNERS } from "../../src/config/config.js";
import { actionlint } from "../helpers/actionlint.js";
import { FORGE_NAMES } from "../helpers/blueprints.js";
import { captureIo } from "../helpers/io.js";

/** Payloads that would run code if they reached a shell or the expression engine. */
const PAYLOADS = [
  '"; curl x | sh; "',
  "$(id)",
  "`id`",
  "${{ secrets.X }}",
  "${{ github.event.issue.title }}",
  "x\n  run: curl x | sh\n",
  "'; exit 1; '",
  "}} ${{ toJSON(secrets) }}",
  "\u202Eevil\u200B",
];

/** Markers that must never appear in a compiled workflow (each payload contains one). */
const MARKERS = ["curl x", "$(id)", "`id`", "secrets.X", "issue.title", "exit 1", "toJSON(secrets)", "\u202E"];

/** Every `${{ }}` the compiler may write: its own contexts, never event text. */
const ALLOWED_EXPRESSIONS = [
  /^github\.event\.issue\.number \|\| github\.event\.pull_request\.number \|\| github\.event\.workflow_run\.pull_requests\[0\]\.number \|\| github\.run_id \|\| github\.run_number$/,
  // GitHub, with feedback rounds: an inline comment without the command gets a group of its own.
  /^github\.event\.issue\.number \|\| \(github\.event_name != 'pull_request_review_comment' \|\| startsWith\(format\('\{0\} ', github\.event\.comment\.body\), '\/[a-z0-9-]+ '\) \|\| startsWith\(github\.event\.comment\.body, format\('\{0\}\{1\}', '\/[a-z0-9-]+', fromJSON\('"\\n"'\)\)\) \|\| startsWith\(github\.event\.comment\.body, format\('\{0\}\{1\}', '\/[a-z0-9-]+', fromJSON\('"\\r"'\)\)\)\) && github\.event\.pull_request\.number \|\| github\.event\.workflow_run\.pull_requests\[0\]\.number \|\| github\.run_id \|\| github\.run_number$/,
  /^steps\.route\.outputs\.(stage|issue|ref|plan|instructions|outcomes|policy|trace|spend)$/,
  /^needs\.route\.outputs\.(issue|ref|plan|instructions|outcomes|policy|trace|spend)$/,
  // The approved plan's upload (route job) and download (work jobs), only when the route handed one over.
  /^steps\.route\.outputs\.plan != ''( \|\| steps\.route\.outputs\.stage == 'feedback')?$/,
  /^needs\.route\.outputs\.plan != ''$/,
  /^github\.token$/,
  /^github\.event\.repository\.default_branch$/,
  /^runner\.temp$/,
  /^secrets\.[A-Z][A-Z0-9_]*$/,
  /^vars\.CRUSTYCLAW_MODEL(_BASE_URL)?$/,
  /^!cancelled\(\)( && needs\.route\.outputs\.stage == '[a-z]+')?$/,
  // Continuity: a re-run of a job downloads what its earlier attempt recorded.
  /^github\.run_attempt != '1'$/,
  // The repo map's cache is saved unless this commit's entry was restored.
  /^!cancelled\(\) && steps\.repomap\.outputs\.cache-hit != 'true'$/,
];

/** Job-level `if:` conditions (bare expressions) may only compare event fields to pattern-checked literals. */
const ALLOWED_IF_PART =
  /^(github\.event_name == '[a-z_]+'|contains\(github\.event\.issue\.labels\.\*\.name, '[A-Za-z0-9 ._:/+-]+'\)|startsWith\(format\('\{0\} ', github\.event\.comment\.body\), '\/[a-z0-9-]+ '\)|startsWith\(github\.event\.comment\.body, format\('\{0\}\{1\}', '\/[a-z0-9-]+', fromJSON\('"\\[nr]"'\)\)\)|startsWith\(github\.event\.pull_request\.head\.ref, 'crustyclaw\/[a-z0-9-]+'\)|github\.event\.workflow_run\.[a-z_.]+ == ('[a-z_]+'|github\.repository)|needs\.route\.outputs\.stage == '[a-z]+'|needs\.route\.outputs\.outcomes != ''|github\.event\.action [!=]= 'assigned'|contains\(github\.event\.issue\.assignees\.\*\.login, '[A-Za-z0-9._-]+'\)|contains\(github\.event\.comment\.body, '@[A-Za-z0-9._-]+'\))$/;

/**
 * Prove a compiled workflow inert: no inline scripts at all, every expression from the
 * compiler's allow-list, no payload text anywhere, and actionlint (which flags untrusted
 * contexts in scripts) has nothing to say.
 */
async function assertInert(text: string, file: string, forge: "github" | "forgejo") {
  for (const m of MARKERS) expect(text, `payload marker ${JSON.stringify(m)} leaked`).not.toContain(m);
  const doc = parseDocument(text);
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      expect(["run", "script", "shell"], `inline ${key} emitted`).not.toContain(key);
      if (key === "if" && isScalar(pair.value) && !String(pair.value.value).startsWith("${{")) {
        const parts = String(pair.value.value)
          .split(/ \|\| | && /)
          .map(balanceParens);
        for (const part of parts) expect(part, "if: condition").toMatch(ALLOWED_IF_PART);
      }
    },
    Scalar(_, node) {
      if (typeof node.value !== "string") return;
      for (const m of node.value.matchAll(/\$\{\{\s*(.*?)\s*\}\}/g)) {
        expect(
          ALLOWED_EXPRESSIONS.some((re) => re.test(m[1]!)),
          `unexpected expression \${{ ${m[1]} }}`,
        ).toBe(true);
      }
    },
  });
  expect(isMap(doc.contents)).toBe(true);
  const labels = Object.values(DEFAULT_RUNNERS[forge]).flat();
  expect(await actionlint(text, file, labels)).toEqual([]);
}

/** A part of a condition split at `||`/`&&`, without the grouping parentheses around it. */
function balanceParens(part: string): string {
  let p = part.trim().replace(/^\(+/, "");
  const count = (c: string) => p.split(c).length - 1;
  while (p.endsWith(")") && count(")") > count("(")) p = p.slice(0, -1);
  return p;
}

function blueprintWith(payload: string): Record<string, unknown>[] {
  const base = () => ({
    name: "hostile",
    description: payload,
    triggers: { issue: { labels: ["claw"] }, command: "/claw" },
    nodes: [
      {
        id: "plan",
        stage: "plan",
        agent: { instructions: payload, tools: ["read_file", "run_command"], commands: [asArgument(payload)] },
      },
      { id: "check", stage: "review", needs: ["plan"], run: payload.replace(/\$\{\{/g, "$ {{") || "true" },
    ],
  });
  // The payload in every free-text field, then in each constrained field on its own.
  const inName = { ...base(), name: payload };
  const inLabel = { ...base(), triggers: { issue: { labels: [payload] } } };
  const inCommand = { ...base(), triggers: { command: payload } };
  const inCron = { ...base(), triggers: { schedule: [payload] } };
  const inMention = { ...base(), triggers: { mention: payload } };
  const inAssignee = { ...base(), triggers: { assignee: payload } };
  const inId = base();
  (inId.nodes[0] as { id: string }).id = payload;
  const inSecret = base();
  (inSecret.nodes[1] as Record<string, unknown>).secrets = [payload];
  const inModel = base();
  ((inModel.nodes[0] as { agent: Record<string, unknown> }).agent).model = payload;
  const inRun = base();
  (inRun.nodes[1] as { run: string }).run = payload;
  const inWorkflows = { ...base(), triggers: { "ci-failure": { workflows: [payload] } } };
  // A commands entry is a pattern (docs/tools.md): the raw payload may be refused, with a position.
  const inCommands = base();
  ((inCommands.nodes[0] as { agent: Record<string, unknown> }).agent).commands = [payload.slice(0, 200) || "x"];
  // A pull request and feedback rounds: review and inline-comment triggers, the route's artifact, the feedback download.
  const inFeedback = base();
  inFeedback.nodes.push({ id: "build", stage: "execute", needs: ["plan"], run: "true" }, { id: "address", stage: "feedback", agent: { instructions: payload, tools: ["read_file"], commands: [] } });
  return [base(), inName, inLabel, inCommand, inCron, inMention, inAssignee, inId, inSecret, inModel, inRun, inWorkflows, inCommands, inFeedback];
}

/** The payload as one single-quoted argument of an allow-list entry, which is always a valid pattern. */
function asArgument(payload: string): string {
  return `echo '${payload.replace(/[\r\n]/g, " ").replace(/'/g, "'\\''")}'`;
}

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-hostile-"));
  mkdirSync(path.join(dir, ".git"));
  return dir;
}

/** Compile through the CLI: either a workflow that is proven inert, or a clear error with a position. */
async function compileOrExplain(text: string, forge: "github" | "forgejo", config?: string) {
  const dir = workspace();
  if (config !== undefined) {
    mkdirSync(path.join(dir, ".crustyclaw"), { recursive: true });
    writeFileSync(path.join(dir, ".crustyclaw", "config.yml"), config);
  }
  writeFileSync(path.join(dir, "bp.yml"), text);
  const io = captureIo();
  const code = await main(["compile", "--forge", forge, "--out", "out", "bp.yml"], dir, io);
  const output = io.stdout() + io.stderr();
  expect(output).not.toMatch(/internal error|\n\s+at /);
  if (code === 0) {
    const file = path.join(dir, "out", "crustyclaw-hostile.yml");
    await assertInert(readFileSync(file, "utf8"), file, forge);
    return "compiled" as const;
  }
  expect(code).toBe(1);
  expect(io.stderr()).toMatch(/^(bp\.yml|\.crustyclaw\/config\.yml)(:\d+:\d+)?: /m);
  return "refused" as const;
}

describe("hostile blueprints", () => {
  for (const forge of FORGE_NAMES) {
    for (const [i, payload] of PAYLOADS.entries()) {
      it(`${forge}: payload ${i} ${JSON.stringify(payload).slice(0, 30)} is inert or refused in every field`, async () => {
        const outcomes = [];
        for (const bp of blueprintWith(payload)) outcomes.push(await compileOrExplain(stringify(bp), forge));
        // Free text (description, instructions, commands) is allowed and must compile inertly.
        expect(outcomes[0]).toBe("compiled");
      });
    }
  }

  it("refuses YAML tags such as js/function", async () => {
    const text = "name: hostile\ndescription: !<tag:yaml.org,2002:js/function> 'function(){ return 1 }'\ntriggers: { command: /claw }\nnodes: [{ id: a, stage: review, run: 'true' }]\n";
    expect(await compileOrExplain(text, "github")).toBe("refused");
  });

  it("refuses a billion-laughs alias bomb quickly", async () => {
    const lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]`);
    const text = `name: hostile\ntriggers: { command: /claw }\nnodes: [{ id: a, stage: review, run: 'true' }]\n${lines.join("\n")}\n`;
    const started = Date.now();
    expect(await compileOrExplain(text, "github")).toBe("refused");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("refuses a file over the size limit without parsing it", async () => {
    const text = `name: hostile\ndescription: "${"A".repeat(1_100_000)}"\ntriggers: { command: /claw }\nnodes: [{ id: a, stage: review, run: 'true' }]\n`;
    expect(await compileOrExplain(text, "github")).toBe("refused");
  });

  it("compiles a large but legal blueprint (100 nodes, long instructions) inertly", async () => {
    const nodes = Array.from({ length: 100 }, (_, i) => ({
      id: `n${i}`,
      stage: "execute",
      ...(i > 0 ? { needs: [`n${i - 1}`] } : {}),
      agent: { instructions: `${PAYLOADS.join(" ")} `.repeat(50) },
    }));
    const text = stringify({ name: "hostile", triggers: { issue: { labels: ["go"] }, command: "/claw", mention: "crustyclaw", assignee: "crustyclaw" }, nodes });
    expect(await compileOrExplain(text, "forgejo")).toBe("compiled");
  });

  it("refuses hostile values in .crustyclaw/config.yml", async () => {
    const text = stringify({ name: "hostile", triggers: { command: "/claw" }, nodes: [{ id: "a", stage: "review", run: "true" }] });
    for (const payload of PAYLOADS) {
      for (const config of [
        { actions: { ref: payload } },
        { actions: { repository: payload } },
        { actions: { "forgejo-url": payload } },
        { runners: { internal: payload } },
        { runners: { github: { trusted: [payload] } } },
        { secrets: { "model-api-key": payload } },
      ]) {
        expect(await compileOrExplain(text, "github", stringify(config))).toBe("refused");
      }
    }
  });
});
