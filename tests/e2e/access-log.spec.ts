import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, newContext, test } from "./fixtures";
import { loginAs, sandbox } from "./helpers";

// The LGPD access log (issue 18): ana opens a natural person's page (the CPF in full there, masked
// in the list), the administrator reads her view at /admin/access-log; a seller may not.

type Person = { code: string; name: string; cpf: string };

/**
 * ana's (seller 000001, 01/01) live natural-person customers, by code: the seed decides which. Past
 * the showcase rows (docs/data.md), which other specs open: only this one views these.
 */
async function anasPeople(request: APIRequestContext): Promise<Person[]> {
  const rows = await sandbox(request).sql<Person>(
    `SELECT A1_COD AS code, TRIM(A1_NOME) AS name, TRIM(A1_CGC) AS cpf FROM SA1010
      WHERE A1_FILIAL = '01' AND A1_VEND = '000001' AND A1_LOJA = '01' AND A1_PESSOA = 'F' AND A1_MSBLQL = '2'
        AND LENGTH(TRIM(A1_CGC)) = 11 AND A1_COD > '000020' AND D_E_L_E_T_ = ' ' ORDER BY A1_COD`,
  );
  expect(rows.length).toBeGreaterThan(1);
  return rows;
}

const masked = (cpf: string) => `***.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-**`;
const formatted = (cpf: string) => cpf.replace(/^(\d{3})(\d{3})(\d{3})(\d{2})$/, "$1.$2.$3-$4");

async function axe(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

test("ana's view of a person's page is in the administrator's access log; lists mask the CPF; a seller may not read the log", async ({
  page,
  browser,
}) => {
  const [person, other] = await anasPeople(page.request);

  // ana finds the person by the CPF typed in full: the list shows it masked, the page in full.
  await loginAs(page, "demo", "ana", "ana123");
  await expect(page.getByRole("link", { name: "Acesso a dados pessoais" })).toHaveCount(0);
  await page.goto("/customers");
  await page.getByLabel("Buscar cliente").fill(person!.cpf);
  await expect(page.getByTestId("customer-count")).toHaveText("1 cliente");
  const row = page.locator("tbody tr").filter({ hasText: person!.name });
  await expect(row).toContainText(masked(person!.cpf));
  await expect(page.locator("main")).not.toContainText(formatted(person!.cpf));
  await row.getByRole("link", { name: person!.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: person!.name })).toBeVisible();
  await expect(page.getByTestId("customer-document")).toHaveText(formatted(person!.cpf));

  // The full list (the other person among its links, prefetched by the router) logs nobody's view.
  await page.goto(`/customers?q=${encodeURIComponent(other!.name)}`);
  await expect(page.locator("tbody tr").filter({ hasText: other!.name })).toContainText(masked(other!.cpf));
  await page.waitForLoadState("networkidle");

  // A seller opening the log's address is told she has no permission there.
  expect((await page.goto("/admin/access-log"))?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Sem permissão para esta área." })).toBeVisible();

  // The administrator, on a desktop: the menu entry, ana's view in the table, the filters in the URL.
  const adminContext = await newContext(browser);
  const admin = await adminContext.newPage();
  await loginAs(admin, "demo", "admin", "admin123");
  await admin.getByRole("link", { name: "Acesso a dados pessoais" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Acesso a dados pessoais" })).toBeVisible();
  await admin.getByLabel("Usuário", { exact: true }).selectOption("ana");
  await expect(admin).toHaveURL(/login=ana/);
  await admin.getByLabel("Buscar registro").fill(`${person!.code}/01`);
  await expect(admin).toHaveURL(/q=/);
  await expect(admin.getByTestId("access-log-count")).toHaveText("1 acesso");
  const logged = admin.getByTestId("access-log-row");
  await expect(logged).toHaveCount(1);
  await expect(logged).toContainText("ana");
  await expect(logged).toContainText(person!.name);
  await expect(logged).toContainText(`Cliente ${person!.code}/01`);
  await expect(logged).toContainText(/CPF/);
  await expect(logged).toContainText("Página do cliente");
  await expect(admin.locator("main")).not.toContainText(formatted(person!.cpf));
  await axe(admin);

  // The other person, only listed, was never viewed.
  await admin.getByLabel("Buscar registro").fill(`${other!.code}/01`);
  await expect(admin.getByTestId("access-log-count")).toHaveText("Nenhum acesso");

  // On a phone: the view as a card, nothing wider than the screen.
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.goto(`/admin/access-log?login=ana&q=${encodeURIComponent(`${person!.code}/01`)}`);
  await expect(admin.locator("table")).toBeHidden();
  const card = admin.getByTestId("access-log-card");
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(person!.name);
  expect(await admin.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  );
  await axe(admin);
  await adminContext.close();
});
