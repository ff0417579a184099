#!/usr/bin/env node
// Sustained load (QUALITY.md): 50 connections × 30 s, one target after the other, on `/api/health`
// (the floor: no session, no store), the customer search, the orders list and the bell's unread
// poll, signed in as ana, against the production portal from the last `next build`. Prints req/s,
// p50/p99, errors and the portal process's peak RSS per target, with the bars beside them, in the
// embedded store's mode (PGlite on disk, as `npm start` runs) and, when PostgreSQL answers on
// 127.0.0.1:5432 (scripts/setup-machine.sh), in PostgreSQL mode. Figures, each beside its bar with ✓/✗;
// never a pass/fail exit code.
//   node scripts/load.mjs [--duration=30] [--connections=50] [--warmup=3] [--mode=pglite|postgres|both]
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { requireBuild, signIn, startPortal, startSandbox, stopChild, waitForSync } from "./portal-harness.mjs";

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const DURATION = Number(arg("duration", 30));
const CONNECTIONS = Number(arg("connections", 50));
const MODE = arg("mode", "both");
const WARMUP = Number(arg("warmup", 3));
const SANDBOX = 18395;
const PORTAL = 3195;
const base = `http://localhost:${PORTAL}`;
const PG_URL = "postgres://pgv:pgv@127.0.0.1:5432/pgv_bench";

// QUALITY.md and issue 20: store-served reads ≥ half the floor's req/s, p99 ≤ 250 ms (the bell's
// poll ≤ 150 ms), no errors, the portal's RSS ≤ 400 MB.
const BARS = { share: 0.5, rss: 400 };
/** [name, path, signed in, p99 bar in ms] */
const targets = [
  ["health (floor)", "/api/health", false, null],
  ["customer search", "/api/customers?q=mer&page=1", true, 250],
  ["orders list", "/api/orders?page=1", true, 250],
  ["unread poll", "/api/notifications/unread", true, 150],
];

/** A figure with its bar beside it: `12 ≤250 ✓`; no bar, the figure alone. */
const barred = (value, text, bar, meets) => (bar === null ? text : `${text} ${bar} ${meets(value) ? "✓" : "✗"}`);

/** The process's resident set in MB (Linux /proc), or null. */
function rssMb(pid) {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** PostgreSQL's bench database (scripts/setup-machine.sh creates it), emptied; false when it does not answer. */
async function postgresReady() {
  const client = new pg.Client({ connectionString: PG_URL });
  try {
    await client.connect();
    // A clean schema per run, as the test runner does.
    await client.query(
      "DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;",
    );
    return true;
  } catch (error) {
    console.log(`\nPostgreSQL mode skipped: ${error.message} (scripts/setup-machine.sh, as root, sets it up)`);
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function runMode(label, env) {
  const portal = await startPortal(PORTAL, SANDBOX, env);
  try {
    const started = rssMb(portal.pid);
    const cookie = await signIn(base, "demo", "ana", "ana123");
    await waitForSync(base, cookie);
    const idle = rssMb(portal.pid);
    console.log(
      `\n${label}: portal RSS ${started?.toFixed(0)} MB started, ${idle?.toFixed(0)} MB after ana's sign-in and initial load`,
    );
    console.log(
      "target".padEnd(16),
      "req/s".padStart(6),
      "÷floor".padStart(13),
      "p50 ms".padStart(7),
      "p99 ms".padStart(13),
      "max ms".padStart(7),
      "errors".padStart(10),
      "peak RSS MB".padStart(14),
    );
    let floor = null;
    let peakOverall = idle ?? 0;
    for (const [name, url, authed, p99Bar] of targets) {
      let peak = rssMb(portal.pid) ?? 0;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb(portal.pid) ?? 0)), 200);
      const run = (duration) =>
        autocannon({
          url: `http://127.0.0.1:${PORTAL}${url}`,
          connections: CONNECTIONS,
          duration,
          headers: authed ? { cookie } : {},
        });
      // The steady state: the route's first requests load and compile its code, and with 50
      // connections that first wave alone is the slowest 1 % of a run. Not counted (its RSS is).
      await run(WARMUP);
      const result = await run(DURATION);
      clearInterval(sampler);
      peakOverall = Math.max(peakOverall, peak);
      const rps = result.requests.average;
      floor ??= rps;
      const share = rps / floor;
      const errors = result.errors + result.timeouts + result.non2xx;
      const { p50, p99, max } = result.latency;
      console.log(
        name.padEnd(16),
        rps.toFixed(0).padStart(6),
        barred(share, share.toFixed(2), authed ? `≥${BARS.share}` : null, (v) => v >= BARS.share).padStart(13),
        String(p50).padStart(7),
        barred(p99, String(p99), p99Bar === null ? null : `≤${p99Bar}`, (v) => v <= p99Bar).padStart(13),
        String(max).padStart(7),
        barred(errors, String(errors), "=0", (v) => v === 0).padStart(10),
        barred(peak, peak.toFixed(0), `≤${BARS.rss}`, (v) => v <= BARS.rss).padStart(14),
      );
    }
    console.log(
      `${label}: RSS ${idle?.toFixed(0)} MB idle → ${peakOverall.toFixed(0)} MB peak under load (bar ≤ ${BARS.rss} MB ${peakOverall <= BARS.rss ? "✓" : "✗"}); ✓/✗ are the bars of QUALITY.md and issue 20`,
    );
  } finally {
    await stopChild(portal);
  }
}

if (requireBuild("Load")) {
  console.log(
    `Sustained load: ${CONNECTIONS} connections × ${DURATION} s per target after ${WARMUP} s of warm-up (autocannon), signed in as ana`,
  );
  const sandbox = await startSandbox(SANDBOX, "load");
  try {
    if (MODE !== "postgres") {
      const dir = mkdtempSync(path.join(tmpdir(), "pgv-load-"));
      try {
        await runMode("PGlite (embedded, on disk)", { PORTAL_DATA_DIR: dir });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    if (MODE !== "pglite" && (await postgresReady())) await runMode("PostgreSQL", { DATABASE_URL: PG_URL });
  } finally {
    await stopChild(sandbox);
  }
}
