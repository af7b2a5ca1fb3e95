/** Users, repositories, branches and collaborator permission. */
import { isUtf8 } from "node:buffer";
import { repoRoute, userRoute, type RouteDef } from "./context.js";
import { branchSha, commitInfo, resolveCommit, runGit, tagSha } from "./git.js";
import type { Reply } from "./reply.js";
import type { RepoCtx } from "./context.js";
import { paged } from "./paging.js";
import { forbidden, notFound, ok } from "./reply.js";
import { atLeast } from "./types.js";

/** One entry of a tree at a commit: `git ls-tree` of `path` (a file) or of what is directly in it (a directory). */
interface TreeEntry {
  type: "file" | "dir";
  sha: string;
  path: string;
  name: string;
  size: number;
}

async function treeAt(ctx: RepoCtx, path: string): Promise<{ file?: TreeEntry; dir?: TreeEntry[] }> {
  const ref = ctx.query.get("ref") || ctx.repo.defaultBranch;
  const commit = await resolveCommit(ctx.repo.gitDir, ref);
  if (!commit) throw notFound(`No commit found for the ref ${ref}`);
  const clean = path.replace(/^\/+|\/+$/g, "");
  const list = async (spec: string) => {
    const r = await runGit(["-C", ctx.repo.gitDir, "ls-tree", "-l", "-z", commit, "--", spec]);
    if (r.code !== 0) return [];
    return r.stdout.split("\0").filter(Boolean).map((line): TreeEntry => {
      const [meta, name] = line.split("\t") as [string, string];
      const [, kind, sha, size] = meta.split(/\s+/) as [string, string, string, string];
      return { type: kind === "tree" ? "dir" : "file", sha, path: name, name: name.split("/").pop()!, size: size === "-" ? 0 : Number(size) };
    });
  };
  if (clean === "") return { dir: await list(".") };
  const [self] = await list(clean);
  if (!self || self.path !== clean) throw notFound();
  return self.type === "dir" ? { dir: await list(`${clean}/`) } : { file: self };
}

/** A file's bytes exactly as stored (a gzip archive too), typed text/plain when they are UTF-8 text, else application/octet-stream. */
async function rawReply(ctx: RepoCtx, entry: TreeEntry): Promise<Reply> {
  const { bytes } = await runGit(["-C", ctx.repo.gitDir, "cat-file", "blob", entry.sha]);
  return { status: 200, text: { content: bytes, type: isUtf8(bytes) ? "text/plain; charset=utf-8" : "application/octet-stream" } };
}

/** The contents API: a directory's entries, or a file (base64 in JSON, or raw where asked: GitHub's raw media type, Forgejo's /raw). */
async function contents(ctx: RepoCtx): Promise<Reply> {
  const { file, dir } = await treeAt(ctx, ctx.params.path!);
  const ref = ctx.query.get("ref") || ctx.repo.defaultBranch;
  const repo = `${ctx.repo.owner}/${ctx.repo.name}`;
  const present = (e: TreeEntry) => {
    const url = `${ctx.core.urls.api}/repos/${repo}/contents/${e.path}?ref=${encodeURIComponent(ref)}`;
    const git = `${ctx.core.urls.api}/repos/${repo}/git/${e.type === "dir" ? "trees" : "blobs"}/${e.sha}`;
    const html = `${ctx.core.urls.web}/${repo}/${e.type === "dir" ? "tree" : "blob"}/${ref}/${e.path}`;
    const download = e.type === "file" ? `${ctx.core.urls.web}/${repo}/raw/${ref}/${e.path}` : null;
    return { type: e.type, name: e.name, path: e.path, sha: e.sha, size: e.size, url, git_url: git, html_url: html, download_url: download, _links: { self: url, git, html } };
  };
  if (dir) return ok(dir.map(present));
  if (ctx.core.flavour === "github" && /application\/vnd\.github(\.v3)?\.raw/.test(ctx.accept)) return rawReply(ctx, file!);
  const blob = await runGit(["-C", ctx.repo.gitDir, "cat-file", "blob", file!.sha]);
  return ok({ ...present(file!), encoding: "base64", content: blob.bytes.toString("base64") });
}

export const repoRoutes: RouteDef[] = [
  repoRoute("GET", "/repos/{owner}/{repo}/contents/{path+}", "read", contents),
  repoRoute(
    "GET",
    "/repos/{owner}/{repo}/raw/{path+}",
    "read",
    async (ctx) => {
      const { file } = await treeAt(ctx, ctx.params.path!);
      if (!file) throw notFound();
      return rawReply(ctx, file);
    },
    ["forgejo"],
  ),
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
