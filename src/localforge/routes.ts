/**
 * Every REST route the local forge serves, in both flavours. Shared by the server and by
 * `scripts/extract-forge-api.mjs`, which keeps the forges' API descriptions for exactly
 * these routes (schema/forge-api/).
 */
import type { RouteDef } from "./context.js";
import { Router } from "./router.js";
import { actionsRoutes } from "./routes-actions.js";
import { commitRoutes } from "./routes-commits.js";
import { issueRoutes } from "./routes-issues.js";
import { pullRoutes } from "./routes-pulls.js";
import { repoRoutes } from "./routes-repos.js";
import type { Flavour } from "./types.js";

export const API_ROUTES: readonly RouteDef[] = [...repoRoutes, ...issueRoutes, ...pullRoutes, ...commitRoutes, ...actionsRoutes];

/** `"<METHOD> <template>"` of every REST route a flavour serves, sorted; git smart HTTP excluded. */
export function apiRouteKeys(flavour: Flavour): string[] {
  return new Router(API_ROUTES, flavour).keys();
}
