/**
 * Git smart HTTP through `git http-backend`, run once per request as a CGI program:
 * the request body streams into its stdin, and its stdout is a CGI response (headers,
 * a blank line, then the body) that we translate into the HTTP response.
 * See git-http-backend(1) for the variables it reads.
 */
import { spawn } from "node:child_process";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gitEnv } from "./git.js";

export interface CgiRequest {
  /** Directory holding `{owner}/{repo}.git`. */
  projectRoot: string;
  /** `/{owner}/{repo}.git/...`, already checked against the known repositories. */
  pathInfo: string;
  query: string;
  /** Login of the authenticated caller; http-backend refuses receive-pack without one. */
  remoteUser: string;
}

/**
 * `beforeEnd` runs after git finished and before the response ends, so a client that
 * pushed sees the push's consequences (events) once its push returns.
 */
export function serveGit(req: IncomingMessage, res: ServerResponse, cgi: CgiRequest, beforeEnd?: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const env: Record<string, string> = {
      GIT_PROJECT_ROOT: cgi.projectRoot,
      GIT_HTTP_EXPORT_ALL: "1",
      PATH_INFO: cgi.pathInfo,
      REQUEST_METHOD: req.method ?? "GET",
      QUERY_STRING: cgi.query,
      CONTENT_TYPE: req.headers["content-type"] ?? "",
      REMOTE_USER: cgi.remoteUser,
      REMOTE_ADDR: req.socket.remoteAddress ?? "127.0.0.1",
      GATEWAY_INTERFACE: "CGI/1.1",
      SERVER_PROTOCOL: `HTTP/${req.httpVersion}`,
    };
    const length = req.headers["content-length"];
    if (length !== undefined) env.CONTENT_LENGTH = length;
    // Clients gzip large upload-pack requests; http-backend inflates them itself.
    const encoding = req.headers["content-encoding"];
    if (encoding !== undefined) env.HTTP_CONTENT_ENCODING = encoding;
    // Protocol v2 is negotiated through this header.
    const protocol = req.headers["git-protocol"];
    if (typeof protocol === "string") env.GIT_PROTOCOL = protocol;

    const child = spawn("git", ["http-backend"], { env: gitEnv(env), stdio: ["pipe", "pipe", "pipe"] });
    const stderr: Buffer[] = [];
    child.stderr.on("data", (b: Buffer) => stderr.push(b));
    child.stdin.on("error", () => {}); // http-backend may exit before reading everything
    req.pipe(child.stdin);

    let head = Buffer.alloc(0);
    let headersSent = false;
    child.stdout.on("data", (chunk: Buffer) => {
      if (headersSent) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const split = headerEnd(head);
      if (!split) return;
      writeCgiHeaders(res, head.subarray(0, split.at).toString("latin1"));
      headersSent = true;
      const rest = head.subarray(split.at + split.length);
      if (rest.length > 0) res.write(rest);
    });
    child.on("error", (err) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(`git http-backend failed to start: ${err.message}\n`);
      resolve();
    });
    child.on("close", (code) => {
      if (!headersSent) {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end(`git http-backend exited with ${code}: ${Buffer.concat(stderr).toString("utf8")}\n`);
        resolve();
        return;
      }
      const end = () => {
        res.end();
        resolve();
      };
      if (!beforeEnd) return end();
      beforeEnd().then(end, (err: unknown) => {
        res.destroy(err instanceof Error ? err : new Error(String(err)));
        resolve();
      });
    });
    res.on("close", () => {
      if (child.exitCode === null) child.kill();
    });
  });
}

function headerEnd(buf: Buffer): { at: number; length: number } | undefined {
  const crlf = buf.indexOf("\r\n\r\n");
  const lf = buf.indexOf("\n\n");
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { at: crlf, length: 4 };
  if (lf >= 0) return { at: lf, length: 2 };
  return undefined;
}

function writeCgiHeaders(res: ServerResponse, block: string): void {
  let status = 200;
  let reason: string | undefined;
  const headers: Record<string, string | string[]> = {};
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === "status") {
      const m = /^(\d{3})\s*(.*)$/.exec(value);
      if (m) {
        status = Number(m[1]);
        reason = m[2] || undefined;
      }
      continue;
    }
    const key = name.toLowerCase();
    const prev = headers[key];
    headers[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  if (reason) res.writeHead(status, reason, headers);
  else res.writeHead(status, headers);
}
