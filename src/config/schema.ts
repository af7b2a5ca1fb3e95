/** JSON Schema for `.crustyclaw/config.yml`, the repository's CrustyClaw settings. */
import { mcpServerSchema, mcpServersSchema } from "../blueprint/schema.js";

const labels = {
  description: "A runner label, or a list of labels the runner must all have.",
  oneOf: [
    { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" },
    {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$" },
    },
  ],
} as const;

const tierMap = {
  type: "object",
  additionalProperties: false,
  properties: { trusted: labels, internal: labels, untrusted: labels },
} as const;

/** `ghes`: GitHub Enterprise Server; `gitea`: Gitea, whose Actions Forgejo's follow. */
/** A spend cap: cost, tokens, or both; reached when either is. */
const cap = {
  type: "object",
  additionalProperties: false,
  minProperties: 1,
  properties: {
    usd: { type: "number", minimum: 0, description: "Cost in USD (models without a known price count as nothing: see `prices`)." },
    tokens: { type: "integer", minimum: 0, description: "Model tokens, input and output." },
  },
} as const;

export const FORGES = ["github", "ghes", "forgejo", "gitea"] as const;
/** Merge methods both forges offer (GitHub `merge_method`, Forgejo `Do`). */
export const MERGE_METHODS = ["squash", "merge"] as const;
export type ForgeName = (typeof FORGES)[number];
/** The forges the local forge emulates; GHES behaves as GitHub, Gitea as Forgejo. */
export const FLAVOURS = ["github", "forgejo"] as const;
export type ForgeFamily = (typeof FLAVOURS)[number];
export function familyOf(forge: ForgeName): ForgeFamily {
  return forge === "github" || forge === "ghes" ? "github" : "forgejo";
}

export const configSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "CrustyClaw repository configuration",
  type: "object",
  additionalProperties: false,
  properties: {
    forges: {
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: { enum: FORGES },
      default: ["github"],
      description: "Forges to compile workflows for.",
    },
    blueprints: {
      type: "string",
      pattern: "^[A-Za-z0-9._/-]+$",
      default: ".crustyclaw/blueprints",
      description: "Directory holding the repository's blueprints, relative to the repository root.",
    },
    actions: {
      type: "object",
      additionalProperties: false,
      description: "Where the CrustyClaw actions are fetched from.",
      properties: {
        repository: {
          type: "string",
          pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",
          default: "crustyclaw/crustyclaw",
          description: "owner/name of the CrustyClaw repository.",
        },
        ref: {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$",
          default: "v1",
          description: "Tag, branch or commit of the CrustyClaw actions. Pin a commit SHA for supply-chain safety.",
        },
        "forgejo-url": {
          type: "string",
          pattern: "^(https://[A-Za-z0-9.-]+(:[0-9]+)?|http://(127\\.0\\.0\\.1|localhost)(:[0-9]+)?)$",
          default: "https://github.com",
          description:
            "Host the Forgejo workflows fetch the CrustyClaw actions from, as a full `uses:` URL (Forgejo resolves short names against its own default actions host, which does not mirror CrustyClaw). https, or http to a loopback host (a local forge).",
        },
      },
    },
    runners: {
      type: "object",
      additionalProperties: false,
      description:
        "Runner labels per trust tier. Top-level tiers apply to every forge; `github`, `ghes`, `forgejo` and `gitea` override per forge.",
      properties: {
        trusted: labels,
        internal: labels,
        untrusted: labels,
        github: tierMap,
        ghes: tierMap,
        forgejo: tierMap,
        gitea: tierMap,
      },
    },
    authorize: {
      type: "object",
      additionalProperties: false,
      description:
        "Who may start agents besides collaborators with write access. On Forgejo, whose automatic token cannot read other users' permission, only these users can start runs unless the workflow is given a token that can.",
      properties: {
        users: { type: "array", uniqueItems: true, items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$" }, default: [] },
        bots: { type: "array", uniqueItems: true, items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._\\[\\]-]{0,99}$" }, default: [] },
      },
    },
    "pull-requests": {
      type: "object",
      additionalProperties: false,
      description: "How CrustyClaw opens pull requests.",
      properties: {
        reviewers: { type: "array", uniqueItems: true, items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, default: [] },
        labels: { type: "array", uniqueItems: true, items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$" }, default: ["crustyclaw"] },
        "merge-method": {
          enum: MERGE_METHODS,
          default: "squash",
          description:
            "How blueprints with `review-policy: auto` merge their pull requests. `squash` (the default) lands one commit per run on the base branch, whatever rounds of CrustyClaw commits the pull request gathered; `merge` keeps them behind a merge commit. The repository must allow the method.",
        },
      },
    },
    ci: {
      type: "object",
      additionalProperties: false,
      description:
        "How the repository's CI runs on CrustyClaw's pushes, which the job's automatic token makes and which therefore start no workflow on either forge (docs/forges.md: CI on CrustyClaw's pushes). Without one of these, failing checks never come back to a feedback round.",
      properties: {
        dispatch: {
          type: "array",
          uniqueItems: true,
          items: { type: "string", pattern: "^[A-Za-z0-9._-]{1,100}\\.ya?ml$" },
          default: [],
          description:
            "GitHub: workflow files (names in `.github/workflows`) the publish job starts with `workflow_dispatch` on the run's branch after each push, the one event the job token may start. Each must have a `workflow_dispatch` trigger. The publish job gets `actions: write` for it.",
        },
        "push-token": {
          type: "string",
          pattern: "^[A-Z][A-Z0-9_]{0,99}$",
          description:
            "Name of a repository secret holding a token the publish job pushes the run's branch with (a GitHub App installation token or fine-grained PAT with contents: write; on Forgejo an access token with repository write). Pushes made with it start the repository's workflows as anyone's do. Comments, pull requests and merges still use the job token.",
        },
      },
    },
    prices: {
      type: "object",
      description:
        "Model prices in USD per million tokens, by model name as in `model:` (`gpt-4.1`, `openai-compatible/mystery-7b`, `ollama/*`), added to or replacing the built-in list. A model with no price shows its cost as unknown. Read from the base branch only.",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["input", "output"],
        properties: {
          input: { type: "number", minimum: 0, description: "USD per million input tokens." },
          output: { type: "number", minimum: 0, description: "USD per million output tokens." },
        },
      },
    },
    limits: {
      type: "object",
      additionalProperties: false,
      description:
        "Spend caps, counted from the outcome store (`crustyclaw/outcomes`): what the runs that ended today (UTC) or this month spent. Once a cap is reached, the route job starts no more work — no new run, no next stage, no feedback round — and says so with the figures, until the day or month turns. Runs still in flight are counted when they end. Read from the base branch only.",
      properties: {
        day: cap,
        month: cap,
        blueprints: {
          type: "object",
          description: "Caps for one blueprint's runs, by blueprint name, besides the repository's.",
          propertyNames: { pattern: "^[a-z][a-z0-9-]{0,47}$" },
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: { day: cap, month: cap },
          },
        },
      },
    },
    "mcp-servers": {
      ...mcpServersSchema,
      description:
        "MCP servers every blueprint's agent nodes may grant (through `agent.mcp`). A blueprint's `mcp-servers` entry of the same name replaces the one here.",
    },
    secrets: {
      type: "object",
      additionalProperties: false,
      properties: {
        "model-api-key": {
          type: "string",
          pattern: "^[A-Z][A-Z0-9_]{0,99}$",
          default: "CRUSTYCLAW_MODEL_API_KEY",
          description: "Name of the repository secret holding the model provider's API key, given to agent jobs only.",
        },
      },
    },
  },
  definitions: {
    "mcp-server": mcpServerSchema,
  },
} as const;
