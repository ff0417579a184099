import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAs, sandbox } from "./helpers";
import { fillLine } from "./order-entry-helpers";

// Issue 18 item 6, "Novo orçamento para este prospect": from the prospect's page, the quotation form
// (issue 17's machinery) with the prospect fixed as the buyer, its taxes, the send followed in the
// ERP's queue, and the quotation's page, which sends the rep to convert the prospect before the
// quotation. ana's seeded prospect 000001 (sandbox/docs/data.md): Empório Vila Madalena Ltda, São Paulo.

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test("18 ana quotes her prospect on a phone: from its page, one item, sent and followed to the quotation", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const [prospect] = await sandbox(request).sql<{ name: string }>(
    "SELECT trim(US_NOME) AS name FROM SUS010 WHERE US_FILIAL = '01' AND US_COD = '000001' AND US_LOJA = '01'",
  );
  const name = prospect!.name;
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/prospects/000001/01");
  await page.getByRole("link", { name: "Novo orçamento para este prospect" }).click();

  // The form, with the prospect fixed where a customer would be searched, and no credit preview.
  await expect(page.getByRole("heading", { name: "Novo orçamento" })).toBeVisible();
  await expect(page).toHaveURL(/\/quotations\/new\?prospect=000001&store=01/);
  const buyer = page.getByTestId("order-prospect");
  await expect(buyer).toContainText(name);
  await expect(buyer).toContainText("000001/01");
  await expect(buyer).toContainText("Prospect");
  await expect(page.getByLabel("Buscar cliente")).toHaveCount(0);
  await expect(page.getByTestId("credit-preview")).toHaveCount(0);
  await expect(page.getByTestId("quotation-credit-note")).toContainText("Sem prévia de crédito");

  await page.getByLabel("Tabela de preço").selectOption("002");
  await page.getByLabel("Condição de pagamento").selectOption("002");
  await fillLine(page, 0, "P00014", "2");
  // The ERP's taxes for the prospect as the buyer: a São Paulo reseller of a São Paulo branch.
  await expect(page.getByTestId("tax-state")).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByTestId("tax-worksheet")).toContainText("Venda interna: SP → SP");
  expect(await noHorizontalScroll(page)).toBe(true);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Sent: queued (the ERP's job held a moment), then created in the ERP.
  const erp = sandbox(request);
  await erp.jobs("hold");
  await page.getByRole("button", { name: "Enviar orçamento" }).click();
  await expect(page.getByTestId("queue-status")).toContainText("Orçamento na fila do ERP");
  await erp.jobs("release");
  await expect(page.getByTestId("queue-status")).toContainText(/Orçamento \d{6} gravado no ERP/, { timeout: 20_000 });
  await page.getByRole("link", { name: /^Abrir o orçamento \d{6}$/ }).click();

  // The quotation's page: the prospect, marked, linked; converting waits for the prospect's conversion.
  const heading = page.getByRole("heading", { name: /^Orçamento \d{6}$/ });
  await expect(heading).toBeVisible();
  await expect(page.getByTestId("quotation-status")).toContainText("Em aberto");
  const line = page.getByTestId("quotation-customer-line");
  await expect(line).toContainText("000001/01");
  await expect(line).toContainText("Prospect");
  await expect(line.getByRole("link", { name })).toHaveAttribute("href", "/prospects/000001/01");
  await expect(page.getByRole("button", { name: "Converter em pedido" })).toHaveCount(0);
  const why = page.getByTestId("quotation-action-why");
  await expect(why).toContainText("Converta o prospect em cliente antes de efetivar.");
  await expect(why.getByRole("link", { name: "Abrir o prospect" })).toHaveAttribute("href", "/prospects/000001/01");
  await expect(page.getByTestId("tax-worksheet")).toContainText("Venda interna: SP → SP");
  expect(await noHorizontalScroll(page)).toBe(true);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Meus orçamentos names the prospect and marks it.
  const number = (await heading.textContent())!.slice(-6);
  await page.goto("/quotations");
  const card = page.getByRole("listitem").filter({ hasText: number });
  await expect(card).toContainText(name);
  await expect(card.getByTestId("quotation-prospect")).toHaveText("Prospect");
  expect(await noHorizontalScroll(page)).toBe(true);
});
