/**
 * A local forge with its Actions switched on and one repository in it: what
 * `crustyclaw run`, `crustyclaw test` and the scenario tests drive. People act
 * through the forge's REST API with their own tokens (so every action emits the
 * events a real forge would), and workflows run through the local executor with
 * CrustyClaw's own actions from this package.
 */
import { createForge } from "../forge/create.js";
import type { Forge } from "../forge/forge.js";
import { startLocalForge, type LocalForge, type Permission, type RepoRecord, type WorkflowRunRecord } from "../localforge/index.js";
import { packageRoot } from "../util/package-root.js";

export type Flavour = "github" | "forgejo";

export interface SessionOptions {
  flavour: Flavour;
  /** Repository owner, who opens issues and reviews unless someone else is named. Default `you`. */
  owner?: string;
  /** Repository name. Default `app`. */
  name?: string;
  /** Directory whose files make the first commit (left unchanged), and/or files over them. */
  workTree?: string;
  files?: Record<string, string>;
  /** A repository without commits, ready for a push. */
  empty?: boolean;
  /** Other people and their permission on the repository. */
  people?: Record<string, Permission>;
  /** Bots (GitHub account type Bot) and their permission. */
  bots?: Record<string, Permission>;
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
  /** Variables every step sees (like variables set on the runner machine). */
  runnerEnv?: Record<string, string>;
  /** `owner/repo` that compiled workflows name for CrustyClaw's actions (config `actions.repository`). */
  actionsRepository?: string;
  /** Scales `timeout-minutes`; tests use a small value. */
  timeScale?: number;
  /** `false`: `concurrency:` is ignored, as on Forgejo before version 14. */
  concurrency?: boolean;
  port?: number;
  /** Keep bare repositories here (a temporary directory otherwise). */
  root?: string;
  /** Keep workflow runs' files here (a temporary directory otherwise). */
  runsDir?: string;
}

export class LocalSession {
  private seen = 0;
  private readonly forges = new Map<string, Forge>();

  private constructor(
    readonly flavour: Flavour,
    readonly forge: LocalForge,
    readonly repo: RepoRecord,
  ) {}

  static async start(o: SessionOptions): Promise<LocalSession> {
    const owner = o.owner ?? "you";
    const forge = await startLocalForge({
      flavour: o.flavour,
      ...(o.port !== undefined ? { port: o.port } : {}),
      ...(o.root ? { root: o.root } : {}),
      actions: {
        localActions: { [o.actionsRepository ?? "crustyclaw/crustyclaw"]: packageRoot() },
        ...(o.runnerEnv ? { runnerEnv: o.runnerEnv } : {}),
        ...(o.timeScale !== undefined ? { timeScale: o.timeScale } : {}),
        ...(o.concurrency !== undefined ? { concurrency: o.concurrency } : {}),
        ...(o.runsDir ? { workDir: o.runsDir } : {}),
      },
    });
    try {
      forge.addUser({ login: owner });
      for (const login of Object.keys(o.people ?? {})) forge.addUser({ login });
      for (const login of Object.keys(o.bots ?? {})) forge.addUser({ login, type: "Bot" });
      const repo = await forge.addRepo({
        owner,
        name: o.name ?? "app",
        collaborators: { ...o.people, ...o.bots },
        ...(o.files ? { files: o.files } : {}),
        ...(o.workTree ? { workTree: o.workTree } : {}),
        ...(o.empty ? { empty: true } : {}),
      });
      for (const [k, v] of Object.entries(o.secrets ?? {})) forge.setSecret(repo.fullName, k, v);
      for (const [k, v] of Object.entries(o.vars ?? {})) forge.setVariable(repo.fullName, k, v);
      return new LocalSession(o.flavour, forge, repo);
    } catch (err) {
      await forge.close();
      throw err;
    }
  }

  get owner(): string {
    return this.repo.owner;
  }

  /** The forge as `login` sees it through the REST API (default: the repository owner). */
  as(login = this.repo.owner): Forge {
    let f = this.forges.get(login);
    if (!f) {
      // No throttling: a person's handful of calls, not a workflow's stream of writes.
      f = createForge({ kind: this.flavour, repo: { owner: this.repo.owner, repo: this.repo.name }, baseUrl: this.forge.apiUrl, token: this.forge.token(login), throttle: false });
      this.forges.set(login, f);
    }
    return f;
  }

  /** Waits until every workflow run the events so far started (and the events they caused) has finished; returns the runs started since the last call. */
  async settle(): Promise<WorkflowRunRecord[]> {
    await this.forge.actions!.idle();
    const runs = this.forge.actions!.runs.slice(this.seen);
    this.seen = this.forge.actions!.runs.length;
    return runs;
  }

  close(): Promise<void> {
    return this.forge.close();
  }
}
