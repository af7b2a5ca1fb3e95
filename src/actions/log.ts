import { randomBytes } from "node:crypto";
import * as core from "@actions/core";

/**
 * Print text CrustyClaw did not write (a node's output, an agent's words) to the job log
 * with workflow commands off: a line like `::add-mask::`, `::set-output` or `::error::`
 * in it is shown, not obeyed. The runner resumes on a token the text cannot know.
 */
export function logUntrusted(text: string): void {
  const token = randomBytes(16).toString("hex");
  core.info(`::stop-commands::${token}`);
  core.info(text);
  core.info(`::${token}::`);
}
