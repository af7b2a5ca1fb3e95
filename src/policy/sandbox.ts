/**
 * Process isolation for everything an agent causes to run: its commands, its MCP
 * servers, and deterministic nodes that run code from the workspace.
 *
 * A scrubbed environment is not enough (DESIGN: security model): a command running as
 * the action's uid reads `/proc/<ancestor>/environ` (the model key, ACTIONS_RUNTIME_TOKEN,
 * and on Forgejo the job token), rewrites the action's files or `.git/config`, and a
 * `setsid` daemon outlives it. So, as far as the runner allows:
 * - **uid**: as root (Forgejo's docker jobs, microVM runners, GitHub-hosted runners via
 *   sudo, see actions/main.ts), commands run as an unprivileged uid with no capabilities
 *   and no-new-privs; the workspace is handed to that uid for the node and handed back
 *   after, with `.git` kept root's (the workspace root becomes sticky, so `.git` cannot
 *   be renamed away either);
 * - **pid**: a PID namespace with its own /proc, so no process outside is visible, and
 *   when the command returns its namespace ends and every descendant dies with it;
 * - **net**: a network namespace with only loopback, or, for the hosts the node lists,
 *   the egress proxy reached through a forwarder inside it;
 * - **mount**: the runner's file-command files, event payload and temp directory are
 *   hidden, and `.git`, CrustyClaw's own files, the runner's actions and tool cache are
 *   read-only.
 * Without root, unprivileged user namespaces give pid, net and mount but not a separate
 * uid. What is missing is reported, and the node's trust tier decides: `untrusted`
 * refuses to run without the whole of it, `internal` runs and says so in the tracking
 * comment, `trusted` runs and says so in the log.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TrustTier } from "../blueprint/types.js";
import { packageRoot } from "../util/package-root.js";
import { EgressProxy, type EgressReport } from "./egress.js";
import { sandboxInit, type InitSpec } from "./sandbox-init.js";

/** What the runner lets CrustyClaw do, found once per process by trying it. */
export interface Capabilities {
  /** Commands can run as a separate unprivileged uid (CrustyClaw runs as root). */
  uid: boolean;
  /** New PID, mount and network namespaces can be made. */
  namespaces: boolean;
  /** Absolute paths of the tools used; missing ones disable what needs them. */
  unshare?: string;
  setpriv?: string;
  ip?: string;
  mount?: string;
  chown?: string;
  /** Why something is unavailable, for people. */
  why: string[];
}

/** The uid and gid commands run as when CrustyClaw runs as root. */
export const SANDBOX_ID = Number(process.env.CRUSTYCLAW_SANDBOX_UID ?? 65532);

const SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
/** Inside a network namespace, where HTTP(S)_PROXY points. */
const PROXY_PORT = 3128;
// Transpilers that keep function names (tsx, Vitest) wrap inner functions in __name(…): give it one.
const INIT_SOURCE = `var __name = (f) => f; (${sandboxInit.toString()})(require, process.argv[1]);`;

let probed: Capabilities | undefined;

function which(name: string): string | undefined {
  for (const dir of SYSTEM_PATH.split(":")) {
    const file = path.join(dir, name);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/**
 * Try what isolation this machine allows. `CRUSTYCLAW_SANDBOX=none` pretends none is
 * (to see how a blueprint behaves on such a runner); the trust tier still applies.
 */
export function capabilities(env: NodeJS.ProcessEnv = process.env): Capabilities {
  if (env.CRUSTYCLAW_SANDBOX === "none") return { uid: false, namespaces: false, why: ["CRUSTYCLAW_SANDBOX=none"] };
  if (probed) return probed;
  const why: string[] = [];
  const tools = { unshare: which("unshare"), setpriv: which("setpriv"), ip: which("ip"), mount: which("mount"), chown: which("chown") };
  const isRoot = process.platform === "linux" && process.getuid?.() === 0;
  let namespaces = false;
  if (process.platform !== "linux") why.push(`${process.platform} has no Linux namespaces`);
  else if (!tools.unshare || !tools.setpriv) why.push("util-linux's unshare and setpriv are not installed");
  else {
    const args = [...(isRoot ? [] : ["--user", "--map-root-user"]), "--pid", "--fork", "--kill-child", "--mount-proc", "--net", "true"];
    const r = spawnSync(tools.unshare, args, { stdio: ["ignore", "ignore", "pipe"], timeout: 10_000 });
    namespaces = r.status === 0;
    if (!namespaces) why.push(`namespaces are not allowed here (unshare: ${String(r.stderr ?? r.error).trim() || `exit ${r.status}`})`);
  }
  const uid = isRoot && Boolean(tools.setpriv && tools.chown);
  if (!isRoot) why.push("CrustyClaw does not run as root (and had no passwordless sudo), so commands keep its uid");
  probed = { uid, namespaces, ...definedOnly(tools), why };
  return probed;
}

function definedOnly<T extends Record<string, string | undefined>>(o: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<Record<keyof T, string>>;
}

export class SandboxRefused extends Error {
  override name = "SandboxRefused";
}

export interface SandboxOptions {
  workspace: string;
  trust: TrustTier;
  /** Hosts commands may reach (through the egress proxy), or `any` for the runner's own network. */
  network: readonly string[] | "any";
  /** The action's environment: where the runner's files are. */
  env: NodeJS.ProcessEnv;
  /** A line for the job log. */
  log?: (line: string) => void;
}

/** How to start one program in the sandbox: spawn `command` with `args` and `env` in the given cwd. */
export interface Wrapped {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Call once the program has exited: stops whatever it left behind where no PID namespace does it. */
  reap(): void;
}

export interface SandboxReport {
  /** For the tracking comment: isolation that was missing, connections blocked. */
  warnings: string[];
  egress?: EgressReport;
}

export interface Sandbox {
  /** Whether commands are fully isolated (uid, PID namespace and, unless `network: any`, network). */
  readonly isolated: boolean;
  wrap(argv: string[], opts: { env: NodeJS.ProcessEnv; cwd: string }): Wrapped;
  /** Give a file or directory the action created in the workspace to the sandbox's uid. */
  adopt(file: string): void;
  close(): Promise<SandboxReport>;
}

/** No isolation: the program runs as it is, in its own process group. */
export const UNSANDBOXED: Sandbox = {
  isolated: false,
  wrap: (argv, { env }) => ({ command: argv[0]!, args: argv.slice(1), env, reap: () => {} }),
  adopt: () => {},
  close: async () => ({ warnings: [] }),
};

/**
 * Set up the sandbox for one node. Throws SandboxRefused when the node's trust tier
 * needs isolation this runner cannot give.
 */
export async function openSandbox(opts: SandboxOptions): Promise<Sandbox> {
  const caps = capabilities(opts.env);
  const log = opts.log ?? (() => {});
  const wantNet = opts.network !== "any";
  const missing: string[] = [];
  if (!caps.uid) missing.push("a separate uid (commands could read files and processes of CrustyClaw's own user)");
  if (!caps.namespaces) missing.push("a PID namespace (background processes can outlive a command)");
  if (wantNet && !caps.namespaces) missing.push("a network namespace (the network list is not enforced)");
  if (missing.length > 0) {
    const what = `commands run without ${missing.join(", ")}: ${caps.why.join("; ")}`;
    if (opts.trust === "untrusted") {
      throw new SandboxRefused(
        `this node is untrusted and its commands need isolation this runner cannot give: ${what}. Run untrusted work on a runner where CrustyClaw runs as root with namespaces allowed (a microVM runner; see docs/runners.md and docs/security.md)`,
      );
    }
    log(`warning: ${what}`);
  }
  if (!caps.uid && !caps.namespaces) return { ...UNSANDBOXED, close: async () => ({ warnings: opts.trust === "internal" ? [`isolation: ${missing.join("; ")}`] : [] }) };
  const sandbox = new NamespaceSandbox(opts, caps, log);
  await sandbox.start();
  if (opts.trust === "internal" && missing.length > 0) sandbox.warnings.push(`isolation: ${missing.join("; ")}`);
  return sandbox;
}

class NamespaceSandbox implements Sandbox {
  readonly warnings: string[] = [];
  readonly isolated: boolean;
  private readonly private: string;
  private readonly home: string;
  private proxy?: EgressProxy;
  private owner?: { uid: number; gid: number; mode: number };
  private count = 0;
  private readonly restoreModes: Array<[string, number]> = [];

  constructor(
    private readonly opts: SandboxOptions,
    private readonly caps: Capabilities,
    private readonly log: (line: string) => void,
  ) {
    this.isolated = caps.uid && caps.namespaces;
    // Root's own directory: spec files and the proxy socket. Not under RUNNER_TEMP, which is hidden.
    this.private = mkdtempSync(path.join(existsSync("/tmp") ? "/tmp" : tmpdir(), "crustyclaw-sandbox-"));
    this.home = path.join(this.private, "home");
  }

  async start(): Promise<void> {
    const { workspace } = this.opts;
    mkdirSync(this.home);
    if (this.caps.uid) {
      chmodSync(this.private, 0o711);
      this.makeTraversable();
      chownSync(this.home, SANDBOX_ID, SANDBOX_ID);
      chmodSync(this.home, 0o700);
      const st = statSync(workspace);
      this.owner = { uid: st.uid, gid: st.gid, mode: st.mode & 0o7777 };
      this.chown(`${SANDBOX_ID}:${SANDBOX_ID}`);
      // Sticky and writable: the sandbox may add files at the top, but not rename root's `.git` away.
      chmodSync(workspace, 0o1777);
    }
    if (Array.isArray(this.opts.network) && this.opts.network.length > 0 && this.caps.namespaces) {
      this.proxy = await EgressProxy.start(this.opts.network, (line) => this.log(line));
    }
  }

  /**
   * The sandbox's uid must reach the workspace: a parent without search permission for
   * others (a home directory of mode 0750, say) gets it for the node's duration.
   */
  private makeTraversable(): void {
    for (let dir = path.dirname(path.resolve(this.opts.workspace)); ; dir = path.dirname(dir)) {
      const mode = statSync(dir).mode & 0o7777;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, mode | 0o001);
        this.restoreModes.push([dir, mode]);
      }
      if (path.dirname(dir) === dir) break;
    }
  }

  /** chown -R every top-level entry but `.git` (symlinks themselves, never what they point at). */
  private chown(to: string): void {
    const entries = readdirSync(this.opts.workspace)
      .filter((e) => e !== ".git")
      .map((e) => path.join(this.opts.workspace, e));
    for (let i = 0; i < entries.length; i += 500) {
      const r = spawnSync(this.caps.chown!, ["-R", "-h", "-P", to, "--", ...entries.slice(i, i + 500)], { stdio: ["ignore", "ignore", "pipe"] });
      if (r.status !== 0) throw new Error(`could not hand the workspace to the sandbox: ${String(r.stderr).trim()}`);
    }
  }

  adopt(file: string): void {
    if (!this.caps.uid) return;
    spawnSync(this.caps.chown!, ["-R", "-h", "-P", `${SANDBOX_ID}:${SANDBOX_ID}`, "--", file], { stdio: "ignore" });
  }

  wrap(argv: string[], { env, cwd }: { env: NodeJS.ProcessEnv; cwd: string }): Wrapped {
    const net = this.caps.namespaces && this.opts.network !== "any";
    const spec: InitSpec = {
      argv,
      env: this.commandEnv(env),
      cwd,
      setpriv: this.caps.setpriv!,
      ...(this.caps.uid ? { uid: SANDBOX_ID, gid: SANDBOX_ID } : {}),
      ...(net && this.caps.ip ? { ip: this.caps.ip } : {}),
      ...(this.caps.namespaces && this.caps.mount ? { mount: this.caps.mount } : {}),
      hide: this.caps.namespaces ? this.hidden() : [],
      readOnly: this.caps.namespaces ? this.readOnly() : [],
      ...(net && this.proxy ? { forward: { port: PROXY_PORT, socket: this.proxy.socket } } : {}),
      killUid: !this.caps.namespaces,
    };
    const specFile = path.join(this.private, `spec-${++this.count}.json`);
    writeFileSync(specFile, JSON.stringify(spec), { mode: 0o600 });
    const init = [process.execPath, "-e", INIT_SOURCE, specFile];
    const reap = () => {
      rmSync(specFile, { force: true });
      // Without a PID namespace the init kills the uid's processes when the command ends; if the init itself was killed, do it here.
      if (!this.caps.namespaces && this.caps.uid) spawnSync(this.caps.setpriv!, [`--reuid=${SANDBOX_ID}`, `--regid=${SANDBOX_ID}`, "--clear-groups", "--", "kill", "-KILL", "-1"], { stdio: "ignore" });
    };
    if (!this.caps.namespaces) return { command: init[0]!, args: init.slice(1), env: { PATH: SYSTEM_PATH }, reap };
    const ns = [...(this.caps.uid ? [] : ["--user", "--map-root-user"]), "--pid", "--fork", "--kill-child", "--mount-proc", ...(net ? ["--net"] : [])];
    if (net && !this.caps.ip && !this.warnings.some((w) => w.includes("loopback"))) this.warnings.push("isolation: `ip` is not installed, so loopback is down inside the sandbox");
    return { command: this.caps.unshare!, args: [...ns, "--", ...init], env: { PATH: SYSTEM_PATH }, reap };
  }

  private commandEnv(env: NodeJS.ProcessEnv): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(env)) if (typeof v === "string") out[k] = v;
    out.HOME = this.home;
    for (const k of ["HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy", "no_proxy"]) delete out[k];
    if (this.proxy && this.opts.network !== "any") {
      const url = `http://127.0.0.1:${PROXY_PORT}`;
      Object.assign(out, { HTTP_PROXY: url, HTTPS_PROXY: url, http_proxy: url, https_proxy: url, NO_PROXY: "localhost,127.0.0.1,::1", no_proxy: "localhost,127.0.0.1,::1" });
    }
    return out;
  }

  /** The runner's files a command must not see: file commands (GITHUB_ENV, GITHUB_OUTPUT…), the event, RUNNER_TEMP. */
  private hidden(): string[] {
    const e = this.opts.env;
    const dirs = [e.RUNNER_TEMP, ...["GITHUB_ENV", "GITHUB_OUTPUT", "GITHUB_PATH", "GITHUB_STATE", "GITHUB_STEP_SUMMARY", "GITHUB_EVENT_PATH"].map((k) => (e[k] ? path.dirname(e[k]!) : undefined))];
    const keep = [this.opts.workspace, this.private, "/tmp", tmpdir()].map((p) => path.resolve(p));
    return outermost(dirs.filter((d): d is string => Boolean(d) && existsSync(d!)).map((d) => path.resolve(d)).filter((d) => d !== "/" && !keep.some((k) => within(k, d))));
  }

  /** What a command may read but not change: git's metadata, CrustyClaw's files, the runner's actions and tools. */
  private readOnly(): string[] {
    const e = this.opts.env;
    const hidden = this.hidden();
    const dirs = [path.join(this.opts.workspace, ".git"), packageRoot(), e.RUNNER_TOOL_CACHE, e.RUNNER_WORKSPACE ? path.join(path.dirname(e.RUNNER_WORKSPACE), "_actions") : undefined];
    return outermost(
      dirs
        .filter((d): d is string => Boolean(d) && existsSync(d!) && statSync(d!).isDirectory())
        .map((d) => path.resolve(d))
        .filter((d) => !hidden.some((h) => within(d, h)) && !within(this.opts.workspace, d)),
    );
  }

  async close(): Promise<SandboxReport> {
    const egress = this.proxy?.report();
    await this.proxy?.close();
    if (this.owner) {
      if (!this.caps.namespaces) spawnSync(this.caps.setpriv!, [`--reuid=${SANDBOX_ID}`, `--regid=${SANDBOX_ID}`, "--clear-groups", "--", "kill", "-KILL", "-1"], { stdio: "ignore" });
      this.chown(`${this.owner.uid}:${this.owner.gid}`);
      chmodSync(this.opts.workspace, this.owner.mode);
      for (const [dir, mode] of this.restoreModes) chmodSync(dir, mode);
    }
    rmSync(this.private, { recursive: true, force: true });
    const warnings = [...this.warnings];
    if (egress?.blocked.length) warnings.push(`network: blocked ${egress.blocked.join(", ")} (not in the node's network list)`);
    return { warnings, ...(egress ? { egress } : {}) };
  }
}

/** Whether `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** Drop directories inside others in the list (one mount covers them), and duplicates. */
function outermost(dirs: string[]): string[] {
  const unique = [...new Set(dirs)];
  return unique.filter((d) => !unique.some((o) => o !== d && within(d, o)));
}
