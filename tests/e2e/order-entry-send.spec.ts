import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { E2E } from "../../playwright.config";
import { loginAs, sandbox } from "./helpers";
import { fillOrder } from "./order-entry-helpers";

// Sending an order when things go wrong: a double click, the ERP down, an answer lost, a stale edit.
// Each ends with exactly the orders the rep meant, never a second one.

const SANDBOX = `http://127.0.0.1:${E2E.sandboxPort}`;

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

async function erpToken(request: APIRequestContext, user = "ana", password = "ana123") {
  const res = await request.post(`${SANDBOX}/rest/api/oauth2/v1/token?grant_type=password`, {
    headers: { username: user, password },
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

test("double-click on submit creates exactly one order in the ERP", async ({ page, request }) => {
  const erp = sandbox(request);
  await loginAs(page, "demo", "ana", "ana123");
  await fillOrder(page, "000012");
  await erp.jobs("hold");
  const before = (await erp.queue()).length;
  await page.getByRole("button", { name: "Enviar pedido" }).dblclick();
  await expect(page.getByTestId("queue-status")).toContainText("Na fila do ERP");
  const queue = await erp.queue();
  expect(queue.length).toBe(before + 1);
  expect(queue[0]!.externalid).toMatch(/^pgv-/);

  // My orders shows it as a queued row (status filter "Na fila do ERP"), until the ERP processed it.
  await page.goto("/orders?status=queued");
  const pending = page.getByTestId("pending-order");
  await expect(pending).toHaveCount(1);
  await expect(pending).toContainText("Na fila do ERP");
  await expect(pending).toContainText("Inclusão");
  await expect(page.getByTestId("order-count")).toContainText("Nenhum pedido");
  await erp.jobs("run");
  await expect(pending).toHaveCount(0, { timeout: 25_000 });
  const created = (await erp.queue()).filter((q) => q.externalid === queue[0]!.externalid);
  expect(created).toHaveLength(1);
  expect(String(created[0]!.status).trim()).toBe("2");
});

test("ERP down during submit: the rep is told it was not sent, the draft stays, the resend makes one order", async ({
  page,
  request,
}) => {
  const erp = sandbox(request);
  await loginAs(page, "demo", "ana", "ana123");
  await fillOrder(page, "000012");
  await erp.faults([{ pathPrefix: "/rest/api/tgv/salesorders", kind: "status", status: 503 }]);
  const before = (await erp.queue()).length;
  await page.getByRole("button", { name: "Enviar pedido" }).click();
  await expect(page.getByTestId("order-form-banner")).toContainText("O pedido não foi enviado: o ERP não respondeu");
  expect((await erp.queue()).length).toBe(before);
  await expect(page.getByTestId("order-line")).toHaveCount(2);
  // Nothing typed is lost: the draft is listed, marked as not sent.
  await page.reload();
  await expect(page.getByTestId("order-form-banner")).toContainText("ainda não foi enviado");
  await expect(page.getByTestId("order-line")).toHaveCount(2);

  await erp.faults([]);
  await page.getByRole("button", { name: "Enviar pedido" }).click();
  await expect(page.getByTestId("queue-progress")).toBeVisible();
  await expect(page.getByTestId("queue-status")).toContainText(/Pedido \d{6} incluído e liberado/, { timeout: 20_000 });
  expect((await erp.queue()).length).toBe(before + 1);
});

test("an edited resend after a lost answer says the ERP kept the first send, and applies the edit to that order", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const erp = sandbox(request);
  await loginAs(page, "demo", "ana", "ana123");
  // 000002: the order stays blocked by credit, so it can still be changed.
  await fillOrder(page, "000002");
  await erp.jobs("hold");
  const before = (await erp.queue()).length;
  // The ERP answers after the portal stopped waiting (ERP_TIMEOUT_MS 8 s), and queues the order anyway.
  await erp.faults([{ pathPrefix: "/rest/api/tgv/salesorders", kind: "latency", ms: 9_000, times: 1 }]);
  await page.getByRole("button", { name: "Enviar pedido" }).click();
  await expect(page.getByTestId("order-form-banner")).toContainText("O pedido não foi enviado", { timeout: 15_000 });
  await expect.poll(async () => (await erp.queue()).length, { timeout: 10_000 }).toBe(before + 1);

  await page.locator("#line-0-quantity").fill("7");
  await page.getByRole("button", { name: "Enviar pedido" }).click();
  const panel = page.getByTestId("already-sent");
  await expect(panel).toContainText("Este rascunho já foi enviado antes");
  await expect(panel).toContainText("processando o primeiro envio");
  expect((await erp.queue()).length).toBe(before + 1);
  // A reload keeps saying it (and keeps the edit).
  await page.reload();
  await expect(panel).toBeVisible();
  await expect(page.locator("#line-0-quantity")).toHaveValue("7");

  await erp.jobs("run");
  await expect(panel).toContainText(/O ERP registrou o pedido \d{6}/, { timeout: 20_000 });
  const number = (await panel.getByRole("link", { name: /^Ver pedido \d{6}$/ }).textContent())!.replace(/\D/g, "");
  await panel.getByRole("button", { name: `Aplicar minhas alterações ao pedido ${number}` }).click();
  await expect(page.getByRole("heading", { name: "Alteração enviada ao ERP" })).toBeVisible();
  await erp.jobs("run");
  await expect(page.getByTestId("queue-status")).toContainText(`Pedido ${number}`, { timeout: 20_000 });
  await page.goto(`/orders/${number}`);
  await expect(page.getByTestId("order-items").locator("tbody tr").first().locator("td").nth(2)).toHaveText("7");
  // One insert and one change: never a second order.
  expect((await erp.queue()).length).toBe(before + 2);
});

test("a stale edit gets the conflict message and reloads the order as it is now", async ({ page, request }) => {
  test.setTimeout(90_000);
  await loginAs(page, "demo", "ana", "ana123");
  // An order of its own (not whichever the seed put first: an older one may hold an item its price
  // list no longer has, which the ERP rightly refuses to change).
  await fillOrder(page, "000002");
  await page.getByRole("button", { name: "Enviar pedido" }).click();
  await expect(page.getByTestId("queue-status")).toContainText(/Pedido \d{6} incluído - bloqueado por crédito/, {
    timeout: 20_000,
  });
  const number = (await page.getByRole("link", { name: /^Ver pedido \d{6}$/ }).textContent())!.replace(/\D/g, "");
  await page.goto(`/orders/${number}/edit`);
  await expect(page.getByRole("heading", { name: `Alterar pedido ${number}` })).toBeVisible();

  // Meanwhile the order changes in the ERP (another session of the rep, through the API).
  const token = await erpToken(request);
  const headers = { Authorization: `Bearer ${token}`, tenantId: "01,01" };
  const current = (await (
    await request.get(`${SANDBOX}/rest/api/tgv/salesorders/01${number}`, { headers })
  ).json()) as Record<string, unknown> & {
    stamp: string;
    items: { product: string; quantity: number; price: number; operationtype: string }[];
  };
  const put = await request.put(`${SANDBOX}/rest/api/tgv/salesorders/01${number}`, {
    headers: { ...headers, "If-Match": current.stamp },
    data: {
      ...current,
      items: current.items.map((i) => ({
        product: i.product,
        quantity: i.quantity + 1,
        price: i.price,
        operationtype: i.operationtype,
      })),
    },
  });
  expect(put.status()).toBe(202);
  await sandbox(request).jobs("run");

  await page.locator("#line-0-quantity").fill("9");
  await page.getByRole("button", { name: "Salvar alterações" }).click();
  const banner = page.getByTestId("order-form-banner");
  await expect(banner).toContainText("O pedido foi alterado por outra pessoa ou pelo ERP");
  await banner.getByRole("button", { name: "Recarregar o pedido" }).click();
  await expect(page.getByTestId("order-form-banner")).toHaveCount(0);
  await expect(page.locator("#line-0-quantity")).toHaveValue(String(current.items[0]!.quantity + 1).replace(".", ","));
});
