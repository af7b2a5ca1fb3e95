/** Users, repositories, branches and collaborator permission. */
import { repoRoute, userRoute, type RouteDef } from "./context.js";
import { branchSha, commitInfo, resolveCommit, tagSha } from "./git.js";
import { paged } from "./paging.js";
import { forbidden, notFound, ok } from "./reply.js";
import { atLeast } from "./types.js";

export const repoRoutes: RouteDef[] = [
  userRoute("GET", "/user", (ctx) => ok(ctx.core.present.profile(ctx.user))),

  userRoute("GET", "/users/{username}", (ctx) => {
    const u = ctx.core.state.user(ctx.params.username!);
    if (!u) throw notFound();
    return ok(ctx.core.present.profile(u));
  }),

  repoRoute("GET", "/repos/{owner}/{repo}", "read", (ctx) => ok(ctx.core.present.repo(ctx.repo, ctx.permission))),

  // Forgejo serves `/branches/*`; GitHub takes the name as one (possibly encoded) segment
  // but also answers unencoded slashes, so both accept the rest of the path.
  repoRoute("GET", "/repos/{owner}/{repo}/branches/{branch+}", "read", async (ctx) => {
    const name = ctx.params.branch!;
    const sha = await branchSha(ctx.repo.gitDir, name);
    if (!sha) throw notFound("Branch not found");
    return ok(ctx.core.present.branch(ctx.repo, name, await commitInfo(ctx.repo.gitDir, sha), ctx.permission));
  }),

  // What a tag, branch or sha names: GitHub answers with the commit; Forgejo has /tags/{tag} (and /branches).
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/commits/{ref}",
    "read",
    async (ctx) => {
      const sha = await resolveCommit(ctx.repo.gitDir, ctx.params.ref!);
      if (!sha) throw notFound(`No commit found for SHA: ${ctx.params.ref}`);
      return ok(ctx.core.present.commit(ctx.repo, await commitInfo(ctx.repo.gitDir, sha)));
    },
    ["github"],
  ),

  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/tags/{tag}",
    "read",
    async (ctx) => {
      const sha = await tagSha(ctx.repo.gitDir, ctx.params.tag!);
      if (!sha) throw notFound();
      return ok(ctx.core.present.tag(ctx.repo, ctx.params.tag!, await commitInfo(ctx.repo.gitDir, sha)));
    },
    ["forgejo"],
  ),

  // Both forges list runners to repository admins only (GitHub: the Administration permission;
  // Forgejo: reqAdmin). GitHub wraps the page in `{ total_count, runners }`.
  repoRoute("GET", "/repos/{owner}/{repo}/actions/runners", "admin", (ctx) => {
    const runners = ctx.repo.runners;
    if (ctx.core.flavour === "forgejo") return paged(ctx, runners, (x) => ctx.core.present.runner(x));
    const page = paged(ctx, runners, (x) => ctx.core.present.runner(x));
    return { ...page, body: { total_count: runners.length, runners: page.body } };
  }),

  repoRoute("GET", "/repos/{owner}/{repo}/collaborators/{username}/permission", "read", (ctx) => {
    const { state, flavour, present } = ctx.core;
    const target = state.user(ctx.params.username!);
    if (!target) throw notFound();
    // Forgejo answers only instance admins, repo admins and users asking about themselves
    // (routers/api/v1/repo/collaborators.go, GetRepoPermissions). An Actions job token is
    // never a repo admin, so it cannot read other users' permission there.
    if (
      flavour === "forgejo" &&
      !ctx.user.siteAdmin &&
      target.login.toLowerCase() !== ctx.user.login.toLowerCase() &&
      !atLeast(ctx.permission, "admin")
    ) {
      throw forbidden("Only admins can query all permissions, repo admins can query all repo permissions, collaborators can query only their own");
    }
    return ok(present.collaboratorPermission(ctx.repo, target, state.permission(ctx.repo, target.login)));
  }),
];
