import { test as base, expect, type Browser, type BrowserContext } from "@playwright/test";
import { pinnedClock } from "../../lib/today";
import { E2E } from "../../playwright.config";

/** The suite's business date, shifted from the real one by whole days like the sandbox's and the portal's clocks. */
const clock = pinnedClock(E2E.businessDate);

/**
 * Pins a browser context to the business date of the sandbox and the portal, so what the page
 * computes from `new Date()` agrees with the server. Time then runs at its real pace.
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
});

export { expect };
