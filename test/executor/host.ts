import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseWorkflowFile, runWorkflow, type ExecutorHost, type JobTokenRequest, type RunRequest, type RunResult } from "../../src/executor/index.js";

/**
 * The executor without a forge: a bare repository on disk as the "remote", a host that
 * records the token requests it gets, and a run on `main`'s head.
 */
export interface TestHost extends ExecutorHost {
  tokens: JobTokenRequest[];
  revoked: number;
  sha: string;
  dir: string;
}

export function testHost(files: Record<string, string>, o: Partial<ExecutorHost> = {}): TestHost {
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-executor-"));
  const work = path.join(dir, "work");
  const bare = path.join(dir, "repo.git");
  const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@x", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@x" } });
  git(dir, "init", "-q", "--bare", "-b", "main", bare);
  git(bare, "config", "uploadpack.allowAnySHA1InWant", "true");
  mkdirSync(work);
  git(work, "init", "-q", "-b", "main");
  for (const [f, text] of Object.entries({ "README.md": "# test\n", ...files })) {
    mkdirSync(path.dirname(path.join(work, f)), { recursive: true });
    writeFileSync(path.join(work, f), text);
  }
  git(work, "add", "-A");
  git(work, "commit", "-qm", "init");
  git(work, "push", "-q", bare, "HEAD:refs/heads/main");
  const sha = git(work, "rev-parse", "HEAD").trim();
  const host: TestHost = {
    flavour: "github",
    serverUrl: "http://127.0.0.1:9",
    apiUrl: "http://127.0.0.1:9/api/v3",
    repository: "acme/app",
    repositoryId: 7,
    gitUrl: bare,
    tokens: [],
    revoked: 0,
    sha,
    dir,
    issueToken(request) {
      host.tokens.push(request);
      return { token: `ghs_jobtoken${host.tokens.length}xxxxxxxxxxxxxxxxxxxx`, revoke: () => void (host.revoked += 1) };
    },
    secrets: {},
    vars: {},
    resolveAction: () => undefined,
    cacheDir: path.join(dir, "actions-cache"),
    defaultBranch: "main",
    ...o,
  };
  return host;
}

export async function run(host: TestHost, workflow: string, o: Partial<RunRequest> = {}): Promise<RunResult> {
  const wf = await parseWorkflowFile(".github/workflows/test.yml", workflow);
  return runWorkflow(host, wf, {
    runId: 1,
    runNumber: 1,
    eventName: "push",
    event: {},
    sha: host.sha,
    ref: "refs/heads/main",
    actor: "alice",
    workDir: mkdtempSync(path.join(host.dir, "run-")),
    ...o,
  });
}

export function jobOf(result: RunResult, id: string) {
  const j = result.jobs.find((x) => x.id === id);
  if (!j) throw new Error(`no job ${id}`);
  return j;
}
