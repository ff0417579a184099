import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DIRECT, loginAs, sandbox } from "./helpers";

// Issue 16, SESI/SENAI: the defects a rep met in the enrolment wizard, on a phone.

test.use({ viewport: { width: 390, height: 844 } });

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

/** ana opens a new enrolment, picks SENAI Jacarecanga's TEC.001.017 and reaches step 2 (the responsible). */
async function toResponsibleStep(page: Page) {
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto(`${DIRECT}/sge/enrolments/new`);
  await expect(page.getByRole("heading", { name: "Etapa 1 de 5: Curso e turma" })).toBeVisible();
  await page.getByText("SENAI", { exact: true }).click();
  await page.getByLabel("Unidade").selectOption({ label: "SENAI Jacarecanga (Fortaleza)" });
  await page.getByLabel("Curso").selectOption("3|22");
  await page.getByRole("radio", { name: /TEC\.001\.017/ }).check();
  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.getByRole("heading", { name: /Etapa 2 de 5/ })).toBeVisible();
}

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
  // Going back a step is remembered too (the step change saves the draft: wait for that save).
  const saved = page.waitForResponse(
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sge/enrolments/new",
  );
  await page.getByRole("button", { name: "Voltar" }).click();
  await expect(page.getByRole("heading", { name: /Etapa 1 de 5/ })).toBeVisible();
  expect((await saved).ok()).toBe(true);
  await page.reload();
  await expect(page.getByRole("heading", { name: /Etapa 1 de 5/ })).toBeVisible();
});
