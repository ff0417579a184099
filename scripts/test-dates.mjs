#!/usr/bin/env node
// `npm run test:dates`: the whole `npm test` under each edge of the calendar (a 1st of a month,
// 31 December, 29 February of a leap year; or the dates given as arguments), one after the other,
// each with the sandbox, the portal and the browser pinned to that date. Proves no test depends on
// the day it runs. Not part of `npm test` (it takes three full runs).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { EDGE_BUSINESS_DATES, testBusinessDate } from "./business-date.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dates = (process.argv.length > 2 ? process.argv.slice(2) : EDGE_BUSINESS_DATES).map((d) =>
  testBusinessDate({ TEST_BUSINESS_DATE: d }),
);
const results = [];
for (const date of dates) {
  console.log(`\n══ npm test with the business date pinned to ${date}`);
  const run = spawnSync(process.execPath, ["scripts/test.mjs"], {
    cwd: root,
    env: { ...process.env, TEST_BUSINESS_DATE: date },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  process.stdout.write(run.stdout ?? "");
  const last = (run.stdout ?? "").trim().split("\n").at(-1) ?? "";
  const m = /^(\d+) passed, (\d+) failed$/.exec(last);
  results.push({ date, passed: m ? Number(m[1]) : 0, failed: m ? Number(m[2]) : 1 });
}
console.log("\n══ business dates");
for (const r of results) console.log(`  ${r.date}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
