import { expect, test } from "./fixtures";
import { DIRECT, fillLogin, loginAs, sandbox } from "./helpers";

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

test("ana signs in (direct mode) and sees her seller code, company and branch", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  await expect(page).toHaveURL(`${DIRECT}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Olá, Ana Paula Ribeiro");
  await expect(page.getByTestId("home-seller")).toHaveText("000001");
  await expect(page.getByTestId("home-company")).toContainText("01 · PGV Demo");
  await expect(page.getByTestId("home-branch")).toHaveText("01 · São Paulo");
  await expect(page.getByTestId("home-mode")).toHaveText("REST direto");
});

test("the admin user is allowed in and told they see every seller", async ({ page }) => {
  await loginAs(page, "demo", "admin", "admin123");
  await expect(page.getByText("Como administrador, você vê os dados de todos os vendedores.")).toBeVisible();
  await expect(page.getByTestId("home-seller")).toHaveText("—");
});

test("empty fields get field-level messages and no request is sent", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Alias da empresa").fill("");
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page.getByText("Informe o alias da empresa.")).toBeVisible();
  await expect(page.getByText("Informe o usuário.")).toBeVisible();
  await expect(page.getByText("Informe a senha.")).toBeVisible();
  await expect(page.getByLabel("Alias da empresa")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Alias da empresa")).toBeFocused();
  await page.getByLabel("Alias da empresa").fill("de mo");
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page.getByText("Alias inválido: use letras, números, ponto, hífen ou sublinhado.")).toBeVisible();
});

const failures = [
  { name: "unknown alias", alias: "acme", user: "ana", password: "ana123", message: "Alias não encontrado." },
  { name: "wrong password", alias: "demo", user: "ana", password: "errada", message: "Usuário ou senha inválidos." },
  {
    name: "unknown user (same message)",
    alias: "demo",
    user: "zeca",
    password: "ana123",
    message: "Usuário ou senha inválidos.",
  },
  {
    name: "user not linked to a seller (carla)",
    alias: "demo",
    user: "carla",
    password: "carla123",
    message: "Usuário não vinculado a um vendedor.",
  },
  {
    name: "no access to the alias's company",
    alias: "norte",
    user: "ana",
    password: "ana123",
    message: "não tem acesso à empresa/filial",
  },
  {
    name: "ERP unreachable",
    alias: "offline",
    user: "ana",
    password: "ana123",
    message: "ERP indisponível no momento.",
  },
];

for (const f of failures) {
  test(`refuses: ${f.name}`, async ({ page }) => {
    await page.goto("/login");
    await fillLogin(page, f.alias, f.user, f.password);
    await expect(page.getByText(f.message)).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });
}

test("refuses when the ERP's PGV package is older than required, with the RPO message", async ({ page, request }) => {
  await sandbox(request).config({ packageVersion: "2026.9.0" });
  await page.goto("/login");
  await fillLogin(page, "demo", "ana", "ana123");
  await expect(
    page.getByText(
      "O repositório (RPO) do Protheus precisa ser atualizado com o pacote mais recente da Expedição Contínua do Faturamento.",
    ),
  ).toBeVisible();
});

test("refuses an ERP running with Security=0 and explains the risk", async ({ page, request }) => {
  await sandbox(request).config({ security: 0 });
  await page.goto("/login");
  await fillLogin(page, "demo", "ana", "ana123");
  await expect(page.getByText("responde sem autenticação (chave Security=0")).toBeVisible();
});

test("an ERP that hangs gets 'ERP unavailable' within 10 seconds", async ({ page, request }) => {
  await sandbox(request).faults([{ pathPrefix: "/rest/api/oauth2/v1/token", kind: "hang" }]);
  await page.goto("/login");
  // Wall clock to measure the wait the rep sees (elapsed time, not a date).
  const started = Date.now();
  await fillLogin(page, "demo", "ana", "ana123");
  await expect(page.getByText("ERP indisponível no momento.")).toBeVisible({ timeout: 12_000 });
  expect(Date.now() - started).toBeLessThan(12_000);
});

test("repeated failures lock the account: 429 with Retry-After and a wait message", async ({ page, request }) => {
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await fillLogin(page, "demo", "vitima", `errada${i}`);
    await expect(page.getByText("Usuário ou senha inválidos.")).toBeVisible();
  }
  const answer = page.waitForResponse((r) => r.url().endsWith("/api/auth/callback/credentials"));
  await fillLogin(page, "demo", "vitima", "qualquer");
  const res = await answer;
  expect(res.status()).toBe(429);
  expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
  await expect(page.getByText(/Muitas tentativas sem sucesso. Aguarde \d+ minutos?/)).toBeVisible();
  const tokenCalls = (await sandbox(request).requests()).filter((r) => r.path === "/rest/api/oauth2/v1/token");
  expect(tokenCalls).toHaveLength(5);
});

test("the alias is remembered on this browser", async ({ page }) => {
  await loginAs(page, "demo", "bruno", "bruno123");
  await page.context().clearCookies({ name: "next-auth.session-token" });
  await page.goto("/login");
  await expect(page.getByLabel("Alias da empresa")).toHaveValue("demo");
});

test("labels switch to English and Spanish", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Idioma").selectOption("en");
  await expect(page.getByLabel("Company alias")).toBeVisible();
  await page.getByLabel("Language").selectOption("es");
  await expect(page.getByLabel("Alias de la empresa")).toBeVisible();
  await page.getByLabel("Idioma").selectOption("pt-BR");
  await expect(page.getByLabel("Alias da empresa")).toBeVisible();
});
