#!/usr/bin/env node
// Sustained load (QUALITY.md): 50 connections × 30 s, one target after the other, on `/api/health`
// (the floor: no session, no store), the customer search, the orders list and the bell's unread
// poll, signed in as ana, against the production portal from the last `next build`. Prints req/s,
// p50/p99, errors and the portal process's peak RSS per target, with the bars beside them, in the
// embedded store's mode (PGlite on disk, as `npm start` runs) and, when PostgreSQL answers on
// 127.0.0.1:5432 (scripts/setup-machine.sh), in PostgreSQL mode. Figures only, never pass/fail.
//   node scripts/load.mjs [--duration=30] [--connections=50] [--mode=pglite|postgres|both]
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
const SANDBOX = 18395;
const PORTAL = 3195;
const base = `http://localhost:${PORTAL}`;
const PG_URL = "postgres://pgv:pgv@127.0.0.1:5432/pgv_bench";

const BARS = { p99: 250, share: 0.5, rss: 400 };
const targets = [
  ["health (floor)", "/api/health", false],
  ["customer search", "/api/customers?q=mer&page=1", true],
  ["orders list", "/api/orders?page=1", true],
  ["unread poll", "/api/notifications/unread", true],
];

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
      "target".padEnd(18),
      "req/s".padStart(8),
      "÷floor".padStart(7),
      "p50 ms".padStart(7),
      "p99 ms".padStart(7),
      "max ms".padStart(7),
      "errors".padStart(7),
      "peak RSS MB".padStart(12),
    );
    let floor = null;
    let peakOverall = idle ?? 0;
    for (const [name, url, authed] of targets) {
      let peak = rssMb(portal.pid) ?? 0;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb(portal.pid) ?? 0)), 200);
      const result = await autocannon({
        url: `http://127.0.0.1:${PORTAL}${url}`,
        connections: CONNECTIONS,
        duration: DURATION,
        headers: authed ? { cookie } : {},
      });
      clearInterval(sampler);
      peakOverall = Math.max(peakOverall, peak);
      const rps = result.requests.average;
      floor ??= rps;
      const errors = result.errors + result.timeouts + result.non2xx;
      console.log(
        name.padEnd(18),
        rps.toFixed(0).padStart(8),
        (rps / floor).toFixed(2).padStart(7),
        String(result.latency.p50).padStart(7),
        String(result.latency.p99).padStart(7),
        String(result.latency.max).padStart(7),
        String(errors).padStart(7),
        peak.toFixed(0).padStart(12),
      );
    }
    console.log(
      `bars: store-served ≥ ${BARS.share} × floor, p99 ≤ ${BARS.p99} ms, 0 errors; peak RSS ≤ ${BARS.rss} MB (this run: ${peakOverall.toFixed(0)} MB)`,
    );
  } finally {
    await stopChild(portal);
  }
}

if (requireBuild("Load")) {
  console.log(`Sustained load: ${CONNECTIONS} connections × ${DURATION} s per target (autocannon), signed in as ana`);
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
