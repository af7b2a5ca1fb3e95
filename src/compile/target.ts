import type { Stage, TrustTier } from "../blueprint/types.js";
import type { Config } from "../config/config.js";
import type { ForgeName } from "../config/schema.js";

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
  /** download-artifact takes a name `pattern` (v4); without it (v3) only one name, or every artifact of the run. */
  downloadPattern: boolean;
  runsOn(tier: TrustTier): string | string[];
}

export const OUT_DIR = "${{ runner.temp }}/crustyclaw-out";
export const IN_DIR = "${{ runner.temp }}/crustyclaw-in";

export function targetFor(forge: ForgeName, config: Config): Target {
  const { repository, ref, forgejoUrl } = config.actions;
  const runsOn = (tier: TrustTier) => {
    const labels = config.runners[forge][tier];
    return labels.length === 1 ? labels[0]! : [...labels];
  };
  if (forge === "github") {
    return {
      forge,
      workflowDir: ".github/workflows",
      supportsPermissions: true,
      action: (name) => `${repository}/actions/${name}@${ref}`,
      checkout: "actions/checkout@v4",
      // v4 is the only artifact version github.com still accepts.
      upload: { uses: "actions/upload-artifact@v4", with: { "retention-days": 7, overwrite: true } },
      download: { uses: "actions/download-artifact@v4", with: { pattern: "crustyclaw-*" } },
      downloadPattern: true,
      runsOn,
    };
  }
  return {
    forge,
    workflowDir: ".forgejo/workflows",
    supportsPermissions: false,
    // Short names resolve against the Forgejo instance's default actions host, which
    // does not mirror CrustyClaw: use a full URL.
    action: (name) => `${forgejoUrl}/${repository}/actions/${name}@${ref}`,
    checkout: "actions/checkout@v4",
    // upload-artifact v4 refuses hosts other than github.com; Forgejo serves the v3 protocol.
    upload: { uses: "actions/upload-artifact@v3", with: { "retention-days": 7 } },
    download: { uses: "actions/download-artifact@v3", with: {} },
    downloadPattern: false,
    runsOn,
  };
}
