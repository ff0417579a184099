import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { viewerFromSession } from "@/server/auth/viewer";
import { listNotifications, markRead, pollNotifications } from "@/server/services/notifications";
import { getDb } from "@/server/store/db";
import { syncedRecords } from "@/server/store/schema";
import { syncNow } from "@/server/sync/orchestrator";
import { scopeOf } from "@/server/sync/scope";
import { sandboxAdmin } from "../sandbox-admin";
import { forgetScope, resetWorld } from "./reset";

const admin = sandboxAdmin();

async function syncedViewer(username: string, password: string) {
  const result = await login({ alias: "demo", username, password }, "10.42.0.1");
  if (!result.ok) throw new Error(result.failure);
  const viewer = viewerFromSession((await loadSession(result.sessionId))!);
  await forgetScope(viewer);
  expect((await syncNow(viewer)).ready).toBe(true);
  return viewer;
}

async function erp<T>(path: string, init: RequestInit = {}): Promise<T> {
  const token = (await (
    await fetch(`${admin.url}/rest/api/oauth2/v1/token?grant_type=password`, {
      method: "POST",
      headers: { username: "ana", password: "ana123" },
    })
  ).json()) as { access_token: string };
  const res = await fetch(`${admin.url}/rest/api/tgv/${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token.access_token}`, tenantId: "01,01", "Content-Type": "application/json" },
  });
  return (await res.json()) as T;
}

type WireNotification = { id: string; notification_status: number; title: string };

describe("notifications (store + ERP write-back)", () => {
  let ana: Awaited<ReturnType<typeof syncedViewer>>;
  let bruno: Awaited<ReturnType<typeof syncedViewer>>;

  beforeAll(async () => {
    await resetWorld();
    ana = await syncedViewer("ana", "ana123");
    bruno = await syncedViewer("bruno", "bruno123");
  }, 120_000);

  it("lists the seller's own notifications, newest first, with the ERP's unread count", async () => {
    const wire = await erp<{ items: WireNotification[]; remainingRecords: number }>("notifications?pageSize=500");
    const list = await listNotifications(ana);
    expect(list.total).toBe(wire.items.length + wire.remainingRecords);
    expect(list.unread).toBe(wire.items.filter((n) => n.notification_status === 1).length);
    const times = list.items.map((n) => n.at ?? "");
    expect(times).toEqual([...times].sort().reverse());
    const unread = await listNotifications(ana, { unreadOnly: true });
    expect(unread.items.every((n) => !n.read)).toBe(true);
    const brunos = await listNotifications(bruno);
    expect(brunos.items.map((n) => n.id).filter((id) => list.items.some((n) => n.id === id))).toEqual([]);
  });

  it("marks one as read in the ERP and the store; another seller's id is not found", async () => {
    const [first] = (await listNotifications(ana, { unreadOnly: true })).items;
    expect(await markRead(ana, { id: first!.id })).toEqual({ ok: true, marked: 1 });
    const wire = await erp<{ items: WireNotification[] }>(
      `notifications?filter=${encodeURIComponent(`id eq '${first!.id}'`)}`,
    );
    expect(wire.items[0]!.notification_status).toBe(2);
    expect((await listNotifications(ana)).items.find((n) => n.id === first!.id)?.read).toBe(true);

    const [brunos] = (await listNotifications(bruno)).items;
    expect(await markRead(ana, { id: brunos!.id })).toEqual({ ok: false, reason: "not_found" });
  });

  it("marks all as read", async () => {
    const before = await listNotifications(ana);
    expect(before.unread).toBeGreaterThan(0);
    expect(await markRead(ana, { all: true })).toEqual({ ok: true, marked: before.unread });
    expect((await listNotifications(ana)).unread).toBe(0);
    const wire = await erp<{ items: WireNotification[] }>("notifications?pageSize=500");
    expect(wire.items.every((n) => n.notification_status === 2)).toBe(true);
  });

  it("the bell's poll brings an order the ERP just processed, without a full sync", async () => {
    const before = await pollNotifications(ana);
    await erp("salesorders", {
      method: "POST",
      body: JSON.stringify({
        customer: "000012",
        store: "01",
        paymentcondition: "001",
        operationtype: "01",
        pricelist: "002",
        externalid: "bell-1",
        items: [{ product: "P00001", quantity: 1, price: 50 }],
      }),
    });
    await admin.runJobs();
    // The poll diffs at most every 10 s of wall-clock time per scope: ask as if that much had passed.
    const after = await pollNotifications(ana, Date.now() + 11_000);
    expect(after.unread).toBe(before.unread + 1);
    const [newest] = (await listNotifications(ana, { unreadOnly: true })).items;
    expect(newest!.title).toMatch(/incluído e liberado/);
    expect(newest!.type).toBe("order");
  });

  it("a notification gone from the ERP is dropped from the store when the rep marks it", async () => {
    const [one] = (await listNotifications(bruno, { unreadOnly: true })).items;
    await admin.sql("DELETE FROM a1s010 WHERE a1s_id = $1", [one!.id]);
    expect(await markRead(bruno, { id: one!.id })).toEqual({ ok: false, reason: "not_found" });
    expect((await listNotifications(bruno)).items.map((n) => n.id)).not.toContain(one!.id);
  });

  it("the bell's poll answers from memory for a second, and at once after this process writes the scope's notifications", async () => {
    // Past the diff window of the earlier polls: this first poll diffs, the next ones do not.
    const at = Date.now() + 60_000;
    const first = await pollNotifications(bruno, at);
    expect(first.unread).toBeGreaterThan(1);
    // Another instance marks one read in the shared store: this one answers from memory for its second…
    const [one] = (await listNotifications(bruno, { unreadOnly: true })).items;
    const db = await getDb();
    await db
      .update(syncedRecords)
      .set({ data: sql`jsonb_set(${syncedRecords.data}, '{read}', 'true')` })
      .where(and(eq(syncedRecords.scope, scopeOf(bruno)), eq(syncedRecords.id, one!.id)));
    expect(await pollNotifications(bruno, at + 500)).toEqual(first);
    // …then reads the store again.
    expect((await pollNotifications(bruno, at + 1_500)).unread).toBe(first.unread - 1);
    // A mark as read made by this process is seen by the very next poll.
    const [next] = (await listNotifications(bruno, { unreadOnly: true })).items;
    expect(await markRead(bruno, { id: next!.id })).toEqual({ ok: true, marked: 1 });
    expect((await pollNotifications(bruno, at + 1_600)).unread).toBe(first.unread - 2);
  });
  it("polls that arrive while the bell's read of the store runs share it: one read, one answer for all", async () => {
    // Past the earlier polls' diff window: this poll diffs and reads; the next ones only read.
    const at = Date.now() + 120_000;
    const first = await pollNotifications(bruno, at);
    const db = await getDb();
    const select = vi.spyOn(db, "select");
    try {
      // Past the memo's second, within the diff window: the store is read again, once.
      const polls = await Promise.all(Array.from({ length: 5 }, () => pollNotifications(bruno, at + 1_500)));
      expect(polls).toEqual(Array.from({ length: 5 }, () => first));
      expect(select).toHaveBeenCalledTimes(1);
    } finally {
      select.mockRestore();
    }
  });
});
