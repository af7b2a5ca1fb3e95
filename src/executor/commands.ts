/**
 * How steps talk back to the runner: file commands (GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_PATH, GITHUB_STATE) and workflow commands in the output (`::add-mask::`,
 * `::set-output`, `::stop-commands::`…), parsed the way the runner does.
 */
import { existsSync, readFileSync } from "node:fs";

/** A file command file whose format is wrong: the step fails with this message, as on a runner. */
export class FileCommandError extends Error {
  override name = "FileCommandError";
}

/**
 * `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks (GITHUB_OUTPUT,
 * GITHUB_ENV, GITHUB_STATE). An unterminated block or a line that is neither is an error.
 */
export function readKeyValueFile(file: string, command: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const out: Record<string, string> = {};
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "") continue;
    const eq = line.indexOf("=");
    const heredoc = line.indexOf("<<");
    if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!delimiter) throw new FileCommandError(`Unable to process file command '${command}' successfully: empty delimiter for '${name}'`);
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new FileCommandError(`Unable to process file command '${command}' successfully: matching delimiter not found '${delimiter}'`);
      out[name] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new FileCommandError(`Unable to process file command '${command}' successfully: invalid format '${line.slice(0, 80)}'`);
    }
  }
  return out;
}

/** GITHUB_PATH: one directory per line. */
export function readPathFile(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export type WorkflowCommand =
  | { kind: "mask"; value: string }
  | { kind: "output"; name: string; value: string }
  | { kind: "state"; name: string; value: string }
  | { kind: "annotation"; level: "error" | "warning" | "notice" | "debug"; message: string }
  | { kind: "group"; title: string }
  | { kind: "endgroup" }
  | { kind: "refused"; command: string; why: string };

/**
 * Reads workflow commands from a step's output, line by line. `::stop-commands::TOKEN`
 * turns command processing off until a line `::TOKEN::`, as on the runner.
 */
export class CommandReader {
  private stopToken: string | undefined;

  /** The command on this line, if it is one and commands are on. */
  read(line: string): WorkflowCommand | undefined {
    if (this.stopToken !== undefined) {
      // The token is any text (the docs use a UUID): compared whole, not parsed as a command name.
      if (line.trim() === `::${this.stopToken}::`) this.stopToken = undefined;
      return undefined;
    }
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimEnd());
    if (!m) return undefined;
    const [, name = "", props = "", raw = ""] = m;
    const value = unescapeData(raw);
    const properties = parseProperties(props);
    switch (name) {
      case "add-mask":
        return { kind: "mask", value };
      case "set-output":
        return properties.name ? { kind: "output", name: properties.name, value } : undefined;
      case "save-state":
        return properties.name ? { kind: "state", name: properties.name, value } : undefined;
      case "error":
      case "warning":
      case "notice":
      case "debug":
        return { kind: "annotation", level: name, message: value };
      case "group":
        return { kind: "group", title: value };
      case "endgroup":
        return { kind: "endgroup" };
      case "stop-commands":
        if (raw) this.stopToken = raw;
        return undefined;
      case "set-env":
      case "add-path":
        return { kind: "refused", command: name, why: `The \`${name}\` command is disabled. Use GITHUB_ENV / GITHUB_PATH files instead.` };
      default:
        return undefined;
    }
  }
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}

function parseProperties(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of s.split(",")) {
    const eq = part.indexOf("=");
    if (eq > 0) out[part.slice(0, eq).trim()] = unescapeData(part.slice(eq + 1)).replace(/%3A/g, ":").replace(/%2C/g, ",");
  }
  return out;
}
