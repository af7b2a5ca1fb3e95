import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { sendNotice, type NotifyTarget, type RunNotice } from "../../src/notify/send.js";

/** What a local server was sent. */
interface Received {
  method: string;
  path: string;
  contentType: string | undefined;
  body: any;
}

interface Local {
  /** Base URL, `http://127.0.0.1:port`. */
  url: string;
  received: Received[];
}

const servers: Array<ReturnType<typeof createServer>> = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A local HTTP server answering with `answer(n)` (status, body) for its n-th request (0-based); `hang` never answers. */
async function listen(answer: (n: number) => [number, string] | "hang" = () => [200, "ok"]): Promise<Local> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // Kept as text: the test says what it expected.
      }
      const n = received.length;
      received.push({ method: req.method ?? "", path: req.url ?? "", contentType: req.headers["content-type"], body });
      const a = answer(n);
      if (a === "hang") return;
      res.writeHead(a[0], { "content-type": "text/plain" }).end(a[1]);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

/** A port nothing listens on: one a server had, closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const fast = { retryDelayMs: 5, timeoutMs: 2_000 };

const opened: RunNotice = {
  blueprint: "issue-to-pr",
  repository: "owner/name",
  issue: 12,
  issueUrl: "https://forge.example/owner/name/issues/12",
  event: "pull-request",
  pull: 13,
  pullUrl: "https://forge.example/owner/name/pulls/13",
  cost: { usd: 0.42, tokens: 12345 },
  runUrl: "https://forge.example/owner/name/actions/runs/7",
  at: "2025-01-02T03:04:05Z",
};

/** Reasons an agent could write, each sent on its own so none is cut off by the 300-character cap. */
const HOSTILE = [
  "<script>alert(1)</script>",
  "<!channel> <!here|here> <@U123> <#C999>",
  "@room @channel @alice:matrix.org mail@evil.example",
  "[x](http://evil.example/p) https://evil.example www.evil.example evil.example 10.0.0.1 mailto:a matrix:r/x",
  "**bold** _it_ ~strike~ `code` ||spoiler||",
  "#room:evil.example",
  "line1\nline2\r\n\tline3\u2028line4",
  "\u202Egnp.exe\u2066x\u2069\u200B\u200D\u{E0041}",
  "&amp; &lt;b&gt;",
];

const escalated = (reason: string): RunNotice => ({
  blueprint: "issue-to-pr",
  repository: "owner/name",
  issue: 12,
  issueUrl: "https://forge.example/owner/name/issues/12",
  event: "escalated",
  reason,
  runUrl: "https://forge.example/owner/name/actions/runs/7",
  at: "2025-01-02T03:04:05Z",
});

/** What no rendering of the hostile reason may contain, whatever the format. */
function expectInertEverywhere(text: string): void {
  for (const bad of ["@room", "@channel", "@alice", "@U123", "@evil", "http://evil", "https://evil", "evil.example", "www.", "10.0.0.1", "mailto:", "matrix:r", "#room"]) {
    expect(text).not.toContain(bad);
  }
  expect(text).not.toMatch(/[\n\r\t\u2028\u2029\u200B-\u200F\u202A-\u202E\u2066-\u2069\u{E0000}-\u{E007F}]/u);
}

describe("sendNotice: formats", () => {
  it("posts JSON with a one-line text and the notice as data", async () => {
    const hook = await listen();
    const problems = await sendNotice(opened, [{ kind: "webhook", url: `${hook.url}/hook`, format: "json" }], fast);
    expect(problems).toEqual([]);
    expect(hook.received).toHaveLength(1);
    const [r] = hook.received;
    expect(r!.method).toBe("POST");
    expect(r!.path).toBe("/hook");
    expect(r!.contentType).toBe("application/json");
    expect(r!.body).toEqual({
      text:
        "issue-to-pr on owner/name#12: pull request #13 opened ($0.42, 12,345 tokens) — https://forge.example/owner/name/pulls/13" +
        " (run: https://forge.example/owner/name/actions/runs/7)",
      crustyclaw: { ...opened },
    });
  });

  it("posts Slack mrkdwn with <url|label> links", async () => {
    const hook = await listen();
    const notice: RunNotice = { ...opened, repository: "o&<b>/n", cost: undefined };
    expect(await sendNotice(notice, [{ kind: "webhook", url: hook.url, format: "slack" }], fast)).toEqual([]);
    const [r] = hook.received;
    expect(r!.contentType).toBe("application/json");
    expect(r!.body).toEqual({
      text:
        "issue-to-pr on <https://forge.example/owner/name/issues/12|o&amp;&lt;b&gt;/n#12>: pull request <https://forge.example/owner/name/pulls/13|#13> opened" +
        " · <https://forge.example/owner/name/actions/runs/7|run>",
    });
  });

  it("posts Matrix plain text and HTML with <a href>", async () => {
    const hook = await listen();
    const notice: RunNotice = { ...opened, event: "merged", runUrl: undefined, repository: `o"<i>/n` };
    expect(await sendNotice(notice, [{ kind: "webhook", url: hook.url, format: "matrix" }], fast)).toEqual([]);
    const [r] = hook.received;
    expect(r!.contentType).toBe("application/json");
    expect(r!.body).toEqual({
      text: `issue-to-pr on o"<i>/n#12: pull request #13 merged ($0.42, 12,345 tokens) — https://forge.example/owner/name/pulls/13`,
      html:
        `issue-to-pr on <a href="https://forge.example/owner/name/issues/12">o&quot;&lt;i&gt;/n#12</a>: ` +
        `pull request <a href="https://forge.example/owner/name/pulls/13">#13</a> merged ($0.42, 12,345 tokens)`,
    });
  });

  it("posts to signal-cli-rest-api's /v2/send, under the base URL's path", async () => {
    const api = await listen(() => [201, ""]);
    const targets: NotifyTarget[] = [
      { kind: "signal", url: api.url, number: "+15550001", recipients: ["+15550002", "group.abc="] },
      { kind: "signal", url: `${api.url}/signal/`, number: "+15550001", recipients: ["+15550003"] },
    ];
    const notice: RunNotice = { ...opened, event: "awaiting-approval", pull: undefined, pullUrl: undefined, cost: { usd: 3, tokens: 1 } };
    expect(await sendNotice(notice, targets, fast)).toEqual([]);
    const paths = api.received.map((r) => r.path).sort();
    expect(paths).toEqual(["/signal/v2/send", "/v2/send"]);
    const first = api.received.find((r) => r.path === "/v2/send")!;
    expect(first.contentType).toBe("application/json");
    expect(first.body).toEqual({
      message: "issue-to-pr on owner/name#12: awaiting approval ($3.00, 1 token) — https://forge.example/owner/name/actions/runs/7",
      number: "+15550001",
      recipients: ["+15550002", "group.abc="],
      text_mode: "normal",
    });
  });

  it("says what happened for each event", async () => {
    const hook = await listen();
    const events: Array<[Partial<RunNotice>, string]> = [
      [{ event: "closed" }, "pull request #13 closed without merging"],
      [{ event: "closed", pull: undefined, pullUrl: undefined }, "closed — https://forge.example/owner/name/issues/12"],
      [{ event: "reviewed" }, "pull request #13 reviewed"],
      [{ event: "rejected", reason: "out of scope" }, "rejected — https://forge.example/owner/name/pulls/13 — reason: out of scope"],
      [{ event: "escalated", reason: "tests fail" }, "escalated to a person — https://forge.example/owner/name/pulls/13 — reason: tests fail"],
    ];
    for (const [change, expected] of events) {
      const notice: RunNotice = { ...opened, cost: undefined, runUrl: undefined, ...change };
      expect(await sendNotice(notice, [{ kind: "webhook", url: hook.url, format: "json" }], fast)).toEqual([]);
      expect(hook.received.at(-1)!.body.text).toContain(`owner/name#12: ${expected}`);
    }
  });
});

describe("sendNotice: an untrusted reason is inert", () => {
  const formats = ["json", "slack", "matrix"] as const;

  it.each(formats)("in %s", async (format) => {
    const hook = await listen();
    for (const reason of HOSTILE) {
      expect(await sendNotice(escalated(reason), [{ kind: "webhook", url: hook.url, format }], fast)).toEqual([]);
    }
    const bodies = hook.received.map((r) => r.body);
    expect(bodies).toHaveLength(HOSTILE.length);
    for (const body of bodies) {
      const texts: string[] = format === "matrix" ? [body.text, body.html] : [body.text];
      if (format === "json") texts.push(body.crustyclaw.reason);
      for (const text of texts) expectInertEverywhere(text);
      if (format === "slack") {
        // The only `<…>` left are CrustyClaw's own two links, and no formatting characters.
        expect(body.text.match(/</g)).toHaveLength(2);
        expect(body.text).not.toMatch(/[*_~`]/);
      }
      if (format === "matrix") {
        // The only tags are CrustyClaw's own links.
        const tags = body.html.match(/<[^>]*>/g) as string[];
        expect(tags.every((t) => /^<a href="https:\/\/forge\.example\/[^"]*">$|^<\/a>$/.test(t))).toBe(true);
      }
      if (format === "json") {
        // Slack may read this `text` as is: no `<`, `>` or formatting characters from the reason.
        expect(body.text).not.toMatch(/[<>*_~`]/);
      }
    }
    // The reason is still there to read: visible look-alikes, not deletions.
    const text = bodies.map((b) => (format === "matrix" ? b.html : b.text)).join("\n");
    expect(text).toContain("＠room");
    expect(text).toContain("reason: line1 line2 line3 line4");
    expect(text).toContain("reason: gnp․exex");
    const escaped = { json: "＜script＞", slack: "&lt;script&gt;", matrix: "&lt;script&gt;" }[format];
    expect(text).toContain(`reason: ${escaped}alert(1)`);
    if (format !== "json") expect(text).toContain("reason: &amp;amp; &amp;lt;b&amp;gt;");
  });

  it("in Signal", async () => {
    const api = await listen(() => [201, ""]);
    for (const reason of HOSTILE) {
      const problems = await sendNotice(escalated(reason), [{ kind: "signal", url: api.url, number: "+1", recipients: ["+2"] }], fast);
      expect(problems).toEqual([]);
    }
    for (const { body } of api.received) {
      expectInertEverywhere(body.message);
      expect(body.text_mode).toBe("normal");
    }
    expect(api.received.map((r) => r.body.message)).toContain(
      "issue-to-pr on owner/name#12: escalated to a person — https://forge.example/owner/name/issues/12" +
        " (run: https://forge.example/owner/name/actions/runs/7) — reason: line1 line2 line3 line4",
    );
  });

  it("is cut to 300 characters", async () => {
    const hook = await listen();
    const notice = escalated(`${"a".repeat(1000)}\u202E`);
    await sendNotice(notice, [{ kind: "webhook", url: hook.url, format: "json" }], fast);
    const { reason } = hook.received[0]!.body.crustyclaw;
    expect([...reason]).toHaveLength(300);
    expect(reason.endsWith("…")).toBe(true);
  });

  it("has secrets redacted", async () => {
    const hook = await listen();
    const token = `ghp_${"A1b2C3d4".repeat(5)}`;
    await sendNotice(escalated(`leaked ${token}`), [{ kind: "webhook", url: hook.url, format: "slack" }], fast);
    expect(hook.received[0]!.body.text).not.toContain(token);
  });
});

describe("sendNotice: delivery", () => {
  it("retries a 500 and delivers once", async () => {
    const hook = await listen((n) => (n === 0 ? [500, "oops"] : [200, "ok"]));
    const problems = await sendNotice(opened, [{ kind: "webhook", url: hook.url, format: "slack" }], fast);
    expect(problems).toEqual([]);
    expect(hook.received).toHaveLength(2);
    expect(hook.received[1]!.body).toEqual(hook.received[0]!.body);
  });

  it("gives up after the retries, saying how often it tried", async () => {
    const hook = await listen(() => [503, "Service Unavailable"]);
    const problems = await sendNotice(opened, [{ kind: "webhook", url: hook.url, format: "json" }], { ...fast, retries: 1 });
    expect(hook.received).toHaveLength(2);
    expect(problems).toEqual(["webhook 1 (json): not delivered after 2 attempts: HTTP 503"]);
  });

  it("does not retry a 404, and the problem does not name the URL", async () => {
    const hook = await listen(() => [404, "no_service"]);
    const url = `${hook.url}/services/T000/B000/SeCrEtToKeN`;
    const problems = await sendNotice(opened, [{ kind: "webhook", url, format: "slack" }], fast);
    expect(hook.received).toHaveLength(1);
    expect(problems).toEqual(["webhook 1 (slack): not delivered: HTTP 404 (no_service)"]);
    expect(problems.join("\n")).not.toContain("SeCrEtToKeN");
    expect(problems.join("\n")).not.toContain(hook.url.replace("http://", ""));
  });

  it("does not show a response body that is not an error code", async () => {
    const hook = await listen(() => [400, "bad request for /services/T000/B000/SeCrEtToKeN"]);
    const problems = await sendNotice(opened, [{ kind: "webhook", url: `${hook.url}/services/T000/B000/SeCrEtToKeN`, format: "slack" }], fast);
    expect(problems).toEqual(["webhook 1 (slack): not delivered: HTTP 400"]);
  });

  it("reports an unreachable port as a problem, not a throw", async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/hooks/SeCrEtToKeN`;
    const problems = await sendNotice(opened, [{ kind: "signal", url, number: "+1", recipients: ["+2"] }], { ...fast, retries: 1 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^signal 1: not delivered after 2 attempts: network error/);
    expect(problems[0]).not.toContain(String(port));
    expect(problems[0]).not.toContain("SeCrEtToKeN");
  });

  it("honours the timeout", async () => {
    const hook = await listen(() => "hang");
    const started = Date.now();
    const problems = await sendNotice(opened, [{ kind: "webhook", url: hook.url, format: "matrix" }], { timeoutMs: 150, retries: 0 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(problems).toEqual(["webhook 1 (matrix): not delivered after 1 attempt: timed out after 150 ms"]);
    expect(hook.received).toHaveLength(1);
  });

  it("refuses URLs that are not http: or https:, without quoting them", async () => {
    const targets: NotifyTarget[] = [
      { kind: "webhook", url: "ftp://example.test/SeCrEtToKeN", format: "json" },
      { kind: "webhook", url: "hooks.slack.com/services/SeCrEtToKeN", format: "slack" },
      { kind: "signal", url: "file:///SeCrEtToKeN", number: "+1", recipients: ["+2"] },
      { kind: "webhook", url: "https://user:SeCrEtToKeN@example.test/", format: "json" },
    ];
    let calls = 0;
    const problems = await sendNotice(opened, targets, {
      ...fast,
      fetch: async () => {
        calls++;
        return new Response("ok");
      },
    });
    expect(calls).toBe(0);
    expect(problems).toEqual([
      "webhook 1 (json): not sent: the URL is not an http: or https: URL",
      "webhook 2 (slack): not sent: the URL is not an http: or https: URL",
      "signal 3: not sent: the URL is not an http: or https: URL",
      "webhook 4 (json): not sent: the URL holds a user name or password, which is not supported",
    ]);
  });

  it("reports bad targets and still delivers to the good ones, in order", async () => {
    const hook = await listen();
    const targets = [
      { kind: "webhook", url: hook.url, format: "xml" },
      { kind: "signal", url: hook.url, number: "+1", recipients: [] },
      { kind: "webhook", url: hook.url, format: "json" },
      { kind: "pager", url: hook.url },
    ] as unknown as NotifyTarget[];
    const problems = await sendNotice(opened, targets, fast);
    expect(problems).toEqual([
      "webhook 1: not sent: format is not one of json, slack, matrix",
      "signal 2: not sent: no recipients",
      "target 4: not sent: kind is not webhook or signal",
    ]);
    expect(hook.received).toHaveLength(1);
  });

  it("uses an injected fetch", async () => {
    const seen: string[] = [];
    const problems = await sendNotice(opened, [{ kind: "webhook", url: "https://hooks.example/x", format: "json" }], {
      fetch: async (input) => {
        seen.push(String(input));
        return new Response(null, { status: 204 });
      },
    });
    expect(problems).toEqual([]);
    expect(seen).toEqual(["https://hooks.example/x"]);
  });

  it("does not link URLs of the notice that are not http: or https:", async () => {
    const hook = await listen();
    const notice: RunNotice = { ...opened, pullUrl: "javascript:alert(1)", runUrl: undefined };
    await sendNotice(notice, [{ kind: "webhook", url: hook.url, format: "matrix" }], fast);
    const { html, text } = hook.received[0]!.body;
    expect(html).not.toContain("javascript:");
    expect(text).not.toContain("javascript:");
    expect(html).toContain("pull request #13 opened");
  });
});
