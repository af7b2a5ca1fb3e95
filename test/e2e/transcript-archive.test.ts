import { execFile, execFileSync } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readStore, storeFile } from "../../src/outcomes/store.js";
import { readArchive, TRANSCRIPT_FILE } from "../../src/outcomes/transcripts.js";
import { sha256 } from "../../src/util/hash.js";
import { describeRuns, jobsOf, oneAgentBlueprint, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

const BIN = path.resolve(import.meta.dirname, "../../dist/cli/index.js");
const run = promisify(execFile);

const SCRIPT = `model: claude-sonnet-4-5
turns:
  - tool_calls: [{ name: write_file, arguments: { path: hello.txt, content: "hello\\n" } }]
    usage: { input_tokens: 100, output_tokens: 10 }
  - tool_calls: [{ name: finish, arguments: { summary: "wrote hello.txt" } }]
    usage: { input_tokens: 100, output_tokens: 10 }
`;

/**
 * Issue 13's audit trail: the publish job archives the segment's agent transcripts (gzipped
 * JSON Lines) on the outcome branch, beyond the artifacts' retention; the run's record, written
 * by the record job after the merge in a later workflow run, links the archive by path and
 * sha256, which `audit verify` checks byte for byte.
 */
for (const flavour of ["github", "forgejo"] as const) {
  describe(`transcript archive on ${flavour}`, () => {
    let s: Scenario;
    beforeAll(async () => {
      s = await startScenario(flavour, {
        blueprint: oneAgentBlueprint({ tools: ["write_file", "finish"] }),
        files: { ".crustyclaw/scripts/implement.yml": SCRIPT },
        secrets: { CRUSTYCLAW_MODEL_API_KEY: "sk-scripted-not-a-real-key-000000" },
      });
    });
    afterAll(() => s.session.close());
    afterEach(() => expectNoViolations(s.local));

    const remote = () => ({ remote: s.local.gitUrl("acme", "app"), token: s.local.token("acme") });
    // Over git, or (`api`) through the contents API as a read-only collaborator: each linked archive one request, as raw bytes.
    const audit = (api = false) =>
      run(process.execPath, [BIN, "audit", "verify", ...(api ? ["--api", "--forge", flavour, "--repo", "acme/app", "--api-url", s.local.apiUrl] : ["--from", s.local.gitUrl("acme", "app")])], {
        env: { ...process.env, [flavour === "github" || !api ? "GITHUB_TOKEN" : "FORGEJO_TOKEN"]: s.local.token(api ? "reader" : "acme") },
      }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    let file: string;

    it("publish archives the agent's transcript on the outcome branch; the merged run's record links it; audit verify checks it", async () => {
      const issue = await s.openLabelledIssue("alice", "Say hello", "x");
      const runs = await s.settle();
      expect(jobsOf(runs), describeRuns(runs)).toEqual([
        ["route", "success"],
        ["implement", "success"],
        ["publish-execute", "success"],
      ]);
      const files = s.git("ls-tree", "-r", "--name-only", "crustyclaw/outcomes").trim().split("\n");
      expect(files).toHaveLength(1);
      file = files[0]!;
      expect(file).toMatch(TRANSCRIPT_FILE);
      expect(file).toMatch(new RegExp(`^transcripts/issue-to-pr/${issue}-\\d{8}T\\d{6}Z/execute-\\d+-1\\.jsonl\\.gz$`));
      const bytes = execFileSync("git", ["-C", s.session.repo.gitDir, "show", `crustyclaw/outcomes:${file}`]);
      const entries = readArchive(bytes);
      expect(entries.filter((e) => e.type === "tool").map((e) => (e.call as { name: string }).name)).toEqual(["write_file", "finish"]);
      expect(entries.every((e) => e.transcript === "implement/implement")).toBe(true);
      expect(JSON.stringify(entries)).not.toContain("sk-scripted-not-a-real-key");

      const pr = (await s.pulls()).find((p) => p.head.ref === `crustyclaw/issue-to-pr-${issue}`)!;
      await s.session.as("alice").mergePull(pr.number, "merge");
      const merged = await s.settle();
      expect(jobsOf(merged), describeRuns(merged)).toEqual([
        ["route", "success"],
        ["record", "success"],
      ]);
      const { records, problems } = await readStore({ ...remote(), archives: true });
      expect(problems).toEqual([]);
      expect(records.map((r) => r.record.transcripts)).toEqual([[{ path: file, sha256: sha256(bytes) }]]);
      const intact = `1 records intact and chained; newest ${records[0]!.record.hash.slice(0, 12)}; the 1 transcript archives they link are intact\n`;
      expect((await audit()).stdout).toBe(intact);
      // The archive's gzip bytes are not UTF-8: read as text they would hash differently.
      const viaApi = await audit(true);
      expect(viaApi.stderr).toBe("");
      expect(viaApi.stdout).toBe(intact);
    });

    it("an archive edited on the branch is named by audit verify, over git and through the API", async () => {
      await storeFile({ path: file, bytes: Buffer.from("not the transcript") }, remote());
      for (const api of [false, true]) {
        const verified = await audit(api);
        expect(verified.code).toBe(1);
        expect(verified.stderr).toContain(`outcomes/${new Date().toISOString().slice(0, 7)}.jsonl:1: transcript archive ${file} of run issue-to-pr#`);
        expect(verified.stderr).toContain("was edited: it hashes to");
      }
    });
  });
}
