import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAs } from "./helpers";
import { startOrder } from "./order-entry-helpers";

// Issue 20 item 6: on a phone (390 × 844) what a rep came for is on the first screen, and the order
// form's bar is one compact row that never covers the suggestions nor puts Descartar next to Enviar.
// Geometry only (boxes, the element at a point): nothing here depends on timing.

const phone = { width: 390, height: 844 };

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  expect(b, "the element has a box").not.toBeNull();
  return b!;
}

/** Whether the element the page shows at the centre of `locator` is inside `container` (nothing covers it). */
async function onTopAtCentre(page: Page, locator: Locator, container: Locator) {
  const b = await box(locator);
  const handle = await container.elementHandle();
  return page.evaluate(
    ([x, y, el]) => {
      const hit = document.elementFromPoint(x, y);
      return Boolean(hit && el && el.contains(hit));
    },
    [b.x + b.width / 2, b.y + b.height / 2, handle] as const,
  );
}

test.describe("at 390 × 844", () => {
  test.use({ viewport: phone });

  test("the order form's bar is one row (total + Enviar), steps aside for the suggestions, Descartar kept away", async ({
    page,
  }) => {
    await loginAs(page, "demo", "ana", "ana123");
    await page.goto("/orders/new");
    const bar = page.getByTestId("order-form-bar");
    await expect(bar).toBeVisible();
    // The customer's suggestions: the bar steps aside while they show.
    await page.getByLabel("Buscar cliente").fill("000012");
    const customers = page.getByRole("list", { name: "Clientes encontrados" });
    await expect(customers).toBeVisible();
    await expect(bar).toBeHidden();
    await customers.getByRole("button", { name: /000012\/01/ }).click();
    await expect(page.getByTestId("order-customer")).toContainText("000012/01");
    await expect(bar).toBeVisible();
    await page.getByLabel("Tabela de preço").selectOption("002");

    const send = page.getByRole("button", { name: "Enviar pedido" });
    const discard = page.getByRole("button", { name: "Descartar rascunho" });

    // One row: the total (a link to the totals above) beside Enviar, no taller than one 44 px target and its padding.
    const barBox = await box(bar);
    expect(barBox.height).toBeLessThanOrEqual(72);
    await expect(bar.getByTestId("form-bar-total")).toHaveText(/Total do pedido\s*R\$\s*0,00/);
    await expect(bar.getByRole("button")).toHaveCount(1);
    const [total, enviar] = [await box(bar.getByTestId("form-bar-total")), await box(send)];
    expect(Math.abs(total.y + total.height / 2 - (enviar.y + enviar.height / 2))).toBeLessThanOrEqual(4);
    // At the bottom of the screen while the form scrolls under it.
    expect(barBox.y + barBox.height).toBeLessThanOrEqual(phone.height);
    expect(barBox.y + barBox.height).toBeGreaterThan(phone.height - 16);

    // The product's suggestions: the input at the very bottom of the screen, where the bar sits.
    const product = page.locator("#line-0-product");
    await product.evaluate((el) => el.scrollIntoView({ block: "end" }));
    await product.fill("P0000");
    const list = page.getByRole("list", { name: "Produtos encontrados" });
    const options = list.getByRole("button");
    await expect(options.first()).toBeVisible();
    await expect(bar).toBeHidden();
    // Its last option brought to the bottom edge of the screen is the list's, not the bar's.
    const last = options.last();
    await last.evaluate((el) => el.scrollIntoView({ block: "end" }));
    const lastBox = await box(last);
    expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(phone.height);
    expect(await onTopAtCentre(page, last, list)).toBe(true);
    // Picked: the list goes, the bar comes back with the item's total.
    await options.first().click();
    await expect(list).toHaveCount(0);
    await expect(bar).toBeVisible();
    await expect(bar.getByTestId("form-bar-total")).toHaveText(
      new RegExp(`Total do pedido\\s*${escape(await page.getByTestId("form-order-total").innerText())}`),
    );
    expect((await box(bar)).height).toBeLessThanOrEqual(72);

    // Descartar is not beside Enviar: another row above it, on the other side, well clear of a thumb.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const [d, e] = [await box(discard), await box(send)];
    expect(d.y + d.height + 24).toBeLessThanOrEqual(e.y);
    expect(d.x + d.width).toBeLessThanOrEqual(e.x);
    // The draft's status stays on the page (above the bar), not in it.
    await expect(page.getByTestId("draft-status")).toBeVisible();
    expect(await bar.getByTestId("draft-status").count()).toBe(0);
  });

  test("the quotation form has the same compact bar", async ({ page }) => {
    await loginAs(page, "demo", "ana", "ana123");
    await page.goto("/quotations/new");
    const bar = page.getByTestId("order-form-bar");
    await expect(bar.getByRole("button", { name: "Enviar orçamento" })).toBeVisible();
    expect((await box(bar)).height).toBeLessThanOrEqual(72);
    await expect(page.getByRole("button", { name: "Descartar", exact: true })).toBeVisible();
    await expect(bar.getByRole("button", { name: "Descartar", exact: true })).toHaveCount(0);
  });

  test("the lists' filters fold behind a summary that opens them; active ones named; an error keeps them open", async ({
    page,
  }) => {
    await loginAs(page, "demo", "bruno", "bruno123");
    await page.goto("/customers");
    const toggle = page.getByTestId("filters-toggle");
    await expect(toggle).toHaveText("Filtros");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByLabel("Risco", { exact: true })).toBeHidden();
    await expect(page.getByLabel("Buscar cliente")).toBeVisible();
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByLabel("Risco", { exact: true })).toBeVisible();
    // The box follows the URL, which changes in a transition: click, then wait for it (check() asserts at once).
    await page.getByLabel("Com títulos vencidos").click();
    await expect(page.getByLabel("Com títulos vencidos")).toBeChecked();
    await expect(page).toHaveURL(/overdue=1/);
    await expect(toggle).toHaveText("Filtros · 1 ativo: Com títulos vencidos");
    await toggle.click();
    await expect(page.getByLabel("Risco", { exact: true })).toBeHidden();

    // Opened from a link with filters on: folded, and the summary says which.
    await page.goto("/orders?status=credit_blocked&from=2026-01-01");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(toggle).toHaveText("Filtros · 2 ativos: Bloqueado por crédito, Emitidos a partir de 01/01/2026");
    // An inverted range is an error the rep must see: the filters stay open.
    await page.goto("/orders?from=2026-02-01&to=2026-01-01");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByLabel("Emitidos até")).toBeVisible();
    await expect(page.getByText("A data final é anterior à inicial.")).toBeVisible();
  });

  test("the first row of My customers and My orders, and the home's first card, are on the first screen", async ({
    page,
  }) => {
    await loginAs(page, "demo", "bruno", "bruno123");
    // Home: the connection's details and the period fold behind one line each.
    await expect(page.getByTestId("connection-toggle")).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByTestId("home-seller")).toBeHidden();
    const period = page.getByTestId("period-toggle");
    await expect(period).toHaveText(/^Período: .+ vs .+ · alterar$/);
    await expect(page.getByLabel("Mês inicial")).toBeHidden();
    const card = page.getByTestId("indicator-cards").locator("section").first();
    await expect(card).toBeVisible();
    expect((await box(card)).y).toBeLessThan(phone.height);
    await page.getByTestId("connection-toggle").click();
    await expect(page.getByTestId("home-seller")).toHaveText("000002");
    await period.click();
    await expect(period).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByLabel("Mês inicial")).toBeVisible();

    for (const [path, name] of [
      ["/customers", /^Abrir /],
      ["/orders", /^Abrir pedido /],
    ] as const) {
      await page.goto(path);
      // My orders: with the seed's refused operation above the list, folded to one line.
      if (path === "/orders")
        await expect(page.getByTestId("pending-toggle")).toHaveAttribute("aria-expanded", "false");
      const first = page
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name }) })
        .first();
      await expect(first).toBeVisible();
      const b = await box(first);
      expect(b.y, `${path}: the first row starts on the first screen`).toBeLessThan(phone.height);
      expect(b.y + Math.min(b.height, 60), `${path}: and shows there`).toBeLessThanOrEqual(phone.height);
    }
  });

  test("a wrong period keeps the home's period form open", async ({ page }) => {
    await loginAs(page, "demo", "ana", "ana123");
    await page.goto("/?start=2026-05&end=2026-01");
    await expect(page.getByTestId("period-toggle")).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByLabel("Mês inicial")).toBeVisible();
    await expect(page.getByText("O mês final é anterior ao inicial")).toBeVisible();
  });
});

test("on a desktop (1280) the filters, the period and the connection are open, and the bar holds status, Descartar and Enviar", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loginAs(page, "demo", "ana", "ana123");
  await expect(page.getByTestId("home-seller")).toBeVisible();
  await expect(page.getByLabel("Mês inicial")).toBeVisible();
  await expect(page.getByTestId("period-toggle")).toBeHidden();
  await expect(page.getByTestId("connection-toggle")).toBeHidden();
  for (const [path, label] of [
    ["/customers", "Risco"],
    ["/orders", "Situação"],
    ["/quotations", "Validade"],
    ["/prospects", "UF"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
    await expect(page.getByTestId("filters-toggle")).toBeHidden();
  }
  await startOrder(page, "000012");
  const bar = page.getByTestId("order-form-bar").locator("..");
  for (const part of [
    bar.getByTestId("draft-status"),
    bar.getByRole("button", { name: "Descartar rascunho" }),
    bar.getByRole("button", { name: "Enviar pedido" }),
  ])
    await expect(part).toBeVisible();
  await expect(page.getByTestId("form-bar-total")).toBeHidden();
  const [d, e] = [
    await box(bar.getByRole("button", { name: "Descartar rascunho" })),
    await box(bar.getByRole("button", { name: "Enviar pedido" })),
  ];
  expect(Math.abs(d.y - e.y)).toBeLessThanOrEqual(4);
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s*");
}
