#!/usr/bin/env node
// `npm test`: every check and every test runner, in order, each one's result kept; ends with one
// plain line `N passed, N failed` summed over all runners (CI reads it). Installs what the tests
// need (Debian chromium, PostgreSQL) through scripts/setup-machine.sh when missing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { testBusinessDate } from "./business-date.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
const PG = (db) => `postgres://pgv:pgv@127.0.0.1:5432/${db}`;
const results = [];
const started = Date.now();

function step(name, command, args, env = {}) {
  console.log(`\n━━ ${name}`);
  const t0 = Date.now();
  const run = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  console.log(
    `━━ ${name}: ${run.status === 0 ? "ok" : `failed (exit ${run.status ?? run.signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  return run.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function vitest(name, args, outputFile, env) {
  rmSync(outputFile, { force: true });
  const ok = step(
    name,
    process.execPath,
    [
      "node_modules/vitest/vitest.mjs",
      "run",
      ...args,
      "--reporter=default",
      "--reporter=json",
      `--outputFile=${outputFile}`,
    ],
    env,
  );
  const report = readJson(outputFile);
  const passed = report?.numPassedTests ?? 0;
  // A non-zero exit with no failed test (a file that did not load, a setup error) still counts once.
  const reported = report?.numFailedTests ?? 0;
  const failed = reported + (!ok && reported === 0 ? 1 : 0);
  results.push({ name, passed, failed });
}

async function resetDatabase(db) {
  // A clean schema per run, so locks and sessions from an earlier run cannot leak into this one.
  const client = new pg.Client({ connectionString: PG(db) });
  await client.connect();
  await client.query(
    "DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;",
  );
  await client.end();
}

mkdirSync("test-results", { recursive: true });
// Every runner reads the same pinned business date (scripts/business-date.mjs); said once, up front.
console.log(`business date of this run: ${testBusinessDate()} (TEST_BUSINESS_DATE overrides it)`);

const setupOk = step("machine setup (chromium, PostgreSQL)", "bash", ["scripts/setup-machine.sh"]);
let postgres = setupOk;
if (setupOk) {
  try {
    await resetDatabase("pgv_test");
    await resetDatabase("pgv_e2e");
  } catch (error) {
    console.error(`PostgreSQL not reachable: ${error.message}`);
    postgres = false;
  }
}
if (!postgres) results.push({ name: "PostgreSQL available", passed: 0, failed: 1 });

for (const [name, script] of [
  ["typecheck", "typecheck"],
  ["lint", "lint"],
  ["format (prettier --check)", "format:check"],
]) {
  if (!step(name, "npm", ["run", "--silent", script])) results.push({ name, passed: 0, failed: 1 });
}

vitest(
  "vitest: unit + integration (PGlite store)",
  ["--project", "unit", "--project", "integration"],
  "test-results/vitest.json",
  {},
);
if (postgres) {
  vitest(
    "vitest: portal integration (PostgreSQL store)",
    ["--project", "integration", "tests/integration/portal"],
    "test-results/vitest-pg.json",
    { DATABASE_URL: PG("pgv_test") },
  );
}

console.log("\n━━ next build");
buildIfNeeded();

if (existsSync("/usr/bin/chromium") || process.env.CHROME_PATH) {
  const report = "test-results/playwright.json";
  rmSync(report, { force: true });
  const ok = step(
    "playwright (Chromium)",
    process.execPath,
    ["node_modules/@playwright/test/cli.js", "test", "--reporter=list,json"],
    {
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
      E2E_DATABASE_URL: postgres ? PG("pgv_e2e") : "",
    },
  );
  const stats = readJson(report)?.stats;
  results.push({
    name: "playwright",
    passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0),
    failed: (stats?.unexpected ?? 0) + (!ok && !stats?.unexpected ? 1 : 0),
  });
} else {
  results.push({ name: "playwright (no Chromium at /usr/bin/chromium)", passed: 0, failed: 1 });
}

console.log("\n━━ summary");
for (const r of results) console.log(`  ${r.name}: ${r.passed} passed, ${r.failed} failed`);
console.log(`  business date ${testBusinessDate()}, total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
