#!/usr/bin/env node
// First paint of the pages with an online part (issue 20 item 1; QUALITY.md: "a page whose online
// part hangs: first paint ≤ 1 s from the store; the online part says why at its timeout"): the
// customer page (open titles online), the order page (the live order read) and the home (the
// indicators, `?refresh=1` so the ERP is asked past the short-lived cache), measured with Playwright
// (Debian Chromium, a 390 × 844 phone viewport, no throttling) against the production portal from
// the last `next build`, first with the ERP answering, then with the sandbox's `hang` fault on those
// reads. Per page: time to first byte, first paint, first contentful paint, the store's content on
// screen, and the online part settled (answered, or saying why at the portal's ERP timeout); the
// median of RUNS loads. Figures only (part of `npm run bench`, never `npm test`).
import { chromium } from "@playwright/test";
import { businessDate, requireBuild, signIn, startPortal, startSandbox, waitForSync } from "./portal-harness.mjs";
import { median } from "./stats.mjs";

const PORTAL = 3192;
const SANDBOX = 18392;
const ADMIN_KEY = "first-paint";
const RUNS = 3;
const BAR_MS = 1000;
const base = `http://localhost:${PORTAL}`;
const admin = `http://127.0.0.1:${SANDBOX}/__admin`;

if (!requireBuild("First paint")) process.exit(0);

async function adminCall(method, path, body) {
  const res = await fetch(`${admin}${path}`, {
    method,
    headers: { "x-sandbox-admin-key": ADMIN_KEY, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`sandbox admin ${method} ${path}: ${res.status}`);
  return res.status === 204 ? null : res.json();
}
const setFaults = (faults) => adminCall("PUT", "/faults", { faults });

const sandbox = await startSandbox(SANDBOX, ADMIN_KEY);
const portal = await startPortal(PORTAL, SANDBOX);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});

try {
  const cookie = await signIn(base, "demo", "ana", "ana123");
  await waitForSync(base, cookie);
  // Ana's newest order with items, as the sandbox seeds it (the store holds it after the initial load).
  const {
    rows: [order],
  } = await adminCall("POST", "/sql", {
    sql: `SELECT c5.C5_NUM AS num FROM SC5010 c5
           WHERE c5.C5_FILIAL = '01' AND c5.C5_VEND1 = '000001' AND c5.D_E_L_E_T_ = ' ' AND c5.C5_EMISSAO <= $1
             AND EXISTS (SELECT 1 FROM SC6010 c6 WHERE c6.C6_FILIAL = c5.C5_FILIAL AND c6.C6_NUM = c5.C5_NUM AND c6.D_E_L_E_T_ = ' ')
           ORDER BY c5.C5_EMISSAO DESC, c5.C5_NUM DESC LIMIT 1`,
    params: [businessDate.replaceAll("-", "")],
  });

  // `local`: what the store gives (must be on screen at once); `settled`: the online part done — in
  // the page's own words (answered or unavailable), never its skeleton or the "atualizando" copy.
  const pages = [
    {
      name: "customer page",
      path: "/customers/000002/01",
      hang: "/rest/api/tgv/customers/000002/01/financialsecurities",
      local: ["[data-testid=fin-open]"],
      // The open titles as cards, or the message in their place (none, the last copy, unavailable).
      settled: ["#receivables-title + p, [data-testid=receivables-cards]"],
    },
    {
      name: "order page",
      path: `/orders/${order.num}`,
      hang: "/rest/api/tgv/salesorders/",
      local: ["#order-items"],
      // Only the ERP's version (or the synced copy saying the ERP did not answer) has it.
      settled: ["[data-testid=order-source]"],
    },
    {
      name: "home",
      path: "/?refresh=1",
      hang: "/rest/api/tgv/salesindicators",
      // The greeting (the period form may sit behind its summary on a phone).
      local: ["#home-title"],
      // Both streamed parts: the cards (or their message) and the charts (or theirs).
      settled: [
        "[data-testid=indicators], [data-testid=indicators-banner]",
        "[data-testid=chart-orders], [data-testid=charts-banner]",
      ],
    },
  ];

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "pt-BR" });
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const [name, value] = pair.split(/=(.*)/s);
      return { name, value, domain: "localhost", path: "/" };
    }),
  );
  // Every frame, the first moment all of `selectors` are on screen (rendered with a size; a streamed
  // part waiting in a hidden container is not), on the page's clock.
  await context.addInitScript(() => {
    window.__seen = {};
    window.__watch = (key, selectors) => {
      const shown = (selector) => [...document.querySelectorAll(selector)].some((e) => e.getClientRects().length > 0);
      const look = () => {
        if (selectors.every(shown)) window.__seen[key] = performance.now();
        else requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    };
  });

  /** One load of `page`: the figures in ms from the navigation's start. */
  async function measure(spec) {
    const tab = await context.newPage();
    await tab.addInitScript(
      ({ local, settled }) => {
        window.__watch("local", local);
        window.__watch("settled", settled);
      },
      { local: spec.local, settled: spec.settled },
    );
    await tab.goto(`${base}${spec.path}`, { waitUntil: "commit" });
    await tab
      .waitForFunction(() => window.__seen?.local !== undefined && window.__seen?.settled !== undefined, null, {
        timeout: 60_000,
        polling: 100,
      })
      .catch(async (error) => {
        throw new Error(`${spec.path}: ${JSON.stringify(await tab.evaluate(() => window.__seen))} at ${tab.url()}`, {
          cause: error,
        });
      });
    const figures = await tab.evaluate(() => {
      const paint = Object.fromEntries(performance.getEntriesByType("paint").map((p) => [p.name, p.startTime]));
      const [nav] = performance.getEntriesByType("navigation");
      return {
        ttfb: nav.responseStart,
        fp: paint["first-paint"] ?? NaN,
        fcp: paint["first-contentful-paint"] ?? NaN,
        local: window.__seen.local,
        settled: window.__seen.settled,
      };
    });
    await tab.close();
    return figures;
  }

  const ms = (x) => (Number.isFinite(x) ? x.toFixed(0) : "—").padStart(7);
  const bar = (x) => `${ms(x)} ${x <= BAR_MS ? "✓" : "✗"}`;

  console.log(
    `First paint with the ERP answering and with it hanging (median of ${RUNS}, ms from navigation; phone viewport, Debian Chromium)`,
  );
  console.log(
    "page".padEnd(15),
    "ERP".padEnd(9),
    "TTFB".padStart(7),
    "   first paint",
    "     FCP",
    "  store content",
    " online part settled",
  );
  // One load of each page first: the server's first render of a route pays for loading its code.
  for (const spec of pages) await measure(spec);
  for (const mode of ["answering", "hanging"]) {
    await setFaults(mode === "hanging" ? pages.map((p) => ({ pathPrefix: p.hang, kind: "hang" })) : []);
    for (const spec of pages) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(spec));
      const m = (key) => median(runs.map((r) => r[key]));
      console.log(
        spec.name.padEnd(15),
        mode.padEnd(9),
        ms(m("ttfb")),
        `   ${bar(m("fp"))}`,
        ` ${bar(m("fcp"))}`,
        `   ${bar(m("local"))}`,
        `        ${ms(m("settled"))}`,
      );
    }
  }
  console.log(
    `Bar (QUALITY.md): first paint, FCP and the store's content ≤ ${BAR_MS} ms with the ERP hanging; the online part settles at the ERP timeout (ERP_TIMEOUT_MS, 8 s by default) with its message.`,
  );
} finally {
  await setFaults([]).catch(() => null);
  await browser.close();
  portal.kill("SIGTERM");
  sandbox.kill("SIGTERM");
}
