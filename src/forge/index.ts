export type * from "./types.js";
export type { CiCheck, Comment, Forge, Issue, Permission, PullRequest, Reaction, Review, ReviewComment, ReviewState } from "./forge.js";
export { findMarkedComment } from "./forge.js";
export { createClient, ForgeError, type ClientOptions } from "./client.js";
export { createForge, parseRepo, type ForgeOptions } from "./create.js";
export { GitHubForge } from "./github.js";
export { ForgejoForge, WIP_PREFIX } from "./forgejo.js";
