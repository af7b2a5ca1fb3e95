import { defineConfig } from "vitest/config";

export default defineConfig({
  // The inlined package ships source maps that point at sources it does not ship; Vite warns per file.
  logLevel: "error",
  test: {
    include: ["test/**/*.test.ts"],
    // Scenarios run several workflow runs of several jobs each; on a busy 2-core machine (the outcome store's
    // 100-process test loads it for minutes) the longest take two.
    testTimeout: 240_000,
    // Setting up starts forges and pushes with git, which on that machine can take longer than vitest's 10 s too.
    hookTimeout: 120_000,
    // Most of the time goes to waiting on child processes (jobs, git, the bundled actions),
    // not CPU: more files at once than cores keeps the machine busy. Vitest would use one
    // worker on a 2-core machine.
    maxWorkers: 3,
    // Test files share a worker's module cache instead of each importing src/ afresh
    // (about a tenth of the suite's time). Tests keep no state in modules between files.
    isolate: false,
    server: {
      deps: {
        // Imports its JSON schema without an import attribute, which Node refuses: let Vite load it.
        inline: [/@actions\/workflow-parser/],
      },
    },
  },
});
