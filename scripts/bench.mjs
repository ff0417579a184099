#!/usr/bin/env node
// `npm run bench`: figures, never pass/fail. For now: First Load JS per route (gzip) from the last
// `next build` (Turbopack's route-bundle-stats), against the QUALITY.md budgets.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BUDGET_KB = { "/login": 150 };
const PORTAL_PAGE_BUDGET_KB = 200;

const stats = JSON.parse(readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8"));
const gz = new Map();
const gzipSize = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gz.get(file);
};

console.log("First Load JS per route (from .next/diagnostics/route-bundle-stats.json)");
console.log("route".padEnd(28), "raw kB".padStart(9), "gzip kB".padStart(9), "budget".padStart(8), " ratio");
for (const route of stats.filter((r) => !r.route.startsWith("/api") && !r.route.startsWith("/_"))) {
  const raw = route.firstLoadUncompressedJsBytes / 1000;
  const gzip = route.firstLoadChunkPaths.reduce((n, f) => n + gzipSize(f), 0) / 1000;
  const budget = BUDGET_KB[route.route] ?? PORTAL_PAGE_BUDGET_KB;
  console.log(route.route.padEnd(28), raw.toFixed(1).padStart(9), gzip.toFixed(1).padStart(9), `${budget}`.padStart(8), ` ${(gzip / budget).toFixed(2)}`);
}
