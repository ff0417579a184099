#!/usr/bin/env node
// Lighthouse (headless Debian Chromium) on the pages a rep opens in the field: login, home, customers,
// a customer page, orders, an order page, the order form and the quotation form; the mobile preset
// (Lighthouse's default: a mid-range phone, slow 4G, 4× CPU slowdown) and the desktop preset, the
// median of three runs per page. Figures only (part of `npm run bench`, never `npm test`). Starts its
// own ERP sandbox (in memory) and the production portal from the last `next build`, signs in as ana
// through next-auth and passes the session cookie to Lighthouse.
//   --preset=mobile|desktop|both (default both)   --runs=N (default 3)   --only=/path,/path
// The sandbox and the portal run at the lowest CPU priority (`servers.nice` below). Each counted run
// starts once the machine is quiet (CPU ≥ 85 % idle over a second, waited for up to a minute): a run
// that shares the CPU with what came before it in `npm run bench` is scored as a slow page. A run
// that started on a busy machine anyway is listed under its page, with the idle share it had.
// The median run of each page is kept in test-results/lighthouse/<preset><path>.json (open it in the
// Lighthouse viewer, or read `audits` for what blocked the main thread).
import { mkdirSync, writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import {
  requireBuild,
  servers,
  signIn,
  startPortal,
  startSandbox,
  waitForQuietCpu,
  waitForSync,
} from "./portal-harness.mjs";
import { median } from "./stats.mjs";

const PORTAL = 3190;
const SANDBOX = 18390;
const base = `http://localhost:${PORTAL}`;
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;
const presets = { mobile: undefined, desktop: desktopConfig };
const chosen = arg("preset", "both") === "both" ? ["mobile", "desktop"] : [arg("preset")];
const runs = Number(arg("runs", "3"));
/** The idle share of the CPUs a counted run waits for. */
const QUIET = 0.85;
const only = arg("only", "")?.split(",").filter(Boolean);

if (!requireBuild("Lighthouse")) process.exit(0);
// The phone Lighthouse models runs the browser only: in the field the portal and the ERP answer
// from other machines. Here they share this machine's cores with the browser, and serving a page's
// ~20 scripts (gzip on the fly) at the moment it paints delays the paint Lighthouse observes, which
// it then scores as a slower phone. At the lowest priority they take only the CPU the browser leaves.
servers.nice = 19;
const sandbox = await startSandbox(SANDBOX, "lighthouse");
const portal = await startPortal(PORTAL, SANDBOX);
const cookie = await signIn(base, "demo", "ana", "ana123");
await waitForSync(base, cookie);

/** The first row of one of ana's lists, for the record pages (the demo seed decides which). */
async function firstOf(list, path) {
  const res = await fetch(`${base}/api/${list}?page=1`, { headers: { Cookie: cookie } });
  const body = await res.json();
  const row = body.items?.[0];
  if (!row) throw new Error(`/api/${list} gave no rows for ana`);
  return path(row);
}

const pages = [
  ["/login", null],
  ["/", cookie],
  ["/customers", cookie],
  [
    await firstOf(
      "customers",
      (c) => `/customers/${encodeURIComponent(c.code.trim())}/${encodeURIComponent(c.store.trim())}`,
    ),
    cookie,
  ],
  ["/orders", cookie],
  [await firstOf("orders", (o) => `/orders/${encodeURIComponent(o.number.trim())}`), cookie],
  ["/orders/new", cookie],
  ["/quotations/new", cookie],
].filter(([path]) => !only?.length || only.includes(path));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const width = Math.max(16, ...pages.map(([p]) => p.length));
try {
  for (const preset of chosen) {
    console.log(`\nLighthouse ${preset} preset, headless Chromium: median of ${runs} runs (scores 0–100)`);
    console.log(
      "page".padEnd(width),
      "perf".padStart(5),
      "runs".padStart(13),
      "a11y".padStart(5),
      "b.p.".padStart(5),
      "  LCP ms  TBT ms    CLS  bar",
    );
    for (const [path, session] of pages) {
      // One warm-up load first: the server's caches (and the ERP's answers it keeps) are warm for every counted run.
      await fetch(`${base}${path}`, { headers: session ? { Cookie: session } : {} });
      const results = [];
      const busy = [];
      for (let run = 0; run < runs; run++) {
        const idle = await waitForQuietCpu({ idle: QUIET });
        if (idle < QUIET) busy.push(`run ${run + 1} started at ${Math.round(idle * 100)} % idle`);
        const { lhr } = await lighthouse(
          `${base}${path}`,
          {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance", "accessibility", "best-practices"],
            extraHeaders: session ? { Cookie: session } : undefined,
          },
          presets[preset],
        );
        results.push(lhr);
      }
      const score = (lhr, c) => Math.round((lhr.categories[c].score ?? 0) * 100);
      const perf = results.map((r) => score(r, "performance"));
      // The run whose performance is the median stands for the page (its metrics and its audits).
      const typical = results[perf.indexOf(median(perf))];
      const audit = (a) => typical.audits[a]?.numericValue ?? 0;
      mkdirSync("test-results/lighthouse", { recursive: true });
      writeFileSync(`test-results/lighthouse/${preset}${path.replaceAll("/", "_")}.json`, JSON.stringify(typical));
      const ok =
        median(perf) >= 95 && score(typical, "accessibility") === 100 && score(typical, "best-practices") === 100;
      console.log(
        path.padEnd(width),
        String(median(perf)).padStart(5),
        perf.join("/").padStart(13),
        String(score(typical, "accessibility")).padStart(5),
        String(score(typical, "best-practices")).padStart(5),
        `  ${audit("largest-contentful-paint").toFixed(0).padStart(6)}  ${audit("total-blocking-time").toFixed(0).padStart(6)}  ${audit("cumulative-layout-shift").toFixed(3).padStart(5)}  ${ok ? "ok" : "BELOW"}`,
      );
      if (busy.length) console.log(`   * on a busy machine: ${busy.join(", ")}`);
      const failing = Object.values(typical.audits).filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          ["accessibility", "best-practices"].some((c) =>
            typical.categories[c].auditRefs.some((r) => r.id === a.id && r.weight > 0),
          ),
      );
      for (const a of failing) {
        console.log(`   · ${a.id}: ${a.title}`);
        for (const item of a.details?.items?.slice(0, 3) ?? [])
          console.log(`     ${JSON.stringify(item).slice(0, 240)}`);
      }
    }
  }
  console.log(
    "Bars (QUALITY.md, issue 20): performance ≥ 95 (median of the runs), accessibility 100, best practices 100.",
  );
} finally {
  await chrome.kill();
  portal.kill("SIGTERM");
  sandbox.kill("SIGTERM");
}
