import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { customerQuerySchema } from "@/lib/schemas/customer-query";
import { orderQuerySchema } from "@/lib/schemas/order-query";
import type { Viewer } from "@/server/auth/viewer";
import { sql } from "drizzle-orm";
import { maskDocument } from "@/lib/mask";
import { findCustomer, lastSync, listCustomers } from "@/server/services/customers";
import { listOrders } from "@/server/services/order-list";
import { getDb } from "@/server/store/db";
import { shapedStatements } from "@/server/services/list-page";
import { scopeOf } from "@/server/sync/scope";
import { customersStore } from "@/server/sync/stores";
import { syncedViewer } from "./order-world";
import { resetWorld } from "./reset";

// A store-served list reads its page, its total and its copy's age in one statement
// (server/services/list-page.ts); a page with no row to carry them asks for them on its own.

describe("store-served list pages: total and copy age with the rows, and without them", () => {
  let ana: Viewer;

  beforeAll(async () => {
    await resetWorld();
    ana = await syncedViewer("ana", "ana123");
  }, 120_000);

  it("customers: every page, the one past the end and an empty search agree on the total and the sync time", async () => {
    const syncedAt = await lastSync(scopeOf(ana), "customers");
    expect(syncedAt).not.toBeNull();
    const first = await listCustomers(ana, customerQuerySchema.parse({ pageSize: "10" }));
    expect(first.items).toHaveLength(10);
    expect(first.total).toBeGreaterThan(10);
    expect(first.syncedAt).toBe(syncedAt);
    const pages = Math.ceil(first.total / 10);
    const last = await listCustomers(ana, customerQuerySchema.parse({ pageSize: "10", page: String(pages) }));
    expect(last.items).toHaveLength(first.total - 10 * (pages - 1));
    expect([last.total, last.syncedAt]).toEqual([first.total, syncedAt]);
    const past = await listCustomers(ana, customerQuerySchema.parse({ pageSize: "10", page: String(pages + 1) }));
    expect([past.items, past.total, past.syncedAt]).toEqual([[], first.total, syncedAt]);
    const none = await listCustomers(ana, customerQuerySchema.parse({ q: "zzqxw-nobody" }));
    expect([none.items, none.total, none.syncedAt]).toEqual([[], 0, syncedAt]);
  });

  it("orders: the list's total is the matching orders' count, the rows keep their own totals", async () => {
    const syncedAt = await lastSync(scopeOf(ana), "salesorders");
    const page = await listOrders(ana, orderQuerySchema.parse({ pageSize: "5", sort: "total", dir: "desc" }));
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThan(5);
    expect(page.syncedAt).toBe(syncedAt);
    // An order's total is money, not the page's count (both are "total" in their own shape).
    expect(page.items.map((o) => o.total)).toEqual([...page.items.map((o) => o.total)].sort((a, b) => b - a));
    expect(page.items.every((o) => o.total !== page.total)).toBe(true);
    expect(Object.keys(page.items[0]!)).not.toContain("listTotal");
    const past = await listOrders(ana, orderQuerySchema.parse({ pageSize: "5", page: String(page.total) }));
    expect([past.items, past.total, past.syncedAt]).toEqual([[], page.total, syncedAt]);
  });

  it("customers: a list row is the customer's synced record as the list shows it, read from the columns beside it", async () => {
    const page = await listCustomers(ana, customerQuerySchema.parse({ pageSize: "50" }));
    expect(page.items.length).toBeGreaterThan(10);
    for (const item of page.items) {
      const c = (await findCustomer(ana, item.code, item.store))!;
      expect(item).toEqual({
        code: c.code,
        store: c.store,
        name: c.name,
        tradeName: c.tradeName,
        document: maskDocument(c.document),
        risk: c.risk,
        blocked: c.blocked,
        creditLimit: c.creditLimit,
        availableCredit: c.availableCredit,
        overdue: item.overdue,
        lastPurchase: c.lastPurchase,
        city: c.address.city,
        uf: c.address.uf,
      });
      expect(typeof item.overdue).toBe("number");
    }
  });

  it("customers stored before the city and state columns get them from their document (migration 0017)", async () => {
    const db = await getDb();
    const scope = scopeOf(ana);
    const before = (await listCustomers(ana, customerQuerySchema.parse({ pageSize: "100" }))).items;
    expect(before.filter((c) => c.city && c.uf).length).toBeGreaterThan(10);
    // As a store upgraded from 0016 holds them: the columns at their default.
    await db.execute(sql`update customers set city = '', uf = '' where scope = ${scope}`);
    const blank = (await listCustomers(ana, customerQuerySchema.parse({ pageSize: "100" }))).items;
    expect(blank.every((c) => c.city === "" && c.uf === "")).toBe(true);
    const migration = readFileSync("server/store/migrations/0017_customer_city.sql", "utf8");
    const backfill = migration.split("--> statement-breakpoint").find((s) => s.includes("UPDATE"))!;
    await db.execute(sql.raw(backfill));
    const after = (await listCustomers(ana, customerQuerySchema.parse({ pageSize: "100" }))).items;
    expect(after).toEqual(before);

    // A customer the sync stores again (a diff) brings its new address to the columns.
    const moved = (await findCustomer(ana, before[0]!.code, before[0]!.store))!;
    await customersStore.upsert(db, scope, "customers", [
      { id: moved.id, data: { ...moved, address: { ...moved.address, city: "Cidade Nova", uf: "TO" } } },
    ]);
    const [row] = (await listCustomers(ana, customerQuerySchema.parse({ q: moved.document }))).items;
    expect([row?.code, row?.city, row?.uf]).toEqual([moved.code, "Cidade Nova", "TO"]);
    await customersStore.upsert(db, scope, "customers", [{ id: moved.id, data: moved }]);
  });

  it("the initial load leaves the planner knowing how many rows the lists' tables hold (the embedded store has no autovacuum)", async () => {
    const db = await getDb();
    for (const table of ["customers", "orders", "synced_records"]) {
      const { rows } = await db.execute<{ planned: number; stored: number }>(
        sql`select (select reltuples from pg_class where oid = ${table}::regclass)::int as planned,
          (select count(*) from ${sql.identifier(table)})::int as stored`,
      );
      expect(rows[0]!.stored).toBeGreaterThan(0);
      expect(rows[0]!.planned, table).toBe(rows[0]!.stored);
    }
  });

  it("a list's statements are built once per shape: the same shape answers each request's values, another shape builds its own", async () => {
    const build = vi.fn((_db: unknown, shape: { risks: number }) => ({ shape }));
    const statements = shapedStatements(build);
    expect(await statements({ risks: 1 })).toBe(await statements({ risks: 1 }));
    expect((await statements({ risks: 2 })).shape).toEqual({ risks: 2 });
    expect(build).toHaveBeenCalledTimes(2);

    // Through the lists: one shape, other values; then other shapes, each its own rows.
    const search = async (q: string) =>
      (await listCustomers(ana, customerQuerySchema.parse({ q, pageSize: "100" }))).items;
    const all = [];
    for (let page = 1; page === 1 || all.length % 100 === 0; page++) {
      const rows = (await listCustomers(ana, customerQuerySchema.parse({ pageSize: "100", page: String(page) }))).items;
      if (!rows.length) break;
      all.push(...rows);
    }
    for (const q of ["mer", "com", "zzqxw"]) {
      const names = (await search(q)).map((c) => c.code);
      const expected = all.filter((c) => [c.name, c.tradeName].some((t) => t.toLowerCase().includes(q)));
      expect(names, q).toEqual(expect.arrayContaining(expected.map((c) => c.code)));
    }
    for (const risk of ["A", "B,C", "D,E,A"]) {
      const letters = risk.split(",");
      const rows = await listCustomers(ana, customerQuerySchema.parse({ risk, pageSize: "100" }));
      expect(rows.total, risk).toBe(all.filter((c) => letters.includes(c.risk ?? "")).length);
      expect(rows.items.length, risk).toBe(Math.min(100, rows.total));
      expect(
        rows.items.every((c) => letters.includes(c.risk ?? "")),
        risk,
      ).toBe(true);
    }
    const byNumber = await listOrders(ana, orderQuerySchema.parse({ pageSize: "5", q: "0011" }));
    const byStatus = await listOrders(ana, orderQuerySchema.parse({ pageSize: "100", status: "invoiced" }));
    expect(byNumber.items.some((o) => o.number.includes("0011"))).toBe(true);
    const byName = await listOrders(ana, orderQuerySchema.parse({ pageSize: "100", q: "mer" }));
    expect(byName.items.length).toBeGreaterThan(0);
    expect(byName.items.some((o) => o.number.includes("mer"))).toBe(false);
    expect(byStatus.items.length).toBeGreaterThan(0);
    expect(byStatus.items.every((o) => o.status === "invoiced")).toBe(true);
    const none = await listOrders(ana, orderQuerySchema.parse({ status: "queued" }));
    expect([none.items, none.total]).toEqual([[], 0]);
  });
});
