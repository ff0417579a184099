import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { E2E } from "../../playwright.config";

export const DIRECT = `http://localhost:${E2E.directPort}`;
export const MINGLE = `http://localhost:${E2E.minglePort}`;
const SANDBOX = `http://127.0.0.1:${E2E.sandboxPort}`;

/** The sandbox's admin API (switches, request log, faults), over HTTP like any client. */
export function sandbox(request: APIRequestContext) {
  const call = async (method: "GET" | "PUT" | "POST" | "DELETE", path: string, data?: unknown) => {
    const res = await request.fetch(`${SANDBOX}/__admin${path}`, {
      method,
      data,
      headers: { "x-sandbox-admin-key": E2E.sandboxAdminKey },
    });
    expect(res.ok(), `sandbox admin ${method} ${path}: ${res.status()}`).toBe(true);
    return res.status() === 204 ? null : res.json();
  };
  return {
    reset: () => call("POST", "/reset"),
    config: (patch: Record<string, unknown>) => call("PUT", "/config", patch),
    faults: (faults: unknown[]) => call("PUT", "/faults", { faults }),
    clearRequests: () => call("DELETE", "/requests"),
    requests: async () =>
      (
        (await call("GET", "/requests")) as {
          items: { path: string; tenant: string | null; user: string | null; status: number }[];
        }
      ).items,
    /** The order job: `hold` stops its automatic runs (items wait), `release` resumes them, `run` processes what waits now. */
    jobs: (action: "hold" | "release" | "run") => call("POST", `/jobs/${action}`, {}),
    queue: async () =>
      (
        (await call("GET", "/queue")) as {
          items: {
            id: string;
            operation: string;
            externalid: string;
            seller: string;
            status: string;
            payload: string | Record<string, unknown>;
            receivedAt: string;
          }[];
        }
      ).items,
    /** Read-only checks of the ERP's tables (e.g. "one student, one enrolment"). */
    sql: async <R = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      ((await call("POST", "/sql", { sql, params })) as { rows: R[] }).rows,
    tokens: async (user: string) =>
      ((await call("GET", `/tokens?user=${user}`)) as { items: { token: string; realm: string; kind: string }[] })
        .items,
  };
}

export async function fillLogin(page: Page, alias: string, user: string, password: string) {
  await page.getByLabel("Alias da empresa").fill(alias);
  await page.getByLabel("Usuário", { exact: true }).fill(user);
  await page.getByLabel("Senha", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Entrar" }).click();
}

export async function loginAs(page: Page, alias: string, user: string, password: string, base = DIRECT) {
  await page.goto(`${base}/login`);
  await fillLogin(page, alias, user, password);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Olá");
}

/**
 * The main navigation with its entries showing: on a phone (below 768 px) they sit behind the
 * "Menu" button, which this opens; from 768 px they are in the toolbar already.
 */
export async function mainNav(page: Page) {
  const nav = page.getByRole("navigation", { name: "Navegação principal" });
  const menu = nav.getByRole("button", { name: "Menu", exact: true });
  if ((await menu.isVisible()) && (await menu.getAttribute("aria-expanded")) !== "true") {
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
  }
  return nav;
}
