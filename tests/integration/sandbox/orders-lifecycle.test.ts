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

// The asynchronous order flow (TGVA002JOB): POST answers 202 with a queue id, the job creates the
// order, releases it and notifies the seller. Showcase customer 000012 (risk B, nothing overdue,
// big limit) always releases.

const admin = sandboxAdmin();
let ana: Session;
let price: number;

freshSandboxWithAna((signedIn, listPriceOfP00001) => {
  ana = signedIn;
  price = listPriceOfP00001 ?? price;
});

describe("POST salesorders → queue → job → order", () => {
  it("answers 202 with a queue id, then the job creates, releases and notifies", async () => {
    await businessAdmin("POST", "/jobs/hold", {});
    const before = await api<{ items: { id: string }[] }>(ana, "GET", "/notifications?pageSize=1&order=-id");
    const post = await api<Accepted>(ana, "POST", "/salesorders", {
      body: orderBody("000012", [{ product: "P00001", quantity: 3, price }]),
    });
    expect(post.status).toBe(202);
    expect(post.body.queueId).toMatch(/^[0-9a-f-]{36}$/);

    const waiting = await api<{ items: { status: number; operation: string }[] }>(
      ana,
      "GET",
      `/salesordersqueue?filter=${encodeURIComponent(`id eq '${post.body.queueId}'`)}`,
    );
    expect(waiting.body.items[0]).toMatchObject({ status: 0, operation: "insert" });

    const report = await runJobs();
    expect(report.processed).toEqual([expect.objectContaining({ id: post.body.queueId, status: "2" })]);

    const queue = await api<{ items: { status: number; orderid: string; message: string; received_at: string }[] }>(
      ana,
      "GET",
      `/salesordersqueue?filter=${encodeURIComponent(`id eq '${post.body.queueId}'`)}`,
    );
    const item = queue.body.items[0]!;
    expect(item.status).toBe(2);
    expect(item.received_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const order = (await api<SalesOrder>(ana, "GET", `/salesorders/${item.orderid}`)).body;
    expect(order).toMatchObject({
      customer: "000012",
      seller: "000001",
      origin: "TGV.SALESORDER",
      status: "released",
      total: Math.round(3 * price * 100) / 100,
    });
    expect(order.items).toEqual([
      expect.objectContaining({ item: "01", product: "P00001", quantity: 3, price, creditblock: "", stockblock: "" }),
    ]);
    expect(order.number).toMatch(/^\d{6}$/);
    expect(order.id).toBe(`01${order.number}`);

    const after = await api<{
      items: { id: string; type: number; title: string; user_id: string; recordkey?: string }[];
    }>(ana, "GET", "/notifications?pageSize=1&order=-id");
    const note = after.body.items[0]!;
    expect(note.id).not.toBe(before.body.items[0]?.id);
    expect(note).toMatchObject({ type: 1, user_id: "000010", title: `Pedido ${order.number} incluído e liberado` });
  });

  it("processes the queue by itself after SANDBOX_ORDER_DELAY_MS (200 ms in tests)", async () => {
    const post = await api<Accepted>(ana, "POST", "/salesorders", {
      body: orderBody("000012", [{ product: "P00001", quantity: 1, price }]),
    });
    const path = `/salesordersqueue?filter=${encodeURIComponent(`id eq '${post.body.queueId}'`)}`;
    // Wall clock only to bound the wait for the job (elapsed time, not a date).
    const deadline = Date.now() + 5_000;
    let status = 0;
    while (status !== 2 && Date.now() < deadline) {
      status = (await api<{ items: { status: number }[] }>(ana, "GET", path)).body.items[0]!.status;
      if (status !== 2) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(2);
  });

  it("numbers items 01.. and lists orders with their items, in both diff families", async () => {
    // A diff watermark: S_T_A_M_P_ is the database's wall clock, so "changed after now" is read from it.
    const since = new Date().toISOString();
    const { order } = await createOrder(
      ana,
      orderBody("000012", [
        { product: "P00001", quantity: 1, price },
        { product: "P00002", quantity: 2, price: await listPrice(ana, "P00002") },
      ]),
    );
    expect(order.items.map((i) => i.item)).toEqual(["01", "02"]);
    for (const family of ["diff", "sync/diff"]) {
      const diff = await api<{ items: { id: string; status: string; deleted: boolean; items: unknown[] }[] }>(
        ana,
        "GET",
        `/salesorders/${family}/${since}`,
      );
      expect(diff.status).toBe(200);
      expect(diff.body.items).toEqual([expect.objectContaining({ id: order.id, status: "released", deleted: false })]);
      expect(diff.body.items[0]!.items).toHaveLength(2);
    }
    const queueDiff = await api<{ items: { orderid: string; status: number }[] }>(
      ana,
      "GET",
      `/salesordersqueue/diff/${since}`,
    );
    expect(queueDiff.body.items).toEqual([expect.objectContaining({ orderid: order.id, status: 2 })]);
  });

  it("ends a failing item in status 3 with a message and an error notification, and keeps going", async () => {
    await businessAdmin("POST", "/jobs/hold", {});
    const bad = await api<Accepted>(ana, "POST", "/salesorders", {
      body: orderBody("000012", [{ product: "P00001", quantity: 1, price }]),
    });
    // The customer gets blocked while the item waits: the job re-validates and refuses.
    await admin.sql("UPDATE sa1010 SET a1_msblql = '1' WHERE a1_filial = '01' AND a1_cod = '000012'");
    const good = await api<Accepted>(ana, "POST", "/salesorders", {
      body: orderBody("000003", [{ product: "P00001", quantity: 1, price }]),
    });
    const report = await runJobs();
    expect(report.processed.map((p) => [p.id, p.status])).toEqual([
      [bad.body.queueId, "3"],
      [good.body.queueId, "2"],
    ]);
    expect(report.processed[0]!.message).toMatch(/bloqueado/);
    const notes = await api<{ items: { title: string }[] }>(ana, "GET", "/notifications?pageSize=2&order=-id");
    expect(notes.body.items.map((n) => n.title)).toContain("Erro no processamento do pedido");
  });
  it("fails an item stuck in processing for an hour (status 3) and tells the seller", async () => {
    await businessAdmin("POST", "/jobs/hold", {});
    const post = await api<Accepted>(ana, "POST", "/salesorders", {
      body: orderBody("000012", [{ product: "P00001", quantity: 1, price }]),
    });
    // As if a job run had died an hour ago right after claiming the item. The ERP's clock is the
    // business date's (ZTQ_DTREC was just written with it), not the wall clock.
    await admin.sql(
      "UPDATE ztq010 SET ztq_status = '1', ztq_dtrec = ztq_dtrec - interval '62 minutes', ztq_dtini = ztq_dtrec - interval '61 minutes' WHERE ztq_id = $1",
      [post.body.queueId],
    );
    const report = await runJobs();
    expect(report.stuck).toBe(1);
    const queue = await api<{ items: { status: number; message: string }[] }>(
      ana,
      "GET",
      `/salesordersqueue?filter=${encodeURIComponent(`id eq '${post.body.queueId}'`)}`,
    );
    expect(queue.body.items[0]).toMatchObject({ status: 3, message: expect.stringMatching(/excedeu 1 hora/) });
    const note = (await api<{ items: { title: string }[] }>(ana, "GET", "/notifications?pageSize=1&order=-id")).body
      .items[0]!;
    expect(note.title).toBe("Erro no processamento do pedido");
  });
});

describe("seller and tenant scope", () => {
  it("hides one seller's orders from another (bruno cannot read, edit or delete ana's order)", async () => {
    // Risk: a rep reading or changing a colleague's order through a guessed id.
    const { order } = await createOrder(ana, orderBody("000012", [{ product: "P00001", quantity: 1, price }]));
    const bruno = await session("bruno", "bruno123");
    expect((await api(bruno, "GET", `/salesorders/${order.id}`)).status).toBe(404);
    expect(
      (
        await api(bruno, "PUT", `/salesorders/${order.id}`, {
          body: orderBody("000012", [{ product: "P00001", quantity: 1, price }], { stamp: order.stamp }),
        })
      ).status,
    ).toBe(404);
    expect(
      (await api(bruno, "DELETE", `/salesorders/${order.id}`, { headers: { "if-match": order.stamp } })).status,
    ).toBe(404);
    const list = await api<{ items: { id: string }[] }>(
      bruno,
      "GET",
      `/salesorders?pageSize=500&filter=${encodeURIComponent(`id eq '${order.id}'`)}`,
    );
    expect(list.body.items).toEqual([]);
  });

  it("refuses ana's customers to bruno and a seller ordering in another seller's name", async () => {
    const bruno = await session("bruno", "bruno123");
    const res = await api<{ details: { field: string }[] }>(bruno, "POST", "/salesorders", {
      body: orderBody("000012", [{ product: "P00001", quantity: 1, price }]),
    });
    expect(res.status).toBe(422);
    expect(res.body.details[0]!.field).toBe("customer");
    const other = await api(ana, "POST", "/salesorders", {
      body: orderBody("000012", [{ product: "P00001", quantity: 1, price }], { seller: "000002" }),
    });
    expect(other.status).toBe(403);
  });

  it("lets the administrator order for a seller, who is notified", async () => {
    const adm = await session("admin", "admin123");
    const missing = await api<{ details: { field: string }[] }>(adm, "POST", "/salesorders", {
      body: orderBody("000012", [{ product: "P00001", quantity: 1, price }]),
    });
    expect(missing.status).toBe(400);
    expect(missing.body.details).toEqual([expect.objectContaining({ field: "seller" })]);
    const { order } = await createOrder(
      adm,
      orderBody("000012", [{ product: "P00001", quantity: 1, price }], { seller: "000001" }),
    );
    expect(order.seller).toBe("000001");
    expect((await api(ana, "GET", `/salesorders/${order.id}`)).status).toBe(200);
  });

  it("keeps a user without a seller out (403)", async () => {
    const carla = await session("carla", "carla123");
    expect(
      (
        await api(carla, "POST", "/salesorders", {
          body: orderBody("000012", [{ product: "P00001", quantity: 1, price }]),
        })
      ).status,
    ).toBe(403);
    expect((await api(carla, "GET", "/salesorders")).status).toBe(403);
  });
});
