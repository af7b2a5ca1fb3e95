/** What the steps that talk to the forge (route, publish) share. */
import { readFileSync } from "node:fs";
import * as core from "@actions/core";
import { timeScaleFrom } from "../forge/client.js";
import { createForge } from "../forge/create.js";
import { basicAuth } from "../git/git.js";
import { StageError, type RunEnv } from "../stages/env.js";
import { normaliseEvent } from "../forge/events.js";
import type { ActionInputs } from "./inputs.js";

export const now = () => new Date().toISOString();

/** A forge client with the step's token; only the route and publish steps have one. */
export function forgeFor(env: RunEnv, token: string) {
  return createForge({ kind: env.forge, repo: env.repo, baseUrl: env.apiUrl, token, timeScale: timeScaleFrom(process.env) });
}

/** The step's token, masked in every form git might print it. */
export function needToken(inputs: ActionInputs, what: string): string {
  if (!inputs.token) throw new StageError(`the ${what} step needs a token: pass 'token: \${{ github.token }}' (the compiled workflow does)`);
  core.setSecret(basicAuth(inputs.token));
  return inputs.token;
}

/** The event that started the job (the runner's event file), as route and report steps read it. */
export function triggerOf(env: RunEnv) {
  const payload = JSON.parse(readFileSync(env.eventPath, "utf8")) as unknown;
  return normaliseEvent(env.forge, env.eventName, payload, { repository: `${env.repo.owner}/${env.repo.repo}`, ...(env.actor ? { actor: env.actor } : {}) });
}
