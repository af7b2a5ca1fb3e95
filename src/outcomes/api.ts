import { sha256 } from "../util/hash.js";
import { GENESIS, verifyChain, type ChainReport, type StoreFile } from "./record.js";
import { OUTCOMES_BRANCH } from "./store.js";

/** What reading the store needs of a forge: its contents API (forge/'s Forge has it). */
export interface ContentsApi {
  listDirectory(dir: string, ref: string): Promise<Array<{ path: string; type: "file" | "dir" }> | undefined>;
  readFileAt(file: string, ref: string): Promise<string | undefined>;
  readBytesAt(file: string, ref: string): Promise<Uint8Array | undefined>;
}

/** Archives read at once when checking the records' links: one request each. */
const ARCHIVE_READS = 4;

/**
 * The store read through the contents API: every file under `outcomes/` on the store branch, then the same
 * checks as over git. (Files beside `outcomes/` are not listed this way; `audit verify` over git reports them.)
 * `archives`: each transcript archive a record links is read too (one request each) and checked against the
 * sha256 the record names, as over git.
 */
export async function readStoreViaApi(forge: ContentsApi, opts: { archives?: boolean } = {}): Promise<ChainReport & { tip?: string }> {
  const listing = await forge.listDirectory("outcomes", OUTCOMES_BRANCH);
  if (!listing) return { records: [], head: GENESIS, problems: [] };
  const files: StoreFile[] = [];
  for (const e of listing.sort((a, b) => (a.path < b.path ? -1 : 1))) {
    files.push({ path: e.path, text: e.type === "file" ? ((await forge.readFileAt(e.path, OUTCOMES_BRANCH)) ?? "") : "" });
  }
  const report = verifyChain(files);
  if (!opts.archives) return { ...report, tip: OUTCOMES_BRANCH };
  // Only paths a parsed record links, which match the archive pattern (no `..`, nothing outside transcripts/).
  const linked = [...new Set(report.records.flatMap((r) => (r.record.transcripts ?? []).map((l) => l.path)))];
  const archives = new Map<string, string>();
  for (let i = 0; i < linked.length; i += ARCHIVE_READS) {
    await Promise.all(
      linked.slice(i, i + ARCHIVE_READS).map(async (p) => {
        const bytes = await forge.readBytesAt(p, OUTCOMES_BRANCH);
        if (bytes) archives.set(p, sha256(bytes));
      }),
    );
  }
  return { ...verifyChain(files, archives), tip: OUTCOMES_BRANCH };
}
