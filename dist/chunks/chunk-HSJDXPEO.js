import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  UNSANDBOXED
} from "./chunk-AA3MZDPT.js";
import {
  redact
} from "./chunk-67MKJIWU.js";

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
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
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
  plural
};
