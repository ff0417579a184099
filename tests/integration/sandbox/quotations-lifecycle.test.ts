import { describe, expect, it } from "vitest";
import { sandboxAdmin } from "../sandbox-admin";
import {
  type SalesOrder,
  type Session,
  api,
  businessAdmin,
  freshSandboxWithAna,
  listPrice,
  runJobs,
  session,
} from "./orders-client";
import {
  type Notification,
  type Quotation,
  type QuotationAccepted,
  br,
  businessDay,
  createQuotation,
  latestNotifications,
  queueItem,
  quotationBody,
  readQuotation,
} from "./quotations-client";

// The life of a quotation after its insert: edit with the current stamp (stale → 409), delete
// (deleted flag in the diff), conversion to a sales order (MATA416) through the order's own write
// path, refusals (twice, expired, cancelled) and externalid idempotency. Each finished or refused
// job notifies the seller (A1S type 3).

const admin = sandboxAdmin();
let ana: Session;
let price: number;

freshSandboxWithAna((signedIn, listPriceOfP00001) => {
  ana = signedIn;
  price = listPriceOfP00001 ?? price;
});

const newQuotation = (extra: Record<string, unknown> = {}) =>
  createQuotation(ana, quotationBody("000012", [{ product: "P00001", quantity: 2, price }], extra));

const seeded = async (status: Quotation["status"]) => {
  const res = await api<{ items: Quotation[] }>(
    ana,
    "GET",
    `/quotations?filter=${encodeURIComponent(`status eq '${status}'`)}`,
  );
  return res.body.items[0]!;
};

async function convert(q: Quotation, headers: Record<string, string> = {}) {
  const post = await api<QuotationAccepted>(ana, "POST", `/quotations/${q.id}/convert`, { headers });
  expect(post.status, JSON.stringify(post.body)).toBe(202);
  await runJobs();
  return (await queueItem(ana, post.body.queueId))!;
}

describe("PUT quotations/{id}", () => {
  it("rewrites items and validity with the current stamp, moving the stamp and notifying", async () => {
    const q = await newQuotation();
    const { plus } = await businessDay();
    const p2 = await listPrice(ana, "P00002");
    const put = await api<QuotationAccepted>(ana, "PUT", `/quotations/${q.id}`, {
      headers: { "if-match": q.stamp },
      body: quotationBody("000012", [{ product: "P00002", quantity: 5, price: p2 }], { validity: plus(30) }),
    });
    expect(put.status).toBe(202);
    expect(put.body.quotationid).toBe(q.id);
    expect((await runJobs()).processed).toEqual([expect.objectContaining({ id: put.body.queueId, status: "2" })]);
    const after = await readQuotation(ana, q.id);
    expect(after.items.map((i) => [i.item, i.product, i.quantity])).toEqual([["01", "P00002", 5]]);
    expect(after).toMatchObject({ validity: plus(30), issuedate: q.issuedate, status: "open" });
    expect(after.stamp).not.toBe(q.stamp);
    const [note] = await latestNotifications(ana);
    expect(note).toMatchObject({ type: 3, title: `Orçamento ${q.number} alterado`, recordkey: q.id });
  });

  it("keeps the validity when none is sent", async () => {
    const q = await newQuotation();
    const put = await api(ana, "PUT", `/quotations/${q.id}`, {
      body: quotationBody("000012", [{ product: "P00001", quantity: 9, price }], { stamp: q.stamp }),
    });
    expect(put.status).toBe(202);
    await runJobs();
    expect((await readQuotation(ana, q.id)).validity).toBe(q.validity);
  });

  it("answers 409 to a stale stamp, 428 to none, 409 while an edit is pending", async () => {
    const q = await newQuotation();
    const body = quotationBody("000012", [{ product: "P00001", quantity: 4, price }]);
    const stale = await api<{ code: number; message: string }>(ana, "PUT", `/quotations/${q.id}`, {
      headers: { "if-match": "2020-01-01T00:00:00.000Z" },
      body,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 409,
      message: "O orçamento foi alterado por outra operação. Recarregue o orçamento e tente novamente.",
    });
    expect((await api(ana, "PUT", `/quotations/${q.id}`, { body })).status).toBe(428);
    await businessAdmin("POST", "/jobs/hold", {});
    const headers = { "if-match": q.stamp };
    expect((await api(ana, "PUT", `/quotations/${q.id}`, { headers, body })).status).toBe(202);
    const pending = await api<{ message: string }>(ana, "PUT", `/quotations/${q.id}`, { headers, body });
    expect(pending.status).toBe(409);
    expect(pending.body.message).toMatch(/operação pendente para o orçamento/);
    await runJobs();
    // The first edit moved the stamp: the one read before is stale now.
    expect((await api(ana, "PUT", `/quotations/${q.id}`, { headers, body })).status).toBe(409);
  });

  it("refuses to change the customer, and to edit a cancelled quotation", async () => {
    const q = await newQuotation();
    const other = await api<{ details: { field: string }[] }>(ana, "PUT", `/quotations/${q.id}`, {
      headers: { "if-match": q.stamp },
      body: quotationBody("000003", [{ product: "P00001", quantity: 1, price }]),
    });
    expect(other.status).toBe(422);
    expect(other.body.details[0]!.field).toBe("customer");
    const cancelled = await seeded("cancelled");
    const put = await api<{ message: string }>(ana, "PUT", `/quotations/${cancelled.id}`, {
      headers: { "if-match": cancelled.stamp },
      body: quotationBody(cancelled.customer, [{ product: "P00001", quantity: 1, price }]),
    });
    expect(put.status).toBe(422);
    expect(put.body.message).toBe(`Orçamento ${cancelled.number} cancelado: não pode ser alterado nem excluído.`);
  });
});

describe("DELETE quotations/{id}", () => {
  it("soft-deletes it: 404 afterwards, deleted flag in the diff, type-3 notification", async () => {
    const q = await newQuotation();
    // The diff watermark is the quotation's own stamp before the delete: the delete moves it on.
    const since = q.stamp;
    const del = await api<QuotationAccepted>(ana, "DELETE", `/quotations/${q.id}`, {
      headers: { "if-match": q.stamp },
    });
    expect(del.status).toBe(202);
    await runJobs();
    expect((await api(ana, "GET", `/quotations/${q.id}`)).status).toBe(404);
    const diff = await api<{ items: Quotation[] }>(ana, "GET", `/quotations/diff/${since}`);
    expect(diff.body.items).toEqual([expect.objectContaining({ id: q.id, deleted: true, items: [] })]);
    const rows = await admin.sql<{ deleted: string }>(
      "SELECT d_e_l_e_t_ AS deleted FROM sck010 WHERE ck_filial = '01' AND ck_num = $1",
      [q.number],
    );
    expect(rows.rows.map((r) => r.deleted)).toEqual(["*"]);
    const [note] = await latestNotifications(ana);
    expect(note).toMatchObject({ type: 3, title: `Orçamento ${q.number} excluído` });
  });
});

describe("POST quotations/{id}/convert (MATA416)", () => {
  it("creates the order through the order path, links both ways and marks the quotation converted", async () => {
    const q = await newQuotation();
    const item = await convert(q, { "if-match": q.stamp });
    expect(item).toMatchObject({ status: 2, operation: "convert", quotationid: q.id });
    expect(item.orderid).toMatch(/^01\d{6}$/);
    const number = item.orderid!.slice(2);

    const order = (await api<SalesOrder>(ana, "GET", `/salesorders/${item.orderid}`)).body;
    // The order's own analysis ran: 000012 (risk B, nothing overdue, big limit) is released, with SC9.
    expect(order).toMatchObject({ customer: "000012", seller: "000001", origin: "TGV.QUOTATION", status: "released" });
    expect(order.items.map((i) => [i.item, i.product, i.quantity, i.price])).toEqual([["01", "P00001", 2, price]]);
    const lines = await admin.sql<{ numorc: string }>(
      "SELECT c6_numorc AS numorc FROM sc6010 WHERE c6_filial = '01' AND c6_num = $1 AND d_e_l_e_t_ = ' '",
      [number],
    );
    expect(lines.rows).toEqual([{ numorc: `${q.number}01` }]);

    const after = await readQuotation(ana, q.id);
    expect(after).toMatchObject({ status: "converted", order: number });
    expect(item.message).toBe(`Orçamento ${q.number} efetivado no pedido ${number}`);
    const notes = await latestNotifications(ana, 2);
    expect(notes.map((n: Notification) => [n.type, n.title])).toEqual([
      [3, `Orçamento ${q.number} efetivado no pedido ${number}`],
      [1, `Pedido ${number} incluído e liberado`],
    ]);

    // Converting twice is refused at once, and so is editing what became an order.
    const again = await api<{ message: string }>(ana, "POST", `/quotations/${q.id}/convert`);
    expect(again.status).toBe(422);
    expect(again.body.message).toBe(`Orçamento ${q.number} já efetivado no pedido ${number}.`);
    const edit = await api<{ message: string }>(ana, "DELETE", `/quotations/${q.id}`, {
      headers: { "if-match": after.stamp },
    });
    expect(edit.status).toBe(422);
    expect(edit.body.message).toBe(
      `Orçamento ${q.number} já efetivado no pedido ${number}: não pode ser alterado nem excluído.`,
    );
  });

  it("refuses an expired quotation until its validity is changed, then converts it", async () => {
    const expired = await seeded("expired");
    const refused = await api<{ message: string }>(ana, "POST", `/quotations/${expired.id}/convert`);
    expect(refused.status).toBe(422);
    expect(refused.body.message).toBe(
      `Orçamento ${expired.number} vencido em ${br(expired.validity)}: altere a validade antes de efetivar.`,
    );
    const { plus } = await businessDay();
    const put = await api(ana, "PUT", `/quotations/${expired.id}`, {
      headers: { "if-match": expired.stamp },
      body: quotationBody(expired.customer, [{ product: "P00001", quantity: 5, price }], { validity: plus(10) }),
    });
    expect(put.status).toBe(202);
    await runJobs();
    const renewed = await readQuotation(ana, expired.id);
    expect(renewed).toMatchObject({ status: "open", validity: plus(10) });
    const item = await convert(renewed);
    expect(item.status).toBe(2);
    expect((await readQuotation(ana, expired.id)).status).toBe("converted");
  });

  it("refuses a cancelled one, a stale stamp, and a quotation that expired while the item waited", async () => {
    const cancelled = await seeded("cancelled");
    const no = await api<{ message: string }>(ana, "POST", `/quotations/${cancelled.id}/convert`);
    expect(no.status).toBe(422);
    expect(no.body.message).toBe(`Orçamento ${cancelled.number} cancelado: não pode ser efetivado.`);

    const q = await newQuotation();
    const stale = await api(ana, "POST", `/quotations/${q.id}/convert`, {
      headers: { "if-match": "2020-01-01T00:00:00.000Z" },
    });
    expect(stale.status).toBe(409);

    await businessAdmin("POST", "/jobs/hold", {});
    const post = await api<QuotationAccepted>(ana, "POST", `/quotations/${q.id}/convert`);
    expect(post.status).toBe(202);
    // As if the business date had passed the validity before the job ran.
    await admin.sql("UPDATE scj010 SET cj_valida = '20200131' WHERE cj_filial = '01' AND cj_num = $1", [q.number]);
    expect((await runJobs()).processed).toEqual([expect.objectContaining({ id: post.body.queueId, status: "3" })]);
    expect(await queueItem(ana, post.body.queueId)).toMatchObject({
      status: 3,
      orderid: null,
      message: `Orçamento ${q.number} vencido em 31/01/2020: altere a validade antes de efetivar.`,
    });
    const [note] = await latestNotifications(ana);
    expect(note).toMatchObject({ type: 3, title: `Erro no processamento do orçamento ${q.number}`, recordkey: q.id });
    expect(note!.description).toMatch(/^Falha na operação de efetivação do orçamento/);
    const orders = await admin.sql<{ n: number }>("SELECT count(*)::int AS n FROM sc6010 WHERE c6_numorc LIKE $1", [
      `${q.number}%`,
    ]);
    expect(orders.rows[0]!.n).toBe(0);
  });
});

describe("externalid idempotency", () => {
  it("answers a replay with the same queue item and, once processed, the quotation: one quotation", async () => {
    const body = quotationBody("000012", [{ product: "P00001", quantity: 1, price }], { externalid: "pgv-orc-1" });
    const first = await api<QuotationAccepted>(ana, "POST", "/quotations", { body });
    const again = await api<QuotationAccepted>(ana, "POST", "/quotations", { body });
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ queueId: first.body.queueId, duplicate: true });
    await runJobs();
    const later = await api<QuotationAccepted>(ana, "POST", "/quotations", { body });
    expect(later.body).toMatchObject({ queueId: first.body.queueId, duplicate: true, status: 2 });
    expect(later.body.quotationid).toMatch(/^01\d{6}$/);
    const list = await api<{ items: Quotation[] }>(
      ana,
      "GET",
      `/quotations?filter=${encodeURIComponent("externalid eq 'pgv-orc-1'")}`,
    );
    expect(list.body.items.map((q) => q.id)).toEqual([later.body.quotationid]);
  });

  it("keeps quotation keys apart from order keys and from other sellers'", async () => {
    const key = { externalid: "shared-key" };
    const quotation = await api<QuotationAccepted>(ana, "POST", "/quotations", {
      body: quotationBody("000012", [{ product: "P00001", quantity: 1, price }], key),
    });
    const order = await api<QuotationAccepted>(ana, "POST", "/salesorders", {
      body: quotationBody("000012", [{ product: "P00001", quantity: 1, price }], key),
    });
    expect(order.status).toBe(202);
    expect(order.body.queueId).not.toBe(quotation.body.queueId);
    const bruno = await session("bruno", "bruno123");
    const customer = (await api<{ items: Quotation[] }>(bruno, "GET", "/quotations")).body.items[0]!.customer;
    const his = await api<QuotationAccepted>(bruno, "POST", "/quotations", {
      body: quotationBody(customer, [{ product: "P00001", quantity: 1, price }], key),
    });
    expect(his.status).toBe(202);
    expect(his.body.queueId).not.toBe(quotation.body.queueId);
  });
});
