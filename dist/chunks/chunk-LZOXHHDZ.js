import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  defineTool,
  fail,
  ok,
  resolveContext,
  stringArg
} from "./chunk-GAJWROHQ.js";
import {
  scrubbedEnv
} from "./chunk-BTH2EBBX.js";

// src/agent/tools/run-command.ts
import { spawn } from "node:child_process";
import path from "node:path";
var MAX_COMMAND_OUTPUT_BYTES = 32 * 1024;
var LINGER_MS = 2e3;
var OPERATORS = {
  ";": "separates commands",
  "&": "chains or backgrounds commands",
  "|": "pipes or chains commands",
  "<": "redirects input",
  ">": "redirects output",
  "(": "starts a subshell",
  ")": "ends a subshell",
  $: "expands variables and substitutes commands",
  "`": "substitutes commands"
};
function parseCommand(text) {
  if (/[\r\n]/.test(text)) return { error: "the command spans several lines; run_command runs one command per call, on one line" };
  const argv = [];
  let word = "";
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === " " || c === "	") {
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
        const d = text[j];
        if (d === "$" || d === "`") {
          return { error: `\`${d}\` inside double quotes would be expanded by a shell, but run_command uses no shell; put literal text in single quotes` };
        }
        if (d === "\\" && j + 1 < text.length && '"\\$`'.includes(text[j + 1])) word += text[++j];
        else word += d;
      }
      if (j >= text.length) return { error: "a double quote is not closed" };
      i = j;
    } else if (c === "\\") {
      if (i + 1 >= text.length) return { error: "the command ends with a lone backslash" };
      word += text[++i];
    } else if (c in OPERATORS) {
      return {
        error: `\`${c}\` ${OPERATORS[c]} in a shell, but run_command runs a single program without a shell, so it would not; run one command per call, with no pipes, redirection or substitution (quote the character if it is meant literally)`
      };
    } else word += c;
  }
  if (inWord) argv.push(word);
  if (argv.length === 0) return { error: "the command is empty" };
  return { argv };
}
function commandAllowed(argv, entry) {
  const parsed = parseCommand(entry);
  if ("error" in parsed) return false;
  const pat = parsed.argv;
  if (!pat.some((t) => /[*?]/.test(t))) return pat.length <= argv.length && pat.every((t, i) => argv[i] === t);
  const openEnded = pat[pat.length - 1].endsWith("*");
  if (openEnded ? argv.length < pat.length : argv.length !== pat.length) return false;
  return pat.every((t, i) => argGlob(t).test(argv[i]));
}
function argGlob(t) {
  return new RegExp(`^${t.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[\\s\\S]*").replace(/\?/g, "[\\s\\S]")}$`);
}
function runCommandTool(context) {
  const ctx = resolveContext(context);
  const allowed = ctx.commands.length > 0 ? ctx.commands.map((c) => `\`${c}\``).join(", ") : "(none)";
  return defineTool(
    ctx,
    {
      name: "run_command",
      description: `Run one command in the workspace and return its exit code and output (the last ${MAX_COMMAND_OUTPUT_BYTES / 1024} KB). Only these commands are allowed: ${allowed}. An entry without * allows extra arguments after it; * matches within one argument, and a trailing * allows more arguments. There is no shell: one program per call, no pipes, ;, &&, redirection, $VARIABLES or $(\u2026); quotes work as in a shell. The command has no access to tokens or secrets, and is stopped after ${duration(ctx.commandTimeoutMs)}.`,
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
      if (!ctx.commands.some((entry) => commandAllowed(argv, entry))) {
        const assignment = /^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[0]) ? " Environment assignments (NAME=value cmd) are not supported." : "";
        return fail(`Not run: \`${command}\` is not on this node's allow-list.${assignment} Allowed: ${allowed}.`);
      }
      return execute(argv, command, ctx, signal);
    }
  );
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
    const child = spawn(argv[0], argv.slice(1), {
      cwd: ctx.root,
      env: commandEnv(ctx),
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
  parseCommand,
  runCommandTool,
  commandEnv
};
