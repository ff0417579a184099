import { expect, test } from "./fixtures";
import { fillLogin, loginAs, MINGLE, sandbox } from "./helpers";

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

test("ana signs in through TOTVS Mingle and every ERP call goes through the gateway", async ({ page, request }) => {
  await sandbox(request).clearRequests();
  await loginAs(page, "demo", "ana", "ana123", MINGLE);
  await expect(page.getByTestId("home-mode")).toHaveText("TOTVS Mingle");
  await expect(page.getByTestId("home-seller")).toHaveText("000001");
  const calls = await sandbox(request).requests();
  expect(calls.some((c) => c.path === "/mingle/api/v1/auth/app/authenticate" && c.status === 200)).toBe(true);
  expect(calls.some((c) => c.path.startsWith("/mingle/api/v1/gateway/") && c.path.endsWith("/api/tgv/version"))).toBe(
    true,
  );
});

test("Mingle answers Invalid Alias → unknown alias message", async ({ page }) => {
  await page.goto(`${MINGLE}/login`);
  await fillLogin(page, "acme", "ana", "ana123");
  await expect(page.getByText("Alias não encontrado.")).toBeVisible();
});

test("a Mingle set without company/branch cannot be used", async ({ page }) => {
  await page.goto(`${MINGLE}/login`);
  await fillLogin(page, "vazio", "ana", "ana123");
  await expect(page.getByText("Este alias não tem empresa e filial cadastradas no TOTVS Mingle.")).toBeVisible();
});

test("branch switch through the gateway sends the new tenant", async ({ page, request }) => {
  await loginAs(page, "demo", "ana", "ana123", MINGLE);
  await sandbox(request).clearRequests();
  await page.getByRole("banner").getByLabel("Filial").selectOption("02");
  await expect(page.getByTestId("home-branch")).toHaveText("02 · Fortaleza");
  const calls = await sandbox(request).requests();
  expect(calls.some((c) => c.path.endsWith("/api/tgv/sellers/codeuser") && c.tenant === "01,02")).toBe(true);
});
