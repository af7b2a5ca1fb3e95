import { FORGES } from "../config/schema.js";
import { startLocalForge } from "../localforge/index.js";
import { oneOf, UsageError, type Command } from "./usage.js";

/**
 * `crustyclaw forge serve`: the local forge as a process, for trying blueprints and
 * actions without GitHub or Forgejo. Listens on 127.0.0.1 only.
 */
export const forgeCommand: Command = {
  name: "forge",
  summary:
    "Serve a local forge on 127.0.0.1 (GitHub- or Forgejo-flavoured REST API with real git over HTTP) until interrupted.",
  usage: "crustyclaw forge serve [--flavour github|forgejo] [--port N] [--repo OWNER/NAME] [--user LOGIN] [--root DIR]",
  options: {
    flavour: { type: "string" },
    port: { type: "string" },
    repo: { type: "string" },
    user: { type: "string" },
    root: { type: "string" },
  },
  help: [
    "  --flavour F         github (API under /api/v3) or forgejo (API under /api/v1); default github",
    "  --port N            TCP port on 127.0.0.1 (default: a free one)",
    "  --repo OWNER/NAME   repository to create (default: acme/app)",
    "  --user LOGIN        admin user whose token is printed (default: the repository owner)",
    "  --root DIR          keep the bare repositories in DIR (default: a temporary directory)",
  ],
  async run({ values, positionals }, io) {
    if (positionals[0] !== "serve" || positionals.length !== 1) throw new UsageError("expected 'crustyclaw forge serve'");
    const flavour = oneOf("flavour", values.flavour, FORGES) ?? "github";
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`invalid value '${String(values.port)}' for --port; expected a port number`);
    const repo = typeof values.repo === "string" ? values.repo : "acme/app";
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repo);
    if (!m) throw new UsageError(`invalid value '${repo}' for --repo; expected OWNER/NAME`);
    const [, owner, name] = m as unknown as [string, string, string];
    const login = typeof values.user === "string" ? values.user : owner;
    const forge = await startLocalForge({ flavour, port, ...(typeof values.root === "string" ? { root: values.root } : {}) });
    forge.addUser({ login: owner });
    if (login !== owner) forge.addUser({ login });
    await forge.addRepo({ owner, name, collaborators: login === owner ? {} : { [login]: "admin" } });
    const token = forge.token(login);
    io.out(
      [
        `local ${flavour} forge on ${forge.url}`,
        `  API:    ${forge.apiUrl}`,
        `  git:    ${forge.gitUrl(owner, name)}`,
        `  user:   ${login}`,
        `  token:  ${token}`,
        "",
        "Use it as GITHUB_SERVER_URL / GITHUB_API_URL; git takes the token as the HTTP password. Ctrl-C stops it.",
      ].join("\n"),
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    await forge.close();
    io.out("stopped");
    return 0;
  },
};
