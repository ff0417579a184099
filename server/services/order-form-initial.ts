import "server-only";
import { emptyLine } from "@/lib/order-lines";
import type { OrderFormContext, OrderFormInitial } from "@/lib/types/order-entry";
import type { Viewer } from "@/server/auth/viewer";
import { getDraft, type Draft } from "./order-drafts";
import { formFromOrder, orderCustomer, ownOrder } from "./order-form-context";

type Values = OrderFormInitial["values"];

const blankValues = (operationType: string): Values => ({
  customer: "",
  store: "",
  paymentCondition: "",
  priceList: "",
  operationType,
  carrier: "",
  freightType: "C",
  freightValue: 0,
  customerOrderNumber: "",
  message: "",
  items: [emptyLine()],
});

/** A saved draft as the form resumes it. */
export async function initialFromDraft(viewer: Viewer, draft: Draft): Promise<OrderFormInitial> {
  const { customerName: _name, copiedFrom, ...data } = draft.data;
  return {
    draftId: draft.id,
    kind: draft.kind,
    orderNumber: draft.orderNumber,
    stamp: draft.stamp,
    values: { ...data, key: data.key || undefined },
    customer: data.customer ? await orderCustomer(viewer, data.customer, data.store) : null,
    problem: draft.problem,
    queueId: draft.state === "editing" ? null : draft.queueId,
    savedAt: draft.updatedAt,
    origin: "draft",
    copiedFrom: copiedFrom || null,
    stockHolds: [],
  };
}

/**
 * Where a new order starts: a saved draft (`draft`), a copy of one of the viewer's orders
 * (`copy`), a customer page (`customer` + `store`, with the customer's defaults) or blank.
 */
export async function newOrderInitial(
  viewer: Viewer,
  params: { draft?: string; copy?: string; customer?: string; store?: string },
  context: OrderFormContext,
): Promise<OrderFormInitial> {
  const defaultOperation = context.operationTypes[0]?.code ?? "";
  const base = {
    draftId: null,
    kind: "new" as const,
    orderNumber: null,
    stamp: null,
    problem: null,
    queueId: null,
    savedAt: null,
    copiedFrom: null,
    stockHolds: [],
  };
  if (params.draft) {
    const draft = await getDraft(viewer, params.draft);
    if (draft && draft.kind === "new" && draft.document === "order") return initialFromDraft(viewer, draft);
  }
  if (params.copy) {
    const order = await ownOrder(viewer, params.copy);
    if (order) {
      const values = await formFromOrder(viewer, order, "copy", context);
      const customer = await orderCustomer(viewer, order.customer, order.store);
      return { ...base, values, customer, origin: "copy", copiedFrom: order.number };
    }
  }
  if (params.customer && params.store) {
    const customer = await orderCustomer(viewer, params.customer, params.store);
    if (customer) {
      const values = blankValues(defaultOperation);
      values.customer = customer.code;
      values.store = customer.store;
      if (context.paymentConditions.some((p) => p.code === customer.paymentCondition))
        values.paymentCondition = customer.paymentCondition;
      if (context.priceLists.some((l) => l.code === customer.priceList)) values.priceList = customer.priceList;
      return { ...base, values, customer, origin: "customer" };
    }
  }
  return { ...base, values: blankValues(defaultOperation), customer: null, origin: "blank" };
}
