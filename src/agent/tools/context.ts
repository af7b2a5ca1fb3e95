/**
 * What every tool shares: the context a node's tools are built from, argument
 * readers, and the wrapper that turns the model's mistakes into error results and
 * redacts every result before the model (and the transcript) sees it.
 */
import { realpathSync } from "node:fs";
import { UNSANDBOXED, type Sandbox } from "../../policy/sandbox.js";
import { redact } from "../../policy/secrets.js";
import type { Verdict } from "../../policy/decide.js";
import type { JsonSchema, Tool, ToolResult, ToolSpec } from "../types.js";

export interface ToolContext {
  /** The checkout the agent works in. Every path a tool touches is confined to it. */
  workspace: string;
  /** The node's `agent.commands`: what `run_command` may run. Empty: nothing. */
  commands?: string[];
  /** The blueprint's `allow-protected-paths`: protected paths this node may write. */
  allowProtectedPaths?: string[];
  /**
   * The policy's answer for a command or a path to write (policy/decide.ts), with the node's
   * `commands` and the blueprint's protected paths among its rules. Absent: `commands` and
   * `allowProtectedPaths` alone decide (the `crustyclaw mcp` server).
   */
  decide?: (q: { kind: "run"; argv: readonly string[] } | { kind: "path"; path: string }) => Verdict;
  /** Secret values known at run time (forge token, model key); redacted from every result and kept out of commands' environment. */
  secrets?: string[];
  /** Environment commands start from, before scrubbing. Default: `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** JSON Schema of `finish`'s `result`. Default: any object, and `result` may be left out. */
  resultSchema?: JsonSchema;
  /** Checks of `finish`'s `result` the schema cannot express; returns error lines, empty when fine. */
  resultCheck?: (result: unknown) => string[];
  /** Rejected `finish` calls after which the agent escalates instead of trying again. Default: no limit. */
  finishRejections?: number;
  /** Time limit of one `run_command` call. Default: 10 minutes. */
  commandTimeoutMs?: number;
  /** Where commands and MCP servers run (policy/sandbox.ts). Default: unsandboxed, for local use. */
  sandbox?: Sandbox;
}

/** A context with defaults applied and the workspace resolved to its real path. */
export interface ResolvedContext {
  /** Real path of the workspace (symlinks resolved), the root of every confinement check. */
  root: string;
  commands: string[];
  allowProtectedPaths: string[];
  secrets: string[];
  env: NodeJS.ProcessEnv;
  resultSchema?: JsonSchema;
  resultCheck?: (result: unknown) => string[];
  finishRejections: number;
  commandTimeoutMs: number;
  sandbox: Sandbox;
  decide?: ToolContext["decide"];
}

export const DEFAULT_COMMAND_TIMEOUT_MS = 10 * 60_000;

export function resolveContext(ctx: ToolContext): ResolvedContext {
  return {
    // A missing workspace is the caller's bug, not the model's: let it throw.
    root: realpathSync.native(ctx.workspace),
    commands: ctx.commands ?? [],
    allowProtectedPaths: ctx.allowProtectedPaths ?? [],
    secrets: (ctx.secrets ?? []).filter(Boolean),
    env: ctx.env ?? process.env,
    resultSchema: ctx.resultSchema,
    ...(ctx.resultCheck ? { resultCheck: ctx.resultCheck } : {}),
    finishRejections: ctx.finishRejections ?? Number.POSITIVE_INFINITY,
    commandTimeoutMs: ctx.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
    sandbox: ctx.sandbox ?? UNSANDBOXED,
    ...(ctx.decide ? { decide: ctx.decide } : {}),
  };
}

/** A mistake the model can correct. Thrown inside a tool, returned as an error result. */
export class ToolInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ToolInputError";
  }
}

export const ok = (content: string): ToolResult => ({ content, isError: false });
export const fail = (content: string): ToolResult => ({ content, isError: true });

function isErrno(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string" && (e as NodeJS.ErrnoException).code!.startsWith("E");
}

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: "does not exist",
  EACCES: "is not readable or writable by the runner (permission denied)",
  EPERM: "cannot be changed (operation not permitted)",
  EISDIR: "is a directory",
  ENOTDIR: "has a file where a directory is expected",
  EEXIST: "has a file where a directory is needed",
  ENOSPC: "cannot be written: the disk is full",
  EROFS: "is on a read-only file system",
};

/**
 * Build a tool whose body may throw ToolInputError (or a file-system error) for
 * bad input; both become error results. Every result's content is redacted with
 * the job's known secrets plus token patterns, whatever the tool put in it.
 */
export function defineTool(ctx: ResolvedContext, spec: ToolSpec, body: (args: Record<string, unknown>, signal?: AbortSignal) => Promise<ToolResult>): Tool {
  const clean = (r: ToolResult): ToolResult => ({ ...r, content: redact(r.content, ctx.secrets) });
  return {
    spec,
    async run(args, signal) {
      try {
        return clean(await body(args ?? {}, signal));
      } catch (e) {
        if (e instanceof ToolInputError) return clean(fail(e.message));
        if (isErrno(e)) {
          const where = typeof e.path === "string" ? relativeTo(ctx.root, e.path) : "the path";
          return clean(fail(`${where} ${ERRNO_WORDS[e.code!] ?? `could not be used (${e.code})`}`));
        }
        throw e;
      }
    },
  };
}

function relativeTo(root: string, p: string): string {
  return p === root ? "the workspace root" : p.startsWith(`${root}/`) ? p.slice(root.length + 1) : p;
}

export function stringArg(args: Record<string, unknown>, key: string): string {
  const v = args[key];
  if (typeof v !== "string") throw new ToolInputError(`'${key}' is required and must be a string`);
  return v;
}

export function optionalStringArg(args: Record<string, unknown>, key: string): string | undefined {
  const v = args[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw new ToolInputError(`'${key}' must be a string when given`);
  return v;
}

export function optionalLineArg(args: Record<string, unknown>, key: string): number | undefined {
  const v = args[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) throw new ToolInputError(`'${key}' must be a line number (an integer, 1 or more)`);
  return v;
}

export function optionalBoolArg(args: Record<string, unknown>, key: string): boolean | undefined {
  const v = args[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "boolean") throw new ToolInputError(`'${key}' must be true or false`);
  return v;
}

/** Git and grep's heuristic: a NUL byte near the start means binary. */
export function looksBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8000).includes(0);
}

