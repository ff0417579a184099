import { chromium } from "@playwright/test";
import { signIn, startPortal, startSandbox, waitForSync } from "./portal-harness.mjs";
const PORTAL = 3192, SANDBOX = 18392, base = `http://localhost:${PORTAL}`;
const sandbox = await startSandbox(SANDBOX, "fp");
const portal = await startPortal(PORTAL, SANDBOX);
const cookie = await signIn(base, "demo", "ana", "ana123");
await waitForSync(base, cookie);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
await ctx.addCookies(cookie.split("; ").map((c) => { const [name, value] = c.split(/=(.*)/s); return { name, value, url: base }; }));
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: Number(process.argv[2] ?? 1) });
for (const path of process.argv.slice(3)) for (let i = 0; i < 3; i++) {
  await page.goto(base + path, { waitUntil: "load" });
  await page.waitForTimeout(1500);
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    lcp: new Promise((r) => new PerformanceObserver((l) => { const e = l.getEntries().at(-1); r([e.startTime, e.element?.tagName, e.element?.textContent?.slice(0,40)]); }).observe({ type: "largest-contentful-paint", buffered: true })),
    dcl: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
    load: performance.getEntriesByType("navigation")[0].loadEventEnd,
  }));
  m.lcp = await page.evaluate(() => new Promise((r) => new PerformanceObserver((l) => { const e = l.getEntries().at(-1); r([Math.round(e.startTime), e.element?.tagName, e.element?.textContent?.slice(0,40)]); }).observe({ type: "largest-contentful-paint", buffered: true })));
  console.log(path, JSON.stringify(m));
}
await browser.close(); portal.kill(); sandbox.kill();
