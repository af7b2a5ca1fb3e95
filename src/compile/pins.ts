import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isPair, isScalar, Scalar, visit, type Document } from "yaml";
import { parseYamlSource, positionOf } from "../blueprint/yaml-source.js";
import type { Problem } from "../util/problem.js";

/**
 * Pinned actions: `crustyclaw pin` resolves every action reference the compiler emits
 * (`owner/repo@v4`, Forgejo's `https://host/owner/repo/path@v1`) to the commit it names
 * today and commits that in PINS_PATH; compile then writes `owner/repo@<sha> # v4`. A tag
 * can be moved to other code at any time, a commit cannot.
 */
export const PINS_PATH = ".crustyclaw/pins.yml";

const SHA = /^[0-9a-f]{40}$/;

/** An action reference split into the repository it comes from and the ref it names. */
export interface ActionRef {
  /** The pin file's key: `owner/repo@ref` or `https://host/owner/repo@ref` (any path inside the repository dropped). */
  key: string;
  /** `https://host` for a full-URL reference (Forgejo, Gitea); undefined for a short name. */
  origin?: string;
  owner: string;
  repo: string;
  ref: string;
}

/** The repository and ref of a `uses:` value; undefined for local (`./`) and `docker://` actions, which name no commit. */
export function actionRef(uses: string): ActionRef | undefined {
  const at = uses.lastIndexOf("@");
  if (at < 0 || uses.startsWith("./") || uses.startsWith("docker://")) return undefined;
  const name = uses.slice(0, at);
  const ref = uses.slice(at + 1);
  let origin: string | undefined;
  let rest = name;
  const url = /^(https?:\/\/[^/]+)\/(.*)$/.exec(name);
  if (url) {
    origin = url[1]!;
    rest = url[2]!;
  }
  const [owner, repo] = rest.split("/");
  if (!owner || !repo || !ref) return undefined;
  return { key: `${origin ? `${origin}/` : ""}${owner}/${repo}@${ref}`, ...(origin ? { origin } : {}), owner, repo, ref };
}

/** Key → commit, as read from the pin file. */
export type Pins = ReadonlyMap<string, string>;

export interface PinFile {
  /** Undefined when the repository has no pin file. */
  pins?: Pins;
  problems: Problem[];
}

/** Read PINS_PATH under `root`: no file is no pins, a broken file is problems (file:line:column). */
export function readPins(root: string): PinFile {
  const abs = path.join(root, PINS_PATH);
  if (!existsSync(abs)) return { problems: [] };
  return parsePins(PINS_PATH, readFileSync(abs, "utf8"));
}

export function parsePins(file: string, text: string): PinFile {
  const { source, problems } = parseYamlSource(file, text);
  if (!source) return { problems };
  const at = (p: (string | number)[], preferKey = false) => positionOf(source, p, preferKey);
  const hint = "run `npx crustyclaw pin` to write the file anew";
  const data = source.data;
  const actions = data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>).actions : undefined;
  const extra = data && typeof data === "object" && !Array.isArray(data) ? Object.keys(data).filter((k) => k !== "actions") : [];
  const out: Problem[] = [];
  for (const k of extra) out.push({ file, ...at([k], true), message: `unknown key '${k}'; the pin file has only 'actions'`, hint, code: "unknown-key" });
  if (actions === undefined || actions === null || typeof actions !== "object" || Array.isArray(actions)) {
    out.push({ file, ...at(["actions"]), message: "'actions' must be a mapping of action references (owner/repo@ref) to commit SHAs", hint, code: "pins" });
    return { problems: out };
  }
  const pins = new Map<string, string>();
  for (const [key, sha] of Object.entries(actions as Record<string, unknown>)) {
    const ref = actionRef(key);
    if (!ref || ref.key !== key) {
      out.push({ file, ...at(["actions", key], true), message: `'${key}' is not an action reference`, hint: "keys are owner/repo@ref or https://host/owner/repo@ref", code: "pins" });
    } else if (typeof sha !== "string" || !SHA.test(sha)) {
      out.push({ file, ...at(["actions", key]), message: `'${key}' must map to a full 40-character commit SHA, not ${JSON.stringify(sha)}`, hint, code: "pins" });
    } else {
      pins.set(key, sha);
    }
  }
  return out.length > 0 ? { problems: out } : { pins, problems: [] };
}

/** The pin file's text: sorted, with a header saying where it came from. */
export function formatPins(pins: Pins): string {
  const lines = [
    "# Written by `crustyclaw pin`: the commit each action reference the compiled workflows use",
    "# resolved to. `crustyclaw compile` emits these commits; `crustyclaw check` fails when an",
    "# emitted action is missing here. Run `crustyclaw pin` again to move to newer commits.",
    "actions:",
    ...[...pins].sort(([a], [b]) => a.localeCompare(b)).map(([key, sha]) => `  ${JSON.stringify(key)}: ${sha}`),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * Every `uses:` in a workflow document, in order. With `pins`, each reference the pins
 * cover is rewritten in place to its commit, the ref it stood for kept as a comment
 * (`actions/checkout@<sha> # v4`). Returned: every reference, pinned or not, and the pin-file
 * keys (owner/repo@ref) of those left as tags.
 */
export function pinUses(doc: Document, pins?: Pins): { uses: string[]; unpinned: string[] } {
  const uses: string[] = [];
  const unpinned: string[] = [];
  visit(doc, {
    Pair(_, pair, ancestors) {
      if (!isScalar(pair.key) || pair.key.value !== "uses" || !isScalar(pair.value) || typeof pair.value.value !== "string") return;
      // A step's `uses:` (… steps: [ { uses } ]), not a key of that name in `with:` or `env:`.
      const owner = ancestors.at(-3);
      if (!isPair(owner) || !isScalar(owner.key) || owner.key.value !== "steps") return;
      const value = pair.value.value;
      const ref = actionRef(value);
      if (!ref || SHA.test(ref.ref)) return;
      uses.push(value);
      const sha = pins?.get(ref.key);
      if (!sha) {
        if (!unpinned.includes(ref.key)) unpinned.push(ref.key);
        return;
      }
      const pinned = new Scalar(`${value.slice(0, value.lastIndexOf("@"))}@${sha}`);
      pinned.comment = ` ${ref.ref}`;
      pair.value = pinned;
    },
  });
  return { uses, unpinned };
}
