import { OUTCOMES_BRANCH } from "../outcomes/store.js";
import { API_HELP, API_OPTIONS, readStoreFor, sourceOf } from "./store-source.js";
import { UsageError, type Command } from "./usage.js";

export const auditCommand: Command = {
  name: "audit",
  summary: `Check the outcome store (branch ${OUTCOMES_BRANCH}): every record intact and chained to the one before it, so an edited, removed or reordered record is named.`,
  usage: "crustyclaw audit verify [--from REMOTE | --api [--forge F] [--repo OWNER/NAME] [--api-url URL]] [--head HASH] [--json]",
  options: { from: { type: "string" }, ...API_OPTIONS, head: { type: "string" }, json: { type: "boolean" } },
  help: [
    "  --from REMOTE   where the store is: a git URL, a path to a clone, or a remote name (default: origin,",
    "                  else this repository); HTTP remotes use GITHUB_TOKEN, GH_TOKEN, FORGEJO_TOKEN or GITEA_TOKEN",
    ...API_HELP,
    "  --head HASH     the newest record's hash as you noted it earlier (a publish log prints it): the store must",
    "                  still end there or after it, so records cut off the end are found too",
    "  --json          print the report as JSON",
    "",
    "Exit code 1 names each broken record as outcomes/<month>.jsonl:<line>. The transcript archives records",
    "link (transcripts/…/*.jsonl.gz) must be there with the sha256 the record names (--api: one request each).",
  ],
  async run({ values, positionals, cwd }, io) {
    if (positionals[0] !== "verify" || positionals.length > 1) throw new UsageError(`audit takes one subcommand: verify (got ${positionals.join(" ") || "none"})`);
    const head = values.head as string | undefined;
    if (head !== undefined && !/^[0-9a-f]{12,64}$/.test(head)) throw new UsageError(`--head must be a record hash (12 to 64 hex digits), not '${head}'`);
    const source = sourceOf(values, cwd);
    // The transcript archives the records link are checked too, byte for byte.
    const store = await readStoreFor("audit", source, io, { archives: true });
    if (!store) return 1;
    const problems = [...store.problems];
    if (head !== undefined && !store.records.some((r) => r.record.hash.startsWith(head))) {
      problems.push(`no record has hash ${head}: the store no longer holds the record you noted (records were removed from its end, or the history was rewritten)`);
    }
    const links = store.records.reduce((n, r) => n + (r.record.transcripts?.length ?? 0), 0);
    if (values.json) {
      io.out(JSON.stringify({ source: source.label, records: store.records.length, head: store.head, transcripts: { linked: links }, ok: problems.length === 0, problems }, null, 2));
    } else {
      for (const p of problems) io.err(p);
      if (!store.tip) io.out(`${source.label} has no ${OUTCOMES_BRANCH} branch: no outcomes recorded yet`);
      else if (problems.length === 0) {
        const archives = links === 0 ? "" : `; the ${links} transcript archives they link are intact`;
        io.out(`${store.records.length} records intact and chained; newest ${store.head.slice(0, 12)}${archives}`);
      }
      else io.err(`${problems.length} problem(s) in ${store.records.length} records of ${source.label}`);
    }
    return problems.length === 0 ? 0 : 1;
  },
};
