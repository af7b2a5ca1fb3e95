import { GENESIS, verifyChain, type ChainReport, type StoreFile } from "./record.js";
import { OUTCOMES_BRANCH } from "./store.js";

/** What reading the store needs of a forge: its contents API (forge/'s Forge has it). */
export interface ContentsApi {
  listDirectory(dir: string, ref: string): Promise<Array<{ path: string; type: "file" | "dir" }> | undefined>;
  readFileAt(file: string, ref: string): Promise<string | undefined>;
}

/**
 * The store read through the contents API: every file under `outcomes/` on the store branch, then the same
 * checks as over git. (Files beside `outcomes/` are not listed this way; `audit verify` over git reports them.)
 */
export async function readStoreViaApi(forge: ContentsApi): Promise<ChainReport & { tip?: string }> {
  const listing = await forge.listDirectory("outcomes", OUTCOMES_BRANCH);
  if (!listing) return { records: [], head: GENESIS, problems: [] };
  const files: StoreFile[] = [];
  for (const e of listing.sort((a, b) => (a.path < b.path ? -1 : 1))) {
    files.push({ path: e.path, text: e.type === "file" ? ((await forge.readFileAt(e.path, OUTCOMES_BRANCH)) ?? "") : "" });
  }
  return { ...verifyChain(files), tip: OUTCOMES_BRANCH };
}
