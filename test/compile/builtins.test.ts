import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_RUNNERS } from "../../src/config/config.js";
import { actionlint } from "../helpers/actionlint.js";
import { builtinNames, compileBuiltin, FORGE_NAMES, ROOT } from "../helpers/blueprints.js";

const UPDATE = process.env.UPDATE_GOLDEN === "1";

describe("built-in blueprints", () => {
  it("include the documented set", () => {
    expect(builtinNames()).toEqual(
      expect.arrayContaining(["issue-to-pr", "fix-failing-ci", "review-pr", "fix-flaky-test", "implement-from-spec", "dependency-upgrade", "weekly-report"]),
    );
  });

  for (const name of builtinNames()) {
    for (const forge of FORGE_NAMES) {
      describe(`${name} for ${forge}`, () => {
        const wf = compileBuiltin(name, forge);

        it("matches its golden file", () => {
          // Regenerate with UPDATE_GOLDEN=1 after an intended change, and review the diff.
          const golden = path.join(ROOT, "test", "golden", forge, path.basename(wf.path));
          if (UPDATE || !existsSync(golden)) {
            if (!UPDATE) throw new Error(`missing golden file ${golden}; run with UPDATE_GOLDEN=1`);
            mkdirSync(path.dirname(golden), { recursive: true });
            writeFileSync(golden, wf.text);
          }
          expect(wf.text).toBe(readFileSync(golden, "utf8"));
        });

        it("passes actionlint with zero findings", async () => {
          const labels = Object.values(DEFAULT_RUNNERS[forge]).flat();
          expect(await actionlint(wf.text, wf.path, labels)).toEqual([]);
        });

        it("recompiles to identical bytes", () => {
          expect(compileBuiltin(name, forge).text).toBe(wf.text);
        });
      });
    }
  }
});
