// One "publish job" of the parallel-append test: appends one record to the store and exits.
import { appendOutcome } from "../../src/outcomes/store.js";
import { sampleRecord } from "./sample.js";

const [remote, token, n] = process.argv.slice(2);
await appendOutcome(sampleRecord(Number(n)), { remote: remote!, token: token!, backoffMs: 100, attempts: 100 });
