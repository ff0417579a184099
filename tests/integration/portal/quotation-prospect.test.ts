import { randomUUID } from "node:crypto";
import { extractText } from "unpdf";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { addDays } from "@/lib/dates";
import { fieldCodes } from "@/lib/field-errors";
import { quotationFormSchema, type QuotationForm } from "@/lib/schemas/quotation-form";
import { quotationQuerySchema } from "@/lib/schemas/quotation-query";
import type { Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { getDraft, saveDraft } from "@/server/services/order-drafts";
import { ownOrder } from "@/server/services/order-form-context";
import { submitOrder } from "@/server/services/order-submit";
import { getProspect, ownProspect } from "@/server/services/prospects";
import { convertOwnProspect } from "@/server/services/registration-actions";
import { registrationQueueStatus } from "@/server/services/registration-queue";
import { convertOwnQuotation } from "@/server/services/quotation-actions";
import {
  editQuotationInitial,
  newQuotationInitial,
  quotationFormContext,
} from "@/server/services/quotation-form-initial";
import { listQuotations } from "@/server/services/quotation-list";
import { quotationPdf } from "@/server/services/quotation-pdf";
import { quotationQueueStatus } from "@/server/services/quotation-queue";
import { getQuotation, ownQuotation } from "@/server/services/quotations";
import { formTaxes, quotationTaxes } from "@/server/services/taxes";
import { admin, twoSellers } from "./order-world";
import { sampleOrder } from "./sample-order";

// The PDF's words are the viewer's language, read from the request (none here: pt-BR).
vi.mock("next/headers", async () => (await import("./session-jar")).nextHeaders());

// Issue 18 item 6, "Novo orçamento para este prospect": the quotation machinery of issue 17 (drafts,
// one submit per draft, the ERP's queue, taxes, the list, the page, convert) with a prospect (SUS) as
// the buyer instead of a customer (sandbox/docs/quotations.md "Prospects"). ana's seeded prospects
// (sandbox/docs/data.md): 000001 Empório Vila Madalena (a São Paulo reseller, converts cleanly) and
// 000004 (already converted into one of her customers); bruno's are his own.

const PROSPECT = { code: "000001", store: "01" };
const CONVERTED = { code: "000004", store: "01" };

type QuotationRow = { number: string; customer: string; prospect: string; prospectStore: string; seller: string };
const quotationsWithKey = async (key: string) =>
  (
    await admin.sql<QuotationRow>(
      `SELECT CJ_NUM AS number, trim(CJ_CLIENTE) AS customer, trim(CJ_PROSPE) AS prospect,
              trim(CJ_LOJPRO) AS "prospectStore", CJ_XVEND AS seller
         FROM SCJ010 WHERE CJ_XEXTID = $1 AND D_E_L_E_T_ = ' '`,
      [key],
    )
  ).rows;
/** What the portal posted to the ERP's queue for this key (ZTQ_PAYLOAD). */
const queuedPayload = async (key: string) => {
  const [row] = (
    await admin.sql<{ payload: string | Record<string, unknown> }>(
      `SELECT ZTQ_PAYLOAD AS payload FROM ZTQ010 WHERE ZTQ_ENTITY = 'SCJ' AND ZTQ_EXTID = $1 AND D_E_L_E_T_ = ' '`,
      [key],
    )
  ).rows;
  return typeof row?.payload === "string" ? (JSON.parse(row.payload) as Record<string, unknown>) : row?.payload;
};
const quotationWrites = async () =>
  (await admin.requests()).items.filter((r) => r.path.startsWith("/rest/api/tgv/quotations") && r.method !== "GET");

/** A valid quotation of ana's for her prospect 000001: the order sample's conditions and lines (list 002), no customer. */
async function prospectQuotation(viewer: Viewer, prospect = PROSPECT): Promise<QuotationForm> {
  return {
    ...(await sampleOrder(viewer)),
    customer: "",
    store: "",
    prospect: prospect.code,
    prospectStore: prospect.store,
    validity: addDays(businessToday(), 20),
  };
}

const send = (viewer: Viewer, form: QuotationForm, draftId = randomUUID()) =>
  submitOrder(viewer, { draftId, document: "quotation", kind: "new", customerName: "x", form });

/** Runs the ERP's job, then follows the quotation queue item as the form does until it is finished. */
async function finish(viewer: Viewer, queueId: string) {
  await admin.runJobs();
  const status = await quotationQueueStatus(viewer, queueId);
  expect(status?.item.status).toMatch(/done|error/);
  return status!;
}

/** One of ana's quotations for her prospect, made through the portal: its number. */
async function madeForProspect(viewer: Viewer): Promise<string> {
  const sent = await send(viewer, await prospectQuotation(viewer));
  if (!sent.ok) throw new Error(JSON.stringify(sent));
  const { item, quotationNumber } = await finish(viewer, sent.queueId!);
  expect(item.status).toBe("done");
  return quotationNumber!;
}

describe("a quotation for a prospect (the quotation machinery with a prospect as the buyer)", () => {
  const sellers = twoSellers();
  /** ana's prospect 000001 as the ERP seeded it. */
  let prospectName = "";
  beforeAll(async () => {
    const stored = await ownProspect(sellers.ana, PROSPECT.code, PROSPECT.store);
    expect(stored).toMatchObject({ status: expect.not.stringMatching(/^converted$/), customer: null });
    prospectName = stored!.name;
  });

  it("ana starts it from her prospect, keeps it as a draft, sends it: queued, done and synced with the prospect and its name", async () => {
    const { ana } = sellers;
    const context = await quotationFormContext(ana);
    const initial = await newQuotationInitial(ana, { prospect: PROSPECT.code, store: PROSPECT.store }, context);
    expect(initial).toMatchObject({
      origin: "prospect",
      customer: null,
      prospect: { ...PROSPECT, name: prospectName },
      values: { customer: "", store: "", prospect: PROSPECT.code, prospectStore: PROSPECT.store },
    });
    expect(initial.values.validity).toBe(addDays(businessToday(), 15));

    // The draft keeps the prospect, and the form resumes with it.
    const form = await prospectQuotation(ana);
    const draftId = randomUUID();
    const saved = await saveDraft(ana, {
      id: draftId,
      document: "quotation",
      kind: "new",
      data: { ...form, customerName: prospectName },
    });
    expect(saved).toMatchObject({ ok: true, draft: { customer: "000001/01", customerName: prospectName } });
    const resumed = await newQuotationInitial(ana, { draft: draftId }, context);
    expect(resumed).toMatchObject({
      origin: "draft",
      prospect: { ...PROSPECT, name: prospectName },
      values: { customer: "", prospect: PROSPECT.code, prospectStore: PROSPECT.store },
    });

    // Sent as the action sends it: parsed with the quotation form's schema first.
    const parsed = quotationFormSchema.parse(form);
    const sent = await submitOrder(ana, {
      draftId,
      document: "quotation",
      kind: "new",
      customerName: prospectName,
      form: parsed,
    });
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    // The wire payload names the prospect and no customer (exactly one of the two).
    const payload = await queuedPayload(form.key);
    expect(payload).toMatchObject({ prospect: "000001", prospectstore: "01", externalid: form.key });
    expect(payload).not.toHaveProperty("customer");
    expect(payload).not.toHaveProperty("store");

    const status = await finish(ana, sent.queueId!);
    expect(status.item).toMatchObject({ status: "done", operation: "insert" });
    const [row] = await quotationsWithKey(form.key);
    expect(row).toMatchObject({ customer: "", prospect: "000001", prospectStore: "01", seller: "000001" });
    expect(status.quotationNumber).toBe(row!.number);
    expect(await getDraft(ana, draftId)).toMatchObject({ state: "done", orderNumber: row!.number });

    // Synced: the store's copy, the quotation page (the prospect, not convertible yet) and the prospect page.
    expect(await ownQuotation(ana, row!.number)).toMatchObject({
      customer: "",
      prospect: "000001",
      prospectStore: "01",
      status: "open",
    });
    const view = (await getQuotation(ana, row!.number))!;
    expect(view).toMatchObject({ source: "erp", customer: null, convertible: false, editable: true });
    expect(view.prospect).toMatchObject({ ...PROSPECT, name: prospectName });
    expect((await getProspect(ana, PROSPECT.code, PROSPECT.store))?.quotations.map((q) => q.number)).toContain(
      row!.number,
    );
    // The PDF the rep sends is addressed to the prospect.
    const pdf = (await quotationPdf(ana, row!.number))!;
    const text = (await extractText(new Uint8Array(pdf.bytes), { mergePages: true })).text;
    expect(text).toContain(prospectName);
    expect(text).toContain("000001/01");
  });

  it("the form's schema takes exactly one buyer: a prospect or a customer", () => {
    const base = { ...quotationFormSchema.parse({ ...sampleForm(), customer: "000012", store: "01" }) };
    const codes = (patch: Partial<QuotationForm>) => {
      const parsed = quotationFormSchema.safeParse({ ...base, ...patch });
      return parsed.success ? {} : fieldCodes(parsed.error);
    };
    expect(codes({})).toEqual({});
    expect(codes({ customer: "", store: "", prospect: "000001", prospectStore: "01" })).toEqual({});
    expect(codes({ prospect: "000001", prospectStore: "01" })).toEqual({ customer: "invalid" });
    expect(codes({ customer: "", store: "" })).toEqual({ customer: "required", store: "required" });
    expect(codes({ customer: "", store: "", prospect: "000001", prospectStore: "" })).toEqual({
      prospect: "required",
    });
  });

  it("the tax worksheet simulates the prospect as the buyer, in the form and on the quotation's page", async () => {
    const { ana, bruno } = sellers;
    const form = await prospectQuotation(ana);
    const request = {
      prospect: PROSPECT.code,
      prospectStore: PROSPECT.store,
      operationType: form.operationType,
      freightType: form.freightType,
      freightValue: form.freightValue,
      items: form.items,
    };
    const taxes = await formTaxes(ana, request);
    if (!taxes.ok) throw new Error(JSON.stringify(taxes));
    const { worksheet } = taxes;
    // A São Paulo prospect of a São Paulo branch: an internal sale.
    expect(worksheet).toMatchObject({ branchUf: "SP", customerUf: "SP", interstate: false });
    expect(worksheet.lines.map((l) => l.product)).toEqual(form.items.map((i) => i.product));
    expect(worksheet.totals.goods).toBe(form.items.reduce((n, i) => n + Math.round(i.quantity * i.price), 0));
    expect(worksheet.totals.total).toBe(
      worksheet.totals.goods + worksheet.totals.freight + worksheet.totals.ipi + worksheet.totals.st,
    );
    // Neither another seller nor a half-named buyer gets a worksheet.
    expect(await formTaxes(bruno, request)).toEqual({ ok: false, reason: "not_found" });
    expect(await formTaxes(ana, { ...request, prospectStore: "" })).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { prospectStore: "required" },
    });

    // The saved quotation's worksheet is the same simulation of the same lines, for the prospect.
    const number = await madeForProspect(ana);
    const saved = await quotationTaxes(ana, number);
    expect(saved?.customerUf).toBe("SP");
    expect(saved?.lines.map((l) => [l.product, l.total])).toEqual(worksheet.lines.map((l) => [l.product, l.total]));
    expect(saved?.totals.total).toBe(worksheet.totals.total);
    expect(await quotationTaxes(bruno, number)).toBeNull();
  });

  it("bruno can neither start, send nor edit one for ana's prospect", async () => {
    const { ana, bruno } = sellers;
    const context = await quotationFormContext(bruno);
    // Starting from her prospect is no starting point for him: the blank form, nothing of hers in it.
    const start = await newQuotationInitial(bruno, { prospect: PROSPECT.code, store: PROSPECT.store }, context);
    expect(start).toMatchObject({ origin: "blank", customer: null });
    expect(start.prospect ?? null).toBeNull();
    expect(start.values.prospect ?? "").toBe("");
    expect(JSON.stringify(start)).not.toContain(prospectName);

    await admin.clearRequests();
    const form = { ...(await prospectQuotation(ana)), key: `pgv-${randomUUID()}` };
    expect(await send(bruno, form)).toEqual({ ok: false, reason: "not_found" });
    expect(await quotationWrites()).toEqual([]);
    expect(await quotationsWithKey(form.key)).toEqual([]);

    // Her quotation for the prospect: not his to draft an edit of, to change, or to read.
    const number = await madeForProspect(ana);
    const mine = (await ownQuotation(ana, number))!;
    expect(await ownQuotation(bruno, number)).toBeNull();
    expect(await getQuotation(bruno, number)).toBeNull();
    expect(
      await saveDraft(bruno, {
        id: randomUUID(),
        document: "quotation",
        kind: "edit",
        orderNumber: number,
        data: form,
      }),
    ).toEqual({ ok: false, reason: "not_found" });
    await admin.clearRequests();
    const edit = await submitOrder(bruno, {
      draftId: randomUUID(),
      document: "quotation",
      kind: "edit",
      orderNumber: number,
      stamp: mine.stamp,
      customerName: "x",
      form,
    });
    expect(edit).toEqual({ ok: false, reason: "not_found" });
    expect(await quotationWrites()).toEqual([]);
  });

  it("an edit keeps the prospect: resumed with it, sent with it; another buyer is refused before the ERP", async () => {
    const { ana } = sellers;
    const number = await madeForProspect(ana);
    const quotation = (await ownQuotation(ana, number))!;
    const initial = await editQuotationInitial(ana, quotation, await quotationFormContext(ana));
    expect(initial).toMatchObject({
      kind: "edit",
      orderNumber: number,
      customer: null,
      prospect: { ...PROSPECT, name: prospectName },
      values: { customer: "", store: "", prospect: PROSPECT.code, prospectStore: PROSPECT.store },
    });

    const base = await prospectQuotation(ana);
    const edit = (form: QuotationForm) =>
      submitOrder(ana, {
        draftId: randomUUID(),
        document: "quotation",
        kind: "edit",
        orderNumber: number,
        stamp: quotation.stamp,
        customerName: prospectName,
        form,
      });
    await admin.clearRequests();
    // Moved to a customer, or to another prospect: the buyer of a quotation never changes.
    const toCustomer = { ...base, customer: "000012", store: "01", prospect: "", prospectStore: "" };
    const toProspect = { ...base, prospect: "000003" };
    expect(await edit(toCustomer)).toMatchObject({ ok: false, fieldErrors: { customer: "quotation_customer_locked" } });
    expect(await edit(toProspect)).toMatchObject({ ok: false, fieldErrors: { customer: "quotation_customer_locked" } });
    expect(await quotationWrites()).toEqual([]);

    const changed = { ...base, items: [{ ...base.items[0]!, quantity: 7 }] };
    const sent = await edit(changed);
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    expect((await finish(ana, sent.queueId!)).item.status).toBe("done");
    expect(await ownQuotation(ana, number)).toMatchObject({
      customer: "",
      prospect: "000001",
      items: [expect.objectContaining({ quantity: 7 })],
    });
  });

  it("a converted prospect's quotation starts for the customer it became, with a note; its prospect is refused", async () => {
    const { ana } = sellers;
    const converted = (await ownProspect(ana, CONVERTED.code, CONVERTED.store))!;
    expect(converted.status).toBe("converted");
    const customer = converted.customer!;
    const initial = await newQuotationInitial(
      ana,
      { prospect: CONVERTED.code, store: CONVERTED.store },
      await quotationFormContext(ana),
    );
    expect(initial).toMatchObject({
      origin: "customer",
      customer: { code: customer.code, store: customer.store },
      values: { customer: customer.code, store: customer.store },
      convertedProspect: { ...CONVERTED, name: converted.name },
    });
    expect(initial.prospect ?? null).toBeNull();
    expect(initial.values.prospect ?? "").toBe("");

    // Sent for the prospect anyway (a draft typed before it converted): refused, naming the customer.
    await admin.clearRequests();
    expect(await send(ana, await prospectQuotation(ana, CONVERTED))).toMatchObject({
      ok: false,
      reason: "invalid",
      fieldErrors: { prospect: `prospect_converted:${customer.code.trim()}/${customer.store.trim()}` },
    });
    expect(await quotationWrites()).toEqual([]);
  });

  it("Meus orçamentos names the prospect (no customer yet) and finds it by the prospect's name", async () => {
    const { ana, bruno } = sellers;
    const number = await madeForProspect(ana);
    const list = (q: Record<string, string>, viewer = ana) =>
      listQuotations(viewer, quotationQuerySchema.parse({ pageSize: "100", ...q }));
    const item = (await list({})).items.find((q) => q.number === number);
    expect(item).toMatchObject({ customer: "", customerName: prospectName, prospect: PROSPECT });
    // A customer's quotation is not marked.
    expect((await list({})).items.find((q) => q.customer.trim() && q.prospect)).toBeUndefined();
    const found = await list({ q: prospectName.slice(0, 12) });
    expect(found.items.map((q) => q.number)).toContain(number);
    // Sorted by customer, the prospect's name is its place.
    expect((await list({ sort: "customer" })).items.some((q) => q.number === number)).toBe(true);
    expect((await list({ q: prospectName.slice(0, 12) }, bruno)).items).toEqual([]);
  });

  it("converting it waits for the prospect's conversion; once the prospect is a customer it becomes that customer's order", async () => {
    const { ana } = sellers;
    const number = await madeForProspect(ana);
    // The ERP refuses it (and the page offers the prospect's conversion instead).
    const early = await convertOwnQuotation(ana, number);
    expect(early).toMatchObject({ ok: false, reason: "rejected" });
    if (!early.ok && early.reason === "rejected") expect(early.message).toMatch(/Converta o prospect em cliente/);

    // The prospect becomes a customer (registration): the store learns it, and its quotation's customer.
    const prospect = (await ownProspect(ana, PROSPECT.code, PROSPECT.store))!;
    const conversion = await convertOwnProspect(ana, `${PROSPECT.code}/${PROSPECT.store}`, prospect.stamp);
    if (!conversion.ok) throw new Error(JSON.stringify(conversion));
    await admin.runJobs();
    const done = await registrationQueueStatus(ana, "prospect", conversion.queueId);
    expect(done?.item.status).toBe("done");
    const customer = done!.record!;
    expect(customer.code).toMatch(/^\w{6}$/);

    const synced = (await ownQuotation(ana, number))!;
    expect(synced).toMatchObject({ customer: customer.code, store: customer.store, prospect: "000001" });
    const view = (await getQuotation(ana, number))!;
    expect(view).toMatchObject({ convertible: true, prospect: null, customer: { code: customer.code } });
    // The list names the customer now, unmarked.
    const listed = (await listQuotations(ana, quotationQuerySchema.parse({ pageSize: "100" }))).items;
    const item = listed.find((q) => q.number === number)!;
    expect(item).toMatchObject({ customer: customer.code, store: customer.store });
    expect(item.prospect).toBeUndefined();

    // Now it converts normally, into an order for the new customer.
    const converted = await convertOwnQuotation(ana, number);
    if (!converted.ok) throw new Error(JSON.stringify(converted));
    const status = await finish(ana, converted.queueId);
    expect(status.item).toMatchObject({ status: "done", operation: "convert" });
    const order = await ownOrder(ana, status.orderNumber!);
    expect(order).toMatchObject({ customer: customer.code, store: customer.store });
    expect(await ownQuotation(ana, number)).toMatchObject({ status: "converted" });
  });
});

/** A form's fields for the schema-only test (no ERP): two lines, list 002, a validity. */
function sampleForm(): QuotationForm {
  return {
    key: `pgv-${randomUUID()}`,
    customer: "",
    store: "",
    paymentCondition: "002",
    priceList: "002",
    operationType: "01",
    carrier: "",
    freightType: "C",
    freightValue: 0,
    customerOrderNumber: "",
    message: "",
    items: [{ product: "P00001", quantity: 1, price: 100 }],
    validity: addDays(businessToday(), 10),
  };
}
