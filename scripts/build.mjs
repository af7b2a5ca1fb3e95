// Bundle every entry point with esbuild into dist/<name>/index.js, sharing code through
// dist/chunks/ (code splitting: the stage actions are the same program but for their
// entry). dist/ is committed: actions run it directly, and CI fails when it differs from
// a fresh build. Type checking is `npm test`'s job (tsc), not the bundler's.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const entries = {
  "cli/index": "src/cli/index.ts",
  "all/index": "src/actions/all.ts",
  "route/index": "src/actions/route.ts",
  "plan/index": "src/actions/plan.ts",
  "execute/index": "src/actions/execute.ts",
  "review/index": "src/actions/review.ts",
  "feedback/index": "src/actions/feedback.ts",
};

for (const name of [...Object.keys(entries).map((e) => e.split("/")[0]), "chunks"]) rmSync(`dist/${name}`, { recursive: true, force: true });
rmSync("dist/licenses.txt", { force: true });

// @actions/core's OIDC client and platform details are never called by CrustyClaw, and
// they pull in @actions/http-client with undici (0.9 MB, ~90 ms of every action's start)
// and @actions/exec. Both are replaced by stubs that say so if anything ever calls them.
const unusedCoreParts = {
  name: "unused-actions-core-parts",
  setup(b) {
    b.onResolve({ filter: /^\.\/(oidc-utils|platform)\.js$/ }, (args) =>
      /node_modules\/@actions\/core\//.test(args.importer) ? { path: args.path, namespace: "crustyclaw-stub" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "crustyclaw-stub" }, (args) => ({
      contents: args.path.includes("oidc")
        ? "export class OidcClient { static async getIDToken() { throw new Error('OIDC tokens are not available to CrustyClaw actions'); } }"
        : "export const getDetails = async () => { throw new Error('platform details are not available to CrustyClaw actions'); };",
      loader: "js",
    }));
  },
};

const result = await build({
  plugins: [unusedCoreParts],
  entryPoints: entries,
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunks/[name]-[hash]",
  legalComments: "none",
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: "warning",
  // Dependencies written as CommonJS call require() for Node's own modules; ES module output has none.
  banner: { js: "import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);" },
});

// One license file for everything bundled: each package's name, version, license and text.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (!m || packages.has(m[1])) continue;
  const pkgFile = path.join(m[1], "package.json");
  if (!existsSync(pkgFile)) continue;
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8"));
  const licenseFile = ["LICENSE", "LICENSE.md", "LICENSE.txt", "license", "LICENCE", "COPYING"].map((f) => path.join(m[1], f)).find((f) => existsSync(f));
  packages.set(m[1], `${pkg.name}@${pkg.version}\n${typeof pkg.license === "string" ? pkg.license : JSON.stringify(pkg.license ?? "UNKNOWN")}\n${licenseFile ? readFileSync(licenseFile, "utf8").trim() : ""}`);
}
writeFileSync("dist/licenses.txt", `${[...packages.values()].sort().join("\n\n----\n\n")}\n`);

// The repo map's tree-sitter files (src/context/repomap/), once for all bundles: each
// dist/<name>/index.js finds them in ../grammars. Keep the list in step with GRAMMAR_FILES
// there (a test checks).
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
  // The CommonJS build is loaded at run time, not bundled: see runtimeFiles() in src/context/repomap/grammars.ts.
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
