import type { APIRequestContext } from "@playwright/test";
import { E2E } from "../../playwright.config";
import { expect, newContext, test } from "./fixtures";
import { DIRECT, loginAs, mainNav, sandbox } from "./helpers";

// Menu and action privileges (issue 19 item 5, sandbox/docs/privileges.md): the seeded restricted
// reps neither see nor reach what their ERP profile denies — by menu, by URL or by a replayed action.

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

const DENIED = "O seu perfil de acesso no Protheus (VEND_CONSULTA) não permite esta operação.";

/** Ana's newest credit-blocked order as the ERP has it now: open, so she may change or delete it. */
async function anasBlockedOrder(request: APIRequestContext): Promise<string> {
  const base = `http://127.0.0.1:${E2E.sandboxPort}/rest`;
  const token = await request.post(`${base}/api/oauth2/v1/token?grant_type=password`, {
    headers: { username: "ana", password: "ana123" },
  });
  const { access_token } = (await token.json()) as { access_token: string };
  const res = await request.get(
    `${base}/api/tgv/salesorders?pageSize=1&order=-issuedate,-number&filter=${encodeURIComponent("status eq 'credit_blocked'")}`,
    { headers: { Authorization: `Bearer ${access_token}`, tenantId: "01,01" } },
  );
  return ((await res.json()) as { items: { number: string }[] }).items[0]!.number;
}

/** One of marcos' orders (seller 000003), an uninvoiced one first. */
async function marcosOrder(request: APIRequestContext): Promise<string> {
  const [row] = await sandbox(request).sql<{ number: string }>(
    `SELECT C5_NUM AS number FROM SC5010 WHERE C5_FILIAL = '01' AND C5_VEND1 = '000003' AND D_E_L_E_T_ = ' '
      ORDER BY (C5_NOTA = '') DESC, C5_EMISSAO DESC, C5_NUM DESC LIMIT 1`,
  );
  return row!.number;
}

test("marcos (VEND_CONSULTA) sees orders without add, change or delete, and no prospects; the URLs are the 403 page", async ({
  page,
  request,
}) => {
  await loginAs(page, "demo", "marcos", "marcos123");
  const nav = page.getByRole("navigation", { name: "Navegação principal" });
  await expect(nav.getByRole("link", { name: "Pedidos" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Orçamentos" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Prospects" })).toHaveCount(0);

  await nav.getByRole("link", { name: "Pedidos" }).click();
  await expect(page.getByRole("heading", { name: "Meus pedidos" })).toBeVisible();
  await expect(page.getByTestId("order-count")).toContainText(/\d+ pedidos/);
  await expect(page.getByRole("link", { name: "Novo pedido", exact: true })).toHaveCount(0);

  const number = await marcosOrder(request);
  await page.goto(`/orders/${number}`);
  await expect(page.getByRole("heading", { name: `Pedido ${number}` })).toBeVisible();
  const actions = page.getByRole("group", { name: "Ações" });
  await expect(actions.getByRole("link", { name: "Copiar como orçamento" })).toBeVisible();
  for (const denied of ["Alterar pedido", "Excluir pedido", "Copiar como novo pedido"])
    await expect(page.getByText(denied, { exact: true })).toHaveCount(0);

  for (const path of ["/orders/new", `/orders/${number}/edit`, "/prospects", "/prospects/new"]) {
    const answer = await page.goto(path);
    expect(answer?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Sem permissão para esta área." })).toBeVisible();
  }
  // A route handler asked directly: 403 in words, nothing listed.
  const list = await page.request.get("/api/prospects");
  expect([list.status(), await list.json()]).toEqual([403, { error: "forbidden", message: DENIED }]);
});

test("a delete action replayed by marcos is refused on the server and never reaches the ERP", async ({
  page,
  browser,
  request,
}) => {
  // Ana's real "Excluir pedido" is caught on its way out: the server action's id and body.
  await loginAs(page, "demo", "ana", "ana123");
  const anas = await anasBlockedOrder(request);
  await page.goto(`/orders/${anas}`);
  let captured: { headers: Record<string, string>; body: string } | null = null;
  await page.route(`${DIRECT}/orders/**`, async (route) => {
    const sent = route.request();
    if (sent.method() !== "POST" || !sent.headers()["next-action"]) return route.continue();
    captured = { headers: sent.headers(), body: sent.postData() ?? "" };
    await route.abort();
  });
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Excluir pedido" }).click();
  await expect.poll(() => captured).not.toBeNull();
  const action = captured as unknown as { headers: Record<string, string>; body: string };
  expect(action.body).toContain(anas);

  // Marcos replays it on one of his own orders, with his own session.
  const context = await newContext(browser);
  const marcos = await context.newPage();
  await loginAs(marcos, "demo", "marcos", "marcos123");
  const number = await marcosOrder(request);
  await sandbox(request).clearRequests();
  const answer = await marcos.request.post(`${DIRECT}/orders/${number}`, {
    headers: {
      "next-action": action.headers["next-action"]!,
      "next-router-state-tree": action.headers["next-router-state-tree"] ?? "",
      "content-type": action.headers["content-type"] ?? "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: DIRECT,
    },
    data: action.body.replaceAll(anas, number),
  });
  expect(answer.status()).toBe(200);
  const text = await answer.text();
  expect(text).toContain(DENIED);
  expect(text).toContain('"code":"forbidden"');
  // The request log's entries carry their method too (sandbox/request-log.ts).
  const log = (await sandbox(request).requests()) as unknown as { method: string; path: string }[];
  expect(log.filter((r) => r.path.startsWith("/rest/api/tgv/salesorders") && r.method !== "GET")).toEqual([]);
  await context.close();
});

test("fernanda (VEND_SEM_INDICADORES) has a home without indicators, on a phone, and the ERP is never asked for them", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(page, "demo", "fernanda", "fernanda123");
  await sandbox(request).clearRequests();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Olá, Fernanda");
  await expect(page.getByTestId("home-branch")).toContainText("02");
  await expect(page.getByRole("heading", { name: "Período dos indicadores" })).toHaveCount(0);
  await expect(page.getByTestId("indicator-cards")).toHaveCount(0);
  const asked = (await sandbox(request).requests()).filter((r) => r.path.includes("/salesindicators/"));
  expect(asked).toEqual([]);
  // Everything else her role allows stays, behind the phone's Menu button.
  const nav = await mainNav(page);
  for (const menu of ["Clientes", "Pedidos", "Orçamentos", "Prospects"])
    await expect(nav.getByRole("link", { name: menu })).toHaveCount(1);
});
