// Bundle each entry point with ncc into dist/<name>/index.js. dist/ is committed:
// actions run it directly, and CI fails when it differs from a fresh build.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const entries = {
  cli: "src/cli/index.ts",
  all: "src/actions/all.ts",
  route: "src/actions/route.ts",
  plan: "src/actions/plan.ts",
  execute: "src/actions/execute.ts",
  review: "src/actions/review.ts",
  feedback: "src/actions/feedback.ts",
};

const only = process.argv.slice(2);
for (const [name, entry] of Object.entries(entries)) {
  if (only.length && !only.includes(name)) continue;
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    ["node_modules/@vercel/ncc/dist/ncc/cli.js", "build", entry, "-o", out, "--license", "licenses.txt", "--quiet", "--target", "es2022"],
    { stdio: "inherit" },
  );
}

// The repo map's tree-sitter files (src/context/repomap.ts), once for all bundles: each
// dist/<name>/index.js finds them in ../grammars. Copied on every build, whichever entries
// were rebuilt. Keep the list in step with GRAMMAR_FILES there (a test checks).
const GRAMMAR_SOURCE = "node_modules/@vscode/tree-sitter-wasm";
const RUNTIME_SOURCE = "node_modules/web-tree-sitter";
const grammars = {
  [GRAMMAR_SOURCE]: [
    "tree-sitter-typescript.wasm",
    "tree-sitter-tsx.wasm",
    "tree-sitter-javascript.wasm",
    "tree-sitter-python.wasm",
    "tree-sitter-go.wasm",
    "tree-sitter-rust.wasm",
    "tree-sitter-java.wasm",
  ].map((f) => `wasm/${f}`),
  // The CommonJS build is loaded at run time, not bundled: see runtimeFiles() in repomap.ts.
  [RUNTIME_SOURCE]: ["web-tree-sitter.wasm", "web-tree-sitter.cjs"],
};
const version = (pkg) => JSON.parse(readFileSync(`${pkg}/package.json`, "utf8")).version;
rmSync("dist/grammars", { recursive: true, force: true });
mkdirSync("dist/grammars", { recursive: true });
for (const [pkg, files] of Object.entries(grammars)) {
  for (const f of files) copyFileSync(`${pkg}/${f}`, `dist/grammars/${f.split("/").pop()}`);
}
copyFileSync(`${GRAMMAR_SOURCE}/LICENSE`, "dist/grammars/LICENSE.tree-sitter-wasm");
copyFileSync(`${RUNTIME_SOURCE}/LICENSE`, "dist/grammars/LICENSE.web-tree-sitter");
// The repo map's cache is keyed by these versions; a cache from other grammars is ignored.
const versions = { "@vscode/tree-sitter-wasm": version(GRAMMAR_SOURCE), "web-tree-sitter": version(RUNTIME_SOURCE) };
writeFileSync("dist/grammars/versions.json", `${JSON.stringify(versions, null, 2)}\n`);
