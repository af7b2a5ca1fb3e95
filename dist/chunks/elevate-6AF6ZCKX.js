import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import "./chunk-4BX6NHJ2.js";

// src/actions/elevate.ts
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
var MARK = "CRUSTYCLAW_ELEVATED";
function canElevate(env = process.env) {
  if (process.platform !== "linux" || process.getuid?.() === 0 || env[MARK] || env.CRUSTYCLAW_SANDBOX === "none") return false;
  if (!["/usr/bin/sudo", "/bin/sudo"].some((f) => existsSync(f))) return false;
  return spawnSync("sudo", ["-n", "true"], { stdio: "ignore", timeout: 1e4 }).status === 0;
}
function runElevated() {
  const env = { ...process.env, [MARK]: "1", CRUSTYCLAW_PATH: process.env.PATH ?? "" };
  const child = spawn("sudo", ["-n", "-E", process.execPath, ...process.argv.slice(1)], { stdio: "inherit", env });
  return new Promise(() => {
    child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
    child.on("error", (e) => {
      process.stdout.write(`::warning::could not run the step as root through sudo (${e.message}); running it as it is
`);
      process.exit(1);
    });
  });
}
function restoreElevatedEnv(env = process.env) {
  if (env[MARK] && env.CRUSTYCLAW_PATH) env.PATH = env.CRUSTYCLAW_PATH;
}
function handBack(paths, env = process.env) {
  if (!env[MARK] || !env.SUDO_UID || !env.SUDO_GID) return;
  const existing = paths.filter((p) => existsSync(p));
  if (existing.length) spawnSync("chown", ["-R", "-h", "-P", `${env.SUDO_UID}:${env.SUDO_GID}`, "--", ...existing], { stdio: "ignore" });
}
export {
  canElevate,
  handBack,
  restoreElevatedEnv,
  runElevated
};
