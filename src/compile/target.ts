import type { Stage, TrustTier } from "../blueprint/types.js";
import type { Config } from "../config/config.js";
import { familyOf, type ForgeName } from "../config/schema.js";

/** Everything that differs between forges when writing a workflow. */
export interface Target {
  forge: ForgeName;
  /** Where the forge reads workflows from. */
  workflowDir: string;
  /** Forgejo ignores `permissions:`; emitting it there would mislead readers. */
  supportsPermissions: boolean;
  /** `uses:` for a CrustyClaw action. */
  action(name: Stage | "route"): string;
  checkout: string;
  upload: { uses: string; with: Record<string, unknown> };
  download: { uses: string; with: Record<string, unknown> };
  /** actions/cache's restore and save halves: the repo map's cache is restored before agent nodes and saved after. */
  cache: { restore: string; save: string };
  /** download-artifact takes a name `pattern` (v4); without it (v3) only one name, or every artifact of the run. */
  downloadPattern: boolean;
  runsOn(tier: TrustTier): string | string[];
}

export const OUT_DIR = "${{ runner.temp }}/crustyclaw-out";
export const IN_DIR = "${{ runner.temp }}/crustyclaw-in";

/**
 * Where each forge reads workflows, in the order it looks: it reads only the first of these
 * directories that exists (Forgejo: modules/actions/workflows.go; Gitea: setting
 * Actions.WorkflowDirs; GitHub and GHES: .github/workflows alone).
 */
export const WORKFLOW_DIRS: Record<ForgeName, readonly string[]> = {
  github: [".github/workflows"],
  ghes: [".github/workflows"],
  forgejo: [".forgejo/workflows", ".gitea/workflows", ".github/workflows"],
  gitea: [".gitea/workflows", ".github/workflows"],
};

/** The directory `forge` reads in a repository where `exists` says which directories there are: the first that exists, else its own. */
export function workflowDirFor(forge: ForgeName, exists: (dir: string) => boolean): string {
  const dirs = WORKFLOW_DIRS[forge];
  return dirs.find(exists) ?? dirs[0]!;
}

/** `workflowDir`: where the forge reads this repository's workflows (workflowDirFor); default its own directory. */
export function targetFor(forge: ForgeName, config: Config, workflowDir = WORKFLOW_DIRS[forge][0]!): Target {
  const { repository, ref, forgejoUrl } = config.actions;
  const runsOn = (tier: TrustTier) => {
    const labels = config.runners[forge][tier];
    return labels.length === 1 ? labels[0]! : [...labels];
  };
  // upload/download-artifact v4 run on github.com only; GHES, Forgejo and Gitea serve the v3 protocol.
  const v3 = {
    upload: { uses: "actions/upload-artifact@v3", with: { "retention-days": 7 } },
    download: { uses: "actions/download-artifact@v3", with: {} },
    downloadPattern: false,
  };
  // Both forges' cache services take actions/cache v4 (Forgejo's runner serves its protocol).
  const cache = { restore: "actions/cache/restore@v4", save: "actions/cache/save@v4" };
  if (familyOf(forge) === "github") {
    return {
      cache,
      forge,
      workflowDir,
      supportsPermissions: true,
      action: (name) => `${repository}/actions/${name}@${ref}`,
      checkout: "actions/checkout@v4",
      ...(forge === "github"
        ? {
            // v4 is the only artifact version github.com still accepts.
            upload: { uses: "actions/upload-artifact@v4", with: { "retention-days": 7, overwrite: true } },
            download: { uses: "actions/download-artifact@v4", with: { pattern: "crustyclaw-*" } },
            downloadPattern: true,
          }
        : v3),
      runsOn,
    };
  }
  return {
    forge,
    workflowDir,
    supportsPermissions: false,
    cache,
    // Short names resolve against the instance's default actions host, which does not
    // mirror CrustyClaw: use a full URL.
    action: (name) => `${forgejoUrl}/${repository}/actions/${name}@${ref}`,
    checkout: "actions/checkout@v4",
    ...v3,
    runsOn,
  };
}
