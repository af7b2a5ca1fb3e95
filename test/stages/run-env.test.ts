import { describe, expect, it } from "vitest";
import { readRunEnv } from "../../src/stages/env.js";

const base = {
  GITHUB_SERVER_URL: "https://forge.example/",
  GITHUB_REPOSITORY: "acme/app",
  GITHUB_WORKSPACE: "/w",
  GITHUB_EVENT_NAME: "issues",
  GITHUB_EVENT_PATH: "/e.json",
  GITHUB_API_URL: "https://forge.example/api/v1",
  GITHUB_SHA: "a".repeat(40),
  GITHUB_RUN_ID: "9041",
  GITHUB_RUN_NUMBER: "17",
};

describe("the run's link", () => {
  it("names the run by id on GitHub and by its index in the repository on Forgejo, as their run pages want", () => {
    expect(readRunEnv({ ...base, GITHUB_SERVER_URL: "https://github.com" }).runUrl).toBe("https://github.com/acme/app/actions/runs/9041");
    expect(readRunEnv({ ...base, FORGEJO_ACTIONS: "true" }).runUrl).toBe("https://forge.example/acme/app/actions/runs/17");
  });
});
