import { describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import {
  type Accepted,
  type SalesOrder,
  type Session,
  api,
  businessAdmin,
  createOrder,
  freshSandboxWithAna,
  listPrice,
  orderBody,
  runJobs,
  session,
} from "./orders-client";

// Edit and delete go through the queue too, only while the order is open (not released, not
// invoiced), and only with the order's current S_T_A_M_P_ (If-Match or body `stamp`).

const admin = sandboxAdmin();
let ana: Session;
let price: number;

freshSandboxWithAna((signedIn, listPriceOfP00001) => {
  ana = signedIn;
  price = listPriceOfP00001 ?? price;
});

/** A credit-blocked order (risk E customer 000008): blocked orders are still editable. */
const blockedOrder = () => createOrder(ana, orderBody("000008", [{ product: "P00001", quantity: 1, price }]));
const read = async (id: string) => (await api<SalesOrder>(ana, "GET", `/salesorders/${id}`)).body;

describe("PUT salesorders/{id}", () => {
  it("rewrites the items and re-runs the analysis", async () => {
    const { order } = await blockedOrder();
    const put = await api<Accepted>(ana, "PUT", `/salesorders/${order.id}`, {
      headers: { "if-match": order.stamp },
      body: orderBody("000008", [
        { product: "P00001", quantity: 7, price },
        { product: "P00002", quantity: 1, price: await listPrice(ana, "P00002") },
      ]),
    });
    expect(put.status).toBe(202);
    expect(put.body.orderid).toBe(order.id);
    const report = await runJobs();
    expect(report.processed).toEqual([
      expect.objectContaining({ id: put.body.queueId, status: "2", orderNumber: order.number }),
    ]);
    const after = await read(order.id);
    expect(after.items.map((i) => [i.item, i.product, i.quantity])).toEqual([
      ["01", "P00001", 7],
      ["02", "P00002", 1],
    ]);
    expect(after.status).toBe("credit_blocked");
    expect(after.stamp).not.toBe(order.stamp);
  });

  it("accepts the stamp in the body as well", async () => {
    const { order } = await blockedOrder();
    const put = await api(ana, "PUT", `/salesorders/${order.id}`, {
      body: orderBody("000008", [{ product: "P00001", quantity: 2, price }], { stamp: order.stamp }),
    });
    expect(put.status).toBe(202);
  });

  it("answers 409 to a stale stamp and 428 to none", async () => {
    const { order } = await blockedOrder();
    const stale = await api<{ code: number; message: string }>(ana, "PUT", `/salesorders/${order.id}`, {
      headers: { "if-match": "2020-01-01T00:00:00.000Z" },
      body: orderBody("000008", [{ product: "P00001", quantity: 2, price }]),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe(409);
    expect(stale.body.message).toMatch(/alterado por outra operação/);
    const none = await api(ana, "PUT", `/salesorders/${order.id}`, {
      body: orderBody("000008", [{ product: "P00001", quantity: 2, price }]),
    });
    expect(none.status).toBe(428);
  });

  it("answers 409 when the order changed after it was read (the first edit moved the stamp)", async () => {
    const { order } = await blockedOrder();
    const body = orderBody("000008", [{ product: "P00001", quantity: 2, price }]);
    expect(
      (await api(ana, "PUT", `/salesorders/${order.id}`, { headers: { "if-match": order.stamp }, body })).status,
    ).toBe(202);
    // Still queued: a second edit waits for the first one.
    expect(
      (await api(ana, "PUT", `/salesorders/${order.id}`, { headers: { "if-match": order.stamp }, body })).status,
    ).toBe(409);
    await runJobs();
    expect(
      (await api(ana, "PUT", `/salesorders/${order.id}`, { headers: { "if-match": order.stamp }, body })).status,
    ).toBe(409);
  });

  it("refuses to edit a released order (422, clear message)", async () => {
    const { order } = await createOrder(ana, orderBody("000012", [{ product: "P00001", quantity: 1, price }]));
    expect(order.status).toBe("released");
    const put = await api<{ message: string }>(ana, "PUT", `/salesorders/${order.id}`, {
      headers: { "if-match": order.stamp },
      body: orderBody("000012", [{ product: "P00001", quantity: 2, price }]),
    });
    expect(put.status).toBe(422);
    expect(put.body.message).toBe("Pedido já liberado para faturamento: não pode ser alterado nem excluído.");
  });

  it("refuses to change the customer of an order", async () => {
    const { order } = await blockedOrder();
    const put = await api<{ details: { field: string }[] }>(ana, "PUT", `/salesorders/${order.id}`, {
      headers: { "if-match": order.stamp },
      body: orderBody("000012", [{ product: "P00001", quantity: 2, price }]),
    });
    expect(put.status).toBe(422);
    expect(put.body.details[0]!.field).toBe("customer");
  });
});

describe("DELETE salesorders/{id}", () => {
  it("soft-deletes the order and reports it in diffs with the deleted flag", async () => {
    const { order } = await createOrder(ana, orderBody("000002", [{ product: "P00001", quantity: 1, price }]));
    expect(order.status).toBe("credit_blocked");
    // A diff watermark: S_T_A_M_P_ is the database's wall clock, so "changed after now" is read from it.
    const since = new Date().toISOString();
    const del = await api<Accepted>(ana, "DELETE", `/salesorders/${order.id}`, {
      headers: { "if-match": order.stamp },
    });
    expect(del.status).toBe(202);
    await runJobs();
    expect((await api(ana, "GET", `/salesorders/${order.id}`)).status).toBe(404);
    const diff = await api<{ items: { id: string; deleted: boolean }[] }>(ana, "GET", `/salesorders/diff/${since}`);
    expect(diff.body.items).toEqual([expect.objectContaining({ id: order.id, deleted: true })]);
    const note = (await api<{ items: { title: string }[] }>(ana, "GET", "/notifications?pageSize=1&order=-id")).body
      .items[0]!;
    expect(note.title).toBe(`Pedido ${order.number} excluído`);
  });

  it("gives back the credit (A1_SALPEDL) and the reserved stock (B2_RESERVA) of a deleted order", async () => {
    const credit = async () =>
      (await api<{ availablecreditlimit: number }>(ana, "GET", "/customers/000012/01")).body.availablecreditlimit;
    const reserved = async () =>
      (
        await api<{ items: { warehouse: string; reserved: number }[] }>(ana, "GET", "/products/P00001/stock")
      ).body.items.find((s) => s.warehouse === "01")!.reserved;
    const [creditBefore, reservedBefore] = [await credit(), await reserved()];
    // Credit released, P00001 reserved, P00006 short of stock: stock-blocked, hence still deletable.
    const { order } = await createOrder(
      ana,
      orderBody("000012", [
        { product: "P00001", quantity: 2, price },
        { product: "P00006", quantity: 5, price: await listPrice(ana, "P00006") },
      ]),
    );
    expect(order.status).toBe("stock_blocked");
    expect(await credit()).toBeLessThan(creditBefore);
    expect(await reserved()).toBe(reservedBefore + 2);
    expect((await api(ana, "DELETE", `/salesorders/${order.id}`, { body: { stamp: order.stamp } })).status).toBe(202);
    await runJobs();
    expect(await credit()).toBe(creditBefore);
    expect(await reserved()).toBe(reservedBefore);
  });

  it("refuses to delete an invoiced order (422)", async () => {
    const { order } = await createOrder(ana, orderBody("000012", [{ product: "P00001", quantity: 1, price }]));
    await businessAdmin("POST", "/time/advance", { days: 1 });
    const invoiced = await read(order.id);
    expect(invoiced.status).toBe("invoiced");
    const del = await api<{ message: string }>(ana, "DELETE", `/salesorders/${order.id}`, {
      headers: { "if-match": invoiced.stamp },
    });
    expect(del.status).toBe(422);
    expect(del.body.message).toBe("Pedido já faturado: não pode ser alterado nem excluído.");
  });
});

describe("externalid idempotency", () => {
  it("answers a repeated POST with the existing queue item and, once processed, the order", async () => {
    const body = orderBody("000012", [{ product: "P00001", quantity: 1, price }], { externalid: "pgv-123" });
    const first = await api<Accepted>(ana, "POST", "/salesorders", { body });
    const again = await api<Accepted>(ana, "POST", "/salesorders", { body });
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ queueId: first.body.queueId, duplicate: true });
    await runJobs();
    const later = await api<Accepted>(ana, "POST", "/salesorders", { body });
    expect(later.body).toMatchObject({ queueId: first.body.queueId, duplicate: true, status: 2 });
    expect(later.body.orderid).toMatch(/^01\d{6}$/);
    await runJobs();
    const orders = await api<{ items: unknown[] }>(
      ana,
      "GET",
      `/salesorders?filter=${encodeURIComponent("externalid eq 'pgv-123'")}`,
    );
    expect(orders.body.items).toHaveLength(1);
  });

  it("re-queues an item that ended in error with the new payload, answering duplicate: false (this payload is the one taken)", async () => {
    await businessAdmin("POST", "/jobs/hold", {});
    const first = await api<Accepted>(ana, "POST", "/salesorders", {
      body: orderBody("000012", [{ product: "P00001", quantity: 1, price }], { externalid: "pgv-retry" }),
    });
    await admin.sql("UPDATE sa1010 SET a1_msblql = '1' WHERE a1_filial = '01' AND a1_cod = '000012'");
    expect((await runJobs()).processed).toEqual([expect.objectContaining({ id: first.body.queueId, status: "3" })]);
    await admin.sql("UPDATE sa1010 SET a1_msblql = '2' WHERE a1_filial = '01' AND a1_cod = '000012'");
    const again = await api<Accepted>(ana, "POST", "/salesorders", {
      body: orderBody("000012", [{ product: "P00001", quantity: 4, price }], { externalid: "pgv-retry" }),
    });
    expect(again.body).toMatchObject({ queueId: first.body.queueId, duplicate: false, status: 0 });
    expect((await runJobs()).processed).toEqual([expect.objectContaining({ id: first.body.queueId, status: "2" })]);
    const orders = await api<{ items: { items: { quantity: number }[] }[] }>(
      ana,
      "GET",
      `/salesorders?filter=${encodeURIComponent("externalid eq 'pgv-retry'")}`,
    );
    expect(orders.body.items.map((o) => o.items.map((i) => i.quantity))).toEqual([[4]]);
  });

  it("creates one order for two concurrent POSTs with the same externalid", async () => {
    const body = orderBody("000012", [{ product: "P00001", quantity: 1, price }], { externalid: "pgv-concurrent" });
    const answers = await Promise.all([1, 2, 3].map(() => api<Accepted>(ana, "POST", "/salesorders", { body })));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
    expect(new Set(answers.map((a) => a.body.queueId)).size).toBe(1);
    await runJobs();
    const orders = await api<{ items: unknown[] }>(
      ana,
      "GET",
      `/salesorders?filter=${encodeURIComponent("externalid eq 'pgv-concurrent'")}`,
    );
    expect(orders.body.items).toHaveLength(1);
  });

  it("keeps externalids per seller: bruno may reuse ana's key", async () => {
    const key = { externalid: "shared-key" };
    const a = await api<Accepted>(ana, "POST", "/salesorders", {
      body: orderBody("000012", [{ product: "P00001", quantity: 1, price }], key),
    });
    const bruno = await session("bruno", "bruno123");
    const b = await api<Accepted>(bruno, "POST", "/salesorders", {
      body: orderBody("200001", [{ product: "P00001", quantity: 1, price }], key),
    });
    expect(b.status).toBe(202);
    expect(b.body.queueId).not.toBe(a.body.queueId);
  });
});
