/**
 * Events the local forge emits when its state changes, as both forges do for
 * webhooks and Actions: one record per event with the payload in the flavour's
 * shape. Whatever listens (the Actions side, tests) gets them in order.
 */
import type { Json } from "./present.js";
import type { RepoRecord } from "./state.js";

export interface ForgeEvent {
  id: number;
  repo: RepoRecord;
  /**
   * What happened, in the flavour's words: GitHub's event name (`issues`), Forgejo's hook
   * type (`issue_label`, `pull_request_sync`, `pull_request_review_approved`, …), which
   * is what Forgejo matches workflows' `on:` against.
   */
  type: string;
  action: string;
  payload: Json;
  /** Login of whoever caused it. */
  sender: string;
  /** Caused by an Actions job's automatic token: such events start no workflow (except dispatch). */
  byJobToken: boolean;
  /** Pull request events: its number (GITHUB_REF is derived from it). */
  pull?: number;
  /** Review events: the commit reviewed. */
  commit?: string;
  /** Push events. */
  push?: { ref: string; before: string; after: string };
  /** workflow_dispatch: the workflow file and ref asked for. */
  dispatch?: { workflow: string; ref: string };
  /** schedule: the workflow file whose cron fired, and the cron. */
  schedule?: { workflow: string; cron: string };
  /** workflow_run: the finished run's workflow name and how deep the chain of workflow_run runs is. */
  workflowRun?: { name: string; depth: number };
  at: string;
}

export type EventListener = (event: ForgeEvent) => void;

export class EventLog {
  readonly list: ForgeEvent[] = [];
  private readonly listeners = new Set<EventListener>();
  private lastId = 0;

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: Omit<ForgeEvent, "id">): ForgeEvent {
    const e: ForgeEvent = { ...event, id: ++this.lastId };
    this.list.push(e);
    for (const l of this.listeners) l(e);
    return e;
  }
}
