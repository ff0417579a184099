import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext } from "@playwright/test";
import { expect, newContext, test } from "./fixtures";
import { E2E } from "../../playwright.config";
import { DIRECT, fillLogin, loginAs, sandbox } from "./helpers";

const SANDBOX = `http://127.0.0.1:${E2E.sandboxPort}`;

/** What the ERP itself says about one of ana's customers (the figures the page must show). */
async function erpFinancialStatus(request: APIRequestContext, code: string) {
  const token = await request.post(`${SANDBOX}/rest/api/oauth2/v1/token?grant_type=password`, {
    headers: { username: "ana", password: "ana123" },
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const res = await request.get(`${SANDBOX}/rest/api/tgv/financialstatus/${code}/01`, {
    headers: { Authorization: `Bearer ${access_token}`, tenantId: "01,01" },
  });
  return (await res.json()) as { openbalance: number; overduebalance: number; delinquency: number };
}

const brl = (value: number) => new Intl.NumberFormat("pt-BR", { style: "currency", currency: "BRL" }).format(value);

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

test("first login shows the initial load with progress, then continues to the customers list", async ({
  page,
  request,
}) => {
  // diego (norte) signs in nowhere else in the suite: this is his first access.
  await sandbox(request).faults([{ pathPrefix: "/rest/api/tgv/customers", kind: "latency", ms: 1500 }]);
  await page.goto("/customers");
  await fillLogin(page, "norte", "diego", "diego123");
  await expect(page.getByRole("heading", { name: "Carga inicial de dados" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Progresso de Clientes" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Meus clientes" })).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(`${DIRECT}/customers`);
  await expect(page.getByTestId("customer-count")).toContainText(/\d+ clientes/);
});

test("search as you type by name and by CNPJ with its mask", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/customers");
  const table = page.locator("table");
  const firstLink = table.getByRole("link").first();
  const name = (await firstLink.textContent())!.trim();
  await page.getByLabel("Buscar cliente").fill(name.slice(0, 8));
  await expect(page).toHaveURL(/q=/);
  await expect(table.getByRole("link", { name })).toBeVisible();

  await page.getByLabel("Buscar cliente").fill("");
  // A company's CNPJ as the list shows it, mask included (a person's CPF is masked for LGPD: not searchable as shown).
  const cnpjCell = table.locator("tbody tr td").filter({ hasText: /^\s*\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}\s*$/ });
  const masked = (await cnpjCell.first().textContent())!.trim();
  expect(masked).toMatch(/[./-]/);
  await page.getByLabel("Buscar cliente").fill(masked);
  await expect(page.getByTestId("customer-count")).toHaveText("1 cliente");
});

test("a customer with overdue titles shows the ERP's overdue total and delinquency %", async ({ page, request }) => {
  const erp = await erpFinancialStatus(request, "000002");
  expect(erp.overduebalance).toBeGreaterThan(0);
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/customers/000002/01");
  await expect(page.getByTestId("fin-overdue")).toHaveText(brl(erp.overduebalance));
  await expect(page.getByTestId("fin-open")).toHaveText(brl(erp.openbalance));
  const pct = new Intl.NumberFormat("pt-BR", { style: "percent", maximumFractionDigits: 1 }).format(
    erp.delinquency / 100,
  );
  await expect(page.getByTestId("fin-delinquency")).toHaveText(pct);
  await expect(page.getByRole("heading", { name: "Títulos em aberto" })).toBeVisible();
  await expect(page.locator("tr.bg-red-50").first()).toBeVisible();
  // Commercial defaults by name, and the customer's latest orders with their status in words.
  await expect(page.getByTestId("customer-payment-condition")).toHaveText(/^\d{3} · \S/);
  const orders = page.getByTestId("recent-orders");
  await expect(orders.locator("tbody tr").first()).toBeVisible();
  await expect(orders.locator("tbody tr").first()).toContainText(/R\$/);
  await expect(orders.getByText(/^(Faturado|Em aberto|Liberado|Bloqueado)/).first()).toBeVisible();
});

test("a risk E customer shows what the letter means", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/customers/000008/01");
  await expect(page.getByTestId("risk-meaning")).toHaveText(
    "Risco E: sempre bloqueia; todo pedido precisa de liberação manual de crédito.",
  );
});

test("on a phone the list renders as cards", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/customers");
  await expect(page.locator("table")).toBeHidden();
  await expect(page.getByRole("link", { name: /^Abrir / }).first()).toBeVisible();
});

test("ERP down: banner and the last synced data, on the list and the customer page", async ({ page, request }) => {
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/customers/000002/01");
  await expect(page.getByTestId("fin-overdue")).toBeVisible();
  await sandbox(request).faults([{ pathPrefix: "/rest/api/tgv", kind: "status", status: 503 }]);
  await page.goto("/customers");
  await page.getByRole("button", { name: "Atualizar dados" }).click();
  await expect(
    page.getByText("Não foi possível falar com o ERP agora. Os dados mostrados são a última cópia sincronizada."),
  ).toBeVisible();
  await expect(page.getByTestId("customer-count")).toContainText(/\d+ clientes/);
  await page.goto("/customers/000002/01");
  await expect(page.getByText(/ERP indisponível: mostrando a última consulta, de/)).toBeVisible();
});

// Risk: a seller opening another seller's customer by URL. bruno's customers start at 200001.
test("ana cannot open a customer of bruno by URL", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  const res = await page.goto("/customers/200001/01");
  expect(res?.status()).toBe(404);
  await expect(page.getByText("Cliente não encontrado entre os seus clientes nesta filial.")).toBeVisible();
});

test("axe: no violations on the list and the customer page", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/customers");
  await expect(page.getByTestId("customer-count")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto("/customers/000002/01");
  await expect(page.getByTestId("fin-overdue")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await context.close();
});
