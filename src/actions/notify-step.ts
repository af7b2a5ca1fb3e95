/** Posting run transitions to the blueprint's notification targets, from the publish and record steps. */
import * as core from "@actions/core";
import { NOTICE_EVENTS } from "../blueprint/schema.js";
import type { NoticeEvent } from "../blueprint/types.js";
import { sendNotice, type NotifyTarget, type RunNotice } from "../notify/send.js";
import type { RunEnv } from "../stages/env.js";
import type { Transition } from "../stages/notice.js";

/**
 * The targets the compiled workflow gave this step (blueprint `notify:`), from its
 * environment: secrets under fixed names, formats and events as literals. An unset
 * secret is a warning (the target is skipped), as a workflow gives an unknown secret as "".
 */
export function notifyTargets(env: NodeJS.ProcessEnv): { on: NoticeEvent[]; targets: NotifyTarget[] } {
  const on = (env.CRUSTYCLAW_NOTIFY_ON ?? "").split(",").filter((e): e is NoticeEvent => (NOTICE_EVENTS as readonly string[]).includes(e));
  const targets: NotifyTarget[] = [];
  for (let i = 1; env[`CRUSTYCLAW_NOTIFY_WEBHOOK_${i}_FORMAT`] !== undefined; i++) {
    const url = env[`CRUSTYCLAW_NOTIFY_WEBHOOK_${i}`]?.trim() ?? "";
    const format = env[`CRUSTYCLAW_NOTIFY_WEBHOOK_${i}_FORMAT`] as "json" | "slack" | "matrix";
    if (!url) {
      core.warning(`notify: webhook ${i}'s secret is empty or not set; nothing is posted to it`);
      continue;
    }
    core.setSecret(url);
    targets.push({ kind: "webhook", url, format });
  }
  if (env.CRUSTYCLAW_NOTIFY_SIGNAL_URL !== undefined) {
    const [url, number, recipients] = [env.CRUSTYCLAW_NOTIFY_SIGNAL_URL, env.CRUSTYCLAW_NOTIFY_SIGNAL_NUMBER ?? "", env.CRUSTYCLAW_NOTIFY_SIGNAL_RECIPIENTS ?? ""].map((v) => v.trim());
    if (!url || !number || !recipients) core.warning("notify: a Signal secret (URL, number or recipients) is empty or not set; nothing is sent to Signal");
    else {
      for (const secret of [url, number, recipients]) core.setSecret(secret);
      targets.push({ kind: "signal", url: url!, number: number!, recipients: recipients!.split(/[\s,]+/).filter(Boolean) });
    }
  }
  return { on, targets };
}

/** Posts one transition; what fails is a warning (never with a URL), not a failed step. */
export async function postTransition(env: RunEnv, blueprint: string, t: Transition, now: string): Promise<void> {
  const { on, targets } = notifyTargets(process.env);
  if (targets.length === 0 || !on.includes(t.event)) return;
  const notice: RunNotice = {
    blueprint,
    repository: `${env.repo.owner}/${env.repo.repo}`,
    issue: t.issue,
    issueUrl: `${env.repoUrl}/issues/${t.issue}`,
    event: t.event,
    ...(t.pull !== undefined ? { pull: t.pull, pullUrl: `${env.repoUrl}/${env.forge === "github" ? "pull" : "pulls"}/${t.pull}` } : {}),
    ...(t.reason ? { reason: t.reason } : {}),
    ...(t.cost ? { cost: t.cost } : {}),
    ...(t.runUrl ? { runUrl: t.runUrl } : {}),
    at: now,
  };
  const problems = await sendNotice(notice, targets);
  for (const p of problems) core.warning(`notify: ${p}`);
  if (problems.length < targets.length) core.info(`notify: ${t.event} on #${t.issue} posted to ${targets.length - problems.length} target(s)`);
}
