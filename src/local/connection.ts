/**
 * How a second terminal finds the local forge that `crustyclaw run --serve` or
 * `crustyclaw forge serve` started: a small file, readable by this user only, with
 * the forge's address and a token of the repository's owner.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface ForgeConnection {
  flavour: "github" | "forgejo";
  url: string;
  apiUrl: string;
  /** `owner/name`. */
  repo: string;
  login: string;
  token: string;
  pid: number;
}

/** Where the connection is kept: CRUSTYCLAW_FORGE_CONNECTION, else one file per user in the temporary directory. */
export function connectionFile(): string {
  if (process.env.CRUSTYCLAW_FORGE_CONNECTION) return path.resolve(process.env.CRUSTYCLAW_FORGE_CONNECTION);
  const user = typeof process.getuid === "function" ? String(process.getuid()) : os.userInfo().username;
  return path.join(os.tmpdir(), `crustyclaw-forge-${user}.json`);
}

export function saveConnection(c: ForgeConnection): string {
  const file = connectionFile();
  writeFileSync(file, `${JSON.stringify(c, null, 2)}\n`, { mode: 0o600 });
  return file;
}

/** Removes the file if it still describes this process's forge. */
export function dropConnection(pid = process.pid): void {
  const c = readConnection();
  if (c?.pid === pid) rmSync(connectionFile(), { force: true });
}

export function readConnection(): ForgeConnection | undefined {
  const file = connectionFile();
  if (!existsSync(file)) return undefined;
  try {
    const c = JSON.parse(readFileSync(file, "utf8")) as Partial<ForgeConnection>;
    if (typeof c.url !== "string" || typeof c.apiUrl !== "string" || typeof c.repo !== "string" || typeof c.token !== "string" || typeof c.login !== "string") return undefined;
    if (c.flavour !== "github" && c.flavour !== "forgejo") return undefined;
    return c as ForgeConnection;
  } catch {
    return undefined;
  }
}
