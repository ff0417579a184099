import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext } from "@playwright/test";
import { addMonths } from "../../lib/dates";
import { periodDates } from "../../lib/indicator-query";
import { E2E } from "../../playwright.config";
import { expect, test } from "./fixtures";
import { loginAs, sandbox } from "./helpers";

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

// Everything the home shows is relative to the suite's pinned business date, never to the real one.
const today = E2E.businessDate;
const month = today.slice(0, 7);
// The cards' period: the month so far (like for like with the same days last year), the whole month on its last day.
const monthEnd = periodDates(month, month).endDate;
const cardsEnd = today < monthEnd ? today : monthEnd;
const br = (iso: string) => iso.split("-").reverse().join("/");

/** Customers of ana (seller 000001, branch 01) with orders from the 1st of the business month to the business date. */
async function customersWithOrdersThisMonth(request: APIRequestContext): Promise<number> {
  const [row] = await sandbox(request).sql<{ n: number }>(
    `SELECT count(DISTINCT c5.C5_CLIENTE || c5.C5_LOJACLI)::int AS n FROM SC5010 c5
       JOIN SC6010 c6 ON c6.C6_FILIAL = c5.C5_FILIAL AND c6.C6_NUM = c5.C5_NUM AND c6.D_E_L_E_T_ = ' '
      WHERE c5.C5_FILIAL = '01' AND c5.C5_VEND1 = '000001' AND c5.C5_EMISSAO BETWEEN $1 AND $2 AND c5.D_E_L_E_T_ = ' '`,
    [`${month.replace("-", "")}01`, today.replaceAll("-", "")],
  );
  return row!.n;
}

test("ana's home shows the cards and charts of the current month against the same month last year", async ({
  page,
  request,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  const cards = page.getByTestId("indicator-cards");
  await expect(cards).toBeVisible();
  for (const id of ["ordered", "invoiced", "orders", "ticket", "target", "open", "blocked", "inactive", "overdue"])
    await expect(page.getByTestId(`card-${id}`)).toBeVisible();
  await expect(page.getByTestId("card-ordered")).toContainText("R$");
  await expect(page.getByTestId("card-ordered")).toContainText(/em relação a|Sem base em/);
  await expect(page.getByTestId("indicators-period")).toHaveText(`${br(`${month}-01`)} a ${br(cardsEnd)}`);
  const lastYear = String(Number(today.slice(0, 4)) - 1);
  await expect(page.getByTestId("card-ordered")).toContainText(
    today >= monthEnd
      ? new RegExp(`de ${lastYear}`)
      : today.endsWith("-01")
        ? new RegExp(`em relação a 1 de .+ de ${lastYear}|Sem base em 1 de .+ de ${lastYear}`)
        : // The same day a year back: 29 February is the 28th.
          new RegExp(`1\\s–\\s${Number(addMonths(today, -12).slice(8))} de .+ de ${lastYear}`),
  );
  await expect(page.getByTestId("card-target").locator("meter")).toBeVisible();
  await expect(page.getByTestId("card-target")).toContainText("da meta de");
  await expect(page.getByTestId("chart-orders").getByRole("img")).toHaveAttribute(
    "aria-label",
    /Pedidos e faturamento por mês/,
  );
  // The top 10 has as many rows as there are customers with orders this month, at most 10.
  await expect(page.getByTestId("chart-customers").locator("tbody tr")).toHaveCount(
    Math.min(10, await customersWithOrdersThisMonth(request)),
  );
  await expect(page.getByTestId("chart-products").locator("tbody tr").first()).toContainText("R$");
  // The chart's numbers as a table, reachable from the keyboard.
  await page.getByText("Ver os números em tabela").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("chart-orders-table").locator("tbody tr")).toHaveCount(1);
});

test("changing the period and the comparison updates the figures and the URL", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  // The first quarter of the business year once it is over, else of the year before: never a future month.
  const year = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) > 3 ? 0 : 1);
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

test("the running month compares the same days by default; 'Meses inteiros' compares whole months, kept in the URL", async ({
  page,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  await expect(page.getByLabel("Período em curso")).toHaveValue("todate");
  await page.getByLabel("Período em curso").selectOption("whole");
  await page.getByRole("button", { name: "Aplicar" }).click();
  await expect(page).toHaveURL(/basis=whole/);
  await expect(page.getByTestId("indicators-period")).toHaveText(`${br(`${month}-01`)} a ${br(monthEnd)}`);
  const lastYear = String(Number(today.slice(0, 4)) - 1);
  await expect(page.getByTestId("card-ordered")).toContainText(
    new RegExp(`(em relação a|Sem base em) .+ de ${lastYear}`),
  );
  await expect(page.getByTestId("card-ordered")).not.toContainText(/\d\s–\s\d/);
  await page.reload();
  await expect(page.getByLabel("Período em curso")).toHaveValue("whole");
});

test("a blocked-orders card opens the order list filtered by that block and period", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  const credit = page.getByTestId("card-blocked").getByRole("link", { name: /^Crédito: \d+/ });
  const count = Number((await credit.textContent())!.replace(/\D/g, ""));
  await credit.click();
  await expect(page).toHaveURL(new RegExp(`/orders\\?status=credit_blocked&from=${month}-01&to=${cardsEnd}`));
  // What the list says for zero, one and many.
  await expect(page.getByTestId("order-count")).toHaveText(
    count === 0 ? "Nenhum pedido" : count === 1 ? "1 pedido" : `${count} pedidos`,
  );
  if (count > 0) await expect(page.locator("table tbody tr")).toHaveCount(Math.min(count, 25));
  for (const row of await page.locator("table tbody tr").all())
    await expect(row).toContainText("Bloqueado por crédito");
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
  await expect(page.getByTestId("indicators-banner")).toContainText(
    "ERP indisponível: mostrando o último resultado deste período",
  );
  await expect(page.getByTestId("card-ordered").locator("p").first()).toHaveText(ordered!);
});

test("axe: no violations on the home with its figures, also on a phone", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  await expect(page.getByTestId("indicator-cards")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
