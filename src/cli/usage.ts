import { parseArgs, type ParseArgsConfig } from "node:util";
import { closest } from "../util/suggest.js";
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
    const e = err as Error & { code?: string };
    const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(e.message);
    if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && unknown) {
      const names = Object.keys(command.options).map((o) => `--${o}`);
      const near = closest(unknown[1]!.split("=")[0]!, names);
      throw new UsageError(`unknown option '${unknown[1]}'; ${near ? `did you mean ${near}?` : names.length > 0 ? `options: ${names.join(", ")}` : "this command takes no options"}`);
    }
    const bad = /^Option '(--[^' ]+)(?: <value>)?' (.*)$/.exec(e.message);
    if (bad) throw new UsageError(`option ${bad[1]} ${bad[2] === "argument missing" ? "needs a value" : bad[2]}`);
    throw new UsageError(e.message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
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
