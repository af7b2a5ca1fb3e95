import type { NOTICE_EVENTS, REVIEW_POLICIES, REVIEW_TIMEOUT_ACTIONS, STAGES, TOOLS, TRUST_TIERS, ISSUE_EVENT_TYPES } from "./schema.js";

export type Stage = (typeof STAGES)[number];
export type TrustTier = (typeof TRUST_TIERS)[number];
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];
export type ReviewTimeoutAction = (typeof REVIEW_TIMEOUT_ACTIONS)[number];
export type ToolName = (typeof TOOLS)[number];
export type IssueEventType = (typeof ISSUE_EVENT_TYPES)[number];

export interface Budget {
  turns: number;
  tokens: number;
  minutes: number;
}

/** Triggers with defaults applied. Absent triggers are absent. */
export interface Triggers {
  issue?: { types: IssueEventType[]; labels: string[] };
  command?: string;
  /** A login whose `@mention` in a comment starts a run as `command` does. */
  mention?: string;
  /** A login: assigning an issue to this user starts a run. */
  assignee?: string;
  review?: boolean;
  ciFailure?: { workflows: string[] };
  schedule?: string[];
  dispatch?: boolean;
}

/** An MCP server definition with defaults applied (blueprint or `.crustyclaw/config.yml`). */
export interface McpServer {
  command: string;
  args: string[];
  /** Literal values added to the scrubbed environment. */
  env: Record<string, string>;
  /** Time limit of one tool call, and of starting the server. */
  timeoutSeconds: number;
}

export interface AgentSpec {
  instructions: string;
  tools: ToolName[];
  commands: string[];
  /** MCP tools granted: server name → allow-listed tool names. Empty: none. */
  mcp: Record<string, string[]>;
  model?: string;
  budget: Budget;
}

/** What every node has, whichever its kind, with every default resolved. */
interface NodeBase {
  id: string;
  stage: Stage;
  needs: string[];
  trust: TrustTier;
  /** Secrets a deterministic node receives as environment variables. */
  secrets: string[];
  /** Wall-clock budget in minutes (agent: its budget.minutes). */
  minutes: number;
  /**
   * Hosts the node's processes may reach through CrustyClaw's egress proxy, or `any`
   * for the runner's own network. Default: the blueprint's list for agents and for
   * nodes that run after one (they run code an agent may have written), `any` otherwise.
   */
  network: string[] | "any";
}

/** A deterministic node: a shell command. */
export interface RunNode extends NodeBase {
  kind: "run";
  run: string;
}

/** An LLM agent loop. */
export interface AgentNode extends NodeBase {
  kind: "agent";
  agent: AgentSpec;
}

/** A node; `kind` says which of run/agent it is. */
export type Node = RunNode | AgentNode;

/** A validated blueprint with every default applied: what the compiler and stages consume. */
export interface Blueprint {
  name: string;
  description: string;
  triggers: Triggers;
  trust: TrustTier;
  reviewPolicy: ReviewPolicy;
  /** `review-timeout`: how long a run may wait for people before the scheduled sweep acts; unset, runs wait indefinitely. */
  reviewTimeout?: { hours: number; action: ReviewTimeoutAction; /** As written: `72h`, `3d`. */ text: string };
  /** How many plan tasks run at once; above 1, execute agents after a plan agent fan out as a matrix. */
  maxParallel: number;
  budgets: Budget & { ciRounds: number };
  escalation: { label: string; failedToolCalls: number; repeatedActions: number };
  /** `notify:`: where transitions are posted (secrets by name); absent: nowhere. */
  notify?: NotifyConfig;
  allowProtectedPaths: string[];
  /** Hosts agents and the nodes after them may reach (each node may override with its own `network`). */
  network: string[];
  /** The blueprint's own MCP servers; servers in `.crustyclaw/config.yml` are merged in at run time. */
  mcpServers: Record<string, McpServer>;
  /** `report:`: a report blueprint, which posts the outcome store's report instead of running nodes (it has none). */
  report?: { days: number };
  /** In declaration order; empty for a report blueprint. */
  nodes: Node[];
}

export type NoticeEvent = (typeof NOTICE_EVENTS)[number];

export interface NotifyConfig {
  on: NoticeEvent[];
  webhooks: Array<{ secret: string; format: "json" | "slack" | "matrix" }>;
  signal?: { urlSecret: string; numberSecret: string; recipientsSecret: string };
}
