/**
 * Structured logs: one JSON object per line, each with the run, job, stage, node and (for
 * agents) turn it belongs to, alongside the human log CrustyClaw writes to the job's output.
 * Lines go to the file `CRUSTYCLAW_LOG_JSON` names, else to `crustyclaw-events.jsonl` in the
 * runner's temporary directory, where a later step or a log shipper on the runner picks them
 * up. Writing a line never fails a step.
 */
import { closeSync, constants, fstatSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";

export type Fields = Record<string, string | number | boolean | undefined | null>;

export interface EventLog {
  /** Where the lines go, or undefined when nowhere. */
  readonly file: string | undefined;
  event(event: string, fields?: Fields, level?: "info" | "warning" | "error"): void;
  /** The same log with more fields on every line (a node, a turn). */
  with(fields: Fields): EventLog;
}

/** At most this much of any one value: a line is a record, not a transcript. */
const MAX_VALUE = 2000;

/** The log file the environment names, or the default in RUNNER_TEMP; undefined outside a runner without the variable. */
export function eventLogFile(env: NodeJS.ProcessEnv): string | undefined {
  const named = env.CRUSTYCLAW_LOG_JSON?.trim();
  if (named) return path.resolve(named);
  return env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, "crustyclaw-events.jsonl") : undefined;
}

/** The fields every line of a step carries, from the runner's variables. */
export function stepFields(env: NodeJS.ProcessEnv): Fields {
  return {
    run: env.GITHUB_RUN_ID,
    attempt: env.GITHUB_RUN_ATTEMPT ? Number(env.GITHUB_RUN_ATTEMPT) : undefined,
    job: env.GITHUB_JOB,
    repository: env.GITHUB_REPOSITORY,
  };
}

export function openEventLog(file: string | undefined, base: Fields, now: () => Date = () => new Date()): EventLog {
  let broken = false;
  const write = (line: string) => {
    if (!file || broken) return;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      // Never through a link, never into anything but a plain file: a step may run as root (actions/elevate.ts),
      // and a FIFO planted where CRUSTYCLAW_LOG_JSON points would otherwise hold the step at open (O_NONBLOCK).
      const fd = openSync(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK, 0o644);
      try {
        if (!fstatSync(fd).isFile()) throw new Error("not a file");
        writeSync(fd, line);
      } finally {
        closeSync(fd);
      }
    } catch {
      // A full disk, a read-only directory or a planted link loses log lines, not the run.
      broken = true;
    }
  };
  const make = (fields: Fields): EventLog => ({
    file,
    event(event, extra = {}, level = "info") {
      const entries = Object.entries({ ...fields, ...extra })
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k, v]) => [k, typeof v === "string" && v.length > MAX_VALUE ? `${v.slice(0, MAX_VALUE)}…` : v]);
      write(`${JSON.stringify({ time: now().toISOString(), level, event, ...Object.fromEntries(entries) })}\n`);
    },
    with: (more) => make({ ...fields, ...more }),
  });
  return make(base);
}

export const NO_EVENTS: EventLog = openEventLog(undefined, {});
