import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AUTHOR_ENV, git, gitBytes, GitError } from "../git/git.js";
import { sha256 } from "../util/hash.js";
import { TRANSCRIPT_FILE } from "./transcripts.js";
import { canonicalJson, chained, GENESIS, parseRecordLine, MONTH_FILE, monthFile, recordLine, verifyChain, type ChainReport, type OutcomeRecord, type StoreFile } from "./record.js";

/** The branch the outcome store lives on. */
export const OUTCOMES_BRANCH = "crustyclaw/outcomes";
const REF = `refs/heads/${OUTCOMES_BRANCH}`;

export interface StoreRemote {
  /** The repository's git URL (or a local path, for a clone). */
  remote: string;
  token?: string;
}

export interface AppendOptions extends StoreRemote {
  /** Flush attempts before giving up when other runs keep landing first. */
  attempts?: number;
  /** Backoff base between attempts (jittered, doubling up to 32×). */
  backoffMs?: number;
}

/** Git's words for a push that lost the race to another one. */
const LOST_RACE = /non-fast-forward|fetch first|\[rejected\]|failed to update ref|cannot lock ref|stale info|reference already exists|remote rejected/i;

/** Where a record waits until a flush chains it into the store: a branch of its own, so that parking it never races. */
const PENDING = `refs/heads/${OUTCOMES_BRANCH}-pending/`;
/** The most records one flush takes: a month file stays a file people can open. */
const MAX_FLUSH = 500;

type Unchained = Omit<OutcomeRecord, "prev" | "hash">;

/** A record's identity before it is chained: the name of its pending branch, and how a flush knows it is stored. */
export function recordId(record: Unchained | OutcomeRecord): string {
  const { prev: _p, hash: _h, ...rest } = record as OutcomeRecord;
  return sha256(canonicalJson(rest)).slice(0, 32);
}

/**
 * Append one record to the store on the forge, losing nothing when many runs append at
 * once. The record is first parked on a branch of its own (a new, unique ref: parking
 * never races). Then the runs with parked records take turns by record id: the first one
 * fetches the store's tip (depth 1) and every parked record, appends those not yet stored
 * to the month file, chained in order (time, then id), and pushes atomically — the new tip
 * without force, and the deletion of the parked records it stored. The others only look
 * (`ls-remote`) until their record is no longer parked; one that has waited long (its turn
 * never came: the first run died) stores them itself. A lost push race is retried with
 * jittered backoff. So a lone run makes two pushes and a fetch, n runs at once n parks and
 * a few stores, and a run that dies after parking still has its record stored by the next.
 * Git plumbing in a scratch repository: nothing of the job's workspace is read or written.
 * Returns the record as stored.
 */
export async function appendOutcome(record: Unchained, opts: AppendOptions): Promise<OutcomeRecord> {
  const attempts = opts.attempts ?? 40;
  const backoff = opts.backoffMs ?? 250;
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-outcomes-"));
  const g = scratchGit(dir, opts);
  // A record no flush would take (a field out of shape) would wait parked forever: refused here, with what is wrong.
  const checked = parseRecordLine(JSON.stringify({ ...record, prev: GENESIS, hash: GENESIS }));
  if (typeof checked === "string") throw new GitError(["outcome"], null, `the outcome record of ${record.run} is not a valid record: ${checked}`);
  const id = recordId(record);
  const own = `${PENDING}${id}`;
  try {
    await g(["init", "-q", "--bare"]);
    await fastImport(g, "park", undefined, "record.json", `${JSON.stringify(record)}\n`, `parked outcome of ${record.run}`);
    await g(["push", "-q", "--force", opts.remote, `refs/heads/park:${own}`]);
    for (let attempt = 1; ; attempt++) {
      const listed = await listStore(g, opts.remote);
      if (!listed.has(own)) return await storedRecord(g, opts.remote, id);
      const parked = [...listed.keys()].filter((ref) => ref.startsWith(PENDING)).sort();
      const turn = parked.indexOf(own);
      // Our turn: the first parked record, or (its run gone quiet) we have waited long enough.
      if (turn === 0 || attempt > PATIENCE) {
        const done = await flush(g, opts.remote, [...listed.keys()].filter((ref) => ref === REF || ref.startsWith(PENDING)), id);
        if (done) return done;
        if (attempt >= attempts) throw new GitError(["push"], 1, `the outcome store's branch kept moving for ${attempts} attempts; the record is parked on ${own} for the next run to store`);
      }
      // Waiting in line: the further back, the longer, jittered; looking costs the forge a request each time.
      await new Promise((r) => setTimeout(r, backoff * (turn + 1) * (0.5 + Math.random())));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** git in a scratch repository, with the remote's token: stdin may carry binary (fast-import's blobs). */
function scratchGit(dir: string, opts: StoreRemote): (args: string[], input?: string | Buffer) => Promise<string> {
  return (args, input) => git(args, { cwd: dir, ...(opts.token ? { token: opts.token } : {}), env: AUTHOR_ENV, ...(input !== undefined ? { input } : {}) });
}

/**
 * Add one file (a transcript archive) to the store's branch, beside the month files: fetch
 * the tip (depth 1), commit the file on it, push without force; another push landing first
 * only means fetching again (jittered backoff). The path is the caller's own (a publish job's),
 * so no other writer ever changes it, and a file already there with the same bytes is done.
 * Records never name a file before it is stored.
 */
export async function storeFile(file: { path: string; bytes: Buffer }, opts: AppendOptions): Promise<void> {
  const attempts = opts.attempts ?? 40;
  const backoff = opts.backoffMs ?? 250;
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-outcomes-"));
  const g = scratchGit(dir, opts);
  try {
    await g(["init", "-q", "--bare"]);
    const blob = (await g(["hash-object", "-w", "--stdin"], file.bytes)).trim();
    for (let attempt = 1; ; attempt++) {
      const tip = await fetchTip(g, opts.remote);
      if (tip && (await g(["ls-tree", tip, "--", file.path])).includes(` ${blob}\t`)) return;
      await fastImport(g, "file", tip, file.path, file.bytes, `transcripts: ${file.path}`);
      try {
        await g(["push", "-q", opts.remote, `refs/heads/file:${REF}`]);
        return;
      } catch (err) {
        if (!(err instanceof GitError && LOST_RACE.test(err.stderr)) || attempt >= attempts) throw err;
      }
      await new Promise((r) => setTimeout(r, backoff * Math.min(32, 2 ** (attempt - 1)) * (0.5 + Math.random())));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Turns a run waits for the first parked record's run to store it before storing everything itself. */
const PATIENCE = 6;

/** The store's refs on the forge: its branch and the parked records, ref to commit. */
async function listStore(g: (args: string[]) => Promise<string>, remote: string): Promise<Map<string, string>> {
  return new Map(
    (await g(["ls-remote", remote, REF, `${PENDING}*`])).split("\n").flatMap((line) => {
      const [sha, ref] = line.split("\t");
      return sha && ref ? [[ref.trim(), sha] as const] : [];
    }),
  );
}

/**
 * Store every parked record (ours among them) after the tip, as one commit pushed
 * atomically with the parked branches' deletion. Undefined when another push landed
 * first (or a parked branch went in between): the caller looks again.
 */
async function flush(g: (args: string[], input?: string | Buffer) => Promise<string>, remote: string, refs: string[], id: string): Promise<OutcomeRecord | undefined> {
  try {
    await g(["fetch", "-q", "--no-tags", "--depth=1", remote, ...refs.map((ref) => `+${ref}:refs/fetched/${ref.slice("refs/heads/".length)}`)]);
  } catch (err) {
    if (err instanceof GitError && /couldn't find remote ref/i.test(err.stderr)) return undefined;
    throw err;
  }
  const local = (ref: string) => `refs/fetched/${ref.slice("refs/heads/".length)}`;
  const tip = refs.includes(REF) ? (await g(["rev-parse", local(REF)])).trim() : undefined;
  const files = tip ? await monthFiles(g, tip) : [];
  const newest = files.at(-1);
  const stored = new Set(
    (newest?.text.split("\n") ?? []).flatMap((line) => {
      const r = line.trim() ? parseRecordLine(line) : "blank";
      return typeof r === "string" ? [] : [recordId(r)];
    }),
  );
  const parked = refs.filter((ref) => ref.startsWith(PENDING)).map((ref) => ({ id: ref.slice(PENDING.length), sha: local(ref) }));
  const records = await pendingRecords(g, parked);
  // A parked branch that is not a record is left alone for people to look at; one already stored is deleted with the rest.
  const batch = records
    .filter((p) => !stored.has(p.id))
    .sort((a, b) => (a.record.at < b.record.at ? -1 : a.record.at > b.record.at ? 1 : a.id < b.id ? -1 : 1))
    .slice(0, MAX_FLUSH);
  if (!batch.some((p) => p.id === id)) return undefined;
  // A runner whose clock is behind at a month's turn still appends to the newest file: the chain runs through the files in order.
  const last = batch.at(-1)!.record.at;
  const file = newest && newest.path > monthFile(last) ? newest.path : monthFile(last);
  let prev = tip ? lastHash(files) : GENESIS;
  const lines: string[] = [];
  let ours: OutcomeRecord | undefined;
  for (const p of batch) {
    const chainedRecord = chained(p.record, prev);
    lines.push(recordLine(chainedRecord));
    prev = chainedRecord.hash;
    if (p.id === id) ours = chainedRecord;
  }
  const before = files.find((f) => f.path === file)?.text ?? "";
  const text = `${before}${before === "" || before.endsWith("\n") ? "" : "\n"}${lines.join("\n")}\n`;
  await fastImport(g, "append", tip, file, text, `outcome of ${batch.length} run${batch.length === 1 ? "" : "s"}`);
  const unpark = [...batch.map((p) => p.id), ...records.filter((p) => stored.has(p.id)).map((p) => p.id)].map((p) => `:${PENDING}${p}`);
  try {
    // Stored and unparked in one atomic push: a parked record is never deleted without being stored.
    await g(["push", "-q", "--atomic", remote, `refs/heads/append:${REF}`, ...unpark]);
    return ours;
  } catch (err) {
    if (err instanceof GitError && LOST_RACE.test(err.stderr)) return undefined;
    throw err;
  }
}

/** Our record as a flush by another run stored it: in the newest month file (or, at a month's turn, any). */
async function storedRecord(g: (args: string[]) => Promise<string>, remote: string, id: string): Promise<OutcomeRecord> {
  for (let tries = 1; ; tries++) {
    await g(["fetch", "-q", "--no-tags", "--depth=1", remote, `+${REF}:refs/tip`]);
    const tip = (await g(["rev-parse", "refs/tip"])).trim();
    const files = (await monthFiles(g, tip, { all: true })).reverse();
    for (const f of files) {
      for (const line of f.text.split("\n").reverse()) {
        const r = line.trim() ? parseRecordLine(line) : "blank";
        if (typeof r !== "string" && recordId(r) === id) return r;
      }
    }
    // Unparked but not in the store: someone deleted the parked branch by hand.
    if (tries >= 2) throw new GitError(["fetch"], 1, `outcome record ${id} was unparked but is not in ${OUTCOMES_BRANCH}: its parked branch was deleted without storing it`);
  }
}

/** One commit holding one file (`from`: on that commit's tree), as refs/heads/<ref>: one process, no index. */
async function fastImport(g: (args: string[], input?: string | Buffer) => Promise<string>, ref: string, from: string | undefined, file: string, content: string | Buffer, message: string): Promise<void> {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const head = [
    `commit refs/heads/${ref}`,
    `committer ${AUTHOR_ENV.GIT_COMMITTER_NAME} <${AUTHOR_ENV.GIT_COMMITTER_EMAIL}> ${Math.floor(Date.now() / 1000)} +0000`,
    `data ${Buffer.byteLength(`${message}\n`)}\n${message}\n\n${from ? `from ${from}\n` : ""}M 100644 inline ${file}`,
    `data ${bytes.length}\n`,
  ].join("\n");
  await g(["fast-import", "--quiet", "--force"], Buffer.concat([Buffer.from(head, "utf8"), bytes, Buffer.from("\n", "utf8")]));
}

/** The records parked on pending branches, read in one batch; a branch holding anything else is left alone. */
async function pendingRecords(g: (args: string[], input?: string) => Promise<string>, parked: Array<{ id: string; sha: string }>): Promise<Array<{ id: string; record: Unchained }>> {
  if (parked.length === 0) return [];
  const blobs = await catBlobs(g, parked.map((p) => `${p.sha}:record.json`));
  return parked.flatMap(({ id }, i) => {
    const text = blobs[i];
    if (text === undefined || text.length > 64 * 1024) return [];
    const parsed = parseRecordLine(JSON.stringify({ ...safeJson(text), prev: GENESIS, hash: GENESIS }));
    if (typeof parsed === "string") return [];
    const { prev: _p, hash: _h, ...record } = parsed;
    return recordId(record) === id ? [{ id, record }] : [];
  });
}

/** The blobs `names` (`<commit>:<path>`) hold, by one `cat-file --batch`; undefined for one that is missing or no blob. */
async function catBlobs(g: (args: string[], input?: string) => Promise<string>, names: string[]): Promise<Array<string | undefined>> {
  const out = Buffer.from(await g(["cat-file", "--batch"], `${names.join("\n")}\n`), "utf8");
  const texts: Array<string | undefined> = [];
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString("utf8");
    at = eol + 1;
    const m = / (blob|tree|commit|tag) (\d+)$/.exec(header);
    if (!m) {
      texts.push(undefined);
      continue;
    }
    const size = Number(m[2]);
    texts.push(m[1] === "blob" ? out.subarray(at, at + size).toString("utf8") : undefined);
    at += size + 1;
  }
  return texts;
}

function safeJson(text: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text) as unknown;
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}


/** The store's month files, from the forge's branch (or a local repository), and the chain check over them. */
export async function readStore(opts: StoreRemote & { archives?: boolean }): Promise<ChainReport & { tip?: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-outcomes-"));
  const g = (args: string[]) => git(args, { cwd: dir, ...(opts.token ? { token: opts.token } : {}) });
  try {
    await g(["init", "-q", "--bare"]);
    const tip = await fetchTip(g, opts.remote);
    const files = tip ? await monthFiles(g, tip, { all: true }) : [];
    // `archives`: the transcript archives' sha256, for checking the records' links to them (audit verify).
    const archives = opts.archives ? await archiveHashes(dir, tip) : undefined;
    return { ...verifyChain(files, archives), ...(tip ? { tip } : {}) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The store branch's tip, fetched (depth 1), or undefined when there is no store yet. */
async function fetchTip(g: (args: string[]) => Promise<string>, remote: string): Promise<string | undefined> {
  try {
    await g(["fetch", "-q", "--no-tags", "--depth=1", remote, `+${REF}:refs/tip`]);
  } catch (err) {
    if (err instanceof GitError && /couldn't find remote ref/i.test(err.stderr)) return undefined;
    throw err;
  }
  return (await g(["rev-parse", "refs/tip"])).trim();
}

/**
 * The files under `outcomes/` at `tip`. For appending only the newest month is read (the
 * chain goes on from its last record); `all` reads every file, and anything else in the
 * tree too, so that verifying reports it.
 */
async function monthFiles(g: (args: string[]) => Promise<string>, tip: string, { all = false } = {}): Promise<StoreFile[]> {
  const listing = (await g(["ls-tree", "-r", "--name-only", "-z", tip])).split("\0").filter(Boolean);
  const months = listing.filter((p) => MONTH_FILE.test(p)).sort();
  // Transcript archives are gzip, and many: read only by archiveHashes, when asked.
  const wanted = all ? listing.filter((p) => !TRANSCRIPT_FILE.test(p)) : months.slice(-1);
  return Promise.all(wanted.map(async (p) => ({ path: p, text: await g(["cat-file", "blob", `${tip}:${p}`]) })));
}

/** sha256 of each transcript archive at `tip`, by path. */
async function archiveHashes(dir: string, tip: string | undefined): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  if (!tip) return hashes;
  const listing = (await git(["ls-tree", "-r", "--name-only", "-z", tip, "--", "transcripts"], { cwd: dir })).split("\0").filter((p) => TRANSCRIPT_FILE.test(p));
  for (const p of listing) hashes.set(p, sha256(await gitBytes(["cat-file", "blob", `${tip}:${p}`], { cwd: dir })));
  return hashes;
}

/** The newest record's hash in the newest month file; a record that does not parse still breaks nothing here (verify reports it). */
function lastHash(files: StoreFile[]): string {
  const newest = files.filter((f) => MONTH_FILE.test(f.path)).sort((a, b) => (a.path < b.path ? -1 : 1)).at(-1);
  const lines = newest?.text.split("\n").filter((l) => l.trim() !== "") ?? [];
  for (const line of lines.reverse()) {
    try {
      const hash = (JSON.parse(line) as { hash?: unknown }).hash;
      if (typeof hash === "string" && /^[0-9a-f]{64}$/.test(hash)) return hash;
    } catch {
      // Not a record: verify names it; the chain goes on from the last one that is.
    }
  }
  return GENESIS;
}
