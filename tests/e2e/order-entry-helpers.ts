import { type Page } from "@playwright/test";
import { expect } from "./fixtures";

// What the order-entry journeys share: picking a customer and a product, and the acceptance's order.

export async function pickCustomer(page: Page, code: string) {
  await page.getByLabel("Buscar cliente").fill(code);
  await page
    .getByRole("list", { name: "Clientes encontrados" })
    .getByRole("button", { name: new RegExp(`${code}/01`) })
    .click();
  await expect(page.getByTestId("order-customer")).toContainText(`${code}/01`);
}

/** Searches a product on line `index` and picks it (its price and a quantity of 1 come with it). */
export async function pickLineProduct(page: Page, index: number, product: string) {
  await page.locator(`#line-${index}-product`).fill(product);
  await page
    .getByRole("list", { name: "Produtos encontrados" })
    .getByRole("button", { name: new RegExp(`^${product}`) })
    .click();
  await expect(page.getByTestId("order-line").nth(index).getByTestId("line-product")).toContainText(product);
}

export async function fillLine(page: Page, index: number, product: string, quantity: string, discount?: string) {
  await pickLineProduct(page, index, product);
  await page.locator(`#line-${index}-quantity`).fill(quantity);
  if (discount) await page.locator(`#line-${index}-discount`).fill(discount);
}

/** A new order with its customer, price list 002 and payment condition 002, no items yet. */
export async function startOrder(page: Page, customer: string) {
  await page.goto("/orders/new");
  await expect(page.getByRole("heading", { name: "Novo pedido" })).toBeVisible();
  await pickCustomer(page, customer);
  await page.getByLabel("Tabela de preço").selectOption("002");
  await page.getByLabel("Condição de pagamento").selectOption("002");
}

/** Customer, price list 002 and two items (the first with a discount): the order of the acceptance. */
export async function fillOrder(page: Page, customer: string) {
  await startOrder(page, customer);
  await fillLine(page, 0, "P00001", "3", "5");
  await page.getByRole("button", { name: "Adicionar item" }).click();
  await fillLine(page, 1, "P00002", "2");
}

/** A two-line order for `customer` sent while the ERP's job is held: it waits in the queue. */
export async function sendHeldOrder(page: Page, erp: { jobs: (action: "hold") => Promise<unknown> }, customer: string) {
  await fillOrder(page, customer);
  await erp.jobs("hold");
  await page.getByRole("button", { name: "Enviar pedido" }).click();
  await expect(page.getByTestId("queue-status")).toContainText("Na fila do ERP");
}
