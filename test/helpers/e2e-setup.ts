import { compileBlueprint } from "../../src/compile/emit.js";
import { loadBlueprint } from "../../src/blueprint/validate.js";
import { parseConfig } from "../../src/config/config.js";
import { startLocalForge, type LocalForge } from "../../src/localforge/index.js";
import { client } from "../localforge/helpers.js";
import { MiniRunner } from "./mini-runner.js";

/** A deterministic issue-to-pr: no agent, so it runs offline and the same every time. */
export const DETERMINISTIC_BLUEPRINT = `name: issue-to-pr
triggers:
  issue: { labels: [crustyclaw] }
  command: /claw
nodes:
  - id: implement
    stage: execute
    run: |
      printf 'hello from crustyclaw\\n' > hello.txt
      echo "implemented"
  - id: checks
    stage: review
    needs: [implement]
    run: test -f hello.txt && grep -q hello hello.txt
`;

export interface Scenario {
  local: LocalForge;
  workflow: string;
  /** The workflow's token: write access, not an admin, not the actor. */
  automation: string;
  api(login?: string): ReturnType<typeof client>;
  /** Open an issue as `login` and label it `crustyclaw`; returns its number. */
  openLabelledIssue(login: string, title: string, body: string): Promise<number>;
  /** A realistic payload built from the forge's own API answers. */
  eventFor(eventName: "issues" | "issue_comment", action: string, issue: number, sender: string, extra?: Record<string, unknown>): Promise<unknown>;
  runner(eventName: string, event: unknown, actor: string): Promise<MiniRunner>;
}

export async function startScenario(
  flavour: "github" | "forgejo",
  blueprintText = DETERMINISTIC_BLUEPRINT,
  extraFiles: Record<string, string> = {},
  secrets: Record<string, string> = {},
): Promise<Scenario> {
  // On Forgejo the automatic token cannot read permissions: the documented fallback is an allow-list.
  const config = `forges: [${flavour}]\npull-requests:\n  reviewers: [acme]\n${flavour === "forgejo" ? "authorize:\n  users: [alice]\n" : ""}`;
  const local = await startLocalForge({ flavour });
  for (const login of ["acme", "alice", "automation", "reader"]) local.addUser({ login });
  local.addUser({ login: "x[bot]" });
  local.addUser({ login: "helper-bot", type: "Bot" });
  await local.addRepo({
    owner: "acme",
    name: "app",
    collaborators: { alice: "write", automation: "write", reader: "read", "x[bot]": "read", "helper-bot": "write" },
    files: { "README.md": "# app\n", ".crustyclaw/config.yml": config, ".crustyclaw/blueprints/issue-to-pr.yml": blueprintText, ...extraFiles },
  });
  const automation = local.token("automation");
  const { blueprint, problems } = loadBlueprint("b.yml", blueprintText);
  if (!blueprint) throw new Error(problems.map((p) => p.message).join("\n"));
  const workflow = compileBlueprint({
    blueprint,
    sourcePath: ".crustyclaw/blueprints/issue-to-pr.yml",
    sourceText: blueprintText,
    config: parseConfig("c.yml", config).config!,
    forge: flavour,
  }).text;
  const api = (login = "acme") => client(local, local.token(login));
  let labelId: number | undefined;
  return {
    local,
    workflow,
    automation,
    api,
    async openLabelledIssue(login, title, body) {
      const number = (await api(login)("POST", "/repos/acme/app/issues", { title, body })).body.number as number;
      if (flavour === "github") await api(login)("POST", `/repos/acme/app/issues/${number}/labels`, { labels: ["crustyclaw"] });
      else {
        labelId ??= (await api("acme")("POST", "/repos/acme/app/labels", { name: "crustyclaw", color: "#00aa00" })).body.id as number;
        await api(login)("POST", `/repos/acme/app/issues/${number}/labels`, { labels: [labelId] });
      }
      return number;
    },
    async eventFor(eventName, action, issue, sender, extra = {}) {
      const admin = api("acme");
      const issueJson = (await admin("GET", `/repos/acme/app/issues/${issue}`)).body;
      const repository = (await admin("GET", "/repos/acme/app")).body;
      const user = (await admin("GET", `/users/${encodeURIComponent(sender)}`)).body;
      return { action, issue: issueJson, repository, sender: user, ...(eventName === "issues" ? { label: { name: "crustyclaw" } } : {}), ...extra };
    },
    async runner(eventName, event, actor) {
      const branch = (await api("acme")("GET", "/repos/acme/app/branches/main")).body.commit;
      return new MiniRunner(workflow, {
        forge: flavour,
        serverUrl: local.url,
        apiUrl: local.apiUrl,
        repository: "acme/app",
        token: automation,
        cloneUrl: local.gitUrl("acme", "app", automation),
        eventName,
        event,
        sha: (branch.sha ?? branch.id) as string,
        actor,
        secrets,
      });
    },
  };
}
