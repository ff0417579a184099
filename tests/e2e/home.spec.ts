import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { loginAs, sandbox } from "./helpers";

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

const month = (d: Date) => d.toISOString().slice(0, 7);

test("ana's home shows the cards and charts of the current month against the same month last year", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  const cards = page.getByTestId("indicator-cards");
  await expect(cards).toBeVisible();
  for (const id of ["ordered", "invoiced", "orders", "ticket", "target", "open", "blocked", "inactive", "overdue"]) await expect(page.getByTestId(`card-${id}`)).toBeVisible();
  await expect(page.getByTestId("card-ordered")).toContainText("R$");
  await expect(page.getByTestId("card-ordered")).toContainText(/em relação a|Sem base em/);
  await expect(page.getByTestId("card-target").locator("meter")).toBeVisible();
  await expect(page.getByTestId("card-target")).toContainText("da meta de");
  await expect(page.getByTestId("chart-orders").getByRole("img")).toHaveAttribute("aria-label", /Pedidos e faturamento por mês/);
  await expect(page.getByTestId("chart-customers").locator("tbody tr")).toHaveCount(10);
  await expect(page.getByTestId("chart-products").locator("tbody tr").first()).toContainText("R$");
  // The chart's numbers as a table, reachable from the keyboard.
  await page.getByText("Ver os números em tabela").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("chart-orders-table").locator("tbody tr")).toHaveCount(1);
});

test("changing the period and the comparison updates the figures and the URL", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  const year = new Date().getUTCFullYear();
  await page.getByLabel("Mês inicial").fill(`${year}-01`);
  await page.getByLabel("Mês final").fill(`${year}-03`);
  await page.getByRole("button", { name: "Aplicar" }).click();
  await expect(page).toHaveURL(new RegExp(`start=${year}-01&end=${year}-03&comparison=monthly`));
  await expect(page.getByTestId("indicators-period")).toHaveText(`01/01/${year} a 31/03/${year}`);
  await expect(page.getByTestId("chart-orders-table").locator("tbody tr")).toHaveCount(3);

  await page.getByLabel("Mês inicial").fill(`${year - 2}-01`);
  await page.getByLabel("Comparação").selectOption("yearly");
  await page.getByRole("button", { name: "Aplicar" }).click();
  await expect(page).toHaveURL(/comparison=yearly/);
  await expect(page.getByTestId("chart-orders-table").locator("tbody tr")).toHaveCount(3);
  await expect(page.getByTestId("chart-orders").getByRole("img")).toHaveAttribute("aria-label", /por ano/);
  // Survives a reload; PGV's limit is explained, never a broken page.
  await page.reload();
  await expect(page.getByLabel("Comparação")).toHaveValue("yearly");
  await page.goto(`/?start=${year - 2}-01&end=${year}-03&comparison=monthly`);
  await expect(page.getByText("A comparação mensal vai até 12 meses")).toBeVisible();
  await expect(page.getByTestId("indicator-cards")).toBeVisible();
});

test("a blocked-orders card opens the order list filtered by that block and period", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  const credit = page.getByTestId("card-blocked").getByRole("link", { name: /^Crédito: \d+/ });
  const count = Number((await credit.textContent())!.replace(/\D/g, ""));
  await credit.click();
  await expect(page).toHaveURL(new RegExp(`/orders\\?status=credit_blocked&from=${month(new Date())}-01&to=`));
  await expect(page.getByTestId("order-count")).toContainText(`${count} pedido`);
  await expect(page.locator("table tbody tr").first()).toContainText("Bloqueado por crédito");
});

test("on a phone the home is readable: no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(page, "demo", "ana", "ana123");
  await expect(page.getByTestId("indicator-cards")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("ERP down: the last result of the period with its time and a banner", async ({ page, request }) => {
  await loginAs(page, "demo", "ana", "ana123");
  await expect(page.getByTestId("indicator-cards")).toBeVisible();
  const ordered = await page.getByTestId("card-ordered").locator("p").first().textContent();
  await sandbox(request).faults([{ pathPrefix: "/rest/api/tgv/salesindicators", kind: "status", status: 503 }]);
  await page.getByRole("link", { name: "Atualizar agora" }).click();
  await expect(page.getByTestId("indicators-banner")).toContainText("ERP indisponível: mostrando o último resultado deste período");
  await expect(page.getByTestId("card-ordered").locator("p").first()).toHaveText(ordered!);
});

test("axe: no violations on the home with its figures, also on a phone", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  await expect(page.getByTestId("indicator-cards")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
