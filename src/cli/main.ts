import { readFileSync } from "node:fs";
import path from "node:path";
import { auditCommand } from "./cmd-audit.js";
import { reportCommand } from "./cmd-report.js";
import { checkCommand } from "./cmd-check.js";
import { compileCommand } from "./cmd-compile.js";
import { forgeCommand } from "./cmd-forge.js";
import { graphCommand } from "./cmd-graph.js";
import { initCommand } from "./cmd-init.js";
import { mcpCommand } from "./cmd-mcp.js";
import { pinCommand } from "./cmd-pin.js";
import { policyCommand } from "./cmd-policy.js";
import { runCommand } from "./cmd-run.js";
import { schemaCommand } from "./cmd-schema.js";
import { testCommand } from "./cmd-test.js";
import { validateCommand } from "./cmd-validate.js";
import { processIo, type Io } from "./output.js";
import { packageRoot } from "./project.js";
import { commandHelp, EXIT, parseCommandArgs, UsageError, type Command } from "./usage.js";

const COMMANDS: Command[] = [initCommand, validateCommand, compileCommand, checkCommand, pinCommand, testCommand, runCommand, graphCommand, schemaCommand, forgeCommand, mcpCommand, auditCommand, reportCommand, policyCommand];

function version(): string {
  return (JSON.parse(readFileSync(path.join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: crustyclaw <command> [options]",
    "",
    "Run software agents through your repository's own CI: blueprints compiled to GitHub and Forgejo workflows.",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary.split(". ")[0]!.replace(/\.$/, "")}`),
    "",
    "Run `crustyclaw <command> --help` for a command's options.",
    "Exit codes: 0 ok, 1 problems found, 2 usage error.",
    "",
  ].join("\n");
}

/** Run the CLI; returns the exit code. Never throws for a user's mistake. */
export async function main(argv: string[], cwd = process.cwd(), io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-V") {
    io.out(version());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`crustyclaw: unknown command '${name}'. Commands: ${COMMANDS.map((c) => c.name).join(", ")}`);
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      io.out(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run({ values, positionals, cwd }, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`crustyclaw ${command.name}: ${err.message}\nUsage: ${command.usage}`);
      return EXIT.usage;
    }
    // A bug, not a user mistake: say so plainly; the stack only on request.
    io.err(`crustyclaw ${command.name}: internal error: ${(err as Error).message}`);
    if (process.env.CRUSTYCLAW_DEBUG) io.err(String((err as Error).stack));
    return EXIT.problems;
  }
}
