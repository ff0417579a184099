import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import { expect, newContext, test } from "./fixtures";
import { fillLogin, loginAs, sandbox } from "./helpers";

/**
 * SESI/SENAI back office on the sandbox's RM SGE seed (sandbox/sge/seed-finance.ts): contract
 * SGE3F20C91 with open launch 143 (275,00; the seed's BaixaTitulo example adds 30,76 + 5,50 =
 * 311,26), contract SGE3F20C93 with open launches 232 and 233 (the seed's Acordo/Inclusao
 * example; the next agreement is 33).
 */

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

const axe = async (page: Page) => expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

/** fabio is the finance team: no seller, so the portal opens on /sge/finance. */
async function loginAsFinance(page: Page) {
  await page.goto("/login");
  await fillLogin(page, "demo", "fabio", "fabio123");
  await expect(page.getByRole("heading", { level: 1, name: "Financeiro SGE" })).toBeVisible();
}

async function openContract(page: Page, xnumpro: string) {
  await page.getByLabel("Buscar por").selectOption("xnumpro");
  await page.getByLabel("Valor da busca").fill(xnumpro);
  await page.getByRole("button", { name: "Buscar" }).click();
  await page.getByRole("link", { name: `Contrato ${xnumpro}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Contrato ${xnumpro}` })).toBeVisible();
}

test("a seller registers a PJ contract on a catalogue class, then consults it: 12 offered − 5 used = 7 available", async ({
  page,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  await page
    .getByRole("navigation", { name: "Navegação principal" })
    .getByRole("link", { name: "Contratos PJ" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Contratos PJ" })).toBeVisible();
  await axe(page);
  await page.getByRole("link", { name: "Novo contrato PJ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Novo contrato PJ" })).toBeVisible();

  await page.getByLabel("Número do contrato").fill("E2E-PJ-1");
  await page.getByLabel("Número da proposta").fill("1");
  await page.getByLabel("CNPJ da empresa").fill("58069568000149");
  await expect(page.getByLabel("CNPJ da empresa")).toHaveValue("58.069.568/0001-49");
  await page.getByLabel("Nome da empresa").fill("Entrega Contrato PJ");
  await page.getByLabel("Valor do contrato").fill("1000,00");
  await page.getByLabel("Turma").selectOption("11|TEC.001.017");
  await expect(page.getByTestId("pj-class-dates")).toContainText(/\d{2}\/\d{2}\/\d{4} a \d{2}\/\d{2}\/\d{4}/);
  await page.getByLabel("Vagas ofertadas").fill("12");
  // More used than offered: refused in the form, nothing sent.
  await page.getByLabel("Vagas utilizadas").fill("13");
  await page.getByRole("button", { name: "Gravar no SGE" }).click();
  await expect(page.getByText("Vagas utilizadas não podem passar das ofertadas.")).toBeVisible();
  await axe(page);
  await page.getByLabel("Vagas utilizadas").fill("5");
  await expect(page.getByTestId("pj-available-preview")).toHaveText("Vagas disponíveis após salvar: 7");
  await page.getByRole("button", { name: "Gravar no SGE" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Contrato gravado no SGE" })).toBeVisible();

  await page.getByRole("link", { name: "Ver contratos PJ" }).click();
  // The form being left has a "Número do contrato" too: fill only once the list page is there.
  await expect(page.getByRole("heading", { name: "Contrato E2E-PJ-1 · proposta 1" })).toBeVisible();
  await page.getByLabel("Número do contrato").fill("E2E-PJ-1");
  await page.getByLabel("Número da proposta").fill("1");
  await page.getByRole("button", { name: "Consultar", exact: true }).click();
  const answer = page.getByRole("list", { name: "Resultado da consulta" }).getByTestId("pj-status");
  await expect(answer.getByTestId("pj-available")).toHaveText("7");
  await expect(answer.getByTestId("pj-offered")).toHaveText("12");
  await expect(answer.getByTestId("pj-used")).toHaveText("5");
  await expect(answer.getByTestId("pj-class-start")).toHaveText(/\d{2}\/\d{2}\/\d{4}/);
  // The list remembers the contract with RM's last answer.
  await expect(page.getByTestId("pj-known-E2E-PJ-1")).toContainText("Entrega Contrato PJ");
  await axe(page);
});

test("finance settles a launch and cancels the settlement, creates an agreement and cancels it; a seller cannot", async ({
  page,
  browser,
}) => {
  await loginAsFinance(page);
  await axe(page);
  await openContract(page, "SGE3F20C91");

  const launch = page.getByTestId("launch-143");
  await expect(launch).toContainText("Vencido há 10 dias");
  await launch.getByRole("button", { name: "Baixar", exact: true }).click();
  await launch.getByLabel("Juros", { exact: true }).fill("30,76");
  await launch.getByLabel("Multa", { exact: true }).fill("5,50");
  await expect(launch.getByTestId("settle-breakdown")).toContainText("= R$ 311,26");
  // A centavo off: the live check says so, and the form refuses to send it.
  await launch.getByLabel("Valor da baixa").fill("311,25");
  await expect(launch.getByText("Diferente da soma (R$ 311,26)")).toBeVisible();
  await launch.getByRole("button", { name: "Confirmar baixa" }).click();
  await expect(
    launch.getByText("O valor da baixa deve ser original + juros + multa − desconto = R$ 311,26."),
  ).toBeVisible();
  await axe(page);
  await launch.getByLabel("Valor da baixa").fill("311,26");
  await launch.getByLabel("Conta bancária").selectOption("001");

  // The settle action's request, replayed later with a seller's session.
  await launch.getByRole("button", { name: "Confirmar baixa" }).click();
  const actionCall = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await launch.getByRole("button", { name: "Sim, baixar R$ 311,26" }).click();
  const captured = await actionCall;
  // The portal's words (issue 16 item 19); RM's raw text only behind "detalhes".
  const feedback = page.getByTestId("sge-feedback");
  await expect(feedback).toContainText("Baixa do lançamento 143 registrada no SGE.");
  await expect(feedback.getByText("Sucesso ao baixar o titulo do Id. Lançamento 143")).toBeHidden();
  await feedback.getByText("Detalhes para o suporte").click();
  await expect(feedback.getByText("Sucesso ao baixar o titulo do Id. Lançamento 143")).toBeVisible();
  await expect(launch).toContainText("Baixado");
  await expect(launch).toContainText("R$ 311,26");
  await expect(page.getByTestId("finance-history")).toContainText("Baixa · concluída");

  page.once("dialog", (d) => void d.accept());
  await launch.getByRole("button", { name: "Cancelar baixa" }).click();
  await expect(page.getByTestId("sge-feedback")).toContainText("Sucesso ao cancelar baixa do Id. Lançamento 143");
  await expect(launch).toContainText("Vencido há 10 dias");
  await expect(launch).toContainText("cancelada em");

  // Agreement over 232 and 233, in two instalments.
  await page.goto("/sge/finance");
  await openContract(page, "SGE3F20C93");
  await page.getByText("Novo acordo").click();
  const form = page.getByRole("form", { name: "Novo acordo" });
  await form.getByRole("checkbox", { name: /^Lançamento 232/ }).check();
  await form.getByRole("checkbox", { name: /^Lançamento 233/ }).check();
  await form.getByLabel("Número de parcelas").fill("2");
  await expect(form.getByLabel("Valor da parcela 2")).toBeVisible();
  await expect(form.getByTestId("agreement-sum")).toContainText("igual ao valor do acordo");
  await axe(page);
  await form.getByRole("button", { name: "Gerar acordo" }).click();
  await expect(page.getByTestId("sge-feedback")).toContainText("Acordo 33 gerado com sucesso");
  const agreement = page.getByTestId("agreement-33");
  await expect(agreement).toContainText("ativo");
  await expect(page.getByTestId("launch-232")).toContainText("por acordo");

  page.once("dialog", (d) => void d.accept());
  await agreement.getByRole("button", { name: "Cancelar acordo" }).click();
  await expect(page.getByTestId("sge-feedback")).toContainText("cancelado com sucesso");
  await expect(agreement).toContainText("cancelado em");
  await expect(page.getByTestId("launch-232")).toContainText("Vencido há 40 dias");
  await expect(page.getByTestId("finance-history")).toContainText("Cancelamento de acordo · concluída");

  // A seller (ana, no finance role): the page says she has no permission (403) and the very same action is refused.
  const seller = await newContext(browser);
  const anaPage = await seller.newPage();
  await loginAs(anaPage, "demo", "ana", "ana123");
  expect((await anaPage.goto("/sge/finance"))?.status()).toBe(403);
  await expect(anaPage.getByRole("heading", { name: "Sem permissão para esta área." })).toBeVisible();
  expect((await anaPage.goto("/sge/finance/3/SGE3F20C91"))?.status()).toBe(403);
  await expect(
    anaPage.getByRole("navigation", { name: "Navegação principal" }).getByRole("link", { name: "Financeiro SGE" }),
  ).toHaveCount(0);
  const headers = Object.fromEntries(
    Object.entries(captured.headers()).filter(([k]) => !["cookie", "content-length", "host"].includes(k)),
  );
  const replay = await anaPage.request.fetch(captured.url(), {
    method: "POST",
    headers,
    data: captured.postData() ?? "",
  });
  const text = await replay.text();
  expect(text).toContain("Você não tem permissão para esta operação no SGE.");
  expect(text).not.toContain("Sucesso");
  await seller.close();
  // Nothing happened: launch 143 is still open.
  await page.goto("/sge/finance/3/SGE3F20C91");
  await expect(page.getByTestId("launch-143")).toContainText("Vencido há 10 dias");
});

test("an agreement with a paid instalment says why it cannot be cancelled", async ({ page }) => {
  await loginAsFinance(page);
  await openContract(page, "SGE3F20C96");
  const agreement = page.getByTestId("agreement-25");
  await expect(agreement).toContainText("há parcela do acordo paga");
  await expect(agreement.getByRole("button", { name: "Cancelar acordo" })).toHaveCount(0);
});

test("a Protheus administrator links a CRM service to a course; a seller is told she has no permission there", async ({
  page,
  browser,
}) => {
  await loginAs(page, "demo", "admin", "admin123");
  await page.goto("/sge/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Serviços CRM e itens contábeis" })).toBeVisible();
  const form = page.getByRole("form", { name: "Serviço CRM" });
  await form.getByLabel("Código do serviço").fill("E2E10");
  await form.getByLabel("Descrição").fill("Mensalidade - Curso Técnico Mecânica");
  await form.getByRole("button", { name: "Gravar serviço no SGE" }).click();
  await expect(form.getByText("Campo obrigatório.")).toBeVisible();
  await expect(form.getByText("Escolha ao menos um curso.")).toBeVisible();
  await form.getByLabel("Produto do Protheus").fill("121551");
  await form.getByRole("checkbox", { name: /^TEC\.00011/ }).check();
  await form.getByRole("button", { name: "Gravar serviço no SGE" }).click();
  await expect(form.getByRole("status")).toContainText(/sucesso/i);
  await axe(page);

  const seller = await newContext(browser);
  const anaPage = await seller.newPage();
  await loginAs(anaPage, "demo", "ana", "ana123");
  expect((await anaPage.goto("/sge/admin"))?.status()).toBe(403);
  await expect(anaPage.getByRole("heading", { name: "Sem permissão para esta área." })).toBeVisible();
  await seller.close();
});
