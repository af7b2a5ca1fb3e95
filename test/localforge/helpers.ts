import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import type { LocalForge, RepoRecord, Violation } from "../../src/localforge/index.js";

export const PINNED = new Date("2024-05-01T12:00:00Z");

/** Git isolated from the developer's config and never prompting. Async: the forge runs in this process. */
export function git(args: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["-c", "credential.helper=", "-c", "user.name=Test", "-c", "user.email=test@localhost", ...args],
      {
        cwd,
        env: { PATH: process.env.PATH ?? "", HOME: os.tmpdir(), GIT_TERMINAL_PROMPT: "0", GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: os.devNull },
      },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

export async function mustGit(args: string[], cwd?: string): Promise<string> {
  const r = await git(args, cwd);
  if (r.code !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "localforge-test-"));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Commits one file on top of `from` straight into the bare repository and points `branch` at it. */
export async function commitFile(repo: RepoRecord, branch: string, file: string, content: string, from = "main"): Promise<string> {
  const g = (args: string[]) => mustGit(["-C", repo.gitDir, ...args]);
  const parent = await g(["rev-parse", `refs/heads/${from}`]);
  const entries = (await g(["ls-tree", parent])).split("\n").filter((l) => l && !l.endsWith(`\t${file}`));
  const blob = await new Promise<string>((resolve, reject) => {
    const child = execFile("git", ["-C", repo.gitDir, "hash-object", "-w", "--stdin"], (err, out) => (err ? reject(err) : resolve(out.trim())));
    child.stdin!.end(content);
  });
  const tree = await new Promise<string>((resolve, reject) => {
    const child = execFile("git", ["-C", repo.gitDir, "mktree"], (err, out) => (err ? reject(err) : resolve(out.trim())));
    child.stdin!.end([...entries, `100644 blob ${blob}\t${file}`].join("\n") + "\n");
  });
  const commit = await g(["commit-tree", tree, "-p", parent, "-m", `change ${file}`]);
  await g(["update-ref", `refs/heads/${branch}`, commit]);
  return commit;
}

export interface Answer {
  status: number;
  headers: Headers;
  // Test code reads JSON loosely; the shapes are what is under test.
  body: any;
}

/** A tiny API client for one token. */
export function client(forge: LocalForge, token?: string) {
  return async (method: string, route: string, body?: unknown, signal?: AbortSignal): Promise<Answer> => {
    const res = await fetch(`${forge.apiUrl}${route}`, {
      method,
      headers: {
        ...(token ? { authorization: `token ${token}` } : {}),
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(signal ? { signal } : {}),
    });
    const text = await res.text();
    // JSON, but for the media types that are not (a pull request's diff): their text.
    const json = res.headers.get("content-type")?.includes("json") ?? true;
    return { status: res.status, headers: res.headers, body: text ? (json ? (JSON.parse(text) as unknown) : text) : undefined };
  };
}

/**
 * Fails when the forge broke its API description (or a request did) since the last call,
 * listing every problem; then starts afresh.
 */
export function expectNoViolations(forge: LocalForge): void {
  const lines = forge.violations.lines();
  forge.violations.reset();
  expect(lines, `the local forge's traffic broke the API description (schema/forge-api/):\n${lines.join("\n")}\n`).toEqual([]);
}

/**
 * For a request that breaks the description on purpose: takes the request violations for
 * `route` whose problems match `problem`, and fails unless there is one.
 */
export function expectRequestViolation(forge: LocalForge, route: string, problem: RegExp): Violation {
  const taken = forge.violations.take((v) => v.side === "request" && v.route === route && v.problems.some((p) => problem.test(p)));
  expect(taken, `a request violation of ${route} matching ${problem}; recorded: ${forge.violations.lines().join("\n")}`).toHaveLength(1);
  return taken[0]!;
}
