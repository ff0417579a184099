import { expect, test } from "./fixtures";
import { DIRECT, loginAs, sandbox } from "./helpers";

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

test("branch switch 01 → 02 changes the toolbar, the home page and the tenant sent to the ERP", async ({
  page,
  request,
}) => {
  await loginAs(page, "demo", "ana", "ana123");
  const branch = page.getByRole("banner").getByLabel("Filial");
  await expect(branch).toHaveValue("01");
  await sandbox(request).clearRequests();
  await branch.selectOption("02");
  await expect(page.getByTestId("home-branch")).toHaveText("02 · Fortaleza");
  await expect(branch).toHaveValue("02");
  const calls = await sandbox(request).requests();
  expect(
    calls.some((c) => c.path === "/rest/api/tgv/sellers/codeuser" && c.tenant === "01,02" && c.status === 200),
  ).toBe(true);
  // The choice is the session's: a reload keeps it.
  await page.reload();
  await expect(page.getByTestId("home-branch")).toHaveText("02 · Fortaleza");
  await page.getByRole("button", { name: "Menu do usuário" }).click();
  await expect(page.getByTestId("menu-branch")).toHaveText("02 · Fortaleza");
});

test("a seller with one branch sees it without a switcher", async ({ page }) => {
  await loginAs(page, "demo", "bruno", "bruno123");
  await expect(page.getByRole("banner").getByRole("combobox")).toHaveCount(0);
  await expect(page.getByRole("banner").getByText("Filial: 01 · São Paulo", { exact: true })).toBeVisible();
});

test("Exit revokes the session: the copied cookie no longer works", async ({ page, request, playwright }) => {
  await loginAs(page, "demo", "ana", "ana123");
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === "next-auth.session-token");
  expect(session, "next-auth session cookie").toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  await sandbox(request).clearRequests();

  await page.getByRole("button", { name: "Menu do usuário" }).click();
  await page.getByRole("button", { name: "Sair" }).click();
  await expect(page).toHaveURL(/\/login\?loggedOut=1/);
  await expect(page.getByText("Você saiu do portal.")).toBeVisible();
  const calls = await sandbox(request).requests();
  expect(calls.some((c) => c.path === "/rest/api/framework/v1/invalidateToken" && c.status === 200)).toBe(true);

  // Replay the cookie saved before Exit from a fresh client.
  const replay = await playwright.request.newContext({
    baseURL: DIRECT,
    extraHTTPHeaders: { cookie: `${session!.name}=${session!.value}` },
  });
  const home = await replay.get("/", { maxRedirects: 0 });
  expect(home.status()).toBe(307);
  expect(home.headers().location).toMatch(/\/login/);
  await replay.dispose();
});

test("authenticated pages carry the security headers and are never cached", async ({ page }) => {
  await loginAs(page, "demo", "ana", "ana123");
  const res = await page.goto("/");
  const headers = res!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["cache-control"]).toContain("private");
});

test("a visitor without a session is sent to login, keeping the page to come back to", async ({ page }) => {
  await page.goto("/?tab=1");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2F%3Ftab%3D1/);
});
