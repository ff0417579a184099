/**
 * MATA416 "efetivação" of a quotation, as the job runs a `convert` item: the order (SC5/SC6) is
 * created from the quotation's items through the order job's own path (orders/process-item.ts
 * `placeOrder`: validation on the business date, C5_NUM, credit + stock release, SC9, balances,
 * the order's type-1 notification), with C5_ORIGEM 'TGV.QUOTATION' and C6_NUMORC = CJ_NUM +
 * CK_ITEM on each line; then the quotation items get CK_NUMPV and the header CJ_STATUS 'B'.
 */
import type { OrderPayload } from "../orders/payload";
import { placeOrder } from "../orders/process-item";
import { QueueItemError } from "../orders/queue-item";
import type { Scope, Sql } from "../orders/tables";
import { validateOrder } from "../orders/validate-order";
import type { Quotation } from "./read";
import { markConverted } from "./write";

export const CONVERTED_ORIGIN = "TGV.QUOTATION";

/** The order MATA416 would key: the quotation's header and items, priced as quoted. */
function orderPayloadOf(q: Quotation): OrderPayload {
  return {
    customer: q.customer,
    store: q.store,
    paymentcondition: q.paymentcondition,
    pricelist: q.pricelist || undefined,
    freighttype: q.freighttype as OrderPayload["freighttype"],
    freightvalue: q.freightvalue,
    items: q.items.map((i) => ({
      product: i.product,
      quantity: i.quantity,
      price: i.price,
      operationtype: i.operationtype,
      warehouse: i.warehouse,
    })),
  };
}

/** Creates and links the order; the caller has checked the quotation is open and valid. */
export async function convertQuotation(
  sql: Sql,
  scope: Scope,
  q: Quotation,
  who: { userId: string },
  today: string,
): Promise<string> {
  const payload = orderPayloadOf(q);
  // The data may have changed since the quotation was priced (customer blocked, list expired).
  const { errors, resolved } = await validateOrder(sql, scope, q.seller, payload, today);
  if (errors.length > 0)
    throw new QueueItemError(
      `Orçamento ${q.number} não pode ser efetivado: ${errors.map((e) => `${e.field}: ${e.message}`).join(" ")}`,
    );
  const { orderNumber } = await placeOrder(sql, scope, payload, resolved, {
    seller: q.seller,
    userId: who.userId,
    externalid: "",
    today,
    origin: CONVERTED_ORIGIN,
    quotation: q.number,
  });
  await markConverted(sql, scope, q.number, orderNumber);
  return orderNumber;
}
