/**
 * The first process inside a sandbox (sandbox.ts). It runs as `node -e` from this
 * function's source, as root of the new namespaces (or as root with no namespaces when
 * only a uid change is possible): it finishes setting the sandbox up, starts the command
 * as the unprivileged uid, and takes everything the command started down with it.
 *
 * Self-contained on purpose: it is serialised with Function.prototype.toString, so it
 * may use only its parameters and Node's globals (no imports, no helpers from outside).
 */
export interface InitSpec {
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  /** Absolute path of setpriv. */
  setpriv: string;
  /** Run the command as this uid/gid (root mode); absent: keep the (namespace's) root, without capabilities. */
  uid?: number;
  gid?: number;
  /** Bring the network namespace's loopback up with this `ip` binary. */
  ip?: string;
  /** Absolute path of mount(8), when there is a mount namespace to change. */
  mount?: string;
  /** Directories to hide behind an empty tmpfs. */
  hide: string[];
  /** Directories to make read-only. */
  readOnly: string[];
  /** Forward 127.0.0.1:port inside the namespace to this Unix socket (the egress proxy). */
  forward?: { port: number; socket: string };
  /** No PID namespace: kill every process of the uid once the command is done. */
  killUid: boolean;
}

type Require = (id: string) => unknown;


export function sandboxInit(req: Require, specFile: string): void {
  const cp = req("node:child_process") as typeof import("node:child_process");
  const fs = req("node:fs") as typeof import("node:fs");
  const net = req("node:net") as typeof import("node:net");
  const spec = JSON.parse(fs.readFileSync(specFile, "utf8")) as InitSpec;
  fs.rmSync(specFile, { force: true });
  const die = (what: string): never => {
    process.stderr.write(`crustyclaw sandbox: ${what}\n`);
    process.exit(125);
  };
  const run = (file: string, args: string[]): void => {
    const r = cp.spawnSync(file, args, { stdio: ["ignore", "ignore", "pipe"], env: { PATH: "/usr/sbin:/usr/bin:/sbin:/bin" } });
    if (r.status !== 0) die(`${[file, ...args].join(" ")} failed: ${String(r.stderr ?? r.error ?? "").trim()}`);
  };
  if (spec.ip) run(spec.ip, ["link", "set", "lo", "up"]);
  if (spec.mount) {
    for (const dir of spec.hide) run(spec.mount, ["-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", dir]);
    // One call: util-linux ≥ 2.27 binds, then remounts the bind read-only.
    for (const dir of spec.readOnly) run(spec.mount, ["--bind", "-o", "ro", dir, dir]);
  }
  const ids = spec.uid === undefined ? [] : [`--reuid=${spec.uid}`, `--regid=${spec.gid}`, "--clear-groups"];
  const drop = [...ids, "--no-new-privs", "--inh-caps=-all", "--bounding-set=-all", "--pdeathsig=KILL", "--"];
  const start = (): void => {
    const child = cp.spawn(spec.setpriv, [...drop, ...spec.argv], { cwd: spec.cwd, env: spec.env, stdio: "inherit" });
    for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(sig, () => child.kill(sig));
    child.on("error", (e) => die(`could not start setpriv: ${e.message}`));
    child.on("exit", (code, signal) => {
      if (spec.killUid) cp.spawnSync(spec.setpriv, [...ids, "--", "kill", "-KILL", "-1"], { stdio: "ignore" });
      // As PID 1 of the namespace, exiting takes every process the command left behind with it.
      process.exit(code ?? 128 + ((req("node:os") as typeof import("node:os")).constants.signals[signal!] ?? 9));
    });
  };
  if (!spec.forward) return start();
  const server = net.createServer((inside) => {
    const outside = net.connect(spec.forward!.socket);
    inside.pipe(outside).pipe(inside);
    inside.on("error", () => outside.destroy());
    outside.on("error", () => inside.destroy());
  });
  server.on("error", (e) => die(`the network forwarder could not listen: ${e.message}`));
  server.listen(spec.forward.port, "127.0.0.1", start);
}
