// ESLint (flat config): typescript-eslint's recommended rules, and the layers of src/ as
// import rules. `npm test` runs it; test/lint.test.ts checks that a violation fails.
import tseslint from "typescript-eslint";

/** `no-restricted-imports` patterns: what a folder may not import, and why. */
const layer = (files, groups) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns: groups.map(([group, message]) => ({ group, message })) }] },
});

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "src/generated/**", "coverage/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (destructuring a value away).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  // Tests read JSON answers loosely: the shapes are what is under test.
  { files: ["test/**"], rules: { "@typescript-eslint/no-explicit-any": "off" } },
  // Run-time code (what the actions run) never loads the compiler: it writes workflows, and
  // would ship inside every action. What both need about a blueprint's runs is in pipeline/.
  layer(
    ["src/stages/**", "src/actions/**", "src/agent/**", "src/context/**", "src/policy/**", "src/forge/**", "src/pipeline/**", "src/outcomes/**", "src/notify/**", "src/observe/**"],
    [[["**/compile/*", "**/cli/*"], "run-time code must not import the compiler or the CLI; shared run facts live in src/pipeline/"]],
  ),
  // An agent's tools act on the workspace; the pipeline's stages are not theirs to reach.
  layer(["src/agent/tools/**"], [[["**/stages/*", "**/actions/*"], "agent tools must not import stages or actions"]]),
  // Context (repo map, instructions) feeds agents; it does not depend on them.
  layer(["src/context/**"], [[["**/agent/*", "**/agent/**"], "context must not import agent code; shared helpers belong in context/ or util/"]]),
  // The outcome store and its report are data and git: they know nothing of the pipeline that writes the records.
  layer(
    ["src/outcomes/**", "src/report/**"],
    [[["**/stages/*", "**/actions/*", "**/agent/*", "**/compile/*", "**/cli/*", "**/forge/*"], "outcomes/ and report/ read and write records only; the pipeline builds them (stages/outcome.ts)"]],
  ),
  // Spans and structured log lines: the pipeline reports through them, they know nothing of it.
  layer(["src/observe/**"], [[["**/stages/*", "**/actions/*", "**/agent/*", "**/outcomes/*", "**/forge/*", "**/policy/*"], "observe/ only sends spans and writes log lines; callers pass what to report"]]),
  // Helpers stand alone.
  layer(["src/util/**"], [[["../*", "!./*"], "util/ imports nothing else of CrustyClaw"]]),
);
