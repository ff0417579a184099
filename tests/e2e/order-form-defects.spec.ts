import { expect, test } from "./fixtures";
import { loginAs, sandbox } from "./helpers";
import { fillOrder, pickLineProduct, startOrder } from "./order-entry-helpers";

// Issue 16, the order form: the defects a rep met typing an order on a phone (390 × 844, pt-BR):
// editing wording and undo, discounts and whole units, when messages show, money in Spanish.
// The order's life after sending (reload, delete, drafts, progress) is in order-defects.spec.ts.

test.use({ viewport: { width: 390, height: 844 } });

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

test("16.10 editing says 'Descartar alterações', a removed item can be undone, and changing the customer warns of repricing", async ({
  page,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  // 000002: blocked for credit once sent, so still open to a change.
  await fillOrder(page, "000002");
  // A new order: its draft is discarded; the customer change warns once items are priced.
  await expect(page.getByRole("button", { name: "Descartar rascunho" })).toBeVisible();
  await expect(page.getByText("os preços dos itens são recalculados")).toBeVisible();
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("Os preços dos itens serão recalculados");
    void dialog.dismiss();
  });
  await page.getByRole("button", { name: "Trocar cliente" }).click();
  await expect(page.getByTestId("order-customer")).toContainText("000002/01");

  // Remove acts at once, and offers an undo that puts the item back where it was.
  const lines = page.getByTestId("order-line");
  await expect(lines).toHaveCount(2);
  await page.getByRole("button", { name: "Remover item 01" }).click();
  await expect(lines).toHaveCount(1);
  await expect(page.getByTestId("line-removed")).toContainText("Item 01 removido.");
  await page.getByRole("button", { name: "Desfazer" }).click();
  await expect(lines).toHaveCount(2);
  await expect(lines.first().getByTestId("line-product")).toContainText("P00001");
  await expect(page.getByTestId("line-removed")).toHaveCount(0);

  // Sent and opened for a change: the bar discards the changes, not a draft.
  await page.getByRole("button", { name: "Enviar pedido" }).click();
  const link = page.getByRole("link", { name: /^Ver pedido \d{6}$/ });
  await expect(link).toBeVisible({ timeout: 20_000 });
  await link.click();
  await page.getByRole("link", { name: "Alterar pedido" }).click();
  await expect(page.getByRole("button", { name: "Descartar alterações" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Descartar rascunho" })).toHaveCount(0);
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("Descartar as alterações?");
    void dialog.dismiss();
  });
  await page.getByRole("button", { name: "Descartar alterações" }).click();
});

test("16.20 Spanish writes money with the R$ symbol and groups four-digit amounts", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  await page.context().addCookies([{ name: "pgv-locale", value: "es", url: page.url() }]);
  await page.goto("/orders");
  const totals = page.getByTestId("order-total").filter({ visible: true });
  await expect(totals.first()).toBeVisible();
  const texts = await totals.allInnerTexts();
  for (const text of texts) {
    expect(text).toContain("R$");
    expect(text).not.toContain("BRL");
  }
  // Some order of the seed is over R$ 1.000: written grouped, "1.234,56 R$".
  expect(texts.some((text) => /^\d{1,3}(\.\d{3})+,\d{2}\s?R\$$/.test(text.trim()))).toBe(true);
});

test("16.8 a discount out of range or under the minimum is refused at the discount; whole units take no fractions", async ({
  page,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  await startOrder(page, "000012");
  await pickLineProduct(page, 0, "P00001");
  await expect(page.getByTestId("line-product")).toContainText("(UN)");
  const price = page.locator("#line-0-price");
  const discount = page.locator("#line-0-discount");
  const discountError = page.locator("#line-0-discount-error");
  const listPrice = await price.inputValue();

  // 150 % and −5 %: refused at the discount with the range, kept as typed; the price does not move.
  for (const typed of ["150", "-5"]) {
    await discount.fill(typed);
    await expect(discountError).toHaveText("O desconto vai de 0 a 99,99 %.");
    await expect(discount).toHaveValue(typed);
    await expect(price).toHaveValue(listPrice);
  }
  await page.getByRole("button", { name: "Enviar pedido" }).click();
  await expect(page.getByTestId("order-form-banner")).toBeVisible();
  await expect(discountError).toHaveText("O desconto vai de 0 a 99,99 %.");

  // 15 % takes the price under the list's minimum (90 % of it): said at the discount, with the most allowed.
  await discount.fill("15");
  await expect(discountError).toContainText("abaixo do mínimo da tabela");
  await expect(discountError).toContainText(/no máximo (9,9\d|10(,0\d)?) % de desconto/);
  await discount.fill("5");
  await expect(discountError).toHaveText("");
  await expect(price).not.toHaveValue(listPrice);

  // A product sold by the unit: 2,5 is refused at the quantity once the rep leaves it.
  const quantity = page.locator("#line-0-quantity");
  await quantity.fill("2,5");
  await quantity.blur();
  await expect(page.locator("#line-0-quantity-error")).toHaveText(
    "Vendido em UN: só quantidades inteiras, sem casas decimais.",
  );
  await quantity.fill("3");
  await expect(page.locator("#line-0-quantity-error")).toHaveText("");
});

test("16.9 the order form does not scold a new line, and a message goes the moment the value is valid", async ({
  page,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  await startOrder(page, "000012");
  // The rep passes through the empty price: its message shows once the field is left…
  await page.locator("#line-0-price").focus();
  await page.locator("#line-0-price").blur();
  await expect(page.locator("#line-0-price-error")).not.toHaveText("");
  // …and goes the moment the product fills the price.
  await pickLineProduct(page, 0, "P00001");
  await expect(page.locator("#line-0-price-error")).toHaveText("");
  await expect(page.locator("#line-0-quantity-error")).toHaveText("");

  // Sent with a second, empty line: that line's messages show; a third line added after is not painted red.
  await page.getByRole("button", { name: "Adicionar item" }).click();
  await page.getByRole("button", { name: "Enviar pedido" }).click();
  await expect(page.locator("#line-1-price-error")).not.toHaveText("");
  await page.getByRole("button", { name: "Adicionar item" }).click();
  await expect(page.getByTestId("order-line")).toHaveCount(3);
  await expect(page.locator("#line-2-price-error")).toHaveText("");
  await expect(page.locator("#line-2-quantity-error")).toHaveText("");
});
