import { beforeAll, beforeEach, expect } from "vitest";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { viewerFromSession, type Viewer } from "@/server/auth/viewer";
import { syncNow } from "@/server/sync/orchestrator";
import { sandboxAdmin } from "../sandbox-admin";
import { forgetScope, resetWorld } from "./reset";

// What the order-entry tests share: a signed-in, synced rep and the ERP's queue and orders by key.

export const admin = sandboxAdmin();

export async function syncedViewer(username: string, password: string): Promise<Viewer> {
  const result = await login({ alias: "demo", username, password }, "10.41.0.7");
  if (!result.ok) throw new Error(result.failure);
  const viewer = viewerFromSession((await loadSession(result.sessionId))!);
  await forgetScope(viewer);
  expect((await syncNow(viewer)).ready).toBe(true);
  return viewer;
}

/**
 * For a describe block: a fresh world with ana and bruno signed in and synced (once), and no
 * faults or logged requests left by the previous test. Read the viewers inside the tests.
 */
export function twoSellers(): { ana: Viewer; bruno: Viewer } {
  const sellers = {} as { ana: Viewer; bruno: Viewer };
  beforeAll(async () => {
    await resetWorld();
    sellers.ana = await syncedViewer("ana", "ana123");
    sellers.bruno = await syncedViewer("bruno", "bruno123");
  }, 120_000);
  beforeEach(async () => {
    await admin.faults([]);
    await admin.clearRequests();
  });
  return sellers;
}

type QueueRow = {
  externalid: string;
  operation: string;
  status: string;
  seller: string;
  payload: string | Record<string, unknown>;
};
export const queueOf = async (key: string) =>
  (
    await admin.sql<QueueRow>(
      `SELECT ZTQ_EXTID AS externalid, ZTQ_OPER AS operation, ZTQ_STATUS AS status, ZTQ_VEND AS seller FROM ZTQ010 WHERE ZTQ_EXTID = $1 AND D_E_L_E_T_ = ' '`,
      [key],
    )
  ).rows;
export const ordersWithKey = async (key: string) =>
  (
    await admin.sql<{ number: string; seller: string; branch: string }>(
      `SELECT C5_NUM AS number, C5_VEND1 AS seller, C5_FILIAL AS branch FROM SC5010 WHERE C5_XEXTID = $1 AND D_E_L_E_T_ = ' '`,
      [key],
    )
  ).rows;
export const orderPosts = async () =>
  (await admin.requests()).items.filter((r) => r.path.startsWith("/rest/api/tgv/salesorders") && r.method !== "GET");
