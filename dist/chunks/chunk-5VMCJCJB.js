import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);

// src/policy/secrets.ts
var PATTERNS = [
  { name: "GitHub token", re: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36,255}\b/g },
  { name: "GitHub fine-grained token", re: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g },
  { name: "AWS access key", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { name: "private key", re: /-----BEGIN (?:[A-Z ]+ )?PRIVATE KEY-----[\s\S]*?-----END (?:[A-Z ]+ )?PRIVATE KEY-----/g },
  { name: "Slack token", re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
  { name: "OpenAI key", re: /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/g },
  { name: "Anthropic key", re: /\bsk-ant-[A-Za-z0-9_-]{32,}\b/g },
  { name: "Google API key", re: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { name: "npm token", re: /\bnpm_[A-Za-z0-9]{36}\b/g }
];
function findSecrets(text, known = []) {
  const out = [];
  const lineOf = (index) => text.slice(0, index).split("\n").length;
  for (const { name, re } of PATTERNS) {
    for (const m of text.matchAll(re)) out.push({ name, line: lineOf(m.index ?? 0) });
  }
  for (const value of known) {
    if (value.length < 6) continue;
    let i = text.indexOf(value);
    while (i >= 0) {
      out.push({ name: "a secret of this job", line: lineOf(i) });
      i = text.indexOf(value, i + value.length);
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
function redact(text, known = []) {
  let out = text;
  for (const value of [...known].filter((v) => v.length >= 6).sort((a, b) => b.length - a.length)) out = out.split(value).join("***");
  for (const { re } of PATTERNS) out = out.replace(re, "***");
  return out;
}

export {
  findSecrets,
  redact
};
