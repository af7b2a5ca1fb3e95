/**
 * A blueprint run on the local forge, as `crustyclaw run` and `crustyclaw test` do
 * it: the repository as it is (its work tree, with the blueprints compiled for the
 * chosen forge on top), an issue that a person opens and labels, and what the
 * pipeline left behind (the tracking comment, the pull request, the transcripts).
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { isMap, isSeq, parseDocument } from "yaml";
import type { Blueprint } from "../blueprint/types.js";
import { compileBlueprint } from "../compile/emit.js";
import { CONFIG_PATH, parseConfig } from "../config/config.js";
import type { PullRequest } from "../forge/forge.js";
import { readState, trackingMarker } from "../stages/tracking.js";
import type { RunState } from "../stages/state.js";
import type { LocalSession } from "./session.js";

export interface BlueprintSource {
  /** Repository-relative path. */
  path: string;
  text: string;
  blueprint: Blueprint;
}

export interface PreparedFiles {
  /** Files to lay over the work tree: compiled workflows, and the config when it had to change. */
  files: Record<string, string>;
  /** What was changed for the local run, to tell the user. */
  notes: string[];
}

/**
 * The files a local run adds to the repository: each blueprint compiled for the forge,
 * and on Forgejo the person starting the run in `authorize.users` (Forgejo's automatic
 * token cannot read permissions, so nobody else may start a run there).
 */
export function prepareFiles(flavour: "github" | "forgejo", configText: string | undefined, blueprints: BlueprintSource[], login: string): PreparedFiles {
  const notes: string[] = [];
  const files: Record<string, string> = {};
  let text = configText ?? `forges: [${flavour}]\n`;
  if (configText === undefined) {
    files[CONFIG_PATH] = text;
    notes.push(`no ${CONFIG_PATH}: used the defaults`);
  }
  let config = parseConfig(CONFIG_PATH, text).config;
  if (!config) throw new Error(`${CONFIG_PATH} has problems: run crustyclaw validate`);
  if (flavour === "forgejo" && !config.authorize.users.includes(login)) {
    text = withAuthorizedUser(text, login);
    files[CONFIG_PATH] = text;
    config = parseConfig(CONFIG_PATH, text).config!;
    notes.push(`on Forgejo only authorize.users may start runs: ${login} was added for this local run (your ${CONFIG_PATH} is unchanged)`);
  }
  for (const b of blueprints) {
    const wf = compileBlueprint({ blueprint: b.blueprint, sourcePath: b.path, sourceText: b.text, config, forge: flavour });
    files[wf.path] = wf.text;
  }
  return { files, notes };
}

/** The config text with `login` in authorize.users, comments kept. */
function withAuthorizedUser(text: string, login: string): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return `authorize:\n  users: [${login}]\n`;
  const users = doc.getIn(["authorize", "users"]);
  if (isSeq(users)) users.add(login);
  else doc.setIn(["authorize", "users"], doc.createNode([login]));
  return doc.toString();
}

/** How a blueprint is started from an issue: its trigger label, else its command (or a mention of its handle) as a comment. */
export function startsWith(blueprint: Blueprint): { label: string } | { command: string } | undefined {
  const label = blueprint.triggers.issue?.labels[0];
  if (label) return { label };
  if (blueprint.triggers.command) return { command: blueprint.triggers.command };
  if (blueprint.triggers.mention) return { command: `@${blueprint.triggers.mention}` };
  return undefined;
}

/** Opens an issue as `login` and starts the blueprint on it, as a person would. */
export async function openIssueRun(session: LocalSession, blueprint: Blueprint, login: string, issue: { title: string; body: string }): Promise<number> {
  const how = startsWith(blueprint);
  if (!how) throw new Error(`blueprint ${blueprint.name} starts on neither an issue label, a command nor a mention, so an issue cannot start it`);
  const created = await session.as(login).createIssue(issue);
  if ("label" in how) await session.as(login).addLabels(created.number, [how.label]);
  else await session.as(login).createComment(created.number, how.command);
  return created.number;
}

export interface RunOutcome {
  state?: RunState;
  /** The tracking comment as people read it (the state block left out). */
  tracking?: string;
  pull?: PullRequest;
  /** The pull request's changes (`git diff base...head`). */
  diff?: string;
  /** Transcripts of agent nodes, from the runs' artifacts. */
  transcripts: string[];
}

/** Where a blueprint's run on an issue stands, from the forge and the runs' files. */
export async function outcome(session: LocalSession, blueprint: Blueprint, issue: number): Promise<RunOutcome> {
  const comments = await session.as().listComments(issue);
  const marker = trackingMarker(blueprint.name);
  const actionsLogin = session.flavour === "github" ? "github-actions[bot]" : "forgejo-actions";
  const tracking = comments.find((c) => c.body.includes(marker) && c.author === actionsLogin);
  const state = tracking ? readState(tracking.body) : undefined;
  const pull = state?.pull !== undefined ? await session.as().getPull(state.pull) : undefined;
  let diff: string | undefined;
  if (pull) {
    const { stdout } = await promisify(execFile)("git", ["-C", session.repo.gitDir, "diff", `${pull.baseRef}...${pull.headSha}`], { maxBuffer: 64 * 1024 * 1024 });
    diff = stdout;
  }
  const transcripts = session.forge.actions!.runs.flatMap((run) => {
    const root = path.join(run.workDir, "artifacts");
    if (!existsSync(root)) return [];
    return readdirSync(root).flatMap((a) => {
      const dir = path.join(root, a, "transcripts");
      return existsSync(dir) ? readdirSync(dir).map((f) => path.join(dir, f)) : [];
    });
  });
  return {
    ...(state ? { state } : {}),
    ...(tracking ? { tracking: tracking.body.replace(/<!-- crustyclaw:[^]*?-->\n?/g, "").trim() } : {}),
    ...(pull ? { pull } : {}),
    ...(diff !== undefined ? { diff } : {}),
    transcripts,
  };
}
