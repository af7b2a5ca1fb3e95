import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RunNode } from "../../src/blueprint/types.js";
import { scrubbedEnv } from "../../src/policy/scrubbed-env.js";
import { MAX_OUTPUT_BYTES, runCommand } from "../../src/stages/run-node.js";

const node = (run: string, secrets: string[] = []): RunNode => ({ id: "n", stage: "execute", needs: [], trust: "internal", kind: "run", run, secrets, minutes: 1, network: "any" });
const ws = () => mkdtempSync(path.join(tmpdir(), "crustyclaw-node-"));

describe("deterministic nodes", () => {
  it("runs with bash -e -o pipefail and reports the exit code", async () => {
    const ok = await runCommand(node("echo hi"), ws(), process.env);
    expect(ok).toMatchObject({ status: "done", exitCode: 0, output: "hi\n" });
    const failed = await runCommand(node("false | true\necho unreachable-if-pipefail-works\nfalse\necho after"), ws(), process.env);
    expect(failed.status).toBe("failed");
    expect(failed.output).not.toContain("after");
  });

  it("stops a command and its children when the budget runs out", async () => {
    const started = Date.now();
    const r = await runCommand(node("sleep 30 & sleep 30"), ws(), process.env, { timeoutMs: 300 });
    expect(r).toMatchObject({ status: "failed", timedOut: true });
    expect(r.output).toContain("budget of 1 minute(s) ran out");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("keeps the tail of long output", async () => {
    const r = await runCommand(node(`head -c ${3 * MAX_OUTPUT_BYTES} /dev/zero | tr '\\0' 'a'; echo; echo THE-END`), ws(), process.env);
    expect(r.output.length).toBeLessThan(MAX_OUTPUT_BYTES + 200);
    expect(r.output).toMatch(/^\[… output truncated/);
    expect(r.output).toContain("THE-END");
  });

  it("hides forge and model tokens from commands, passes declared secrets, and redacts them in output", async () => {
    const env = {
      PATH: process.env.PATH,
      GITHUB_TOKEN: "ghs_should_not_leak_000000000000000000",
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: "oidc-should-not-leak",
      ACTIONS_ID_TOKEN_REQUEST_URL: "http://oidc",
      INPUT_TOKEN: "input-should-not-leak",
      CRUSTYCLAW_MODEL_API_KEY: "model-key-should-not-leak",
      NPM_TOKEN: "npm-secret-value-123",
      HARMLESS: "visible",
    };
    const r = await runCommand(node("env | sort; echo token=$NPM_TOKEN", ["NPM_TOKEN"]), ws(), env);
    expect(r.output).not.toMatch(/should-not-leak|should_not_leak/);
    expect(r.output).toContain("HARMLESS=visible");
    expect(r.output).toContain("token=***");
    expect(r.output).not.toContain("npm-secret-value-123");
    expect(Object.keys(scrubbedEnv(env, []))).toEqual(["PATH", "NPM_TOKEN", "HARMLESS"]);
  });
});
