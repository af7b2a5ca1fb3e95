// Parsing files, here or on worker threads running this module.
import { readFileSync } from "node:fs";
import * as nodeModule from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { languageTools, runtime } from "./grammars.js";
import type { FileOutline, LanguageId } from "./languages.js";
import { outline } from "./outline.js";

// --- Parsing, in worker threads -------------------------------------------------------

export interface ParseJob {
  abs: string;
  language: LanguageId;
}

/**
 * One file's outline: null when it does not parse (binary, failed, too slow: remembered as
 * such), undefined when there is no grammar for it or it cannot be read (not remembered).
 */
async function parseFile(job: ParseJob): Promise<FileOutline | null | undefined> {
  const rt = await runtime();
  const tools = rt.languages.has(job.language) ? rt.languages.get(job.language) : await languageTools(rt, job.language);
  if (!tools) return undefined;
  let content: Buffer;
  try {
    content = readFileSync(job.abs);
  } catch {
    return undefined;
  }
  if (content.subarray(0, 8000).includes(0) || minified(job.language, content)) return null;
  try {
    return outline(tools, content.toString("utf8")) ?? null;
  } catch {
    // One file's failure (say, out of wasm memory) is that file's, not the map's.
    return null;
  }
}

/** Longer lines than this on average make a JavaScript file minified, as GitHub Linguist tells generated files. */
const MINIFIED_LINE_CHARS = 110;

/**
 * A minified JavaScript file: its outline would be one-letter names on a few lines, noise for the
 * agent that crowds out real files and costs a parse as long as a large source file's.
 */
function minified(language: LanguageId, content: Buffer): boolean {
  if (language !== "javascript" || content.length <= MINIFIED_LINE_CHARS) return false;
  let lines = 1;
  for (let i = content.indexOf(10); i !== -1; i = content.indexOf(10, i + 1)) lines++;
  return content.length / lines > MINIFIED_LINE_CHARS;
}

/** Below this many files a worker's start (tree-sitter and grammars again) costs more than it saves. */
const FILES_PER_WORKER = 250;
/** Files a worker takes at a time: small enough to balance, large enough to keep messages few. */
const WORKER_BATCH = 40;
const WORKER_MARK = "crustyclaw-repomap-worker";

/** Outlines of `jobs`, in their order: on all cores when there are enough files, else here. */
export async function parseFiles(jobs: ParseJob[], most = Math.min(availableParallelism(), 4)): Promise<Array<FileOutline | null | undefined>> {
  const workers = Math.min(most, Math.floor(jobs.length / FILES_PER_WORKER));
  if (workers < 2) {
    const out: Array<FileOutline | null | undefined> = [];
    for (const job of jobs) out.push(await parseFile(job));
    return out;
  }
  const out = new Array<FileOutline | null | undefined>(jobs.length);
  let nextJob = 0;
  const pool = Array.from({ length: workers }, () => startWorker());
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let given: number[] = [];
            const feed = () => {
              given = [];
              while (given.length < WORKER_BATCH && nextJob < jobs.length) given.push(nextJob++);
              if (given.length === 0) return resolve();
              worker.postMessage(given.map((i) => jobs[i]));
            };
            worker.on("message", (results: Array<FileOutline | null | undefined> | "ready") => {
              if (results !== "ready") given.forEach((i, k) => (out[i] = results[k]));
              feed();
            });
            worker.once("error", reject);
            worker.once("exit", (code) => (given.length > 0 ? reject(new Error(`repo map: a parsing worker stopped (exit code ${code})`)) : resolve()));
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return out;
}

/**
 * A worker running this very module. Bundled, that is the chunk it was built into; from the
 * sources (tests, benchmarks), tsx is registered in the worker first to load TypeScript.
 */
function startWorker(): Worker {
  const self = import.meta.url;
  const workerData = { [WORKER_MARK]: true };
  if (!self.endsWith(".ts")) return new Worker(new URL(self), { workerData });
  const tsx = pathToFileURL(nodeModule.createRequire(self).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(self)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData });
}

// In a parsing worker: take batches of files, answer with their outlines.
if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_MARK] === true && parentPort) {
  const port = parentPort;
  port.on("message", (batch: ParseJob[]) => {
    void (async () => {
      const results: Array<FileOutline | null | undefined> = [];
      for (const job of batch) results.push(await parseFile(job));
      port.postMessage(results);
    })();
  });
  port.postMessage("ready");
}
