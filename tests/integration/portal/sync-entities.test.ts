import { and, eq, like } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { login } from "@/server/auth/login";
import { erpTargetForSession, loadSession } from "@/server/auth/sessions";
import { viewerFromSession } from "@/server/auth/viewer";
import { orderWindowStart, PRICE_LIST_ITEMS } from "@/server/sync/entities";
import { SYNCED_ENTITIES, syncNow, syncPriceListItems } from "@/server/sync/orchestrator";
import { customerQuerySchema } from "@/lib/schemas/customer-query";
import { listCustomers } from "@/server/services/customers";
import { syncEntity } from "@/server/sync/runner";
import { scopeOf } from "@/server/sync/scope";
import { getDb } from "@/server/store/db";
import { orders, syncState, syncedRecords } from "@/server/store/schema";
import type { Carrier, PaymentCondition, PriceList, PriceListItem, Product } from "@/lib/types/catalog";
import type { Notification } from "@/lib/types/notification";
import type { QueueItem, SalesOrder } from "@/lib/types/order";
import { sandboxAdmin } from "../sandbox-admin";
import { forgetScope, resetWorld } from "./reset";

const admin = sandboxAdmin();

async function ana() {
  const result = await login({ alias: "demo", username: "ana", password: "ana123" }, "10.30.0.2");
  if (!result.ok) throw new Error(result.failure);
  const row = (await loadSession(result.sessionId))!;
  const target = erpTargetForSession(row);
  const token = target.credentials.kind === "bearer" ? await target.credentials.token() : "";
  return {
    viewer: viewerFromSession(row),
    target,
    token,
    scope: `${scopeOf(viewerFromSession(row))}|${Math.random().toString(36).slice(2, 8)}`,
  };
}

async function storedOrders(scope: string): Promise<SalesOrder[]> {
  const db = await getDb();
  return (await db.select({ data: orders.data }).from(orders).where(eq(orders.scope, scope))).map(
    (r) => r.data as SalesOrder,
  );
}

async function stored<T>(scope: string, entity: string): Promise<T[]> {
  const db = await getDb();
  const rows = await db
    .select({ data: syncedRecords.data })
    .from(syncedRecords)
    .where(and(eq(syncedRecords.scope, scope), eq(syncedRecords.entity, entity)));
  return rows.map((r) => r.data as T);
}

/** Everything the orchestrator loads, for a scope of its own. */
async function loadAll(target: Awaited<ReturnType<typeof ana>>["target"], scope: string) {
  for (const def of SYNCED_ENTITIES) {
    await syncEntity(target, scope, def);
    if (def.name === "pricelists") await syncPriceListItems(target, scope);
  }
}

async function erp<T>(token: string, path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${admin.url}/rest/api/tgv/${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      tenantId: "01,01",
      "Content-Type": "application/json",
      ...init.headers,
    },
  });
  return (await res.json()) as T;
}

describe("sync engine: every entity", () => {
  beforeEach(async () => {
    await resetWorld();
  });

  it("loads the catalogues, the seller's orders of the window, the queue and the notifications", async () => {
    const { target, token, scope } = await ana();
    await loadAll(target, scope);

    const conditions = await stored<PaymentCondition>(scope, "paymentconditions");
    expect(conditions.map((c) => c.code).sort()).toEqual(["001", "002", "003", "004", "005", "006", "007"]);
    expect(conditions.find((c) => c.code === "007")?.blocked).toBe(true);
    const lists = await stored<PriceList>(scope, "pricelists");
    expect(lists.map((l) => l.code).sort()).toEqual(["001", "002", "003", "004", "005"]);
    // Items only of the lists a rep can sell from: 001 expired and 005 inactive are left out.
    const items = await stored<PriceListItem>(scope, PRICE_LIST_ITEMS);
    expect(new Set(items.map((i) => i.priceList))).toEqual(new Set(["002", "003", "004"]));
    const erpItems = await erp<{ items: unknown[]; remainingRecords: number }>(token, "priceList/002/items?pageSize=1");
    expect(items.filter((i) => i.priceList === "002")).toHaveLength(erpItems.items.length + erpItems.remainingRecords);
    const products = await stored<Product>(scope, "products");
    expect(products.find((p) => p.code === "P00007")?.active).toBe(false);
    expect(products.find((p) => p.code === "P00008")).toBeUndefined();
    expect((await stored<Carrier>(scope, "carriers")).map((c) => c.code)).not.toContain("000008");
    expect(
      (await stored<{ code: string; tes: string }>(scope, "operationtypes")).find((o) => o.code === "01")?.tes,
    ).toBe("501");

    const orders = await storedOrders(scope);
    const window = orderWindowStart();
    const erpOrders = await erp<{ items: unknown[]; remainingRecords: number }>(
      token,
      `salesorders?pageSize=1&filter=${encodeURIComponent(`issuedate ge '${window}'`)}`,
    );
    expect(orders).toHaveLength(erpOrders.items.length + erpOrders.remainingRecords);
    expect(orders.every((o) => o.seller === "000001" && o.issueDate! >= window && o.items.length > 0)).toBe(true);
    expect(new Set(orders.map((o) => o.status))).toEqual(
      new Set(["open", "released", "credit_blocked", "stock_blocked", "rule_blocked", "invoiced"]),
    );

    const queue = await stored<QueueItem>(scope, "orderqueue");
    expect(queue.some((q) => q.status === "error")).toBe(true);
    const notifications = await stored<Notification>(scope, "notifications");
    expect(notifications.length).toBeGreaterThan(5);
    expect(notifications.some((n) => !n.read)).toBe(true);
  });

  it("diffs bring catalogue changes: a deleted payment condition, a new item price, a dropped price list", async () => {
    const { target, scope } = await ana();
    await loadAll(target, scope);
    await admin.sql("UPDATE se4010 SET d_e_l_e_t_ = '*' WHERE e4_codigo = '006'");
    await admin.sql("UPDATE da1010 SET da1_prcven = 99.99 WHERE da1_codtab = '002' AND da1_codpro = 'P00001'");
    await admin.sql("UPDATE da0010 SET da0_ativo = '2' WHERE da0_codtab = '003'");
    await loadAll(target, scope);

    expect((await stored<PaymentCondition>(scope, "paymentconditions")).map((c) => c.code)).not.toContain("006");
    const items = await stored<PriceListItem>(scope, PRICE_LIST_ITEMS);
    expect(items.find((i) => i.id === "002|P00001")?.price).toBe(9999);
    expect(items.some((i) => i.priceList === "003")).toBe(false);
    expect((await stored<PriceList>(scope, "pricelists")).find((l) => l.code === "003")?.active).toBe(false);
    const db = await getDb();
    const itemStates = await db
      .select({ entity: syncState.entity })
      .from(syncState)
      .where(and(eq(syncState.scope, scope), like(syncState.entity, `${PRICE_LIST_ITEMS}:%`)));
    expect(itemStates.map((s) => s.entity).sort()).toEqual([`${PRICE_LIST_ITEMS}:002`, `${PRICE_LIST_ITEMS}:004`]);
  });

  it("the rep's own order reaches the store with its queue item and notification; reading it is synced too", async () => {
    const { target, token, scope } = await ana();
    await loadAll(target, scope);
    const accepted = await erp<{ queueId: string }>(token, "salesorders", {
      method: "POST",
      body: JSON.stringify({
        customer: "000012",
        store: "01",
        paymentcondition: "001",
        operationtype: "01",
        pricelist: "002",
        externalid: `sync-${scope.slice(-6)}`,
        items: [{ product: "P00001", quantity: 1, price: 50 }],
      }),
    });
    await admin.runJobs();
    await loadAll(target, scope);

    const queued = (await stored<QueueItem>(scope, "orderqueue")).find((q) => q.id === accepted.queueId);
    expect(queued).toMatchObject({ operation: "insert", status: "done" });
    const order = (await storedOrders(scope)).find((o) => o.id === queued!.orderId);
    expect(order).toMatchObject({ customer: "000012", status: "released", total: 5000 });
    const note = (await stored<Notification>(scope, "notifications")).find((n) => n.recordKey === order!.id);
    expect(note).toMatchObject({ type: "order", read: false });

    await erp(token, `notifications/${note!.id}`, { method: "PUT", body: JSON.stringify({ notification_status: 2 }) });
    await loadAll(target, scope);
    expect((await stored<Notification>(scope, "notifications")).find((n) => n.id === note!.id)?.read).toBe(true);
  });

  it("syncNow runs every entity for the viewer and reports each one loaded", async () => {
    const { viewer } = await ana();
    await forgetScope(viewer);
    const status = await syncNow(viewer);
    expect(status.ready).toBe(true);
    expect(status.entities.map((e) => e.entity)).toEqual([
      "customers",
      "financialstatus",
      "contacts",
      "phonecontacts",
      "paymentconditions",
      "pricelists",
      PRICE_LIST_ITEMS,
      "products",
      "carriers",
      "operationtypes",
      "salesorders",
      "orderqueue",
      "quotations",
      "quotationqueue",
      "prospects",
      "notifications",
    ]);
    expect(status.entities.every((e) => e.loaded && e.lastError === null && e.lastSuccessAt)).toBe(true);
    expect(status.entities.find((e) => e.entity === PRICE_LIST_ITEMS)!.rows).toBeGreaterThan(100);
  });

  it("a payment in the ERP reaches the customer list's overdue filter through the financial status diff", async () => {
    const { viewer } = await ana();
    await forgetScope(viewer);
    expect((await syncNow(viewer)).ready).toBe(true);
    const overdueCodes = async () =>
      (await listCustomers(viewer, customerQuerySchema.parse({ overdue: "1", q: "000002" }))).items.map((c) => [
        c.code,
        c.overdue > 0,
      ]);
    expect(await overdueCodes()).toEqual([["000002", true]]);
    await admin.payTitles({ customer: "000002", store: "01" });
    await syncNow(viewer);
    expect(await overdueCodes()).toEqual([]);
    const [row] = (await listCustomers(viewer, customerQuerySchema.parse({ q: "000002" }))).items;
    expect(row).toMatchObject({ code: "000002", overdue: 0 });
  });
});
