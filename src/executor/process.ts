/**
 * One step's process: its own process group (so a timeout or the end of the job
 * kills everything it started), output streamed line by line, an exit code.
 */
import { spawn } from "node:child_process";

export interface StepProcess {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Called with each complete output line (stdout and stderr interleaved as they arrive). */
  onLine(line: string): void;
  /** Aborting kills the process group. */
  signal: AbortSignal;
}

export interface ProcessResult {
  code: number | null;
  /** Why it was stopped, when it was. */
  killed?: string;
}

/** Every process group a job started, so the job's end can stop what outlived its step (as a runner does). */
export class ProcessGroups {
  private readonly pids = new Set<number>();

  add(pid: number): void {
    this.pids.add(pid);
  }

  killAll(): void {
    for (const pid of this.pids) killGroup(pid);
    this.pids.clear();
  }
}

export function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    /* already gone */
  }
}

export function runProcess(p: StepProcess, groups: ProcessGroups): Promise<ProcessResult> {
  return new Promise((resolve) => {
    if (p.signal.aborted) return resolve({ code: null, killed: String(p.signal.reason ?? "aborted") });
    const child = spawn(p.command, p.args, { cwd: p.cwd, env: p.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    if (child.pid !== undefined) groups.add(child.pid);
    let killed: string | undefined;
    const onAbort = () => {
      killed = String(p.signal.reason ?? "aborted");
      if (child.pid !== undefined) killGroup(child.pid);
    };
    p.signal.addEventListener("abort", onAbort, { once: true });
    const pending = { out: "", err: "" };
    const feed = (which: "out" | "err") => (chunk: Buffer) => {
      pending[which] += chunk.toString("utf8");
      const lines = pending[which].split("\n");
      pending[which] = lines.pop()!;
      for (const line of lines) p.onLine(line.replace(/\r$/, ""));
    };
    child.stdout.on("data", feed("out"));
    child.stderr.on("data", feed("err"));
    child.on("error", (err) => {
      p.onLine(`failed to start ${p.command}: ${err.message}`);
    });
    child.on("close", (code) => {
      p.signal.removeEventListener("abort", onAbort);
      for (const rest of [pending.out, pending.err]) if (rest) p.onLine(rest);
      resolve({ code, ...(killed ? { killed } : {}) });
    });
  });
}
