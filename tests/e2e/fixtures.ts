import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { pinnedClock } from "../../lib/today";
import { E2E } from "../../playwright.config";

/** The suite's business date, shifted from the real one by whole days like the sandbox's and the portal's clocks. */
const clock = pinnedClock(E2E.businessDate);

/**
 * Pins a browser context to the business date of the sandbox and the portal, so what the page
 * computes from its own clock agrees with the server. Time then runs at its real pace.
 */
export async function pinClock(context: BrowserContext): Promise<void> {
  await context.clock.install({ time: clock.now() });
}

/** A second browser (another rep, another device) on the same business date. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await pinClock(context);
  return context;
}

/** Every e2e test runs in a context whose clock is pinned: import `test` from here, not from Playwright. */
export const test = base.extend({
  context: async ({ context }, provide) => {
    await pinClock(context);
    await provide(context);
  },
  // After a full load (goto, reload) the page's islands (components/*.island.tsx) hydrate once their
  // code arrives: a test waits for them before it types or clicks, as React drops what reached the
  // server's HTML before it took over. Client-side navigations render islands only once loaded.
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      await islandsHydrated(page);
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      await islandsHydrated(page);
      return response;
    };
    await provide(page);
  },
});

/** Waits until no island of the page is still waiting for its code (`data-island="pending"`). */
export async function islandsHydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[data-island="pending"]'));
}

export { expect };
