import { describe, expect, it } from "vitest";
import { detectForge } from "../../src/forge/detect.js";

describe("detectForge", () => {
  it.each([
    ["nothing set (a developer's shell)", {}, "github"],
    ["github.com", { GITHUB_ACTIONS: "true", GITHUB_SERVER_URL: "https://github.com", GITHUB_API_URL: "https://api.github.com" }, "github"],
    ["GitHub Enterprise Cloud with data residency", { GITHUB_SERVER_URL: "https://octocorp.ghe.com", GITHUB_API_URL: "https://api.octocorp.ghe.com" }, "github"],
    [
      "GitHub Enterprise Server (REST under /api/v3, GraphQL)",
      { GITHUB_ACTIONS: "true", GITHUB_SERVER_URL: "https://ghe.example.com", GITHUB_API_URL: "https://ghe.example.com/api/v3", GITHUB_GRAPHQL_URL: "https://ghe.example.com/api/graphql" },
      "github",
    ],
    ["GitHub Enterprise Server, GraphQL URL only", { GITHUB_SERVER_URL: "https://ghe.example.com", GITHUB_GRAPHQL_URL: "https://ghe.example.com/api/graphql" }, "github"],
    // What Forgejo's runner sets (internal/app/run/runner.go): GITHUB_ACTIONS too, so it must not count.
    [
      "Forgejo runner",
      { GITHUB_ACTIONS: "true", FORGEJO_ACTIONS: "true", GITEA_ACTIONS: "true", GITHUB_SERVER_URL: "https://codeberg.org", GITHUB_API_URL: "https://codeberg.org/api/v1" },
      "forgejo",
    ],
    ["Forgejo flag, even with a github.com server URL", { FORGEJO_ACTIONS: "true", GITHUB_SERVER_URL: "https://github.com" }, "forgejo"],
    ["Gitea act_runner", { GITEA_ACTIONS: "true", GITHUB_SERVER_URL: "https://gitea.example.com" }, "forgejo"],
    ["Forgejo flag spelt 1", { FORGEJO_ACTIONS: "1" }, "forgejo"],
    // As recorded by Forgejo 12 (forgejo/docs actions-contexts): API /api/v1, empty GraphQL URL.
    ["Forgejo by its URLs alone", { GITHUB_ACTIONS: "true", GITHUB_SERVER_URL: "http://10.48.21.232:3000", GITHUB_API_URL: "http://10.48.21.232:3000/api/v1", GITHUB_GRAPHQL_URL: "" }, "forgejo"],
    ["another host with no API URL", { GITHUB_SERVER_URL: "https://git.example.org/" }, "forgejo"],
    ["a look-alike of github.com", { GITHUB_SERVER_URL: "https://github.com.evil.example", GITHUB_API_URL: "https://github.com.evil.example/api/v1" }, "forgejo"],
    ["flags explicitly off", { FORGEJO_ACTIONS: "false", GITEA_ACTIONS: "0", GITHUB_SERVER_URL: "https://github.com" }, "github"],
    ["flags empty", { FORGEJO_ACTIONS: "", GITEA_ACTIONS: " ", GITHUB_SERVER_URL: "https://github.com" }, "github"],
    ["GITHUB_ACTIONS alone", { GITHUB_ACTIONS: "true" }, "github"],
    ["an unparsable server URL", { GITHUB_SERVER_URL: "not a url" }, "github"],
  ] as const)("%s", (_name, env, expected) => {
    expect(detectForge({ ...env })).toBe(expected);
  });
});
