/**
 * `crustyclaw mcp`: option checking through the CLI entry point, and the server as
 * a client sees it on the wire (run from source): protocol messages only on
 * stdout, and a clean exit when stdin closes.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { gitInit, makeWorkspace } from "../agent/tools/workspace.js";
import { ROOT } from "../helpers/blueprints.js";

async function run(args: string[], cwd = ROOT) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, cwd, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("crustyclaw mcp options", () => {
  it("is listed, and has help", async () => {
    expect((await run(["--help"])).out).toContain("  mcp ");
    const r = await run(["mcp", "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: crustyclaw mcp \[--workspace DIR\] \[--tools LIST\] \[--command PATTERN \.\.\.\]/);
    expect(r.out).toContain("finish is never served");
  });

  const cases: Array<[string[], string]> = [
    [["--tools", "finish"], "'finish' is never served"],
    [["--tools", "read_fil"], "unknown tool 'read_fil' in --tools; did you mean 'read_file'? expected some of: read_file, list_files, search, edit_file, write_file, run_command"],
    [["--tools", " , "], "--tools is empty"],
    [["--tools", "read_file,run_command"], "--tools includes run_command, which needs at least one --command PATTERN"],
    [["--command", "npm test"], "--command is given, but --tools does not include run_command"],
    [["--tools", "run_command", "--command", "npm test; curl x"], "invalid value 'npm test; curl x' for --command: the pattern is not a single command: `;` separates commands"],
    [["--tools", "run_command", "--command", "npm ** x"], "invalid value 'npm ** x' for --command: the pattern has `**` before its last word; `**` stands for any number of further arguments, so it can only end an entry (at character 5); use `*`"],
    [["--tools", "run_command", "--command", "npx -y cowsay"], "invalid value 'npx -y cowsay' for --command: the pattern can never run: options of `npx` (here '-y') are not supported"],
    [["--workspace", "no/such/dir"], "invalid value 'no/such/dir' for --workspace; expected an existing directory"],
    [["serve"], "unexpected argument 'serve'"],
    [["--bogus"], "unknown option '--bogus'; options: --workspace, --tools, --command"],
  ];
  for (const [args, message] of cases) {
    it(`exits 2 on ${args.join(" ")}`, async () => {
      const r = await run(["mcp", ...args]);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toContain(`crustyclaw mcp: ${message}`);
      expect(r.err).toContain("Usage: crustyclaw mcp");
    });
  }
});

describe("crustyclaw mcp on the wire", () => {
  it("writes only JSON-RPC to stdout, serves what was asked, and exits 0 when stdin closes", async () => {
    const ws = makeWorkspace({ "a.txt": "alpha\n" });
    await gitInit(ws.root);
    const tsx = pathToFileURL(path.join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
    const child = spawn(
      process.execPath,
      ["--import", tsx, path.join(ROOT, "src", "cli", "index.ts"), "mcp", "--workspace", ws.root, "--tools", "read_file,write_file,run_command", "--command", "git --version"],
      { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    type Response = { id?: number; result?: Record<string, unknown>; error?: { code: number; message: string } };
    const responses = new Map<number, Response>();
    const waiting = new Map<number, () => void>();
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      for (const line of stdout.split("\n").slice(0, -1)) {
        const msg = JSON.parse(line) as Response;
        if (typeof msg.id === "number" && !responses.has(msg.id)) {
          responses.set(msg.id, msg);
          waiting.get(msg.id)?.();
        }
      }
    });
    const send = (msg: Record<string, unknown>) => child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", ...msg })}\n`);
    const request = (id: number, method: string, params: Record<string, unknown> = {}) =>
      new Promise<NonNullable<ReturnType<typeof responses.get>>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer to ${method}; stderr: ${stderr}`)), 20_000);
        waiting.set(id, () => {
          clearTimeout(timer);
          resolve(responses.get(id)!);
        });
        send({ id, method, params });
      });

    const init = await request(1, "initialize", { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "test", version: "0" } });
    expect(init.result).toMatchObject({ serverInfo: { name: "crustyclaw" }, capabilities: { tools: {} } });
    send({ method: "notifications/initialized" });
    const list = await request(2, "tools/list");
    expect((list.result!.tools as Array<{ name: string; inputSchema: { type: string } }>).map((t) => [t.name, t.inputSchema.type])).toEqual([
      ["read_file", "object"],
      ["write_file", "object"],
      ["run_command", "object"],
    ]);
    const read = await request(3, "tools/call", { name: "read_file", arguments: { path: "a.txt" } });
    expect(read.result).toEqual({ content: [{ type: "text", text: "alpha\n" }], isError: false });
    const cmd = await request(4, "tools/call", { name: "run_command", arguments: { command: "git --version" } });
    expect((cmd.result!.content as Array<{ text: string }>)[0]!.text).toMatch(/^\$ git --version\nexit code 0\ngit version/);
    const refused = await request(5, "tools/call", { name: "run_command", arguments: { command: "env" } });
    expect(refused.result).toMatchObject({ isError: true });
    const finish = await request(6, "tools/call", { name: "finish", arguments: {} });
    expect(finish.error).toMatchObject({ code: -32602 });
    expect(finish.error!.message).toContain("unknown tool 'finish'; this server offers: read_file, write_file, run_command");

    const exit = new Promise<number | null>((resolve) => child.on("exit", resolve));
    child.stdin.end();
    expect(await exit).toBe(0);
    for (const line of stdout.split("\n").filter(Boolean)) expect(JSON.parse(line)).toMatchObject({ jsonrpc: "2.0" });
    expect(stderr).toContain("crustyclaw mcp: serving read_file, write_file, run_command for");
  });
});
