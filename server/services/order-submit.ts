import "server-only";
import { createHash } from "node:crypto";
import { and, eq, lt, or } from "drizzle-orm";
import { addDays, toSgeDate } from "@/lib/dates";
import type { OrderForm } from "@/lib/schemas/order-form";
import { MAX_VALIDITY_DAYS } from "@/lib/schemas/quotation-form";
import { isEditable, toOrderStatus } from "@/lib/types/order";
import { isQuotationEditable, toQuotationStatus } from "@/lib/types/quotation";
import { erpForViewer, type Viewer } from "@/server/auth/viewer";
import { ErpError, erpWords, isOrderRefusal, type ErpWords } from "@/server/erp/errors";
import { businessToday } from "@/server/clock";
import { postOrder, putOrder, toFormFieldErrors, type OrderPayload } from "@/server/erp/protheus/orders";
import { postQuotation, putQuotation, type QuotationPayload } from "@/server/erp/protheus/quotations";
import type { ErpTarget } from "@/server/erp/protheus/transport";
import { log } from "@/server/log";
import { getDb } from "@/server/store/db";
import { orderDrafts } from "@/server/store/schema";
import { scopeOf } from "@/server/sync/scope";
import { NOT_SENT, refusalProblem, sentProblem } from "./draft-problem";
import { checkOrder, type FieldCodes } from "./order-check";
import { getDraft, ownRecord, saveDraft, type DraftDocument } from "./order-drafts";

/** A claim older than this is a submit that died midway (process stopped): it may be claimed again. */
const STALE_CLAIM_MS = 60_000;

type SubmitInput = {
  draftId: string;
  /** An order (default) or a quotation: the same draft, claim and idempotency machinery, another ERP resource. */
  document?: DraftDocument;
  kind: "new" | "edit";
  orderNumber?: string;
  stamp?: string;
  customerName: string;
  /** A quotation's form carries its validity (ISO day, blank for the ERP's default). */
  form: OrderForm & { validity?: string };
};

type Accepted = { queueId: string; recordId: string | null; duplicate: boolean };

/** What differs between sending an order and a quotation: the rest of the submit is one. */
type DocumentWrites = {
  editable: (status: string) => boolean;
  /** The field code when an edit moves the record to another customer. */
  customerLocked: string;
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

const writes: Record<DraftDocument, DocumentWrites> = {
  order: {
    editable: (status) => isEditable(toOrderStatus(status)),
    customerLocked: "customer_locked",
    payload: (order) => ({ ok: true, payload: order }),
    post: async (target, payload) => ofOrder(await postOrder(target, payload as OrderPayload)),
    put: async (target, id, stamp, payload) => ofOrder(await putOrder(target, id, stamp, payload as OrderPayload)),
  },
  quotation: {
    editable: (status) => isQuotationEditable(toQuotationStatus(status)),
    customerLocked: "quotation_customer_locked",
    payload: (order, form) => {
      const validity = quotationValidityCode(form.validity);
      if (validity) return { ok: false, fieldErrors: { validity } };
      // An order's own fields (carrier, the customer's order number, the invoice message) are not a quotation's.
      const { carrier: _carrier, customerordernumber: _number, message: _message, ...rest } = order;
      const payload: QuotationPayload = { ...rest, ...(form.validity ? { validity: form.validity } : {}) };
      return { ok: true, payload };
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
  if (!saved.ok) return alreadySent(viewer, input.draftId);
  // A draft turned into an order's change ("apply my changes") is sent only as that change.
  if (saved.draft.kind !== input.kind || saved.draft.document !== document) return { ok: false, reason: "not_found" };

  let orderId: string | null = null;
  if (input.kind === "edit") {
    const record = input.orderNumber ? await ownRecord(viewer, document, input.orderNumber) : null;
    if (!record) return { ok: false, reason: "not_found" };
    if (!write.editable(record.status)) return { ok: false, reason: "locked" };
    if (record.customer !== input.form.customer || record.store !== input.form.store)
      return { ok: false, reason: "invalid", fieldErrors: { customer: write.customerLocked } };
    if (!input.stamp) return { ok: false, reason: "conflict", message: "" };
    orderId = record.id;
  }
  const checked = await checkOrder(viewer, input.form);
  if (!checked.ok) return { ok: false, reason: "invalid", fieldErrors: checked.fieldErrors };
  const built = write.payload(checked.order.payload, input.form);
  if (!built.ok) return { ok: false, reason: "invalid", fieldErrors: built.fieldErrors };

  const db = await getDb();
  const scope = scopeOf(viewer);
  const payload = built.payload;
  const hash = input.kind === "new" ? payloadHash(payload) : null;
  const [before] = await db
    .select({ sentHash: orderDrafts.sentHash })
    .from(orderDrafts)
    .where(and(eq(orderDrafts.id, input.draftId), eq(orderDrafts.scope, scope)));
  const firstHash = before?.sentHash ?? hash;
  const now = new Date();
  const claimed = await db
    .update(orderDrafts)
    // Before the call: from here on, this payload may reach the ERP (the first one that did is kept).
    .set({ state: "submitting", updatedAt: now, sentHash: firstHash })
    .where(
      and(
        eq(orderDrafts.id, input.draftId),
        eq(orderDrafts.scope, scope),
        or(
          eq(orderDrafts.state, "editing"),
          and(eq(orderDrafts.state, "submitting"), lt(orderDrafts.updatedAt, new Date(now.getTime() - STALE_CLAIM_MS))),
        ),
      ),
    )
    .returning({ key: orderDrafts.key });
  if (!claimed.length) return alreadySent(viewer, input.draftId);

  const settle = (set: Partial<typeof orderDrafts.$inferInsert>) =>
    db
      .update(orderDrafts)
      .set({ ...set, updatedAt: new Date() })
      .where(and(eq(orderDrafts.id, input.draftId), eq(orderDrafts.scope, scope)));
  try {
    const target = await erpForViewer(viewer);
    // The key is the draft's, fixed at its first save: a replay carrying another key changes nothing.
    const key = claimed[0]!.key || input.form.key;
    const answer = orderId
      ? await write.put(target, orderId, input.stamp!, payload)
      : await write.post(target, { ...(payload as object), externalid: key });
    if (answer.duplicate && firstHash !== hash) {
      // A send whose answer was lost reached the ERP, and the draft was edited since: the ERP kept the
      // first content. Saying "sent" would report the old content as the new one.
      await settle({ state: "editing", queueId: answer.queueId, error: sentProblem(answer.queueId) });
      log.info("order.already_sent", { queueId: answer.queueId });
      return { ok: false, reason: "already_sent", queueId: answer.queueId };
    }
    await settle({
      state: "submitted",
      queueId: answer.queueId,
      error: null,
      sentHash: answer.duplicate ? firstHash : hash,
    });
    log.info("order.submitted", { document, kind: input.kind, queueId: answer.queueId, duplicate: answer.duplicate });
    return { ok: true, queueId: answer.queueId, orderId: answer.recordId ?? orderId };
  } catch (error) {
    if (!(error instanceof ErpError)) {
      await settle({ state: "editing", error: NOT_SENT });
      throw error;
    }
    // A refusal queued nothing: what the ERP held before this send is what it holds now. Without
    // words of the ERP's own the draft keeps the refusal's code, worded in the viewer's language when shown.
    const refused = { state: "editing" as const, error: refusalProblem(error), sentHash: before?.sentHash ?? null };
    if (error.kind === "conflict") {
      await settle(refused);
      return { ok: false, reason: "conflict", ...erpWords(error) };
    }
    if (isOrderRefusal(error)) {
      await settle(refused);
      return { ok: false, reason: "rejected", ...erpWords(error), fieldErrors: toFormFieldErrors(error.fields) };
    }
    await settle({ state: "editing", error: NOT_SENT });
    if (error.kind === "session_expired" || error.kind === "unauthorized") throw error;
    log.warn("order.not_sent", { kind: error.kind, detail: error.detail });
    return { ok: false, reason: "not_sent" };
  }
}

/** What a send carries, as a digest: equal digests, equal orders. */
function payloadHash(payload: unknown): string {
  return createHash("sha256").update(JSON.stringify(payload)).digest("base64url");
}

async function alreadySent(viewer: Viewer, draftId: string): Promise<SubmitOutcome> {
  const draft = await getDraft(viewer, draftId);
  if (!draft) return { ok: false, reason: "not_found" };
  return { ok: true, queueId: draft.queueId, orderId: null };
}
