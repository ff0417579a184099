#!/usr/bin/env node
// Sustained load (QUALITY.md): 50 connections × 30 s per target, in rounds where they take turns, on `/api/health`
// (the floor: no session, no store), the customer search, the orders list and the bell's unread
// poll, signed in as ana, against the production portal from the last `next build`. Prints req/s,
// p50/p99, errors and the portal process's peak RSS per target, with the bars beside them, in the
// embedded store's mode (PGlite on disk, as `npm start` runs) and, when PostgreSQL answers on
// 127.0.0.1:5432 (scripts/setup-machine.sh), in PostgreSQL mode. Figures, each beside its bar with ✓/✗;
// never a pass/fail exit code.
//   node scripts/load.mjs [--duration=30] [--rounds=3] [--connections=50] [--warmup=3] [--mode=pglite|postgres|both]
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { percentile } from "./stats.mjs";
import { requireBuild, signIn, startPortal, startSandbox, stopChild, waitForSync } from "./portal-harness.mjs";

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const DURATION = Number(arg("duration", 30));
const CONNECTIONS = Number(arg("connections", 50));
const MODE = arg("mode", "both");
const WARMUP = Number(arg("warmup", 3));
// Turns of 10 s: the bell's poll diffs the order job at most every 10 s per scope
// (server/services/notifications.ts FRESH_MS), so each turn pays one such refresh, as a poll that
// never stops does every 10 s; shorter turns would each pay one and count it more often.
const ROUNDS = Number(arg("rounds", 3));
const SETTLE = 1;
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

/**
 * The targets take turns in rounds of DURATION / ROUNDS seconds each, so that a slower stretch of
 * this shared machine weighs on the floor and on each target alike rather than on whichever ran
 * then (one run after the other, the ratio to the floor moved by ±10 % from run to run). Each turn
 * opens 50 new connections, whose first wave is answered over the first half second whatever the
 * route (the warm-up's reason): a turn runs SETTLE seconds longer and only what is answered after
 * them counts. A target's req/s is the responses answered in its counted seconds over them; its
 * latencies are those of the requests sent in them, merged.
 */
async function measure(portal, cookie) {
  const tally = targets.map(() => ({ responses: 0, seconds: 0, errors: 0, latencies: [], peak: 0 }));
  const run = ([, url, authed], duration) =>
    autocannon({
      url: `http://127.0.0.1:${PORTAL}${url}`,
      connections: CONNECTIONS,
      duration,
      headers: authed ? { cookie } : {},
    });
  // The steady state: the route's first requests load and compile its code, and with 50
  // connections that first wave alone is the slowest 1 % of a run. Not counted (its RSS is).
  for (const target of targets) await run(target, WARMUP);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, target] of targets.entries()) {
      const t = tally[i];
      t.peak = Math.max(t.peak, rssMb(portal.pid) ?? 0);
      const sampler = setInterval(() => (t.peak = Math.max(t.peak, rssMb(portal.pid) ?? 0)), 200);
      const from = performance.now() + SETTLE * 1000;
      const instance = run(target, DURATION / ROUNDS + SETTLE);
      instance.on("response", (_client, status, _bytes, ms) => {
        const now = performance.now();
        if (now < from) return;
        t.responses++;
        // The latencies of the requests sent within the counted seconds: not the first wave's stragglers.
        if (now - ms >= from) t.latencies.push(ms);
        if (status < 200 || status >= 300) t.errors++;
      });
      const result = await instance;
      t.seconds += (performance.now() - from) / 1000;
      clearInterval(sampler);
      t.errors += result.errors + result.timeouts;
    }
  }
  return tally.map((t) => {
    const sorted = t.latencies.sort((a, b) => a - b);
    return {
      ...t,
      rps: t.responses / t.seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? 0,
    };
  });
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
    const figures = await measure(portal, cookie);
    const floor = figures[0].rps;
    for (const [i, [name, , authed, p99Bar]] of targets.entries()) {
      const { rps, p50, p99, max, errors, peak } = figures[i];
      const share = rps / floor;
      const ms = (v) => String(Math.round(v));
      console.log(
        name.padEnd(16),
        rps.toFixed(0).padStart(6),
        barred(share, share.toFixed(2), authed ? `≥${BARS.share}` : null, (v) => v >= BARS.share).padStart(13),
        ms(p50).padStart(7),
        barred(p99, ms(p99), p99Bar === null ? null : `≤${p99Bar}`, (v) => v <= p99Bar).padStart(13),
        ms(max).padStart(7),
        barred(errors, String(errors), "=0", (v) => v === 0).padStart(10),
        barred(peak, peak.toFixed(0), `≤${BARS.rss}`, (v) => v <= BARS.rss).padStart(14),
      );
    }
    const peakOverall = Math.max(idle ?? 0, ...figures.map((f) => f.peak));
    console.log(
      `${label}: RSS ${idle?.toFixed(0)} MB idle → ${peakOverall.toFixed(0)} MB peak under load (bar ≤ ${BARS.rss} MB ${peakOverall <= BARS.rss ? "✓" : "✗"}); ✓/✗ are the bars of QUALITY.md and issue 20`,
    );
  } finally {
    await stopChild(portal);
  }
}

if (requireBuild("Load")) {
  console.log(
    `Sustained load: ${CONNECTIONS} connections × ${DURATION} s per target, in ${ROUNDS} rounds where the targets take turns, after ${WARMUP} s of warm-up each (autocannon), signed in as ana`,
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
