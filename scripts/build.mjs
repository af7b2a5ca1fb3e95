// Bundle each entry point with ncc into dist/<name>/index.js. dist/ is committed:
// actions run it directly, and CI fails when it differs from a fresh build.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

const entries = {
  cli: "src/cli/index.ts",
  all: "src/actions/all.ts",
  route: "src/actions/route.ts",
  plan: "src/actions/plan.ts",
  execute: "src/actions/execute.ts",
  review: "src/actions/review.ts",
  feedback: "src/actions/feedback.ts",
};

const only = process.argv.slice(2);
for (const [name, entry] of Object.entries(entries)) {
  if (only.length && !only.includes(name)) continue;
  const out = `dist/${name}`;
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    ["node_modules/@vercel/ncc/dist/ncc/cli.js", "build", entry, "-o", out, "--license", "licenses.txt", "--quiet", "--target", "es2022"],
    { stdio: "inherit" },
  );
}
