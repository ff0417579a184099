import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { extractText } from "unpdf";
import { expect, test } from "./fixtures";
import { loginAs, sandbox } from "./helpers";
import { fillLine, startOrder } from "./order-entry-helpers";

// Issue 17, the tax worksheet ("Planilha financeira") on the order form and the order page, on a
// phone: the ERP's SalesTaxes figures, recalculated as the form settles, and the form still usable
// when the ERP cannot calculate them. The figures are the ERP's (sandbox/docs/taxes.md).

test.use({ viewport: { width: 390, height: 844 } });

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

const reais = (text: string | null) => Number((text ?? "").replace(/[^\d,]/g, "").replace(",", "."));

test("17.3 the order form shows the ERP's taxes and the total the customer pays; an interstate sale with ST costs the customer more", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await loginAs(page, "demo", "ana", "ana123");
  const worksheet = page.getByTestId("tax-worksheet");

  // A São Paulo reseller: internal sale, beverages with ICMS-ST.
  await startOrder(page, "000002");
  await expect(page.getByTestId("tax-state")).toContainText("Escolha o cliente e complete ao menos um item");
  await fillLine(page, 0, "P00014", "10");
  await expect(worksheet).toContainText("Venda interna: SP → SP");
  await expect(page.getByTestId("tax-state")).toHaveCount(0);
  const internalSt = reais(await page.getByTestId("tax-st").textContent());
  const internal = reais(await page.getByTestId("tax-total").textContent());
  expect(internalSt).toBeGreaterThan(0);
  const goods = reais(await page.getByTestId("tax-goods").textContent());
  expect(internal).toBeGreaterThan(goods);
  // The credit preview and the totals read the total with taxes.
  await expect(page.getByTestId("form-total-with-taxes")).toHaveText(
    (await page.getByTestId("tax-total").textContent()) ?? "",
  );
  await expect(page.getByTestId("tax-calculated-at")).toContainText("Calculada pelo ERP às");
  // Per item, behind a disclosure: CFOP, rates and the MVA used.
  await page.getByText("Impostos por item").click();
  await expect(page.getByTestId("tax-lines")).toContainText("5102");
  await expect(page.getByTestId("tax-lines")).toContainText("MVA");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Any change marks it for recalculation at once, then the ERP answers again.
  await page.locator("#line-0-quantity").fill("20");
  await expect(page.getByTestId("tax-state")).toContainText("recalculando");
  await expect(page.getByTestId("tax-state")).toHaveCount(0);
  expect(reais(await page.getByTestId("tax-total").textContent())).toBeCloseTo(internal * 2, 0);

  // The same items for an MG reseller: interstate, ST with the adjusted MVA, a higher total.
  await startOrder(page, "000012");
  await fillLine(page, 0, "P00014", "20");
  await expect(worksheet).toContainText("Venda interestadual: SP → MG");
  await expect(page.getByTestId("tax-state")).toHaveCount(0);
  expect(reais(await page.getByTestId("tax-goods").textContent())).toBeCloseTo(goods * 2, 1);
  expect(reais(await page.getByTestId("tax-total").textContent())).toBeGreaterThan(internal * 2);
});

test("17.3 the ERP cannot calculate: 'impostos não calculados', and the order is still sent; its page shows the saved order's worksheet", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const erp = sandbox(request);
  await loginAs(page, "demo", "ana", "ana123");
  await erp.faults([{ pathPrefix: "/rest/api/fat/v1/SalesTaxes", kind: "status", status: 503 }]);
  await startOrder(page, "000002");
  await fillLine(page, 0, "P00014", "3");
  await expect(page.getByTestId("tax-state")).toContainText(
    "Impostos não calculados — o ERP calcula ao processar o pedido. Você pode enviar mesmo assim.",
  );
  await expect(page.getByTestId("form-total-with-taxes")).toHaveCount(0);

  await page.getByRole("button", { name: "Enviar pedido" }).click();
  await expect(page.getByTestId("queue-status")).toContainText(/Pedido \d{6} incluído/, { timeout: 20_000 });
  await page.getByRole("link", { name: /^Ver pedido \d{6}$/ }).click();
  await expect(page.getByRole("heading", { name: /^Pedido \d{6}$/ })).toBeVisible();
  await expect(page.getByTestId("tax-state")).toContainText("Impostos não calculados agora: o ERP não respondeu.");

  // The ERP back: "Tentar de novo" brings the saved order's worksheet.
  await erp.faults([]);
  await page.getByRole("button", { name: "Tentar de novo" }).click();
  await expect(page.getByTestId("tax-worksheet")).toContainText("Venda interna: SP → SP");
  expect(reais(await page.getByTestId("tax-st").textContent())).toBeGreaterThan(0);

  // The PDF the rep sends: a real file, with the total the customer pays.
  const total = (await page.getByTestId("tax-total").textContent()) ?? "";
  const downloading = page.waitForEvent("download");
  await page.getByTestId("pdf-download").click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^pedido-\d{6}\.pdf$/);
  const bytes = await readFile((await file.path())!);
  const text = (await extractText(new Uint8Array(bytes), { mergePages: true })).text.replace(/\u00a0/g, " ");
  expect(text).toContain("Total a pagar pelo cliente");
  expect(text).toContain(total.replace(/\u00a0/g, " "));
});
