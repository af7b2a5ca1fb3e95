import { createRequire as __crustyclawRequire } from 'node:module'; const require = __crustyclawRequire(import.meta.url);

// src/util/unified-diff.ts
var HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseUnifiedDiff(text) {
  const files = /* @__PURE__ */ new Map();
  let oldPath;
  let file;
  let oldLine = 0;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of text.split("\n")) {
    if (oldLeft > 0 || newLeft > 0) {
      if (!file) break;
      const added = line.startsWith("+");
      const removed = line.startsWith("-");
      const context = line.startsWith(" ") || line === "";
      if (added || context) {
        file.right.add(newLine++);
        newLeft--;
      }
      if (removed || context) {
        file.left.add(oldLine++);
        oldLeft--;
      }
      continue;
    }
    const hunk = HUNK.exec(line);
    if (hunk && file) {
      oldLine = Number(hunk[1]);
      oldLeft = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      newLine = Number(hunk[3]);
      newLeft = hunk[4] === void 0 ? 1 : Number(hunk[4]);
    } else if (line.startsWith("diff --git ")) {
      file = void 0;
      oldPath = void 0;
    } else if (line.startsWith("--- ")) {
      oldPath = headerPath(line.slice(4), "a/");
    } else if (line.startsWith("+++ ")) {
      const path = headerPath(line.slice(4), "b/") ?? oldPath;
      if (path === void 0) continue;
      file = files.get(path) ?? { path, right: /* @__PURE__ */ new Set(), left: /* @__PURE__ */ new Set() };
      files.set(path, file);
    }
  }
  return files;
}
function headerPath(raw, prefix) {
  const name = raw.endsWith("	") ? raw.slice(0, -1) : raw;
  if (name === "/dev/null") return void 0;
  const path = name.startsWith('"') ? unquote(name) : name;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquote(quoted) {
  const bytes = [];
  const body = quoted.slice(1, quoted.endsWith('"') ? -1 : void 0);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const next = body[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8) & 255);
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

export {
  parseUnifiedDiff
};
