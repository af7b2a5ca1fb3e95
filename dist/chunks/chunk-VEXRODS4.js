import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  UNSANDBOXED,
  scrubbedEnv
} from "./chunk-IMVBBNRL.js";
import {
  packageRun,
  parseCommand,
  parseCommandPattern,
  patternMatches,
  redact
} from "./chunk-IFMW6CY3.js";

// src/agent/tools/context.ts
import { realpathSync } from "node:fs";
var DEFAULT_COMMAND_TIMEOUT_MS = 10 * 6e4;
function resolveContext(ctx) {
  return {
    // A missing workspace is the caller's bug, not the model's: let it throw.
    root: realpathSync.native(ctx.workspace),
    commands: ctx.commands ?? [],
    allowProtectedPaths: ctx.allowProtectedPaths ?? [],
    secrets: (ctx.secrets ?? []).filter(Boolean),
    env: ctx.env ?? process.env,
    resultSchema: ctx.resultSchema,
    ...ctx.resultCheck ? { resultCheck: ctx.resultCheck } : {},
    finishRejections: ctx.finishRejections ?? Number.POSITIVE_INFINITY,
    commandTimeoutMs: ctx.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
    sandbox: ctx.sandbox ?? UNSANDBOXED
  };
}
var ToolInputError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ToolInputError";
  }
};
var ok = (content) => ({ content, isError: false });
var fail = (content) => ({ content, isError: true });
function isErrno(e) {
  return e instanceof Error && typeof e.code === "string" && e.code.startsWith("E");
}
var ERRNO_WORDS = {
  ENOENT: "does not exist",
  EACCES: "is not readable or writable by the runner (permission denied)",
  EPERM: "cannot be changed (operation not permitted)",
  EISDIR: "is a directory",
  ENOTDIR: "has a file where a directory is expected",
  EEXIST: "has a file where a directory is needed",
  ENOSPC: "cannot be written: the disk is full",
  EROFS: "is on a read-only file system"
};
function defineTool(ctx, spec, body) {
  const clean = (r) => ({ ...r, content: redact(r.content, ctx.secrets) });
  return {
    spec,
    async run(args, signal) {
      try {
        return clean(await body(args ?? {}, signal));
      } catch (e) {
        if (e instanceof ToolInputError) return clean(fail(e.message));
        if (isErrno(e)) {
          const where = typeof e.path === "string" ? relativeTo(ctx.root, e.path) : "the path";
          return clean(fail(`${where} ${ERRNO_WORDS[e.code] ?? `could not be used (${e.code})`}`));
        }
        throw e;
      }
    }
  };
}
function relativeTo(root, p) {
  return p === root ? "the workspace root" : p.startsWith(`${root}/`) ? p.slice(root.length + 1) : p;
}
function stringArg(args, key) {
  const v = args[key];
  if (typeof v !== "string") throw new ToolInputError(`'${key}' is required and must be a string`);
  return v;
}
function optionalStringArg(args, key) {
  const v = args[key];
  if (v === void 0 || v === null) return void 0;
  if (typeof v !== "string") throw new ToolInputError(`'${key}' must be a string when given`);
  return v;
}
function optionalLineArg(args, key) {
  const v = args[key];
  if (v === void 0 || v === null) return void 0;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) throw new ToolInputError(`'${key}' must be a line number (an integer, 1 or more)`);
  return v;
}
function optionalBoolArg(args, key) {
  const v = args[key];
  if (v === void 0 || v === null) return void 0;
  if (typeof v !== "boolean") throw new ToolInputError(`'${key}' must be true or false`);
  return v;
}
function looksBinary(buf) {
  return buf.subarray(0, 8e3).includes(0);
}

// src/agent/tools/run-command.ts
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";
var MAX_COMMAND_OUTPUT_BYTES = 32 * 1024;
var LINGER_MS = 2e3;
var GRAMMAR = "Each entry describes whole commands, word by word: a plain word matches exactly that argument; `*` matches one argument that does not start with -; a * inside a word matches characters within one argument (src/*.ts, --reporter=*); a final `**` matches any number of further arguments that do not start with -. Options (arguments starting with -) are allowed only where an entry spells them out. `npx X` runs X only if it is installed in node_modules/.bin; nothing is downloaded.";
function installedBin(root, name) {
  const file = path.join(root, "node_modules", ".bin", name);
  try {
    return statSync(file).isFile() ? file : void 0;
  } catch {
    return void 0;
  }
}
function runCommandTool(context) {
  const ctx = resolveContext(context);
  const patterns = ctx.commands.map(parseCommandPattern).flatMap((p) => "pattern" in p ? [p.pattern] : []);
  const allowed = patterns.length > 0 ? patterns.map((p) => `\`${p.entry}\``).join(", ") : "(none)";
  return defineTool(
    ctx,
    {
      name: "run_command",
      description: `Run one command in the workspace and return its exit code and output (the last ${MAX_COMMAND_OUTPUT_BYTES / 1024} KB). Only these commands are allowed: ${allowed}. ${GRAMMAR} There is no shell: one program per call, no pipes, ;, &&, redirection, $VARIABLES or $(\u2026); quotes work as in a shell. The command has no access to tokens or secrets, and is stopped after ${duration(ctx.commandTimeoutMs)}.`,
      parameters: {
        type: "object",
        properties: {
          command: { type: "string", description: "The command line, e.g. npm test" }
        },
        required: ["command"],
        additionalProperties: false
      }
    },
    async (args, signal) => {
      const command = stringArg(args, "command").trim();
      const parsed = parseCommand(command);
      if ("error" in parsed) return fail(`Not run: ${parsed.error}.`);
      const { argv } = parsed;
      if (!patterns.some((p) => patternMatches(p, argv))) return fail(`Not run: \`${command}\` is not on this node's allow-list.${whyNot(argv, patterns)} Allowed: ${allowed}.`);
      const run = packageRun(argv);
      if (run?.kind === "refused") return fail(`Not run: ${run.reason}.`);
      if (run) {
        const bin = installedBin(ctx.root, run.bin);
        if (!bin) {
          return fail(
            `Not run: \`${run.bin}\` is not installed in this workspace (there is no node_modules/.bin/${run.bin}); ${run.runner} would download a package of that name from the registry, and run_command only runs binaries that are already installed. Install the project's dependencies first if this node may (for example \`npm ci\`), or use a tool that is installed.`
          );
        }
        return execute([bin, ...run.args], command, ctx, signal);
      }
      return execute(argv, command, ctx, signal);
    }
  );
}
function whyNot(argv, patterns) {
  if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[0])) return " Environment assignments (NAME=value cmd) are not supported.";
  const program = patterns.some((p) => p.words[0].kind === "literal" && p.words[0].text === argv[0]);
  return program ? " Entries match whole commands: an argument is allowed only where an entry has it, `*` or `**`, and an option (starting with -) only where an entry spells it out." : "";
}
function commandEnv(ctx) {
  const env = scrubbedEnv(ctx.env, []);
  const secrets = ctx.secrets.filter((s) => s.length >= 6);
  for (const [k, v] of Object.entries(env)) if (v && secrets.some((s) => v.includes(s))) delete env[k];
  if (env.PATH) env.PATH = env.PATH.split(path.delimiter).filter((p) => path.isAbsolute(p)).join(path.delimiter);
  env.CI ??= "true";
  return env;
}
function duration(ms) {
  return ms < 1e3 ? `${ms} ms` : ms < 12e4 ? `${Math.round(ms / 1e3)} s` : `${Math.round(ms / 6e4)} minutes`;
}
var ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;
function execute(argv, command, ctx, signal) {
  return new Promise((resolve) => {
    const wrapped = ctx.sandbox.wrap(argv, { env: commandEnv(ctx), cwd: ctx.root });
    const child = spawn(wrapped.command, wrapped.args, {
      cwd: ctx.root,
      env: wrapped.env,
      stdio: ["ignore", "pipe", "pipe"],
      shell: false,
      detached: true
    });
    let buf = Buffer.alloc(0);
    let total = 0;
    const keep = (chunk) => {
      total += chunk.length;
      buf = Buffer.concat([buf, chunk]);
      if (buf.length > 2 * MAX_COMMAND_OUTPUT_BYTES) buf = buf.subarray(buf.length - MAX_COMMAND_OUTPUT_BYTES);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const killGroup = () => {
      try {
        process.kill(-child.pid, "SIGKILL");
        return true;
      } catch {
        return false;
      }
    };
    let stopped;
    const stop = (why) => {
      stopped ??= why;
      killGroup();
    };
    const timer = setTimeout(() => stop(`the command ran longer than ${duration(ctx.commandTimeoutMs)} and was stopped; run something narrower (one test file, say)`), ctx.commandTimeoutMs);
    const onAbort = () => stop("the command was cancelled");
    signal?.addEventListener("abort", onAbort, { once: true });
    if (signal?.aborted) onAbort();
    let reaped = false;
    let reaper;
    child.on("exit", () => {
      reaper = setTimeout(() => reaped = killGroup() || reaped, LINGER_MS);
    });
    let settled = false;
    const settle = (r) => {
      if (settled) return;
      settled = true;
      wrapped.reap();
      clearTimeout(timer);
      clearTimeout(reaper);
      signal?.removeEventListener("abort", onAbort);
      resolve(r);
    };
    child.on("error", (e) => {
      const why = e.code === "ENOENT" ? `\`${argv[0]}\` was not found on PATH` : e.code === "EACCES" ? `\`${argv[0]}\` is not executable` : `it could not be started (${e.code ?? e.message})`;
      settle(fail(`Not run: ${why}.`));
    });
    child.on("close", (code, sig) => {
      if (!stopped) reaped = killGroup() || reaped;
      let text = buf.subarray(Math.max(0, buf.length - MAX_COMMAND_OUTPUT_BYTES)).toString("utf8").replace(ANSI, "");
      if (total > MAX_COMMAND_OUTPUT_BYTES) text = `[\u2026 output truncated to the last ${MAX_COMMAND_OUTPUT_BYTES} bytes]
${text}`;
      const status = stopped ? "stopped" : code !== null ? `exit code ${code}` : `killed by ${sig}`;
      const notes = `${stopped ? `
[stopped: ${stopped}]` : ""}${reaped && !stopped ? "\n[background processes the command left running were stopped]" : ""}`;
      const body = `$ ${command}
${status}
${text}${notes}`;
      settle(stopped ? fail(body) : ok(body));
    });
  });
}

export {
  resolveContext,
  ToolInputError,
  ok,
  fail,
  defineTool,
  stringArg,
  optionalStringArg,
  optionalLineArg,
  optionalBoolArg,
  looksBinary,
  runCommandTool,
  commandEnv
};
