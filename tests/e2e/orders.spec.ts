import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext } from "@playwright/test";
import { E2E } from "../../playwright.config";
import { expect, newContext, test } from "./fixtures";
import { loginAs, sandbox } from "./helpers";

/**
 * The number of ana's newest credit-blocked order as the ERP has it now. The portal's store
 * outlives the sandbox's reset between tests, so it may still list orders earlier tests created
 * that the rewound ERP no longer has: the test opens one the ERP does have.
 */
async function newestBlockedInErp(request: APIRequestContext): Promise<string> {
  const base = `http://127.0.0.1:${E2E.sandboxPort}/rest`;
  const token = await request.post(`${base}/api/oauth2/v1/token?grant_type=password`, {
    headers: { username: "ana", password: "ana123" },
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const res = await request.get(
    `${base}/api/tgv/salesorders?pageSize=1&order=-issuedate,-number&filter=${encodeURIComponent("status eq 'credit_blocked'")}`,
    {
      headers: { Authorization: `Bearer ${access_token}`, tenantId: "01,01" },
    },
  );
  return ((await res.json()) as { items: { number: string }[] }).items[0]!.number;
}

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

test("My orders: filter by status keeps it in the URL, opens the order with its status in words and items", async ({
  page,
  request,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  await page.getByRole("navigation", { name: "Navegação principal" }).getByRole("link", { name: "Pedidos" }).click();
  await expect(page.getByRole("heading", { name: "Meus pedidos" })).toBeVisible();
  await expect(page.getByTestId("order-count")).toContainText(/\d+ pedidos/);

  await page.getByLabel("Situação").selectOption({ label: "Bloqueado por crédito" });
  await expect(page).toHaveURL(/status=credit_blocked/);
  const rows = page.locator("table tbody tr");
  await expect(rows.first()).toContainText("Bloqueado por crédito");
  await expect(rows.first()).toContainText("Retido pelo crédito");
  const number = await newestBlockedInErp(request);
  const row = rows.filter({ hasText: number });
  await expect(row).toContainText("Bloqueado por crédito");

  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { name: `Pedido ${number}` })).toBeVisible();
  await expect(page.getByTestId("order-status")).toContainText("Bloqueado por crédito");
  await expect(page.getByText("Situação consultada agora no ERP.")).toBeVisible();
  await expect(page.getByTestId("order-items").locator("tbody tr").first()).toContainText(/R\$/);
  await expect(page.getByTestId("order-available-credit")).toContainText(/R\$/);
  await expect(page.getByRole("button", { name: "Imprimir espelho" })).toBeVisible();
});

test("the CSV export downloads the filtered list", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/orders?status=invoiced");
  const count = Number((await page.getByTestId("order-count").textContent())!.replace(/\D/g, ""));
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exportar CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^pedidos-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await (await file.createReadStream()).toArray()).join("");
  const lines = text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe("Pedido;Emissão;Cliente;Loja;Nome;CPF/CNPJ;Situação;Itens;Total;Nota fiscal");
  expect(lines).toHaveLength(count + 1);
  expect(lines.slice(1).every((l) => l.includes(";Faturado;"))).toBe(true);
});

test("on a phone the orders render as cards", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/orders");
  await expect(page.locator("table")).toBeHidden();
  await expect(page.getByRole("link", { name: /^Abrir pedido / }).first()).toBeVisible();
});

// Risk: a seller opening another seller's order by URL.
test("ana cannot open an order of bruno by URL", async ({ page, browser }) => {
  const other = await newContext(browser);
  const brunoPage = await other.newPage();
  await loginAs(brunoPage, "demo", "bruno", "bruno123");
  await brunoPage.goto("/orders");
  const number = (await brunoPage
    .getByRole("link", { name: /^Abrir pedido / })
    .first()
    .textContent())!.trim();
  await other.close();

  await loginAs(page, "demo", "ana", "ana123");
  const res = await page.goto(`/orders/${number}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByText("Pedido não encontrado entre os seus pedidos nesta filial.")).toBeVisible();
});

test("axe: no violations on the order list and an order page", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/orders");
  await expect(page.getByTestId("order-count")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto("/orders?status=invoiced");
  await page.locator("table tbody tr").first().getByRole("link").click();
  await expect(page.getByTestId("order-invoice")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
