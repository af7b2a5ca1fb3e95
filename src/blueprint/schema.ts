/**
 * The JSON Schema for blueprint files. It is the single source for:
 * validation (ajv, compiled once), `schema/blueprint.schema.json` (for editors
 * through `# yaml-language-server: $schema=`), and `docs/blueprints.md`.
 * Rules a JSON Schema cannot express well (DAG checks, stage order, "exactly
 * one of run/agent") live in `validate.ts`.
 */

export const STAGES = ["plan", "execute", "review", "feedback"] as const;
export const TRUST_TIERS = ["trusted", "internal", "untrusted"] as const;
export const REVIEW_POLICIES = ["auto", "approve-before-merge", "approve-before-execute", "approve-every-step"] as const;
export const TOOLS = ["read_file", "list_files", "search", "edit_file", "write_file", "run_command", "finish"] as const;
export const ISSUE_EVENT_TYPES = ["opened", "labeled"] as const;
export const REVIEW_TIMEOUT_ACTIONS = ["escalate", "reject"] as const;
/** Run transitions a blueprint's `notify:` can post. */
export const NOTICE_EVENTS = ["awaiting-approval", "pull-request", "merged", "closed", "rejected", "escalated", "reviewed"] as const;
/** A whole number of hours or days, 1 to 999: the sweep runs hourly, so finer units would promise what it cannot keep. */
export const REVIEW_TIMEOUT_PATTERN = "^[1-9][0-9]{0,2}[hd]$";

export const DEFAULT_BUDGETS = { turns: 30, tokens: 500_000, minutes: 30, "ci-rounds": 2 } as const;

/** Ids end up in job ids, file names and concurrency groups: keep them boring. */
export const ID_PATTERN = "^[a-z][a-z0-9-]{0,47}$";
/** Label names are quoted into workflow `if:` expressions; no quotes, braces or dollars. */
const LABEL_PATTERN = "^[A-Za-z0-9][A-Za-z0-9 ._:/+-]{0,49}$";
/**
 * Logins as both forges allow them (GitHub: letters, digits, dashes; Forgejo also `.` and `_`),
 * quoted into workflow `if:` expressions: no quotes, braces or dollars.
 */
const LOGIN_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,38}$";
/** Secret names as both forges accept them. */
const SECRET_PATTERN = "^[A-Z][A-Z0-9_]{0,99}$";
/**
 * MCP server names become part of the tool names a model sees (`mcp__<server>__<tool>`):
 * no doubled or trailing separators, so the server part of such a name is unambiguous.
 */
export const MCP_SERVER_PATTERN = "^[a-z0-9]+([_-][a-z0-9]+)*$";
/** Tool names as MCP allows them (SEP-986). Model APIs allow fewer; `validate.ts` checks the namespaced name. */
export const MCP_TOOL_PATTERN = "^[A-Za-z0-9._-]{1,128}$";
/** Values CrustyClaw passes on literally: a workflow expression would never be expanded. */
const LITERAL_PATTERN = "^(?![\\s\\S]*\\$\\{\\{)";
export const DEFAULT_MCP_TIMEOUT_SECONDS = 60;

/**
 * One MCP server: a program speaking MCP over stdio. Shared by blueprints
 * (`mcp-servers`) and `.crustyclaw/config.yml` (`mcp-servers`).
 */
export const mcpServerSchema = {
  type: "object",
  additionalProperties: false,
  required: ["command"],
  description:
    "An MCP server CrustyClaw starts (over stdio, in the workspace) for the agent nodes that grant it. It gets the same scrubbed environment as `run_command`: no forge tokens, OIDC request variables, model keys or `INPUT_*` variables.",
  properties: {
    command: {
      type: "string",
      minLength: 1,
      maxLength: 500,
      pattern: LITERAL_PATTERN,
      description: "Program to start, found on `PATH` or given as a path. Run without a shell.",
      examples: ["npx"],
    },
    args: {
      type: "array",
      maxItems: 100,
      items: { type: "string", maxLength: 2000, pattern: LITERAL_PATTERN },
      default: [],
      description: "Arguments passed to the program as they are (no shell, no expansion).",
      examples: [["-y", "@modelcontextprotocol/server-memory"]],
    },
    env: {
      type: "object",
      propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]{0,99}$" },
      additionalProperties: { type: "string", maxLength: 10_000, pattern: LITERAL_PATTERN },
      default: {},
      description:
        "Extra environment variables, as literal values. Never put secrets here: the file is committed, and `${{ ... }}` expressions are not expanded.",
      examples: [{ LOG_LEVEL: "warn" }],
    },
    "timeout-seconds": {
      type: "integer",
      minimum: 1,
      maximum: 3600,
      default: DEFAULT_MCP_TIMEOUT_SECONDS,
      description: "Time limit of one tool call; a call that takes longer is cancelled and fails. Starting the server may take this long, or 30 s if that is more.",
    },
  },
} as const;

/** A map of MCP server name → definition. */
export const mcpServersSchema = {
  type: "object",
  propertyNames: { pattern: MCP_SERVER_PATTERN, maxLength: 32 },
  additionalProperties: { $ref: "#/definitions/mcp-server" },
} as const;

/** One `network` entry: `host`, `host:port` or `*.domain` (policy/egress.ts matches it). */
export const NETWORK_HOST_PATTERN = "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*(:[0-9]{1,5})?$";

/** A `network` host list. */
const networkList = {
  type: "array",
  uniqueItems: true,
  maxItems: 100,
  items: { type: "string", pattern: NETWORK_HOST_PATTERN },
} as const;

const budgetProps = {
  turns: {
    type: "integer",
    minimum: 1,
    maximum: 500,
    description: "Maximum model turns for an agent loop.",
  },
  tokens: {
    type: "integer",
    minimum: 1000,
    maximum: 10_000_000,
    description: "Maximum tokens (input + output) an agent loop may spend.",
  },
  minutes: {
    type: "integer",
    minimum: 1,
    maximum: 360,
    description: "Wall-clock minutes; also sets the job's `timeout-minutes`.",
  },
} as const;

export const blueprintSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "CrustyClaw blueprint",
  description:
    "A DAG of deterministic and agent nodes that `crustyclaw compile` turns into a GitHub or Forgejo Actions workflow.",
  type: "object",
  additionalProperties: false,
  // `nodes`, or `report` for a report blueprint: validate.ts says which is missing, with a position.
  required: ["name", "triggers"],
  properties: {
    name: {
      type: "string",
      pattern: ID_PATTERN,
      description:
        "Identifier of the blueprint: lower-case letters, digits and dashes. Names the compiled workflow file (`crustyclaw-<name>.yml`) and its concurrency group.",
      examples: ["issue-to-pr"],
    },
    description: {
      type: "string",
      maxLength: 2000,
      description: "What the blueprint does, for people. Never copied into the compiled workflow.",
    },
    triggers: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      description: "Events that start the blueprint. At least one is required.",
      properties: {
        issue: {
          type: "object",
          additionalProperties: false,
          description: "An issue is opened or labelled.",
          properties: {
            types: {
              type: "array",
              items: { enum: ISSUE_EVENT_TYPES },
              minItems: 1,
              uniqueItems: true,
              default: ["opened", "labeled"],
              description: "Which issue events start the blueprint.",
            },
            labels: {
              type: "array",
              items: { type: "string", pattern: LABEL_PATTERN },
              uniqueItems: true,
              description: "Only issues carrying one of these labels start the blueprint. Empty or absent: every issue.",
              examples: [["crustyclaw"]],
            },
          },
        },
        command: {
          type: "string",
          pattern: "^/[a-z][a-z0-9-]{0,31}$",
          description: "A slash command at the start of an issue or pull-request comment, such as `/claw`.",
          examples: ["/claw"],
        },
        mention: {
          type: "string",
          pattern: LOGIN_PATTERN,
          description:
            "A login whose `@mention` in an issue or pull-request comment starts the blueprint as `command` does, such as `crustyclaw` for `@crustyclaw`. The mention must be the whole login (`@crustyclaw-bot` and `me@crustyclaw.dev` are not it), outside code and quoted lines; case does not matter. The commenter is authorised as for `command`.",
          examples: ["crustyclaw"],
        },
        assignee: {
          type: "string",
          pattern: LOGIN_PATTERN,
          description:
            "A login: assigning an issue to this user starts the blueprint. Whoever assigns it is authorised as for a label. On Forgejo, whose event does not say who was assigned, any assignment while this user is among the issue's assignees counts.",
          examples: ["crustyclaw"],
        },
        review: {
          type: "boolean",
          description: "A pull-request review is submitted.",
        },
        "ci-failure": {
          type: "object",
          additionalProperties: false,
          required: ["workflows"],
          description:
            "A CI workflow run on a pull request concludes with a failure. GitHub only: Forgejo has no `workflow_run` event, so this trigger is left out of Forgejo workflows with a warning.",
          properties: {
            workflows: {
              type: "array",
              minItems: 1,
              items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}$" },
              description: "Names of the CI workflows to watch.",
              examples: [["CI"]],
            },
          },
        },
        schedule: {
          type: "array",
          minItems: 1,
          items: { type: "string", pattern: "^(\\S+\\s+){4}\\S+$" },
          description:
            "Cron expressions (five fields, UTC). A scheduled run of a blueprint that opens pull requests works on an issue CrustyClaw opens for its runs (the open one it opened before, when there is one), which its pull request closes when it merges.",
          examples: [["0 3 * * 1"]],
        },
        dispatch: {
          type: "boolean",
          description:
            "Manual start from the forge's UI or API (`workflow_dispatch`), with an optional issue number: the issue (or, for a blueprint that reviews pull requests, the pull request) to work on. Without one, a blueprint that opens pull requests works on the issue it opens for its scheduled runs.",
        },
      },
    },
    trust: {
      enum: TRUST_TIERS,
      default: "internal",
      description:
        "Trust tier of the work. Chooses the runner (see `runners` in `.crustyclaw/config.yml`): `untrusted` runs on an isolated `microvm` runner by default.",
    },
    "review-policy": {
      enum: REVIEW_POLICIES,
      default: "approve-before-merge",
      description:
        "Where humans approve. `auto`: no approval gate; `approve-before-merge`: the pull request is the gate; `approve-before-execute`: the plan is approved before execution; `approve-every-step`: every stage waits for approval.",
    },
    "review-timeout": {
      type: "string",
      pattern: REVIEW_TIMEOUT_PATTERN,
      description:
        "How long a run may wait for people (for `/approve`, a review of its pull request, or its merge) before CrustyClaw escalates it, in hours or days: `72h`, `3d`. Setting it adds an hourly `schedule` trigger to the compiled workflow: a sweep that looks at the newest 300 open issues and pull requests (see docs/forges.md). Unset: runs wait for as long as it takes.",
      examples: ["72h", "3d"],
    },
    "review-timeout-action": {
      enum: REVIEW_TIMEOUT_ACTIONS,
      default: "escalate",
      description:
        "What the sweep does with a run waiting longer than `review-timeout`: `escalate` adds the escalation label and a comment and keeps everything; `reject` closes the run as `/reject` would (its pull request too), with the timeout as the reason. Needs `review-timeout`.",
    },
    "max-parallel": {
      type: "integer",
      minimum: 1,
      maximum: 20,
      default: 1,
      description:
        "How many of a plan's tasks may run at once. Above 1, an execute-stage agent that needs a plan-stage agent runs as a matrix of parallel jobs, one per task, when the plan's tasks are independent of each other (otherwise one job carries them out in order); at most this many run at once, and their change sets are composed like parallel nodes'. 1 (the default): one job carries out every task in order.",
    },
    budgets: {
      type: "object",
      additionalProperties: false,
      description: "Defaults for every node, and the run's CI-round budget.",
      properties: {
        turns: { ...budgetProps.turns, default: DEFAULT_BUDGETS.turns },
        tokens: { ...budgetProps.tokens, default: DEFAULT_BUDGETS.tokens },
        minutes: { ...budgetProps.minutes, default: DEFAULT_BUDGETS.minutes },
        "ci-rounds": {
          type: "integer",
          minimum: 0,
          maximum: 20,
          default: DEFAULT_BUDGETS["ci-rounds"],
          description: "How many times the feedback stage may iterate on failing CI or review comments.",
        },
      },
    },
    notify: {
      type: "object",
      additionalProperties: false,
      description:
        "Where the run's transitions are posted: generic JSON webhooks (Slack- and Matrix-compatible) and Signal through signal-cli's REST API. URLs, numbers and recipients come from repository secrets, named here; only the publish and record jobs get them. A target that fails is a warning in the job's log, never a failed run.",
      properties: {
        on: {
          type: "array",
          uniqueItems: true,
          minItems: 1,
          items: { enum: [...NOTICE_EVENTS] },
          description: `Which transitions to post (default: all): ${NOTICE_EVENTS.map((e) => `\`${e}\``).join(", ")}.`,
        },
        webhooks: {
          type: "array",
          maxItems: 5,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["secret"],
            properties: {
              secret: { type: "string", pattern: SECRET_PATTERN, description: "Repository secret holding the webhook URL (a credential: Slack's and Matrix hookshot's URLs are)." },
              format: { enum: ["json", "slack", "matrix"], default: "json", description: "`json`: `{text, crustyclaw: {…the transition as data}}` (Slack's incoming webhooks read `text` too); `slack`: Slack mrkdwn; `matrix`: `{text, html}` for a Matrix hookshot generic webhook." },
            },
          },
        },
        signal: {
          type: "object",
          additionalProperties: false,
          required: ["url-secret", "number-secret", "recipients-secret"],
          description: "Signal messages through a signal-cli REST API (bbernhard/signal-cli-rest-api) the runners can reach.",
          properties: {
            "url-secret": { type: "string", pattern: SECRET_PATTERN, description: "Secret holding the REST API's base URL." },
            "number-secret": { type: "string", pattern: SECRET_PATTERN, description: "Secret holding the registered sender number." },
            "recipients-secret": { type: "string", pattern: SECRET_PATTERN, description: "Secret holding the recipients: numbers or group ids, comma-separated." },
          },
        },
      },
    },
    escalation: {
      type: "object",
      additionalProperties: false,
      description: "When and how a run hands over to humans.",
      properties: {
        label: {
          type: "string",
          pattern: LABEL_PATTERN,
          default: "crustyclaw:escalated",
          description: "Label added to the issue when a run escalates.",
        },
        "failed-tool-calls": {
          type: "integer",
          minimum: 1,
          maximum: 50,
          default: 3,
          description: "Consecutive failing tool calls after which an agent stops and escalates.",
        },
        "repeated-actions": {
          type: "integer",
          minimum: 2,
          maximum: 50,
          default: 3,
          description: "Identical consecutive agent actions after which an agent stops and escalates.",
        },
      },
    },
    "allow-protected-paths": {
      type: "array",
      uniqueItems: true,
      items: { type: "string", minLength: 1, maxLength: 200 },
      description:
        "Protected paths (`.github/`, `.forgejo/`, `.gitea/`, `action.yml`, agent instruction files, MCP configs, git hooks) this blueprint may change. Empty by default: such changes are refused.",
      examples: [[".github/workflows/ci.yml"]],
    },
    network: {
      ...networkList,
      description:
        "Hosts that agents, and the nodes that run after them, may reach. Their commands and MCP servers run with no network of their own; requests to these hosts go through CrustyClaw's egress proxy (HTTP_PROXY/HTTPS_PROXY), which refuses every other host and reports it in the tracking comment. Entries: `host`, `host:port` or `*.domain`; without a port, 80 and 443. Empty by default: no network. A node's own `network` replaces this list.",
      examples: [["registry.npmjs.org"], ["registry.npmjs.org", "*.pythonhosted.org", "pypi.org"]],
    },
    "mcp-servers": {
      ...mcpServersSchema,
      description:
        "MCP servers agent nodes may use, by name. Servers in `.crustyclaw/config.yml` are available too; a blueprint's server of the same name replaces the config's. A node uses a server only through its `agent.mcp` allow-list.",
    },
    report: {
      type: "object",
      additionalProperties: false,
      description:
        "Makes this a report blueprint: instead of nodes, one job reads the outcome store through the forge's API and posts `crustyclaw report` for the last `days` days as an issue, closing the one it posted before (a rerun for the same window edits it instead). The HTML page with charts is uploaded as the run's `crustyclaw-report` artifact. Its triggers are `schedule` and `dispatch`; it has no `nodes`.",
      properties: {
        days: {
          type: "integer",
          minimum: 1,
          maximum: 366,
          default: 7,
          description: "The window the report covers: runs that finished in the last this many days.",
        },
      },
    },
    nodes: {
      type: "array",
      minItems: 1,
      maxItems: 100,
      description: "The steps of the pipeline. Each is either deterministic (`run`) or an agent loop (`agent`).",
      items: { $ref: "#/definitions/node" },
    },
  },
  definitions: {
    node: {
      type: "object",
      additionalProperties: false,
      required: ["id", "stage"],
      description: "One step of the pipeline: exactly one of `run` or `agent`.",
      properties: {
        id: {
          type: "string",
          pattern: ID_PATTERN,
          description: "Unique id within the blueprint; other nodes name it in `needs`.",
        },
        stage: {
          enum: STAGES,
          description:
            "Pipeline stage. Stages run plan → execute → review → feedback; a node may only need nodes of its own or an earlier stage.",
        },
        needs: {
          type: "array",
          uniqueItems: true,
          items: { type: "string" },
          description: "Ids of nodes that must finish first.",
        },
        trust: {
          enum: TRUST_TIERS,
          description: "Trust tier for this node, overriding the blueprint's.",
        },
        run: {
          type: "string",
          minLength: 1,
          maxLength: 20_000,
          description:
            "Shell command(s) for a deterministic node, run with bash in the workspace by the stage action (never inlined into the workflow).",
        },
        secrets: {
          type: "array",
          uniqueItems: true,
          items: { type: "string", pattern: SECRET_PATTERN },
          description:
            "Secrets a deterministic node needs, exposed to it as environment variables. A node with secrets never shares a job with an agent.",
        },
        minutes: {
          ...budgetProps.minutes,
          description: "Wall-clock budget of a deterministic node; defaults to the blueprint's `budgets.minutes`.",
        },
        network: {
          oneOf: [networkList, { const: "any" }],
          description:
            "Hosts this node's processes may reach through the egress proxy (as the blueprint's `network`), or `any` for the runner's own network. Default: the blueprint's `network` for agents and for nodes that run after an agent (in a later stage, through `needs`, or in feedback), and `any` for nodes that run before any agent. `any` is refused for such nodes of an `untrusted` blueprint.",
        },
        agent: { $ref: "#/definitions/agent" },
      },
    },
    agent: {
      type: "object",
      additionalProperties: false,
      required: ["instructions"],
      description: "An agent loop: a model with instructions and a scoped set of tools.",
      properties: {
        instructions: {
          type: "string",
          minLength: 1,
          maxLength: 100_000,
          description: "What the agent should do. The issue's text is passed separately, as delimited data.",
        },
        tools: {
          type: "array",
          uniqueItems: true,
          items: { enum: TOOLS },
          default: [],
          description: "Tools granted to the agent. None by default.",
        },
        commands: {
          type: "array",
          uniqueItems: true,
          items: { type: "string", minLength: 1, maxLength: 200 },
          default: [],
          description:
            "Commands `run_command` may run, each matched against the whole command, word by word: a plain word is exactly that argument (`npm test` allows no more); `*` is one argument not starting with `-`; `*` inside a word matches within one argument (`src/*.ts`, `--reporter=*`); a last word `**` allows any number of further arguments not starting with `-`. Options are allowed only where spelled out. `npx X` runs only an X installed in `node_modules/.bin`. See docs/tools.md. Requires the `run_command` tool.",
          examples: [["npm test", "npm test -- **", "npx tsc --noEmit", "npx vitest run -t * **"]],
        },
        model: {
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,99}$",
          description: "Model as `provider/model`, overriding the repository default.",
          examples: ["anthropic/claude-sonnet-4-5", "openai/gpt-4.1"],
        },
        mcp: {
          type: "object",
          propertyNames: { pattern: MCP_SERVER_PATTERN, maxLength: 32 },
          additionalProperties: {
            type: "array",
            minItems: 1,
            maxItems: 100,
            uniqueItems: true,
            items: { type: "string", pattern: MCP_TOOL_PATTERN },
          },
          default: {},
          description:
            "MCP tools granted to the agent: server name → the tools of that server it may call. Other tools of the server are not offered. The model sees each as `mcp__<server>__<tool>`.",
          examples: [{ docs: ["search_docs", "read_page"] }],
        },
        budget: {
          type: "object",
          additionalProperties: false,
          description: "Budget for this agent, overriding the blueprint's `budgets`.",
          properties: budgetProps,
        },
      },
    },
    "mcp-server": mcpServerSchema,
  },
} as const;
