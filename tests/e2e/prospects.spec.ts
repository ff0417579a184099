import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { formatDocument } from "../../lib/br-documents";
import { maskDocument } from "../../lib/mask";
import { expect, newContext, test } from "./fixtures";
import { loginAs, sandbox } from "./helpers";

type Showcase = {
  code: string;
  name: string;
  cgc: string;
  person: string;
  city: string;
  uf: string;
  zip: string;
  ddd: string;
  phone: string;
  email: string;
  status: string;
  customer: string;
};

/**
 * A seller's seeded prospects as the ERP keeps them (sandbox/docs/data.md "Prospects"), by code.
 * The portal's store outlives the sandbox's reset between tests, so the test looks for these, not counts.
 */
async function showcases(request: APIRequestContext, seller: string): Promise<Record<string, Showcase>> {
  const rows = await sandbox(request).sql<Showcase>(
    `SELECT trim(US_COD) AS code, trim(US_NOME) AS name, trim(US_CGC) AS cgc, US_PESSOA AS person, trim(US_MUN) AS city,
            trim(US_EST) AS uf, trim(US_CEP) AS zip, trim(US_DDD) AS ddd, trim(US_TEL) AS phone, trim(US_EMAIL) AS email,
            US_STATUS AS status, trim(US_CODCLI) AS customer
       FROM SUS010 WHERE US_FILIAL = '01' AND US_VEND = $1 AND D_E_L_E_T_ = ' '`,
    [seller],
  );
  return Object.fromEntries(rows.map((r) => [r.code, r]));
}

const ANA = "000001";
const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

test("Meus prospects on a desktop: statuses, a CPF masked and a CNPJ whole, search, filter, the prospect page", async ({
  page,
  request,
}) => {
  const ana = await showcases(request, ANA);
  const company = ana["000001"]!;
  const person = ana["000003"]!;
  const converted = Object.values(ana).find((p) => p.status === "6")!;
  expect([company.person, person.person]).toEqual(["J", "F"]);

  await loginAs(page, "demo", "ana", "ana123");
  await page.getByRole("navigation", { name: "Navegação principal" }).getByRole("link", { name: "Prospects" }).click();
  await expect(page.getByRole("heading", { name: "Meus prospects" })).toBeVisible();
  await expect(page.getByTestId("prospect-count")).toContainText(/\d+ prospects/);

  const rows = page.locator("table tbody tr");
  const row = (name: string) => rows.filter({ has: page.getByRole("link", { name: `Abrir prospect ${name}` }) });
  await expect(row(company.name)).toContainText(formatDocument(company.cgc));
  await expect(row(company.name)).toContainText("Em desenvolvimento");
  await expect(row(company.name)).toContainText(`${company.city}/${company.uf}`);
  await expect(row(person.name)).toContainText(maskDocument(person.cgc));
  await expect(row(person.name)).not.toContainText(formatDocument(person.cgc));
  await expect(row(person.name)).toContainText("Em standby");
  const customerLink = row(converted.name).getByRole("link", { name: `Cliente ${converted.customer}/01` });
  await expect(customerLink).toHaveAttribute("href", `/customers/${converted.customer}/01`);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Search by city: the list narrows, and the URL keeps it.
  await page.getByLabel("Buscar prospect").fill(person.city);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(person.city)}`));
  await expect(row(company.name)).toHaveCount(0);
  await expect(row(person.name)).toBeVisible();
  await page.getByRole("button", { name: "Limpar filtros" }).click();
  await expect(page.getByLabel("Buscar prospect")).toHaveValue("");
  await expect(row(company.name)).toBeVisible();

  await page.getByLabel("Situação").selectOption({ label: "Convertidos em cliente" });
  await expect(page).toHaveURL(/status=converted/);
  await expect(row(company.name)).toHaveCount(0);
  await expect(row(converted.name)).toContainText(`Cliente ${converted.customer}/01`);
  await page.getByRole("button", { name: "Limpar filtros" }).click();

  await row(company.name)
    .getByRole("link", { name: `Abrir prospect ${company.name}` })
    .click();
  await expect(page).toHaveURL(/\/prospects\/000001\/01$/);
  await expect(page.getByRole("heading", { level: 1, name: company.name })).toBeVisible();
  await expect(page.getByTestId("prospect-source")).toHaveText("Dados lidos agora do ERP.");
  await expect(page.getByTestId("prospect-status")).toHaveText("Em desenvolvimento");
  await expect(page.getByTestId("prospect-document")).toHaveText(formatDocument(company.cgc));
  await expect(page.getByTestId("prospect-zip")).toHaveText(`${company.zip.slice(0, 5)}-${company.zip.slice(5)}`);
  await expect(page.getByTestId("prospect-city")).toHaveText(`${company.city}/${company.uf}`);
  await expect(page.getByTestId("prospect-phone").getByRole("link")).toHaveAttribute(
    "href",
    `tel:+55${company.ddd}${company.phone}`,
  );
  await expect(page.getByTestId("prospect-email").getByRole("link")).toHaveAttribute("href", `mailto:${company.email}`);
  await expect(page.getByRole("heading", { name: "Orçamentos do prospect" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // A converted prospect names the customer it became and opens its page.
  await page.goto(`/prospects/${converted.code}/01`);
  await expect(page.getByTestId("prospect-status")).toHaveText("Convertido em cliente");
  await expect(page.getByTestId("prospect-customer")).toContainText(
    `Este prospect virou o cliente ${converted.customer}/01.`,
  );
  await expect(page.getByTestId("prospect-customer").getByRole("link")).toHaveAttribute(
    "href",
    `/customers/${converted.customer}/01`,
  );
});

test("on a phone the prospects are cards that fit the screen; a tap opens the prospect", async ({ page, request }) => {
  const ana = await showcases(request, ANA);
  const person = ana["000003"]!;
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/prospects");
  await expect(page.getByRole("heading", { name: "Meus prospects" })).toBeVisible();
  await expect(page.locator("table")).toBeHidden();
  const card = (name: string) =>
    page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `Abrir prospect ${name}` }) });
  await expect(card(person.name)).toContainText(maskDocument(person.cgc));
  await expect(card(person.name)).toContainText("Em standby");
  expect(await noHorizontalScroll(page)).toBe(true);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByLabel("Buscar prospect").fill(person.name.split(" ")[0]!.toLowerCase());
  await expect(page).toHaveURL(/q=/);
  await expect(card(person.name)).toBeVisible();
  // The whole card opens the prospect (a tap on its document line, away from the name).
  await card(person.name).click({ position: { x: 200, y: 70 } });
  await expect(page).toHaveURL(/\/prospects\/000003\/01$/);
  await expect(page.getByRole("heading", { level: 1, name: person.name })).toBeVisible();
  await expect(page.getByTestId("prospect-document")).toHaveText(formatDocument(person.cgc));
  await expect(page.getByTestId("prospect-phone").getByRole("link")).toHaveAttribute(
    "href",
    `tel:+55${person.ddd}${person.phone}`,
  );
  expect(await noHorizontalScroll(page)).toBe(true);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

// Risk: a seller opening another seller's prospect by URL, or seeing it in the list.
test("bruno gets not found on ana's prospect and never sees hers in his list", async ({ browser, request }) => {
  const ana = Object.values(await showcases(request, ANA));
  const context = await newContext(browser);
  const page = await context.newPage();
  await loginAs(page, "demo", "bruno", "bruno123");
  const res = await page.goto("/prospects/000001/01");
  expect(res?.status()).toBe(404);
  await expect(page.getByText("Prospect não encontrado entre os seus.")).toBeVisible();

  await page.goto("/prospects");
  await expect(page.getByTestId("prospect-count")).toContainText(/\d+ prospects?/);
  const listed = await page.locator("table tbody tr td:first-child a").allTextContents();
  expect(listed.length).toBeGreaterThan(0);
  for (const p of ana) expect(listed).not.toContain(p.name);
  for (const p of ana) {
    const found = await page.request.get(`/api/prospects?q=${encodeURIComponent(p.code)}`);
    expect(found.status()).toBe(200);
    const { items } = (await found.json()) as { items: { name: string }[] };
    expect(items.map((i) => i.name)).not.toContain(p.name);
  }
  await context.close();
});
