import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import { fieldCodes } from "@/lib/schemas/order-form";
import { quotationFormSchema, type QuotationForm } from "@/lib/schemas/quotation-form";
import type { Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { countDrafts, getDraft, listDrafts, saveDraft } from "@/server/services/order-drafts";
import { submitOrder } from "@/server/services/order-submit";
import {
  editQuotationInitial,
  newQuotationInitial,
  quotationFormContext,
} from "@/server/services/quotation-form-initial";
import { quotationQueueStatus } from "@/server/services/quotation-queue";
import { getQuotation, ownQuotation } from "@/server/services/quotations";
import { admin, twoSellers } from "./order-world";
import { seededQuotations, type SeededQuotations } from "./quotation-world";
import { sampleOrder } from "./sample-order";

// The quotation form's server side: the order's drafts and one-submit-per-draft machinery, sent as a quotation.

type QuotationRow = { number: string; seller: string; validity: string; status: string; items: number };
const quotationsWithKey = async (key: string) =>
  (
    await admin.sql<QuotationRow>(
      `SELECT CJ_NUM AS number, CJ_XVEND AS seller, CJ_VALIDA AS validity, CJ_STATUS AS status,
        (SELECT count(*)::int FROM SCK010 k WHERE k.CK_FILIAL = j.CJ_FILIAL AND k.CK_NUM = j.CJ_NUM AND k.D_E_L_E_T_ = ' ') AS items
       FROM SCJ010 j WHERE CJ_XEXTID = $1 AND D_E_L_E_T_ = ' '`,
      [key],
    )
  ).rows;
const quotationWrites = async () =>
  (await admin.requests()).items.filter((r) => r.path.startsWith("/rest/api/tgv/quotations") && r.method !== "GET");
const orderWrites = async () =>
  (await admin.requests()).items.filter((r) => r.path.startsWith("/rest/api/tgv/salesorders") && r.method !== "GET");

/** A valid quotation of the viewer: the order sample (customer 000012, list 002) with a validity. */
async function sampleQuotation(viewer: Viewer, validity = addDays(businessToday(), 20)): Promise<QuotationForm> {
  return { ...(await sampleOrder(viewer)), validity };
}

const send = (viewer: Viewer, form: QuotationForm, draftId = randomUUID()) =>
  submitOrder(viewer, { draftId, document: "quotation", kind: "new", customerName: "x", form });

/** Runs the ERP's job, then follows the queue item as the form does until it is finished. */
async function finish(viewer: Viewer, queueId: string) {
  await admin.runJobs();
  const status = await quotationQueueStatus(viewer, queueId);
  expect(status?.item.status).toMatch(/done|error/);
  return status!;
}

describe("quotation entry: drafts and submit through the order machinery (services against the sandbox)", () => {
  const sellers = twoSellers();
  /** The seeded quotations' numbers (they follow the business date). */
  let seeded: SeededQuotations;
  beforeAll(async () => {
    seeded = await seededQuotations();
  });

  it("a new quotation is sent once per draft, as a quotation, with the draft's key and the validity typed", async () => {
    const { ana } = sellers;
    const form = await sampleQuotation(ana);
    const draftId = randomUUID();
    const [a, b] = await Promise.all([send(ana, form, draftId), send(ana, form, draftId)]);
    // The same key from another draft (another tab) answers the same queue item: one quotation.
    const other = await send(ana, form);
    // A second click while the first send is on its way gets the first one's answer (no queue id yet, or the same).
    const queued = [a, b, other].map((r) => (r.ok ? r.queueId : r.reason)).filter((id) => id !== null);
    expect(new Set(queued).size).toBe(1);
    expect(queued[0]).toMatch(/^[0-9a-f-]{36}$/);
    // Nothing went to the orders: a quotation's draft is never sent as an order.
    expect(await orderWrites()).toEqual([]);

    const status = await finish(ana, queued[0] as string);
    expect(status.item).toMatchObject({ status: "done", operation: "insert" });
    const [row] = await quotationsWithKey(form.key);
    expect(row).toMatchObject({ seller: "000001", validity: form.validity!.replace(/-/g, ""), status: "A", items: 2 });
    expect(status.quotationNumber).toBe(row!.number);
    // Done: the draft is kept as done with the quotation it became, out of "Meus rascunhos".
    expect(await getDraft(ana, draftId)).toMatchObject({
      document: "quotation",
      state: "done",
      orderNumber: row!.number,
    });
    expect((await listDrafts(ana, "quotation")).map((d) => d.id)).not.toContain(draftId);
    // The store holds it: the quotation page reads it, with the ERP's totals.
    const view = await getQuotation(ana, row!.number);
    expect(view?.quotation).toMatchObject({ externalId: form.key, validity: form.validity, status: "open" });
    expect(view?.quotation.total).toBe(form.items.reduce((n, i) => n + Math.round(i.quantity * i.price), 0));
  });

  it("quotation drafts are listed apart from order drafts, and an id cannot be replayed as the other document", async () => {
    const { ana } = sellers;
    const id = randomUUID();
    const saved = await saveDraft(ana, { id, document: "quotation", kind: "new", data: await sampleQuotation(ana) });
    expect(saved.ok).toBe(true);
    expect((await listDrafts(ana, "quotation")).map((d) => d.id)).toContain(id);
    expect((await listDrafts(ana, "order")).map((d) => d.id)).not.toContain(id);
    expect(await countDrafts(ana, "quotation")).toBeGreaterThan(0);
    // Saved again as an order draft under the same id: refused, the quotation draft unchanged.
    const replay = await saveDraft(ana, { id, document: "order", kind: "new", data: { customer: "000999" } });
    expect(replay.ok).toBe(false);
    expect((await getDraft(ana, id))?.data.customer).toBe("000012");
    // Submitted as an order: refused before anything reaches the ERP.
    await admin.clearRequests();
    const asOrder = await submitOrder(ana, {
      draftId: id,
      kind: "new",
      customerName: "x",
      form: await sampleOrder(ana),
    });
    expect(asOrder).toMatchObject({ ok: false, reason: "not_found" });
    expect([...(await orderWrites()), ...(await quotationWrites())]).toEqual([]);
  });

  it("bad input gets field codes — the order's pieces, and the validity window — and never reaches the ERP", async () => {
    const { ana } = sellers;
    const good = await sampleQuotation(ana);
    const today = businessToday();
    // The schema: the order form's own pieces (quantity, discount) and a calendar day.
    const parsed = quotationFormSchema.safeParse({
      ...good,
      validity: "2026-02-30",
      items: [{ ...good.items[0]!, quantity: -1, discount: 120 }],
    });
    expect(parsed.success).toBe(false);
    expect(fieldCodes(parsed.error!)).toMatchObject({
      validity: "date",
      "items.0.quantity": "positive",
      "items.0.discount": "discount_range",
    });
    // The service: before today, past 180 days, and a price below the list's minimum.
    const past = await send(ana, { ...good, validity: addDays(today, -1) });
    const far = await send(ana, { ...good, validity: addDays(today, 181) });
    const cheap = await send(ana, { ...good, items: [{ ...good.items[0]!, price: 1 }] });
    expect(past).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { validity: expect.stringMatching(/^validity_past:/) },
    });
    expect(far).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { validity: expect.stringMatching(/^validity_too_far:/) },
    });
    expect(cheap).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { "items.0.price": expect.stringMatching(/^below_minimum:/) },
    });
    expect(await quotationWrites()).toEqual([]);
    // 180 days is the last day allowed: the ERP takes it.
    const last = await send(ana, { ...good, validity: addDays(today, 180) });
    expect(last.ok).toBe(true);
    await admin.runJobs();
  });

  it("ERP down: the quotation is not sent, the draft keeps what was typed, and a resend makes exactly one", async () => {
    const { ana } = sellers;
    const form = await sampleQuotation(ana);
    const draftId = randomUUID();
    await admin.faults([{ pathPrefix: "/rest/api/tgv/quotations", kind: "status", status: 503 }]);
    expect(await send(ana, form, draftId)).toMatchObject({ ok: false, reason: "not_sent" });
    const draft = await getDraft(ana, draftId);
    expect(draft).toMatchObject({ document: "quotation", state: "editing", problem: { kind: "not_sent" } });
    expect(draft?.data.validity).toBe(form.validity);
    expect(draft?.data.items.map((i) => i.product)).toEqual(form.items.map((i) => i.product));
    await admin.faults([]);
    const again = await send(ana, form, draftId);
    expect(again.ok).toBe(true);
    await finish(ana, (again as { queueId: string }).queueId);
    expect(await quotationsWithKey(form.key)).toHaveLength(1);
  });

  it("an edit sends the change with the stamp it was read with; a stale stamp is a conflict; a converted one is locked", async () => {
    const { ana } = sellers;
    const form = await sampleQuotation(ana);
    const created = await send(ana, form);
    const { quotationNumber } = await finish(ana, (created as { queueId: string }).queueId);
    const quotation = (await ownQuotation(ana, quotationNumber!))!;
    const context = await quotationFormContext(ana);
    const initial = await editQuotationInitial(ana, quotation, context);
    expect(initial).toMatchObject({ kind: "edit", orderNumber: quotationNumber, stamp: quotation.stamp });
    expect(initial.values.validity).toBe(form.validity);

    const changed = { ...form, items: [{ ...form.items[0]!, quantity: 7 }] };
    const edit = (stamp: string) =>
      submitOrder(ana, {
        draftId: randomUUID(),
        document: "quotation",
        kind: "edit",
        orderNumber: quotationNumber!,
        stamp,
        customerName: "x",
        form: changed,
      });
    await admin.clearRequests();
    expect(await edit("2001-01-01T00:00:00.000Z")).toMatchObject({ ok: false, reason: "conflict" });
    const ok = await edit(quotation.stamp);
    expect(ok.ok).toBe(true);
    const put = (await quotationWrites()).filter((r) => r.method === "PUT");
    expect(put.map((r) => r.path)).toEqual([
      `/rest/api/tgv/quotations/${quotation.id}`,
      `/rest/api/tgv/quotations/${quotation.id}`,
    ]);
    await finish(ana, (ok as { queueId: string }).queueId);
    expect((await quotationsWithKey(form.key))[0]).toMatchObject({ items: 1 });
    // Another customer in an edit is refused with the quotation's words' code, before the ERP.
    const moved = await submitOrder(ana, {
      draftId: randomUUID(),
      document: "quotation",
      kind: "edit",
      orderNumber: quotationNumber!,
      stamp: quotation.stamp,
      customerName: "x",
      form: { ...changed, customer: "000002" },
    });
    expect(moved).toMatchObject({ ok: false, fieldErrors: { customer: "quotation_customer_locked" } });
    // The seeded converted quotation can no longer be changed.
    const converted = (await ownQuotation(ana, seeded.anaConverted.number))!;
    expect(converted.status).toBe("converted");
    const locked = await submitOrder(ana, {
      draftId: randomUUID(),
      document: "quotation",
      kind: "edit",
      orderNumber: seeded.anaConverted.number,
      stamp: converted.stamp,
      customerName: "x",
      form: { ...changed, customer: converted.customer, store: converted.store },
    });
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
  });

  it("an expired quotation's edit proposes a new validity: sent, it is open again", async () => {
    const { ana } = sellers;
    const expired = (await ownQuotation(ana, seeded.anaExpired))!;
    expect(expired.status).toBe("expired");
    const initial = await editQuotationInitial(ana, expired, await quotationFormContext(ana));
    expect(initial.values.validity).toBe(addDays(businessToday(), 15));
  });

  it("new quotations start from a customer, a copy of a quotation, or one of the rep's orders", async () => {
    const { ana, bruno } = sellers;
    const context = await quotationFormContext(ana);
    expect(context.validity).toMatchObject({ min: businessToday(), max: addDays(businessToday(), 180) });
    const fromCustomer = await newQuotationInitial(ana, { customer: "000012", store: "01" }, context);
    expect(fromCustomer).toMatchObject({ origin: "customer", values: { customer: "000012", store: "01" } });
    expect(fromCustomer.values.validity).toBe(addDays(businessToday(), 15));
    const copy = await newQuotationInitial(ana, { copy: seeded.anaOpen }, context);
    expect(copy).toMatchObject({ origin: "copy", copiedFrom: seeded.anaOpen, copiedFromOrder: false });
    expect(copy.values.items.map((i) => i.product)).toEqual(["P00001", "P00002"]);
    const fromOrder = await newQuotationInitial(ana, { order: seeded.anaConverted.order }, context);
    expect(fromOrder).toMatchObject({ origin: "copy", copiedFrom: seeded.anaConverted.order, copiedFromOrder: true });
    expect(fromOrder.values).toMatchObject({ carrier: "", customerOrderNumber: "", message: "" });
    expect(fromOrder.values.items.length).toBeGreaterThan(0);
    // Another seller's quotation or order is no starting point: a blank form.
    expect(await newQuotationInitial(bruno, { copy: seeded.anaOpen }, context)).toMatchObject({ origin: "blank" });
    expect(await newQuotationInitial(bruno, { order: seeded.anaConverted.order }, context)).toMatchObject({
      origin: "blank",
    });
  });

  it("cross-seller: bruno can neither draft an edit of, nor change, ana's quotation", async () => {
    const { ana, bruno } = sellers;
    const mine = (await ownQuotation(ana, seeded.anaOpen))!;
    expect(await ownQuotation(bruno, seeded.anaOpen)).toBeNull();
    const data = { ...(await sampleQuotation(bruno)), customer: mine.customer, store: mine.store };
    expect(
      await saveDraft(bruno, {
        id: randomUUID(),
        document: "quotation",
        kind: "edit",
        orderNumber: seeded.anaOpen,
        data,
      }),
    ).toMatchObject({ ok: false, reason: "not_found" });
    await admin.clearRequests();
    const replay = await submitOrder(bruno, {
      draftId: randomUUID(),
      document: "quotation",
      kind: "edit",
      orderNumber: seeded.anaOpen,
      stamp: mine.stamp,
      customerName: "x",
      form: data,
    });
    expect(replay).toMatchObject({ ok: false, reason: "not_found" });
    expect(await quotationWrites()).toEqual([]);
    // Ana's own draft is not bruno's to read either.
    const id = randomUUID();
    await saveDraft(ana, { id, document: "quotation", kind: "new", data: await sampleQuotation(ana) });
    expect(await getDraft(bruno, id)).toBeNull();
  });
});
