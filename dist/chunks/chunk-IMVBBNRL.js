import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);

// src/policy/sandbox.ts
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync as mkdtempSync2, readdirSync, rmSync as rmSync2, statSync, writeFileSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path3 from "node:path";

// src/util/package-root.ts
import path from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot() {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
}

// src/policy/egress.ts
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path2 from "node:path";
function hostAllowed(host, port, entries) {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  return entries.some((entry) => {
    const m = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase());
    const name = m[1];
    if (m[2] ? Number(m[2]) !== port : port !== 80 && port !== 443) return false;
    return name.startsWith("*.") ? h.endsWith(name.slice(1)) && h.length > name.length - 1 : h === name;
  });
}
var EgressProxy = class _EgressProxy {
  constructor(server, dir, socket) {
    this.server = server;
    this.dir = dir;
    this.socket = socket;
  }
  server;
  dir;
  socket;
  allowed = /* @__PURE__ */ new Set();
  blocked = /* @__PURE__ */ new Set();
  sockets = /* @__PURE__ */ new Set();
  static async start(entries, log = () => {
  }) {
    const dir = mkdtempSync(path2.join(tmpdir(), "crustyclaw-egress-"));
    const socket = path2.join(dir, "proxy.sock");
    const server = http.createServer();
    const proxy = new _EgressProxy(server, dir, socket);
    const decide = (host, port) => {
      const target = `${host}:${port}`;
      const ok = hostAllowed(host, port, entries);
      const seen = ok ? proxy.allowed : proxy.blocked;
      if (!seen.has(target)) log(`${ok ? "allowed" : "blocked"} network connection to ${target}`);
      seen.add(target);
      return ok;
    };
    server.on("connection", (s) => {
      proxy.sockets.add(s);
      s.on("close", () => proxy.sockets.delete(s));
    });
    server.on("connect", (req, client, head) => {
      const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(req.url ?? "");
      if (!m || !decide(m[1], Number(m[2]))) {
        client.end("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\nblocked by CrustyClaw: the host is not in this node's network list\n");
        return;
      }
      const upstream = net.connect(Number(m[2]), m[1], () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        if (head.length) upstream.write(head);
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on("error", () => client.end("HTTP/1.1 502 Bad Gateway\r\n\r\n"));
      client.on("error", () => upstream.destroy());
    });
    server.on("request", (req, res) => {
      let url;
      try {
        url = new URL(req.url ?? "");
        if (url.protocol !== "http:") throw new Error();
      } catch {
        res.writeHead(400, { "content-type": "text/plain" }).end("CrustyClaw's egress proxy takes absolute http:// URLs and CONNECT\n");
        return;
      }
      const port = Number(url.port || 80);
      if (!decide(url.hostname, port)) {
        res.writeHead(403, { "content-type": "text/plain" }).end("blocked by CrustyClaw: the host is not in this node's network list\n");
        return;
      }
      const headers = { ...req.headers };
      delete headers["proxy-connection"];
      delete headers["proxy-authorization"];
      const upstream = http.request({ host: url.hostname, port, method: req.method, path: `${url.pathname}${url.search}`, headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on("error", () => res.headersSent ? res.destroy() : res.writeHead(502).end());
      req.pipe(upstream);
    });
    await new Promise((resolve, reject) => server.once("error", reject).listen(socket, resolve));
    return proxy;
  }
  report() {
    return { allowed: [...this.allowed], blocked: [...this.blocked] };
  }
  async close() {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server.close(() => resolve()));
    rmSync(this.dir, { recursive: true, force: true });
  }
};

// src/policy/sandbox-init.ts
function sandboxInit(req, specFile) {
  const cp = req("node:child_process");
  const fs = req("node:fs");
  const net2 = req("node:net");
  const spec = JSON.parse(fs.readFileSync(specFile, "utf8"));
  fs.rmSync(specFile, { force: true });
  const die = (what) => {
    process.stderr.write(`crustyclaw sandbox: ${what}
`);
    process.exit(125);
  };
  const run = (file, args) => {
    const r = cp.spawnSync(file, args, { stdio: ["ignore", "ignore", "pipe"], env: { PATH: "/usr/sbin:/usr/bin:/sbin:/bin" } });
    if (r.status !== 0) die(`${[file, ...args].join(" ")} failed: ${String(r.stderr ?? r.error ?? "").trim()}`);
  };
  if (spec.ip) run(spec.ip, ["link", "set", "lo", "up"]);
  if (spec.mount) {
    for (const dir of spec.hide) run(spec.mount, ["-t", "tmpfs", "-o", "size=1m,mode=0755", "tmpfs", dir]);
    for (const dir of spec.readOnly) run(spec.mount, ["--bind", "-o", "ro", dir, dir]);
  }
  const ids = spec.uid === void 0 ? [] : [`--reuid=${spec.uid}`, `--regid=${spec.gid}`, "--clear-groups"];
  const drop = [...ids, "--no-new-privs", "--inh-caps=-all", "--bounding-set=-all", "--pdeathsig=KILL", "--"];
  const start = () => {
    const child = cp.spawn(spec.setpriv, [...drop, ...spec.argv], { cwd: spec.cwd, env: spec.env, stdio: "inherit" });
    for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(sig, () => child.kill(sig));
    child.on("error", (e) => die(`could not start setpriv: ${e.message}`));
    child.on("exit", (code, signal) => {
      if (spec.killUid) cp.spawnSync(spec.setpriv, [...ids, "--", "kill", "-KILL", "-1"], { stdio: "ignore" });
      process.exit(code ?? 128 + (req("node:os").constants.signals[signal] ?? 9));
    });
  };
  if (!spec.forward) return start();
  const server = net2.createServer((inside) => {
    const outside = net2.connect(spec.forward.socket);
    inside.pipe(outside).pipe(inside);
    inside.on("error", () => outside.destroy());
    outside.on("error", () => inside.destroy());
  });
  server.on("error", (e) => die(`the network forwarder could not listen: ${e.message}`));
  server.listen(spec.forward.port, "127.0.0.1", start);
}

// src/policy/sandbox.ts
var SANDBOX_ID = Number(process.env.CRUSTYCLAW_SANDBOX_UID ?? 65532);
var SYSTEM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
var PROXY_PORT = 3128;
var INIT_SOURCE = `var __name = (f) => f; (${sandboxInit.toString()})(require, process.argv[1]);`;
var probed;
function which(name) {
  for (const dir of SYSTEM_PATH.split(":")) {
    const file = path3.join(dir, name);
    if (existsSync(file)) return file;
  }
  return void 0;
}
function capabilities(env = process.env) {
  if (env.CRUSTYCLAW_SANDBOX === "none") return { uid: false, namespaces: false, why: ["CRUSTYCLAW_SANDBOX=none"] };
  if (probed) return probed;
  const why = [];
  const tools = { unshare: which("unshare"), setpriv: which("setpriv"), ip: which("ip"), mount: which("mount"), chown: which("chown") };
  const isRoot = process.platform === "linux" && process.getuid?.() === 0;
  let namespaces = false;
  if (process.platform !== "linux") why.push(`${process.platform} has no Linux namespaces`);
  else if (!tools.unshare || !tools.setpriv) why.push("util-linux's unshare and setpriv are not installed");
  else {
    const args = [...isRoot ? [] : ["--user", "--map-root-user"], "--pid", "--fork", "--kill-child", "--mount-proc", "--net", "true"];
    const r = spawnSync(tools.unshare, args, { stdio: ["ignore", "ignore", "pipe"], timeout: 1e4 });
    namespaces = r.status === 0;
    if (!namespaces) why.push(`namespaces are not allowed here (unshare: ${String(r.stderr ?? r.error).trim() || `exit ${r.status}`})`);
  }
  const uid = isRoot && Boolean(tools.setpriv && tools.chown);
  if (!isRoot) why.push("CrustyClaw does not run as root (and had no passwordless sudo), so commands keep its uid");
  probed = { uid, namespaces, ...definedOnly(tools), why };
  return probed;
}
function definedOnly(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
var SandboxRefused = class extends Error {
  name = "SandboxRefused";
};
var UNSANDBOXED = {
  isolated: false,
  wrap: (argv, { env }) => ({ command: argv[0], args: argv.slice(1), env, reap: () => {
  } }),
  adopt: () => {
  },
  close: async () => ({ warnings: [] })
};
async function openSandbox(opts) {
  const caps = capabilities(opts.env);
  const log = opts.log ?? (() => {
  });
  const wantNet = opts.network !== "any";
  const missing = [];
  if (!caps.uid) missing.push("a separate uid (commands could read files and processes of CrustyClaw's own user)");
  if (!caps.namespaces) missing.push("a PID namespace (background processes can outlive a command)");
  if (wantNet && !caps.namespaces) missing.push("a network namespace (the network list is not enforced)");
  if (missing.length > 0) {
    const what = `commands run without ${missing.join(", ")}: ${caps.why.join("; ")}`;
    if (opts.trust === "untrusted") {
      throw new SandboxRefused(
        `this node is untrusted and its commands need isolation this runner cannot give: ${what}. Run untrusted work on a runner where CrustyClaw runs as root with namespaces allowed (a microVM runner; see docs/runners.md and docs/security.md)`
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
var NamespaceSandbox = class {
  constructor(opts, caps, log) {
    this.opts = opts;
    this.caps = caps;
    this.log = log;
    this.isolated = caps.uid && caps.namespaces;
    this.private = mkdtempSync2(path3.join(existsSync("/tmp") ? "/tmp" : tmpdir2(), "crustyclaw-sandbox-"));
    this.home = path3.join(this.private, "home");
  }
  opts;
  caps;
  log;
  warnings = [];
  isolated;
  private;
  home;
  proxy;
  owner;
  count = 0;
  restoreModes = [];
  async start() {
    const { workspace } = this.opts;
    mkdirSync(this.home);
    if (this.caps.uid) {
      chmodSync(this.private, 457);
      this.makeTraversable();
      chownSync(this.home, SANDBOX_ID, SANDBOX_ID);
      chmodSync(this.home, 448);
      const st = statSync(workspace);
      this.owner = { uid: st.uid, gid: st.gid, mode: st.mode & 4095 };
      this.chown(`${SANDBOX_ID}:${SANDBOX_ID}`);
      chmodSync(workspace, 1023);
    }
    if (Array.isArray(this.opts.network) && this.opts.network.length > 0 && this.caps.namespaces) {
      this.proxy = await EgressProxy.start(this.opts.network, (line) => this.log(line));
    }
  }
  /**
   * The sandbox's uid must reach the workspace: a parent without search permission for
   * others (a home directory of mode 0750, say) gets it for the node's duration.
   */
  makeTraversable() {
    for (let dir = path3.dirname(path3.resolve(this.opts.workspace)); ; dir = path3.dirname(dir)) {
      const mode = statSync(dir).mode & 4095;
      if ((mode & 1) === 0) {
        chmodSync(dir, mode | 1);
        this.restoreModes.push([dir, mode]);
      }
      if (path3.dirname(dir) === dir) break;
    }
  }
  /** chown -R every top-level entry but `.git` (symlinks themselves, never what they point at). */
  chown(to) {
    const entries = readdirSync(this.opts.workspace).filter((e) => e !== ".git").map((e) => path3.join(this.opts.workspace, e));
    for (let i = 0; i < entries.length; i += 500) {
      const r = spawnSync(this.caps.chown, ["-R", "-h", "-P", to, "--", ...entries.slice(i, i + 500)], { stdio: ["ignore", "ignore", "pipe"] });
      if (r.status !== 0) throw new Error(`could not hand the workspace to the sandbox: ${String(r.stderr).trim()}`);
    }
  }
  adopt(file) {
    if (!this.caps.uid) return;
    spawnSync(this.caps.chown, ["-R", "-h", "-P", `${SANDBOX_ID}:${SANDBOX_ID}`, "--", file], { stdio: "ignore" });
  }
  wrap(argv, { env, cwd }) {
    const net2 = this.caps.namespaces && this.opts.network !== "any";
    const spec = {
      argv,
      env: this.commandEnv(env),
      cwd,
      setpriv: this.caps.setpriv,
      ...this.caps.uid ? { uid: SANDBOX_ID, gid: SANDBOX_ID } : {},
      ...net2 && this.caps.ip ? { ip: this.caps.ip } : {},
      ...this.caps.namespaces && this.caps.mount ? { mount: this.caps.mount } : {},
      hide: this.caps.namespaces ? this.hidden() : [],
      readOnly: this.caps.namespaces ? this.readOnly() : [],
      ...net2 && this.proxy ? { forward: { port: PROXY_PORT, socket: this.proxy.socket } } : {},
      killUid: !this.caps.namespaces
    };
    const specFile = path3.join(this.private, `spec-${++this.count}.json`);
    writeFileSync(specFile, JSON.stringify(spec), { mode: 384 });
    const init = [process.execPath, "-e", INIT_SOURCE, specFile];
    const reap = () => {
      rmSync2(specFile, { force: true });
      if (!this.caps.namespaces && this.caps.uid) spawnSync(this.caps.setpriv, [`--reuid=${SANDBOX_ID}`, `--regid=${SANDBOX_ID}`, "--clear-groups", "--", "kill", "-KILL", "-1"], { stdio: "ignore" });
    };
    if (!this.caps.namespaces) return { command: init[0], args: init.slice(1), env: { PATH: SYSTEM_PATH }, reap };
    const ns = [...this.caps.uid ? [] : ["--user", "--map-root-user"], "--pid", "--fork", "--kill-child", "--mount-proc", ...net2 ? ["--net"] : []];
    if (net2 && !this.caps.ip && !this.warnings.some((w) => w.includes("loopback"))) this.warnings.push("isolation: `ip` is not installed, so loopback is down inside the sandbox");
    return { command: this.caps.unshare, args: [...ns, "--", ...init], env: { PATH: SYSTEM_PATH }, reap };
  }
  commandEnv(env) {
    const out = {};
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
  hidden() {
    const e = this.opts.env;
    const dirs = [e.RUNNER_TEMP, ...["GITHUB_ENV", "GITHUB_OUTPUT", "GITHUB_PATH", "GITHUB_STATE", "GITHUB_STEP_SUMMARY", "GITHUB_EVENT_PATH"].map((k) => e[k] ? path3.dirname(e[k]) : void 0)];
    const keep = [this.opts.workspace, this.private, "/tmp", tmpdir2()].map((p) => path3.resolve(p));
    return outermost(dirs.filter((d) => Boolean(d) && existsSync(d)).map((d) => path3.resolve(d)).filter((d) => d !== "/" && !keep.some((k) => within(k, d))));
  }
  /** What a command may read but not change: git's metadata, CrustyClaw's files, the runner's actions and tools. */
  readOnly() {
    const e = this.opts.env;
    const hidden = this.hidden();
    const dirs = [path3.join(this.opts.workspace, ".git"), packageRoot(), e.RUNNER_TOOL_CACHE, e.RUNNER_WORKSPACE ? path3.join(path3.dirname(e.RUNNER_WORKSPACE), "_actions") : void 0];
    return outermost(
      dirs.filter((d) => Boolean(d) && existsSync(d) && statSync(d).isDirectory()).map((d) => path3.resolve(d)).filter((d) => !hidden.some((h) => within(d, h)) && !within(this.opts.workspace, d))
    );
  }
  async close() {
    const egress = this.proxy?.report();
    await this.proxy?.close();
    if (this.owner) {
      if (!this.caps.namespaces) spawnSync(this.caps.setpriv, [`--reuid=${SANDBOX_ID}`, `--regid=${SANDBOX_ID}`, "--clear-groups", "--", "kill", "-KILL", "-1"], { stdio: "ignore" });
      this.chown(`${this.owner.uid}:${this.owner.gid}`);
      chmodSync(this.opts.workspace, this.owner.mode);
      for (const [dir, mode] of this.restoreModes) chmodSync(dir, mode);
    }
    rmSync2(this.private, { recursive: true, force: true });
    const warnings = [...this.warnings];
    if (egress?.blocked.length) warnings.push(`network: blocked ${egress.blocked.join(", ")} (not in the node's network list)`);
    return { warnings, ...egress ? { egress } : {} };
  }
};
function within(inner, outer) {
  const rel = path3.relative(outer, inner);
  return rel === "" || !rel.startsWith("..") && !path3.isAbsolute(rel);
}
function outermost(dirs) {
  const unique = [...new Set(dirs)];
  return unique.filter((d) => !unique.some((o) => o !== d && within(d, o)));
}

// src/policy/scrubbed-env.ts
var SCRUBBED = /^(GITHUB_TOKEN|GH_TOKEN|GITEA_TOKEN|FORGEJO_TOKEN|ACTIONS_ID_TOKEN_REQUEST_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL|INPUT_.*|CRUSTYCLAW_MODEL_API_KEY|.*_API_KEY)$/;
function scrubbedEnv(env, keep) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => keep.includes(k) || !SCRUBBED.test(k)));
}

export {
  packageRoot,
  SandboxRefused,
  UNSANDBOXED,
  openSandbox,
  scrubbedEnv
};
