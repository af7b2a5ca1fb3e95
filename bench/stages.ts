// Stage figures (issue #3): cold start of each bundled action, process start to
// its first forge request (target < 300 ms), and the forge requests of a full
// issue → pull request run per flavour (target ≤ 15).
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sha256 } from "../src/util/hash.js";
import { DETERMINISTIC_BLUEPRINT, startScenario } from "../test/helpers/scenario.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function coldStart(action: string, runs = 7): Promise<number> {
  let firstAt = 0;
  const server = createServer((req, res) => {
    if (!firstAt) firstAt = performance.now();
    req.resume();
    res.writeHead(404, { "content-type": "application/json" }).end('{"message":"Not Found"}');
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  const ws = mkdtempSync(path.join(tmpdir(), "crustyclaw-cold-"));
  mkdirSync(path.join(ws, ".crustyclaw/blueprints"), { recursive: true });
  writeFileSync(path.join(ws, ".crustyclaw/blueprints/b.yml"), DETERMINISTIC_BLUEPRINT);
  const event = path.join(ws, "event.json");
  const user = { login: "alice", id: 1, type: "User" };
  const repo = { full_name: "acme/app", name: "app", id: 1, owner: { login: "acme", id: 2 }, default_branch: "main" };
  writeFileSync(event, JSON.stringify({ action: "labeled", issue: { number: 1, title: "t", body: "b", labels: [{ name: "crustyclaw" }], user, html_url: "x" }, label: { name: "crustyclaw" }, repository: repo, sender: user }));
  const env = {
    PATH: process.env.PATH ?? "",
    GITHUB_WORKSPACE: ws,
    GITHUB_EVENT_NAME: "issues",
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: "acme/app",
    GITHUB_SERVER_URL: `http://127.0.0.1:${port}`,
    GITHUB_API_URL: `http://127.0.0.1:${port}/api/v3`,
    GITHUB_SHA: "0".repeat(40),
    GITHUB_OUTPUT: path.join(ws, "out"),
    INPUT_BLUEPRINT: ".crustyclaw/blueprints/b.yml",
    "INPUT_BLUEPRINT-SHA256": sha256(DETERMINISTIC_BLUEPRINT),
    INPUT_TOKEN: "bench-token",
    INPUT_ISSUE: "1",
    INPUT_PHASE: "publish",
    "INPUT_IN-DIR": ws,
  };
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    firstAt = 0;
    const t0 = performance.now();
    await new Promise<void>((resolve) => execFile(process.execPath, [path.join(ROOT, "dist", action, "index.js")], { env, cwd: ws }, () => resolve()));
    if (firstAt) times.push(firstAt - t0);
  }
  server.close();
  return median(times);
}

// What a GitHub runner downloads for `uses: …/actions/<stage>@ref`: the repository's archive
// at the ref (git archive, honouring .gitattributes export-ignore), gzipped.
const archive = await new Promise<number>((resolve, reject) => {
  const child = execFile("sh", ["-c", "git archive HEAD | gzip -9 | wc -c"], { cwd: ROOT }, (err, out) => (err ? reject(err) : resolve(Number(out.trim()))));
  child.stdin?.end();
});
console.log(`\nAction download (git archive of HEAD, gzipped): ${(archive / 1e6).toFixed(2)} MB (target ≤ 2 MB)`);

// What `npm install` of the package brings into a project: packed as published, installed offline.
{
  const run = (cmd: string, args: string[], cwd: string) =>
    new Promise<string>((resolve, reject) => execFile(cmd, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (err, out) => (err ? reject(err) : resolve(out))));
  const packDir = mkdtempSync(path.join(tmpdir(), "crustyclaw-bench-pack-"));
  const tgz = (await run("npm", ["pack", "--silent", "--pack-destination", packDir], ROOT)).trim().split("\n").pop()!;
  const project = mkdtempSync(path.join(tmpdir(), "crustyclaw-bench-install-"));
  writeFileSync(path.join(project, "package.json"), '{ "name": "scratch", "private": true }\n');
  await run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--silent", path.join(packDir, tgz)], project);
  const kb = Number((await run("du", ["-sk", path.join(project, "node_modules")], project)).split("\t")[0]);
  const packages = (await run("sh", ["-c", "find node_modules -name package.json -not -path '*/node_modules/*/node_modules/*' -maxdepth 3 | wc -l"], project)).trim();
  console.log(`Installed: ${(kb / 1024).toFixed(1)} MB in node_modules, ${packages} package(s) (the tarball ${tgz}, offline)`);
}

/** `node -e 0`: the floor any Node program starts from. */
async function floor(runs = 7): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await new Promise<void>((resolve) => execFile(process.execPath, ["-e", "0"], () => resolve()));
    times.push(performance.now() - t0);
  }
  return median(times);
}

const nodeFloor = await floor();
console.log(`\nCold start: process start to first forge request (median of 7); \`node -e 0\` floor ${nodeFloor.toFixed(0)} ms`);
for (const action of ["route", "plan", "execute", "review", "feedback"]) {
  const ms = await coldStart(action);
  console.log(`${action.padEnd(10)} ${ms.toFixed(0).padStart(5)} ms, ${(ms / nodeFloor).toFixed(1)}× the floor (target ≤ 5×)`);
}

console.log("\nOne issue → pull request run through the local forge's Actions (deterministic issue-to-pr, real waits)");
// With the config `crustyclaw init` writes (the pull request labelled `crustyclaw`, no reviewers), then with reviewers
// configured: the throttling plugin holds a review request (a write that notifies) 3 s after the pull request it asks on.
const variants = [
  { flavour: "github", reviewers: [], what: "init's config" },
  { flavour: "github", reviewers: ["acme"], what: "+ reviewers" },
  { flavour: "forgejo", reviewers: [], what: "init's config" },
  { flavour: "forgejo", reviewers: ["acme"], what: "+ reviewers" },
] as const;
for (const { flavour, reviewers, what } of variants) {
  // Real time: GitHub's write spacing (a second between writes, three between writes that notify) is part of the figure.
  // Three issues one after another on one forge (median and spread: the machine is shared); requests of the last.
  const s = await startScenario(flavour, { reviewers: [...reviewers], runnerEnv: { CRUSTYCLAW_TIME_SCALE: "1" } });
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const { number } = await s.session.as("alice").createIssue({ title: `Say hello ${i}`, body: "x" });
    await s.settle();
    s.local.requests.reset();
    const t0 = performance.now();
    await s.session.as("alice").addLabels(number, ["crustyclaw"]);
    await s.settle();
    times.push(performance.now() - t0);
  }
  const api = s.local.requests.entries.filter((r) => !/\.git\//.test(r.path) && r.login !== "alice");
  const git = s.local.requests.entries.filter((r) => /\.git\//.test(r.path)).length;
  const writes = api.filter((r) => r.method !== "GET").length;
  const target = flavour === "github" && reviewers.length === 0 ? "; target ≤ 4 s" : "";
  const secs = (ms: number) => (ms / 1000).toFixed(1);
  console.log(
    `${flavour.padEnd(8)} ${what.padEnd(14)} ${String(api.length).padStart(3)} API requests by the actions (target ≤ 15; ${writes} writes), ${git} git HTTP requests, ${secs(median(times))} s from label to idle (median of 3, ${secs(Math.min(...times))}–${secs(Math.max(...times))}${target})`,
  );
  if (reviewers.length === 0) for (const [route, n] of Object.entries(s.local.requests.counts()).filter(([r]) => !r.includes(".git")).sort()) console.log(`           ${n} × ${route}`);
  await s.session.close();
}
