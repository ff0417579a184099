import { expect } from "vitest";
import { json, passwordToken, rest, sandboxUrl, type Envelope } from "./protheus-client";

/** Helpers of the PGV API contract tests (tgv-*.test.ts): tokens per demo user, typed pages. */

export type Item = Record<string, unknown>;
export type Page = { hasNext: boolean; remainingRecords: number; po_sync_date: string; items: Item[] };

export const PASSWORDS: Record<string, string> = {
  ana: "ana123",
  bruno: "bruno123",
  carla: "carla123",
  admin: "admin123",
  diego: "diego123",
};

const tokens = new Map<string, string>();

export async function tokenOf(login: string): Promise<string> {
  const cached = tokens.get(login);
  if (cached) return cached;
  const { access_token } = await passwordToken(login, PASSWORDS[login]!);
  tokens.set(login, access_token);
  return access_token;
}

/** Forget cached tokens (after `admin.reset()`, which empties the token table). */
export function forgetTokens(): void {
  tokens.clear();
}

export async function tgv(
  login: string,
  path: string,
  tenant = "01,01",
  init: { method?: string; body?: unknown } = {},
): Promise<Response> {
  const token = await tokenOf(login);
  if (init.body === undefined && !init.method) return rest(`/api/tgv/${path}`, { token, tenant });
  return fetch(`${sandboxUrl()}/rest/api/tgv/${path}`, {
    method: init.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, tenantId: tenant, "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

export async function page(login: string, path: string, tenant = "01,01"): Promise<Page> {
  const res = await tgv(login, path, tenant);
  const body = await res.text();
  expect(res.status, `${path}: ${body}`).toBe(200);
  return JSON.parse(body) as Page;
}

/** Every item of a collection, walking pages of `pageSize` until hasNext is false. */
export async function allItems(login: string, path: string, tenant = "01,01", pageSize = 500): Promise<Item[]> {
  const sep = path.includes("?") ? "&" : "?";
  const items: Item[] = [];
  for (let n = 1; n < 1000; n++) {
    const p = await page(login, `${path}${sep}page=${n}&pageSize=${pageSize}`, tenant);
    items.push(...p.items);
    if (!p.hasNext) return items;
  }
  throw new Error(`${path}: more than 1000 pages`);
}

export async function expectError(res: Response, status: number, message?: RegExp): Promise<Envelope> {
  const body = await json<Envelope>(res);
  expect(res.status, JSON.stringify(body)).toBe(status);
  expect(body).toMatchObject({ code: status, message: expect.any(String), detailedMessage: expect.any(String) });
  if (message) expect(body.message).toMatch(message);
  return body;
}

export function expectEnvelope(p: Page): void {
  expect(Object.keys(p).sort()).toEqual(["hasNext", "items", "po_sync_date", "remainingRecords"]);
  expect(p.po_sync_date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  expect(p.hasNext).toBe(p.remainingRecords > 0);
}
