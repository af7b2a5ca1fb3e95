import { defineConfig } from "vitest/config";

export default defineConfig({
  // The inlined package ships source maps that point at sources it does not ship; Vite warns per file.
  logLevel: "error",
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    server: {
      deps: {
        // Imports its JSON schema without an import attribute, which Node refuses: let Vite load it.
        inline: [/@actions\/workflow-parser/],
      },
    },
  },
});
