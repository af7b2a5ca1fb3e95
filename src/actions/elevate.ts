/**
 * Work steps run as root when they can, so the sandbox can give commands a uid of their
 * own (policy/sandbox.ts). GitHub-hosted runners run steps as `runner` with passwordless
 * sudo: there the step runs itself again through `sudo -n -E`, and hands every file it
 * touched back to `runner` at the end so later steps can use them.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const MARK = "CRUSTYCLAW_ELEVATED";

/** Whether this process should re-run itself as root: Linux, not root, and `sudo -n` works. */
export function canElevate(env: NodeJS.ProcessEnv = process.env): boolean {
  if (process.platform !== "linux" || process.getuid?.() === 0 || env[MARK] || env.CRUSTYCLAW_SANDBOX === "none") return false;
  if (!["/usr/bin/sudo", "/bin/sudo"].some((f) => existsSync(f))) return false;
  return spawnSync("sudo", ["-n", "true"], { stdio: "ignore", timeout: 10_000 }).status === 0;
}

/** Run this same step as root and exit with its exit code. */
export function runElevated(): Promise<never> {
  // sudo replaces PATH with its secure_path: carry the runner's PATH across.
  const env = { ...process.env, [MARK]: "1", CRUSTYCLAW_PATH: process.env.PATH ?? "" };
  const child = spawn("sudo", ["-n", "-E", process.execPath, ...process.argv.slice(1)], { stdio: "inherit", env });
  return new Promise(() => {
    child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    child.on("error", (e) => {
      process.stdout.write(`::warning::could not run the step as root through sudo (${e.message}); running it as it is\n`);
      process.exit(1);
    });
  });
}

/** In the elevated step: restore the runner's PATH. */
export function restoreElevatedEnv(env: NodeJS.ProcessEnv = process.env): void {
  if (env[MARK] && env.CRUSTYCLAW_PATH) env.PATH = env.CRUSTYCLAW_PATH;
}

/** In the elevated step, at the end: give what root created back to the user who ran sudo. */
export function handBack(paths: string[], env: NodeJS.ProcessEnv = process.env): void {
  if (!env[MARK] || !env.SUDO_UID || !env.SUDO_GID) return;
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length) spawnSync("chown", ["-R", "-h", "-P", `${env.SUDO_UID}:${env.SUDO_GID}`, "--", ...existing], { stdio: "ignore" });
}
