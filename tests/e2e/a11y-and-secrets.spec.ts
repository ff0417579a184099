import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { expect, newContext, test } from "./fixtures";
import { loginAs, sandbox } from "./helpers";

test.beforeEach(async ({ request }) => {
  await sandbox(request).reset();
});

test("axe finds no violations on /login (also with errors shown)", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto("/login");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page.getByText("Informe a senha.")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await context.close();
});

test("axe finds no violations on home, with the user menu open, and on a phone", async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await loginAs(page, "demo", "ana", "ana123");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole("button", { name: "Menu do usuário" }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await context.close();
});

// Risk: ERP tokens or passwords leaking to the browser or the logs. Every body the browser
// receives (HTML, RSC payloads, JSON, JS chunks) and the portal's log are searched for the exact
// tokens the sandbox issued to ana.
test("the sandbox-issued ERP tokens never reach the browser or the portal log", async ({ page, request }) => {
  const bodies: string[] = [];
  page.on("response", async (res) => {
    try {
      bodies.push(await res.text());
    } catch {
      /* redirects and aborted responses have no body */
    }
  });
  await loginAs(page, "demo", "ana", "ana123");
  await page.getByRole("banner").getByLabel("Filial").selectOption("02");
  await expect(page.getByTestId("home-branch")).toHaveText("02 · Fortaleza");
  await page.reload();
  await expect(page.getByTestId("home-branch")).toBeVisible();
  const issued = await sandbox(request).tokens("ana");
  expect(issued.length).toBeGreaterThan(0);
  const log = readFileSync("test-results/portal-direct.log", "utf8");
  expect(bodies.length).toBeGreaterThan(5);
  expect(issued.map((t) => t.kind).sort()).toEqual(["access", "refresh"]);
  for (const { token } of issued) {
    for (const body of bodies) expect(body.includes(token)).toBe(false);
    expect(log.includes(token)).toBe(false);
  }
  for (const body of bodies) expect(body.includes("ana123")).toBe(false);
});
