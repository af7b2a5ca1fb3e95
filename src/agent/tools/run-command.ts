/**
 * run_command: one program from the node's allow-list, run without a shell.
 *
 * The command line is split into argv here (quotes and backslashes work as in a
 * shell) and handed to the program directly, so `npm test; curl x`, `npm test && env`
 * or `$(id)` cannot start a second command: shell operators outside quotes are
 * refused with an explanation, and inside quotes they are ordinary characters.
 *
 * The allow-list says which programs the agent means to run; it is not a sandbox.
 * Test runners execute code the agent can write, so what keeps secrets safe is the
 * environment: scrubbed of forge and runtime tokens, OIDC request variables, model
 * keys and any variable holding a known secret value.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { scrubbedEnv } from "../../stages/run-node.js";
import type { Tool, ToolResult } from "../types.js";
import { defineTool, fail, ok, resolveContext, stringArg, type ResolvedContext, type ToolContext } from "./context.js";

/** Output kept per call: the tail, where failures are. */
export const MAX_COMMAND_OUTPUT_BYTES = 32 * 1024;
/** How long output may keep flowing after the command itself has exited. */
const LINGER_MS = 2000;

const OPERATORS: Record<string, string> = {
  ";": "separates commands",
  "&": "chains or backgrounds commands",
  "|": "pipes or chains commands",
  "<": "redirects input",
  ">": "redirects output",
  "(": "starts a subshell",
  ")": "ends a subshell",
  $: "expands variables and substitutes commands",
  "`": "substitutes commands",
};

export type ParsedCommand = { argv: string[] } | { error: string };

/**
 * Split a command line into argv like a shell would for a simple command: spaces
 * separate words; '…' is literal; "…" is literal except for \" and \\; a backslash
 * escapes the next character. Everything that would make a shell do more than run
 * one program (operators, substitution, newlines) is an error, not a literal,
 * so the model learns it did not happen. No globbing, no ~ expansion, no variables.
 */
export function parseCommand(text: string): ParsedCommand {
  if (/[\r\n]/.test(text)) return { error: "the command spans several lines; run_command runs one command per call, on one line" };
  const argv: string[] = [];
  let word = "";
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === " " || c === "\t") {
      if (inWord) argv.push(word);
      word = "";
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) return { error: "a single quote is not closed" };
      word += text.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        const d = text[j]!;
        if (d === "$" || d === "`") {
          return { error: `\`${d}\` inside double quotes would be expanded by a shell, but run_command uses no shell; put literal text in single quotes` };
        }
        if (d === "\\" && j + 1 < text.length && '"\\$`'.includes(text[j + 1]!)) word += text[++j];
        else word += d;
      }
      if (j >= text.length) return { error: "a double quote is not closed" };
      i = j;
    } else if (c === "\\") {
      if (i + 1 >= text.length) return { error: "the command ends with a lone backslash" };
      word += text[++i];
    } else if (c in OPERATORS) {
      return {
        error: `\`${c}\` ${OPERATORS[c]} in a shell, but run_command runs a single program without a shell, so it would not; run one command per call, with no pipes, redirection or substitution (quote the character if it is meant literally)`,
      };
    } else word += c;
  }
  if (inWord) argv.push(word);
  if (argv.length === 0) return { error: "the command is empty" };
  return { argv };
}

/**
 * Whether argv is allowed by one allow-list entry, compared argument by argument
 * (so `npm test` never allows `npm testx`):
 * - an entry without `*` or `?` is a prefix: `npm test` allows `npm test -- -t foo`;
 * - an entry with them is a glob: `*` matches any characters within one argument,
 *   `?` one character, and the argument counts must agree, except that an entry
 *   whose last argument ends in `*` also allows any further arguments
 *   (`npx vitest *` allows `npx vitest run a.test.ts`; `npm update*` allows `npm update lodash`).
 * An entry that does not parse as a simple command matches nothing.
 */
export function commandAllowed(argv: readonly string[], entry: string): boolean {
  const parsed = parseCommand(entry);
  if ("error" in parsed) return false;
  const pat = parsed.argv;
  if (!pat.some((t) => /[*?]/.test(t))) return pat.length <= argv.length && pat.every((t, i) => argv[i] === t);
  const openEnded = pat[pat.length - 1]!.endsWith("*");
  if (openEnded ? argv.length < pat.length : argv.length !== pat.length) return false;
  return pat.every((t, i) => argGlob(t).test(argv[i]!));
}

function argGlob(t: string): RegExp {
  return new RegExp(`^${t.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[\\s\\S]*").replace(/\?/g, "[\\s\\S]")}$`);
}

export function runCommandTool(context: ToolContext): Tool {
  const ctx = resolveContext(context);
  const allowed = ctx.commands.length > 0 ? ctx.commands.map((c) => `\`${c}\``).join(", ") : "(none)";
  return defineTool(
    ctx,
    {
      name: "run_command",
      description:
        `Run one command in the workspace and return its exit code and output (the last ${MAX_COMMAND_OUTPUT_BYTES / 1024} KB). ` +
        `Only these commands are allowed: ${allowed}. An entry without * allows extra arguments after it; * matches within one argument, and a trailing * allows more arguments. ` +
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
      if (!ctx.commands.some((entry) => commandAllowed(argv, entry))) {
        const assignment = /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[0]!) ? " Environment assignments (NAME=value cmd) are not supported." : "";
        return fail(`Not run: \`${command}\` is not on this node's allow-list.${assignment} Allowed: ${allowed}.`);
      }
      return execute(argv, command, ctx, signal);
    },
  );
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
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: ctx.root,
      env: commandEnv(ctx),
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
