import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { fillLogin, loginAs, mainNav, sandbox } from "./helpers";

// Issue 20 item 5: every section one tap away at a phone's width and on a small desktop, for
// every role; no page of any menu entry scrolls sideways; touch targets of at least 44 px.

const roles = [
  {
    user: "ana",
    password: "ana123",
    entries: ["Início", "Clientes", "Pedidos", "Orçamentos", "Prospects", "Matrículas", "Contratos PJ"],
  },
  {
    user: "marcos",
    password: "marcos123",
    entries: ["Início", "Clientes", "Pedidos", "Orçamentos", "Matrículas", "Contratos PJ"],
  },
  { user: "fabio", password: "fabio123", entries: ["Financeiro SGE"] },
  {
    user: "admin",
    password: "admin123",
    entries: [
      "Início",
      "Clientes",
      "Pedidos",
      "Orçamentos",
      "Prospects",
      "Matrículas",
      "Contratos PJ",
      "Financeiro SGE",
      "Serviços CRM",
      "Acesso a dados pessoais",
      "Diagnóstico",
    ],
  },
];
const sizes = [
  { name: "phone", width: 360, height: 740 },
  { name: "desktop", width: 1024, height: 768 },
];

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const size of sizes)
  for (const role of roles)
    test(`20.5 ${role.user} at ${size.width} px reaches every menu entry, each page without sideways scrolling`, async ({
      page,
    }) => {
      test.setTimeout(150_000);
      await page.setViewportSize({ width: size.width, height: size.height });
      // The finance team's login has no home: it lands on its SGE page.
      if (role.user === "fabio") {
        await page.goto("/login");
        await fillLogin(page, "demo", role.user, role.password);
        await expect(page).toHaveURL(/\/sge\/finance/);
      } else await loginAs(page, "demo", role.user, role.password);
      const nav = await mainNav(page);
      const links = nav.getByRole("link");
      await expect(links).toHaveText(role.entries);
      // Every entry is on screen, whole, and big enough to tap.
      for (const link of await links.all()) {
        const box = (await link.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        expect(box.height).toBeGreaterThanOrEqual(44);
      }
      for (const entry of role.entries) {
        const link = (await mainNav(page)).getByRole("link", { name: entry, exact: true });
        const href = (await link.getAttribute("href"))!;
        await link.click();
        await expect(page).toHaveURL((url) => url.pathname === href || url.pathname.startsWith(`${href}/`));
        await page.waitForLoadState("networkidle");
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await sidewaysOverflow(page), `${entry} (${href})`).toBeLessThanOrEqual(0);
        // The phone's menu closed with the choice, and says which section is open.
        const menu = page.getByRole("button", { name: "Menu", exact: true });
        if (size.name === "phone") await expect(menu).toHaveAttribute("aria-expanded", "false");
        const nav2 = await mainNav(page);
        await expect(nav2.getByRole("link", { name: entry, exact: true })).toHaveAttribute("aria-current", "page");
        if (size.name === "phone") await page.keyboard.press("Escape");
      }
    });

test("20.6 'Próxima' under a long list on a phone opens the next page at its top", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/orders");
  await expect(page.getByText(/^Página 1 de \d+$/)).toBeVisible();
  await page.getByRole("button", { name: "Próxima" }).scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  await page.getByRole("button", { name: "Próxima" }).click();
  await expect(page.getByText(/^Página 2 de \d+$/)).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole("heading", { level: 1, name: "Meus pedidos" })).toBeInViewport();
});

test("20.6 a table's links are 44 px tall; on a phone risk badges and documents never break mid-word", async ({
  page,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  for (const path of ["/orders", "/customers", "/quotations"]) {
    await page.goto(path);
    const first = page.locator("table tbody tr").first().getByRole("link").first();
    await expect(first).toBeVisible();
    expect((await first.boundingBox())!.height, path).toBeGreaterThanOrEqual(44);
  }
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/customers");
  const cards = page.getByRole("listitem");
  await expect(cards.first()).toBeVisible();
  // One line each: a wrapped badge or document would be about twice its line's height.
  for (const part of await cards.locator("span.whitespace-nowrap").all()) {
    const box = (await part.boundingBox())!;
    const line = await part.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight) || 20);
    expect(box.height).toBeLessThan(line * 1.8);
  }
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
});
