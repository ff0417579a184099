import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
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
