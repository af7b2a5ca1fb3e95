/**
 * `actions/checkout`, as it behaves on a runner: a shallow fetch (depth 1 unless
 * `fetch-depth` says otherwise) of the event's commit or the `ref` given, sparse
 * checkout, and the token kept in `.git/config` only with `persist-credentials`
 * (its default, true). Refs resolve as checkout's ref-helper does.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { basicHeader, ExecutorGitError, git } from "../git.js";
import type { StepDone, StepRun } from "./index.js";

const SHA = /^[0-9a-f]{40}$/i;

interface Plan {
  refspecs: string[];
  /** What to check out after fetching, as `git checkout` arguments. */
  checkout: string[];
}

/** Fetch and checkout arguments for a ref and an optional commit (checkout's getRefSpec/getCheckoutInfo). */
function plan(ref: string, commit: string | undefined): Plan {
  const upper = ref.toUpperCase();
  if (!ref && commit) return { refspecs: [`+${commit}:refs/remotes/origin/HEAD`], checkout: [commit] };
  if (SHA.test(ref)) return { refspecs: [`+${ref}:refs/remotes/origin/HEAD`], checkout: [ref] };
  if (upper.startsWith("REFS/HEADS/")) {
    const branch = ref.slice("refs/heads/".length);
    const src = commit ?? ref;
    return { refspecs: [`+${src}:refs/remotes/origin/${branch}`], checkout: ["-B", branch, `refs/remotes/origin/${branch}`] };
  }
  if (upper.startsWith("REFS/PULL/")) {
    const name = ref.slice("refs/pull/".length);
    return { refspecs: [`+${commit ?? ref}:refs/remotes/pull/${name}`], checkout: [`refs/remotes/pull/${name}`] };
  }
  if (upper.startsWith("REFS/TAGS/")) return { refspecs: [`+${commit ?? ref}:${ref}`], checkout: [ref] };
  if (upper.startsWith("REFS/")) return { refspecs: [`+${commit ?? ref}:${ref}`], checkout: [commit ?? ref] };
  // A bare name: a branch if one exists, else a tag (decided by asking the remote).
  return { refspecs: [], checkout: [] };
}

export async function checkout(run: StepRun): Promise<StepDone> {
  const { runtime, inputs } = run;
  const { host, request, dirs } = runtime;
  const repository = inputs.repository || host.repository;
  if (repository.toLowerCase() !== host.repository.toLowerCase()) {
    return { ok: false, outputs: {}, message: `actions/checkout of another repository ('${repository}') is not implemented by the local executor` };
  }
  const target = path.resolve(dirs.workspace, inputs.path || ".");
  if (path.relative(dirs.workspace, target).startsWith("..")) return { ok: false, outputs: {}, message: `Repository path '${inputs.path}' is not under '${dirs.workspace}'` };
  const token = inputs.token || runtime.token;
  const depthText = inputs["fetch-depth"] || "1";
  const depth = Number(depthText);
  if (!Number.isInteger(depth) || depth < 0) return { ok: false, outputs: {}, message: `Invalid fetch-depth '${depthText}'. Expected a whole number (0 for all history).` };
  const persist = (inputs["persist-credentials"] || "true").toLowerCase();
  if (persist !== "true" && persist !== "false") return { ok: false, outputs: {}, message: `Invalid persist-credentials '${persist}'. Expected true or false.` };
  const cone = (inputs["sparse-checkout-cone-mode"] || "true").toLowerCase() !== "false";
  const sparse = (inputs["sparse-checkout"] ?? "").split("\n").map((s) => s.trim()).filter(Boolean);

  // No ref: the event's ref and commit (GITHUB_REF, GITHUB_SHA), as checkout does.
  const ref = inputs.ref || request.ref;
  const commit = inputs.ref ? undefined : request.sha;
  let p = plan(ref, commit);
  const g = (args: string[], auth = false) => git(args, { cwd: target, home: dirs.home, ...(auth ? { token } : {}), signal: run.signal });
  try {
    mkdirSync(target, { recursive: true });
    run.line(`Syncing repository: ${host.repository}`);
    await g(["init", "-q"]);
    await g(["remote", "add", "origin", host.gitUrl]);
    if (p.checkout.length === 0) {
      // A bare name: a branch if one exists, else a tag (checkout's ref-helper order).
      const remote = await g(["ls-remote", "origin", `refs/heads/${ref}`, `refs/tags/${ref}`], true);
      if (remote.includes(`\trefs/heads/${ref}\n`)) p = { refspecs: [`+refs/heads/${ref}:refs/remotes/origin/${ref}`], checkout: ["-B", ref, `refs/remotes/origin/${ref}`] };
      else if (remote.includes(`\trefs/tags/${ref}\n`)) p = { refspecs: [`+refs/tags/${ref}:refs/tags/${ref}`], checkout: [`refs/tags/${ref}`] };
      else return { ok: false, outputs: {}, message: `A branch or tag with the name '${ref}' could not be found` };
    }
    const depthArgs = depth > 0 ? [`--depth=${depth}`] : [];
    await g(["-c", "protocol.version=2", "fetch", "--no-tags", "--prune", "--no-recurse-submodules", ...depthArgs, "origin", ...p.refspecs], true);
    if (sparse.length > 0) await g(["sparse-checkout", "set", ...(cone ? [] : ["--no-cone"]), ...sparse]);
    await g(["checkout", "-q", "--force", ...p.checkout]);
    if (persist === "true") await g(["config", "--local", `http.${host.serverUrl}/.extraheader`, basicHeader(token)]);
    const sha = (await g(["rev-parse", "HEAD"])).trim();
    run.line(`Checked out ${ref || sha} at ${sha}`);
    return { ok: true, outputs: { ref, commit: sha } };
  } catch (err) {
    if (err instanceof ExecutorGitError) return { ok: false, outputs: {}, message: `actions/checkout: ${err.message}` };
    throw err;
  }
}
