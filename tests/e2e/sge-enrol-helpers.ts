import { expect, type Page } from "@playwright/test";

let cpfSerial = 0;
/**
 * A valid CPF nobody in the seed has (its bases never start 79; check digits computed as the
 * Receita does). A serial, not the clock: the sandbox is reset before every test.
 */
export function freshCpf(): string {
  const base = `79${String(cpfSerial++).padStart(7, "0")}`;
  const digit = (digits: string) => {
    const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (digits.length + 1 - i), 0);
    const rest = (sum * 10) % 11;
    return String(rest === 10 ? 0 : rest);
  };
  const first = digit(base);
  return base + first + digit(base + first);
}

/**
 * Steps 2 and 3 for a person SGE does not know: the financial responsible (with the field-level
 * messages of an empty "Continuar" and a wrong document) and the responsible as the student;
 * ends on step 4. `check` runs on each step before it is left (axe in the enrolment spec).
 */
export async function fillPeople(page: Page, cpf: string, check: (page: Page) => Promise<void> = async () => {}) {
  await expect(page.getByRole("heading", { name: /Etapa 2 de 5/ })).toBeVisible();
  // Continuing with nothing filled shows field-level messages and stays.
  await page.getByRole("button", { name: "Continuar" }).click();
  // Empty is "Campo obrigatório." (issue 16 item 14); a wrong document is invalid.
  await expect(page.locator("#enrol-responsible-cpfCnpj-error")).toHaveText("Campo obrigatório.");
  await page.getByLabel("CPF ou CNPJ").fill("123");
  await expect(page.getByText("CPF ou CNPJ inválido.")).toBeVisible();
  await page.getByLabel("CPF ou CNPJ").fill(cpf);
  await expect(page.getByTestId("on-record-status")).toHaveText(
    "Sem cadastro no SGE para este documento: será criado com os dados abaixo.",
  );
  await expect(page.getByTestId("cod-cfo")).toHaveText(`Código do cliente no SGE: ${cpf.slice(0, 9)}0001`);
  await page.getByLabel("Nome", { exact: true }).fill("Joana Darc Menezes");
  await page.getByLabel("E-mail", { exact: true }).fill("joana.menezes@example.com");
  await page.getByLabel("Telefone fixo (com DDD)").fill("8532001000");
  await page.getByLabel("Celular (com DDD)").fill("85988776655");
  await page.getByLabel("CEP").fill("60115170");
  await page.getByLabel("Logradouro").fill("Rua Barão de Aracati");
  await page.getByLabel("Número").fill("1200");
  await page.getByLabel("Bairro").fill("Aldeota");
  await page.getByLabel("Cidade").fill("Fortaleza");
  await check(page);
  await page.getByRole("button", { name: "Continuar" }).click();

  await expect(page.getByRole("heading", { name: /Etapa 3 de 5/ })).toBeVisible();
  await page.getByLabel("O aluno é o próprio responsável financeiro").check();
  await expect(page.getByLabel("Nome do aluno")).toHaveValue("Joana Darc Menezes");
  await page.getByLabel("Data de nascimento").fill("2001-08-20");
  await page.getByLabel("Naturalidade (cidade)").fill("Fortaleza");
  await page.getByLabel("Nome da mãe").fill("Maria Menezes");
  await check(page);
  await page.getByRole("button", { name: "Continuar" }).click();

  await expect(page.getByRole("heading", { name: /Etapa 4 de 5/ })).toBeVisible();
}
