/**
 * The egress proxy: the only way out of a sandbox whose node lists `network` hosts.
 * Commands inside reach it through HTTP(S)_PROXY (a forwarder in the sandbox's network
 * namespace connects 127.0.0.1 there to this proxy's Unix socket); it lets through
 * CONNECT tunnels and plain HTTP requests to listed hosts only, and remembers every
 * host it refused so the tracking comment can say what was blocked.
 */
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * One entry of a node's `network` list: `host`, `host:port` or `*.domain` (any
 * subdomain, not the domain itself). Without a port, 80 and 443 are allowed.
 */
export function hostAllowed(host: string, port: number, entries: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
  return entries.some((entry) => {
    const m = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase())!;
    const name = m[1]!;
    if (m[2] ? Number(m[2]) !== port : port !== 80 && port !== 443) return false;
    return name.startsWith("*.") ? h.endsWith(name.slice(1)) && h.length > name.length - 1 : h === name;
  });
}


export interface EgressReport {
  /** host:port reached, in first-use order. */
  allowed: string[];
  /** host:port refused, in first-use order. */
  blocked: string[];
}

export class EgressProxy {
  private readonly allowed = new Set<string>();
  private readonly blocked = new Set<string>();
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    private readonly server: http.Server,
    private readonly dir: string,
    /** The Unix socket the sandbox's forwarder connects to. */
    readonly socket: string,
  ) {}

  static async start(entries: readonly string[], log: (line: string) => void = () => {}): Promise<EgressProxy> {
    // A private directory: only this process's uid (root, or the runner) may connect.
    const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-egress-"));
    const socket = path.join(dir, "proxy.sock");
    const server = http.createServer();
    const proxy = new EgressProxy(server, dir, socket);
    const decide = (host: string, port: number): boolean => {
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
    server.on("connect", (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
      const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(req.url ?? "");
      if (!m || !decide(m[1]!, Number(m[2]))) {
        client.end("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\n\r\nblocked by CrustyClaw: the host is not in this node's network list\n");
        return;
      }
      const upstream = net.connect(Number(m[2]), m[1]!, () => {
        client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
        if (head.length) upstream.write(head);
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on("error", () => client.end("HTTP/1.1 502 Bad Gateway\r\n\r\n"));
      client.on("error", () => upstream.destroy());
    });
    server.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
      let url: URL;
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
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(socket, resolve));
    return proxy;
  }

  report(): EgressReport {
    return { allowed: [...this.allowed], blocked: [...this.blocked] };
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    rmSync(this.dir, { recursive: true, force: true });
  }
}
