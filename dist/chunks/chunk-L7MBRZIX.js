import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);
import {
  ID_PATTERN,
  STAGES,
  nodeResult
} from "./chunk-V4AWPB5G.js";

// src/stages/results.ts
import { existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
var MAX_RESULT_BYTES = 1024 * 1024;
var MAX_PATCH_BYTES = 64 * 1024 * 1024;
var text = (max) => ({ type: "string", maxLength: max });
var NODE_RESULT_SCHEMA = {
  $id: "https://crustyclaw.dev/schema/node-result.json",
  title: "CrustyClaw node result",
  type: "object",
  additionalProperties: false,
  required: ["node", "stage", "kind", "status", "exitCode", "timedOut", "durationMs", "output"],
  properties: {
    node: { type: "string", pattern: ID_PATTERN },
    stage: { enum: STAGES },
    kind: { enum: ["run", "agent"] },
    status: { enum: ["done", "failed"] },
    exitCode: { type: ["integer", "null"] },
    timedOut: { type: "boolean" },
    durationMs: { type: "number", minimum: 0 },
    output: text(256 * 1024),
    summary: text(64 * 1024),
    result: { type: "object" },
    escalation: text(16 * 1024),
    warnings: { type: "array", maxItems: 50, items: text(2e3) },
    usage: {
      type: "object",
      additionalProperties: false,
      required: ["turns", "inputTokens", "outputTokens", "usd", "priced"],
      properties: {
        turns: { type: "integer", minimum: 0 },
        inputTokens: { type: "integer", minimum: 0 },
        outputTokens: { type: "integer", minimum: 0 },
        usd: { type: "number", minimum: 0 },
        priced: { type: "boolean" }
      }
    }
  }
};
function loadResults(inDir, expected) {
  const jobs = [];
  const problems = [];
  if (!inDir || !existsSync(inDir)) return { jobs, problems };
  for (const name of readdirSync(inDir).sort()) {
    const dir = path.join(inDir, name);
    const job = /^crustyclaw-([a-z][a-z0-9-]*)$/.exec(name)?.[1];
    if (!job || expected && !expected.has(job)) {
      problems.push(`results directory '${printable(name)}' belongs to no job of this blueprint`);
      continue;
    }
    if (!lstatSync(dir).isDirectory()) {
      problems.push(`results of job '${job}' are not a directory`);
      continue;
    }
    const read = readJobDir(dir, name, expected?.get(job));
    problems.push(...read.problems);
    jobs.push({ job, results: read.results, ...read.patch ? { patch: read.patch } : {} });
  }
  return { jobs, problems };
}
function readJobDir(dir, label, own) {
  const problems = [];
  const results = [];
  const nodesDir = path.join(dir, "nodes");
  if (existsSync(nodesDir)) {
    for (const file of readdirSync(nodesDir).sort()) {
      const where = `${label}/nodes/${printable(file)}`;
      const r = readResult(path.join(nodesDir, file), where);
      if (typeof r === "string") problems.push(r);
      else if (`${r.node}.json` !== file) problems.push(`${where} holds the result of node '${r.node}', not of the node its name says`);
      else if (own && !own.includes(r.node)) problems.push(`${where}: node '${r.node}' does not run in that job`);
      else results.push(r);
    }
  }
  const patchFile = path.join(dir, "changes.patch");
  let patch;
  if (existsSync(patchFile)) {
    const st = lstatSync(patchFile);
    if (!st.isFile()) problems.push(`${label}/changes.patch is not a regular file`);
    else if (st.size > MAX_PATCH_BYTES) problems.push(`${label}/changes.patch is ${st.size} bytes; the limit is ${MAX_PATCH_BYTES}`);
    else if (st.size > 0) patch = patchFile;
  }
  return { results, ...patch ? { patch } : {}, problems };
}
function readResult(file, where) {
  const st = lstatSync(file);
  if (!st.isFile()) return `${where} is not a regular file`;
  if (st.size > MAX_RESULT_BYTES) return `${where} is ${st.size} bytes; a node result may be at most ${MAX_RESULT_BYTES}`;
  let value;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    return `${where} is not JSON (${err.message.slice(0, 200)})`;
  }
  const validate = nodeResult;
  if (!validate(value)) {
    const e = validate.errors?.[0];
    return `${where} is not a node result: ${e?.instancePath || "(root)"} ${e?.message ?? "is invalid"}`;
  }
  return value;
}
function printable(name) {
  return JSON.stringify(name.slice(0, 100)).slice(1, -1).replace(/[`<>@[\]]/g, "_");
}

export {
  loadResults,
  readJobDir
};
