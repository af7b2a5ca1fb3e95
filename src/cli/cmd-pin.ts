import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { actionRef, formatPins, PINS_PATH, readPins, type ActionRef } from "../compile/pins.js";
import { call, createClient, ForgeError } from "../forge/client.js";
import { buildWorkflows } from "./build.js";
import { printProblems } from "./output.js";
import { openProject } from "./project.js";
import { UsageError, type Command } from "./usage.js";

const GITHUB_API = "https://api.github.com";

export const pinCommand: Command = {
  name: "pin",
  summary: `Pin every action the compiled workflows use to the commit its tag names today, in ${PINS_PATH}; compile then writes \`owner/repo@<sha> # v4\` instead of the tag. Asks the forges that host the actions (online).`,
  usage: "crustyclaw pin [--github-api URL]",
  options: { "github-api": { type: "string" } },
  help: [
    "  --github-api URL    API that resolves short names such as actions/checkout@v4",
    `                      (default: GITHUB_API_URL, else ${GITHUB_API}); token from GITHUB_TOKEN or GH_TOKEN`,
    "",
    "Full-URL actions (Forgejo, Gitea: https://host/owner/repo/path@ref) are resolved through",
    "that host's /api/v1, with FORGEJO_TOKEN (or GITEA_TOKEN) when set. Short names are resolved",
    "on GitHub also for Forgejo targets: Forgejo's default actions host mirrors them commit for commit.",
    `Nothing is written unless every reference resolves. Then run \`npx crustyclaw compile\` and commit ${PINS_PATH} with the workflows.`,
  ],
  async run({ values, positionals, cwd }, io) {
    if (positionals.length > 0) throw new UsageError(`pin takes no file names (got ${positionals.join(" ")}): it pins what every blueprint's workflows use`);
    const project = openProject(cwd);
    const built = buildWorkflows(project, [], project.config.forges, cwd, { pins: false });
    const old = readPins(project.root);
    const problems = [...built.problems, ...old.problems];
    if (problems.length > 0) {
      printProblems(io, problems);
      io.err("nothing written");
      return 1;
    }
    const refs = new Map<string, ActionRef>();
    for (const uses of built.workflows.flatMap((w) => w.uses)) {
      const ref = actionRef(uses)!;
      refs.set(ref.key, ref);
    }
    if (refs.size === 0) throw new UsageError(`no workflows to pin: no blueprints in ${project.config.blueprints}`);
    const githubApi = typeof values["github-api"] === "string" ? values["github-api"] : process.env.GITHUB_API_URL || GITHUB_API;
    checkUrl("--github-api", githubApi);
    const resolved = new Map<string, string>();
    const failures: string[] = [];
    await Promise.all(
      [...refs.values()].map(async (ref) => {
        try {
          resolved.set(ref.key, await resolveRef(ref, githubApi));
        } catch (err) {
          if (!(err instanceof ForgeError)) throw err;
          failures.push(err.message);
        }
      }),
    );
    if (failures.length > 0) {
      for (const f of failures.sort()) io.err(`crustyclaw pin: ${f}`);
      io.err(`nothing written: ${failures.length} of ${refs.size} action reference(s) did not resolve`);
      return 1;
    }
    const file = path.join(project.root, PINS_PATH);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, formatPins(resolved));
    for (const [key, sha] of [...resolved].sort(([a], [b]) => a.localeCompare(b))) {
      const before = old.pins?.get(key);
      io.out(`${key}  ${sha}${before === undefined ? "" : before === sha ? "  (unchanged)" : `  (was ${before})`}`);
    }
    io.out(`wrote ${PINS_PATH} (${resolved.size} actions); now run \`npx crustyclaw compile\` and commit both`);
    return 0;
  },
};

function checkUrl(flag: string, value: string): void {
  try {
    const u = new URL(value);
    if (u.protocol === "https:" || u.protocol === "http:") return;
  } catch {
    // fall through
  }
  throw new UsageError(`${flag} must be an http(s) URL such as ${GITHUB_API}, not '${value}'`);
}

/** The commit a tag or branch names: GitHub's commits/{ref}, or Forgejo's tag then branch. */
async function resolveRef(ref: ActionRef, githubApi: string): Promise<string> {
  const params = { owner: ref.owner, repo: ref.repo };
  // A full URL on github.com (forgejo-url's default) is GitHub's repository: ask GitHub's API.
  if (!ref.origin || /^https:\/\/github\.com$/i.test(ref.origin)) {
    const client = createClient({ baseUrl: githubApi, token: process.env.GITHUB_TOKEN || process.env.GH_TOKEN || "", throttle: false });
    const where = `${githubApi.replace(/\/$/, "")}: ${ref.owner}/${ref.repo}@${ref.ref}`;
    const commit = await call(where, () =>
      client.request("GET /repos/{owner}/{repo}/commits/{ref}", { ...params, ref: ref.ref }),
    );
    return shaOf(commit.sha, where);
  }
  const api = `${ref.origin}/api/v1`;
  const client = createClient({ baseUrl: api, token: process.env.FORGEJO_TOKEN || process.env.GITEA_TOKEN || "", throttle: false });
  const where = `${api}: ${ref.owner}/${ref.repo}@${ref.ref}`;
  try {
    const tag = await call(where, () => client.request("GET /repos/{owner}/{repo}/tags/{tag}", { ...params, tag: ref.ref }));
    return shaOf((tag as { commit?: { sha?: unknown } }).commit?.sha, where);
  } catch (err) {
    if (!(err instanceof ForgeError) || err.status !== 404) throw err;
  }
  const branch = await call(`${where} (no such tag or branch)`, () =>
    client.request("GET /repos/{owner}/{repo}/branches/{branch}", { ...params, branch: ref.ref }),
  );
  return shaOf((branch as { commit?: { id?: unknown } }).commit?.id, where);
}

function shaOf(value: unknown, where: string): string {
  if (typeof value === "string" && /^[0-9a-f]{40}$/.test(value)) return value;
  throw new ForgeError(`${where}: the answer names no commit SHA (${JSON.stringify(value)})`);
}
