import "server-only";
import { addDays, toSgeDate } from "@/lib/dates";
import { DEFAULT_VALIDITY_DAYS, MAX_VALIDITY_DAYS } from "@/lib/schemas/quotation-form";
import type { OrderFormContext, OrderFormInitial } from "@/lib/types/order-entry";
import type { Quotation } from "@/lib/types/quotation";
import type { Viewer } from "@/server/auth/viewer";
import { businessToday } from "@/server/clock";
import { editDraftOf, getDraft } from "./order-drafts";
import { formFromOrder, orderCustomer, orderFormContext, ownOrder } from "./order-form-context";
import { initialFromDraft, newOrderInitial } from "./order-form-initial";
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
 * Where a new quotation starts: a saved draft (`draft`), a copy of one of the viewer's quotations
 * (`copy`), one of the viewer's orders ("copiar como orçamento", `order`), a customer page
 * (`customer` + `store`) or blank. Copies re-price at today's list, as an order's copy does.
 */
export async function newQuotationInitial(
  viewer: Viewer,
  params: { draft?: string; copy?: string; order?: string; customer?: string; store?: string },
  context: OrderFormContext,
): Promise<OrderFormInitial> {
  if (params.draft) {
    const draft = await getDraft(viewer, params.draft);
    if (draft && draft.kind === "new" && draft.document === "quotation") return initialFromDraft(viewer, draft);
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
    return {
      ...(await newOrderInitial(viewer, {}, context)),
      values: { ...values, validity: proposedValidity() },
      customer: await orderCustomer(viewer, source.record.customer, source.record.store),
      origin: "copy",
      copiedFrom: source.record.number,
      copiedFromOrder: source.fromOrder,
    };
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
  if (draft) return initialFromDraft(viewer, draft);
  const values = await formFromOrder(viewer, quotation, "edit", context);
  const validity = quotation.status === "expired" || !quotation.validity ? proposedValidity() : quotation.validity;
  return {
    draftId: null,
    kind: "edit",
    orderNumber: quotation.number,
    stamp: quotation.stamp,
    values: { ...values, validity },
    customer: await orderCustomer(viewer, quotation.customer, quotation.store),
    problem: null,
    queueId: null,
    savedAt: null,
    origin: "edit",
    copiedFrom: null,
    stockHolds: [],
  };
}
