import path from "node:path";
import { FLAVOURS } from "../config/schema.js";
import { ForgeError } from "../forge/client.js";
import { createForge } from "../forge/create.js";
import type { Forge, NewReviewComment, ReviewEvent } from "../forge/forge.js";
import { dropConnection, readConnection, saveConnection, type ForgeConnection } from "../local/connection.js";
import { ProgressView } from "../local/progress.js";
import { LocalSession } from "../local/session.js";
import { processIo, type Io } from "./output.js";
import { findRoot } from "./project.js";
import { oneOf, UsageError, type Command } from "./usage.js";

/**
 * `crustyclaw forge`: the local forge as a process (`serve`), and what a person does on
 * it from another terminal (`issue`, `label`, `comment`, `review`, `merge`, `dispatch`),
 * through its REST API so that every action emits the events a forge would.
 */
export const forgeCommand: Command = {
  name: "forge",
  summary:
    "Serve a local forge on 127.0.0.1 (GitHub- or Forgejo-flavoured REST API, real git, and Actions that run the repository's workflows), or act on it from another terminal.",
  usage: [
    "crustyclaw forge serve [--flavour github|forgejo] [--port N] [--repo OWNER/NAME] [--dir PATH] [--root DIR]",
    "       crustyclaw forge issue --title TEXT [--body TEXT] [--label NAME ...]",
    "       crustyclaw forge label ISSUE NAME ...",
    "       crustyclaw forge comment ISSUE TEXT",
    "       crustyclaw forge review PR (--approve | --request-changes | --comment) [--body TEXT] [--inline PATH:LINE:TEXT ...]",
    "       crustyclaw forge merge PR [--squash]",
    "       crustyclaw forge dispatch WORKFLOW [--ref BRANCH] [--input NAME=VALUE ...]",
  ].join("\n"),
  options: {
    flavour: { type: "string" },
    port: { type: "string" },
    repo: { type: "string" },
    user: { type: "string" },
    root: { type: "string" },
    dir: { type: "string" },
    title: { type: "string" },
    body: { type: "string" },
    label: { type: "string", multiple: true },
    approve: { type: "boolean" },
    "request-changes": { type: "boolean" },
    comment: { type: "boolean" },
    inline: { type: "string", multiple: true },
    squash: { type: "boolean" },
    ref: { type: "string" },
    input: { type: "string", multiple: true },
  },
  help: [
    "serve:",
    "  --flavour F         github (API under /api/v3) or forgejo (API under /api/v1); default github",
    "  --port N            TCP port on 127.0.0.1 (default: a free one)",
    "  --repo OWNER/NAME   repository to create (default: you/app)",
    "  --dir PATH          start the repository with a snapshot of PATH's files (default: empty, ready for a push)",
    "  --root DIR          keep the bare repositories in DIR (default: a temporary directory)",
    "The other commands act on the forge `serve` or `crustyclaw run --serve` started, as its repository's owner.",
  ],
  async run({ values, positionals, cwd }, io) {
    const [sub, ...args] = positionals;
    if (sub === "serve") {
      if (args.length > 0) throw new UsageError("forge serve takes no arguments");
      return serve(values, cwd, io);
    }
    const conn = readConnection();
    if (!sub || !ACTIONS[sub]) throw new UsageError(`expected one of: serve, ${Object.keys(ACTIONS).join(", ")}`);
    if (!conn) throw new UsageError("no local forge is running: start one with `crustyclaw forge serve` or `crustyclaw run --serve`");
    const [owner, repo] = conn.repo.split("/") as [string, string];
    const forge = createForge({ kind: conn.flavour, repo: { owner, repo }, baseUrl: conn.apiUrl, token: conn.token, throttle: false });
    try {
      return await ACTIONS[sub](forge, args, values, io, conn);
    } catch (err) {
      // The forge said no (a pull request that does not exist, a review it refuses): not a bug.
      if (!(err instanceof ForgeError)) throw err;
      io.err(`crustyclaw forge ${sub}: ${err.message}`);
      return 1;
    }
  },
};

type Action = (forge: Forge, args: string[], values: Record<string, unknown>, io: Io, conn: ForgeConnection) => Promise<number>;

function number(text: string | undefined, what: string): number {
  if (!text || !/^[1-9]\d*$/.test(text)) throw new UsageError(`expected ${what} number, got '${text ?? ""}'`);
  return Number(text);
}

const ACTIONS: Record<string, Action> = {
  async issue(forge, args, values, io) {
    if (args.length > 0 || typeof values.title !== "string") throw new UsageError("forge issue takes --title TEXT (and --body, --label)");
    const issue = await forge.createIssue({ title: values.title, body: typeof values.body === "string" ? values.body : "", labels: (values.label as string[] | undefined) ?? [] });
    io.out(`opened issue #${issue.number}: ${issue.url}`);
    return 0;
  },
  async label(forge, args, _values, io) {
    const [n, ...labels] = args;
    const issue = number(n, "an issue");
    if (labels.length === 0) throw new UsageError("forge label takes ISSUE NAME ...");
    await forge.addLabels(issue, labels);
    io.out(`labelled #${issue}: ${labels.join(", ")}`);
    return 0;
  },
  async comment(forge, args, _values, io) {
    const [n, ...words] = args;
    const issue = number(n, "an issue");
    if (words.length === 0) throw new UsageError("forge comment takes ISSUE TEXT");
    const c = await forge.createComment(issue, words.join(" "));
    io.out(`commented on #${issue}: ${c.url}`);
    return 0;
  },
  async review(forge, args, values, io) {
    const pull = number(args[0], "a pull request");
    const chosen = (["approve", "request-changes", "comment"] as const).filter((k) => values[k]);
    if (chosen.length !== 1) throw new UsageError("forge review takes exactly one of --approve, --request-changes, --comment");
    const event: ReviewEvent = chosen[0] === "request-changes" ? "request_changes" : chosen[0]!;
    const comments = ((values.inline as string[] | undefined) ?? []).map(inlineComment);
    const review = await forge.submitReview(pull, { event, body: typeof values.body === "string" ? values.body : "", comments });
    io.out(`reviewed #${pull}: ${review.state}${comments.length ? ` with ${comments.length} inline comment${comments.length === 1 ? "" : "s"}` : ""}`);
    return 0;
  },
  async merge(forge, args, values, io) {
    const pull = number(args[0], "a pull request");
    await forge.mergePull(pull, values.squash ? "squash" : "merge");
    io.out(`merged #${pull}`);
    return 0;
  },
  async dispatch(forge, args, values, io) {
    const [workflow] = args;
    if (!workflow || args.length > 1) throw new UsageError("forge dispatch takes one WORKFLOW file name (e.g. ci.yml)");
    const inputs: Record<string, string> = {};
    for (const pair of (values.input as string[] | undefined) ?? []) {
      const eq = pair.indexOf("=");
      if (eq <= 0) throw new UsageError(`invalid --input '${pair}'; expected NAME=VALUE`);
      inputs[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    const ref = typeof values.ref === "string" ? values.ref : "main";
    await forge.dispatchWorkflow(path.basename(workflow), ref, inputs);
    io.out(`started ${workflow} on ${ref}`);
    return 0;
  },
};

/** `path:line:text` of --inline. */
function inlineComment(spec: string): NewReviewComment {
  const m = /^([^:]+):(\d+):([^]+)$/.exec(spec);
  if (!m) throw new UsageError(`invalid --inline '${spec}'; expected PATH:LINE:TEXT`);
  return { path: m[1]!, line: Number(m[2]), body: m[3]! };
}

async function serve(values: Record<string, unknown>, cwd: string, io: Io): Promise<number> {
  const flavour = oneOf("flavour", values.flavour, FLAVOURS) ?? "github";
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`invalid value '${String(values.port)}' for --port; expected a port number`);
  const repo = typeof values.repo === "string" ? values.repo : "you/app";
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repo);
  if (!m) throw new UsageError(`invalid value '${repo}' for --repo; expected OWNER/NAME`);
  const [, owner, name] = m as unknown as [string, string, string];
  const dir = typeof values.dir === "string" ? findRoot(path.resolve(cwd, values.dir)) : undefined;
  const session = await LocalSession.start({
    flavour,
    owner,
    name,
    port,
    ...(dir ? { workTree: dir } : { empty: true }),
    ...(typeof values.root === "string" ? { root: values.root } : {}),
  });
  const token = session.forge.token(owner);
  const view = new ProgressView((raw) => (io === processIo ? process.stdout.write(raw) : io.out(raw.replace(/\n$/, ""))), io === processIo && Boolean(process.stdout.isTTY));
  session.forge.actions!.subscribe((u) => view.update(u));
  const file = saveConnection({ flavour, url: session.forge.url, apiUrl: session.forge.apiUrl, repo: session.repo.fullName, login: owner, token, pid: process.pid });
  io.out(
    [
      `local ${flavour} forge on ${session.forge.url}`,
      `  API:    ${session.forge.apiUrl}`,
      `  git:    ${session.forge.gitUrl(owner, name)}${dir ? `  (a snapshot of ${dir})` : "  (empty: push a branch named main)"}`,
      `  user:   ${owner}`,
      `  token:  ${token}`,
      "",
      "Use it as GITHUB_SERVER_URL / GITHUB_API_URL; git takes the token as the HTTP password.",
      `Events run the repository's workflows here. \`crustyclaw forge issue|label|comment|review|merge\` act on it (connection in ${file}). Ctrl-C stops it.`,
    ].join("\n"),
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  view.finish();
  dropConnection();
  await session.close();
  io.out("stopped");
  return 0;
}
