import { detectForge } from "../forge/detect.js";
import { parseRepo } from "../forge/create.js";
import type { ForgeKind, RepoRef } from "../forge/types.js";

/** What the runner tells a step about its run, read once from the environment. */
export interface RunEnv {
  forge: ForgeKind;
  workspace: string;
  eventName: string;
  eventPath: string;
  repo: RepoRef;
  apiUrl: string;
  serverUrl: string;
  /** Web URL of the repository (`<server>/<owner>/<repo>`); `.git` appended is its git remote. */
  repoUrl: string;
  /** Commit the workflow run is for (the default branch head for issue events). */
  sha: string;
  runUrl?: string;
  actor?: string;
}

export class StageError extends Error {
  override name = "StageError";
}

export function readRunEnv(env: NodeJS.ProcessEnv): RunEnv {
  const need = (name: string) => {
    const v = env[name];
    if (!v) throw new StageError(`${name} is not set; CrustyClaw's actions run inside a GitHub or Forgejo Actions job`);
    return v;
  };
  const serverUrl = need("GITHUB_SERVER_URL").replace(/\/$/, "");
  const repository = need("GITHUB_REPOSITORY");
  const forge = detectForge(env);
  // Forgejo's run page is addressed by the run's index in the repository (GITHUB_RUN_NUMBER there), not its id.
  const runId = forge === "forgejo" ? env.GITHUB_RUN_NUMBER : env.GITHUB_RUN_ID;
  return {
    forge,
    workspace: need("GITHUB_WORKSPACE"),
    eventName: need("GITHUB_EVENT_NAME"),
    eventPath: need("GITHUB_EVENT_PATH"),
    repo: parseRepo(repository),
    apiUrl: need("GITHUB_API_URL"),
    serverUrl,
    repoUrl: `${serverUrl}/${repository}`,
    sha: need("GITHUB_SHA"),
    ...(runId ? { runUrl: `${serverUrl}/${repository}/actions/runs/${runId}` } : {}),
    ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
  };
}
