import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jobOf, run, testHost } from "./host.js";

describe("jobs, needs and outputs", () => {
  it("passes outputs through needs, runs failure paths, skips dependants of a failure, and honours !cancelled()", async () => {
    const host = testHost({});
    const r = await run(
      host,
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs: { greeting: "\${{ steps.say.outputs.greeting }}", from-env: "\${{ steps.env.outputs.value }}" }
    steps:
      - id: say
        run: echo "greeting=hello \${{ github.actor }}" >> "$GITHUB_OUTPUT"
      - run: echo "SHARED=from-a" >> "$GITHUB_ENV"
      - id: env
        run: echo "value=$SHARED" >> "$GITHUB_OUTPUT"
  b:
    needs: a
    runs-on: ubuntu-latest
    steps:
      - run: test "\${{ needs.a.outputs.greeting }}" = "hello alice" && test "\${{ needs.a.outputs.from-env }}" = from-a
      - run: exit 3
      - if: failure()
        run: echo "cleaning up after a failure"
      - run: echo "never printed"
  c:
    needs: b
    runs-on: ubuntu-latest
    steps: [{ run: echo never }]
  d:
    needs: b
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    steps:
      - run: echo "needs.b.result=\${{ needs.b.result }}"
`,
    );
    expect(r.jobs.map((j) => [j.id, j.result])).toEqual([
      ["a", "success"],
      ["b", "failure"],
      ["c", "skipped"],
      ["d", "success"],
    ]);
    expect(jobOf(r, "a").outputs).toEqual({ greeting: "hello alice", "from-env": "from-a" });
    const b = jobOf(r, "b");
    expect(b.steps.map((s) => s.outcome)).toEqual(["success", "failure", "success", "skipped"]);
    expect(b.log).toContain("cleaning up after a failure");
    expect(b.log).toContain("##[error]Process completed with exit code 3.");
    expect(jobOf(r, "d").log).toContain("needs.b.result=failure");
    expect(r.conclusion).toBe("failure");
    // One token per job that ran, each revoked when its job ended.
    expect(host.tokens.map((t) => t.job)).toEqual(["a", "b", "d"]);
    expect(host.revoked).toBe(3);
  });

  it("cancels a job at its timeout-minutes and kills what its steps started", async () => {
    const host = testHost({});
    const marker = path.join(host.dir, "daemon-still-running");
    const r = await run(
      host,
      `on: push
jobs:
  slow:
    runs-on: ubuntu-latest
    timeout-minutes: 1
    steps:
      - run: (sleep 2; touch ${marker}) & echo started
      - run: sleep 30
      - if: always()
        run: echo "always runs"
      - if: \${{ !cancelled() }}
        run: echo "not after a timeout"
`,
      { timeScale: 0.005 },
    );
    const slow = jobOf(r, "slow");
    expect(slow.result).toBe("cancelled");
    expect(slow.reason).toBe("the job exceeded its timeout of 1 minute(s)");
    expect(slow.log).toContain("always runs");
    expect(slow.log).not.toContain("not after a timeout");
    await new Promise((r) => setTimeout(r, 2500));
    expect(existsSync(marker)).toBe(false);
  });
});

describe("matrix jobs", () => {
  it("expands a matrix from an earlier job's output, runs max-parallel at a time, and gives dependants one result", async () => {
    const host = testHost({});
    const r = await run(
      host,
      `on: push
jobs:
  plan:
    runs-on: ubuntu-latest
    outputs: { tasks: "\${{ steps.p.outputs.tasks }}" }
    steps:
      - id: p
        run: echo 'tasks=["t1","t2","t3"]' >> "$GITHUB_OUTPUT"
  work:
    needs: plan
    runs-on: ubuntu-latest
    name: work
    strategy:
      matrix: { task: "\${{ fromJSON(needs.plan.outputs.tasks) }}", include: [{ task: t2, extra: yes }] }
      max-parallel: 2
      fail-fast: false
    steps:
      - run: echo "task=\${{ matrix.task }} extra=\${{ matrix.extra }} index=\${{ strategy.job-index }}/\${{ strategy.job-total }}"
      - if: matrix.task == 't3'
        run: exit 4
  join:
    needs: work
    if: \${{ !cancelled() }}
    runs-on: ubuntu-latest
    steps:
      - run: echo "work=\${{ needs.work.result }}"
  none:
    runs-on: ubuntu-latest
    if: false
    strategy: { matrix: { x: "\${{ fromJSON('[]') }}" } }
    steps: [{ run: echo never }]
  empty:
    runs-on: ubuntu-latest
    strategy: { matrix: { x: "\${{ fromJSON('[]') }}" } }
    steps: [{ run: echo never }]
`,
      { maxParallelJobs: 4 },
    );
    expect(r.jobs.map((j) => [j.id, j.name, j.result])).toEqual([
      ["plan", "plan", "success"],
      ["work-1", "work (t1)", "success"],
      ["work-2", "work (t2, yes)", "success"],
      ["work-3", "work (t3)", "failure"],
      ["join", "join", "success"],
      ["none", "none", "skipped"],
      ["empty", "empty", "failure"],
    ]);
    expect(jobOf(r, "work-2").log).toContain("task=t2 extra=yes index=1/3");
    // max-parallel 2: the third combination starts only once one of the first two has finished.
    const [w1, w2, w3] = ["work-1", "work-2", "work-3"].map((id) => jobOf(r, id));
    expect(w3!.startedAt! >= [w1!.completedAt!, w2!.completedAt!].sort()[0]!).toBe(true);
    expect(jobOf(r, "join").log).toContain("work=failure");
    expect(jobOf(r, "empty").log).toContain("matrix vector 'x' does not contain any values");
  });

  it("cancels the other combinations when one fails, with fail-fast (the default)", async () => {
    const r = await run(
      testHost({}),
      `on: push
jobs:
  m:
    runs-on: ubuntu-latest
    strategy: { matrix: { n: [1, 2] } }
    steps:
      - run: if [ "\${{ matrix.n }}" = 1 ]; then exit 1; else sleep 30; fi
`,
      { maxParallelJobs: 2 },
    );
    expect(r.jobs.map((j) => [j.id, j.result])).toEqual([
      ["m-1", "failure"],
      ["m-2", "cancelled"],
    ]);
  });
});

describe("workflow commands and file commands", () => {
  it("masks secrets and ::add-mask:: values, honours ::stop-commands::, refuses set-env, and keeps set-output working", async () => {
    const host = testHost({}, { secrets: { API_KEY: "sk-very-secret-value" } });
    const r = await run(
      host,
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs: { legacy: "\${{ steps.legacy.outputs.x }}" }
    steps:
      - run: echo "key=\${{ secrets.API_KEY }}"
      - run: |
          echo "::add-mask::hide-me-please"
          echo "later: hide-me-please"
          echo "::stop-commands::pause123"
          echo "::add-mask::not-a-command-now"
          echo "::pause123::"
          echo "not-a-command-now is visible"
          echo "::stop-commands::4f1c2a9e-0b7d-4e55-9a31-0c2b7d6e8f90"
          echo "::error::shown-not-obeyed"
          echo "::4f1c2a9e-0b7d-4e55-9a31-0c2b7d6e8f90::"
          echo "::add-mask::masked-after-resume"
          echo "then masked-after-resume"
      - id: legacy
        run: echo "::set-output name=x::old-style"
      - run: echo "::set-env name=EVIL::1"
`,
    );
    const a = jobOf(r, "a");
    expect(a.log).toContain("key=***");
    expect(a.log).not.toContain("sk-very-secret-value");
    expect(a.log).toContain("later: ***");
    expect(a.log).toContain("not-a-command-now is visible");
    expect(a.log).toContain("::error::shown-not-obeyed");
    expect(a.log).not.toContain("##[error]shown-not-obeyed");
    expect(a.log).toContain("then ***");
    expect(a.outputs.legacy).toBe("old-style");
    expect(a.log).toContain("The `set-env` command is disabled");
    expect(a.steps.at(-1)!.outcome).toBe("failure");
    expect(readFileSync(a.logFile, "utf8")).not.toContain("sk-very-secret-value");
  });

  it("fails a step whose GITHUB_OUTPUT is malformed, as the runner does", async () => {
    const host = testHost({});
    const r = await run(host, `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: printf 'x<<EOF\\nno end\\n' >> "$GITHUB_OUTPUT"\n`);
    expect(jobOf(r, "a").result).toBe("failure");
    expect(jobOf(r, "a").log).toContain("matching delimiter not found 'EOF'");
  });
});

describe("checkout", () => {
  it("checks out the event's commit shallowly, and keeps the token in .git/config only with persist-credentials", async () => {
    const host = testHost({ "src/a.txt": "a\n", "docs/b.txt": "b\n" });
    const r = await run(
      host,
      `on: push
jobs:
  kept:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: |
          test "$(git rev-parse HEAD)" = "$GITHUB_SHA"
          test "$(git rev-parse --is-shallow-repository)" = true
          git config --local --get-regexp 'extraheader' | grep -c AUTHORIZATION
  dropped:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { persist-credentials: false, sparse-checkout: src, path: sub }
      - run: |
          cd sub
          ! git config --local --get-regexp 'extraheader'
          test -f src/a.txt && ! test -e docs/b.txt
`,
    );
    expect(r.jobs.map((j) => [j.id, j.result, j.result === "success" ? "" : j.log])).toEqual([
      ["kept", "success", ""],
      ["dropped", "success", ""],
    ]);
  });

  it("fails clearly on a ref that does not exist", async () => {
    const host = testHost({});
    const r = await run(host, `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with: { ref: no-such-branch }\n`);
    expect(jobOf(r, "a").log).toContain("A branch or tag with the name 'no-such-branch' could not be found");
  });
});

describe("artifacts", () => {
  it("follows v4: one upload per name, hidden files left out, download by pattern, a missing name fails", async () => {
    const host = testHost({});
    const r = await run(
      host,
      `on: push
jobs:
  up:
    runs-on: ubuntu-latest
    steps:
      - run: mkdir -p out/nested && echo 1 > out/one.txt && echo 2 > out/nested/two.txt && echo h > out/.hidden
      - uses: actions/upload-artifact@v4
        with: { name: result-a, path: out }
      - uses: actions/upload-artifact@v4
        with: { name: result-b, path: out/one.txt }
      - id: again
        continue-on-error: true
        uses: actions/upload-artifact@v4
        with: { name: result-a, path: out }
      - uses: actions/upload-artifact@v4
        with: { name: nothing, path: no-such-dir }
  down:
    needs: up
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with: { path: all, pattern: "result-*" }
      - uses: actions/download-artifact@v4
        with: { path: merged, pattern: "result-*", merge-multiple: true }
      - run: find all merged -type f | sort
      - uses: actions/download-artifact@v4
        with: { name: nothing, path: x }
`,
    );
    const up = jobOf(r, "up");
    expect(up.steps.find((s) => s.id === "again")!.outcome).toBe("failure");
    expect(up.log).toContain("an artifact with this name already exists on the workflow run");
    expect(up.log).toContain("No files were found with the provided path: no-such-dir. No artifacts will be uploaded.");
    const down = jobOf(r, "down");
    expect(down.log).toContain(["all/result-a/nested/two.txt", "all/result-a/one.txt", "all/result-b/one.txt", "merged/nested/two.txt", "merged/one.txt"].join("\n"));
    expect(down.log).not.toContain(".hidden");
    expect(down.log).toContain("Unable to download artifact(s): Artifact not found for name: nothing");
    expect(down.result).toBe("failure");
  });

  it("follows v3: uploads under one name add up, and a download without a name takes every artifact", async () => {
    const host = testHost({});
    const r = await run(
      host,
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo 1 > one.txt && echo 2 > two.txt
      - uses: actions/upload-artifact@v3
        with: { name: r, path: one.txt }
      - uses: actions/upload-artifact@v3
        with: { name: r, path: two.txt }
      - uses: actions/download-artifact@v3
        with: { path: got }
      - run: find got -type f | sort
`,
    );
    expect(jobOf(r, "a").result).toBe("success");
    expect(jobOf(r, "a").log).toContain("got/r/one.txt\ngot/r/two.txt");
  });
});

describe("the runner environment and the token per forge", () => {
  const DUMP = `on: push
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    permissions: { contents: read, issues: write }
    steps:
      - run: env | grep -E '^(GITHUB|FORGEJO|RUNNER)_(TOKEN|ACTIONS|REPOSITORY|TEMP)=' | sed 's/=.*/ is set/' | sort
  b:
    runs-on: ubuntu-latest
    steps: [{ run: echo }]
`;

  it("on GitHub: no token in the environment, and job permissions (else the workflow's) scope the token", async () => {
    const host = testHost({});
    const r = await run(host, DUMP);
    expect(jobOf(r, "a").log).toContain(["GITHUB_ACTIONS is set", "GITHUB_REPOSITORY is set", "RUNNER_TEMP is set"].join("\n"));
    expect(jobOf(r, "a").log).not.toContain("TOKEN is set");
    expect(host.tokens.map((t) => [t.job, t.permissions])).toEqual([
      ["a", { all: "none", scopes: { contents: "read", issues: "write" } }],
      ["b", { all: "none", scopes: {} }],
    ]);
  });

  it("on Forgejo: the job token in every step's environment, FORGEJO_* beside GITHUB_*, permissions ignored", async () => {
    const host = testHost({}, { flavour: "forgejo" });
    const r = await run(host, DUMP);
    expect(jobOf(r, "a").log).toContain(["FORGEJO_ACTIONS", "FORGEJO_REPOSITORY", "FORGEJO_TOKEN", "GITHUB_ACTIONS", "GITHUB_REPOSITORY", "GITHUB_TOKEN", "RUNNER_TEMP"].map((v) => `${v} is set`).join("\n"));
    expect(host.tokens.map((t) => t.permissions)).toEqual([undefined, undefined]);
  });
});

describe("steps", () => {
  it("runs sh and working-directory, a JavaScript action from the workspace, and setup-node against the host's Node.js", async () => {
    const host = testHost({
      "sub/marker.txt": "here\n",
      "tools/greet/action.yml": "name: greet\ndescription: Says hello.\ninputs:\n  who:\n    default: ${{ github.actor }}\noutputs:\n  said: {}\nruns:\n  using: node20\n  main: index.js\n",
      "tools/greet/index.js": "const fs = require('fs'); fs.appendFileSync(process.env.GITHUB_OUTPUT, `said=hello ${process.env.INPUT_WHO}\\n`);\n",
    });
    const major = process.versions.node.split(".")[0];
    const r = await run(
      host,
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs: { said: "\${{ steps.greet.outputs.said }}" }
    steps:
      - uses: actions/checkout@v4
      - run: cat marker.txt && echo "shell=$0"
        shell: sh
        working-directory: sub
      - id: greet
        uses: ./tools/greet
      - uses: actions/setup-node@v4
        with: { node-version: "${major}.x" }
      - id: wrong-node
        continue-on-error: true
        uses: actions/setup-node@v4
        with: { node-version: "12" }
`,
    );
    const a = jobOf(r, "a");
    expect(a.result, a.log).toBe("success");
    expect(a.log).toContain("here");
    expect(a.outputs.said).toBe("hello alice");
    expect(a.log).toContain(`Using the host's Node.js ${process.versions.node}`);
    expect(a.steps.find((st) => st.id === "wrong-node")).toMatchObject({ outcome: "failure", conclusion: "success" });
    expect(a.log).toContain(`actions/setup-node: Node.js 12 was asked for, but the local executor uses the host's Node.js ${process.versions.node} and installs nothing`);
  });
});

describe("actions/cache/restore and save", () => {
  const workflow = (key: string) => `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - id: restore
        uses: actions/cache/restore@v4
        with: { path: "\${{ runner.temp }}/c.txt", key: "${key}", restore-keys: "cache-" }
      - run: echo "hit=\${{ steps.restore.outputs.cache-hit }} matched=\${{ steps.restore.outputs.cache-matched-key }}"; cat "\${{ runner.temp }}/c.txt" || true; echo "${key}" > "\${{ runner.temp }}/c.txt"
      - uses: actions/cache/save@v4
        with: { path: "\${{ runner.temp }}/c.txt", key: "${key}" }
`;

  it("restores the exact key, else the newest prefix match, across runs; a key once saved is not saved again", async () => {
    const host = testHost({});
    const first = jobOf(await run(host, workflow("cache-1")), "build");
    expect(first.log).toContain("Cache not found for input keys: cache-1, cache-");
    expect(first.log).toContain("Cache saved with key: cache-1");
    const second = jobOf(await run(host, workflow("cache-2")), "build");
    expect(second.log).toContain("hit=false matched=cache-1");
    expect(second.log).toContain("\ncache-1\n");
    const third = jobOf(await run(host, workflow("cache-2")), "build");
    expect(third.log).toContain("hit=true matched=cache-2");
    expect(third.log).toContain("Failed to save: Unable to reserve cache with key cache-2, another job may be creating this cache.");
    expect(third.result).toBe("success");
  });

  it("restores entries of the run's own ref and the default branch only", async () => {
    const host = testHost({});
    await run(host, workflow("cache-feature"), { ref: "refs/heads/feature" });
    const other = jobOf(await run(host, workflow("cache-x"), { ref: "refs/heads/other" }), "build");
    expect(other.log).toContain("Cache not found for input keys: cache-x, cache-");
    await run(host, workflow("cache-main"));
    const later = jobOf(await run(host, workflow("cache-y"), { ref: "refs/heads/other" }), "build");
    expect(later.log).toContain("hit=false matched=cache-main");
  });
});
