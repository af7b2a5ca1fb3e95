/**
 * The malformed-blueprint corpus: every file in test/fixtures/malformed is a broken
 * blueprint whose leading comments say what `crustyclaw validate` must report:
 *
 *   # expect: <line>:<column> <substring of a problem's message>
 *   # hint: <line>:<column> <substring of that problem's hint>
 *
 * Lines and columns are 1-based and count the comment lines. Each file is run
 * through the real CLI entry point, as a user would run it.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { loadBlueprint } from "../../src/blueprint/validate.js";
import { main } from "../../src/cli/main.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const dir = "test/fixtures/malformed";
const fixtures = readdirSync(path.join(root, dir))
  .filter((f) => f.endsWith(".yml"))
  .sort();

interface Expectation {
  kind: "expect" | "hint";
  line: number;
  column: number;
  text: string;
}

interface JsonProblem {
  file: unknown;
  line: unknown;
  column: unknown;
  message: unknown;
  code: unknown;
  hint?: unknown;
}

interface JsonResult {
  ok: boolean;
  blueprints: Array<{ path: string; valid: boolean; name: string | null }>;
  problems: JsonProblem[];
}

function expectationsOf(text: string, file: string): Expectation[] {
  const out: Expectation[] = [];
  for (const line of text.split("\n")) {
    if (!/^#\s*(expect|hint)\b/.test(line)) continue;
    const m = /^# (expect|hint): (\d+):(\d+) (.+)$/.exec(line);
    if (!m) throw new Error(`${file}: malformed expectation line: ${line}`);
    out.push({ kind: m[1] as Expectation["kind"], line: Number(m[2]), column: Number(m[3]), text: m[4]!.trim() });
  }
  return out;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, root, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function expectNoCrash(output: string): void {
  expect(output).not.toContain("    at ");
  expect(output.toLowerCase()).not.toContain("internal error");
}

let emitWarning: MockInstance;
beforeEach(() => {
  // Library warnings (e.g. yaml's "Keys with collection values will be stringified")
  // would bypass the CLI's io and land on the user's terminal.
  emitWarning = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
});
afterEach(() => {
  expect(emitWarning).not.toHaveBeenCalled();
  emitWarning.mockRestore();
});

describe("malformed blueprint corpus", () => {
  it("has at least 35 cases, each with at least one expectation", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(35);
    for (const f of fixtures) {
      const text = readFileSync(path.join(root, dir, f), "utf8");
      expect(expectationsOf(text, f).filter((e) => e.kind === "expect").length, f).toBeGreaterThan(0);
    }
  });

  it("harness sanity: the shipped example validates cleanly", async () => {
    const r = await run(["validate", "--json", "blueprints/issue-to-pr.yml"]);
    expectNoCrash(r.out + r.err);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as JsonResult).problems).toEqual([]);
  });

  it("near misses stay valid: a `...` end marker, a BOM, CRLF line endings, a leading comment", () => {
    const base = "name: demo\ntriggers: {dispatch: true}\nnodes: [{id: a, stage: plan, run: x}]\n";
    for (const text of [`${base}...\n`, `${base}...\n# done\n`, `\uFEFF${base}`, base.replace(/\n/g, "\r\n"), `# a comment\n${base}`]) {
      expect(loadBlueprint("f.yml", text).problems, JSON.stringify(text)).toEqual([]);
    }
  });

  for (const f of fixtures) {
    const file = `${dir}/${f}`;
    it(f, async () => {
      const text = readFileSync(path.join(root, file), "utf8");
      const expectations = expectationsOf(text, f);
      const lineCount = text.split("\n").length;

      const r = await run(["validate", "--json", file]);
      expectNoCrash(r.out + r.err);
      expect(r.code).toBe(1);
      expect(r.err).toBe("");

      const result = JSON.parse(r.out) as JsonResult;
      expect(result.ok).toBe(false);
      expect(result.blueprints).toEqual([{ path: file, valid: false, name: null }]);
      expect(result.problems.length).toBeGreaterThan(0);

      const seen = new Set<string>();
      for (const p of result.problems) {
        const where = JSON.stringify(p);
        expect(p.file, where).toBe(file);
        expect(typeof p.line, where).toBe("number");
        expect(typeof p.column, where).toBe("number");
        expect(Number.isInteger(p.line) && Number.isInteger(p.column), where).toBe(true);
        // Every problem in this corpus is at a real position in the file.
        expect(p.line as number, where).toBeGreaterThanOrEqual(1);
        expect(p.line as number, where).toBeLessThanOrEqual(lineCount);
        expect(p.column as number, where).toBeGreaterThanOrEqual(1);
        expect(typeof p.message, where).toBe("string");
        expect((p.message as string).length, where).toBeGreaterThan(0);
        expect(p.message as string, where).not.toMatch(/\n/);
        expect(typeof p.code, where).toBe("string");
        if (p.hint !== undefined) expect(typeof p.hint, where).toBe("string");
        const key = `${String(p.line)}:${String(p.column)}:${String(p.message)}`;
        expect(seen.has(key), `reported twice: ${where}`).toBe(false);
        seen.add(key);
      }

      for (const e of expectations) {
        const match = result.problems.find((p) => {
          if (p.line !== e.line || p.column !== e.column) return false;
          const field = e.kind === "expect" ? p.message : p.hint;
          return typeof field === "string" && field.toLowerCase().includes(e.text.toLowerCase());
        });
        const got = result.problems
          .map((p) => `${String(p.line)}:${String(p.column)} ${String(p.message)}${p.hint ? ` (hint: ${String(p.hint)})` : ""}`)
          .join("\n  ");
        expect(match, `no problem matching '# ${e.kind}: ${e.line}:${e.column} ${e.text}'; got:\n  ${got}`).toBeDefined();
      }
    });
  }

  it("text mode prints file:line:column: message, then the hint and a count", async () => {
    const file = `${dir}/needs-unknown-node.yml`;
    const r = await run(["validate", file]);
    expectNoCrash(r.out + r.err);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    const lines = r.err.split("\n").filter((l) => l !== "");
    expect(lines[0]!.startsWith(`${file}:12:13: `)).toBe(true);
    expect(lines[0]).toBe(`${file}:12:13: node 'test' needs unknown node 'biuld'`);
    expect(lines[1]).toBe("  hint: did you mean 'build'?");
    expect(lines[lines.length - 1]).toBe("1 problem found");
  });

  it("text mode puts every problem of a many-problem file on its own file:line:column line", async () => {
    const file = `${dir}/many-problems.yml`;
    const r = await run(["validate", file]);
    expectNoCrash(r.out + r.err);
    expect(r.code).toBe(1);
    const located = r.err.split("\n").filter((l) => l.startsWith(`${file}:`));
    expect(located.map((l) => /^[^:]+:(\d+:\d+): /.exec(l)?.[1])).toEqual(["6:7", "8:3", "12:12", "16:13", "17:15"]);
    expect(r.err).toContain("5 problems found");
  });
});
