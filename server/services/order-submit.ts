import "server-only";
import { addDays, toSgeDate } from "@/lib/dates";
import type { OrderForm } from "@/lib/schemas/order-form";
import { MAX_VALIDITY_DAYS } from "@/lib/schemas/quotation-form";
import { isEditable, toOrderStatus } from "@/lib/types/order";
import { isProspectQuotation, isQuotationEditable, toQuotationStatus } from "@/lib/types/quotation";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import type { ErpWords } from "@/server/erp/errors";
import { businessToday } from "@/server/clock";
import { postOrder, putOrder, toFormFieldErrors, type OrderPayload } from "@/server/erp/protheus/orders";
import { postQuotation, putQuotation, type QuotationPayload } from "@/server/erp/protheus/quotations";
import type { ErpTarget } from "@/server/erp/protheus/transport";
import { alreadySent, payloadHash, sendDraft, type Accepted } from "./draft-send";
import { checkOrder, type FieldCodes } from "./order-check";
import { ownRecord, saveDraft, type SalesDocument } from "./order-drafts";
import { quotationProspect } from "./quotation-prospect";

type SubmitInput = {
  draftId: string;
  /** An order (default) or a quotation: the same draft, claim and idempotency machinery, another ERP resource. */
  document?: SalesDocument;
  kind: "new" | "edit";
  orderNumber?: string;
  stamp?: string;
  customerName: string;
  /**
   * A quotation's form carries its validity (ISO day, blank for the ERP's default), and a prospect's
   * quotation its prospect in place of the customer.
   */
  form: OrderForm & { validity?: string; prospect?: string; prospectStore?: string };
};

/** Who the document is for when not a customer of the portfolio (a prospect's quotation); `buyer` null for a customer. */
type BuyerCheck =
  | { ok: true; buyer: { name: string } | null }
  | { ok: false; reason: "not_found" }
  | { ok: false; fieldErrors: FieldCodes };

/** What differs between sending an order and a quotation: the rest of the submit is one. */
type DocumentWrites = {
  editable: (status: string) => boolean;
  /** The field code when an edit moves the record to another customer. */
  customerLocked: string;
  /** A buyer other than a customer, checked in place of the customer (a quotation's prospect). */
  buyer: (viewer: Viewer, form: SubmitInput["form"]) => Promise<BuyerCheck>;
  /** The payload from the checked order payload, or the field codes the document's own rules refuse. */
  payload: (
    order: OrderPayload,
    form: SubmitInput["form"],
  ) => { ok: true; payload: unknown } | { ok: false; fieldErrors: FieldCodes };
  post: (target: ErpTarget, payload: unknown) => Promise<Accepted>;
  put: (target: ErpTarget, id: string, stamp: string, payload: unknown) => Promise<Accepted>;
};

const ofOrder = (a: { queueId: string; orderId: string | null; duplicate: boolean }): Accepted => ({
  queueId: a.queueId,
  recordId: a.orderId,
  duplicate: a.duplicate,
});
const ofQuotation = (a: { queueId: string; quotationId: string | null; duplicate: boolean }): Accepted => ({
  queueId: a.queueId,
  recordId: a.quotationId,
  duplicate: a.duplicate,
});

/** A quotation's validity: from the business date up to MAX_VALIDITY_DAYS ahead (the ERP checks it again). */
export function quotationValidityCode(validity: string | undefined, today = businessToday()): string | null {
  if (!validity) return null;
  if (validity < today) return `validity_past:${toSgeDate(today)}`;
  const last = addDays(today, MAX_VALIDITY_DAYS);
  return validity > last ? `validity_too_far:${toSgeDate(last)}` : null;
}

/**
 * A prospect's quotation (sandbox/docs/quotations.md "Prospects"): the viewer's prospect, still a
 * prospect. Anyone else's is not found, as another seller's quotation is; one converted since is
 * the customer's now (the ERP refuses the prospect too).
 */
async function quotationBuyer(viewer: Viewer, form: SubmitInput["form"]): Promise<BuyerCheck> {
  if (!form.prospect) return { ok: true, buyer: null };
  const target = await quotationProspect(viewer, form.prospect, form.prospectStore ?? "");
  if (target.ok) return { ok: true, buyer: target.prospect };
  if (target.reason === "not_found") return { ok: false, reason: "not_found" };
  const { code, store } = target.customer;
  return { ok: false, fieldErrors: { prospect: `prospect_converted:${code.trim()}/${store.trim()}` } };
}

/** The target of an edit, which never changes: `customer/store`, or the prospect of a prospect's quotation. */
const targetOf = (r: { customer: string; store: string; prospect?: string; prospectStore?: string }) =>
  isProspectQuotation(r)
    ? `prospect ${r.prospect!.trim()}/${(r.prospectStore ?? "").trim()}`
    : `${r.customer}/${r.store}`;

const writes: Record<SalesDocument, DocumentWrites> = {
  order: {
    editable: (status) => isEditable(toOrderStatus(status)),
    customerLocked: "customer_locked",
    buyer: async () => ({ ok: true, buyer: null }),
    payload: (order) => ({ ok: true, payload: order }),
    post: async (target, payload) => ofOrder(await postOrder(target, payload as OrderPayload)),
    put: async (target, id, stamp, payload) => ofOrder(await putOrder(target, id, stamp, payload as OrderPayload)),
  },
  quotation: {
    editable: (status) => isQuotationEditable(toQuotationStatus(status)),
    customerLocked: "quotation_customer_locked",
    buyer: quotationBuyer,
    payload: (order, form) => {
      const validity = quotationValidityCode(form.validity);
      if (validity) return { ok: false, fieldErrors: { validity } };
      // An order's own fields (carrier, the customer's order number, the invoice message) are not a quotation's.
      const { carrier: _carrier, customerordernumber: _number, message: _message, ...rest } = order;
      const payload: QuotationPayload = { ...rest, ...(form.validity ? { validity: form.validity } : {}) };
      if (!form.prospect) return { ok: true, payload };
      // A prospect's quotation names the prospect and no customer (exactly one of the two).
      const { customer: _customer, store: _store, ...forProspect } = payload;
      const prospectPayload: QuotationPayload = {
        ...forProspect,
        prospect: form.prospect.trim(),
        prospectstore: (form.prospectStore ?? "").trim(),
      };
      return { ok: true, payload: prospectPayload };
    },
    post: async (target, payload) => ofQuotation(await postQuotation(target, payload as QuotationPayload)),
    put: async (target, id, stamp, payload) =>
      ofQuotation(await putQuotation(target, id, stamp, payload as QuotationPayload)),
  },
};

export type SubmitOutcome =
  | { ok: true; queueId: string | null; orderId: string | null }
  | { ok: false; reason: "invalid"; fieldErrors: FieldCodes }
  | ({ ok: false; reason: "rejected"; fieldErrors: Record<string, string> } & ErpWords)
  | ({ ok: false; reason: "conflict" } & ErpWords)
  /** The ERP already holds an order from an earlier send of this draft, with that send's content, not this one's. */
  | { ok: false; reason: "already_sent"; queueId: string }
  | { ok: false; reason: "not_sent" | "not_found" | "no_seller" | "locked" };

/**
 * Sends an order (new: POST with the draft's key as `externalid`; edit: PUT with the stamp it was
 * read with). What was typed is saved first, whatever happens next. One submit per draft at a time:
 * a second click while the first is on its way gets the first one's answer. The ERP's `externalid`
 * makes a resend after a lost answer land on the same queue item — exactly one order.
 */
export async function submitOrder(viewer: Viewer, input: SubmitInput): Promise<SubmitOutcome> {
  if (!viewer.seller) return { ok: false, reason: "no_seller" };
  const document = input.document ?? "order";
  const write = writes[document];
  const saved = await saveDraft(viewer, {
    id: input.draftId,
    document,
    kind: input.kind,
    orderNumber: input.orderNumber,
    stamp: input.stamp,
    data: { ...input.form, customerName: input.customerName },
  });
  if (!saved.ok && saved.reason === "not_found") return { ok: false, reason: "not_found" };
  if (!saved.ok) return alreadySentOutcome(viewer, input.draftId);
  // A draft turned into an order's change ("apply my changes") is sent only as that change.
  if (saved.draft.kind !== input.kind || saved.draft.document !== document) return { ok: false, reason: "not_found" };

  let orderId: string | null = null;
  if (input.kind === "edit") {
    const record = input.orderNumber ? await ownRecord(viewer, document, input.orderNumber) : null;
    if (!record) return { ok: false, reason: "not_found" };
    if (!write.editable(record.status)) return { ok: false, reason: "locked" };
    if (targetOf(record) !== targetOf(input.form))
      return { ok: false, reason: "invalid", fieldErrors: { customer: write.customerLocked } };
    if (!input.stamp) return { ok: false, reason: "conflict", message: "" };
    orderId = record.id;
  }
  const buyer = await write.buyer(viewer, input.form);
  if (!buyer.ok) return "reason" in buyer ? buyer : { ok: false, reason: "invalid", fieldErrors: buyer.fieldErrors };
  const checked = await checkOrder(viewer, input.form, buyer.buyer ?? undefined);
  if (!checked.ok) return { ok: false, reason: "invalid", fieldErrors: checked.fieldErrors };
  const built = write.payload(checked.order.payload, input.form);
  if (!built.ok) return { ok: false, reason: "invalid", fieldErrors: built.fieldErrors };

  const payload = built.payload;
  const hash = input.kind === "new" ? payloadHash(payload) : null;
  const sent = await sendDraft(viewer, {
    draftId: input.draftId,
    hash,
    what: "order",
    logFields: { document, kind: input.kind },
    fallbackKey: input.form.key,
    send: async (key) => {
      const target = await erpForViewer(viewer);
      return orderId
        ? write.put(target, orderId, input.stamp!, payload)
        : write.post(target, { ...(payload as object), externalid: key });
    },
  });
  if (sent.ok) return { ok: true, queueId: sent.queueId, orderId: sent.recordId ?? orderId };
  if (sent.reason === "rejected") {
    const { error, ...words } = sent;
    return { ...words, fieldErrors: toFormFieldErrors(error.fields) };
  }
  return sent;
}

async function alreadySentOutcome(viewer: Viewer, draftId: string): Promise<SubmitOutcome> {
  const sent = await alreadySent(viewer, draftId);
  return sent.ok ? { ok: true, queueId: sent.queueId, orderId: null } : { ok: false, reason: "not_found" };
}
