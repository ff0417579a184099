import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { E2E } from "../../playwright.config";
import { loginAs, sandbox } from "./helpers";
import { fillLine, fillOrder, pickCustomer, sendHeldOrder, startOrder } from "./order-entry-helpers";

// Issue 16, orders: the defects found walking the portal as a rep on a phone (390 × 844, pt-BR),
// each walked here the way the rep met it: the order after sending, drafts, notifications. The form
// itself (discounts, messages, editing, Spanish money) is in order-form-defects.spec.ts.

test.use({ viewport: { width: 390, height: 844 } });

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

test("16.1 reloading a sent draft's page shows what became of it (queued, then pedido N), never a blank form", async ({
  page,
  request,
}) => {
  const erp = sandbox(request);
  await loginAs(page, "demo", "ana", "ana123");
  await sendHeldOrder(page, erp, "000012");
  await expect(page).toHaveURL(/\/orders\/new\?draft=[0-9a-f-]{36}$/);
  const sentUrl = page.url();
  const draftId = sentUrl.split("draft=")[1]!;

  // A shaky connection: the rep reloads while the ERP still has the order queued.
  await page.reload();
  await expect(page.getByTestId("queue-status")).toContainText("Na fila do ERP");
  await expect(page.getByLabel("Buscar cliente")).toHaveCount(0);

  await erp.jobs("release");
  await expect(page.getByTestId("queue-status")).toContainText(/Pedido \d{6} incluído e liberado/, { timeout: 20_000 });
  const number = (await page.getByRole("link", { name: /^Ver pedido \d{6}$/ }).textContent())!.replace(/\D/g, "");

  // Later, the same URL (the browser's history, a tab reopened on the road) still says what it became.
  await page.goto("/");
  await page.goto(sentUrl);
  await expect(page.getByTestId("queue-status")).toContainText(`Pedido ${number} incluído e liberado`);
  await expect(page.getByLabel("Buscar cliente")).toHaveCount(0);
  await page.getByRole("link", { name: `Ver pedido ${number}` }).click();
  await expect(page.getByRole("heading", { name: `Pedido ${number}` })).toBeVisible();

  // It is an order now, not a draft: "Meus rascunhos" no longer offers to send it again.
  await page.goto("/orders/drafts");
  await expect(page.locator(`a[href*="${draftId}"]`)).toHaveCount(0);
});

test("16.5 a credit-blocked order reads as a warning with the next step, and the steps read as progress", async ({
  page,
  request,
}) => {
  const erp = sandbox(request);
  await loginAs(page, "demo", "ana", "ana123");
  // Risk B with a title 15 days overdue: the ERP blocks the order for credit.
  await fillOrder(page, "000002");
  await erp.jobs("hold");
  await page.getByRole("button", { name: "Enviar pedido" }).click();
  const steps = page.getByRole("list", { name: "Andamento no ERP" }).getByRole("listitem");
  await expect(page.getByTestId("queue-status")).toContainText("Na fila do ERP");
  // A stepper: the first step is the current one, none is a button or looks done before its time.
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toHaveAttribute("aria-current", "step");
  await expect(steps.nth(2)).toHaveAttribute("data-step-state", "later");
  await expect(page.getByTestId("queue-progress").getByRole("button")).toHaveCount(0);
  await expect(page.getByTestId("queue-outcome")).toHaveAttribute("data-tone", "progress");

  await erp.jobs("release");
  await expect(page.getByTestId("queue-status")).toContainText(/Pedido \d{6} incluído - bloqueado por crédito/, {
    timeout: 20_000,
  });
  // Not a success: a warning, with what the order waits for.
  await expect(page.getByTestId("queue-outcome")).toHaveAttribute("data-tone", "warning");
  await expect(page.getByTestId("queue-next-step")).toContainText("aguarda liberação de crédito pelo financeiro");
  for (const i of [0, 1, 2]) await expect(steps.nth(i)).toHaveAttribute("data-step-state", "done");
  await expect(steps.nth(2)).toContainText("concluído");
});

test("16.5 an order the ERP releases reads as a success, without a next step", async ({ page, request }) => {
  const erp = sandbox(request);
  await loginAs(page, "demo", "ana", "ana123");
  await fillOrder(page, "000012");
  await page.getByRole("button", { name: "Enviar pedido" }).click();
  await expect(page.getByTestId("queue-status")).toContainText(/Pedido \d{6} incluído e liberado/, { timeout: 20_000 });
  await expect(page.getByTestId("queue-outcome")).toHaveAttribute("data-tone", "success");
  await expect(page.getByTestId("queue-next-step")).toHaveCount(0);
  expect((await erp.queue()).length).toBeGreaterThan(0);
});

test("16.3 opening Novo pedido makes no draft until the first real input; drafts read by customer, items and time, copies marked", async ({
  page,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/orders");
  const number = (await page
    .getByRole("link", { name: /^Abrir pedido / })
    .first()
    .getAttribute("href"))!.replace(/\D/g, "");
  const drafts = page.getByTestId("draft");
  const listDrafts = async () => {
    await page.goto("/orders/drafts");
    await expect(page.getByRole("heading", { name: "Meus rascunhos" })).toBeVisible();
    return drafts.count();
  };
  const before = await listDrafts();
  // Visits that type nothing, blank and from a customer's page, each kept open past the autosave's
  // debounce (the pinned clock runs it), then left.
  for (const start of ["/orders/new", "/orders/new?customer=000012&store=01"]) {
    await page.goto(start);
    await expect(page.getByRole("heading", { name: "Novo pedido" })).toBeVisible();
    await page.clock.runFor(3_000);
  }
  expect(await listDrafts()).toBe(before);

  // The first real input makes the draft, listed by its customer, its items and when it was saved.
  await page.goto("/orders/new");
  await pickCustomer(page, "000012");
  await expect(page.getByTestId("draft-status")).toContainText("Rascunho salvo");
  const customerName = (await page.getByTestId("order-customer").locator("p").first().innerText()).trim();
  expect(await listDrafts()).toBe(before + 1);
  await expect(page.getByTestId("draft-title").first()).toContainText(`${customerName} · nenhum item · Salvo em`);

  // A copy holds the order's items (saved at once) and says what it copies.
  await page.goto(`/orders/new?copy=${number}`);
  await expect(page.getByTestId("draft-status")).toContainText("Rascunho salvo");
  expect(await listDrafts()).toBe(before + 2);
  await expect(drafts.first()).toContainText(`Novo pedido (cópia do ${number})`);
  await expect(page.getByTestId("draft-title").first()).toContainText(/ · \d+ ite(m|ns) · Salvo em/);
});

test("16.7 opening a notification by its title marks it read, and the bell counts one less", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/notifications?unread=1");
  const bell = page.getByRole("link", { name: /^Notificações, / });
  const unread = async () => Number((await bell.getAttribute("aria-label"))!.replace(/\D/g, "") || 0);
  const before = await unread();
  const link = page
    .getByTestId("notification")
    .getByRole("link", { name: /^Pedido \d{6}/ })
    .first();
  const title = (await link.textContent())!.trim();
  const number = /Pedido (\d{6})/.exec(title)![1]!;
  await link.click();
  await expect(page.getByRole("heading", { name: `Pedido ${number}` })).toBeVisible();
  // The bell stays in the shell: it counts again without a reload.
  expect(before).toBeGreaterThan(0);
  await expect(bell).toHaveAttribute("aria-label", before > 1 ? new RegExp(`, ${before - 1} nova`) : /nenhuma nova/);
  await page.goto("/notifications?unread=1");
  await expect(page.getByTestId("notification").getByText(title, { exact: true })).toHaveCount(0);
});

test("16.2 after a delete the page says the order was deleted, when and through whose queue, and offers nothing that acts on it", async ({
  page,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  await fillOrder(page, "000002");
  await page.getByRole("button", { name: "Enviar pedido" }).click();
  const link = page.getByRole("link", { name: /^Ver pedido \d{6}$/ });
  await expect(link).toBeVisible({ timeout: 20_000 });
  const number = (await link.textContent())!.replace(/\D/g, "");
  await link.click();
  await expect(page.getByTestId("order-status")).toContainText("Bloqueado por crédito");

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Excluir pedido" }).click();
  const deleted = page.getByTestId("deleted-order");
  await expect(deleted).toBeVisible({ timeout: 20_000 });
  const expectDeletedPage = async () => {
    await expect(page.getByRole("heading", { name: `Pedido ${number} excluído` })).toBeVisible();
    await expect(page.getByTestId("deleted-when")).toContainText(/Excluído no ERP em \d{2}\/\d{2}\/\d{4}/);
    await expect(page.getByTestId("deleted-when")).toContainText("Ana");
    await expect(deleted).toContainText(`Pedido ${number} excluído`);
    // Nothing that acts on it, and no status, items or printout of what no longer exists.
    for (const gone of ["Bloqueado por crédito", "Imprimir espelho", "Alterar pedido", "Excluir pedido"])
      await expect(page.getByText(gone)).toHaveCount(0);
    await expect(page.getByTestId("order-items")).toHaveCount(0);
    await expect(page.getByText("ERP indisponível")).toHaveCount(0);
  };
  await expectDeletedPage();

  // Reopened later (the ERP answers 404 for it, the store knows the delete): deleted, not "ERP indisponível".
  await page.goto("/orders");
  await page.goto(`/orders/${number}`);
  await expect(deleted).toBeVisible();
  await expectDeletedPage();
});

test("16.11 the printed order sheet carries the issuer, seller, customer address and date, never internal credit", async ({
  page,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/orders?status=credit_blocked");
  await page
    .getByRole("link", { name: /^Abrir pedido / })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: /^Pedido \d{6}$/ })).toBeVisible();
  // On screen the rep still sees the customer's available credit; the sheet goes to the customer.
  await expect(page.getByTestId("order-available-credit")).toBeVisible();
  await expect(page.getByTestId("order-sheet-header")).toBeHidden();

  await page.emulateMedia({ media: "print" });
  const sheet = page.getByTestId("order-sheet-header");
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText("PGV Demo Comércio Ltda - Matriz");
  await expect(sheet).toContainText("CNPJ 12.345.678/0001-95");
  await expect(sheet).toContainText("Filial 01 · São Paulo");
  await expect(sheet).toContainText("Av. Paulista, 1000 · Bela Vista · São Paulo/SP · CEP 01310-100");
  await expect(sheet).toContainText(/Vendedor: \d{6} · Ana/);
  await expect(sheet).toContainText(`Emitido em ${E2E.businessDate.split("-").reverse().join("/")}`);
  await expect(sheet).toContainText("Espelho do pedido");
  await expect(page.getByTestId("order-customer-address")).toBeVisible();
  await expect(page.getByTestId("order-customer-address")).toContainText(/CEP \d{5}-\d{3}/);
  await expect(page.getByTestId("order-available-credit")).toBeHidden();
  await expect(page.getByText("Crédito disponível")).toBeHidden();
  await expect(page.getByRole("button", { name: "Imprimir espelho" })).toBeHidden();
});

test("16.4 a refused operation says why in words, links to its draft (or says why there is none), and a dismissed row stays dismissed", async ({
  page,
  request,
}) => {
  const erp = sandbox(request);
  await loginAs(page, "demo", "ana", "ana123");
  await sendHeldOrder(page, erp, "000012");
  // Between the send and the job, the product is blocked in the ERP: the job refuses the order.
  await erp.sql("UPDATE sb1010 SET b1_msblql = '1' WHERE trim(b1_cod) = 'P00002'");
  await erp.jobs("release");
  // The refusal brings the draft back to the form with the ERP's reason, in words.
  await expect(page.getByText("O ERP não incluiu o pedido: Produto P00002 bloqueado (inativo). Corrija")).toBeVisible({
    timeout: 20_000,
  });

  await page.goto("/orders");
  // On a phone the operations fold behind one line.
  await page.getByTestId("pending-toggle").click();
  const rows = page.getByTestId("pending-order");
  // The portal's own refused send: the ERP's reason in words, the field code behind "detalhes", the draft to fix.
  const ours = rows.filter({ has: page.getByRole("link", { name: "Corrigir e reenviar" }) }).first();
  await expect(ours).toContainText("Produto P00002 bloqueado (inativo).");
  // The field path the ERP answered with is for support, behind "detalhes".
  await expect(ours.getByText("items.1.product: Produto P00002 bloqueado (inativo).")).toBeHidden();
  await expect(ours.getByRole("link", { name: "Corrigir e reenviar" })).toHaveAttribute(
    "href",
    /\/orders\/new\?draft=[0-9a-f-]{36}$/,
  );
  // One sent from elsewhere (the seed's P00007): no draft here, and it says so.
  const elsewhere = rows.filter({ hasText: "Produto P00007 bloqueado para uso." }).first();
  await expect(elsewhere.getByTestId("pending-no-draft")).toContainText("não há rascunho neste portal");

  const before = await rows.filter({ hasText: "Produto P00007 bloqueado para uso." }).count();
  await elsewhere.getByRole("button", { name: "Dispensar" }).click();
  await expect(rows.filter({ hasText: "Produto P00007 bloqueado para uso." })).toHaveCount(before - 1);
  await page.reload();
  await expect(page.getByTestId("pending-orders")).toBeVisible();
  await expect(rows.filter({ hasText: "Produto P00007 bloqueado para uso." })).toHaveCount(before - 1);
});

test("16.6 the stock preview is the warehouse the ERP checks, less earlier items; a stock-held order names the item that lacks it", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const erp = sandbox(request);
  // P00004: a few units in warehouse 01 (its standard one, where the line goes), hundreds in 02.
  const stock = await erp.sql<{ warehouse: string; available: string }>(
    `SELECT trim(B2_LOCAL) AS warehouse, B2_QATU - B2_RESERVA AS available FROM SB2010 WHERE B2_FILIAL = '01' AND B2_COD = 'P00004' AND D_E_L_E_T_ = ' '`,
  );
  const inMain = Number(stock.find((s) => s.warehouse === "01")!.available);
  expect(stock.reduce((n, s) => n + Number(s.available), 0)).toBeGreaterThan(500);
  expect(inMain).toBeGreaterThan(0);

  await loginAs(page, "demo", "ana", "ana123");
  await startOrder(page, "000012");
  await fillLine(page, 0, "P00004", String(inMain));
  const lines = page.getByTestId("order-line");
  await expect(lines.nth(0).getByTestId("line-stock")).toContainText(`Estoque disponível no armazém 01: ${inMain} PC.`);
  await expect(lines.nth(0).getByTestId("line-stock")).not.toContainText("acima do saldo");
  // A second line of the same product: the first already takes what the warehouse has.
  await page.getByRole("button", { name: "Adicionar item" }).click();
  await fillLine(page, 1, "P00004", "1");
  await expect(lines.nth(1).getByTestId("line-stock")).toContainText(`${inMain} PC já estão nos itens anteriores`);
  await expect(lines.nth(1).getByTestId("line-stock")).toContainText(
    "Quantidade acima do saldo: o ERP deve bloquear este item por estoque.",
  );
  // What the preview cannot know, said next to it.
  await expect(page.getByTestId("stock-rule")).toContainText("O portal não tem como saber antes do envio");

  await page.getByRole("button", { name: "Enviar pedido" }).click();
  await expect(page.getByTestId("queue-status")).toContainText(/Pedido \d{6} incluído - bloqueado por estoque/, {
    timeout: 20_000,
  });
  const number = /Pedido (\d{6})/.exec((await page.getByTestId("queue-status").textContent()) ?? "")![1]!;
  await page.getByRole("link", { name: `Ver pedido ${number}` }).click();
  // The order page names the item short of stock, its warehouse and what it has now.
  const short = page.getByTestId("order-short-of-stock");
  await expect(short).toContainText("Falta estoque para este item");
  await expect(short).toContainText("Item 02 · P00004");
  await expect(short).toContainText("1 PC no armazém 01 (disponível agora: 0 PC)");
  await expect(short).not.toContainText("Item 01");
  const rows = page.getByTestId("order-items").locator("tbody tr");
  await expect(rows.nth(1)).toContainText("Sem estoque");
  await expect(rows.nth(0)).not.toContainText("Sem estoque");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Editing it: item 01 reserves its units, which the ERP gives back before releasing the change.
  await page.goto(`/orders/${number}/edit`);
  await expect(lines.nth(0).getByTestId("line-stock")).toContainText(
    `Estoque disponível no armazém 01: ${inMain} PC. Inclui ${inMain} PC que este pedido já reserva`,
  );
  await expect(lines.nth(1).getByTestId("line-stock")).toContainText("acima do saldo");
});
