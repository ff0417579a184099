import AxeBuilder from "@axe-core/playwright";
import { expect, newContext, test } from "./fixtures";
import { loginAs, sandbox } from "./helpers";
import { anaQuotation } from "./quotation-helpers";

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

// The tests run in this order: the last one converts ana's open quotation.

// Risk: a seller opening another seller's quotation by URL.
test("bruno opening ana's quotation by URL gets the not-found page", async ({ browser, request }) => {
  const number = await anaQuotation(request, "pgv-orc-ana-aberto");
  const context = await newContext(browser);
  const page = await context.newPage();
  await loginAs(page, "demo", "bruno", "bruno123");
  const res = await page.goto(`/quotations/${number}`);
  expect(res?.status()).toBe(404);
  await expect(page.getByText("Orçamento não encontrado entre os seus orçamentos nesta filial.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Converter em pedido" })).toHaveCount(0);
  await context.close();
});

test("an expired quotation cannot be converted and says why, with the way to a new validity", async ({
  page,
  request,
}) => {
  const number = await anaQuotation(request, "pgv-orc-ana-vencido");
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto(`/quotations/${number}`);
  await expect(page.getByRole("heading", { name: `Orçamento ${number}` })).toBeVisible();
  await expect(page.getByTestId("quotation-status")).toContainText("Vencido");
  await expect(page.getByTestId("quotation-dates")).toContainText(/Válido até \d\d\/\d\d\/\d{4}/);
  const expired = page.getByTestId("quotation-expired");
  await expect(expired).toContainText(/venceu em \d\d\/\d\d\/\d{4}\. Para convertê-lo em pedido, altere-o primeiro/);
  await expect(expired.getByRole("link", { name: "Alterar a validade" })).toHaveAttribute(
    "href",
    `/quotations/${number}/edit`,
  );
  const convert = page.getByRole("button", { name: "Converter em pedido" });
  await expect(convert).toBeDisabled();
  await expect(convert).toHaveAccessibleDescription("Vencido: altere a validade antes de converter em pedido.");
  // An expired quotation may still be deleted or changed.
  await expect(page.getByRole("button", { name: "Excluir" })).toBeEnabled();
  await expect(page.getByRole("link", { name: "Alterar", exact: true })).toHaveAttribute(
    "href",
    `/quotations/${number}/edit`,
  );
});

test("on a phone the quotation fits the screen: items as cards, the ERP's taxes, no axe violations", async ({
  page,
  request,
}) => {
  const number = await anaQuotation(request, "pgv-orc-ana-aberto");
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto(`/quotations/${number}`);
  await expect(page.getByRole("heading", { name: `Orçamento ${number}` })).toBeVisible();
  // Issue 20 item 6: on a phone the items are cards (quantity, price, discount, total), the table is for wider screens.
  await expect(page.getByTestId("quotation-item-cards").locator("li")).toHaveCount(2);
  await expect(page.getByTestId("quotation-item-cards").locator("li").first()).toContainText("Desconto");
  await expect(page.getByRole("group", { name: "Itens", exact: true })).toBeHidden();
  await expect(page.getByTestId("tax-total")).toContainText("R$");
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  );
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("ana converts her open quotation: the confirmation says what the ERP does, the queue shows, then the new order opens", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const erp = sandbox(request);
  const number = await anaQuotation(request, "pgv-orc-ana-aberto");
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto(`/quotations/${number}`);
  await expect(page.getByRole("heading", { name: `Orçamento ${number}` })).toBeVisible();
  await expect(page.getByTestId("quotation-status")).toContainText("Em aberto");
  await expect(page.getByTestId("quotation-source")).toHaveText("Situação consultada agora no ERP.");
  const items = page.getByTestId("quotation-items").locator("tbody tr");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText("P00001");
  await expect(items.nth(1)).toContainText("P00002");
  await expect(page.getByTestId("quotation-total")).toContainText("R$");
  await expect(page.getByTestId("tax-worksheet")).toBeVisible();
  await expect(page.getByTestId("tax-total")).toContainText("R$");
  await expect(page.getByRole("link", { name: "Copiar", exact: true })).toHaveAttribute(
    "href",
    `/quotations/new?copy=${number}`,
  );
  await expect(page.getByTestId("pdf-download")).toHaveAttribute("href", `/api/quotations/${number}/pdf`);

  await page.getByRole("button", { name: "Converter em pedido" }).click();
  const confirm = page.getByTestId("quotation-confirm");
  await expect(confirm).toContainText(`Converter o orçamento ${number} em pedido?`);
  await expect(confirm).toContainText("analisa o crédito do cliente e o estoque");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // The job held: the page shows the conversion waiting in the ERP's queue, then follows it.
  await erp.jobs("hold");
  try {
    await confirm.getByRole("button", { name: "Confirmar a conversão" }).click();
    const progress = page.getByTestId("queue-progress");
    await expect(progress.getByRole("heading", { name: "Conversão em pedido enviada ao ERP" })).toBeVisible();
    await expect(page.getByTestId("queue-status")).toHaveText(
      "Orçamento na fila do ERP. Esta página se atualiza sozinha.",
    );
    await expect(page.getByRole("button", { name: "Converter em pedido" })).toHaveCount(0);
  } finally {
    await erp.jobs("release");
  }
  await erp.jobs("run");
  await expect(page).toHaveURL(/\/orders\/\d{6}$/, { timeout: 20_000 });
  const orderNumber = page.url().slice(-6);
  await expect(page.getByRole("heading", { name: `Pedido ${orderNumber}` })).toBeVisible();
  await expect(page.getByTestId("order-items").locator("tbody tr")).toHaveCount(2);

  // The quotation now names its order, and nothing converts it again.
  await page.goto(`/quotations/${number}`);
  await expect(page.getByTestId("quotation-status")).toContainText(`Efetivado (pedido ${orderNumber})`);
  await expect(page.getByRole("link", { name: `Abrir o pedido ${orderNumber}` })).toHaveAttribute(
    "href",
    `/orders/${orderNumber}`,
  );
  await expect(page.getByRole("button", { name: "Converter em pedido" })).toBeDisabled();
  await expect(page.getByTestId("quotation-history")).toContainText("Conversão em pedido");

  // The ERP's notice of the conversion opens the quotation.
  await page.goto("/notifications");
  await expect(
    page.getByRole("link", { name: `Orçamento ${number} efetivado no pedido ${orderNumber}` }),
  ).toHaveAttribute("href", `/quotations/${number}`);
});
