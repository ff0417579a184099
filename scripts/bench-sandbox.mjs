#!/usr/bin/env node
// Latency of the sandbox's PGV API at `load` scale (figures, never pass/fail):
//   node scripts/bench-sandbox.mjs [--runs 30] [--port 18399]
// Starts a sandbox on its own data dir `data/bench-sandbox` (seeded at SANDBOX_SCALE=load on the
// first start, reused afterwards) or reuses one already answering on the port, then measures
// p50/p95 over N runs of what PO Sync does most: a 500-row page of customers for ana (01/01), a
// 500-row page of financialsecurities, and diffs with no changes.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { testBusinessDate } from "./business-date.mjs";
import { percentile } from "./stats.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
};
const RUNS = arg("runs", 30);
const PORT = arg("port", Number(process.env.BENCH_SANDBOX_PORT ?? 18399));
const DATA_DIR = "data/bench-sandbox";
const BASE = `http://127.0.0.1:${PORT}`;
const TENANT = "01,01";

async function healthy() {
  try {
    return (await fetch(`${BASE}/health`)).ok;
  } catch {
    return false;
  }
}

/** Starts the sandbox (our child; stopped at the end) unless one already answers on the port. */
async function ensureSandbox() {
  if (await healthy()) {
    console.log(`Reusing the sandbox already listening on ${BASE} (its scale is whatever it was started with).`);
    return undefined;
  }
  const firstStart = !existsSync(DATA_DIR);
  console.log(
    firstStart
      ? `Seeding ${DATA_DIR} at load scale (first start; up to a few minutes)...`
      : `Starting the sandbox on ${DATA_DIR}...`,
  );
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "sandbox/main.ts"], {
    env: {
      ...process.env,
      SANDBOX_PORT: String(PORT),
      SANDBOX_DATA_DIR: DATA_DIR,
      SANDBOX_SCALE: "load",
      SANDBOX_TODAY: testBusinessDate(),
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const deadline = Date.now() + 15 * 60_000;
  while (!(await healthy())) {
    if (child.exitCode !== null) throw new Error(`sandbox exited with ${child.exitCode}`);
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error("sandbox did not answer within 15 minutes");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  console.log(
    `Sandbox up in ${((performance.now() - started) / 1000).toFixed(1)} s${firstStart ? " (including the load seed)" : ""}.`,
  );
  return child;
}

async function token(username, password) {
  const res = await fetch(`${BASE}/rest/api/oauth2/v1/token?grant_type=password`, {
    method: "POST",
    headers: { username, password },
  });
  if (!res.ok) throw new Error(`token for ${username}: ${res.status}`);
  return (await res.json()).access_token;
}

async function call(path, bearer) {
  const res = await fetch(`${BASE}/rest/api/tgv/${path}`, {
    headers: { authorization: `Bearer ${bearer}`, tenantId: TENANT },
  });
  const body = await res.json();
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

async function measure(label, path, bearer) {
  let last;
  for (let i = 0; i < 3; i++) last = await call(path, bearer); // warm-up (plan cache, JIT)
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    last = await call(path, bearer);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    label.padEnd(44),
    `${percentile(times, 50).toFixed(1)}`.padStart(8),
    `${percentile(times, 95).toFixed(1)}`.padStart(8),
    `${times[0].toFixed(1)}`.padStart(8),
    `${last.items.length}`.padStart(6),
    `${last.remainingRecords}`.padStart(10),
  );
}

const child = await ensureSandbox();
try {
  const ana = await token("ana", "ana123");
  const customers = await call("customers?page=1&pageSize=500", ana);
  const titles = await call("financialsecurities?page=1&pageSize=500", ana);
  console.log(
    `\nana in ${TENANT}: ${customers.items.length + customers.remainingRecords} customers, ${titles.items.length + titles.remainingRecords} receivables. ${RUNS} runs each, ms:`,
  );
  console.log(
    "request".padEnd(44),
    "p50".padStart(8),
    "p95".padStart(8),
    "min".padStart(8),
    "items".padStart(6),
    "remaining".padStart(10),
  );
  await measure("customers page 1, pageSize 500", "customers?page=1&pageSize=500", ana);
  await measure("customers page 20, pageSize 500", "customers?page=20&pageSize=500", ana);
  await measure("financialsecurities page 1, pageSize 500", "financialsecurities?page=1&pageSize=500", ana);
  const now = new Date().toISOString();
  await measure("customers/diff (no changes)", `customers/diff/${now}`, ana);
  await measure("financialsecurities/sync/diff (no changes)", `financialsecurities/sync/diff/${now}`, ana);
  await measure("financialstatus/sync/diff (no changes)", `financialstatus/sync/diff/${now}`, ana);
} finally {
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}
