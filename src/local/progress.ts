/**
 * What `crustyclaw run` shows while a pipeline runs: each workflow run and its jobs,
 * and for agent nodes their turns, tokens and cost. On a terminal the runs in flight
 * are redrawn in place; elsewhere each change is one plain line.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ActionsUpdate, WorkflowRunRecord } from "../localforge/index.js";

export interface NodeUsage {
  node: string;
  status: string;
  turns: number;
  tokens: number;
  usd: number;
  priced: boolean;
}

/** Node results a run's work jobs uploaded (artifacts `crustyclaw-*`), with their usage. */
export function nodeResults(run: WorkflowRunRecord): NodeUsage[] {
  const root = path.join(run.workDir, "artifacts");
  if (!existsSync(root)) return [];
  const out: NodeUsage[] = [];
  for (const artifact of readdirSync(root).sort()) {
    const nodes = path.join(root, artifact, "nodes");
    if (!existsSync(nodes)) continue;
    for (const f of readdirSync(nodes).sort()) {
      try {
        const r = JSON.parse(readFileSync(path.join(nodes, f), "utf8")) as { node?: string; status?: string; usage?: { turns?: number; inputTokens?: number; outputTokens?: number; usd?: number; priced?: boolean } };
        const u = r.usage;
        out.push({
          node: String(r.node ?? f.replace(/\.json$/, "")),
          status: String(r.status ?? ""),
          turns: u?.turns ?? 0,
          tokens: (u?.inputTokens ?? 0) + (u?.outputTokens ?? 0),
          usd: u?.usd ?? 0,
          priced: u?.priced ?? true,
        });
      } catch {
        /* not a node result: skip it */
      }
    }
  }
  return out;
}

export function usageText(u: Pick<NodeUsage, "turns" | "tokens" | "usd" | "priced">): string {
  return `${u.turns} turn${u.turns === 1 ? "" : "s"} · ${u.tokens.toLocaleString("en")} tokens · ${u.priced ? `$${u.usd.toFixed(2)}` : "cost unknown"}`;
}

const MARK = { success: "✓", failure: "✗", cancelled: "⊘", skipped: "–", running: "…" } as const;

export class ProgressView {
  /** Runs in flight and their running jobs (id → name). */
  private readonly live = new Map<number, { run: WorkflowRunRecord; running: Map<string, string> }>();
  private readonly announced = new Set<number>();
  private drawn = 0;

  /** `write` gets raw text: lines end in \n, and on a terminal the cursor moves. */
  constructor(
    private readonly write: (raw: string) => void,
    private readonly tty: boolean,
  ) {}

  private line(text: string): void {
    this.write(`${text}\n`);
  }

  update(u: ActionsUpdate): void {
    switch (u.type) {
      case "run-started":
        this.live.set(u.run.id, { run: u.run, running: new Map() });
        break;
      case "job-started": {
        const live = this.live.get(u.run.id);
        // Plain output names a run once one of its jobs starts: most events' runs skip every job.
        if (!this.tty && live && !this.announced.has(u.run.id)) {
          this.announced.add(u.run.id);
          this.line(`▸ run ${u.run.id} · ${u.run.name} (${eventText(u.run)})`);
        }
        live?.running.set(u.job, u.name);
        if (!this.tty) this.line(`  ${MARK.running} ${u.name}`);
        break;
      }
      case "job-finished": {
        this.live.get(u.run.id)?.running.delete(u.job.id);
        if (!this.tty && u.job.result !== "skipped") this.line(this.jobLine(u.run, u.job.id));
        break;
      }
      case "run-completed":
        this.live.delete(u.run.id);
        this.clear();
        this.line(this.tty ? this.runBlock(u.run, new Map()).join("\n") : this.runSummary(u.run));
        break;
      default:
        return;
    }
    if (this.tty) this.redraw();
  }

  /** Leaves the terminal as it was: the in-place block is removed. */
  finish(): void {
    this.clear();
  }

  private eventLine(run: WorkflowRunRecord): string {
    return `${MARK[run.conclusion ?? "running"]} run ${run.id} · ${run.name} (${eventText(run)})${run.conclusion ? `: ${run.conclusion}` : ""}`;
  }

  private jobLine(run: WorkflowRunRecord, id: string, runningName?: string): string {
    const job = run.jobs.find((j) => j.id === id);
    if (runningName !== undefined || !job) return `  ${MARK.running} ${runningName ?? id}`;
    const seconds = job.startedAt && job.completedAt ? ` ${((Date.parse(job.completedAt) - Date.parse(job.startedAt)) / 1000).toFixed(1)} s` : "";
    // Why it failed: its own reason, else the last error its steps logged.
    const why = job.result === "success" ? undefined : (job.reason ?? job.log.split("\n").reverse().find((l) => l.startsWith("##[error]"))?.slice("##[error]".length));
    const reason = why ? ` — ${why.slice(0, 200)}` : "";
    return `  ${MARK[job.result]} ${job.name}${seconds}${reason}`;
  }

  private runBlock(run: WorkflowRunRecord, running: Map<string, string>): string[] {
    if (run.status === "completed" && run.jobs.every((j) => j.result === "skipped") && run.problems.length === 0) return [`${MARK.skipped} run ${run.id} · ${run.name} (${eventText(run)}): nothing to do`];
    const lines = [this.eventLine(run)];
    for (const p of run.problems) lines.push(`  ${p}`);
    for (const j of run.jobs) if (j.result !== "skipped") lines.push(this.jobLine(run, j.id));
    for (const [id, name] of running) lines.push(this.jobLine(run, id, name));
    for (const n of nodeResults(run)) if (n.turns > 0) lines.push(`    ${n.node}: ${usageText(n)}`);
    return lines;
  }

  private runSummary(run: WorkflowRunRecord): string {
    if (run.jobs.every((j) => j.result === "skipped") && run.problems.length === 0) return `${MARK.skipped} run ${run.id} · ${run.name} (${eventText(run)}): nothing to do`;
    const usage = nodeResults(run).filter((n) => n.turns > 0).map((n) => `    ${n.node}: ${usageText(n)}`);
    return [this.eventLine(run), ...run.problems.map((p) => `  ${p}`), ...usage].join("\n");
  }

  private clear(): void {
    if (!this.tty || this.drawn === 0) return;
    this.write(`\x1b[${this.drawn}F\x1b[J`);
    this.drawn = 0;
  }

  private redraw(): void {
    this.clear();
    const lines = [...this.live.values()].flatMap(({ run, running }) => this.runBlock(run, running));
    if (lines.length === 0) return;
    this.line(lines.join("\n"));
    this.drawn = lines.length;
  }
}

function eventText(run: WorkflowRunRecord): string {
  return `${run.event}${run.action ? ` ${run.action}` : ""} by ${run.actor}`;
}
