/** Variables a node's commands never see: forge tokens, OIDC, runtime tokens, model keys, the trace collector's credentials. */
const SCRUBBED = /^(GITHUB_TOKEN|GH_TOKEN|GITEA_TOKEN|FORGEJO_TOKEN|ACTIONS_ID_TOKEN_REQUEST_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL|INPUT_.*|CRUSTYCLAW_MODEL_API_KEY|.*_API_KEY|OTEL_EXPORTER_OTLP_(TRACES_|METRICS_|LOGS_)?HEADERS)$/;

/** The environment without those variables, except the ones named in `keep` (a node's own `secrets:`). */
export function scrubbedEnv(env: NodeJS.ProcessEnv, keep: string[]): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => keep.includes(k) || !SCRUBBED.test(k)));
}
