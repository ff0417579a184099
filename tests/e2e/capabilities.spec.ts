import type { Page } from "@playwright/test";
import { E2E } from "../../playwright.config";
import { expect, newContext, test } from "./fixtures";
import { loginAs, mainNav, sandbox } from "./helpers";
import { pickLineProduct, startOrder } from "./order-entry-helpers";

// Issue 19 item 3: an alias whose endpoint map points an optional feature at a path its ERP does
// not serve (playwright.config.ts `semestoque`, `semorcamento`). The login's capability probe finds
// it missing: the feature leaves the menus and pages with one line saying why, and nothing the
// portal answers is a 404 or an error.

test.use({ viewport: { width: 390, height: 844 } });

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

/** Every 404 or 5xx the portal itself answers (pages, route handlers, server actions) while the page is open. */
function portalFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    const own = url.port === String(E2E.directPort) && !url.pathname.startsWith("/_next/static");
    if (own && (response.status() === 404 || response.status() >= 500))
      failures.push(`${response.status()} ${url.pathname}`);
  });
  return failures;
}

test("19.3 an ERP without the stock endpoint: the order form says why instead of figures; the demo ERP shows them", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const failures = portalFailures(page);
  await loginAs(page, "semestoque", "ana", "ana123");
  await startOrder(page, "000002");
  await pickLineProduct(page, 0, "P00014");
  const line = page.getByTestId("order-line").nth(0);
  await expect(line.getByTestId("feature-unavailable")).toHaveText("Estoque online indisponível neste ERP.");
  await expect(line.getByTestId("line-stock")).toHaveCount(0);
  // The rest of the form works: the ERP's taxes come as usual.
  await expect(page.getByTestId("tax-worksheet")).toBeVisible();
  // A replayed stock request answers with the reason, not a 404.
  const replay = await page.request.get("/api/products/P00014/stock");
  expect(replay.status()).toBe(409);
  expect(await replay.json()).toEqual({
    error: "feature_unavailable",
    feature: "stock",
    message: "Estoque online indisponível neste ERP.",
  });
  expect(failures).toEqual([]);

  // The same ERP through the demo alias serves stock: the figures are there.
  const demo = await (await newContext(browser)).newPage();
  await demo.setViewportSize({ width: 390, height: 844 });
  await loginAs(demo, "demo", "ana", "ana123");
  await startOrder(demo, "000002");
  await pickLineProduct(demo, 0, "P00014");
  await expect(demo.getByTestId("order-line").nth(0).getByTestId("line-stock")).toContainText("Estoque");
  await expect(demo.getByTestId("feature-unavailable")).toHaveCount(0);
});

test("19.3 an ERP without the quotation endpoints: no menu entry, every quotation page says why", async ({ page }) => {
  test.setTimeout(120_000);
  const failures = portalFailures(page);
  await loginAs(page, "semorcamento", "ana", "ana123");
  const nav = await mainNav(page);
  await expect(nav.getByRole("link", { name: "Pedidos" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Orçamentos" })).toHaveCount(0);
  for (const path of ["/quotations", "/quotations/new", "/quotations/drafts"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Orçamentos" })).toBeVisible();
    await expect(page.getByTestId("feature-unavailable")).toHaveText("Orçamentos indisponíveis neste ERP.");
  }
  // The customer page offers no quotation.
  await page.goto("/customers/000002/01");
  await expect(page.getByRole("link", { name: "Novo pedido para este cliente" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Novo orçamento para este cliente" })).toHaveCount(0);
  // An order offers its copy as a new order, not as a quotation.
  const orders = (await (await page.request.get("/api/orders?page=1")).json()) as { items: { number: string }[] };
  const number = orders.items[0]!.number;
  await page.goto(`/orders/${number}`);
  const actions = page.getByRole("group", { name: "Ações" });
  await expect(actions.getByRole("link", { name: "Copiar como novo pedido" })).toBeVisible();
  await expect(actions.getByRole("link", { name: "Copiar como orçamento" })).toHaveCount(0);
  expect(failures).toEqual([]);
});
