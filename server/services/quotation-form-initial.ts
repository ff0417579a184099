import "server-only";
import { addDays, toSgeDate } from "@/lib/dates";
import { DEFAULT_VALIDITY_DAYS, MAX_VALIDITY_DAYS } from "@/lib/schemas/quotation-form";
import type { OrderFormContext, OrderFormInitial } from "@/lib/types/order-entry";
import { isProspectQuotation, type Quotation } from "@/lib/types/quotation";
import type { Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { editDraftOf, getDraft } from "./order-drafts";
import { formFromOrder, orderCustomer, orderFormContext, ownOrder } from "./order-form-context";
import { initialFromDraft, newOrderInitial } from "./order-form-initial";
import { quotationProspect } from "./quotation-prospect";
import { ownQuotation } from "./quotations";

// Where the quotation form starts: the order form's starting points, with a quotation's validity.

/** The order form's choices plus the validity window of a quotation sent on the business date. */
export async function quotationFormContext(viewer: Viewer): Promise<OrderFormContext> {
  const today = businessToday();
  const max = addDays(today, MAX_VALIDITY_DAYS);
  return {
    ...(await orderFormContext(viewer)),
    validity: { min: today, max, maxText: toSgeDate(max), defaultDays: DEFAULT_VALIDITY_DAYS },
  };
}

/** The validity a new quotation (or an expired one being re-priced) proposes: the ERP's default window. */
const proposedValidity = () => addDays(businessToday(), DEFAULT_VALIDITY_DAYS);

/** An order's fields a quotation does not carry, blanked (a copy of an order keeps only what a quotation sends). */
const withoutOrderFields = <V extends { carrier: string; customerOrderNumber: string; message: string }>(
  values: V,
): V => ({
  ...values,
  carrier: "",
  customerOrderNumber: "",
  message: "",
});

/**
 * A quotation form for a prospect of the viewer's (the customer blank): the fixed prospect shown in
 * place of the customer search. One that already became a customer starts for that customer, with
 * a note; anyone else's (or an unknown one) is null — the caller's not-found behaviour.
 */
async function prospectInitial(
  viewer: Viewer,
  code: string,
  store: string,
  context: OrderFormContext,
): Promise<OrderFormInitial | null> {
  const target = await quotationProspect(viewer, code, store);
  if (!target.ok && target.reason === "not_found") return null;
  if (!target.ok) {
    const initial = await newOrderInitial(
      viewer,
      { customer: target.customer.code, store: target.customer.store },
      context,
    );
    // The customer it became is not in the viewer's portfolio (yet): no starting point either.
    if (initial.origin !== "customer") return null;
    return {
      ...initial,
      values: { ...initial.values, validity: proposedValidity() },
      convertedProspect: target.prospect,
    };
  }
  const blank = await newOrderInitial(viewer, {}, context);
  return {
    ...blank,
    values: {
      ...blank.values,
      prospect: target.prospect.code,
      prospectStore: target.prospect.store,
      validity: proposedValidity(),
    },
    prospect: target.prospect,
    origin: "prospect",
  };
}

/** A prospect's quotation (or its draft) resumed: the prospect it names, for the form to show. */
async function withProspect(viewer: Viewer, initial: OrderFormInitial, name: string): Promise<OrderFormInitial> {
  const { prospect: code, prospectStore: store } = initial.values;
  if (!code?.trim() || initial.values.customer.trim()) return initial;
  const target = await quotationProspect(viewer, code, store ?? "");
  // Converted or gone since: still shown as it was typed; the send says why it is refused.
  const prospect =
    "prospect" in target ? target.prospect : { code: code.trim(), store: (store ?? "").trim(), name, document: "" };
  return { ...initial, prospect };
}

/**
 * Where a new quotation starts: a saved draft (`draft`), a copy of one of the viewer's quotations
 * (`copy`), one of the viewer's orders ("copiar como orçamento", `order`), a customer page
 * (`customer` + `store`), a prospect page (`prospect` + `store`) or blank. Copies re-price at today's
 * list, as an order's copy does; a copy of a prospect's quotation is for the same prospect.
 */
export async function newQuotationInitial(
  viewer: Viewer,
  params: { draft?: string; copy?: string; order?: string; customer?: string; store?: string; prospect?: string },
  context: OrderFormContext,
): Promise<OrderFormInitial> {
  if (params.draft) {
    const draft = await getDraft(viewer, params.draft);
    if (draft && draft.kind === "new" && draft.document === "quotation")
      return withProspect(viewer, await initialFromDraft(viewer, draft), draft.data.customerName);
  }
  if (params.prospect) {
    const fromProspect = await prospectInitial(viewer, params.prospect, params.store ?? "", context);
    // Another seller's prospect, or an unknown one, is no starting point: a blank form, as for a customer.
    return fromProspect ?? newQuotationInitial(viewer, {}, context);
  }
  const source: {
    number: string;
    fromOrder: boolean;
    record: Quotation | Awaited<ReturnType<typeof ownOrder>>;
  } | null = params.copy
    ? { number: params.copy, fromOrder: false, record: await ownQuotation(viewer, params.copy) }
    : params.order
      ? { number: params.order, fromOrder: true, record: await ownOrder(viewer, params.order) }
      : null;
  if (source?.record) {
    const values = withoutOrderFields(await formFromOrder(viewer, source.record, "copy", context));
    const copy: OrderFormInitial = {
      ...(await newOrderInitial(viewer, {}, context)),
      values: { ...values, validity: proposedValidity() },
      customer: await orderCustomer(viewer, source.record.customer, source.record.store),
      origin: "copy",
      copiedFrom: source.record.number,
      copiedFromOrder: source.fromOrder,
    };
    const record = source.record as Quotation;
    if (source.fromOrder || !isProspectQuotation(record)) return copy;
    // A copy of a prospect's quotation is for the same prospect while it is the viewer's prospect, for
    // the customer it became once converted.
    const target = await quotationProspect(viewer, record.prospect ?? "", record.prospectStore ?? "");
    if (target.ok)
      return {
        ...copy,
        values: { ...copy.values, prospect: target.prospect.code, prospectStore: target.prospect.store },
        prospect: target.prospect,
      };
    if (target.reason === "not_found") return copy;
    const { code, store } = target.customer;
    const customer = await orderCustomer(viewer, code, store);
    return customer
      ? { ...copy, values: { ...copy.values, customer: code, store }, customer, convertedProspect: target.prospect }
      : copy;
  }
  const initial = await newOrderInitial(viewer, { customer: params.customer, store: params.store }, context);
  return { ...initial, values: { ...initial.values, validity: proposedValidity() } };
}

/**
 * An edit of one of the viewer's quotations as the ERP has it now (its stamp guards the change): an
 * unfinished edit is resumed; an expired one proposes a new validity, which is what makes it
 * convertible again.
 */
export async function editQuotationInitial(
  viewer: Viewer,
  quotation: Quotation,
  context: OrderFormContext,
): Promise<OrderFormInitial> {
  const draft = await editDraftOf(viewer, quotation.id, "quotation");
  if (draft) return withProspect(viewer, await initialFromDraft(viewer, draft), draft.data.customerName);
  const values = await formFromOrder(viewer, quotation, "edit", context);
  const validity = quotation.status === "expired" || !quotation.validity ? proposedValidity() : quotation.validity;
  // A prospect's quotation keeps its prospect (the buyer never changes; the customer stays blank).
  const prospect = isProspectQuotation(quotation)
    ? { prospect: quotation.prospect!.trim(), prospectStore: (quotation.prospectStore ?? "").trim() }
    : {};
  const initial: OrderFormInitial = {
    draftId: null,
    kind: "edit",
    orderNumber: quotation.number,
    stamp: quotation.stamp,
    values: { ...values, ...prospect, validity },
    customer: await orderCustomer(viewer, quotation.customer, quotation.store),
    problem: null,
    queueId: null,
    savedAt: null,
    origin: "edit",
    copiedFrom: null,
    stockHolds: [],
  };
  return withProspect(viewer, initial, "");
}
