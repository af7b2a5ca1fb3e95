/**
 * run_command: one program from the node's allow-list, run without a shell.
 *
 * The command line is split into argv (policy/command-line.ts: quotes and backslashes
 * work as in a shell) and handed to the program directly, so `npm test; curl x`,
 * `npm test && env` or `$(id)` cannot start a second command: shell operators outside
 * quotes are refused with an explanation, and inside quotes they are ordinary characters.
 * The argv must be one the allow-list describes whole (policy/command-patterns.ts):
 * `npm test` allows `npm test` and nothing longer.
 *
 * `npx X` (and `npm exec X`, `pnpm exec X`, `bunx X`) runs node_modules/.bin/X directly,
 * and only when it is installed: npx would otherwise download a package called X.
 * Running the binary ourselves rather than `npx --no-install X` keeps npm out of the
 * call altogether: no registry, no `.npmrc` (whose `node-options` npx would apply), no
 * shell npm exec puts between it and X, and no dependence on which npm version spells
 * "do not install" how. What it gives up is npx's PATH with node_modules/.bin on it,
 * which the test runners and compilers the allow-lists name do not need.
 *
 * The allow-list says which programs the agent means to run; it is not a sandbox.
 * Test runners execute code the agent can write, so what keeps secrets safe is the
 * environment: scrubbed of forge and runtime tokens, OIDC request variables, model
 * keys and any variable holding a known secret value.
 */
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
import { parseCommand } from "../../policy/command-line.js";
import { parseCommandPattern, patternMatches, type CommandPattern } from "../../policy/command-patterns.js";
import { fromPolicyFile } from "../../policy/decide.js";
import { packageRun } from "../../policy/package-runners.js";
import { scrubbedEnv } from "../../policy/scrubbed-env.js";
import type { Tool, ToolResult } from "../types.js";
import { defineTool, fail, ok, resolveContext, stringArg, type ResolvedContext, type ToolContext } from "./context.js";

export { parseCommand, type ParsedCommand } from "../../policy/command-line.js";
export { commandAllowed } from "../../policy/command-patterns.js";

/** Output kept per call: the tail, where failures are. */
export const MAX_COMMAND_OUTPUT_BYTES = 32 * 1024;
/** How long output may keep flowing after the command itself has exited. */
const LINGER_MS = 2000;

/** The allow-list grammar, for the model (docs/tools.md has the long form). */
const GRAMMAR =
  "Each entry describes whole commands, word by word: a plain word matches exactly that argument; `*` matches one argument that does not start with -; " +
  "a * inside a word matches characters within one argument (src/*.ts, --reporter=*); a final `**` matches any number of further arguments that do not start with -. " +
  "Options (arguments starting with -) are allowed only where an entry spells them out. " +
  "`npx X` runs X only if it is installed in node_modules/.bin; nothing is downloaded.";

/** node_modules/.bin/<name> in the workspace, when it is there (a file, or a link to one). */
function installedBin(root: string, name: string): string | undefined {
  const file = path.join(root, "node_modules", ".bin", name);
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export function runCommandTool(context: ToolContext): Tool {
  const ctx = resolveContext(context);
  // Entries that do not parse allow nothing (blueprint validation reports them), so they are not offered either.
  const patterns = ctx.commands.map(parseCommandPattern).flatMap((p) => ("pattern" in p ? [p.pattern] : []));
  const allowed = patterns.length > 0 ? patterns.map((p) => `\`${p.entry}\``).join(", ") : "(none)";
  return defineTool(
    ctx,
    {
      name: "run_command",
      description:
        `Run one command in the workspace and return its exit code and output (the last ${MAX_COMMAND_OUTPUT_BYTES / 1024} KB). ` +
        `Only these commands are allowed: ${allowed}. ${GRAMMAR} ` +
        `There is no shell: one program per call, no pipes, ;, &&, redirection, $VARIABLES or $(…); quotes work as in a shell. ` +
        `The command has no access to tokens or secrets, and is stopped after ${duration(ctx.commandTimeoutMs)}.`,
      parameters: {
        type: "object",
        properties: {
          command: { type: "string", description: "The command line, e.g. npm test" },
        },
        required: ["command"],
        additionalProperties: false,
      },
    },
    async (args, signal) => {
      const command = stringArg(args, "command").trim();
      const parsed = parseCommand(command);
      if ("error" in parsed) return fail(`Not run: ${parsed.error}.`);
      const { argv } = parsed;
      // The repository's policy decides when there is one (its rules, then the node's list); otherwise the node's list.
      const verdict = ctx.decide?.({ kind: "run", argv });
      if (verdict && !verdict.allowed && fromPolicyFile(verdict.rule)) {
        return fail(`Not run: the repository's policy denies \`${command}\`: ${verdict.rule.why} (rule at ${verdict.rule.source}).`);
      }
      if (verdict ? !verdict.allowed : !patterns.some((p) => patternMatches(p, argv))) return fail(`Not run: \`${command}\` is not on this node's allow-list.${whyNot(argv, patterns)} Allowed: ${allowed}.`);
      const run = packageRun(argv);
      if (run?.kind === "refused") return fail(`Not run: ${run.reason}.`);
      if (run) {
        const bin = installedBin(ctx.root, run.bin);
        if (!bin) {
          return fail(
            `Not run: \`${run.bin}\` is not installed in this workspace (there is no node_modules/.bin/${run.bin}); ${run.runner} would download a package of that name from the registry, and run_command only runs binaries that are already installed. ` +
              "Install the project's dependencies first if this node may (for example `npm ci`), or use a tool that is installed.",
          );
        }
        return execute([bin, ...run.args], command, ctx, signal);
      }
      return execute(argv, command, ctx, signal);
    },
  );
}

/** A sentence on why a refused command is not allowed, when there is more to say than "not listed". */
function whyNot(argv: readonly string[], patterns: readonly CommandPattern[]): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[0]!)) return " Environment assignments (NAME=value cmd) are not supported.";
  const program = patterns.some((p) => p.words[0]!.kind === "literal" && p.words[0]!.text === argv[0]);
  return program
    ? " Entries match whole commands: an argument is allowed only where an entry has it, `*` or `**`, and an option (starting with -) only where an entry spells it out."
    : "";
}

/** The environment a command gets: scrubbed by name (as for deterministic nodes, with no secrets kept) and by known secret value. */
export function commandEnv(ctx: Pick<ResolvedContext, "env" | "secrets">): NodeJS.ProcessEnv {
  const env = scrubbedEnv(ctx.env, []);
  const secrets = ctx.secrets.filter((s) => s.length >= 6);
  for (const [k, v] of Object.entries(env)) if (v && secrets.some((s) => v.includes(s))) delete env[k];
  // Relative PATH entries would let a program the agent wrote stand in for an allowed one.
  if (env.PATH) env.PATH = env.PATH.split(path.delimiter).filter((p) => path.isAbsolute(p)).join(path.delimiter);
  // Test runners and package managers: no watch mode, no prompts.
  env.CI ??= "true";
  return env;
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} minutes`;
}

// CSI and OSC escape sequences: colour codes cost tokens and can hide text.
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

function execute(argv: string[], command: string, ctx: ResolvedContext, signal?: AbortSignal): Promise<ToolResult> {
  return new Promise((resolve) => {
    // Through the sandbox: its own uid and namespaces where the runner allows, so the command
    // cannot read the action's environment through /proc or outlive the call.
    const wrapped = ctx.sandbox.wrap(argv, { env: commandEnv(ctx), cwd: ctx.root });
    const child = spawn(wrapped.command, wrapped.args, {
      cwd: ctx.root,
      env: wrapped.env,
      stdio: ["ignore", "pipe", "pipe"],
      shell: false,
      detached: true,
    });
    let buf = Buffer.alloc(0);
    let total = 0;
    const keep = (chunk: Buffer) => {
      total += chunk.length;
      buf = Buffer.concat([buf, chunk]);
      if (buf.length > 2 * MAX_COMMAND_OUTPUT_BYTES) buf = buf.subarray(buf.length - MAX_COMMAND_OUTPUT_BYTES);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);

    /** SIGKILL the command's process group; true if anything in it was still running. */
    const killGroup = (): boolean => {
      try {
        process.kill(-child.pid!, "SIGKILL");
        return true;
      } catch {
        return false; // already gone, or never started
      }
    };
    let stopped: string | undefined;
    const stop = (why: string) => {
      stopped ??= why;
      killGroup();
    };
    const timer = setTimeout(() => stop(`the command ran longer than ${duration(ctx.commandTimeoutMs)} and was stopped; run something narrower (one test file, say)`), ctx.commandTimeoutMs);
    const onAbort = () => stop("the command was cancelled");
    signal?.addEventListener("abort", onAbort, { once: true });
    if (signal?.aborted) onAbort();

    // Nothing a command starts may outlive the call: a background process holding the
    // output open (a dev server, a watcher) would keep the call waiting until the time
    // limit, and one that let go of it could go on changing the workspace afterwards.
    let reaped = false;
    let reaper: NodeJS.Timeout | undefined;
    child.on("exit", () => {
      reaper = setTimeout(() => (reaped = killGroup() || reaped), LINGER_MS);
    });

    let settled = false;
    const settle = (r: ToolResult) => {
      if (settled) return;
      settled = true;
      wrapped.reap();
      clearTimeout(timer);
      clearTimeout(reaper);
      signal?.removeEventListener("abort", onAbort);
      resolve(r);
    };
    child.on("error", (e: NodeJS.ErrnoException) => {
      const why =
        e.code === "ENOENT" ? `\`${argv[0]}\` was not found on PATH` : e.code === "EACCES" ? `\`${argv[0]}\` is not executable` : `it could not be started (${e.code ?? e.message})`;
      settle(fail(`Not run: ${why}.`));
    });
    child.on("close", (code, sig) => {
      if (!stopped) reaped = killGroup() || reaped;
      let text = buf.subarray(Math.max(0, buf.length - MAX_COMMAND_OUTPUT_BYTES)).toString("utf8").replace(ANSI, "");
      if (total > MAX_COMMAND_OUTPUT_BYTES) text = `[… output truncated to the last ${MAX_COMMAND_OUTPUT_BYTES} bytes]\n${text}`;
      const status = stopped ? "stopped" : code !== null ? `exit code ${code}` : `killed by ${sig}`;
      const notes = `${stopped ? `\n[stopped: ${stopped}]` : ""}${reaped && !stopped ? "\n[background processes the command left running were stopped]" : ""}`;
      const body = `$ ${command}\n${status}\n${text}${notes}`;
      // A failing command is a result the model works with, not a failed tool call;
      // only a command that could not finish is.
      settle(stopped ? fail(body) : ok(body));
    });
  });
}
