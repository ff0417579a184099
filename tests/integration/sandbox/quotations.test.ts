import { describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import { type Session, api, businessAdmin, freshSandboxWithAna, listPrice, runJobs, session } from "./orders-client";
import {
  type Quotation,
  type QuotationAccepted,
  businessDay,
  createQuotation,
  latestNotifications,
  queueItem,
  quotationBody,
} from "./quotations-client";

// Quotations (SCJ/SCK, MATA415) under the PGV API, shaped like the sales orders: reads with the
// sync protocol and the deleted flag, seller scoping, and the asynchronous POST through the one
// queue and job (docs/quotations.md). Writes after the insert, and the conversion: lifecycle file.

const admin = sandboxAdmin();
let ana: Session;
let price: number;

freshSandboxWithAna((signedIn, listPriceOfP00001) => {
  ana = signedIn;
  price = listPriceOfP00001 ?? price;
});

type Page = { hasNext: boolean; po_sync_date: string; items: Quotation[] };

describe("seeded quotations", () => {
  it("shows ana one of each status, the converted one linked to its order both ways", async () => {
    const { today } = await businessDay();
    const list = await api<Page>(ana, "GET", "/quotations?pageSize=50");
    expect(list.status).toBe(200);
    const byStatus = (s: string) => list.body.items.filter((q) => q.status === s);
    expect(list.body.items.every((q) => q.seller === "000001" && q.deleted === false)).toBe(true);
    expect(byStatus("open")).toHaveLength(1);
    expect(byStatus("expired")).toHaveLength(1);
    expect(byStatus("cancelled")).toHaveLength(1);
    expect(byStatus("converted")).toHaveLength(1);
    const open = byStatus("open")[0]!;
    expect(open).toMatchObject({ customer: "000012", externalid: "pgv-orc-ana-aberto", order: "" });
    expect(open.validity > today).toBe(true);
    expect(byStatus("expired")[0]!.validity < today).toBe(true);
    for (const q of list.body.items) {
      expect(q.items.length, q.number).toBeGreaterThan(0);
      expect(q.total).toBeCloseTo(
        q.items.reduce((s, i) => s + i.total, 0),
        2,
      );
    }

    const converted = byStatus("converted")[0]!;
    expect(converted.order).toMatch(/^\d{6}$/);
    const order = await api<{ customer: string; items: { product: string; quantity: number; price: number }[] }>(
      ana,
      "GET",
      `/salesorders/01${converted.order}`,
    );
    expect(order.status).toBe(200);
    expect(order.body.customer).toBe(converted.customer);
    expect(order.body.items.map((i) => [i.product, i.quantity, i.price])).toEqual(
      converted.items.map((i) => [i.product, i.quantity, i.price]),
    );
    const links = await admin.sql<{ item: string; numorc: string }>(
      "SELECT c6_item AS item, c6_numorc AS numorc FROM sc6010 WHERE c6_filial = '01' AND c6_num = $1 AND d_e_l_e_t_ = ' ' ORDER BY c6_item",
      [converted.order],
    );
    expect(links.rows.map((r) => r.numorc)).toEqual(converted.items.map((i) => `${converted.number}${i.item}`));
  });

  it("reports the deleted quotation only in the diffs, with the deleted flag and no items", async () => {
    for (const family of ["diff", "sync/diff"]) {
      const diff = await api<Page>(ana, "GET", `/quotations/${family}/19000101?pageSize=50`);
      expect(diff.status).toBe(200);
      const deleted = diff.body.items.filter((q) => q.deleted);
      expect(deleted).toEqual([expect.objectContaining({ externalid: "pgv-orc-ana-excluido", items: [] })]);
    }
    const list = await api<Page>(ana, "GET", "/quotations?pageSize=50");
    expect(list.body.items.some((q) => q.externalid === "pgv-orc-ana-excluido")).toBe(false);
  });

  it("filters and orders like any collection", async () => {
    const res = await api<Page>(
      ana,
      "GET",
      `/quotations?filter=${encodeURIComponent("status eq 'expired'")}&fields=id,status,validity`,
    );
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      { id: expect.stringMatching(/^01\d{6}$/), status: "expired", validity: expect.any(String) },
    ]);
  });
});

describe("seller scope", () => {
  it("never shows bruno ana's quotations, and answers 404 on her id", async () => {
    // Risk: a rep reading or changing a colleague's quotation through a guessed id.
    const bruno = await session("bruno", "bruno123");
    const mine = await api<Page>(bruno, "GET", "/quotations/diff/19000101?pageSize=50");
    expect(mine.body.items.length).toBe(2);
    expect(mine.body.items.every((q) => q.seller === "000002")).toBe(true);
    const anas = (await api<Page>(ana, "GET", "/quotations?pageSize=50")).body.items[0]!;
    expect((await api(bruno, "GET", `/quotations/${anas.id}`)).status).toBe(404);
    expect((await api(bruno, "DELETE", `/quotations/${anas.id}`, { headers: { "if-match": anas.stamp } })).status).toBe(
      404,
    );
    expect((await api(bruno, "POST", `/quotations/${anas.id}/convert`)).status).toBe(404);
    const carla = await session("carla", "carla123");
    expect((await api(carla, "GET", "/quotations")).status).toBe(403);
  });
});

describe("POST quotations → queue → job → quotation", () => {
  it("answers 202, the job saves it open with its validity and totals, and notifies the seller (type 3)", async () => {
    await businessAdmin("POST", "/jobs/hold", {});
    const { today, plus } = await businessDay();
    const p2 = await listPrice(ana, "P00002");
    const post = await api<QuotationAccepted>(ana, "POST", "/quotations", {
      body: quotationBody("000012", [
        { product: "P00001", quantity: 3, price },
        { product: "P00002", quantity: 2, price: p2 },
      ]),
    });
    expect(post.status).toBe(202);
    expect(post.body).toMatchObject({ status: 0, quotationid: null, orderid: null, duplicate: false });
    expect(await queueItem(ana, post.body.queueId)).toMatchObject({ status: 0, operation: "insert" });

    const report = await runJobs();
    expect(report.processed).toEqual([expect.objectContaining({ id: post.body.queueId, status: "2" })]);
    const item = (await queueItem(ana, post.body.queueId))!;
    expect(item.status).toBe(2);
    expect(item.quotationid).toMatch(/^01\d{6}$/);
    const q = (await api<Quotation>(ana, "GET", `/quotations/${item.quotationid}`)).body;
    expect(q).toMatchObject({
      id: item.quotationid,
      customer: "000012",
      seller: "000001",
      status: "open",
      issuedate: today,
      validity: plus(15),
      origin: "TGV.QUOTATION",
      order: "",
      total: Math.round((3 * price + 2 * p2) * 100) / 100,
    });
    expect(q.items.map((i) => [i.item, i.product, i.quantity, i.tes])).toEqual([
      ["01", "P00001", 3, "501"],
      ["02", "P00002", 2, "501"],
    ]);
    expect(item.message).toBe(`Orçamento ${q.number} incluído`);
    const [note] = await latestNotifications(ana);
    expect(note).toMatchObject({ type: 3, title: `Orçamento ${q.number} incluído`, recordkey: q.id });

    // The order queue stays the orders' own.
    const orders = await api<{ items: unknown[] }>(
      ana,
      "GET",
      `/salesordersqueue?filter=${encodeURIComponent(`id eq '${post.body.queueId}'`)}`,
    );
    expect(orders.body.items).toEqual([]);
  });

  it("keeps the validity sent, within 180 days of the business date", async () => {
    const { plus } = await businessDay();
    const q = await createQuotation(
      ana,
      quotationBody("000012", [{ product: "P00001", quantity: 1, price }], { validity: plus(180) }),
    );
    expect(q.validity).toBe(plus(180));
  });

  it("refuses bad payloads with field errors naming the field, queueing nothing", async () => {
    const { plus } = await businessDay();
    const cases: [unknown, number, string][] = [
      [
        { ...quotationBody("000012", [{ product: "P00001", quantity: 1, price }]), customer: undefined },
        400,
        "customer",
      ],
      [quotationBody("000012", [{ product: "P00001", quantity: 0, price }]), 400, "items.0.quantity"],
      [quotationBody("000012", []), 400, "items"],
      [
        quotationBody("000012", [{ product: "P00001", quantity: 1, price }], { validity: "18/11/2026" }),
        400,
        "validity",
      ],
      [quotationBody("000012", [{ product: "P00001", quantity: 1, price }], { validity: plus(-1) }), 422, "validity"],
      [quotationBody("000012", [{ product: "P00001", quantity: 1, price }], { validity: plus(181) }), 422, "validity"],
      [quotationBody("000012", [{ product: "P00007", quantity: 1, price }]), 422, "items.0.product"],
      [quotationBody("000012", [{ product: "P00001", quantity: 1, price: 0.01 }]), 422, "items.0.price"],
      [quotationBody("000011", [{ product: "P00001", quantity: 1, price }]), 422, "customer"],
      [quotationBody("000012", [{ product: "P00001", quantity: 1, price }], { pricelist: "005" }), 422, "pricelist"],
    ];
    for (const [body, status, field] of cases) {
      const res = await api<{ code: number; message: string; details: { field: string; message: string }[] }>(
        ana,
        "POST",
        "/quotations",
        { body },
      );
      expect(res.status, field).toBe(status);
      expect(
        res.body.details.map((d) => d.field),
        JSON.stringify(res.body),
      ).toContain(field);
    }
    const future = await api<{ message: string }>(ana, "POST", "/quotations", {
      body: quotationBody("000012", [{ product: "P00001", quantity: 1, price }], { validity: plus(181) }),
    });
    expect(future.body.message).toMatch(
      /^A validade do orçamento é de no máximo 180 dias \(até \d{2}\/\d{2}\/\d{4}\)\.$/,
    );
    const queue = await api<{ items: unknown[] }>(ana, "GET", "/quotationsqueue");
    expect(queue.body.items).toEqual([]);
  });

  it("ends an item refused by the job in status 3, with a type-3 error notification", async () => {
    await businessAdmin("POST", "/jobs/hold", {});
    const post = await api<QuotationAccepted>(ana, "POST", "/quotations", {
      body: quotationBody("000012", [{ product: "P00001", quantity: 1, price }]),
    });
    // The customer gets blocked while the item waits: the job validates again and refuses.
    await admin.sql("UPDATE sa1010 SET a1_msblql = '1' WHERE a1_filial = '01' AND a1_cod = '000012'");
    expect((await runJobs()).processed).toEqual([expect.objectContaining({ id: post.body.queueId, status: "3" })]);
    expect(await queueItem(ana, post.body.queueId)).toMatchObject({
      status: 3,
      message: expect.stringMatching(/bloqueado/),
    });
    const [note] = await latestNotifications(ana);
    expect(note).toMatchObject({ type: 3, title: "Erro no processamento do orçamento", recordkey: post.body.queueId });
    expect(note!.description).toMatch(/^Falha na operação de inclusão do orçamento: customer: /);
  });
});
