import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { E2E } from "../../playwright.config";
import { expect, newContext, test } from "./fixtures";
import { loginAs, sandbox } from "./helpers";

type Showcase = { number: string; status: string; order: string };

/**
 * The seeded quotations of a seller as the ERP keeps them (sandbox/docs/quotations.md): numbers
 * follow the seeded dates, so the test reads them rather than assuming the suite's 000001…000007.
 * The portal's store outlives the sandbox's reset between tests, so the test looks for these, not counts.
 * It also keeps what later files change (a conversion, a re-dated quotation): this read-only file
 * runs first of the quotation specs (Playwright takes files in name order: list, page, send).
 */
async function showcases(request: APIRequestContext, seller: string): Promise<Record<string, Showcase>> {
  const rows = await sandbox(request).sql<{ number: string; key: string; status: string; order_number: string | null }>(
    `SELECT CJ_NUM AS number, CJ_XEXTID AS key, CJ_STATUS AS status,
            (SELECT MAX(CK_NUMPV) FROM SCK010 WHERE CK_FILIAL = CJ_FILIAL AND CK_NUM = CJ_NUM AND D_E_L_E_T_ = ' ') AS order_number
       FROM SCJ010 WHERE CJ_FILIAL = '01' AND CJ_XVEND = $1 AND D_E_L_E_T_ = ' '`,
    [seller],
  );
  // Keyed by CJ_XEXTID where the seed gave one, else by CJ_STATUS (B converted, C cancelled).
  return Object.fromEntries(
    rows.map((r) => [
      r.key.trim() || r.status,
      { number: r.number, status: r.status, order: (r.order_number ?? "").trim() },
    ]),
  );
}

/** ana saves a quotation valid until the business date in the ERP (its job run): its number. */
async function quotationValidToday(request: APIRequestContext): Promise<string> {
  const base = `http://127.0.0.1:${E2E.sandboxPort}/rest`;
  const token = await request.post(`${base}/api/oauth2/v1/token?grant_type=password`, {
    headers: { username: "ana", password: "ana123" },
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const headers = { Authorization: `Bearer ${access_token}`, tenantId: "01,01" };
  const list = await request.get(
    `${base}/api/tgv/priceList/002/items?pageSize=500&filter=${encodeURIComponent("itemCode eq 'P00001'")}`,
    { headers },
  );
  const { price } = ((await list.json()) as { items: { itemCode: string; price: number }[] }).items.find(
    (i) => i.itemCode === "P00001",
  )!;
  const key = "e2e-orc-vence-hoje";
  const posted = await request.post(`${base}/api/tgv/quotations`, {
    headers,
    data: {
      customer: "000012",
      store: "01",
      paymentcondition: "003",
      operationtype: "01",
      pricelist: "002",
      validity: E2E.businessDate,
      externalid: key,
      items: [{ product: "P00001", quantity: 1, price }],
    },
  });
  expect(posted.status()).toBe(202);
  await sandbox(request).jobs("run");
  const [saved] = await sandbox(request).sql<{ number: string }>(
    "SELECT CJ_NUM AS number FROM SCJ010 WHERE CJ_XEXTID = $1 AND D_E_L_E_T_ = ' '",
    [key],
  );
  return saved!.number;
}

const ANA = "000001";
const BRUNO = "000002";

async function openQuotations(page: Page) {
  await page.getByRole("navigation", { name: "Navegação principal" }).getByRole("link", { name: "Orçamentos" }).click();
  await expect(page.getByRole("heading", { name: "Meus orçamentos" })).toBeVisible();
}

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

test("Meus orçamentos: ana's quotations with their statuses, search, the Vencido filter and the CSV", async ({
  page,
  request,
}) => {
  const ana = await showcases(request, ANA);
  const expired = ana["pgv-orc-ana-vencido"]!;
  const open = ana["pgv-orc-ana-aberto"]!;
  const converted = ana.B!;
  const cancelled = ana.C!;

  await loginAs(page, "demo", "ana", "ana123");
  await openQuotations(page);
  await expect(page.getByText("Orçamentos emitidos nos últimos 12 meses.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Novo orçamento" })).toHaveAttribute("href", "/quotations/new");
  await expect(page.getByTestId("quotation-count")).toContainText(/\d+ orçamentos/);

  const rows = page.locator("table tbody tr");
  const row = (number: string) => rows.filter({ has: page.getByRole("link", { name: `Abrir orçamento ${number}` }) });
  await expect(row(expired.number)).toContainText("Vencido");
  await expect(row(open.number)).toContainText("Em aberto");
  // Seeded valid for 13 more days than the business date the page counts from.
  await expect(row(open.number)).toContainText("vence em 13 dias");
  await expect(row(cancelled.number)).toContainText("Cancelado");
  const orderLink = row(converted.number).getByRole("link", { name: `Efetivado (pedido ${converted.order})` });
  await expect(orderLink).toHaveAttribute("href", `/orders/${converted.order}`);
  await expect(row(open.number).getByRole("link", { name: `Abrir orçamento ${open.number}` })).toHaveAttribute(
    "href",
    `/quotations/${open.number}`,
  );
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Search by number: the list narrows to it, and the URL keeps it.
  await page.getByLabel("Buscar orçamento").fill(expired.number);
  await expect(page).toHaveURL(new RegExp(`q=${expired.number}`));
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId("quotation-count")).toHaveText("1 orçamento");
  await page.getByRole("button", { name: "Limpar filtros" }).click();
  await expect(page.getByLabel("Buscar orçamento")).toHaveValue("");
  await expect(row(open.number)).toBeVisible();
  await expect(page).not.toHaveURL(/q=/);

  await page.getByLabel("Situação").selectOption({ label: "Vencido" });
  await expect(page).toHaveURL(/status=expired/);
  await expect(row(open.number)).toHaveCount(0);
  await expect(row(expired.number)).toContainText("Vencido");
  const count = Number((await page.getByTestId("quotation-count").textContent())!.replace(/\D/g, ""));
  await expect(rows).toHaveCount(count);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Exportar CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`orcamentos-${E2E.businessDate}.csv`);
  const text = (await (await file.createReadStream()).toArray()).join("");
  const lines = text
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe("Orçamento;Emissão;Validade;Cliente;Loja;Nome;CPF/CNPJ;Situação;Itens;Total;Pedido");
  expect(lines).toHaveLength(count + 1);
  expect(lines.slice(1).every((l) => l.split(";")[7] === "Vencido")).toBe(true);
  expect(lines.some((l) => l.startsWith(`${expired.number};`))).toBe(true);
  expect(text).not.toContain(open.number);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("on a phone the quotations are cards that fit the screen, and count the days left from the business date", async ({
  page,
  request,
}) => {
  const ana = await showcases(request, ANA);
  const open = ana["pgv-orc-ana-aberto"]!;
  const converted = ana.B!;
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/quotations");
  await expect(page.getByRole("heading", { name: "Meus orçamentos" })).toBeVisible();
  await expect(page.locator("table")).toBeHidden();
  const card = (number: string) =>
    page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Abrir orçamento ${number}` }) });
  await expect(card(open.number)).toBeVisible();
  await expect(card(open.number)).toContainText("Em aberto");
  await expect(card(open.number)).toContainText("vence em 13 dias");
  await expect(
    card(converted.number).getByRole("link", { name: `Efetivado (pedido ${converted.order})` }),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  );
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Saved in the ERP meanwhile, valid until the business date: after "Atualizar dados" it is listed, due today.
  const number = await quotationValidToday(request);
  await page.getByRole("button", { name: "Atualizar dados" }).click();
  const [y, m, d] = E2E.businessDate.split("-");
  await expect(card(number)).toContainText(`Válido até ${d}/${m}/${y}`);
  await expect(card(number)).toContainText("vence hoje");

  // The whole card opens its quotation (a tap on its customer line, away from the number).
  await card(open.number).click({ position: { x: 300, y: 70 } });
  await expect(page).toHaveURL(new RegExp(`/quotations/${open.number}$`));
});

// Risk: a seller seeing another seller's quotations in the list, its search or its export.
test("bruno does not see ana's quotations", async ({ browser, request }) => {
  const ana = Object.values(await showcases(request, ANA)).map((q) => q.number);
  const bruno = await showcases(request, BRUNO);
  const context = await newContext(browser);
  const page = await context.newPage();
  await loginAs(page, "demo", "bruno", "bruno123");
  await openQuotations(page);
  await expect(
    page.getByRole("link", { name: `Abrir orçamento ${bruno["pgv-orc-bruno-aberto"]!.number}` }),
  ).toBeVisible();
  const listed = await page.locator("table tbody tr td:first-child a").allTextContents();
  expect(listed.length).toBeGreaterThan(0);
  for (const number of ana) expect(listed).not.toContain(number);
  for (const number of ana) {
    const res = await page.request.get(`/api/quotations?q=${number}`);
    expect(res.status()).toBe(200);
    expect(((await res.json()) as { items: { number: string }[] }).items.map((q) => q.number)).not.toContain(number);
  }
  const csv = await (await page.request.get("/api/quotations/export")).text();
  const exported = csv
    .split("\r\n")
    .slice(1, -1)
    .map((l) => l.split(";")[0]);
  for (const number of ana) expect(exported).not.toContain(number);
  await context.close();
});
