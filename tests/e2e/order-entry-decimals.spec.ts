import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAs, sandbox } from "./helpers";

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

const brl = (cents: number) =>
  new Intl.NumberFormat("pt-BR", { style: "currency", currency: "BRL" }).format(cents / 100);

async function pickProduct(page: Page, product: string) {
  await page.goto("/orders/new");
  await page.locator("#line-0-product").fill(product);
  await page
    .getByRole("list", { name: "Produtos encontrados" })
    .getByRole("button", { name: new RegExp(`^${product}`) })
    .click();
  await expect(page.getByTestId("line-product")).toContainText(product);
}

/** The unit price the form shows ("20,92": pt-BR, two decimals, no grouping) in centavos. */
async function unitPrice(page: Page): Promise<number> {
  const shown = await page.locator("#line-0-price").inputValue();
  expect(shown).toMatch(/^\d+,\d{2}$/);
  return Number(shown.replace(",", ""));
}

// Issue 15: a pt-BR rep who types "1.500" means one thousand five hundred units, not one and a half.
test("a quantity typed '1.500' in pt-BR is 1,500 units: the line total is 1500 × the unit price", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  await pickProduct(page, "P00001");
  const price = await unitPrice(page);
  await page.locator("#line-0-quantity").fill("1.500");
  await page.locator("#line-0-quantity").blur();
  await expect(page.getByTestId("line-total")).toHaveText(brl(1500 * price));
  await expect(page.getByTestId("form-items-total")).toHaveText(brl(1500 * price));
  await expect(page.locator("#line-0-quantity")).toHaveValue("1500");
});

// A dot that cannot group thousands ("1.5") is English notation: refused with a reason, never read as 1.5 or 15.
test("an ambiguous quantity is refused with the field's message and stays as typed until corrected", async ({
  page,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  // A product sold by weight (KG): one and a half is a quantity it may have (a UN product may not, issue 16 item 8).
  await pickProduct(page, "P00011");
  await expect(page.getByTestId("line-product")).toContainText("(KG)");
  const price = await unitPrice(page);
  const quantity = page.locator("#line-0-quantity");
  await quantity.fill("1.5");
  await quantity.blur();
  await expect(page.locator("#line-0-quantity-error")).toContainText("Número ambíguo");
  await expect(quantity).toHaveValue("1.5");
  await expect(quantity).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("line-product")).toContainText("P00011");
  await quantity.fill("1,5");
  await quantity.blur();
  await expect(page.locator("#line-0-quantity-error")).toHaveText("");
  await expect(page.getByTestId("line-total")).toHaveText(brl(Math.round(1.5 * price)));
});
