import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { capabilities } from "../../src/policy/sandbox.js";
import { packageRoot } from "../../src/util/package-root.js";
import { activeRun, describeRuns, job, startScenario, type Scenario } from "../helpers/scenario.js";
import { expectNoViolations } from "../localforge/helpers.js";

/**
 * An agent whose command is a probe: it looks for every route out of its sandbox that an
 * outside review found (issue #9) and records what it got. Through the stage bundles, on
 * both forge flavours: the probe gets nothing, and nothing it tried reaches the branch,
 * the pull request, the comments, the logs, the artifacts or a later step.
 */
const MODEL_KEY = "sk-canary-model-key-0123456789abcdef0123456789";
const RUNNER_CANARY = "canary-runner-api-key-9f8e7d6c5b4a";
const SECRET_NAMES = ["ACTIONS_RUNTIME_TOKEN", "CRUSTYCLAW_MODEL_API_KEY", "GITHUB_TOKEN=", "FORGEJO_TOKEN", "GITEA_TOKEN", "INPUT_TOKEN", "CANARY_API_KEY"];
const ACTION_DIR = path.join(packageRoot(), "dist");
const PROBE_WRITE = path.join(ACTION_DIR, ".hostile-probe-write");

function probe(allowed: string, exfil: string, daemonLog: string): string {
  return `import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import { spawn } from "node:child_process";
const out = { uid: process.getuid(), procs: {}, files: {}, writes: {}, net: {} };
for (const pid of fs.readdirSync("/proc").filter((p) => /^[0-9]+$/.test(p))) {
  const p = {};
  try { p.environ = fs.readFileSync("/proc/" + pid + "/environ", "latin1"); } catch (e) { p.environ = e.code; }
  try { p.cmd = fs.readFileSync("/proc/" + pid + "/cmdline", "latin1").split("\\0").join(" ").slice(0, 200); } catch (e) { p.cmd = e.code; }
  out.procs[pid] = p;
}
const read = (label, file) => { try { out.files[label] = fs.readFileSync(file, "latin1").slice(0, 2000); } catch (e) { out.files[label] = e.code; } };
const write = (label, file, text) => { try { fs.appendFileSync(file, text); out.writes[label] = "WROTE"; } catch (e) { out.writes[label] = e.code; } };
read("event", process.env.GITHUB_EVENT_PATH);
read("runner-temp", process.env.RUNNER_TEMP);
for (const k of ["GITHUB_ENV", "GITHUB_OUTPUT", "GITHUB_PATH", "GITHUB_STATE", "GITHUB_STEP_SUMMARY"]) {
  if (process.env[k]) write(k, process.env[k], k === "GITHUB_ENV" ? "NODE_OPTIONS=--require=/tmp/evil.cjs\\n" : "/tmp\\n");
}
write("git-config", ".git/config", "\\n[core]\\n\\tfsmonitor = touch /tmp/pwned-fsmonitor\\n");
write("git-hook", ".git/hooks/pre-commit", "#!/bin/sh\\ntouch /tmp/pwned-hook\\n");
try { fs.renameSync(".git", ".git-moved"); out.writes.renameGit = "RENAMED"; } catch (e) { out.writes.renameGit = e.code; }
write("action", ${JSON.stringify(PROBE_WRITE)}, "pwned");
write("out-dir", (process.env.RUNNER_TEMP || "/nonexistent") + "/crustyclaw-out/nodes/implement.json", "{}");
// A daemon: setsid, detached, outliving the command if anything lets it.
spawn("sh", ["-c", "i=0; while [ $i -lt 200 ]; do date +%s%N >> ${daemonLog}; i=$((i+1)); sleep 0.05; done"], { detached: true, stdio: "ignore" }).unref();
const direct = (label, port) => new Promise((resolve) => {
  const s = net.connect(port, "127.0.0.2", () => { out.net[label] = "CONNECTED"; s.destroy(); resolve(); });
  s.on("error", (e) => { out.net[label] = e.code; resolve(); });
  s.setTimeout(2000, () => { out.net[label] = "TIMEOUT"; s.destroy(); resolve(); });
});
const viaProxy = (label, port) => new Promise((resolve) => {
  const proxy = process.env.HTTP_PROXY ? new URL(process.env.HTTP_PROXY) : undefined;
  if (!proxy) { out.net[label] = "NO_PROXY_SET"; return resolve(); }
  const req = http.request({ host: proxy.hostname, port: proxy.port, path: "http://127.0.0.2:" + port + "/loot", method: "GET" }, (res) => {
    let body = ""; res.on("data", (d) => (body += d)); res.on("end", () => { out.net[label] = res.statusCode + " " + body.trim(); resolve(); });
  });
  req.on("error", (e) => { out.net[label] = e.code; resolve(); });
  req.end();
});
await direct("direct-allowed", ${allowed});
await direct("direct-exfil", ${exfil});
await viaProxy("proxy-allowed", ${allowed});
await viaProxy("proxy-exfil", ${exfil});
fs.writeFileSync("loot.json", JSON.stringify(out, null, 1));
console.log("probe done");
`;
}

const SCRIPT = `turns:
  - tool_calls: [{ name: write_file, arguments: { path: probe.mjs, content: PROBE } }]
  - tool_calls: [{ name: run_command, arguments: { command: "node probe.mjs" } }]
  - tool_calls: [{ name: finish, arguments: { summary: "probed" } }]
`;

function blueprint(allowed: number): string {
  return `name: issue-to-pr
trust: untrusted
triggers:
  issue: { labels: [crustyclaw] }
network: ["127.0.0.2:${allowed}"]
nodes:
  - id: implement
    stage: execute
    agent:
      instructions: Probe the sandbox.
      tools: [write_file, run_command, finish]
      commands: ["node probe.mjs"]
      model: scripted:.crustyclaw/scripts/probe.yml
`;
}

/** A value and the encodings a leak could hide it in. */
function forms(value: string): string[] {
  const b = Buffer.from(value);
  const b64 = (buf: Buffer) => buf.toString("base64").replace(/=+$/, "");
  return [value, b.toString("hex"), b64(b), b64(Buffer.concat([Buffer.from("x"), b])).slice(4), b64(Buffer.concat([Buffer.from("xy"), b])).slice(4)];
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

const servers: http.Server[] = [];
async function server(hits: string[]): Promise<number> {
  const srv = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    res.end("ok");
  });
  servers.push(srv);
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.2", resolve));
  return (srv.address() as AddressInfo).port;
}

const isolated = capabilities().uid && capabilities().namespaces;

for (const flavour of ["github", "forgejo"] as const) {
  describe.skipIf(!isolated)(`a hostile agent's commands (${flavour})`, () => {
    let s: Scenario;
    const allowedHits: string[] = [];
    const exfilHits: string[] = [];
    let allowed: number;
    let exfil: number;
    const daemonLog = `/tmp/crustyclaw-daemon-${flavour}-${process.pid}.log`;

    beforeAll(async () => {
      allowed = await server(allowedHits);
      exfil = await server(exfilHits);
      const script = SCRIPT.replace("PROBE", JSON.stringify(probe(String(allowed), String(exfil), daemonLog)));
      s = await startScenario(flavour, {
        blueprint: blueprint(allowed),
        files: { ".crustyclaw/scripts/probe.yml": script },
        secrets: { CRUSTYCLAW_MODEL_API_KEY: MODEL_KEY },
        runnerEnv: { CANARY_API_KEY: RUNNER_CANARY },
      });
    });
    afterAll(async () => {
      await s.session.close();
      for (const srv of servers.splice(0)) srv.close();
      rmSync(daemonLog, { force: true });
      rmSync(PROBE_WRITE, { force: true });
    });
    afterEach(() => expectNoViolations(s.local));

    it("gets no secret, no runner file, no way to change later steps, and no network but the listed host", async () => {
      // A 64 KB body of unclosed hidden markup: the old sanitize() took about 8 minutes over it, outside any budget.
      const number = await s.openLabelledIssue("alice", "Probe", `probe the sandbox\n${"<a hidden ".repeat(6400)}`);
      const run = activeRun(await s.settle());
      expect(job(run, "implement").result, describeRuns([run])).toBe("success");
      const pulls = await s.pulls();
      expect(pulls, describeRuns([run])).toHaveLength(1);
      const loot = JSON.parse(s.git("show", `${pulls[0]!.head.ref}:loot.json`)) as {
        uid: number;
        procs: Record<string, { environ: string; cmd: string }>;
        files: Record<string, string>;
        writes: Record<string, string>;
        net: Record<string, string>;
      };

      // Its own uid, in its own PID namespace: no process of the runner or the action is visible.
      expect(loot.uid).not.toBe(0);
      expect(loot.uid).not.toBe(process.getuid!());
      const procs = Object.values(loot.procs);
      expect(procs.length).toBeLessThan(10);
      for (const p of procs) {
        expect(p.cmd).not.toMatch(/dist\/(execute|all)\/index\.js|vitest|crustyclaw-sandbox/);
        for (const name of SECRET_NAMES) expect(p.environ).not.toContain(name);
      }
      // The runner's files are hidden; git's metadata, the action's code and the out-dir are out of reach.
      expect(loot.files.event).toMatch(/^E/);
      for (const [what, outcome] of Object.entries(loot.writes)) expect(outcome, what).toMatch(/^E(ACCES|PERM|ROFS|NOENT|NOTDIR|BUSY)$/);
      expect(existsSync(PROBE_WRITE)).toBe(false);

      // Network: only the listed host, only through the proxy; the other is refused and reported.
      expect(loot.net["direct-allowed"]).toMatch(/^E/);
      expect(loot.net["direct-exfil"]).toMatch(/^E/);
      expect(loot.net["proxy-allowed"]).toBe("200 ok");
      expect(loot.net["proxy-exfil"]).toMatch(/^403 blocked by CrustyClaw/);
      expect(exfilHits).toEqual([]);
      expect(allowedHits).toEqual(["/loot"]);

      // The daemon died with the command: its log (if it wrote at all) no longer grows.
      const size = () => (existsSync(daemonLog) ? statSync(daemonLog).size : 0);
      const before = size();
      await new Promise((r) => setTimeout(r, 400));
      expect(size()).toBe(before);

      // No canary anywhere: branch, pull request, comments, job logs, artifacts (results, transcripts).
      const branchFiles = s.git("ls-tree", "-r", "--name-only", pulls[0]!.head.ref).trim().split("\n");
      const outputs = [
        JSON.stringify(pulls),
        JSON.stringify(await s.comments(number)),
        ...run.jobs.map((j) => j.log),
        ...branchFiles.map((f) => s.git("show", `${pulls[0]!.head.ref}:${f}`)),
        ...filesUnder(run.workDir).map((f) => readFileSync(f, "latin1")),
      ].join("\n");
      for (const canary of [MODEL_KEY, RUNNER_CANARY, ...s.local.issuedJobTokens()]) {
        for (const form of forms(canary)) expect(outputs.includes(form), `${canary} (as ${form}) leaked`).toBe(false);
      }
      // What was blocked is reported where people look.
      const tracking = (await s.tracking(number))!;
      expect(tracking).toContain(`blocked 127.0.0.2:${exfil}`);
    });
  });
}
