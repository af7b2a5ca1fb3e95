import { describe, expect, it } from "vitest";
import { findSecrets, KnownSecrets, locateSecrets, MIN_SECRET_LENGTH, redact, redactDeep } from "../../src/policy/secrets.js";

/** Fake tokens in formats the patterns know; not real credentials. */
const FAKE_GHP = `ghp_${"a1B2c3D4e5".repeat(4)}`;
const FAKE_AWS = "AKIAABCDEFGHIJKLMNOP";
/** A job's own secret, as the forge would hand it out. */
const TOKEN = "f3a9c1d2e4b5a6978877665544332211aabbccdd";

const found = (text: string, known: string[] = []) => findSecrets(text, known).map((f) => [f.name, f.line, f.encoding]);

describe("token patterns", () => {
  it("finds token formats and known values, and redacts them", () => {
    const text = `ok\ntoken=${FAKE_GHP}\nkey=${FAKE_AWS}\nmine=hunter2-secret\n`;
    expect(findSecrets(text, ["hunter2-secret"]).map((f) => [f.name, f.line])).toEqual([
      ["GitHub token", 2],
      ["AWS access key", 3],
      ["a secret of this job", 4],
    ]);
    expect(redact(text, ["hunter2-secret"])).toBe("ok\ntoken=***\nkey=***\nmine=***\n");
  });

  // `\b` is no boundary between `_` and a letter: every one of these used to pass.
  it.each([
    ["x_" + FAKE_GHP, "GitHub token"],
    [FAKE_GHP + "_x", "GitHub token"],
    ["my_github_pat_" + "A1b2C3d4E5".repeat(3), "GitHub fine-grained token"],
    ["id_" + FAKE_AWS, "AWS access key"],
    [FAKE_AWS + "X", "AWS access key"],
    ["t_xoxb-1234567890-abcdef-", "Slack token"],
    ["k_sk-ant-" + "a".repeat(40), "Anthropic key"],
    ["k_AIza" + "B".repeat(35) + "_tail", "Google API key"],
    ["npm_" + "C".repeat(36) + "_x", "npm token"],
  ])("finds a token glued with `_`: %s", (text, name) => {
    expect(findSecrets(`const v = ${text};`).map((f) => f.name)).toContain(name);
    expect(redact(`const v = ${text};`)).not.toMatch(/[A-Za-z0-9]{16}/);
  });

  it("does not take words that merely contain a prefix for tokens", () => {
    expect(findSecrets("the disk-usage-report-for-the-whole-cluster-today is fine")).toEqual([]);
    expect(findSecrets("a ghp_ token has 36 characters after the prefix")).toEqual([]);
  });

  it("finds a private key, even without its footer, but not the header alone", () => {
    const body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7".repeat(2);
    expect(found(`-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`)).toEqual([["private key", 1, undefined]]);
    expect(redact(`a\n-----BEGIN RSA PRIVATE KEY-----\n${body}\n`)).toBe("a\n***");
    expect(findSecrets("keys start with -----BEGIN PRIVATE KEY----- and end with a footer")).toEqual([]);
  });

  it("finds a token split across string literals or lines", () => {
    const half = FAKE_GHP.length / 2;
    const [a, b] = [FAKE_GHP.slice(0, half), FAKE_GHP.slice(half)];
    for (const text of [`t = "${a}" + "${b}"`, `t = ('${a}'\n     '${b}')`, `t = "${a}"\\\n"${b}"`, `t = "${a}" .. "${b}"`, `${a}\n${b}`]) {
      expect(findSecrets(text).map((f) => [f.name, f.line, f.encoding]), text).toEqual([["GitHub token", 1, "split"]]);
      expect(redact(text), text).not.toContain(a.slice(4));
    }
    expect(redact(`t = "${a}" + "${b}";`)).toBe(`t = "***" + "***";`);
  });

  it("finds a token in UTF-16 text", () => {
    const utf16 = Buffer.from(`x=${FAKE_GHP}`, "utf16le").toString("latin1");
    expect(findSecrets(utf16).map((f) => f.name)).toEqual(["GitHub token"]);
  });
});

describe("known values", () => {
  const b64 = (s: string) => Buffer.from(s).toString("base64");
  const hex = Buffer.from(TOKEN).toString("hex");

  it.each([
    ["as is", TOKEN, undefined],
    ["base64", b64(TOKEN), "base64"],
    ["base64 at offset 1", b64(`x${TOKEN}`), "base64"],
    ["base64 at offset 2", b64(`xy${TOKEN}y`), "base64"],
    ["Basic credential", b64(`x-access-token:${TOKEN}`), "base64"],
    ["hex", hex, "hex"],
    ["HEX", hex.toUpperCase(), "hex"],
    ["\\x escapes", hex.replace(/(..)/g, "\\x$1"), "hex escapes"],
    ["percent-encoded", hex.replace(/(..)/g, "%$1").toUpperCase(), "percent-encoded"],
    ["\\u escapes", [...TOKEN].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join(""), "\\u escapes"],
    ["reversed", [...TOKEN].reverse().join(""), "reversed"],
  ])("finds the value %s", (_, form, encoding) => {
    const text = `header\nvalue: "${form}" # trailing\n`;
    expect(found(text, [TOKEN])).toEqual([["a secret of this job", 2, encoding]]);
    expect(redact(text, [TOKEN])).not.toContain(form.slice(2, -2));
    expect(redact(text, [TOKEN])).toMatch(/^header\nvalue: "[^"]*\*\*\*[^"]*" # trailing\n$/);
  });

  it("finds a value in url-safe base64", () => {
    const value = "s3cret>>>value???~~~";
    const std = Buffer.from(value).toString("base64");
    const url = Buffer.from(value).toString("base64url");
    expect(std).not.toBe(url);
    expect(found(`a=${url}`, [value])).toEqual([["a secret of this job", 1, "base64url"]]);
    expect(found(`a=${std}`, [value])).toEqual([["a secret of this job", 1, "base64"]]);
  });

  it("finds a value with JSON-special characters in its JSON-escaped form", () => {
    const value = 'pa"ss\\word/with\nnewline';
    const json = JSON.stringify({ v: value });
    expect(found(json, [value])).toEqual([["a secret of this job", 1, "JSON escapes"]]);
    expect(JSON.parse(redact(json, [value]))).toEqual({ v: "***" });
  });

  it("finds a value split across literals, lines and punctuation", () => {
    const parts = [TOKEN.slice(0, 10), TOKEN.slice(10, 25), TOKEN.slice(25)];
    for (const text of [`"${parts.join('" + "')}"`, parts.join("\n"), `[${parts.map((p) => `'${p}'`).join(", ")}].join("")`, `${parts[0]}-${parts[1]}_${parts[2]}`]) {
      expect(found(text, [TOKEN]), text).toEqual([["a secret of this job", 1, "split"]]);
      expect(redact(text, [TOKEN]), text).not.toMatch(new RegExp(parts.map((p) => p.slice(0, 6)).join("|")));
    }
    // Split base64 (MIME wraps at 76 columns).
    const wrapped = b64(`${TOKEN}${TOKEN}`).replace(/(.{20})/g, "$1\n");
    expect(findSecrets(wrapped, [TOKEN]).length).toBeGreaterThan(0);
  });

  it(`ignores values under ${MIN_SECRET_LENGTH} characters, and split forms under 16`, () => {
    expect(new KnownSecrets(["short12", undefined, null, ""]).size).toBe(0);
    expect(findSecrets("x short12 y", ["short12"])).toEqual([]);
    expect(redact("x short12 y", ["short12"])).toBe("x short12 y");
    // An 8-character value is found as is, but not split (too likely by chance once punctuation is dropped).
    expect(found("a hunter22 b", ["hunter22"])).toEqual([["a secret of this job", 1, undefined]]);
    expect(findSecrets("hunter-22", ["hunter22"])).toEqual([]);
  });

  it("precomputes forms once per list of values", () => {
    const known = KnownSecrets.from([TOKEN]);
    expect(KnownSecrets.from([TOKEN])).toBe(known);
    expect(KnownSecrets.from(known)).toBe(known);
    expect(known.forms.length).toBeGreaterThan(5);
    expect(known.splitForms.every((f) => /^[A-Za-z0-9]{16,}$/.test(f.text))).toBe(true);
  });

  it("searches a large text in linear time", () => {
    const text = `${"lorem ipsum dolor sit amet, 'x' + \"y\"\n".repeat(50_000)}${b64(TOKEN)}\n`;
    const started = Date.now();
    expect(locateSecrets(text, [TOKEN, `${TOKEN}-other`, "another-secret-value-123"]).map((l) => l.encoding)).toEqual(["base64"]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("stays linear on hostile runs of blanks, quotes and prefixes", () => {
    for (const text of [" ".repeat(400_000) + "x", `"${" ".repeat(400_000)}x`, '" '.repeat(200_000), "ghp_".repeat(100_000), "-----BEGIN PRIVATE KEY-----\n".repeat(10_000)]) {
      const started = Date.now();
      redact(text, [TOKEN]);
      expect(Date.now() - started, text.slice(0, 20)).toBeLessThan(3000);
    }
  });
});

describe("redaction", () => {
  it("never cuts a backslash escape in half", () => {
    const value = "ends-with-backslash\\";
    const json = JSON.stringify({ a: `x${value}y`, b: [value] });
    expect(() => JSON.parse(redact(json, [value]))).not.toThrow();
    const escaped = JSON.stringify({ a: [...TOKEN].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("") });
    expect(() => JSON.parse(redact(escaped, [TOKEN]))).not.toThrow();
  });

  it("redactDeep redacts keys and values before serialising, and the JSON round-trips", () => {
    const value = 'to"ken\\with}quote{s';
    const data = {
      [`key-${FAKE_GHP}`]: [`a ${value} b`, { nested: `x ${TOKEN} y`, n: 1, ok: true, none: null }],
      when: new Date(0),
      split: `"${FAKE_GHP.slice(0, 20)}" + "${FAKE_GHP.slice(20)}"`,
      __proto__key: "plain",
    };
    const clean = redactDeep(data, [value, TOKEN]);
    const text = JSON.stringify(clean);
    for (const leak of [FAKE_GHP, value, TOKEN, FAKE_GHP.slice(4, 20)]) expect(text).not.toContain(leak);
    expect(JSON.parse(text)).toEqual({
      "key-***": ["a *** b", { nested: "x *** y", n: 1, ok: true, none: null }],
      when: "1970-01-01T00:00:00.000Z",
      split: '"***" + "***"',
      __proto__key: "plain",
    });
    const proto = redactDeep(JSON.parse('{"__proto__": {"x": 1}}') as object);
    expect(Object.keys(proto)).toEqual(["__proto__"]);
    expect(() => redactDeep((() => { const a: unknown[] = []; a.push(a); return a; })())).toThrow(/cycle/);
  });

  it("redacting serialised JSON keeps it parseable when a key or split token crosses its syntax", () => {
    const body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7";
    const data = { summary: `here: -----BEGIN PRIVATE KEY-----\n${body}\n(no footer)`, after: "kept", lines: [[FAKE_GHP.slice(0, 20)], FAKE_GHP.slice(20)], list: [FAKE_GHP.slice(0, 20), FAKE_GHP.slice(20)] };
    const clean = JSON.parse(redact(JSON.stringify(data))) as typeof data;
    expect(clean.summary).toBe("here: ***");
    expect(clean.after).toBe("kept");
    expect(clean.list).toEqual(["***", "***"]);
    expect(JSON.stringify(clean)).not.toContain(body.slice(0, 20));
  });

  it("redacting serialised JSON keeps it parseable for known values with quotes", () => {
    const value = 'q"uote-secret-value';
    const json = JSON.stringify({ text: `before ${value} after`, other: value });
    expect(JSON.parse(redact(json, [value]))).toEqual({ text: "before *** after", other: "***" });
  });
});
