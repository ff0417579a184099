import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, newContext, test } from "./fixtures";
import { DIRECT, loginAs, sandbox } from "./helpers";

// The requirements diagnostics (issue 19): the administrator's page at /admin/diagnostics, all green
// on the demo sandbox, the support report on the clipboard without secrets, a flipped Security
// switch worded as what to change, and the 403 page for a seller.

async function axe(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

const rows = (page: Page) => page.getByTestId("diagnostics-row");

test("the administrator's diagnostics: all green on the demo, a report without secrets, Security=0 worded, a seller refused", async ({
  page,
  browser,
}) => {
  const erp = sandbox(page.request);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: DIRECT });
  await loginAs(page, "demo", "admin", "admin123");
  await page.getByRole("link", { name: "Diagnóstico", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Diagnóstico de requisitos" })).toBeVisible();

  // Every row green, each with its status in words beside the icon and its measured time.
  await expect(page.getByTestId("diagnostics-summary")).toContainText("Nenhuma falha, nenhum aviso");
  expect(await rows(page).count()).toBeGreaterThan(10);
  await expect(page.locator('[data-testid="diagnostics-row"]:not([data-status="ok"])')).toHaveCount(0);
  const security = rows(page).and(page.locator('[data-check="security"]'));
  await expect(security).toContainText("Security (chamada sem token)");
  await expect(security).toContainText("OK");
  await expect(security).toContainText(/\d+ ms/);
  await expect(page.getByText("Alias demo (REST direto), empresa 01, filial 01")).toBeVisible();
  await axe(page);

  // "Copiar relatório": JSON for support, one entry per row, no password, token or ERP technical text.
  await page.getByRole("button", { name: "Copiar relatório" }).click();
  await expect(page.getByText("Relatório copiado.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const report = JSON.parse(copied) as { alias: string; results: { id: string; status: string; check: string }[] };
  expect(report.alias).toBe("demo");
  expect(report.results).toHaveLength(await rows(page).count());
  expect(report.results.find((r) => r.id === "security")).toMatchObject({
    status: "ok",
    check: "Security (chamada sem token)",
  });
  for (const secret of ["admin123", "integracao123", "Bearer", "access_token", "detailedMessage"])
    expect(copied).not.toContain(secret);
  for (const { token } of await erp.tokens("admin")) expect(copied).not.toContain(token);

  try {
    // The Appserver turned insecure: run again, and the security row says what to change in appserver.ini.
    await erp.config({ security: 0 });
    await page.getByRole("button", { name: "Executar novamente" }).click();
    await expect(security).toHaveAttribute("data-status", "failed");
    await expect(security).toContainText("Falhou");
    await expect(security).toContainText("Uma chamada sem token foi atendida");
    await expect(security).toContainText("Defina Security=1 na seção [HTTPREST] do appserver.ini");
    await expect(page.getByTestId("diagnostics-summary")).toContainText("1 falha");

    // On a phone: the rows as cards, the fix in each, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.locator("table")).toBeHidden();
    const card = page.getByTestId("diagnostics-card").and(page.locator('[data-check="security"]'));
    await expect(card).toContainText("Falhou");
    await expect(card).toContainText("Security=1");
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await axe(page);
  } finally {
    await erp.config({ security: 1 });
  }

  // A seller is told she has no permission there, and has no menu entry for it.
  const sellerContext = await newContext(browser);
  const seller = await sellerContext.newPage();
  await loginAs(seller, "demo", "ana", "ana123");
  await expect(seller.getByRole("link", { name: "Diagnóstico", exact: true })).toHaveCount(0);
  expect((await seller.goto("/admin/diagnostics"))?.status()).toBe(403);
  await expect(seller.getByRole("heading", { name: "Sem permissão para esta área." })).toBeVisible();
  await sellerContext.close();
});
