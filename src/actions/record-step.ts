/** The outcome store's writer in the jobs that hold a write token: publish, and the record job after a route that ended runs. */
import * as core from "@actions/core";
import { GitError } from "../git/git.js";
import { parseRecordLine, GENESIS } from "../outcomes/record.js";
import { appendOutcome, OUTCOMES_BRANCH, type StoreRemote } from "../outcomes/store.js";
import type { RunEnv } from "../stages/env.js";
import { StageError } from "../stages/env.js";
import type { UnchainedOutcome } from "../stages/outcome.js";
import { needToken } from "./forge-step.js";
import { postTransition } from "./notify-step.js";
import type { ActionInputs } from "./inputs.js";
import { endRunSpan, type Observed } from "../observe/observe.js";

/**
 * Append each record to the store. A record that cannot be stored is a warning, not a
 * failed job: the run's own work is done and published, and the tracking comment keeps its
 * state; the warning names the branch a person can look at.
 */
export async function storeOutcomes(records: UnchainedOutcome[], remote: StoreRemote): Promise<void> {
  for (const record of records) {
    try {
      const stored = await appendOutcome(record, remote);
      core.info(`outcome of ${stored.run} (${stored.outcome}) stored on ${OUTCOMES_BRANCH}: record ${stored.hash.slice(0, 12)}`);
    } catch (err) {
      if (!(err instanceof GitError)) throw err;
      core.warning(`the outcome of ${record.run} (${record.outcome}) was not stored on ${OUTCOMES_BRANCH}: ${err.message}`);
    }
  }
}

/** The most records one route job hands over (a sweep ends at most this many runs). */
const MAX_RECORDS = 500;

/**
 * The record job: the route job's `outcomes` output (runs it ended: merged, closed,
 * rejected, escalated by a round budget or a sweep), appended with this job's write token.
 * The output is the route job's, which wrote it; each record is checked anyway.
 */
export async function runRecord(env: RunEnv, inputs: ActionInputs, o?: Observed): Promise<void> {
  const token = needToken(inputs, "record");
  let value: unknown;
  try {
    value = JSON.parse(inputs.outcomes ?? "");
  } catch {
    throw new StageError("the outcomes input is not JSON: it is the route job's outcomes output, a JSON list of records");
  }
  if (!Array.isArray(value) || value.length > MAX_RECORDS) throw new StageError(`the outcomes input must be a JSON list of at most ${MAX_RECORDS} records`);
  const records = value.map((v, i) => {
    const checked = parseRecordLine(JSON.stringify({ ...(v as object), prev: GENESIS, hash: GENESIS }));
    if (typeof checked === "string") throw new StageError(`outcome record ${i + 1} of the route job is not a record: ${checked}`);
    const { prev: _p, hash: _h, ...record } = checked;
    return record;
  });
  await storeOutcomes(records, { remote: `${env.repoUrl}.git`, token });
  for (const r of records) {
    o?.log.event("run.end", { ended: r.run, issue: r.issue, outcome: r.outcome, cause: r.cause });
    if (o) endRunSpan(o.spans, `${env.repo.owner}/${env.repo.repo}`, r);
  }
  // The blueprint's notification targets hear of each run that ended.
  for (const r of records) {
    const transition = {
      event: r.outcome,
      issue: r.issue,
      ...(r.pull !== undefined ? { pull: r.pull } : {}),
      ...(r.reason ? { reason: r.reason } : {}),
      ...(r.usd || r.tokens ? { cost: { usd: r.usd, tokens: r.tokens } } : {}),
      ...(r.runUrl ? { runUrl: r.runUrl } : {}),
    };
    await postTransition(env, r.blueprint, transition, r.at);
  }
}
