/** The route step: authorise, load the run's state, decide what this event starts. */
import { readFileSync } from "node:fs";
import * as core from "@actions/core";
import { isIgnored, normaliseEvent } from "../forge/events.js";
import type { RunEnv } from "../stages/env.js";
import { loadPinnedBlueprint, loadRepoConfig } from "../stages/pinned.js";
import { route } from "../stages/route.js";
import { forgeFor, needToken, now } from "./forge-step.js";
import type { ActionInputs } from "./inputs.js";

export async function runRoute(env: RunEnv, inputs: ActionInputs): Promise<void> {
  const blueprint = loadPinnedBlueprint(env.workspace, inputs.blueprint, inputs.blueprintSha256);
  const config = loadRepoConfig(env.workspace);
  const payload = JSON.parse(readFileSync(env.eventPath, "utf8")) as unknown;
  const trigger = normaliseEvent(env.forge, env.eventName, payload, {
    repository: `${env.repo.owner}/${env.repo.repo}`,
    ...(env.actor ? { actor: env.actor } : {}),
  });
  if (isIgnored(trigger)) {
    core.info(`nothing to do: ${trigger.ignored}`);
    core.setOutput("stage", "");
    return;
  }
  const result = await route({
    forge: forgeFor(env, needToken(inputs, "route")),
    blueprint,
    config,
    trigger,
    sha: env.sha,
    ...(env.runUrl ? { runUrl: env.runUrl } : {}),
    repoUrl: env.repoUrl,
    now,
  });
  core.info(result.reason);
  // Outputs are values we produced (a stage name, digits, a hex sha), never event text.
  core.setOutput("stage", result.stage);
  core.setOutput("issue", result.issue === undefined ? "" : String(result.issue));
  core.setOutput("ref", result.ref ?? "");
}

