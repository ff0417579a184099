import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { E2E } from "../../playwright.config";
import { DIRECT, loginAs, sandbox } from "./helpers";
import { fillPeople, freshCpf } from "./sge-enrol-helpers";

// Issue 16, SESI/SENAI: the defects a rep met in the enrolment wizard, on a phone.

test.use({ viewport: { width: 390, height: 844 } });

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

/**
 * ana opens a new enrolment, picks a SENAI Jacarecanga class (by default TEC.001.017 of course
 * 3|22: R$ 2.400,00 in up to 12 instalments) and reaches step 2 (the responsible).
 */
async function toResponsibleStep(page: Page, course = "3|22", klass = /TEC\.001\.017/) {
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto(`${DIRECT}/sge/enrolments/new`);
  await expect(page.getByRole("heading", { name: "Etapa 1 de 5: Curso e turma" })).toBeVisible();
  await page.getByText("SENAI", { exact: true }).click();
  await page.getByLabel("Unidade").selectOption({ label: "SENAI Jacarecanga (Fortaleza)" });
  await page.getByLabel("Curso").selectOption(course);
  await page.getByRole("radio", { name: klass }).check();
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.getByRole("heading", { name: /Etapa 2 de 5/ })).toBeVisible();
}

/** Step 4 of a new person's enrolment in `course`/`klass`. */
async function toContractStep(page: Page, course?: string, klass?: RegExp) {
  await toResponsibleStep(page, course, klass);
  await fillPeople(page, freshCpf());
}

/** "2026-12-10" → "10/12/2026", as the wizard writes dates. */
const br = (iso: string) => iso.split("-").reverse().join("/");

test("16.14 addresses: S/N is a house number, empty fields say 'Campo obrigatório', the CEP is masked, the document takes letters", async ({
  page,
}) => {
  await toResponsibleStep(page);

  // The document field is a text keyboard: an alphanumeric CNPJ (IN RFB 2.229/2024) can be typed on a phone.
  await expect(page.getByLabel("CPF ou CNPJ")).not.toHaveAttribute("inputmode", "numeric");
  await expect(page.getByLabel("Número", { exact: true })).not.toHaveAttribute("inputmode", "numeric");

  await page.getByRole("button", { name: "Continuar" }).click();
  for (const field of ["cpfCnpj", "email", "cep", "number"])
    await expect(page.locator(`#enrol-responsible-${field}-error`)).toHaveText("Campo obrigatório.");
  await expect(page.getByText("E-mail inválido.")).toHaveCount(0);
  await expect(page.getByText("CPF ou CNPJ inválido.")).toHaveCount(0);

  // The CEP is written as Brazilians write it while typed; "S/N" and "120A" are accepted numbers.
  await page.getByLabel("CEP").fill("60115170");
  await expect(page.getByLabel("CEP")).toHaveValue("60115-170");
  await expect(page.locator("#enrol-responsible-cep-error")).toHaveText("");
  await page.getByLabel("Número", { exact: true }).fill("S/N");
  await expect(page.locator("#enrol-responsible-number-error")).toHaveText("");
  await page.getByLabel("Número", { exact: true }).fill("120A");
  await expect(page.locator("#enrol-responsible-number-error")).toHaveText("");
  // A field no longer flagged is checked when the rep leaves it (item 9: not while typing).
  await page.getByLabel("Número", { exact: true }).fill("12-3");
  await expect(page.locator("#enrol-responsible-number-error")).toHaveText("");
  await page.getByLabel("Número", { exact: true }).blur();
  await expect(page.locator("#enrol-responsible-number-error")).toContainText("S/N");
  await page.getByLabel("E-mail", { exact: true }).fill("joana@");
  await expect(page.locator("#enrol-responsible-email-error")).toHaveText("E-mail inválido.");
});

test("16.18 a resumed enrolment draft reopens at the step where the rep left it", async ({ page }) => {
  await toResponsibleStep(page);
  await page.getByLabel("Nome", { exact: true }).fill("Rascunho Retomado");
  await expect(page.getByTestId("draft-status")).toContainText("Rascunho salvo");
  await expect(page).toHaveURL(/\/sge\/enrolments\/new\?draft=[0-9a-f-]{36}$/);
  const draftUrl = page.url();

  // Later, from the list or the kept link: step 2 with what was typed, not step 1.
  await page.goto(`${DIRECT}/sge/enrolments`);
  await page.goto(draftUrl);
  await expect(page.getByRole("heading", { name: /Etapa 2 de 5/ })).toBeVisible();
  await expect(page.getByLabel("Nome", { exact: true })).toHaveValue("Rascunho Retomado");
  // Going back a step is remembered too (the step change saves the draft: wait for that save, the one
  // that carries step 1, not another of the page's actions).
  const saved = page.waitForResponse(
    (r) =>
      r.request().method() === "POST" &&
      new URL(r.url()).pathname === "/sge/enrolments/new" &&
      Boolean(r.request().postData()?.includes('"step":"offering"')),
  );
  await page.getByRole("button", { name: "Voltar" }).click();
  await expect(page.getByRole("heading", { name: /Etapa 1 de 5/ })).toBeVisible();
  expect((await saved).ok()).toBe(true);
  await page.reload();
  await expect(page.getByRole("heading", { name: /Etapa 1 de 5/ })).toBeVisible();
});

test("16.12 the e-commerce card toggle restores the payment plan when unticked, and the review highlights what it changed", async ({
  page,
}) => {
  await toContractStep(page);
  await page.getByLabel("Parcelas do contrato").fill("6");
  await page.getByLabel("Vencimento da 1ª parcela").fill(firstDueFor(21, 10));
  await expect(page.getByTestId("instalment-preview").locator("tbody tr")).toHaveCount(6);

  const ecommerce = page.getByLabel("Pagamento com cartão pelo e-commerce");
  await ecommerce.check();
  await expect(page.getByLabel("Parcelas do contrato")).toHaveValue("1");
  await expect(page.getByLabel("Forma de pagamento da 1ª parcela")).toHaveValue("CAC");
  await expect(page.getByText("Desmarcar volta ao plano anterior: 6 × Boleto.")).toBeVisible();
  await ecommerce.uncheck();
  await expect(page.getByLabel("Parcelas do contrato")).toHaveValue("6");
  await expect(page.getByLabel("Forma de pagamento da 1ª parcela")).toHaveValue("BOL");
  await expect(page.getByLabel("Forma de pagamento das demais")).toHaveValue("BOL");

  // Ticked for real: the review shows the plan it chose, each changed value highlighted with the old one.
  await ecommerce.check();
  await page.getByLabel("Bandeira").fill("VISA");
  await page.getByLabel("Adquirente").fill("999999999");
  await page.getByLabel("NSU").fill("123456789");
  await page.getByLabel("Agência").fill("1369");
  await page.getByLabel("Conta", { exact: true }).fill("2002");
  // The draft save that carries the review step (a reload waits for it, as a rep's would after "Rascunho salvo").
  const savedAtReview = page.waitForResponse(
    (r) => r.request().method() === "POST" && Boolean(r.request().postData()?.includes('"step":"review"')),
  );
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.getByRole("heading", { name: /Etapa 5 de 5/ })).toBeVisible();
  const changed = page.getByTestId("auto-changed");
  await expect(changed).toHaveText([
    "Ajustado pelo pagamento no e-commerce (antes: 6)",
    "Ajustado pelo pagamento no e-commerce (antes: Boleto)",
    "Ajustado pelo pagamento no e-commerce (antes: Boleto)",
  ]);

  // A reload keeps what the toggle replaced: unticking still restores it. The address names the draft
  // once the page has the save's answer (typed this fast, this may be the draft's first save).
  expect((await savedAtReview).ok()).toBe(true);
  await expect(page).toHaveURL(/\/sge\/enrolments\/new\?draft=[0-9a-f-]{36}$/);
  await page.reload();
  await expect(page.getByRole("heading", { name: /Etapa 5 de 5/ })).toBeVisible();
  await page.getByRole("button", { name: /Alterar\s*: Contrato e pagamento/ }).click();
  await page.getByLabel("Pagamento com cartão pelo e-commerce").uncheck();
  await expect(page.getByLabel("Parcelas do contrato")).toHaveValue("6");
});

test("16.13 step 4 holds the course's limits: its maximum of instalments, a schedule without gaps, no negative amounts, R$ labels, a warning past the class end", async ({
  page,
}) => {
  // APT.00011 (3|4): R$ 1.200,00 in up to 6 instalments; class APB.001.001 starts T+30 and lasts 2 months.
  await toContractStep(page, "3|4", /APB\.001\.001/);
  await expect(page.getByText("Este curso permite até 6 parcelas.")).toBeVisible();
  await page.getByLabel("Parcelas do contrato").fill("7");
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.locator("#enrol-contract-instalments-error")).toHaveText("Este curso permite até 6 parcelas.");
  await expect(page.getByRole("heading", { name: /Etapa 4 de 5/ })).toBeVisible();

  // A 1st due of today with the class starting in a later month would leave a month without an
  // instalment (on a 1st of a month the class starts that same month: no gap is possible then).
  await page.getByLabel("Parcelas do contrato").fill("6");
  await expect(page.getByLabel("Vencimento da 1ª parcela")).toHaveValue(E2E.businessDate);
  const second = secondDue(30, 10);
  await expect(page.getByText(`A 2ª parcela vence em ${br(second)}`)).toBeVisible();
  await page.getByRole("button", { name: "Continuar" }).click();
  if (monthIndex(second) - monthIndex(E2E.businessDate) > 1)
    await expect(page.locator("#enrol-contract-firstDue-error")).toContainText("ficariam meses sem parcela");
  await page.getByLabel("Vencimento da 1ª parcela").fill(firstDueFor(30, 10));
  await expect(page.locator("#enrol-contract-firstDue-error")).toHaveText("");
  const dues = await page.getByTestId("instalment-preview").locator("tbody tr td:nth-child(2)").allTextContents();
  const months = dues.map((d) => Number(d.slice(6, 10)) * 12 + Number(d.slice(3, 5)));
  expect(months.slice(1).every((m, i) => m === months[i]! + 1)).toBe(true);
  // Six months of instalments for a two-month class: said, not refused.
  await expect(page.getByTestId("outlives-class")).toContainText("depois do fim da turma");

  // Units are said, and discounts past the total never preview a negative amount.
  await expect(page.getByLabel("Desconto institucional (R$)")).toBeVisible();
  await expect(page.getByLabel("Desconto adicional (R$)")).toBeVisible();
  await page.getByLabel("Desconto institucional (R$)").fill("1300,00");
  await page.getByLabel("Motivo do desconto").fill("Bolsa");
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.locator("#enrol-contract-institutionalDiscount-error")).toHaveText(
    "Os descontos somados passam do valor total.",
  );
  await expect(page.locator("#enrol-contract-additionalDiscount-error")).toHaveText("");
  await expect(page.getByTestId("instalment-preview")).toHaveCount(0);
  await expect(page.getByText("Os descontos passam do valor total: corrija-os para ver as parcelas.")).toBeVisible();
  await expect(page.getByText(/-\s?R\$|R\$\s?-/)).toHaveCount(0);
});

/** The date of a class that starts `offset` days after the business date (the seed's T+n). */
function classStart(offset: number): string {
  const start = new Date(`${E2E.businessDate}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() + offset);
  return start.toISOString().slice(0, 10);
}

/** SGE's 2nd due date for a class starting `offset` days ahead: day `day` of the month after the start. */
function secondDue(offset: number, day: number): string {
  const start = new Date(`${classStart(offset)}T00:00:00Z`);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, day)).toISOString().slice(0, 10);
}

/** A 1st due date without a gap: day `day` of the class's start month, or the business date when that is past. */
function firstDueFor(offset: number, day: number): string {
  const inStartMonth = `${classStart(offset).slice(0, 8)}${String(day).padStart(2, "0")}`;
  return inStartMonth < E2E.businessDate ? E2E.businessDate : inStartMonth;
}

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
