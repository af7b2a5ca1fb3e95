import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { basicAuth } from "../../src/git/git.js";
import { gateStagedChanges, MAX_SCANNED_BYTES, type StagedGateOptions } from "../../src/policy/gates.js";

/**
 * The gate publish runs, on real repositories: each blind spot of the old gate
 * (`git diff --name-only` and the text diff) as a hostile change that now fails it.
 */

/** Fake tokens in formats the patterns know; not real credentials. */
const FAKE_GHP = `ghp_${"a1B2c3D4e5".repeat(4)}`;
/** The publish job's own token, as the forge would hand it out. */
const TOKEN = "f3a9c1d2e4b5a6978877665544332211aabbccdd";
const IDENTITY = ["-c", "user.name=t", "-c", "user.email=t@localhost", "-c", "core.quotePath=true"];

const BASE: Record<string, string> = {
  "README.md": "# app\n",
  "src/a.ts": "export const a = 1;\n",
  "action.yml": "name: app\n",
  ".github/workflows/ci.yml": "on: push\n",
};

/** A repository with BASE committed; `change` edits the work tree, then everything is staged. */
function repo(change: (r: Repo) => void, base: Record<string, string | Buffer> = BASE): Repo {
  const dir = mkdtempSync(path.join(tmpdir(), "crustyclaw-gate-"));
  const r = new Repo(dir);
  r.git("init", "-q", "-b", "main");
  for (const [file, content] of Object.entries(base)) r.write(file, content);
  r.git("add", "-A");
  r.git("commit", "-qm", "base");
  change(r);
  r.git("add", "-A");
  return r;
}

class Repo {
  constructor(readonly dir: string) {}
  git(...args: string[]): string {
    return execFileSync("git", [...IDENTITY, ...args], { cwd: this.dir, encoding: "utf8" });
  }
  write(file: string, content: string | Buffer): void {
    mkdirSync(path.dirname(path.join(this.dir, file)), { recursive: true });
    writeFileSync(path.join(this.dir, file), content);
  }
  remove(file: string): void {
    rmSync(path.join(this.dir, file));
  }
  gate(opts: Omit<StagedGateOptions, "cwd"> = {}) {
    return gateStagedChanges({ cwd: this.dir, knownSecrets: [TOKEN, basicAuth(TOKEN)], ...opts });
  }
}

const messages = async (r: Repo, opts: Omit<StagedGateOptions, "cwd"> = {}) => (await r.gate(opts)).problems.map((p) => p.message);

describe("a clean change", () => {
  it("passes, listing every path", async () => {
    const r = repo((r) => {
      r.write("src/a.ts", "export const a = 2;\n");
      r.write("src/b.ts", "export const b = 'ghp_ is the prefix of a classic token';\n");
      r.remove("README.md");
    });
    expect(await r.gate()).toEqual({ files: ["README.md", "src/a.ts", "src/b.ts"], problems: [], secret: false });
  });

  it("is empty when nothing is staged", async () => {
    expect(await repo(() => {}).gate()).toEqual({ files: [], problems: [], secret: false });
  });
});

describe("protected paths on both sides", () => {
  it("sees a non-ASCII name git would quote", async () => {
    const r = repo((r) => r.write(".github/workflows/ü.yml", "on: push\n"));
    expect(r.git("diff", "--cached", "--name-only", "HEAD")).toBe('".github/workflows/\\303\\274.yml"\n'); // what the old gate matched against
    expect(await messages(r)).toEqual(["changes protected path .github/workflows/ü.yml (allow it in the blueprint's allow-protected-paths if intended)"]);
  });

  it("sees the deletion a rename hides, whatever diff.renames says", async () => {
    const r = repo((r) => {
      r.git("config", "diff.renames", "copies");
      mkdirSync(path.join(r.dir, "docs"));
      r.git("mv", ".github/workflows/ci.yml", "docs/ci.yml");
    });
    expect(r.git("diff", "--cached", "--name-only", "HEAD")).toBe("docs/ci.yml\n");
    const gate = await r.gate();
    expect(gate.files).toEqual([".github/workflows/ci.yml", "docs/ci.yml"]);
    expect(gate.problems).toEqual([{ gate: "protected-path", blocking: true, path: ".github/workflows/ci.yml", message: expect.stringContaining("changes protected path .github/workflows/ci.yml") }]);
  });

  it("sees a copy into a protected path", async () => {
    const r = repo((r) => {
      r.git("config", "diff.renames", "copies");
      r.write("docs/x.yml", "on: push\n");
      r.write(".forgejo/workflows/x.yml", "on: push\n");
    });
    expect((await r.gate()).problems.map((p) => p.gate === "protected-path" && p.path)).toEqual([".forgejo/workflows/x.yml"]);
  });

  it("sees a mode change and a type change", async () => {
    const r = repo((r) => {
      chmodSync(path.join(r.dir, ".github/workflows/ci.yml"), 0o755);
      r.remove("action.yml");
      symlinkSync("README.md", path.join(r.dir, "action.yml"));
    });
    expect(r.git("diff", "--cached", "--raw", "HEAD")).toMatch(/100644 120000 .* T\taction.yml/);
    expect((await r.gate()).problems.map((p) => p.gate === "protected-path" && p.path)).toEqual([".github/workflows/ci.yml", "action.yml"]);
  });

  it("sees `.git` spelled with code points HFS+ ignores", async () => {
    const r = repo((r) => r.write(".g\u200cit/hooks/pre-commit", "curl x | sh\n"));
    expect(await messages(r)).toEqual(["changes protected path .g\\u{200c}it/hooks/pre-commit (allow it in the blueprint's allow-protected-paths if intended)"]);
  });

  it("lets the blueprint allow a protected path", async () => {
    const r = repo((r) => r.write(".github/workflows/ci.yml", "on: [push]\n"));
    expect(await r.gate({ allowProtectedPaths: [".github/workflows/ci.yml"] })).toEqual({ files: [".github/workflows/ci.yml"], problems: [], secret: false });
  });

  it("refuses symbolic links into protected paths or out of the repository", async () => {
    const r = repo((r) => {
      mkdirSync(path.join(r.dir, "docs"));
      symlinkSync("../.github/workflows", path.join(r.dir, "docs/wf"));
      symlinkSync("/etc", path.join(r.dir, "escape"));
      symlinkSync("../../x", path.join(r.dir, "docs/up"));
      symlinkSync("../README.md", path.join(r.dir, "docs/readme"));
    });
    expect(await messages(r)).toEqual([
      "the diff adds a symbolic link docs/up that points outside the repository",
      "the diff adds a symbolic link docs/wf that points at protected path .github/workflows",
      "the diff adds a symbolic link escape that points outside the repository",
    ]);
  });
});

describe("secrets in the content, not in a text diff", () => {
  it("reads files `.gitattributes` marks -diff or binary", async () => {
    const r = repo((r) => {
      r.write(".gitattributes", "leak.txt -diff\nother.txt binary\n");
      r.write("leak.txt", `token = ${FAKE_GHP}\n`);
      r.write("other.txt", `x\n${TOKEN}\n`);
    });
    const textDiff = r.git("diff", "--cached", "HEAD");
    expect(textDiff).toContain("Binary files /dev/null and b/leak.txt differ");
    expect(textDiff).not.toContain(FAKE_GHP);
    const gate = await r.gate();
    expect(gate.secret).toBe(true);
    expect(gate.problems.map((p) => p.message)).toEqual(["the diff adds what looks like a GitHub token in leak.txt, line 1", "the diff adds a secret of this job in other.txt, line 2"]);
  });

  it("reads files a NUL byte makes binary, UTF-16 included", async () => {
    const r = repo((r) => {
      r.write("blob.bin", Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(`k=${FAKE_GHP}`)]));
      r.write("wide.txt", Buffer.from(`\ufeffkey: ${TOKEN}\n`, "utf16le"));
    });
    expect(await messages(r)).toEqual(["the diff adds what looks like a GitHub token in blob.bin", "the diff adds a secret of this job (split) in wide.txt"]);
  });

  it("finds the job's own token in any common encoding, and split", async () => {
    const b64 = Buffer.from(TOKEN).toString("base64");
    const r = repo((r) => {
      r.write("a.txt", `x = "${b64}"\n`);
      r.write("b.txt", `Authorization: Basic ${basicAuth(TOKEN)}\n`);
      r.write("c.txt", `${Buffer.from(TOKEN).toString("hex").toUpperCase()}\n`);
      r.write("d.txt", `${encodeURIComponent(TOKEN).replace(/./g, (c) => `%${c.charCodeAt(0).toString(16)}`)}\n`);
      r.write("e.ts", `const t =\n  "${TOKEN.slice(0, 20)}" +\n  "${TOKEN.slice(20)}";\n`);
      r.write("f.txt", `${[...TOKEN].reverse().join("")}\n`);
    });
    expect(await messages(r)).toEqual([
      "the diff adds a secret of this job (base64) in a.txt, line 1",
      "the diff adds a secret of this job in b.txt, line 1",
      "the diff adds a secret of this job (hex) in c.txt, line 1",
      "the diff adds a secret of this job (percent-encoded) in d.txt, line 1",
      "the diff adds a secret of this job (split) in e.ts, line 2",
      "the diff adds a secret of this job (reversed) in f.txt, line 1",
    ]);
  });

  it("finds tokens glued with `_` or split across literals", async () => {
    const r = repo((r) => {
      r.write("a.py", `KEY = "x_${FAKE_GHP}"\n`);
      r.write("b.py", `KEY = ("${FAKE_GHP.slice(0, 12)}"\n       "${FAKE_GHP.slice(12)}")\n`);
    });
    expect(await messages(r)).toEqual(["the diff adds what looks like a GitHub token in a.py, line 1", "the diff adds what looks like a GitHub token (split) in b.py, line 1"]);
  });

  it("finds a token in a new file's name without repeating it", async () => {
    const r = repo((r) => r.write(`notes/${FAKE_GHP}.txt`, "nothing here\n"));
    const gate = await r.gate();
    expect(gate.secret).toBe(true);
    expect(gate.problems.map((p) => p.message)).toEqual(["the diff adds a file whose name contains what looks like a GitHub token: notes/***.txt"]);
    expect(JSON.stringify(gate.problems)).not.toContain(FAKE_GHP.slice(4));
  });

  it("does not block removing or moving a secret, or editing next to one", async () => {
    const base = { ...BASE, "leak.txt": `token = ${FAKE_GHP}\n`, "fixture.ts": `export const fake = "${FAKE_GHP}";\nexport const n = 1;\n`, "gone.txt": `${TOKEN}\n` };
    const r = repo((r) => {
      r.git("mv", "leak.txt", "moved.txt");
      r.write("fixture.ts", `export const fake = "${FAKE_GHP}";\nexport const n = 2;\n`);
      r.remove("gone.txt");
    }, base);
    expect(await r.gate()).toEqual({ files: ["fixture.ts", "gone.txt", "leak.txt", "moved.txt"], problems: [], secret: false });
    // A second copy is an addition.
    const again = repo((r) => r.write("fixture.ts", `export const fake = "${FAKE_GHP}";\nexport const n = 1;\nexport const again = "${FAKE_GHP}";\n`), base);
    expect(await messages(again)).toEqual(["the diff adds what looks like a GitHub token in fixture.ts, line 3"]);
  });

  it("reads the blob itself, not what a replace ref shows instead", async () => {
    const r = repo((r) => r.write("leak.txt", `${FAKE_GHP}\n`));
    r.write("clean.txt", "nothing\n");
    const clean = r.git("hash-object", "-w", "clean.txt").trim();
    const leak = r.git("rev-parse", ":leak.txt").trim();
    r.git("replace", leak, clean);
    expect(r.git("cat-file", "-p", leak)).toBe("nothing\n");
    expect(await messages(r)).toEqual(["the diff adds what looks like a GitHub token in leak.txt, line 1"]);
  });

  it("blocks content too large to scan, without reading it", async () => {
    const r = repo((r) => r.write("big.bin", Buffer.alloc(MAX_SCANNED_BYTES + 1, 0x61)));
    const gate = await r.gate();
    expect(gate.secret).toBe(true);
    expect(gate.problems.map((p) => p.gate)).toEqual(["unscannable", "size"]);
  });
});

describe("size, in bytes as well as lines", () => {
  it("counts the lines of a file marked -diff, and the bytes of a binary one", async () => {
    const lines = Array.from({ length: 300 }, (_, i) => `line ${i}`).join("\n");
    const r = repo((r) => {
      r.write(".gitattributes", "hidden.txt -diff\n");
      r.write("hidden.txt", `${lines}\n`);
      r.write("image.bin", Buffer.concat([Buffer.from([0]), Buffer.from(`${lines}\n`)]));
    });
    const gate = await r.gate({ limits: { maxChangedLines: 100, maxBytes: 4000 } });
    expect(gate.secret).toBe(false);
    // 301 lines: .gitattributes and hidden.txt; the binary file counts bytes only.
    expect(gate.problems.map((p) => p.message)).toEqual(["the patch changes 301 lines; the limit is 100", `the patch writes ${17 + 2 * (lines.length + 1) + 1} bytes of file content; the limit is 4000`]);
  });

  it("counts both paths of a rename against the file limit", async () => {
    const r = repo((r) => r.git("mv", "src/a.ts", "src/b.ts"));
    expect(await messages(r, { limits: { maxFiles: 1 } })).toEqual(["the patch touches 2 files; the limit is 1"]);
  });

  it("does not count a deleted binary file's bytes as lines", async () => {
    const r = repo(
      (r) => r.remove("image.bin"),
      { ...BASE, "image.bin": Buffer.concat([Buffer.from([0]), Buffer.from("\n".repeat(500))]) },
    );
    expect(await messages(r, { limits: { maxChangedLines: 10 } })).toEqual([]);
  });
});
