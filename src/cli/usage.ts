import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Io } from "./output.js";

/** Exit codes every command uses. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A mistake in how the command was called: printed with the command's usage, exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Lines describing each option for --help. */
  help: string[];
  run(args: { values: Record<string, unknown>; positionals: string[]; cwd: string }, io: Io): Promise<number>;
}

/** Parse a command's arguments strictly; unknown flags are usage errors, not ignored. */
export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
  }
}

export function commandHelp(command: Command): string {
  return [`Usage: ${command.usage}`, "", command.summary, "", "Options:", ...command.help, "  -h, --help          show this help", ""].join("\n");
}

export function oneOf<T extends string>(flag: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`invalid value '${String(value)}' for --${flag}; expected one of: ${allowed.join(", ")}`);
}
