/**
 * `run:` steps, with the shell command lines each forge's runner uses. GitHub: no
 * `shell:` means `bash -e {0}`, `shell: bash` adds `--noprofile --norc -o pipefail`.
 * forgejo-runner (act/runner/step_run.go) uses the pipefail form for both.
 */
import { randomUUID } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { stringOf } from "../evaluate.js";
import { runProcess } from "../process.js";
import type { StepDef } from "../workflow.js";
import type { StepDone, StepRun } from "./index.js";

const BASH = ["bash", "--noprofile", "--norc", "-eo", "pipefail"];
const SHELLS: Record<"github" | "forgejo", Record<"default" | "bash" | "sh", string[]>> = {
  github: { default: ["bash", "-e"], bash: BASH, sh: ["sh", "-e"] },
  forgejo: { default: BASH, bash: BASH, sh: ["sh", "-e"] },
};

export async function runScript(run: StepRun, def: NonNullable<StepDef["run"]>): Promise<StepDone> {
  const { runtime } = run;
  const script = stringOf(def.script, run.scope);
  const file = path.join(runtime.dirs.temp, `${randomUUID()}.sh`);
  writeFileSync(file, script);
  const cwd = def.workingDirectory ? path.resolve(runtime.dirs.workspace, stringOf(def.workingDirectory, run.scope)) : runtime.dirs.workspace;
  if (!existsSync(cwd)) return { ok: false, outputs: {}, message: `working-directory ${path.relative(runtime.dirs.workspace, cwd) || "."} does not exist` };
  runtime.log.write(script);
  const [command, ...args] = SHELLS[runtime.host.flavour][def.shell];
  const r = await runProcess({ command: command!, args: [...args, file], cwd, env: run.env, onLine: run.line, signal: run.signal }, runtime.groups);
  if (r.killed) return { ok: false, outputs: {}, message: r.killed };
  return r.code === 0 ? { ok: true, outputs: {} } : { ok: false, outputs: {}, message: `Process completed with exit code ${r.code ?? "unknown"}.` };
}
