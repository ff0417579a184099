import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { login } from "@/server/auth/login";
import { erpTargetForSession, loadSession } from "@/server/auth/sessions";
import { viewerFromSession } from "@/server/auth/viewer";
import { customersEntity } from "@/server/sync/entities";
import { syncEntity } from "@/server/sync/runner";
import { scopeOf } from "@/server/sync/scope";
import { getDb } from "@/server/store/db";
import { customers, syncState } from "@/server/store/schema";
import { sandboxAdmin } from "../sandbox-admin";
import { resetWorld } from "./reset";

const admin = sandboxAdmin();

async function anaTarget() {
  const result = await login({ alias: "demo", username: "ana", password: "ana123" }, "10.30.0.1");
  if (!result.ok) throw new Error(result.failure);
  const row = (await loadSession(result.sessionId))!;
  const viewer = viewerFromSession(row);
  // A fresh scope per test: the store is shared by the tests of this file.
  const scope = `${scopeOf(viewer)}|${Math.random().toString(36).slice(2, 8)}`;
  return { target: erpTargetForSession(row), scope };
}

async function storedCustomers(scope: string) {
  const db = await getDb();
  return db
    .select({ id: customers.id, name: customers.name, seller: customers.seller })
    .from(customers)
    .where(eq(customers.scope, scope));
}

/** What the ERP itself says ana has (seller 000001, branch 01). */
async function erpCustomerCount(target: Awaited<ReturnType<typeof anaTarget>>["target"]) {
  const token = await (target.credentials.kind === "bearer" ? target.credentials.token() : Promise.resolve(""));
  const res = await fetch(`${admin.url}/rest/api/tgv/customers?page=1&pageSize=1`, {
    headers: { Authorization: `Bearer ${token}`, tenantId: "01,01" },
  });
  const body = (await res.json()) as { items: unknown[]; remainingRecords: number };
  return body.items.length + body.remainingRecords;
}

describe("sync engine: customers", () => {
  beforeEach(async () => {
    await resetWorld();
  });

  it("initial load stores every customer of the seller and persists the watermark", async () => {
    const { target, scope } = await anaTarget();
    const outcome = await syncEntity(target, scope, customersEntity);
    expect(outcome).toMatchObject({ ran: true, phase: "initial" });
    const stored = await storedCustomers(scope);
    expect(stored.length).toBe(await erpCustomerCount(target));
    expect(stored.length).toBeGreaterThan(100);
    expect(new Set(stored.map((c) => c.seller))).toEqual(new Set(["000001"]));
    const db = await getDb();
    const [state] = await db
      .select()
      .from(syncState)
      .where(and(eq(syncState.scope, scope), eq(syncState.entity, "customers")));
    expect(state?.watermark).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(state?.pendingWatermark).toBeNull();
  });

  it("a second run is a diff that brings nothing when nothing changed", async () => {
    const { target, scope } = await anaTarget();
    await syncEntity(target, scope, customersEntity);
    await admin.clearRequests();
    const outcome = await syncEntity(target, scope, customersEntity);
    expect(outcome).toMatchObject({ ran: true, phase: "diff", rows: 0, deleted: 0 });
    const calls = (await admin.requests()).items.map((r) => r.path);
    expect(calls.every((p) => p.includes("/api/tgv/customers/") && p.includes("diff"))).toBe(true);
  });

  it("a diff picks up an insert, an update and a delete made in the ERP", async () => {
    const { target, scope } = await anaTarget();
    await syncEntity(target, scope, customersEntity);
    const before = await storedCustomers(scope);
    const [updated, removed] = before.filter((c) => c.id !== "").slice(3, 5);
    // Changes made straight in SA1 (another Protheus routine), seen only through S_T_A_M_P_.
    await admin.sql(`
      CREATE TEMP TABLE novo AS SELECT * FROM sa1010 WHERE a1_filial = '01' AND a1_vend = '000001' AND d_e_l_e_t_ = ' ' LIMIT 1;
      UPDATE novo SET a1_cod = '099999', a1_nome = 'CLIENTE INCLUIDO NO ERP', r_e_c_n_o_ = nextval(pg_get_serial_sequence('sa1010', 'r_e_c_n_o_')), s_t_a_m_p_ = clock_timestamp();
      INSERT INTO sa1010 SELECT * FROM novo;
      DROP TABLE novo;`);
    await admin.sql("UPDATE sa1010 SET a1_nome = 'NOME ALTERADO NO ERP' WHERE a1_filial || a1_cod || a1_loja = $1", [
      updated!.id,
    ]);
    await admin.sql("UPDATE sa1010 SET d_e_l_e_t_ = '*' WHERE a1_filial || a1_cod || a1_loja = $1", [removed!.id]);

    const outcome = await syncEntity(target, scope, customersEntity);
    expect(outcome).toMatchObject({ phase: "diff", rows: 2, deleted: 1 });
    const after = await storedCustomers(scope);
    expect(after.length).toBe(before.length);
    expect(after.find((c) => c.name === "CLIENTE INCLUIDO NO ERP")).toBeDefined();
    expect(after.find((c) => c.id === updated!.id)?.name).toBe("NOME ALTERADO NO ERP");
    expect(after.find((c) => c.id === removed!.id)).toBeUndefined();
  });

  it("a fault in the middle of the initial load resumes without duplicates", async () => {
    const { target, scope } = await anaTarget();
    const small = { ...customersEntity, pageSize: 40 };
    let faulted = false;
    const failing = syncEntity(target, scope, small, {
      onProgress: async (p) => {
        if (p.pagesDone === 2 && !faulted) {
          faulted = true;
          await admin.faults([{ pathPrefix: "/rest/api/tgv/customers", kind: "status", status: 500 }]);
        }
      },
    });
    await expect(failing).rejects.toMatchObject({ kind: "unavailable" });
    const db = await getDb();
    const [half] = await db
      .select()
      .from(syncState)
      .where(eq(syncState.key, `${scope}|customers`));
    // Pages 1–2 are stored; page 3 may already have been on its way (fetched while page 2 was stored).
    expect(half?.watermark).toBeNull();
    expect([3, 4]).toContain(half?.resumePage);
    expect(half?.lastError).toMatch(/unavailable/);
    expect((await storedCustomers(scope)).length).toBe((half!.resumePage - 1) * 40);

    await admin.faults([]);
    await admin.clearRequests();
    await syncEntity(target, scope, small);
    const pages = (await admin.requests()).items
      .filter((r) => r.path === "/rest/api/tgv/customers")
      .map((r) => Number(r.query.page));
    expect(pages[0]).toBe(half!.resumePage);
    const stored = await storedCustomers(scope);
    expect(stored.length).toBe(await erpCustomerCount(target));
    expect(new Set(stored.map((c) => c.id)).size).toBe(stored.length);
  });

  it("two concurrent runs for one key do one load", async () => {
    const { target, scope } = await anaTarget();
    await admin.clearRequests();
    const [a, b] = await Promise.all([
      syncEntity(target, scope, customersEntity),
      syncEntity(target, scope, customersEntity),
    ]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    const firstPages = (await admin.requests()).items.filter(
      (r) => r.path === "/rest/api/tgv/customers" && r.query.page === "1",
    );
    expect(firstPages).toHaveLength(1);
  });
});
