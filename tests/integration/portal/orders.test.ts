import { beforeAll, describe, expect, it } from "vitest";
import { ordersCsv } from "@/lib/orders-csv";
import { orderQuerySchema } from "@/lib/schemas/order-query";
import { login } from "@/server/auth/login";
import { loadSession } from "@/server/auth/sessions";
import { viewerFromSession } from "@/server/auth/viewer";
import { exportOrders, listOrders } from "@/server/services/order-list";
import { getOrder } from "@/server/services/orders";
import { orderWindowStart } from "@/server/sync/entities";
import { syncNow } from "@/server/sync/orchestrator";
import { sandboxAdmin } from "../sandbox-admin";
import { forgetScope, resetWorld } from "./reset";

const admin = sandboxAdmin();
const query = (q: Record<string, string> = {}) => orderQuerySchema.parse(q);

async function syncedViewer(alias: string, username: string, password: string) {
  const result = await login({ alias, username, password }, "10.41.0.1");
  if (!result.ok) throw new Error(result.failure);
  const viewer = viewerFromSession((await loadSession(result.sessionId))!);
  await forgetScope(viewer);
  expect((await syncNow(viewer)).ready).toBe(true);
  return viewer;
}

async function erp<T>(user: string, password: string, path: string, init: RequestInit = {}): Promise<T> {
  const token = (await (
    await fetch(`${admin.url}/rest/api/oauth2/v1/token?grant_type=password`, {
      method: "POST",
      headers: { username: user, password },
    })
  ).json()) as { access_token: string };
  const res = await fetch(`${admin.url}/rest/api/tgv/${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token.access_token}`, tenantId: "01,01", "Content-Type": "application/json" },
  });
  return (await res.json()) as T;
}

const windowFilter = (extra = "") =>
  encodeURIComponent(`issuedate ge '${orderWindowStart()}'${extra ? ` and ${extra}` : ""}`);
type Wire = { items: { number: string; total: number; status: string; customer: string }[]; remainingRecords: number };

describe("My orders (service over the synced store)", () => {
  let ana: Awaited<ReturnType<typeof syncedViewer>>;
  let bruno: Awaited<ReturnType<typeof syncedViewer>>;

  beforeAll(async () => {
    await resetWorld();
    ana = await syncedViewer("demo", "ana", "ana123");
    bruno = await syncedViewer("demo", "bruno", "bruno123");
  }, 120_000);

  it("lists the seller's orders of the last 12 months, newest first, as many as the ERP has", async () => {
    const wire = await erp<Wire>("ana", "ana123", `salesorders?pageSize=25&filter=${windowFilter()}`);
    const page = await listOrders(ana, query());
    expect(page.total).toBe(wire.items.length + wire.remainingRecords);
    expect(page.items.map((o) => [o.number, o.total, o.status])).toEqual(
      wire.items.map((o) => [o.number, Math.round(o.total * 100), o.status]),
    );
    expect(page.items.every((o) => o.customerName.length > 0 && o.items > 0)).toBe(true);
  });

  it("filters by status and issue date exactly as the ERP counts them", async () => {
    const wire = await erp<Wire>(
      "ana",
      "ana123",
      `salesorders?pageSize=1&filter=${windowFilter("status eq 'credit_blocked'")}`,
    );
    const blocked = await listOrders(ana, query({ status: "credit_blocked", pageSize: "100" }));
    expect(blocked.total).toBe(wire.items.length + wire.remainingRecords);
    expect(blocked.total).toBeGreaterThan(1);
    expect(blocked.items.every((o) => o.status === "credit_blocked")).toBe(true);

    const day = blocked.items[0]!.issueDate!;
    const sameDay = await listOrders(ana, query({ from: day, to: day, pageSize: "100" }));
    const wireDay = await erp<Wire>(
      "ana",
      "ana123",
      `salesorders?pageSize=1&filter=${encodeURIComponent(`issuedate eq '${day}'`)}`,
    );
    expect(sameDay.total).toBe(wireDay.items.length + wireDay.remainingRecords);
    expect(sameDay.items.every((o) => o.issueDate === day)).toBe(true);
    expect(orderQuerySchema.safeParse({ from: "2026-11-10", to: "2026-11-01" }).success).toBe(false);
    expect(orderQuerySchema.safeParse({ status: "shipped" }).success).toBe(false);
  });

  it("searches by order number, customer name and CNPJ with mask", async () => {
    const [first] = (await listOrders(ana, query())).items;
    expect((await listOrders(ana, query({ q: first!.number }))).items.map((o) => o.number)).toContain(first!.number);
    const byName = await listOrders(ana, query({ q: first!.customerName.slice(0, 12), pageSize: "100" }));
    expect(byName.items.map((o) => o.number)).toContain(first!.number);
    const doc = first!.customerDocument;
    const masked =
      doc.length === 14
        ? doc.replace(/^(..)(...)(...)(....)(..)$/, "$1.$2.$3/$4-$5")
        : doc.replace(/^(...)(...)(...)(..)$/, "$1.$2.$3-$4");
    const byDoc = await listOrders(ana, query({ q: masked, pageSize: "100" }));
    expect(byDoc.total).toBeGreaterThan(0);
    expect(byDoc.items.every((o) => o.customerDocument === doc)).toBe(true);
  });

  it("sorts by total and exports the whole filtered list in the same order", async () => {
    const sorted = await listOrders(ana, query({ sort: "total", dir: "desc", status: "invoiced", pageSize: "50" }));
    const totals = sorted.items.map((o) => o.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const all = await exportOrders(ana, query({ sort: "total", dir: "desc", status: "invoiced" }));
    expect(all).toHaveLength(sorted.total);
    expect(all.slice(0, 50).map((o) => o.id)).toEqual(sorted.items.map((o) => o.id));
  });

  // Risk: one seller reading another's order by number.
  // Risk: a customer named as a formula in the ERP turns the rep's export into a live link.
  it("exports a customer name written in the ERP as a formula as plain text", async () => {
    const [{ code }] = (
      await admin.sql<{ code: string }>(
        "SELECT C5_CLIENTE AS code FROM SC5010 WHERE C5_FILIAL = '01' AND C5_VEND1 = '000001' AND D_E_L_E_T_ = ' ' ORDER BY C5_EMISSAO DESC LIMIT 1",
      )
    ).rows as [{ code: string }];
    const [{ name }] = (
      await admin.sql<{ name: string }>(
        "SELECT A1_NOME AS name FROM SA1010 WHERE A1_FILIAL = '01' AND A1_COD = $1 AND A1_LOJA = '01'",
        [code],
      )
    ).rows as [{ name: string }];
    const formula = '=HYPERLINK("http://evil.example","Clique")';
    await admin.sql("UPDATE SA1010 SET A1_NOME = $1 WHERE A1_FILIAL = '01' AND A1_COD = $2 AND A1_LOJA = '01'", [
      formula,
      code,
    ]);
    try {
      await syncNow(ana);
      const rows = await exportOrders(ana, query({ q: code }));
      expect(rows.some((r) => r.customerName === formula)).toBe(true);
      const csv = ordersCsv(rows, { locale: "pt-BR", header: ["n"], status: (s) => s });
      expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Clique"")"`);
      expect(csv).not.toMatch(/(^|;)"?=HYPERLINK/m);
    } finally {
      await admin.sql("UPDATE SA1010 SET A1_NOME = $1 WHERE A1_FILIAL = '01' AND A1_COD = $2 AND A1_LOJA = '01'", [
        name,
        code,
      ]);
      await syncNow(ana);
    }
  });

  it("never lists or opens another seller's order", async () => {
    const brunos = (await listOrders(bruno, query())).items[0]!;
    expect(await getOrder(ana, brunos.number)).toBeNull();
    expect((await listOrders(ana, query({ q: brunos.number, pageSize: "100" }))).items.map((o) => o.id)).not.toContain(
      brunos.id,
    );
    expect(await getOrder(ana, "../x")).toBeNull();
    expect(await getOrder(ana, "999999")).toBeNull();
  });

  it("opens an order as the ERP has it now, with its invoice, and falls back to the synced copy when the ERP is down", async () => {
    const invoiced = (await listOrders(ana, query({ status: "invoiced" }))).items[0]!;
    const view = (await getOrder(ana, invoiced.number))!;
    expect(view.source).toBe("erp");
    expect(view.order.invoiceDetail?.number).toBe(invoiced.invoice);
    expect(view.order.invoiceDetail!.instalments.length).toBeGreaterThan(0);
    expect(view.customer?.code).toBe(invoiced.customer);
    expect(view.names.paymentCondition).not.toBe("");

    await admin.faults([{ pathPrefix: "/rest/api/tgv/salesorders", kind: "status", status: 503 }]);
    const offline = (await getOrder(ana, invoiced.number))!;
    expect(offline.source).toBe("store");
    expect(offline.order.items.map((i) => i.total)).toEqual(view.order.items.map((i) => i.total));
    await admin.faults([]);
  });

  it("shows a portal order's processing history from the ERP queue", async () => {
    const accepted = await erp<{ queueId: string }>("ana", "ana123", "salesorders", {
      method: "POST",
      body: JSON.stringify({
        customer: "000002",
        store: "01",
        paymentcondition: "001",
        operationtype: "01",
        pricelist: "002",
        externalid: "orders-history-1",
        items: [{ product: "P00001", quantity: 1, price: 50 }],
      }),
    });
    await admin.runJobs();
    await syncNow(ana);
    const [mine] = (await listOrders(ana, query({ q: "000002", status: "credit_blocked", sort: "number" }))).items;
    const view = (await getOrder(ana, mine!.number))!;
    expect(view.order.reason).toMatch(/risco/i);
    expect(view.history).toEqual([
      expect.objectContaining({ id: accepted.queueId, operation: "insert", status: "done" }),
    ]);
  });
});
