#!/usr/bin/env node
// `npm run bench`: figures, never pass/fail.
//   1. First Load JS per route (gzip) from the last `next build` (Turbopack's route-bundle-stats),
//      against the 150 kB bar with the ratio to Next's own floor in the same build, then each sales form beside its order twin (the quotation
//      form must stay within budget, the order form no larger than before). The figures are kept in
//      test-results/bench-first-load.json; `--baseline=<such a file>` (e.g. a copy from a build of
//      the previous commit) adds the difference per route.
//   2. The portal at `load` scale (vitest project `bench`, tests/bench/): initial data load of one
//      seller, diff syncs, customer search, customer page, orders, quotations list, order entry,
//      indicators, tax worksheet — server time, against a sandbox seeded at load scale in
//      data/bench-sandbox (a few minutes on the first run or after LOAD_SEED_VERSION moved, reused
//      afterwards).
//      `--js-only` skips it (and 3). The sandbox's own API latency: `node scripts/bench-sandbox.mjs`.
//   3. Lighthouse, mobile and desktop presets, median of 3 runs, on login, home, customers, a customer
//      page, orders, an order page, the order form and the quotation form (scripts/lighthouse.mjs).
//   4. Sustained load and the portal process's memory (scripts/load.mjs): 50 connections × 30 s on
//      /api/health, the customer search, the orders list and the unread poll, PGlite then PostgreSQL.
//   5. First paint of the customer page, the order page and the home with the ERP answering and with
//      the sandbox's `hang` fault on their online reads (scripts/first-paint.mjs, Playwright): bar ≤ 1 s.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

/** Issue 20: at most 150 kB gzip First Load JS on every route. */
const BUDGET_KB = 150;
/** Next's own floor in the same build: the not-found page, server-rendered with one link (React + the router). */
const FLOOR_ROUTE = "/_not-found";
/** The quotation screens and the order screens they are built from, shown side by side. */
const TWINS = [
  ["/quotations/new", "/orders/new"],
  ["/quotations/[number]/edit", "/orders/[number]/edit"],
  ["/quotations/[number]", "/orders/[number]"],
  ["/quotations", "/orders"],
  ["/quotations/drafts", "/orders/drafts"],
];
const baselineArg = process.argv.find((a) => a.startsWith("--baseline="));
const baseline = baselineArg ? JSON.parse(readFileSync(baselineArg.slice("--baseline=".length), "utf8")) : null;

if (existsSync(".next/diagnostics/route-bundle-stats.json")) {
  const stats = JSON.parse(readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8"));
  const gz = new Map();
  const gzipSize = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
    return gz.get(file);
  };
  const pages = stats.filter((r) => !r.route.startsWith("/api") && !r.route.startsWith("/_"));
  const width = Math.max(28, ...pages.map((r) => r.route.length));
  const firstLoad = (route) => route.firstLoadChunkPaths.reduce((n, f) => n + gzipSize(f), 0) / 1000;
  const floorRoute = stats.find((r) => r.route === FLOOR_ROUTE);
  const floor = floorRoute ? firstLoad(floorRoute) : null;
  console.log("First Load JS per route (from .next/diagnostics/route-bundle-stats.json)");
  if (floor)
    console.log(`Next's own floor in this build (${FLOOR_ROUTE}, a trivial page): ${floor.toFixed(1)} kB gzip`);
  console.log(
    "route".padEnd(width),
    "raw kB".padStart(9),
    "gzip kB".padStart(9),
    "bar".padStart(6),
    " ×floor",
    "    ",
    baseline ? "  Δ gzip kB vs baseline" : "",
  );
  const figures = {};
  for (const route of pages) {
    const raw = route.firstLoadUncompressedJsBytes / 1000;
    const gzip = firstLoad(route);
    const budget = BUDGET_KB;
    figures[route.route] = { raw, gzip, budget };
    const before = baseline?.[route.route];
    console.log(
      route.route.padEnd(width),
      raw.toFixed(1).padStart(9),
      gzip.toFixed(1).padStart(9),
      `${budget}`.padStart(6),
      floor ? ` ${(gzip / floor).toFixed(2)}`.padStart(7) : "      -",
      gzip <= budget ? "  ok" : "  OVER",
      !baseline
        ? ""
        : before
          ? `  ${(gzip - before.gzip >= 0 ? "+" : "") + (gzip - before.gzip).toFixed(1)}`
          : "  (new)",
    );
  }
  console.log(`\nQuotation screens beside their order twins (gzip kB; bar ${BUDGET_KB} each):`);
  const show = (route) => {
    const f = figures[route];
    if (!f) return `${route} MISSING from the build`;
    const before = baseline?.[route];
    const delta = before
      ? ` (${(f.gzip - before.gzip >= 0 ? "+" : "") + (f.gzip - before.gzip).toFixed(1)} vs baseline)`
      : "";
    return `${route} ${f.gzip.toFixed(1)}${delta}`;
  };
  for (const [quotation, order] of TWINS) console.log(`  ${show(quotation).padEnd(52)} ${show(order)}`);
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/bench-first-load.json", JSON.stringify(figures, null, 2));
} else {
  console.log("No .next build found: run `npm run build` first for the First Load JS figures.");
}

if (process.argv.includes("--js-only")) process.exit(0);

console.log("\nPortal at load scale (vitest project `bench`; the first run seeds data/bench-sandbox)...");
const run = spawnSync(
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", "--project", "bench", "--reporter=dot"],
  { stdio: ["ignore", "inherit", "inherit"] },
);
if (run.status !== 0 || !existsSync("test-results/bench-portal.json")) {
  console.error("The portal bench failed (see above).");
  process.exit(1);
}
const report = JSON.parse(readFileSync("test-results/bench-portal.json", "utf8"));
const rows = (n) => n.toLocaleString("en");
console.log(
  `\nInitial data load, ${report.seller}, store ${report.store}: ${(report.initialLoadMs / 1000).toFixed(1)} s`,
);
console.log("entity".padEnd(20), "rows".padStart(8), "pages".padStart(6), "s".padStart(7), "rows/s".padStart(8));
for (const e of report.entities) {
  console.log(
    e.entity.padEnd(20),
    rows(e.rows).padStart(8),
    `${e.pages || ""}`.padStart(6),
    (e.ms / 1000).toFixed(1).padStart(7),
    rows(Math.round(e.rows / (e.ms / 1000))).padStart(8),
  );
}
// QUALITY.md: 5,000 customers + 50,000 titles + 10,000 orders in ≤ 20 s. Titles are read online per
// customer (as PGV does); their totals arrive with the financial status (one row per customer).
const rate = (name) => {
  const e = report.entities.find((x) => x.entity === name);
  return e ? e.rows / (e.ms / 1000) : Infinity;
};
const atBar = 5000 / rate("customers") + 5000 / rate("financialstatus") + 10000 / rate("salesorders");
console.log(
  `At the QUALITY.md volume (5,000 customers + their financial status + 10,000 orders), at these rates: ≈ ${atBar.toFixed(1)} s (bar ≤ 20 s)`,
);
console.log(
  `\nDiff with nothing changed, one entity at a time (median of 5, ms): ${report.diffByEntity.map((d) => `${d.entity} ${d.ms.toFixed(0)}`).join(", ")}`,
);
console.log("\nserver time, ms".padEnd(52), "p50".padStart(8), "p95".padStart(8), "min".padStart(8), "n".padStart(5));
for (const r of report.rows) {
  console.log(
    r.what.padEnd(52),
    r.p50.toFixed(1).padStart(8),
    r.p95.toFixed(1).padStart(8),
    r.min.toFixed(1).padStart(8),
    `${r.n}`.padStart(5),
    r.note ? `  ${r.note}` : "",
  );
}
console.log(
  `\nQuotations at load scale: ${rows(report.quotations ?? 0)} in ${report.seller}'s synced year (sandbox/docs/quotations.md).`,
);
console.log(
  "\nBars (QUALITY.md): customer search p95 ≤ 50 ms over 20,000 customers; diff sync with nothing changed ≤ 150 ms;",
  "tax worksheet through the portal ≤ 1.3 × the SalesTaxes call alone (p50).",
);

console.log("");
const lighthouse = spawnSync(process.execPath, ["scripts/lighthouse.mjs"], { stdio: ["ignore", "inherit", "inherit"] });
if (lighthouse.status !== 0) console.error("Lighthouse failed (see above).");

console.log("");
const load = spawnSync(process.execPath, ["scripts/load.mjs"], { stdio: ["ignore", "inherit", "inherit"] });
if (load.status !== 0) console.error("The sustained-load run failed (see above).");

console.log("");
const paint = spawnSync(process.execPath, ["scripts/first-paint.mjs"], { stdio: ["ignore", "inherit", "inherit"] });
if (paint.status !== 0) console.error("The first-paint run failed (see above).");
