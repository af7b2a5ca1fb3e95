import { readFileSync } from "node:fs";
import path from "node:path";
import { schemaProblems } from "../../blueprint/schema-errors.js";
import * as validators from "../../generated/validators.js";
import { parseYamlSource } from "../../blueprint/yaml-source.js";
import { ProblemError, type Problem } from "../../util/problem.js";
import { ProviderError, type ModelRequest, type ModelTurn, type Provider } from "../types.js";
import type { NodeScripts, Script, ScriptTurn } from "./scripted-schema.js";
import { toolCallFrom } from "./tool-args.js";


/**
 * Parse and validate a script (YAML, or JSON, which is YAML): one script, or one per
 * node under `nodes:`. Problems name the node and turn and their line:column; they are
 * thrown together as a ProblemError.
 */
export function parseScript(file: string, text: string): Script | NodeScripts {
  const { source, problems } = parseYamlSource(file, text);
  if (!source || problems.length > 0) throw new ProblemError(problems);
  const perNode = typeof source.data === "object" && source.data !== null && "nodes" in source.data;
  const validate = perNode ? validators.nodeScripts : validators.script;
  if (validate(source.data)) return source.data as Script | NodeScripts;
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const e of validate.errors ?? []) {
    const where = /^(?:\/nodes\/([^/]+))?\/turns\/(\d+)(\/|$)/.exec(e.instancePath);
    for (const p of schemaProblems(source, [e])) {
      const prefix = where ? `${where[1] ? `node ${where[1]}, ` : ""}turn ${Number(where[2]) + 1}: ` : "";
      const problem = { ...p, message: `${prefix}${p.message}` };
      const key = `${problem.line}:${problem.column}:${problem.message}`;
      if (!seen.has(key)) out.push(problem);
      seen.add(key);
    }
  }
  throw new ProblemError(out);
}

export function loadScript(file: string, cwd = process.cwd()): Script | NodeScripts {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ProblemError([
      { file, line: 0, column: 0, code: "unreadable", message: code === "ENOENT" ? "scripted model file not found" : `cannot read the scripted model file (${code ?? (err as Error).message})` },
    ]);
  }
  return parseScript(file, text);
}

/**
 * A model that replays a script: one turn per call, in order. For tests and demos
 * (`scripted:path/to/turns.yml`), with the same Provider interface as the real
 * ones. It keeps the requests it was given so tests can look at them.
 */
export class ScriptedProvider implements Provider {
  readonly id: string;
  readonly requests: ModelRequest[] = [];
  private next = 0;

  constructor(
    private readonly script: Script,
    private readonly file: string,
  ) {
    this.id = `scripted/${file}`;
  }

  /** Turns not yet replayed. */
  get remaining(): number {
    return this.script.turns.length - this.next;
  }

  async complete(req: ModelRequest): Promise<ModelTurn> {
    req.signal?.throwIfAborted();
    // The loop keeps appending to its messages array: keep what was sent at this call.
    this.requests.push({ ...req, messages: [...req.messages] });
    const n = this.next;
    const turn: ScriptTurn | undefined = this.script.turns[n];
    if (!turn) {
      const count = this.script.turns.length;
      throw new ProviderError(
        `scripted model ${this.file} has no turn ${n + 1}: its ${count} turn${count === 1 ? " is" : "s are"} used up. Add turns to the script, or end it with a turn that finishes the task.`,
        "bad_response",
      );
    }
    this.next++;
    if (turn.error) throw new ProviderError(`scripted model ${this.file}, turn ${n + 1}: ${turn.error.message}`, turn.error.kind);
    const toolCalls = (turn.tool_calls ?? []).map((c, i) =>
      toolCallFrom(c.id ?? `call_${n + 1}_${i + 1}`, c.name, typeof c.arguments === "string" ? c.arguments : JSON.stringify(c.arguments ?? {})),
    );
    return {
      content: turn.content ?? "",
      toolCalls,
      usage: { inputTokens: turn.usage?.input_tokens ?? 0, outputTokens: turn.usage?.output_tokens ?? 0 },
      stop: turn.stop ?? (toolCalls.length > 0 ? "tool_use" : "end"),
      model: this.script.model ?? "scripted",
    };
  }
}

/**
 * A scripted model from a file: its turns, or, for a file of per-node scripts, those of
 * `node`, so one `scripted:` spec serves every agent of a pipeline. A fan-out job asks for
 * `<node>.<task>` and gets the node's script when there is none for its task.
 */
export function createScriptedProvider(file: string, cwd = process.cwd(), node?: string): ScriptedProvider {
  const script = loadScript(file, cwd);
  if (!("nodes" in script)) return new ScriptedProvider(script, file);
  const mine = node !== undefined ? (script.nodes[node] ?? script.nodes[node.split(".")[0]!]) : undefined;
  if (!mine) {
    const known = Object.keys(script.nodes).join(", ");
    throw new ProblemError([{ file, line: 0, column: 0, code: "no-node", message: node ? `no scripted turns for node '${node}' (the file has: ${known})` : `the file holds scripts per node (${known}); name the node` }]);
  }
  return new ScriptedProvider(mine, `${file}#${node}`);
}
