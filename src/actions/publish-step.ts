/** The publish step: validate the work jobs' results, then push, open the pull request or escalate. */
import * as core from "@actions/core";
import { StageError, type RunEnv } from "../stages/env.js";
import { loadPinnedBlueprint, loadRepoConfig } from "../stages/pinned.js";
import { publish } from "../stages/publish.js";
import { forgeFor, needToken, now } from "./forge-step.js";
import type { ActionInputs } from "./inputs.js";
import { logUntrusted } from "./log.js";
import { storeOutcomes } from "./record-step.js";
import { postTransition } from "./notify-step.js";
import { endRunSpan, endStageSpan, type Observed } from "../observe/observe.js";
import { agentRulesFromJson, type Rule } from "../policy/rules.js";
import { archiveTranscripts } from "../stages/archive.js";
import { OUTCOMES_BRANCH, storeFile } from "../outcomes/store.js";
import { basicAuth, GitError } from "../git/git.js";

function policyRules(input: string | undefined): Rule[] {
  try {
    return agentRulesFromJson(input ?? "");
  } catch (err) {
    throw new StageError(`${(err as Error).message}; recompile the workflow`);
  }
}

export async function runPublish(env: RunEnv, inputs: ActionInputs, o?: Observed): Promise<void> {
  const token = needToken(inputs, "publish");
  if (!inputs.issue) throw new StageError("the publish step needs the issue input from the route job");
  if (!inputs.inDir) throw new StageError("the publish step needs in-dir (the work jobs' downloaded results)");
  const blueprint = loadPinnedBlueprint(env.workspace, inputs.blueprint, inputs.blueprintSha256);
  // config `ci.push-token`: the compiled workflow passes the named secret here; empty when the secret is not set.
  const pushToken = process.env.CRUSTYCLAW_PUSH_TOKEN?.trim() || undefined;
  if (pushToken) core.setSecret(pushToken);
  const result = await publish({
    forge: forgeFor(env, token),
    blueprint,
    rules: policyRules(inputs.policy),
    config: loadRepoConfig(env.workspace),
    issue: inputs.issue,
    inDir: inputs.inDir,
    workspace: env.workspace,
    remote: `${env.repoUrl}.git`,
    token,
    ...(pushToken ? { pushToken } : {}),
    repoUrl: env.repoUrl,
    now,
    blueprintSha256: inputs.blueprintSha256,
    recordOutcome: async (record) => {
      await storeOutcomes([record], { remote: `${env.repoUrl}.git`, token });
      o?.log.event("run.end", { ended: record.run, outcome: record.outcome, cause: record.cause });
      if (o) endRunSpan(o.spans, `${env.repo.owner}/${env.repo.repo}`, record);
    },
    notify: (transition) => postTransition(env, blueprint.name, transition, now()),
    archiveTranscripts: async (run, segment) => {
      const remote = { remote: `${env.repoUrl}.git`, token };
      try {
        const archive = await archiveTranscripts({
          inDir: inputs.inDir!,
          run,
          segment,
          runId: process.env.GITHUB_RUN_ID || process.env.GITHUB_RUN_NUMBER || "0",
          attempt: process.env.GITHUB_RUN_ATTEMPT || "1",
          secrets: [token, basicAuth(token), ...(pushToken ? [pushToken, basicAuth(pushToken)] : [])],
          store: (file) => storeFile(file, remote),
        });
        if (!archive) return undefined;
        const cut = archive.dropped ? `; ${archive.dropped} lines past the size bound left out` : "";
        core.info(`transcripts archived on ${OUTCOMES_BRANCH}: ${archive.link.path} (${archive.bytes.length} bytes, ${archive.entries} entries, ${archive.toolCalls} tool calls${cut})`);
        return archive.link;
      } catch (err) {
        if (!(err instanceof GitError)) throw err;
        core.warning(`the transcripts were not archived on ${OUTCOMES_BRANCH} (they stay in this run's artifacts): ${err.message}`);
        return undefined;
      }
    },
  });
  const summary = `${result.outcome}${result.pull ? ` #${result.pull}` : ""}${result.reasons.length ? `: ${result.reasons.join("; ")}` : ""}`;
  if (result.outcome === "escalated") core.warning(`run escalated to a human (see the tracking comment): ${summary}`);
  else logUntrusted(summary);
  o?.log.event("publish", { outcome: result.outcome, pull: result.pull, reasons: result.reasons.length }, result.outcome === "escalated" ? "warning" : "info");
  o?.step.set({ "crustyclaw.outcome": result.outcome, "crustyclaw.pull": result.pull });
  if (o) endStageSpan(o);
  core.setOutput("outcome", result.outcome);
  core.setOutput("pull", result.pull === undefined ? "" : String(result.pull));
}

