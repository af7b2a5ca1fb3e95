/**
 * Package runners: `npx X` and its relatives run X from node_modules/.bin when it is
 * installed, and otherwise download a package called X from the registry and run
 * that. Issue "The agent's code is hostile", item 2: `npx tsc` in a repository
 * without TypeScript installs an unrelated package. For `run_command` they may only
 * name a binary already installed in the workspace, which run_command then runs
 * itself (run-command.ts); the runners that always download never run.
 */
import path from "node:path";

export type PackageRun =
  /** Run `bin` from node_modules/.bin with `args`; `runner` is how the command named it (`npx`, `npm exec`). */
  | { kind: "bin"; runner: string; bin: string; args: string[] }
  /** Never run; `word` is the index of the argument to blame. */
  | { kind: "refused"; reason: string; hint: string; word: number };

/** Runners that use an installed binary when there is one. */
const LOCAL_FIRST: readonly string[][] = [["npx"], ["npm", "exec"], ["npm", "x"], ["pnpm", "exec"], ["bunx"], ["bun", "x"]];

/** Runners that always fetch a package: only an argument after them makes them download (`npm init` alone writes package.json). */
const DOWNLOADING: readonly string[][] = [
  ["pnpm", "dlx"],
  ["pnpx"], // pnpm dlx since pnpm 7
  ["yarn", "dlx"],
  ["npm", "init"], // `npm init foo` runs create-foo from the registry
  ["npm", "innit"],
  ["npm", "create"],
  ["pnpm", "create"],
  ["yarn", "create"],
  ["bun", "create"],
];

const INSTALL_HINT = "add the tool to the project's devDependencies and allow `npx <name> …` for it";

/**
 * What a command does if it starts with a package runner: undefined when it does not.
 * The program is compared by its base name, so `/usr/bin/npx` counts too.
 */
export function packageRun(argv: readonly string[]): PackageRun | undefined {
  if (argv.length === 0) return undefined;
  const words = [path.posix.basename(argv[0]!), ...argv.slice(1)];
  const starts = (prefix: readonly string[]) => prefix.every((p, i) => words[i] === p);

  const downloading = DOWNLOADING.find(starts);
  if (downloading) {
    const runner = downloading.join(" ");
    const target = words.findIndex((w, i) => i >= downloading.length && !w.startsWith("-"));
    if (target >= 0) {
      return { kind: "refused", reason: `\`${runner}\` downloads a package from the registry and runs it`, hint: INSTALL_HINT, word: target };
    }
    return undefined;
  }

  const local = LOCAL_FIRST.find(starts);
  if (!local) return undefined;
  const runner = local.join(" ");
  let i = local.length;
  if (words[i] === "--") i++;
  const bin = words[i];
  if (bin === undefined) {
    return { kind: "refused", reason: `\`${runner}\` needs the name of an installed binary to run`, hint: `write \`${runner} <name> …\``, word: local.length - 1 };
  }
  if (bin.startsWith("-")) {
    return {
      kind: "refused",
      reason: `options of \`${runner}\` (here '${bin}') are not supported: run_command runs the installed binary from node_modules/.bin itself, and never lets ${runner} fetch a package`,
      hint: `name the binary right after \`${runner}\`, such as \`${runner} tsc --noEmit\``,
      word: i,
    };
  }
  if (bin === "" || bin === "." || bin === ".." || /[/\\@]/.test(bin)) {
    return {
      kind: "refused",
      reason: `'${bin}' is a package specification, not the name of an installed binary; ${runner} would fetch it from the registry (or run a path), and run_command only runs binaries installed in node_modules/.bin`,
      hint: INSTALL_HINT,
      word: i,
    };
  }
  return { kind: "bin", runner, bin, args: argv.slice(i + 1) };
}
