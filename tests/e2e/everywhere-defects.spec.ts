import { expect, test } from "./fixtures";
import { fillLogin, loginAs, sandbox } from "./helpers";

// Issue 16 item 21, "everywhere": the smaller defects a rep and the finance team met.

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

test("16.21 a rep's smaller ones: data time with its day, the portfolio count explained, the branch-switch load says why", async ({
  page,
}) => {
  await loginAs(page, "demo", "ana", "ana123");

  // "Dados de 02:03" had no day: data of another day must not read as this morning's.
  await page.goto("/customers");
  await expect(page.getByTestId("data-from")).toHaveText(/^Dados de \d{2}\/\d{2}, \d{2}:\d{2}$/);

  // The home's portfolio (ERP indicator) leaves the blocked customers out, and says so; its link lists the same customers.
  await page.goto("/");
  const portfolio = page.getByTestId("portfolio-detail");
  await expect(portfolio).toContainText("clientes ativos da carteira (bloqueados não entram na conta)");
  const active = Number((await portfolio.innerText()).match(/de (\d+) clientes/)![1]);
  await portfolio.getByRole("link").click();
  await expect(page).toHaveURL(/\/customers\?status=active$/);
  await expect(page.getByTestId("customer-count")).toHaveText(`${active} clientes`);

  // After a branch switch, the data load says it is the branch's data, not a first access or another user.
  // (The page goes on at once when the data is there: its server-rendered intro is what is read.)
  const html = await (await page.request.get("/loading?reason=branch&next=%2F")).text();
  const intro = /<h1 id="load-title"[^>]*>[^<]*<\/h1><p[^>]*>([^<]*)<\/p>/.exec(html)?.[1] ?? "";
  expect(intro).toContain("Estamos trazendo do Protheus os dados desta filial");
  expect(intro).not.toContain("quando o usuário muda");
});

test("16.21 the finance team's smaller ones: no Protheus branch selector, a denied area said as such", async ({
  page,
}) => {
  await page.goto("/login");
  await fillLogin(page, "demo", "fabio", "fabio123");
  await expect(page.getByRole("heading", { level: 1, name: "Financeiro SGE" })).toBeVisible();
  // Finance-only (RM SGE): the Protheus branch is not theirs to switch.
  await expect(page.getByRole("banner").getByLabel("Filial")).toHaveCount(0);
  // An area their role does not open: "sem permissão", not "Página não encontrada".
  const denied = await page.goto("/sge/enrolments/new");
  expect(denied?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Sem permissão para esta área." })).toBeVisible();
  await expect(page.getByText("Página não encontrada")).toHaveCount(0);
});

test("16.21 a PJ contract, once saved, is its own page (Atualizar contrato PJ), not a filled 'Novo contrato PJ'", async ({
  page,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/sge/pj-contracts/new");
  await expect(page.getByRole("heading", { level: 1, name: "Novo contrato PJ" })).toBeVisible();
  await page.getByLabel("Número do contrato").fill("E2E-PJ-21");
  await page.getByLabel("Número da proposta").fill("1");
  await page.getByLabel("CNPJ da empresa").fill("58069568000149");
  await page.getByLabel("Nome da empresa").fill("Contrato PJ salvo");
  await page.getByLabel("Valor do contrato").fill("1000,00");
  await page.getByLabel("Turma").selectOption("11|TEC.001.017");
  await page.getByLabel("Vagas ofertadas").fill("12");
  await page.getByLabel("Vagas utilizadas").fill("5");
  await page.getByRole("button", { name: "Gravar no SGE" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Contrato gravado no SGE" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Atualizar contrato PJ" })).toBeVisible();
  await expect(page).toHaveURL(/contract=E2E-PJ-21&proposal=1$/);
  await expect(page.getByLabel("Número do contrato")).toHaveValue("E2E-PJ-21");
  // A reload is the same contract's page.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Atualizar contrato PJ" })).toBeVisible();
  await expect(page.getByLabel("Nome da empresa")).toHaveValue("Contrato PJ salvo");
});

test("16.21 SGE admin lists the CRM services and accounting items SGE holds, and a saved service joins the list", async ({
  page,
}) => {
  await loginAs(page, "demo", "admin", "admin123");
  await page.goto("/sge/admin");
  const services = page.getByTestId("crm-services");
  await expect(services).toContainText("1 · Mensalidade - Aprendizagem Industrial");
  await expect(services).toContainText("SENAI (3) · Produto 121550 · cursos APT.00011");
  await expect(services).toContainText("5 · Mensalidade - EJA Profissionalizante");
  const items = page.getByTestId("accounting-items");
  await expect(items).toContainText("124 · Educação Profissional - Aprendizagem IndustrialAtivo");
  await expect(items).toContainText("SENAI (3) · Filial 03CE0001");
  await expect(items).toContainText("130 · Item desativado (exemplo)Inativo");
  await expect(services).not.toContainText("E2E11");

  const form = page.getByRole("form", { name: "Serviço CRM" });
  await form.getByLabel("Código do serviço").fill("E2E11");
  await form.getByLabel("Descrição").fill("Mensalidade - Técnico em Mecânica");
  await form.getByLabel("Produto do Protheus").fill("121551");
  await form.getByRole("checkbox", { name: /^TEC\.00011/ }).check();
  await form.getByRole("button", { name: "Gravar serviço no SGE" }).click();
  await expect(form.getByRole("status")).toContainText(/sucesso/i);
  await expect(services).toContainText("E2E11 · Mensalidade - Técnico em Mecânica");
  await expect(services).toContainText("Produto 121551 · cursos TEC.00011");
});

test("16.19 technical codes: the ERP's refusal in words with its field code behind 'detalhes'; SGE's answers in the portal's words", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(page, "demo", "ana", "ana123");
  await page.goto("/orders");
  // On a phone the operations fold behind one line.
  await page.getByTestId("pending-toggle").click();
  const refused = page.getByTestId("pending-order").filter({ hasText: "Produto P00007 bloqueado para uso." });
  await expect(refused.first()).toBeVisible();
  const code = refused.first().getByText("Produto P00007 bloqueado para uso (B1_MSBLQL).");
  await expect(code).toBeHidden();
  await refused.first().getByText("Detalhes para o suporte").click();
  await expect(code).toBeVisible();

  // The customer's risk explained without the ERP's parameter names.
  await page.goto("/customers");
  await expect(page.getByText(/MV_RISCO/)).toHaveCount(0);
});
