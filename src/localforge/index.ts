/**
 * The local forge: a small GitHub- or Forgejo-flavoured HTTP server on 127.0.0.1 with
 * real git repositories behind it, for tests and `crustyclaw forge serve`.
 */
export { startLocalForge, API_BASE, type LocalForge } from "./server.js";
export type { Fault, Faults } from "./faults.js";
export type { ForgeEvent, EventLog } from "./events.js";
export { LocalActions, type ActionsOptions, type ActionsUpdate, type WorkflowRunRecord } from "./actions/actions.js";
export { ACTIONS_USER } from "./job-tokens.js";
export type { RequestLog } from "./requests.js";
export { apiDescription, EXTRA_ROUTES, type ApiDescription, type ApiOperation, type Violation, type ViolationLog } from "./validation.js";
export { apiRouteKeys } from "./routes.js";
export { isWorkInProgress, WIP_PREFIXES } from "./present-forgejo.js";
export type {
  AutoMergeRecord,
  BranchProtection,
  CheckRunRecord,
  CommentRecord,
  ForgeState,
  IssueRecord,
  LabelRecord,
  PullRecord,
  ReactionRecord,
  RepoRecord,
  ReviewCommentRecord,
  ReviewRecord,
  ReviewState,
  StatusRecord,
  UserRecord,
} from "./state.js";
export type {
  AddRepoOptions,
  AddUserOptions,
  FaultSpec,
  Flavour,
  LocalForgeOptions,
  Permission,
  RequestRecord,
  StatusFault,
  TimeoutFault,
  TokenOptions,
} from "./types.js";
