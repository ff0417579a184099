// Runs `next build` only when the sources changed since the last build (a stamp of file mtimes).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const INPUT_DIRS = ["app", "components", "lib", "server", "public"];
const INPUT_FILES = ["package-lock.json", "next.config.mjs", "proxy.ts", "postcss.config.mjs", "tsconfig.json"];

function sourceStamp() {
  const hash = createHash("sha256");
  const add = (full) => {
    const s = statSync(full);
    hash.update(`${path.relative(root, full)}:${s.mtimeMs}:${s.size}\n`);
  };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else add(full);
    }
  };
  for (const dir of INPUT_DIRS) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  for (const file of INPUT_FILES) if (existsSync(path.join(root, file))) add(path.join(root, file));
  return hash.digest("hex");
}

/** Returns true when it built, false when the existing build was current; exits on a failed build. */
export function buildIfNeeded({ force = false } = {}) {
  const stampFile = path.join(root, ".next", "pgv-source-stamp");
  const stamp = sourceStamp();
  const current =
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === stamp;
  if (current && !force) return false;
  console.log("Building the portal (first start or sources changed)…");
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    console.error("next build failed.");
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampFile, stamp);
  return true;
}
