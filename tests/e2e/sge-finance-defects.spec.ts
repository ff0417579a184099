import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { E2E } from "../../playwright.config";
import { fillLogin, sandbox } from "./helpers";

// Issue 16, SESI/SENAI finance: the defects the finance team met on a desktop, on the sandbox's
// RM SGE seed (contract SGE3F20C91 of RA 0000000382 with open launch 143).

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

/** fabio is the finance team: no seller, so the portal opens on /sge/finance. */
async function loginAsFinance(page: Page) {
  await page.goto("/login");
  await fillLogin(page, "demo", "fabio", "fabio123");
  await expect(page.getByRole("heading", { level: 1, name: "Financeiro SGE" })).toBeVisible();
}

async function search(page: Page, kind: "xnumpro" | "ra" | "cpfcnpj", value: string) {
  await page.getByLabel("Buscar por").selectOption(kind);
  await page.getByLabel("Valor da busca").fill(value);
  await page.getByRole("button", { name: "Buscar" }).click();
}

test("16.16 finance search: RA without zeros and XNumPro in lower case find the contract, an empty box says what to type, recent contracts are listed", async ({
  page,
}) => {
  await loginAsFinance(page);
  // Nothing worked on yet: the page says where recent contracts will show, and what to type.
  await expect(page.getByRole("heading", { name: "Contratos trabalhados recentemente" })).toBeVisible();
  await expect(page.getByText("Nenhuma operação feita pelo portal ainda.")).toBeVisible();
  await expect(page.getByText("RA com ou sem os zeros à esquerda (382)")).toBeVisible();

  await search(page, "ra", "");
  await expect(page.locator("#search-q-error")).toHaveText(
    "Digite o XNumPro, o RA do aluno ou o CPF/CNPJ do responsável para buscar.",
  );
  await expect(page.getByLabel("Valor da busca")).toHaveAttribute("aria-invalid", "true");

  await search(page, "ra", "382");
  const found = page.getByRole("list", { name: /contratos? encontrados?/ });
  await expect(found).toContainText("Francisco Wellington Sousa (RA 0000000382)");
  await expect(found.getByRole("link", { name: "Contrato SGE3F20C91" })).toBeVisible();

  await search(page, "xnumpro", " sge3f20c91 ");
  await page.getByRole("link", { name: "Contrato SGE3F20C91" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contrato SGE3F20C91" })).toBeVisible();

  // An operation on the contract puts it on the recent list, one click away from the search page.
  const launch = page.getByTestId("launch-143");
  await launch.getByRole("button", { name: "Alterar nosso número" }).click();
  await launch.getByRole("textbox", { name: "Nosso número" }).fill("00012345");
  await launch.getByRole("button", { name: "Salvar" }).click();
  await expect(page.getByTestId("finance-history")).toContainText("concluída");
  await page.goto("/sge/finance");
  const recent = page.getByTestId("recent-contracts");
  await expect(recent).toContainText("SENAI (3) · última operação em");
  await recent.getByRole("link", { name: "Contrato SGE3F20C91" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contrato SGE3F20C91" })).toBeVisible();
});

/** "2026-11-18" → "18/11/2026". */
const br = (iso: string) => iso.split("-").reverse().join("/");

test("16.15 settlement safeguards: overdue with days late, interest and fine proposed from the plan, no future date, a summary to confirm", async ({
  page,
  request,
}) => {
  // Launch 232's plan has no late-charge rules: the form says they must be typed.
  await sandbox(request).sql("UPDATE flan SET percmulta = NULL, percjurosdia = NULL WHERE idlan = 232");
  await loginAsFinance(page);
  await search(page, "xnumpro", "SGE3F20C91");
  await page.getByRole("link", { name: "Contrato SGE3F20C91" }).click();

  // Launch 143 (R$ 275,00) is ten days past due: overdue, not merely "Em aberto".
  const launch = page.getByTestId("launch-143");
  await expect(launch).toContainText("Vencido há 10 dias");
  await launch.getByRole("button", { name: "Baixar", exact: true }).click();
  await expect(launch.getByLabel("Valor original")).toHaveAttribute("readonly", "");
  // The plan's rules: 2% fine and 0,0333% a day → R$ 5,50 and R$ 0,92 for ten days.
  await expect(launch.getByLabel("Juros", { exact: true })).toHaveValue("0,92");
  await expect(launch.getByLabel("Multa", { exact: true })).toHaveValue("5,50");
  await expect(launch.getByText("Proposto pelas regras do plano: 0,0333% ao dia × 10 dias de atraso.")).toBeVisible();
  await expect(launch.getByTestId("settle-breakdown")).toContainText("= R$ 281,42");

  // A settlement records money received: tomorrow is refused at the date, and nothing is sent.
  const tomorrow = new Date(`${E2E.businessDate}T00:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  await launch.getByLabel("Data da baixa").fill(tomorrow.toISOString().slice(0, 10));
  await launch.getByRole("button", { name: "Confirmar baixa" }).click();
  await expect(launch.getByText("A data da baixa não pode ser depois de hoje.")).toBeVisible();
  await expect(launch.getByTestId("settle-confirm")).toHaveCount(0);

  // Today: "Confirmar baixa" shows what will be sent; going back sends nothing.
  await launch.getByLabel("Data da baixa").fill(E2E.businessDate);
  await launch.getByRole("button", { name: "Confirmar baixa" }).click();
  const confirm = launch.getByTestId("settle-confirm");
  await expect(confirm).toContainText(
    `Baixar o lançamento 143 em ${br(E2E.businessDate)}: R$ 275,00 + juros R$ 0,92 + multa R$ 5,50 − desconto R$ 0,00 = R$ 281,42, na conta 001`,
  );
  await confirm.getByRole("button", { name: "Voltar e corrigir" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(launch).toContainText("Vencido há 10 dias");

  await launch.getByRole("button", { name: "Confirmar baixa" }).click();
  await confirm.getByRole("button", { name: "Sim, baixar R$ 281,42" }).click();
  await expect(page.getByTestId("sge-feedback")).toBeVisible();
  await expect(launch).toContainText("Baixado");
  await expect(launch).toContainText("R$ 281,42");

  // Without rules from SGE, the interest is not guessed: it is asked for.
  await page.goto("/sge/finance");
  await search(page, "xnumpro", "SGE3F20C93");
  await page.getByRole("link", { name: "Contrato SGE3F20C93" }).click();
  const other = page.getByTestId("launch-232");
  await expect(other).toContainText("Vencido há 40 dias");
  await other.getByRole("button", { name: "Baixar", exact: true }).click();
  await expect(
    other.getByText("O SGE não informa juros e multa deste lançamento: digite-os conforme o contrato."),
  ).toBeVisible();
  await expect(other.getByLabel("Juros", { exact: true })).toHaveValue("0,00");
});
